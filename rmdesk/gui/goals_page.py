"""The goals page: every pair's SMART goals in the current program."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from rmdesk.domain.entities import GoalStatus, Program
from rmdesk.gui.fields import fill_choices, setup_table
from rmdesk.gui.forms.ui_goals_page import Ui_GoalsPage
from rmdesk.gui.goal_dialog import GoalDialog
from rmdesk.gui.models import GoalTableModel
from rmdesk.gui.page import Page
from rmdesk.store import Document, queries
from rmdesk.store.queries import GoalRow


class GoalsPage(Page, Ui_GoalsPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc: Document | None = None
        self.program: Program | None = None
        self.pairs: list[queries.PairLabel] = []
        self.model = GoalTableModel(self)
        self.table.setModel(self.model)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        setup_table(self.table, (280, 190, 420, 100, 90, 80))
        fill_choices(self.statusFilter, [("All statuses", None)] + [(s.label, s) for s in GoalStatus])
        self.statusFilter.currentIndexChanged.connect(self.apply_filter)
        self.searchEdit.textChanged.connect(self.apply_filter)
        self.addButton.clicked.connect(self.add)
        self.editButton.clicked.connect(self.edit)
        self.deleteButton.clicked.connect(self.delete)
        self.table.doubleClicked.connect(self.edit)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.edit)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_document(self, doc: Document | None, program: Program | None) -> None:
        self.doc, self.program = doc, program
        self.reload()

    def reload(self) -> None:
        if self.doc is None or self.program is None:
            self.pairs = []
            self.model.set_rows([])
        else:
            self.pairs = queries.pairs(self.doc, self.program.id)
            self.model.set_rows(queries.goals(self.doc, self.program.id))
        self.apply_filter()

    def apply_filter(self) -> None:
        status = self.statusFilter.currentData()
        keep = None if status is None else (lambda row: row.goal.status == status)
        self.model.set_filter(self.searchEdit.text(), keep)
        self._update_buttons()

    def selected(self) -> GoalRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        self.addButton.setEnabled(bool(self.pairs))
        self.addButton.setToolTip("" if self.pairs else "Pair people first: goals belong to a pair.")
        chosen = self.selected() is not None
        self.editButton.setEnabled(chosen)
        self.deleteButton.setEnabled(chosen)

    def focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    def open_form(self, row: GoalRow | None) -> bool:
        assert self.doc is not None and self.program is not None
        dialog = GoalDialog(self.doc, self.program, self.pairs, row.goal if row else None, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add(self) -> None:
        if self.doc and self.program and self.pairs and self.open_form(None):
            self.changed.emit()

    def edit(self) -> None:
        row = self.selected()
        if self.doc and row and self.open_form(row):
            self.changed.emit()

    def confirm(self, question: str) -> bool:
        return QMessageBox.question(self, "Delete goal", question) == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        row = self.selected()
        if self.doc and row and self.confirm(f"Delete the goal “{row.goal.specific}”? You can undo this."):
            self.doc.delete(row.goal)
            self.changed.emit()
