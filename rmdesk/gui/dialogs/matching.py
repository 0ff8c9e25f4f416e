"""The program's matching weights and rules, as the officer tunes them."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from rmdesk.domain.entities import Program
from rmdesk.gui.forms.ui_matching import Ui_MatchingDialog
from rmdesk.gui.widgets.fields import fill_choices, save_or_explain, select_data
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.widgets.screen_fit import fit_to_screen
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.matching.settings import MatchSettings
from rmdesk.store import Document

JUNIOR_BY = [
    (QT_TRANSLATE_NOOP("MatchingDialog", "Grade"), "grade"),
    (QT_TRANSLATE_NOOP("MatchingDialog", "Age (birth year)"), "birth_year"),
    (QT_TRANSLATE_NOOP("MatchingDialog", "Not checked"), "none"),
]


class MatchingDialog(FormDialog, Ui_MatchingDialog):
    subject = QT_TRANSLATE_NOOP("FormDialog", "these matching rules")

    def __init__(self, doc: Document, program: Program, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc, self.program = doc, program
        self.setWindowTitle(self.tr("Matching rules of {program}").format(program=program.name))
        fill_choices(self.juniorCombo, [(self.tr(name), key) for name, key in JUNIOR_BY])
        self.show_settings(MatchSettings.from_program(program.settings))
        self.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_settings(MatchSettings())
        )
        self.buttonBox.accepted.connect(self.save)
        fit_to_screen(self)

    def show_settings(self, s: MatchSettings) -> None:
        self.topicWeightSpin.setValue(s.topic_weight)
        self.sameDepartmentSpin.setValue(s.same_department)
        self.gradeGapSpin.setValue(s.grade_gap_per_step)
        self.gradeCapSpin.setValue(s.grade_gap_cap)
        self.generationSpin.setValue(s.younger_generation)
        self.languageSpin.setValue(s.shared_language)
        self.locationSpin.setValue(s.same_location)
        self.directCheck.setChecked(s.no_direct_line)
        self.peersCheck.setChecked(s.no_peers)
        self.earlierCheck.setChecked(not s.exclude_earlier_pairs)
        select_data(self.juniorCombo, s.junior_by)

    def settings(self) -> MatchSettings:
        return MatchSettings(
            topic_weight=self.topicWeightSpin.value(),
            same_department=self.sameDepartmentSpin.value(),
            grade_gap_per_step=self.gradeGapSpin.value(),
            grade_gap_cap=self.gradeCapSpin.value(),
            younger_generation=self.generationSpin.value(),
            shared_language=self.languageSpin.value(),
            same_location=self.locationSpin.value(),
            no_direct_line=self.directCheck.isChecked(),
            no_peers=self.peersCheck.isChecked(),
            junior_by=self.juniorCombo.currentData(),
            exclude_earlier_pairs=not self.earlierCheck.isChecked(),
        )

    def save(self) -> None:
        updated = dataclasses.replace(
            self.program, settings=self.settings().to_program(self.program.settings)
        )
        save_or_explain(self, lambda: self.doc.update(updated))
