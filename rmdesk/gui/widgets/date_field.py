"""A date field that behaves like text: type a date, pick one from a calendar, or leave it blank.

QDateEdit fought its users: its "no date" text sat on 1900-01-01 (so the calendar opened there),
typing mixed with that text, a selection kept parts of the old date and Tab stepped through the
sections instead of leaving. Here the text is the value: a selection is replaced like in any line
edit, the blank text is a placeholder, Delete empties the field and Tab leaves it. Text that is not
a date is kept as typed and :meth:`DateField.problem` says why, so a form shows it rather than
dropping it.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Property, QDate, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QSizePolicy, QWidget

import rmdesk.gui.forms.rc_resources  # noqa: F401 - registers :/icons
from rmdesk.domain.dates import FIRST_YEAR, LAST_YEAR, example, read_date
from rmdesk.gui.words import QT_TRANSLATE_NOOP

_HALF_TYPED = re.compile(r"\d+(?:[-/.]\d*){0,2}")
HELP = QT_TRANSLATE_NOOP(
    "DateField",
    "Type a date such as 2026-11-20 or 20/11/2026, or press Alt+Down for a calendar. Delete empties it.",
)


class CalendarPopup(QCalendarWidget):
    """The calendar under a date field; a click or Enter picks, Esc closes without picking."""

    def __init__(self, field: DateField):
        super().__init__(field)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.clicked.connect(field.pick)
        self.activated.connect(field.pick)


class DateField(QLineEdit):
    """A date as text, shown as yyyy-MM-dd. Empty means "no date": the blank wording ("No end date")
    is the placeholder text, set in Designer. A required field (``required`` in Designer) reports
    an empty text as a problem."""

    # The text changed, or typing ended: read date() and problem() again. Named like QDateEdit's.
    dateChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._required = False
        self._typing = False  # the user is typing and has not left the field yet
        self._popup: CalendarPopup | None = None
        self.calendarAction = self.addAction(
            QIcon(":/icons/calendar.svg"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendarAction.setToolTip(self.tr("Pick from a calendar (Alt+Down)"))
        self.calendarAction.triggered.connect(self.show_calendar)
        self.setToolTip(self.tr(HELP))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self.dateChanged)
        self.editingFinished.connect(self._finished)

    # -- the value
    def date(self) -> dt.date | None:
        """The date typed, or None when the field is empty or does not hold a date."""
        try:
            return read_date(self.text())
        except ValueError:
            return None

    def setDate(self, value: dt.date | None) -> None:  # noqa: N802 - named like QDateEdit's
        self._typing = False
        self.setText(value.isoformat() if value else "")

    def problem(self) -> str:
        """Why the text is not a usable date; "" when it is one (or empty, if optional)."""
        if self._required and not self.text().strip():
            return self.tr("A date is needed here. Type it as {example}.").format(example=example())
        try:
            read_date(self.text())
        except ValueError as error:
            return str(error)
        return ""

    def still_typing(self) -> bool:
        """True while the user is in the field with text that may yet become a date ("2026-1"):
        a form waits for them to finish before saying it is wrong."""
        return self._typing and self.hasFocus() and bool(_HALF_TYPED.fullmatch(self.text().strip()))

    def isRequired(self) -> bool:  # noqa: N802 - Qt property
        return self._required

    def setRequired(self, required: bool) -> None:  # noqa: N802 - Qt property, set by the .ui
        self._required = required

    required = Property(bool, isRequired, setRequired)

    # -- the calendar
    def calendar(self) -> CalendarPopup:
        if self._popup is None:
            self._popup = CalendarPopup(self)
        return self._popup

    def show_calendar(self) -> None:
        """Open the calendar under the field, at its date, or at today when it holds none."""
        if self.isReadOnly() or not self.isEnabled():
            return
        popup = self.calendar()
        value = self.date() or dt.date.today()
        popup.setSelectedDate(QDate(value.year, value.month, value.day))
        size = popup.sizeHint()
        area = self.screen().availableGeometry()
        below = self.mapToGlobal(QPoint(0, self.height()))
        above = self.mapToGlobal(QPoint(0, 0)).y() - size.height()
        x = max(area.left(), min(below.x(), area.right() - size.width()))
        y = below.y() if below.y() + size.height() <= area.bottom() or above < area.top() else above
        popup.move(x, y)
        popup.show()
        popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def pick(self, value: QDate) -> None:
        if self._popup is not None:
            self._popup.close()
        self.setDate(dt.date(value.year(), value.month(), value.day()))
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    # -- keys and editing
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if (key == Qt.Key.Key_F4 and plain) or (
            key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier
        ):
            self.show_calendar()
        elif key == Qt.Key.Key_Delete and plain and not self.isReadOnly():
            self._typing = False
            self.clear()  # one key empties the whole field (Ctrl+Z brings it back)
        else:
            super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Wide enough for a date or the blank wording, the frame and the calendar button."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance("2088-08-28"), metrics.horizontalAdvance(self.placeholderText()))
        return QSize(max(hint.width(), text + hint.height() + 16), hint.height())

    def _edited(self) -> None:
        self._typing = True

    def _finished(self) -> None:
        """Typing is over: show a readable date the one way dates are shown, and let the form
        judge what was typed."""
        was_typing, self._typing = self._typing, False
        value = self.date()
        if value is not None and self.text() != value.isoformat():
            self.setText(value.isoformat())
        elif was_typing:
            self.dateChanged.emit()
