from PySide6.QtWidgets import QLabel, QMessageBox

from rmdesk.domain import Participant
from rmdesk.gui import app as gui_app
from rmdesk.gui.main_window import MainWindow
from rmdesk.store import Document


def test_window_shows_the_file_name_and_counts(qtbot, demo_file):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_document(Document.open(demo_file))
    assert window.windowTitle() == "Demo program.rmdesk - rmdesk"
    assert window.findChild(QLabel, "title").text() == "PT Nusantara Digital Sejahtera"
    assert window.findChild(QLabel, "count_participants").text() == "60"
    assert "60 participants" in window.statusBar().currentMessage()
    window.close()


def test_undo_and_redo_from_the_edit_menu_name_the_action(qtbot, demo_file):
    with Document.open(demo_file) as doc:
        doc.add(Participant(name="Adi Santoso"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_document(Document.open(demo_file))
    assert window.undo_action.text() == "Undo Add Participant"
    assert not window.redo_action.isEnabled()
    window.undo_action.trigger()
    assert window.findChild(QLabel, "count_participants").text() == "60"
    assert window.redo_action.text() == "Redo Add Participant"
    window.redo_action.trigger()
    assert window.findChild(QLabel, "count_participants").text() == "61"
    window.close()


def test_a_refused_file_is_shown_in_a_dialog_not_a_traceback(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "notes.rmdesk"
    path.write_text("not a program file")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert gui_app.open_document(path) is None
    assert shown == [
        ("Cannot open file", "notes.rmdesk is not an rmdesk file (it is not an SQLite database).")
    ]


def test_without_a_file_the_window_says_how_to_start(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert "rmdesk --demo" in window.findChild(QLabel, "title").text()
    assert not window.undo_action.isEnabled()
