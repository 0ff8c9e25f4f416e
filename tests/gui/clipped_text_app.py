"""Test helper: the app on the file given, in the language given, at the screen and scale its
environment sets (QT_QPA_PLATFORM=offscreen:configfile=..., QT_SCALE_FACTOR). Shows every page of
the main window and every dialog, measures the text of each label, button, group box title and tab
against the room the widget gives it, and prints what does not fit as one line of JSON. With a
folder as the third argument it also saves a picture of each page and dialog there, to look at.

    python -m tests.gui.clipped_text_app FILE LANGUAGE [PICTURES]

The measuring is done by ``clipped(root)``, usable in the test process too. Sizes are in logical
pixels (what a widget's width is in), whatever the scale.
"""

from __future__ import annotations

import json
import re
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QStyleOptionTab,
    QStyleOptionToolButton,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

MNEMONIC = re.compile(r"&(.)")


def shown(text: str) -> str:
    """The text as drawn when ``&`` marks a shortcut: "&Save" is "Save", "A && B" is "A & B"."""
    return MNEMONIC.sub(r"\1", text)


def name_of(widget: QWidget) -> str:
    """The object name, or the class under the nearest named ancestor ("formScroll/QLabel")."""
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        return widget.objectName()
    parent = widget.parentWidget()
    while parent is not None and not (parent.objectName() and not parent.objectName().startswith("qt_")):
        parent = parent.parentWidget()
    return f"{parent.objectName() if parent else ''}/{type(widget).__name__}"


# A shortfall: (widget, text, needed px, available px, "wide" or "high")
Shortfall = tuple[QWidget, str, int, int, str]


def label_shortfalls(label: QLabel) -> list[Shortfall]:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull() or label.movie() is not None:
        return []
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:  # laid out by QTextDocument (links, bold runs): font metrics do not measure it
        return []
    fm = label.fontMetrics()
    # Room as QLabel::sizeForWidth reckons it: contents less the margin on each side and the indent.
    room = label.contentsRect()
    margin = label.margin()
    wide, high = room.width() - 2 * margin, room.height() - 2 * margin
    indent = label.indent()
    if indent < 0 and label.frameWidth() > 0:
        indent = fm.horizontalAdvance("x") // 2 - margin
    align = label.alignment()
    if indent > 0:
        if align & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight):
            wide -= indent
        if align & (Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignBottom):
            high -= indent
    flags = 0  # laid out from the left as QLabel measures it (centred, rounding gives a pixel more)
    if label.buddy() is not None:
        flags |= Qt.TextFlag.TextShowMnemonic.value
    if label.wordWrap():
        flags |= Qt.TextFlag.TextWordWrap.value
        need = fm.boundingRect(QRect(0, 0, max(wide, 1), 100_000), flags, text)
    else:
        need = fm.boundingRect(QRect(0, 0, 100_000, 100_000), flags, text)
    found = []
    if need.width() > wide:
        found.append((label, text, need.width(), wide, "wide"))
    if need.height() > high:
        found.append((label, text, need.height(), high, "high"))
    return found


def push_button_shortfalls(button: QPushButton) -> list[Shortfall]:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    text = shown(option.text)
    style = button.style()
    # The style's padding around the contents (without the least width it gives a button with text).
    option.text = ""
    padding = style.sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), button).width()
    room = button.width() - padding
    if not option.icon.isNull():
        room -= option.iconSize.width() + 4
    if button.menu() is not None:
        room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    need = button.fontMetrics().horizontalAdvance(text)
    return [(button, text, need, room, "wide")] if need > room else []


def check_shortfalls(button: QCheckBox | QRadioButton) -> list[Shortfall]:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxContents
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonContents
    )
    room = button.style().subElementRect(element, option, button).width()
    if not option.icon.isNull():
        room -= option.iconSize.width() + 4
    text = shown(option.text)
    need = button.fontMetrics().horizontalAdvance(text)
    return [(button, text, need, room, "wide")] if need > room else []


def tool_button_shortfalls(button: QToolButton) -> list[Shortfall]:
    option = QStyleOptionToolButton()
    button.initStyleOption(option)
    if option.toolButtonStyle == Qt.ToolButtonStyle.ToolButtonIconOnly and not option.icon.isNull():
        return []  # the text is its tooltip
    text = shown(option.text)
    need = button.fontMetrics().horizontalAdvance(text)
    # The size hint is the text (and icon) and the style's padding: the room is what is left of it.
    room = button.width() - (button.sizeHint().width() - need)
    return [(button, text, need, room, "wide")] if need > room else []


def group_box_shortfalls(box: QGroupBox) -> list[Shortfall]:
    if not box.title():
        return []
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    title = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    text = shown(box.title())
    need = box.fontMetrics().horizontalAdvance(text)
    room = box.width() - title.left() - (title.width() - need)
    return [(box, text, need, room, "wide")] if need > room else []


def tab_shortfalls(bar: QTabBar) -> list[Shortfall]:
    found = []
    style = bar.style()
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        option = QStyleOptionTab()
        option.initFrom(bar)
        padding = style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, option, bar)
        seen = bar.tabRect(index).intersected(bar.rect())  # a tab scrolled out of view is clipped
        room = seen.width() - padding
        if not bar.tabIcon(index).isNull():
            room -= bar.iconSize().width() + 4
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            extra = bar.tabButton(index, side)
            if extra is not None and extra.isVisible():
                room -= extra.width()
        text = shown(bar.tabText(index))
        need = bar.fontMetrics().horizontalAdvance(text)
        if need > room:
            found.append((bar, text, need, room, "wide"))
    return found


def squeezed(button: QAbstractButton) -> list[Shortfall]:
    """A button lower than it asks to be: its text's top or bottom is cut (no button wraps)."""
    need = button.minimumSizeHint().height()
    return [(button, shown(button.text()), need, button.height(), "high")] if button.height() < need else []


def cut_off(widget: QWidget, text: str) -> list[Shortfall]:
    """Part of ``widget`` outside the widgets it is in: a form smaller than its layout's minimum
    lays its rows past its edge, or at no height. Inside a scroll area the part out of view is
    only scrolled away, so the walk up stops at the scrolled widget."""
    seen = widget.rect()
    child = widget
    while not child.isWindow():
        parent = child.parentWidget()
        assert parent is not None
        scroller = parent.parentWidget()
        if isinstance(scroller, QAbstractScrollArea) and parent is scroller.viewport():
            break
        seen = seen.translated(child.pos()).intersected(parent.rect())
        child = parent
    found = []
    if seen.width() < widget.width():
        found.append((widget, text, widget.width(), max(seen.width(), 0), "wide"))
    if seen.height() < widget.height():
        found.append((widget, text, widget.height(), max(seen.height(), 0), "high"))
    return found


def header_shortfalls(header: QHeaderView) -> list[Shortfall]:
    """A table's column headings: each section at least as wide as the heading (and the sort
    arrow) it shows. The rows below are not measured: a cell elides what does not fit."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        has = header.sectionSize(logical)
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            need = header.sectionSizeHint(logical)  # the heading and its arrow
        else:
            margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            need = header.fontMetrics().horizontalAdvance(str(text)) + 2 * margin
        last = logical == header.logicalIndex(header.count() - 1) and header.stretchLastSection()
        if text and need > has and not last:
            found.append((header, str(text), need, has, "wide"))
    return found


def shortfalls(widget: QWidget) -> list[Shortfall]:
    found = measured(widget)
    if found:
        return found
    if isinstance(widget, QAbstractButton) and widget.text():
        found = squeezed(widget) or cut_off(widget, widget.text())
    elif isinstance(widget, QLabel) and widget.text().strip():
        found = cut_off(widget, widget.text())
    elif isinstance(widget, QGroupBox):
        found = cut_off(widget, widget.title())
    return found


def measured(widget: QWidget) -> list[Shortfall]:
    if isinstance(widget, QLabel):
        return label_shortfalls(widget)
    if isinstance(widget, QPushButton):
        return push_button_shortfalls(widget)
    if isinstance(widget, (QCheckBox, QRadioButton)):
        return check_shortfalls(widget)
    if isinstance(widget, QToolButton):
        if not widget.text() or isinstance(widget.parentWidget(), QTabBar):
            return []  # a tab bar's scroll arrows
        return tool_button_shortfalls(widget)
    if isinstance(widget, QAbstractButton):
        return []  # no other kind of button in the app
    if isinstance(widget, QGroupBox):
        return group_box_shortfalls(widget)
    if isinstance(widget, QTabBar):
        return tab_shortfalls(widget)
    if isinstance(widget, QHeaderView):
        return header_shortfalls(widget)
    return []


def clipped(root: QWidget, within: QWidget | None = None) -> list[Shortfall]:
    """Every visible widget under ``root`` (and ``root``) whose text has less room than it needs;
    each QTabWidget's tabs are shown in turn, so what is on a tab behind is measured too."""
    app = QApplication.instance()
    found: dict[tuple[int, str, str], Shortfall] = {}

    def measure() -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.isVisible() and (within is None or within.isAncestorOf(widget) or widget is within):
                for shortfall in shortfalls(widget):
                    found.setdefault((id(widget), shortfall[1], shortfall[4]), shortfall)

    measure()
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        before = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            app.processEvents()
            measure()
        tabs.setCurrentIndex(before)
    return list(found.values())


def described(where: str, shortfall: Shortfall) -> str:
    widget, text, need, room, way = shortfall
    what = "" if way == "wide" else " high"
    return f"{where}: {name_of(widget)} {text!r} needs {need} px{what}, has {room} px"


def main() -> None:
    from rmdesk.gui.app import application, use_language
    from rmdesk.gui.main_window import SECTIONS, MainWindow
    from rmdesk.store import Document
    from tests.gui.every_dialog import open_every_dialog

    path, language = Path(sys.argv[1]), sys.argv[2]
    pictures = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    app = application()
    use_language(language)
    errors: list[str] = []  # a page or form that fails to fill in is not checked whole: told
    sys.excepthook = lambda kind, value, trace: errors.append(
        "".join(traceback.format_exception(kind, value, trace))
    )
    window = MainWindow()
    screen = window.screen().availableGeometry()
    window.resize(screen.width(), screen.height() - 30)  # as maximised, below a title bar
    window.show()
    report: dict = {
        "screen": [screen.width(), screen.height()],
        "window": [window.width(), window.height()],
        "sections": [],
        "dialogs": [],
        "clipped": [],
        "measured": 0,
    }
    seen: set[tuple[int, str, str]] = set()

    def keep(where: str, found: list[Shortfall]) -> None:
        for shortfall in found:
            key = (id(shortfall[0]), shortfall[1], shortfall[4])
            if key not in seen:
                seen.add(key)
                report["clipped"].append(described(where, shortfall))

    app.processEvents()
    keep("welcome", clipped(window))  # no file open yet
    if pictures is not None:
        window.grab().save(str(pictures / "welcome.png"))
    window.show_document(Document.open(path))
    app.processEvents()
    for row in range(len(SECTIONS)):
        window.navList.setCurrentRow(row)
        app.processEvents()
        page = window.pages.currentWidget()
        where = window.navList.item(row).text()
        report["sections"].append(where)
        keep(where, clipped(window, within=page))
        keep("window", clipped(window))
        report["measured"] += sum(1 for w in page.findChildren(QWidget) if w.isVisible())
        if pictures is not None:
            window.grab().save(str(pictures / f"page-{row:02}.png"))
    for name, dialog in open_every_dialog(window).items():
        dialog.show()
        app.processEvents()
        keep(name, clipped(dialog))
        report["dialogs"].append(name)
        report["measured"] += sum(1 for w in dialog.findChildren(QWidget) if w.isVisible())
        if pictures is not None:
            dialog.grab().save(str(pictures / f"{name}.png"))
        dialog.hide()
    report["errors"] = errors
    print(json.dumps(report), flush=True)
    window.close_document()


if __name__ == "__main__":
    main()
