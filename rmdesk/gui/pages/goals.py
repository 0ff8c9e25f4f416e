"""The goals page: every pair's SMART goals in the current program."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from rmdesk.domain.entities import Goal, GoalStatus, Program
from rmdesk.gui.dialogs.goal import GoalDialog
from rmdesk.gui.models import GoalTableModel
from rmdesk.gui.pages.records import RecordsPage, RecordWords
from rmdesk.store import Document, queries
from rmdesk.store.queries import GoalRow


class GoalsPage(RecordsPage[GoalRow]):
    table_name = "goals"

    def __init__(self, parent: QWidget | None = None):
        choices = [(QCoreApplication.translate("GoalsPage", "All statuses"), None)] + [
            (s.label, s.value) for s in GoalStatus
        ]
        super().__init__(GoalTableModel(), choices, (280, 190, 420, 100, 90, 80), 3, parent)

    def record_words(self) -> RecordWords:
        return RecordWords(
            add=self.tr("&Add Goal..."),
            search=self.tr("Search goals..."),
            needs_pairs=self.tr("Pair people first: goals belong to a pair."),
            delete=self.tr("Delete goal"),
        )

    def rows(self, doc: Document, program: Program, ids: Collection[str] | None = None) -> list[GoalRow]:
        return queries.goals(doc, program.id, ids)

    def keep(self, choice: Any) -> Callable[[GoalRow], bool] | None:
        return None if choice is None else (lambda row: row.status == choice)

    def record(self, row: GoalRow) -> Goal:
        assert self.doc is not None
        return self.doc.get(Goal, row.id)

    def describe(self, row: GoalRow) -> str:
        return self.tr("the goal “{goal}”").format(goal=row.specific)

    def open_form(self, row: GoalRow | None) -> bool:
        assert self.doc is not None and self.program is not None
        dialog = GoalDialog(self.doc, self.program, self.pairs, self.record(row) if row else None, self)
        return dialog.exec() == QDialog.DialogCode.Accepted
