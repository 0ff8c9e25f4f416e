"""The SMART goal form, with templates for the topics juniors usually teach."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from rmdesk.domain.entities import Goal, GoalStatus, Program
from rmdesk.domain.templates import GOAL_TEMPLATES
from rmdesk.domain.topics import DEFAULT_TOPICS
from rmdesk.domain.validation import check_goal
from rmdesk.gui.forms.ui_goal import Ui_GoalDialog
from rmdesk.gui.widgets.fields import (
    ErrorLabels,
    current,
    fill_choices,
    fill_enum,
    fill_texts,
    get_date,
    save_or_explain,
    select_data,
    set_date,
    show_problems,
)
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.widgets.screen_fit import fit_to_screen
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.store import Document
from rmdesk.store.queries import PairLabel


class GoalDialog(FormDialog, Ui_GoalDialog):
    subject = QT_TRANSLATE_NOOP("FormDialog", "this goal")

    def __init__(
        self,
        doc: Document,
        program: Program,
        pairs: list[PairLabel],
        goal: Goal | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setupUi(self)
        self.doc = doc
        self.is_new = goal is None
        self.original = goal or Goal(pair_id=pairs[0].id if pairs else "")
        self.setWindowTitle(self.tr("New goal") if self.is_new else self.tr("Edit goal"))
        fill_texts(self.pairCombo, [label.text for label in pairs], [label.id for label in pairs])
        fill_choices(
            self.templateCombo, [(self.tr("No template"), None)] + [(t.specific, t) for t in GOAL_TEMPLATES]
        )
        self.templateCombo.setEnabled(self.is_new)
        self.topicCombo.addItems(list(program.topics or DEFAULT_TOPICS))
        fill_enum(self.statusCombo, GoalStatus)
        self.errors = ErrorLabels(
            {
                "specific": self.specificEdit,
                "progress": self.progressSpin,
                "pair_id": self.pairCombo,
                "target_date": self.targetDateEdit,
            }
        )
        g = self.original
        select_data(self.pairCombo, g.pair_id)
        self.topicCombo.setCurrentText(g.topic)
        self.specificEdit.setPlainText(g.specific)
        self.measureEdit.setPlainText(g.measure)
        set_date(self.targetDateEdit, g.target_date)
        select_data(self.statusCombo, g.status)
        self.progressSpin.setValue(g.progress)
        self.templateCombo.currentIndexChanged.connect(self.apply_template)
        self.specificEdit.textChanged.connect(self.validate)
        self.pairCombo.currentIndexChanged.connect(self.validate)
        self.targetDateEdit.dateChanged.connect(self.validate)
        self.buttonBox.accepted.connect(self.save)
        self.validate()
        fit_to_screen(self, QSize(620, 520))

    def apply_template(self) -> None:
        template = self.templateCombo.currentData()
        if template is None:
            return
        self.topicCombo.setCurrentText(template.topic)
        self.specificEdit.setPlainText(template.specific)
        self.measureEdit.setPlainText(template.measure)
        set_date(self.targetDateEdit, dt.date.today() + dt.timedelta(weeks=template.weeks))

    def goal(self) -> Goal:
        return dataclasses.replace(
            self.original,
            pair_id=self.pairCombo.currentData() or "",
            topic=self.topicCombo.currentText().strip(),
            specific=self.specificEdit.toPlainText().strip(),
            measure=self.measureEdit.toPlainText().strip(),
            target_date=get_date(self.targetDateEdit),
            status=current(self.statusCombo, GoalStatus) or GoalStatus.NOT_STARTED,
            progress=self.progressSpin.value(),
        )

    def validate(self) -> bool:
        goal = self.goal()
        problems = {p.field: p.message for p in check_goal(goal)}
        if not goal.pair_id:
            problems["pair_id"] = self.tr("Choose the pair this goal belongs to (pair people first).")
        return show_problems(self, self.errors, problems)

    def save(self) -> None:
        if self.validate():
            save_or_explain(self, lambda: (self.doc.add if self.is_new else self.doc.update)(self.goal()))
