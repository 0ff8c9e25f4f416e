"""Auto-lock: an encrypted file left alone closes its connection, forgets what the window showed,
and asks for its passphrase to go on (minutes made short here)."""

from __future__ import annotations

import shutil
import time

import pytest
import sqlcipher3
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QLineEdit, QWidget

from rmdesk.domain import Participant
from rmdesk.gui.dialogs.participant import ParticipantDialog
from rmdesk.gui.encryption import AUTO_LOCK_SETTING, IdleWatch, auto_lock_minutes
from rmdesk.gui.main_window import MainWindow
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.work import LongWork
from rmdesk.store import Cancelled, Document, rekey

PASSPHRASE = "kopi susu 42"
MINUTE = 0.4  # seconds, in these tests


@pytest.fixture
def encrypted(tmp_path, demo_template):
    path = tmp_path / "client.rmdesk"
    shutil.copyfile(demo_template, path)
    with Document.open(path, snapshot=False) as doc:
        rekey.change(doc, PASSPHRASE)
    return path


@pytest.fixture
def asked(monkeypatch):
    """Prompts the window showed to unlock, and the answers it gets (None: the person stops)."""
    prompts: list[str] = []
    answers: list[str | None] = []
    return prompts, answers


def make_window(qtbot, monkeypatch, path, passphrase, asked) -> MainWindow:
    monkeypatch.setattr(IdleWatch, "SECONDS_PER_MINUTE", MINUTE)
    QSettings().setValue(AUTO_LOCK_SETTING, 1)
    win = MainWindow()
    qtbot.addWidget(win)
    prompts, answers = asked

    def ask(prompt):
        prompts.append(prompt)
        return answers.pop(0) if answers else None

    monkeypatch.setattr(win.encryption, "ask_passphrase", ask)
    win.show_document(Document.open(path, passphrase=passphrase))
    win.show()
    return win


def texts(window: MainWindow) -> list[str]:
    """Every text the window shows or holds: widgets, actions, models, title, status bar."""
    found = [window.windowTitle(), window.statusbar.currentMessage()]
    for widget in window.findChildren(QWidget):
        found.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
    found += [a.text() for a in window.findChildren(QAction)]
    for model in window.findChildren(QAbstractItemModel):
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model: one column
            columns = 1
        for row in range(model.rowCount(root)):
            for column in range(columns):
                index = model.index(row, column, QModelIndex())
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    found.append(str(value) if value is not None else "")
    return found


def test_the_minutes_are_a_preference_read_in_one_place():
    settings = QSettings()
    assert auto_lock_minutes() == 15
    for stored, minutes in ((5, 5), ("30", 30), (0, 0), (-4, 0), ("soon", 15)):
        settings.setValue(AUTO_LOCK_SETTING, stored)
        assert auto_lock_minutes() == minutes


def test_an_idle_encrypted_file_locks_forgets_everything_shown_and_unlocks(
    qtbot, monkeypatch, encrypted, asked, refusals
):
    prompts, answers = asked
    win = make_window(qtbot, monkeypatch, encrypted, PASSPHRASE, asked)
    doc = win.document
    program = win.program
    names = [p.name for p in doc.all(Participant)]
    for page in (win.talent, win.pairing, win.goals, win.meetings, win.evaluations, win.alerts, win.agencies):
        win.go_to(page)
    win.go_to(win.participants)
    win.participants.searchEdit.setText(names[0])  # typed to look someone up
    assert win.participants.model.rowCount() >= 1
    assert any(names[0] in text for text in texts(win))

    qtbot.waitUntil(lambda: win.encryption.locked is not None and bool(prompts), timeout=5000)
    assert prompts == ["client.rmdesk is locked. Enter its passphrase to go on."]
    assert win.document is None and doc.locked
    with pytest.raises(sqlcipher3.ProgrammingError):
        doc.conn.execute("SELECT 1")  # the connection is closed
    assert win.windowTitle() == "client.rmdesk (locked) - rmdesk"
    assert win.actionUndo.text() == "&Undo" and not win.actionUndo.isEnabled()
    assert win.pages.currentWidget() is win.encryption.page
    assert win.participants.model.rowCount() == 0
    assert all(model.rowCount() == 0 for model in win.pairing.models.values())
    shown = "\n".join(texts(win))
    assert not [name for name in names if name in shown]

    answers += ["teh manis hangat", None]  # a wrong passphrase keeps it locked
    win.encryption.page.unlockButton.click()
    assert prompts[1:] == [
        "client.rmdesk is locked. Enter its passphrase to go on.",
        "The passphrase for client.rmdesk is wrong.",
    ]
    assert win.document is None and doc.locked

    answers.append(PASSPHRASE)
    win.encryption.page.unlockButton.click()
    assert win.document is doc and not doc.locked
    assert win.program is not None and program is not None and win.program.id == program.id
    assert win.windowTitle() == "client.rmdesk - rmdesk"
    assert win.pages.currentWidget() is win.participants and win.participants.model.rowCount() > 1
    win.go_to(win.pairing)
    assert win.pairing.models["pair"].rowCount() > 0
    assert refusals == []
    win.close_document()


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_input_keeps_the_file_open_and_a_plain_file_never_locks(
    qtbot, monkeypatch, encrypted, demo_file, asked
):
    win = make_window(qtbot, monkeypatch, encrypted, PASSPHRASE, asked)
    until = time.monotonic() + 4 * MINUTE
    while time.monotonic() < until:  # someone typing now and then
        qtbot.keyClick(win.participants.searchEdit, Qt.Key.Key_A)
        qtbot.wait(int(MINUTE * 250))
    assert win.encryption.locked is None
    qtbot.waitUntil(lambda: win.encryption.locked is not None, timeout=5000)
    win.close_document()  # closing a locked file lets it go
    assert win.encryption.locked is None and not win.encryption.watch.active

    plain = make_window(qtbot, monkeypatch, demo_file, None, asked)
    assert not plain.encryption.watch.active
    qtbot.wait(int(4 * MINUTE * 1000))
    assert plain.encryption.locked is None and plain.document is not None
    plain.close_document()

    QSettings().setValue(AUTO_LOCK_SETTING, 0)  # never
    again = MainWindow()
    qtbot.addWidget(again)
    again.show_document(Document.open(encrypted, passphrase=PASSPHRASE))
    qtbot.wait(int(4 * MINUTE * 1000))
    assert again.encryption.locked is None and again.document is not None
    again.close_document()


def test_locking_cancels_long_work_and_closes_open_forms_without_asking(qtbot, monkeypatch, encrypted, asked):
    win = make_window(qtbot, monkeypatch, encrypted, PASSPHRASE, asked)
    asked_to_discard = []
    monkeypatch.setattr(FormDialog, "confirm", lambda self, question: asked_to_discard.append(question))
    stopped = []

    def slow(progress):
        try:
            while True:
                progress(10, "Working...")
                time.sleep(0.02)
        except Cancelled:
            stopped.append(True)
            raise

    work = LongWork(win, "Slow work", slow, lambda result: None).start()
    people = win.participants.model.people
    dialog = ParticipantDialog(win.document, people, win.program, win.document.all(Participant)[0], win)
    dialog.nameEdit.setText("Someone Else")  # changed: closing it would normally ask first
    result = dialog.exec()  # left open with nobody at the keyboard
    assert result == QDialog.DialogCode.Rejected and not dialog.isVisible()
    qtbot.waitUntil(lambda: win.encryption.locked is not None, timeout=5000)
    assert stopped == [True] and work not in LongWork.running
    assert asked_to_discard == []
    win.close_document()
