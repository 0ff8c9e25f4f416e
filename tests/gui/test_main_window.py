"""The main window: files, recent list, undo/redo through the menu, program switcher."""

import shutil

from PySide6.QtCore import Qt

from rmdesk.domain import Participant, Program
from rmdesk.gui import app as gui_app
from rmdesk.gui.dialogs.passphrase import PassphraseDialog
from rmdesk.gui.dialogs.program import ProgramDialog
from rmdesk.gui.main_window import MainWindow, recent_files
from rmdesk.store import Document

from .conftest import finish_work, reopen, without_a_passphrase


def test_window_shows_file_program_and_counts(window, demo_file):
    assert window.windowTitle() == "Demo program.rmdesk - rmdesk"
    assert window.programCombo.currentText() == "Digital Leadership Reverse Mentoring 2026"
    assert "60 participants · 23 pairs" in window.statusLabel.text()
    assert window.pages.currentWidget() is window.participants
    assert window.participants.model.rowCount() == 60


def test_undo_and_redo_from_the_edit_menu_name_the_action(window, demo_file, qtbot):
    page = window.participants
    page.table.selectRow(0)
    person = page.selected()[0]
    page.toggle_archived()  # one step: "Archive Participant"
    assert window.actionUndo.text() == "&Undo Archive Participant"
    assert page.model.rowCount() == 59  # archived people are hidden by default
    window.actionUndo.trigger()
    assert page.model.rowCount() == 60
    assert window.actionRedo.text() == "&Redo Archive Participant"
    with reopen(demo_file) as doc:
        assert doc.get(Participant, person.id).archived is False
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    with reopen(demo_file) as doc:
        assert doc.get(Participant, person.id).archived is True


def test_recent_files_menu_and_welcome_list(qtbot, demo_file, tmp_path):
    other = tmp_path / "Client B.rmdesk"
    shutil.copyfile(demo_file, other)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.pages.currentWidget() is win.welcome
    assert win.open_path(demo_file)
    assert win.open_path(other)
    assert recent_files() == [str(other), str(demo_file)]
    win._fill_recent()
    assert [a.text() for a in win.menuRecent.actions()] == [str(other), str(demo_file)]
    win.close_document()
    assert [win.welcome.recentList.item(i).text() for i in range(2)] == [str(other), str(demo_file)]
    other.unlink()  # a file moved away leaves the list
    assert recent_files() == [str(demo_file)]
    win.menuRecent.actions()[1].trigger()
    assert win.document is not None and win.document.path == demo_file
    win.close_document()


def test_new_file_asks_for_the_first_program_then_shows_it(qtbot, tmp_path, monkeypatch):
    win = MainWindow()
    qtbot.addWidget(win)
    path = tmp_path / "Client C"
    monkeypatch.setattr(win, "ask_save_path", lambda title: path.with_suffix(".rmdesk"))

    def fill_and_save(dialog):
        dialog.nameEdit.clear()
        qtbot.keyClicks(dialog.nameEdit, "Pilot cohort 2027")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ProgramDialog, "exec", fill_and_save)
    monkeypatch.setattr(PassphraseDialog, "exec", without_a_passphrase)
    win.new_file()
    assert win.programCombo.currentText() == "Pilot cohort 2027"
    win.close_document()
    with reopen(path.with_suffix(".rmdesk")) as doc:
        [program] = doc.all(Program)
        assert program.name == "Pilot cohort 2027"
        assert program.cadence_days == 28 and program.grace_days == 7
        assert len(program.topics) == 8


def test_program_switcher_changes_every_page(window, demo_file):
    window.document.add(Program(name="A second cohort"))
    window.refresh()
    index = window.programCombo.findText("A second cohort")
    window.programCombo.setCurrentIndex(index)
    assert window.program is not None and window.program.name == "A second cohort"
    window.go_to(window.goals)
    assert window.goals.model.rowCount() == 0
    window.go_to(window.participants)
    assert all(window.participants.model.role_text(p) == "" for p in window.participants.model.rows_shown())


def test_save_a_copy(window, tmp_path, monkeypatch):
    target = tmp_path / "copy for the board.rmdesk"
    monkeypatch.setattr(window, "ask_save_path", lambda title: target)
    window.actionSaveCopy.trigger()
    with reopen(target) as copy:
        assert copy.counts()["participants"] == 60


def test_a_refused_file_is_shown_in_a_dialog_not_a_traceback(qtbot, tmp_path, refusals):
    path = tmp_path / "notes.rmdesk"
    path.write_text("not a program file")
    assert gui_app.open_document(path) is None
    assert refusals == [
        ("Cannot open file", "notes.rmdesk is not an rmdesk file (it is not an SQLite database).")
    ]


def test_ctrl_f_goes_to_the_search_box(window, qtbot):
    window.activateWindow()
    window.actionFind.trigger()
    assert window.participants.searchEdit.hasFocus()


def test_close_shows_the_welcome_screen(window):
    window.actionClose.trigger()
    assert window.document is None
    assert window.pages.currentWidget() is window.welcome
    assert not window.actionUndo.isEnabled()


def test_pages_out_of_view_load_when_shown(window):
    assert window.goals.model.total() == 0  # not loaded while hidden: start-up stays fast
    window.go_to(window.goals)
    assert window.goals.model.total() == window.document.counts()["goals"] > 0


def test_window_geometry_is_remembered(qtbot, demo_file):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    width = first.minimumSizeHint().width() + 5
    assert width <= 800  # the window fits a small screen
    first.setGeometry(37, 60, width, 560)  # within the 800 x 800 offscreen screen
    where = first.geometry()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.geometry() == where


def test_restore_a_snapshot_from_the_file_menu(qtbot, demo_file, monkeypatch):
    from rmdesk.store import snapshots

    win = MainWindow()
    qtbot.addWidget(win)
    win.show_document(Document.open(demo_file))  # this open took the first snapshot
    person = win.document.add(Participant(name="Added after the snapshot"))
    offered = []
    monkeypatch.setattr(win, "ask_snapshot", lambda contents: offered.append(contents) or 0)
    win.actionRestore.trigger()
    finish_work(qtbot)
    assert [c.people for c in offered[0]] == [60]  # what the copy holds: not the person added since
    assert win.document is not None and win.document.find(Participant, person.id) is None
    assert win.participants.model.rowCount() == 60
    kept = [s for s in snapshots.for_document(demo_file) if "before-restore" in s.path.name]
    assert len(kept) == 1  # the replaced version can be brought back the same way
    win.close_document()


def test_a_file_without_a_program_shows_no_empty_phase_button(qtbot, tmp_path):
    """The program bar offers a phase only for a program: none shown before one exists."""
    path = tmp_path / "no program.rmdesk"
    Document.create(path, organisation="PT Baru").close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.show_document(Document.open(path))
    qtbot.wait(50)  # the tool bar lays itself out
    assert not win.phaseButton.isVisible() and not win.phaseLabel.isVisible()
    with win.document.action("New program"):
        win.document.add(Program(name="Pilot"))
    win.document_changed()
    qtbot.waitUntil(win.phaseButton.isVisible)
    assert win.phaseButton.text() == "Start Program..." and win.phaseLabel.isVisible()
    win.close_document()
    qtbot.waitUntil(lambda: not win.phaseButton.isVisible())
