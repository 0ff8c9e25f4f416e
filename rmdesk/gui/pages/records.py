"""A page listing one kind of record of the program's pairs (goals, meetings) with a form to edit them."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from rmdesk.domain.entities import Program
from rmdesk.gui.forms.ui_records_page import Ui_RecordsPage
from rmdesk.gui.models import RowTableModel
from rmdesk.gui.page import Page
from rmdesk.gui.widgets.fields import edit_and_delete_keys, fill_choices, select_row, setup_table
from rmdesk.gui.work import attempt
from rmdesk.store import Document, queries

R = TypeVar("R")


class RecordWords(NamedTuple):
    """What a records page calls its kind of record, each sentence whole so a translation can
    word it in its own grammar."""

    add: str  # the add button, with its accelerator
    search: str  # the search field's placeholder
    needs_pairs: str  # why the add button is off in a program without pairs
    delete: str  # the delete question's title and the undo step's name


class RecordsPage(Page, Ui_RecordsPage, Generic[R]):
    """Search, one filter, add/edit/delete and a table; subclasses say what the rows are."""

    def __init__(
        self,
        model: RowTableModel[R],
        choices: Sequence[tuple[str, Any]],
        widths: Sequence[int],
        sort_column: int,
        parent: QWidget | None = None,
        newest_first: bool = False,
    ):
        super().__init__(parent)
        self.setupUi(self)
        self.doc: Document | None = None
        self.program: Program | None = None
        self._pairs: list[queries.PairLabel] | None = []
        self._has_pairs = False
        self.model = model
        model.setParent(self)
        self.table.setModel(model)
        order = Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(sort_column, order)
        setup_table(self.table, widths)
        fill_choices(self.kindFilter, choices)
        self.words = self.record_words()
        self.addButton.setText(self.words.add)
        self.searchEdit.setPlaceholderText(self.words.search)
        self.kindFilter.currentIndexChanged.connect(self.apply_filter)
        self.searchEdit.textChanged.connect(self.apply_filter)
        self.addButton.clicked.connect(self.add)
        self.editButton.clicked.connect(self.edit)
        self.deleteButton.clicked.connect(self.delete)
        edit_and_delete_keys(self.table, self.edit, self.delete)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- what subclasses provide
    def record_words(self) -> RecordWords:
        raise NotImplementedError

    table_name = ""  # the file's table of the records listed

    def rows(self, doc: Document, program: Program, ids: Collection[str] | None = None) -> list[R]:
        """The program's records (those of ``ids`` only, when given)."""
        raise NotImplementedError

    def keep(self, choice: Any) -> Callable[[R], bool] | None:
        raise NotImplementedError

    def open_form(self, row: R | None) -> bool:
        raise NotImplementedError

    def record(self, row: R) -> Any:
        raise NotImplementedError

    def describe(self, row: R) -> str:
        raise NotImplementedError

    @property
    def pairs(self) -> list[queries.PairLabel]:
        """The program's pairs with their names, for the forms' pair lists (read once per load)."""
        if self._pairs is None:
            assert self.doc is not None and self.program is not None
            self._pairs = queries.pairs(self.doc, self.program.id)
        return self._pairs

    # -- shared behaviour
    def set_document(self, doc: Document | None, program: Program | None) -> None:
        self.doc, self.program = doc, program
        self.reload()

    def reload(self) -> None:
        if self.doc is None or self.program is None:
            self._pairs, self._has_pairs = [], False
            self.model.set_rows([])
        else:
            self._pairs = None  # read when a form or an export needs them, not to show the table
            self._has_pairs = queries.has_pairs(self.doc, self.program.id)
            self.model.set_rows(self.rows(self.doc, self.program))
        self.apply_filter()

    def apply_filter(self) -> None:
        self.model.set_filter(self.searchEdit.text(), self.keep(self.kindFilter.currentData()))
        self._update_buttons()

    def selected(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        self.addButton.setEnabled(self._has_pairs)
        self.addButton.setToolTip("" if self._has_pairs else self.words.needs_pairs)
        chosen = self.selected() is not None
        self.editButton.setEnabled(chosen)
        self.deleteButton.setEnabled(chosen)

    def focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    def add(self) -> None:
        if self.doc and self.program and self.pairs:
            before = self.doc.newest_action()
            if self.open_form(None):
                self.shown_after(self.doc, before)

    def edit(self) -> None:
        row = self.selected()
        if self.doc and row is not None:
            before = self.doc.newest_action()
            if self.open_form(row):
                self.shown_after(self.doc, before)

    def show_changes(self, changed: dict[str, set[str]]) -> bool:
        """When only this page's records changed (``changed``: ids by table), read those rows again,
        put them in place and select the first still shown."""
        doc, program = self.doc, self.program
        if doc is None or program is None or set(changed) != {self.table_name}:
            return False
        ids = changed[self.table_name]
        fresh = self.rows(doc, program, ids)
        self.model.patch(fresh, ids)
        select_row(self.table, self.model.first_shown(fresh))
        self._update_buttons()
        return True

    def confirm(self, question: str) -> bool:
        return QMessageBox.question(self, self.words.delete, question) == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        row = self.selected()
        if (
            self.doc
            and row is not None
            and self.confirm(self.tr("Delete {record}? You can undo this.").format(record=self.describe(row)))
        ):
            doc, record = self.doc, self.record(row)
            before = doc.newest_action()
            if attempt(self, self.words.delete, lambda: doc.delete(record)):
                self.shown_after(doc, before)
