"""Program (cohort) settings: dates, rhythm, capacity, status and topics."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from rmdesk.domain.entities import Program
from rmdesk.domain.lifecycle import default_program
from rmdesk.domain.validation import check_program
from rmdesk.gui.dialogs.preferences import default_cadence
from rmdesk.gui.forms.ui_program import Ui_ProgramDialog
from rmdesk.gui.widgets.fields import (
    ErrorLabels,
    get_date,
    save_or_explain,
    set_date,
    show_problems,
)
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.widgets.screen_fit import fit_to_screen
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.store import Document


class ProgramDialog(FormDialog, Ui_ProgramDialog):
    subject = QT_TRANSLATE_NOOP("FormDialog", "this program")

    def __init__(self, doc: Document, program: Program | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc = doc
        self.is_new = program is None
        # A new program meets as often as the preferences say (Edit > Preferences).
        self.original = program or dataclasses.replace(
            default_program(dt.date.today()), cadence_days=default_cadence()
        )
        self.setWindowTitle(
            self.tr("New program")
            if self.is_new
            else self.tr("Settings of {program}").format(program=self.original.name)
        )
        self.cadenceSpin.setMinimum(1)
        self.capacitySpin.setMinimum(1)
        self.errors = ErrorLabels(
            {
                "name": self.nameEdit,
                "start_date": self.startDateEdit,
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
        self.statusValue.setText(
            self.tr("{status} (Program > Start, Close or Reopen Program moves it on)").format(
                status=p.status.label
            )
        )
        self.topicsEdit.setPlainText("\n".join(p.topics))
        self.nameEdit.textChanged.connect(self.validate)
        for date in (self.startDateEdit, self.endDateEdit):
            date.dateChanged.connect(self.validate)
        self.buttonBox.accepted.connect(self.save)
        self.validate()
        fit_to_screen(self, QSize(560, 560))

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
            topics=list(dict.fromkeys(topics)),
        )

    def validate(self) -> bool:
        problems = {p.field: p.message for p in check_program(self.program())}
        return show_problems(self, self.errors, problems)

    def save(self) -> None:
        if self.validate():
            save_or_explain(self, lambda: (self.doc.add if self.is_new else self.doc.update)(self.program()))
