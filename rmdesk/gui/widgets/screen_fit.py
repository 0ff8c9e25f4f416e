"""Windows that fit small screens: a 1366 x 768 laptop at 150 % leaves about 910 x 440 points.

A form's body goes into a scroll area and its buttons stay below it, always in view; the window
opens at the size it asks for, never beyond the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

FRAME = QSize(16, 40)  # the title bar and borders the window system adds around a window


class FormBody(QWidget):
    """The scrolling part of a form. A scroll area lays out a body holding word-wrapped labels at
    its preferred height for the width, so it would scroll where the form could still shrink (a
    table, a notes box). This body answers with the least height it needs instead: its minimum,
    plus the extra lines its wrapped labels take at their present width."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        extra = 0
        for label in self.findChildren(QLabel):
            if label.wordWrap() and label.isVisibleTo(self):
                extra += max(0, label.heightForWidth(label.width()) - label.minimumSizeHint().height())
        return self.minimumSizeHint().height() + extra

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the labels wrap anew: the least height may change


def room_for(window: QWidget) -> QSize:
    """The largest size ``window`` can have and still show whole, title bar included, on the screen
    it opens on (its parent's)."""
    host = window.parentWidget() or window
    return host.screen().availableGeometry().size() - FRAME


def bound_to_screen(window: QWidget, wanted: QSize | None = None) -> None:
    """Resize ``window`` to ``wanted`` (else its present size), but no larger than the screen."""
    window.resize((wanted or window.size()).boundedTo(room_for(window)))


def fit_to_screen(dialog: QDialog, preferred: QSize | None = None) -> QScrollArea:
    """Let the form body of ``dialog`` scroll and size the dialog to ``preferred`` (else what it
    asks for), never smaller than its content needs and never beyond the screen.

    Call it at the end of ``__init__``, once the form holds its rows. The buttons, and a message
    line just above them, stay outside the scroll area so OK and Cancel are always on screen.
    """
    dialog.ensurePolished()
    wanted = (preferred or dialog.sizeHint()).expandedTo(dialog.minimumSizeHint())
    scroll = scroll_body(dialog)
    bound_to_screen(dialog, wanted)
    return scroll


def scroll_body(dialog: QDialog) -> QScrollArea:
    """Move everything of the dialog's main layout above its buttons into a scroll area."""
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout):
        raise TypeError(f"{dialog.objectName()}: the form needs a box layout to scroll its body")
    widgets = [item.widget() if item else None for item in map(layout.itemAt, range(layout.count()))]
    footer = len(widgets)  # the buttons, and the message lines right above them, stay in view
    while footer > 0 and isinstance(widgets[footer - 1], QDialogButtonBox | QLabel):
        footer -= 1
    scroll = QScrollArea(dialog)
    scroll.setObjectName("formScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # Not a stop of its own in the tab order: its fields are, and it scrolls to the one tabbed into.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = FormBody(scroll)  # created in the dialog's window, so the tab order set in Designer stays
    body.setObjectName("formBody")
    moved = QVBoxLayout()
    moved.setContentsMargins(0, 0, 0, 0)
    moved.setSpacing(layout.spacing())
    for _ in range(footer):
        stretch = layout.stretch(0)
        item = layout.takeAt(0)
        assert item is not None
        if (widget := item.widget()) is not None:
            moved.addWidget(widget, stretch, item.alignment())
        elif (inner := item.layout()) is not None:
            moved.addLayout(inner, stretch)
        else:
            moved.addItem(item)
            moved.setStretch(moved.count() - 1, stretch)
    body.setLayout(moved)
    scroll.setWidget(body)
    layout.insertWidget(0, scroll, 1)
    return scroll
