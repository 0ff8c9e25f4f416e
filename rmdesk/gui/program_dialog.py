"""Program (cohort) settings: dates, rhythm, capacity, status and topics."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget

from rmdesk.domain.entities import Program, ProgramStatus
from rmdesk.domain.topics import DEFAULT_TOPICS
from rmdesk.domain.validation import check_program
from rmdesk.gui.fields import (
    ErrorLabels,
    current,
    fill_enum,
    get_date,
    make_optional,
    save_or_explain,
    select_data,
    set_date,
    show_problems,
)
from rmdesk.gui.forms.ui_program import Ui_ProgramDialog
from rmdesk.store import Document


def new_program(today: dt.date | None = None) -> Program:
    """Defaults from practice: a pilot of about seven months, meeting every four weeks."""
    start = ((today or dt.date.today()).replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    months = start.month - 1 + 7
    after_end = dt.date(start.year + months // 12, months % 12 + 1, 1)
    return Program(
        name=f"Reverse mentoring {start.year}",
        start_date=start,
        end_date=after_end - dt.timedelta(days=1),
        topics=list(DEFAULT_TOPICS),
    )


class ProgramDialog(QDialog, Ui_ProgramDialog):
    def __init__(self, doc: Document, program: Program | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc = doc
        self.is_new = program is None
        self.original = program or new_program()
        self.setWindowTitle("New program" if self.is_new else f"Settings of {self.original.name}")
        fill_enum(self.statusCombo, ProgramStatus)
        for edit in (self.startDateEdit, self.endDateEdit):
            make_optional(edit)
        self.cadenceSpin.setMinimum(1)
        self.capacitySpin.setMinimum(1)
        self.errors = ErrorLabels(
            {
                "name": self.nameEdit,
                "end_date": self.endDateEdit,
                "cadence_days": self.cadenceSpin,
                "mentor_capacity": self.capacitySpin,
            }
        )
        p = self.original
        self.nameEdit.setText(p.name)
        self.objectiveEdit.setPlainText(p.objective)
        set_date(self.startDateEdit, p.start_date)
        set_date(self.endDateEdit, p.end_date)
        self.cadenceSpin.setValue(p.cadence_days)
        self.graceSpin.setValue(p.grace_days)
        self.capacitySpin.setValue(p.mentor_capacity)
        select_data(self.statusCombo, p.status)
        self.topicsEdit.setPlainText("\n".join(p.topics))
        self.nameEdit.textChanged.connect(self.validate)
        for date in (self.startDateEdit, self.endDateEdit):
            date.dateChanged.connect(self.validate)
        self.buttonBox.accepted.connect(self.save)
        self.resize(560, 560)
        self.validate()

    def program(self) -> Program:
        topics = [t.strip() for t in self.topicsEdit.toPlainText().splitlines() if t.strip()]
        return dataclasses.replace(
            self.original,
            name=self.nameEdit.text().strip(),
            objective=self.objectiveEdit.toPlainText().strip(),
            start_date=get_date(self.startDateEdit),
            end_date=get_date(self.endDateEdit),
            cadence_days=self.cadenceSpin.value(),
            grace_days=self.graceSpin.value(),
            mentor_capacity=self.capacitySpin.value(),
            status=current(self.statusCombo, ProgramStatus) or ProgramStatus.PLANNED,
            topics=list(dict.fromkeys(topics)),
        )

    def validate(self) -> bool:
        problems = {p.field: p.message for p in check_program(self.program())}
        return show_problems(self, self.errors, problems)

    def save(self) -> None:
        if self.validate():
            save_or_explain(self, lambda: (self.doc.add if self.is_new else self.doc.update)(self.program()))
