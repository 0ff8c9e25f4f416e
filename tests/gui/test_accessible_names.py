"""Everything a keyboard or a screen reader can reach has a name to read: its accessible name, the
label it is the buddy of, or its own text (a button, a check box, a label)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from rmdesk.gui.main_window import SECTIONS, MainWindow

from .every_dialog import open_every_dialog

# Found by this test in code outside the window's own files, to be named where it is built:
# the dashboard's scrolling body (pages/dashboard.py: scroll.setAccessibleName("Dashboard figures")).
NAMED_ELSEWHERE: set[tuple[str, str]] = set()


def own_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def unnamed(root: QWidget) -> list[tuple[str, str]]:
    """The focusable, visible widgets of ``root``'s window that have no name, as (class, object name)."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window() or not widget.isVisible():
            continue  # a popup, or a part out of sight (another page, a hidden row)
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
            continue  # focus never lands on it, or lands on the widget it stands for
        if (
            isinstance(widget, QLabel)
            and not widget.text()
            and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            continue  # an empty message line: nothing to read, and no tab stop
        if widget.accessibleName() or id(widget) in buddies or own_text(widget).strip():
            continue
        found.append((type(widget).__name__, widget.objectName()))
    return found


def test_every_page_of_the_window_names_what_can_take_focus(window, qtbot):
    found: dict[str, list[tuple[str, str]]] = {}
    for row, (name, _, _) in enumerate(SECTIONS):
        window.navList.setCurrentRow(row)
        QApplication.processEvents()
        assert window.pages.currentWidget() is window.section(row)
        missing = [(kind, obj) for kind, obj in unnamed(window) if (name, kind) not in NAMED_ELSEWHERE]
        if missing:
            found[name] = missing
    assert found == {}


def test_the_welcome_and_locked_pages_name_what_can_take_focus(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.pages.currentWidget() is win.welcome
    assert unnamed(win) == []
    win.pages.setCurrentWidget(win.encryption.page)
    assert unnamed(win) == []


def test_every_dialog_names_what_can_take_focus(window, qtbot):
    found = {}
    for name, dialog in open_every_dialog(window).items():
        dialog.show()
        qtbot.waitExposed(dialog)
        if missing := unnamed(dialog):
            found[name] = missing
        dialog.hide()
    assert found == {}
