"""File > Erase People, the Audit page, consent dates, files in sync folders, and nothing personal in
the log or the settings."""

from __future__ import annotations

import csv
import datetime as dt
import logging
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from rmdesk.domain import Pair, Participant
from rmdesk.gui import crash
from rmdesk.gui.dialogs.erase import EraseDialog
from rmdesk.gui.dialogs.export import ExportDialog
from rmdesk.gui.dialogs.participant import ParticipantDialog
from rmdesk.gui.main_window import MainWindow, recent_files
from rmdesk.store import Document
from rmdesk.store import snapshots as snaps

from .conftest import finish_work, reopen


def paired_person(window):
    pair = window.document.all(Pair, "status = 'active'", order_by="id")[0]
    return window.document.get(Participant, pair.mentor_id)


def answering(monkeypatch, window, typed):
    """Answer File > Erase People as a person would: check what goes, type the confirmation, OK."""
    seen = []

    def answer(dialog):
        seen.append(dialog)
        assert isinstance(dialog, EraseDialog)
        ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing goes before the officer types the words
        dialog.confirmEdit.setText(typed)
        if not ok.isEnabled():
            return False
        ok.click()
        return dialog.result() == 1

    monkeypatch.setattr(window, "open_dialog", answer)
    return seen


def test_erase_people_from_the_file_menu_offers_the_selected_person(window, qtbot, monkeypatch, refusals):
    person = paired_person(window)
    page = window.participants
    row = next(
        i for i in range(page.model.rowCount()) if page.model.row_at(page.model.index(i, 0)).id == person.id
    )
    page.table.selectRow(row)
    seen = answering(monkeypatch, window, person.name)
    assert window.actionErase.isEnabled()
    window.actionErase.trigger()
    finish_work(qtbot)
    assert refusals == []
    [dialog] = seen
    plan = dialog.planText.toPlainText()
    assert plan.startswith(f"Erase {person.name}:") and "Pair " in plan and "Meeting of " in plan
    assert "cannot be undone" in dialog.warningLabel.text()
    assert window.statusbar.currentMessage().startswith(f"Erased {person.name};")
    assert page.model.rowCount() == 59
    path = window.document.path
    window.close_document()
    files = [path, *(s.path for s in snaps.for_document(path))]
    assert not [f for f in files if person.name.encode() in f.read_bytes()]


def test_the_wrong_words_erase_nobody(window, qtbot, monkeypatch):
    person = paired_person(window)
    monkeypatch.setattr(window.participants, "selected", lambda: [])
    seen = []

    def answer(dialog):
        seen.append(dialog)
        dialog.personCombo.setCurrentIndex(dialog.personCombo.findData(person.id))
        dialog.confirmEdit.setText(person.name.upper() + "?")
        return dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    monkeypatch.setattr(window, "open_dialog", answer)
    window.actionErase.trigger()
    finish_work(qtbot)
    assert seen and window.document.find(Participant, person.id) is not None


def test_anonymise_keeps_the_person_under_a_pseudonym(window, qtbot, monkeypatch):
    person = paired_person(window)

    def answer(dialog):
        dialog.personCombo.setCurrentIndex(dialog.personCombo.findData(person.id))
        dialog.anonymiseRadio.click()
        assert "Former participant 0001" in dialog.planText.toPlainText()
        dialog.confirmEdit.setText("ERASE")
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result() == 1

    monkeypatch.setattr(window, "open_dialog", answer)
    window.actionErase.trigger()
    finish_work(qtbot)
    assert window.document.get(Participant, person.id).name == "Former participant 0001"


def test_the_participants_list_shows_consent_dates(window):
    model = window.participants.model
    column = [c.title for c in model.columns].index("Consent")
    person = window.document.all(Participant, order_by="name")[0]
    expected = person.consent_date.isoformat() if person.consent_date else ""
    row = next(i for i in range(model.rowCount()) if model.row_at(model.index(i, 0)).id == person.id)
    assert model.data(model.index(row, column)) == expected


def test_the_audit_page_lists_filters_and_exports_exports_and_restores(
    window, qtbot, monkeypatch, tmp_path, refusals
):
    # An export from File > Export is recorded.
    def export_form(dialog):
        assert isinstance(dialog, ExportDialog)
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return True

    monkeypatch.setattr(window, "open_dialog", export_form)
    monkeypatch.setattr(window, "ask_export_path", lambda choice: tmp_path / "lists.xlsx")
    window.actionExport.trigger()
    finish_work(qtbot)
    # A restore is recorded (in the file it brings back).
    monkeypatch.setattr(window, "ask_snapshot", lambda contents: 0)
    window.actionRestore.trigger()
    finish_work(qtbot)
    assert refusals == []
    with window.document.action('=HYPERLINK("http://x")'):  # a label a spreadsheet would run
        window.document.update(window.document.all(Participant, order_by="name")[1])
    window.document_changed()
    page = window.audit
    window.go_to(page)
    kinds = [e.kind for e in page.model.rows_shown()]
    assert kinds[:2] == ["edit", "restore"] and "export" in kinds
    assert window.navList.item(10).text() == "Audit"

    page.kindFilter.setCurrentIndex(page.kindFilter.findData("export"))
    assert [e.kind for e in page.model.rows_shown()] == ["export"]
    page.kindFilter.setCurrentIndex(0)
    everyone = page.model.rowCount()
    person = paired_person(window)
    page.choose_person(person.id)
    theirs = page.model.rows_shown()
    assert 0 < len(theirs) < everyone and {"export", "restore"} <= {e.kind for e in theirs}
    page.choose_person(None)
    page.sinceField.setDate(dt.date.today() + dt.timedelta(days=1))
    assert page.model.rowCount() == 0 and page.countLabel.text() == "0 entries"
    page.sinceField.setDate(None)
    page.searchEdit.setText("Exported")
    assert {e.kind for e in page.model.rows_shown()} == {"export"}
    page.searchEdit.clear()

    target = tmp_path / "audit.csv"
    monkeypatch.setattr(page, "ask_csv_path", lambda: target)
    shown = page.model.rowCount()
    page.exportButton.click()
    assert refusals == []
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == shown + 1
    assert [r[4] for r in rows if "HYPERLINK" in r[4]] == ['\'=HYPERLINK("http://x")']
    assert page.model.rows_shown()[0].what.startswith("Exported the audit trail")


def test_a_file_in_a_sync_folder_is_worked_on_as_a_local_copy(
    qtbot, demo_file, tmp_path, monkeypatch, data_dir
):
    synced = tmp_path / "Dropbox" / "Demo program.rmdesk"
    synced.parent.mkdir()
    shutil.copyfile(demo_file, synced)
    win = MainWindow()
    qtbot.addWidget(win)
    warned = []
    monkeypatch.setattr(win, "ask_risky_place", lambda path, text: warned.append(text) or "local")
    assert win.open_path(synced)
    assert "Dropbox folder" in warned[0]
    assert win.document.path.is_relative_to(data_dir)  # a copy in the data folder
    assert recent_files()[0] == str(synced)  # the original is what the list offers again
    win.document.add(Participant(name="Dewi Anggraini"))
    win.close_document()
    assert win.statusbar.currentMessage().startswith("Your work was copied back")
    with reopen(synced) as doc:
        assert doc.counts()["participants"] == 61


def test_a_local_copy_never_overwrites_an_original_changed_meanwhile(
    qtbot, demo_file, tmp_path, monkeypatch, refusals
):
    synced = tmp_path / "Dropbox" / "Demo program.rmdesk"
    synced.parent.mkdir()
    shutil.copyfile(demo_file, synced)
    win = MainWindow()
    qtbot.addWidget(win)
    monkeypatch.setattr(win, "ask_risky_place", lambda path, text: "local")
    assert win.open_path(synced)
    win.document.add(Participant(name="Dewi Anggraini"))
    with Document.open(demo_file) as other:  # meanwhile another computer's version arrives
        other.add(Participant(name="Budi dari Medan"))
    shutil.copyfile(demo_file, synced)
    win.close_document()
    [(title, text)] = refusals
    assert title == "Local copy" and "changed on disk" in text
    [kept] = synced.parent.glob("Demo program (local copy *).rmdesk")
    with reopen(synced) as theirs, reopen(kept) as ours:
        assert theirs.all(Participant, "name = 'Budi dari Medan'")
        assert ours.all(Participant, "name = 'Dewi Anggraini'")


def test_a_file_in_a_sync_folder_may_be_opened_where_it_is_or_not_at_all(
    qtbot, demo_file, tmp_path, monkeypatch
):
    synced = tmp_path / "OneDrive - PT Contoh" / "Demo program.rmdesk"
    synced.parent.mkdir()
    shutil.copyfile(demo_file, synced)
    win = MainWindow()
    qtbot.addWidget(win)
    monkeypatch.setattr(win, "ask_risky_place", lambda path, text: None)
    assert not win.open_path(synced) and win.document is None
    monkeypatch.setattr(win, "ask_risky_place", lambda path, text: "here")
    assert win.open_path(synced) and win.document.path == synced
    win.close_document()


def test_recent_files_are_absolute(qtbot, demo_file, monkeypatch):
    monkeypatch.chdir(demo_file.parent)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(Path(demo_file.name))
    win.close_document()
    stored = QSettings().value("recentFiles")
    assert stored[0] == str(demo_file) and os.path.isabs(stored[0])
    assert recent_files() == [str(demo_file)]
    QSettings().setValue("recentFiles", [demo_file.name, str(demo_file)])  # as an older rmdesk kept it
    assert recent_files() == [str(demo_file)]  # a relative name could mean another folder's file


def test_a_refused_save_and_an_unexpected_error_leave_no_entered_text_in_the_logs(
    window, qtbot, monkeypatch, data_dir
):
    shown = []
    monkeypatch.setattr(crash.CrashDialog, "show_report", classmethod(lambda cls, s, r: shown.append((s, r))))
    crash.log.handlers.clear()
    crash.setup_logging()
    typed = "Wulandari Kusumastuti"
    taken = window.document.all(Participant, order_by="name")[0].employee_no
    dialog = ParticipantDialog(
        window.document, window.participants.model.people, window.program, None, window
    )
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.nameEdit, typed)
    qtbot.keyClicks(dialog.employeeNoEdit, taken)
    dialog.save()  # refused: the number belongs to someone else
    assert "already belongs to" in dialog.errors.visible()["employee_no"]

    def broken(*args, **kwargs):
        raise ValueError(f"cannot store {typed} with {taken}")

    monkeypatch.setattr(window.document, "add", broken)
    dialog.employeeNoEdit.setText("OS-99999")
    with qtbot.captureExceptions() as caught:
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    for error in caught:
        crash.excepthook(*error)
    assert shown and typed in shown[0][0]  # told on screen...
    for handler in crash.log.handlers:
        handler.flush()
    written = " ".join(p.read_text(encoding="utf-8") for p in (data_dir / "logs").iterdir() if p.is_file())
    assert "ValueError" in written  # ... logged where it happened, without what was typed
    assert typed not in written and taken not in written
    crash.log.handlers.clear()
    logging.shutdown()
    dialog.close()


def test_a_local_copy_that_does_not_open_leaves_the_original_untouched(
    qtbot, tmp_path, monkeypatch, refusals, data_dir
):
    synced = tmp_path / "Dropbox" / "Broken.rmdesk"
    synced.parent.mkdir()
    synced.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8000)
    before = synced.stat().st_mtime_ns
    win = MainWindow()
    qtbot.addWidget(win)
    monkeypatch.setattr(win, "ask_risky_place", lambda path, text: "local")
    assert not win.open_path(synced)
    assert len(refusals) == 1 and refusals[0][0] == "Cannot open file"
    assert synced.stat().st_mtime_ns == before
    assert not list((data_dir / "local copies").rglob("*.rmdesk"))
    # The original is free again: opening it once more says it is damaged, never that it is in use.
    monkeypatch.setattr(win, "ask_risky_place", lambda path, text: "local")
    assert not win.open_path(synced) and "in use" not in refusals[-1][1]
