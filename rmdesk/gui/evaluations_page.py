"""The evaluations page: every check-in of the program's pairs, by stage and respondent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from rmdesk.domain.entities import Evaluation, Program, Stage
from rmdesk.gui.evaluation_dialog import EvaluationDialog
from rmdesk.gui.models import EvaluationTableModel
from rmdesk.gui.records_page import RecordsPage
from rmdesk.store import Document, queries
from rmdesk.store.queries import EvaluationRow


class EvaluationsPage(RecordsPage[EvaluationRow]):
    noun = "evaluation"

    def __init__(self, parent: QWidget | None = None):
        choices = [("All stages", None)] + [(s.label, s.value) for s in Stage]
        super().__init__(EvaluationTableModel(), choices, (100, 300, 90, 100, 110), 0, parent)

    def rows(self, doc: Document, program: Program) -> list[EvaluationRow]:
        return queries.evaluations(doc, program.id)

    def keep(self, choice: Any) -> Callable[[EvaluationRow], bool] | None:
        return None if choice is None else (lambda row: row.evaluation.stage == choice)

    def record(self, row: EvaluationRow) -> Evaluation:
        return row.evaluation

    def describe(self, row: EvaluationRow) -> str:
        e = row.evaluation
        return f"the {e.stage.value} evaluation by the {e.respondent.label.lower()} of {row.pair.text}"

    def open_form(
        self, row: EvaluationRow | None, pair_id: str | None = None, stage: Stage | None = None
    ) -> bool:
        assert self.doc is not None and self.program is not None
        dialog = EvaluationDialog(
            self.doc,
            self.program,
            self.pairs,
            row.evaluation if row else None,
            pair_id=pair_id,
            stage=stage,
            parent=self,
        )
        return dialog.exec() == QDialog.DialogCode.Accepted
