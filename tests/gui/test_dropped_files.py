"""A program file dragged from the file manager onto the window opens; anything else is refused
with a sentence in the status bar. macOS's file-open event (a double-click in the Finder) opens it too."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from rmdesk.gui.main_window import MainWindow

LEFT, NO_KEYS = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def drag(window, urls: list[QUrl], *, drop: bool = True) -> tuple[bool, bool]:
    """Drag ``urls`` over the middle of the window and let go; whether the window took the drag,
    and the drop."""
    mime = QMimeData()
    mime.setUrls(urls)
    where = window.rect().center()
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(window, enter)
    if not drop:
        return enter.isAccepted(), False
    dropped = QDropEvent(
        QPointF(where),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, dropped)
    return enter.isAccepted(), dropped.isAccepted()


def test_a_program_file_dropped_on_the_window_opens(window, demo_file, tmp_path, qtbot):
    other = tmp_path / "Client B.rmdesk"
    shutil.copyfile(demo_file, other)
    assert window.acceptDrops()
    took, _ = drag(window, [QUrl.fromLocalFile(str(other))], drop=False)
    assert took
    assert window.statusbar.currentMessage() == "Drop to open Client B.rmdesk"
    assert drag(window, [QUrl.fromLocalFile(str(other))]) == (True, True)
    qtbot.waitUntil(lambda: window.document is not None and window.document.path == other)
    assert window.windowTitle() == "Client B.rmdesk - rmdesk"


def test_a_file_dropped_on_the_welcome_screen_opens(qtbot, demo_file):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.pages.currentWidget() is win.welcome
    assert drag(win, [QUrl.fromLocalFile(str(demo_file))]) == (True, True)
    qtbot.waitUntil(lambda: win.document is not None)
    win.close_document()


def test_anything_else_is_refused_with_a_sentence(window, demo_file, tmp_path, qtbot):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a program", encoding="utf-8")
    folder = tmp_path / "Looks like one.rmdesk"
    folder.mkdir()
    second = tmp_path / "Second.rmdesk"
    shutil.copyfile(demo_file, second)
    cases = [
        ([QUrl.fromLocalFile(str(notes))], "notes.txt is not an rmdesk program file (.rmdesk)"),
        ([QUrl.fromLocalFile(str(folder))], "Looks like one.rmdesk is not an rmdesk program file"),
        ([QUrl("https://example.com/Client.rmdesk")], "Client.rmdesk is not on this computer"),
        (
            [QUrl.fromLocalFile(str(second)), QUrl.fromLocalFile(str(notes))],
            "2 items: drop one rmdesk program file at a time.",
        ),
        ([], "Only rmdesk program files (.rmdesk) can be dropped here."),
    ]
    for urls, said in cases:
        took, dropped = drag(window, urls)
        assert not took and not dropped, said
        assert window.statusbar.currentMessage().startswith(said)
    qtbot.wait(20)
    assert window.document is not None and window.document.path == demo_file  # still the same file


def test_the_file_already_open_is_not_opened_twice(window, demo_file, qtbot, refusals):
    assert drag(window, [QUrl.fromLocalFile(str(demo_file))]) == (True, True)
    qtbot.waitUntil(lambda: window.statusbar.currentMessage() == "Demo program.rmdesk is already open.")
    assert window.document is not None and window.document.path == demo_file
    assert refusals == []


def test_a_file_opened_from_the_finder_opens(window, demo_file, tmp_path, qtbot):
    other = tmp_path / "From the Finder.rmdesk"
    shutil.copyfile(demo_file, other)
    # macOS sends this event to the application; the window's desktop part watches for it there.
    assert window.desktop.eventFilter(QApplication.instance(), QFileOpenEvent(str(other)))
    qtbot.waitUntil(lambda: window.document is not None and window.document.path == other)


def test_the_drag_reaches_the_window_over_any_page(window, demo_file, tmp_path):
    """Over a table, the talent map or the pairing board (whose views take drags of their own
    cards), a program file is still the window's to open."""
    other = tmp_path / "Over a page.rmdesk"
    shutil.copyfile(demo_file, other)
    pages = [window.participants, window.talent, window.pairing]
    views = [
        window.participants.table,
        window.talent.findChild(QAbstractItemView),
        window.pairing.mentorsView,
    ]
    for page, view in zip(pages, views, strict=True):
        window.go_to(page)
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(other))])
        enter = QDragEnterEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        window.statusbar.clearMessage()
        QApplication.sendEvent(view.viewport(), enter)
        assert enter.isAccepted(), type(view).__name__
        assert window.statusbar.currentMessage() == "Drop to open Over a page.rmdesk"
