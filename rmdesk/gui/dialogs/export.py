"""File > Export: Excel or CSV, every list or one, anonymised or not; the file is asked for next."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from rmdesk.gui.forms.ui_export import Ui_ExportDialog
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.sheets.export import KINDS

LISTS = {  # what the lists are called in the form
    "participants": QT_TRANSLATE_NOOP("ExportDialog", "Participants"),
    "enrolments": QT_TRANSLATE_NOOP("ExportDialog", "Enrolments"),
    "pairs": QT_TRANSLATE_NOOP("ExportDialog", "Pairs"),
    "goals": QT_TRANSLATE_NOOP("ExportDialog", "Goals"),
    "meetings": QT_TRANSLATE_NOOP("ExportDialog", "Meetings"),
    "evaluations": QT_TRANSLATE_NOOP("ExportDialog", "Evaluations"),
}


@dataclass(frozen=True)
class ExportChoice:
    suffix: str  # ".xlsx" or ".csv"
    what: str | None  # one of KINDS, or None for every list
    anonymise: bool


class ExportDialog(QDialog, Ui_ExportDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.whatCombo.addItem(self.tr("Everything"), None)
        for kind in KINDS:
            self.whatCombo.addItem(self.tr(LISTS[kind]) if kind in LISTS else kind.capitalize(), kind)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export..."))
        self.anonymiseNote.setEnabled(False)
        self.anonymiseCheck.toggled.connect(self.anonymiseNote.setEnabled)
        # As tall as the wrapped text needs at this width: a window's least height counts the
        # labels at their narrowest, and the formats would be squeezed out of sight.
        self.mainLayout.activate()
        self.resize(520, self.mainLayout.totalHeightForWidth(520))

    def choice(self) -> ExportChoice:
        return ExportChoice(
            ".csv" if self.csvRadio.isChecked() else ".xlsx",
            self.whatCombo.currentData(),
            self.anonymiseCheck.isChecked(),
        )
