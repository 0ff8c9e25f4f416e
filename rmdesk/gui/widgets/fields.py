"""Small helpers the forms share: dates, choice combos, inline error messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QWidget,
)

from rmdesk.domain.validation import ValidationError
from rmdesk.gui.widgets.date_field import DateField
from rmdesk.gui.work import REFUSALS, Messages, sentence

E = TypeVar("E", bound=Enum)
# A problem's sentence in red: a deep red on light windows, a light one on dark windows (the
# system's dark mode), each at least 4.5:1 against the window.
ERROR_ON_LIGHT, ERROR_ON_DARK = "#b00020", "#ff8a80"
ERROR_STYLE = f"color: {ERROR_ON_LIGHT};"  # light windows only: forms use error_style()


def dark_palette(widget: QWidget | None = None) -> bool:
    """The window (or the application) is drawn in dark colours."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_style(widget: QWidget | None = None) -> str:
    """The style of a problem's sentence, readable on the present palette."""
    return f"color: {ERROR_ON_DARK if dark_palette(widget) else ERROR_ON_LIGHT};"


def set_date(field: DateField, value: dt.date | None) -> None:
    field.setDate(value)


def get_date(field: DateField) -> dt.date | None:
    """The field's date; None when it is empty or holds no date (forms block OK then, see
    :func:`show_problems`)."""
    return field.date()


# A pick list longer than this is sized by its longest text's length, not by measuring every text.
LONG_LIST = 50
WIDEST = 60  # characters: a longer text is elided in the closed box
DISPLAY = Qt.ItemDataRole.DisplayRole


class ChoiceList(QAbstractListModel):
    """A combo box's choices as two Python lists, texts and values: filling a box with the 10,000
    pairs of a program is two assignments, and Qt asks only for the rows it shows."""

    def __init__(self, texts: Sequence[str], values: Sequence[Any], parent: QComboBox):
        super().__init__(parent)
        self.texts, self.values = texts, values

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.texts)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if role in (DISPLAY, Qt.ItemDataRole.EditRole):
            return self.texts[index.row()]
        return self.values[index.row()] if role == Qt.ItemDataRole.UserRole else None

    def row_of(self, value: Any) -> int:
        """The first row holding ``value`` (-1 for none), looked for in C, not row by row through Qt."""
        try:
            return self.values.index(value)
        except ValueError:
            return -1


def fill_choices(combo: QComboBox, choices: Iterable[tuple[str, Any]]) -> None:
    """Give ``combo`` these (text, value) choices (see :func:`fill_texts`)."""
    rows = list(choices)
    texts, values = zip(*rows, strict=True) if rows else ((), ())
    fill_texts(combo, texts, values)


def fill_texts(combo: QComboBox, texts: Sequence[str], values: Sequence[Any]) -> None:
    """Give ``combo`` these choices, each text with its value. A long list is handed over whole and
    never measured text by text (a form holding 2,500 pair names took 30 ms to measure them each
    time it opened): the box is as wide as its longest text's number of characters, up to
    :data:`WIDEST`."""
    if len(texts) <= LONG_LIST:
        combo.clear()
        for text, value in zip(texts, values, strict=True):
            combo.addItem(text, value)
        return
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min(WIDEST, max(map(len, texts))))
    combo.setIconSize(QSize(0, 0))  # no icons: as tall as the other boxes of the form
    combo.setModel(ChoiceList(texts, values, combo))  # the box deletes the list it held before


def fill_enum(combo: QComboBox, kind: type[Enum], blank: str | None = None) -> None:
    """Choices of an enum, stored as plain values (Qt turns str enums into str anyway)."""
    choices: list[tuple[str, Any]] = [(blank, None)] if blank is not None else []
    choices += [(getattr(member, "label", member.value), member.value) for member in kind]
    fill_choices(combo, choices)


def current(combo: QComboBox, kind: type[E]) -> E | None:
    """The chosen enum member of a combo filled by :func:`fill_enum` (None for the blank)."""
    value = combo.currentData()
    return None if value is None else kind(value)


def select_data(combo: QComboBox, data: Any) -> None:
    model = combo.model()
    index = model.row_of(data) if isinstance(model, ChoiceList) else combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def select_row(table: QTableView, row: int) -> None:
    """Select a table's ``row`` and scroll it into view (nothing for -1: not shown)."""
    if row >= 0:
        table.selectRow(row)
        table.scrollTo(table.model().index(row, 0))


class ErrorLabels:
    """A red message under each field that has a problem, hidden when it has none."""

    def __init__(self, fields: dict[str, QWidget]):
        self.fields = fields
        self.labels: dict[str, QLabel] = {}
        for name, widget in fields.items():
            label = QLabel()
            label.setObjectName(f"{name}Error")
            label.setStyleSheet(error_style(widget))
            label.setWordWrap(True)
            label.hide()
            parent = widget.parentWidget()
            root = parent.layout() if parent else None
            form = _holder(root, widget) if root else None
            placed = False
            if isinstance(form, QFormLayout):
                row: int = form.getWidgetPosition(widget)[0]  # type: ignore[index]
                if row < 0:  # the widget sits inside a nested layout of the row
                    row = _row_of_nested(form, widget)
                if row >= 0:
                    form.insertRow(row + 1, "", label)
                    placed = True
            elif isinstance(form, QBoxLayout) and form.indexOf(widget) >= 0:
                form.insertWidget(form.indexOf(widget) + 1, label)
                placed = True
            if not placed:
                raise ValueError(f"No layout to put the {name} message in")
            self.labels[name] = label

    def show(self, problems: dict[str, str]) -> None:
        for name, label in self.labels.items():
            message = problems.get(name, "")
            field = self.fields[name]
            if isinstance(field, DateField) and field.still_typing():
                message = ""  # "2026-1" is not wrong yet: say so when the user leaves the field
            label.setText(message)
            label.setVisible(bool(message))
            field.setAccessibleDescription(message)

    def visible(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.labels.items() if label.text()}


def _holder(layout: QLayout, widget: QWidget) -> QLayout | None:
    """The layout that holds ``widget`` directly, or the form whose row holds it, searched from ``layout``."""
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item else None
        if child is not None and (found := _holder(child, widget)) is not None:
            return layout if isinstance(layout, QFormLayout) and found is child else found
    return None


def _row_of_nested(form: QFormLayout, widget: QWidget) -> int:
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        layout = item.layout() if item else None
        if layout is not None and layout.indexOf(widget) >= 0:
            return row
    return -1


def setup_table(view: QTableView, widths: Sequence[int]) -> None:
    """One line per row, compact rows, sensible starting column widths: each at least as wide as
    its heading (and the sort arrow) needs, in any language."""
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))


def show_problems(dialog: QDialog, errors: ErrorLabels, problems: dict[str, str]) -> bool:
    """Show each problem under its field; OK works only when there are none. A date field whose
    text is not a date adds its own problem, so nothing typed is ever dropped without a word."""
    problems = {**problems, **unreadable_dates(errors.fields)}
    errors.show(problems)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None, "a form has an OK button"
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(not problems)
    ok.setToolTip(
        "" if not problems else QCoreApplication.translate("Forms", "Correct the fields marked in red first.")
    )
    return not problems


def unreadable_dates(fields: dict[str, QWidget]) -> dict[str, str]:
    """What is wrong with each date field whose text is not a date (or is empty but required)."""
    found = {name: field.problem() for name, field in fields.items() if isinstance(field, DateField)}
    return {name: message for name, message in found.items() if message}


def save_or_explain(dialog: QDialog, store: Callable[[], object]) -> None:
    """Run the save; close the form if it worked, say why not if it did not (the form stays)."""
    try:
        store()
    except ValidationError as error:
        errors = getattr(dialog, "errors", None)
        if isinstance(errors, ErrorLabels) and all(p.field in errors.labels for p in error.problems):
            show_problems(dialog, errors, {p.field: p.message for p in error.problems})  # next to the field
        else:
            Messages.refusal(dialog, QCoreApplication.translate("Forms", "Cannot save"), str(error))
        return
    except REFUSALS as error:
        Messages.refusal(dialog, QCoreApplication.translate("Forms", "Cannot save"), sentence(error))
        return
    dialog.accept()


def edit_and_delete_keys(view: QTableView, edit: Callable[[], None], delete: Callable[[], None]) -> None:
    """Double-click or Enter opens the row's form; Delete deletes (after the page asks)."""
    view.doubleClicked.connect(edit)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(QKeySequence(key), view, edit)
    QShortcut(QKeySequence.StandardKey.Delete, view, delete)
