"""File > New with a passphrase, Encrypt, Change Passphrase and Remove Encryption, each through the
real passphrase form: its strength shown as it is typed, asked twice, OK off until both agree."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from rmdesk.gui.dialogs.passphrase import PassphraseDialog, Purpose
from rmdesk.gui.dialogs.program import ProgramDialog
from rmdesk.gui.main_window import MainWindow
from rmdesk.store import Document, DocumentError
from rmdesk.store import snapshots as snaps
from rmdesk.store.keys import PLAIN_HEAD, head_of

from .conftest import finish_work

OLD, NEW = "kopi susu 42", "nasi goreng pedas 2026"


def opens(path, passphrase) -> bool:
    try:
        Document.open(path, passphrase=passphrase, readonly=True).close()
    except DocumentError:
        return False
    return True


def retype(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def new_passphrase_typed_twice(qtbot, dialog: PassphraseDialog, passphrase: str) -> None:
    """The new passphrase as a person types it: a weak one first, then a slip in the second."""
    retype(qtbot, dialog.newEdit, "Password123!")
    assert dialog.strengthLabel.text().startswith("Weak. ") and dialog.strengthBar.value() == 1
    assert not dialog.ok.isEnabled()
    retype(qtbot, dialog.newEdit, passphrase)
    assert dialog.strengthLabel.text() == "Very strong." and dialog.strengthBar.value() == 4
    assert not dialog.ok.isEnabled()  # not asked twice yet
    retype(qtbot, dialog.repeatEdit, passphrase[:-1])
    assert not dialog.ok.isEnabled() and dialog.messageLabel.text() == "The two passphrases differ."
    qtbot.keyClicks(dialog.repeatEdit, passphrase[-1])
    assert dialog.ok.isEnabled() and dialog.messageLabel.text() == ""


def test_file_new_offers_a_passphrase_with_its_strength_asked_twice(qtbot, tmp_path, monkeypatch):
    win = MainWindow()
    qtbot.addWidget(win)
    path = tmp_path / "PT Contoh Maju.rmdesk"
    monkeypatch.setattr(win, "ask_save_path", lambda title: path)
    monkeypatch.setattr(ProgramDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    seen = []

    def answer(dialog: PassphraseDialog):
        dialog.show()
        seen.append(dialog.windowTitle())
        assert dialog.purpose is Purpose.NEW_FILE
        assert dialog.encryptCheck.isVisible() and dialog.encryptCheck.isChecked()
        assert not dialog.currentEdit.isVisible()
        new_passphrase_typed_twice(qtbot, dialog, NEW)
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    win.new_file()
    assert seen == ["New program file"]
    assert win.document is not None and win.document.encrypted
    assert win.encryption.watch.active  # an encrypted file is watched for the auto-lock
    assert not win.encryption.actionEncrypt.isEnabled() and win.encryption.actionChange.isEnabled()
    win.close_document()
    assert head_of(path) != PLAIN_HEAD and opens(path, NEW) and not opens(path, None)


def test_file_new_without_a_passphrase_makes_a_plain_file(qtbot, tmp_path, monkeypatch):
    win = MainWindow()
    qtbot.addWidget(win)
    path = tmp_path / "Plain.rmdesk"
    monkeypatch.setattr(win, "ask_save_path", lambda title: path)
    monkeypatch.setattr(ProgramDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)

    def answer(dialog: PassphraseDialog):
        dialog.show()
        qtbot.keyClicks(dialog.newEdit, "kopi")
        assert not dialog.ok.isEnabled()
        dialog.encryptCheck.click()
        assert dialog.ok.isEnabled() and not dialog.newEdit.isEnabled()
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    win.new_file()
    assert win.document is not None and not win.document.encrypted
    assert win.encryption.actionEncrypt.isEnabled() and not win.encryption.actionRemove.isEnabled()
    win.close_document()
    assert head_of(path) == PLAIN_HEAD


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_encrypt_change_and_remove_the_passphrase_from_the_file_menu(window, qtbot, monkeypatch, refusals):
    path = window.document.path
    rows = window.participants.model.rowCount()
    steps = []

    def open_dialog(dialog):
        assert isinstance(dialog, PassphraseDialog)
        dialog.show()
        steps.append(dialog.purpose)
        if dialog.purpose is Purpose.ENCRYPT:
            assert not dialog.currentEdit.isVisible() and not dialog.encryptCheck.isVisible()
            new_passphrase_typed_twice(qtbot, dialog, NEW)
        elif dialog.purpose is Purpose.CHANGE:
            assert dialog.currentEdit.isVisible()
            qtbot.keyClicks(dialog.currentEdit, "teh manis hangat")
            retype(qtbot, dialog.newEdit, OLD)
            retype(qtbot, dialog.repeatEdit, OLD)
            dialog.ok.click()  # the present passphrase is checked before anything is done
            assert dialog.isVisible() and dialog.currentError.text() == "This is not the file's passphrase."
            retype(qtbot, dialog.currentEdit, NEW)
        else:
            assert not dialog.newEdit.isVisible() and not dialog.ok.isEnabled()
            qtbot.keyClicks(dialog.currentEdit, OLD)
        dialog.ok.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "open_dialog", open_dialog)
    window.show()
    assert window.encryption.actionEncrypt.isEnabled() and not window.encryption.actionChange.isEnabled()

    window.encryption.actionEncrypt.trigger()
    finish_work(qtbot)
    assert window.document is not None and window.document.encrypted and window.encryption.watch.active
    assert head_of(path) != PLAIN_HEAD and opens(path, NEW) and not opens(path, None)
    assert window.statusbar.currentMessage() == "Demo program.rmdesk and its snapshots are encrypted now."
    assert window.participants.model.rowCount() == rows
    assert all(snaps.describe(s, NEW).readable for s in snaps.for_document(path, NEW))

    window.encryption.actionChange.trigger()
    finish_work(qtbot)
    assert opens(path, OLD) and not opens(path, NEW)
    assert all(snaps.describe(s, OLD).readable for s in snaps.for_document(path, OLD))

    window.encryption.actionRemove.trigger()
    finish_work(qtbot)
    assert head_of(path) == PLAIN_HEAD and not window.document.encrypted
    assert not window.encryption.watch.active and window.encryption.actionEncrypt.isEnabled()
    assert steps == [Purpose.ENCRYPT, Purpose.CHANGE, Purpose.REMOVE]
    assert refusals == []
    window.go_to(window.pairing)  # the window goes on with the file as if nothing happened
    assert window.pairing.models["pair"].rowCount() > 0
