"""Edit the program's questionnaire: statements by Kirkpatrick level, and the answer scale."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from rmdesk.domain.entities import Program
from rmdesk.domain.templates import DEFAULT_QUESTIONS, KIRKPATRICK_LEVELS, SCALES, Question, Questionnaire
from rmdesk.gui.forms.ui_questionnaire import Ui_QuestionnaireDialog
from rmdesk.gui.widgets.fields import error_style, fill_choices, save_or_explain, select_data
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.widgets.screen_fit import fit_to_screen
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.store import Document


def _key(text: str, taken: set[str]) -> str:
    """A stable answer key for a new statement: its first words, made unique."""
    base = "_".join(re.findall(r"[a-z0-9]+", text.lower())[:4]) or "item"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


LEVELS = {  # Kirkpatrick's levels as the form names them
    "reaction": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Reaction"),
    "learning": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Learning"),
    "behaviour": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Behaviour"),
    "results": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Results"),
}


class QuestionnaireDialog(FormDialog, Ui_QuestionnaireDialog):
    subject = QT_TRANSLATE_NOOP("FormDialog", "this questionnaire")

    def __init__(self, doc: Document, program: Program, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc, self.program = doc, program
        self.setWindowTitle(self.tr("Questionnaire of {program}").format(program=program.name))
        questionnaire = Questionnaire.of(program.settings)
        fill_choices(self.scaleCombo, [(self.tr("1 to {n}").format(n=n), n) for n in SCALES])
        select_data(self.scaleCombo, questionnaire.scale)
        self.keys: list[str] = []
        self._show(questionnaire.items)
        header = self.itemsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.addButton.clicked.connect(self.add_statement)
        self.removeButton.clicked.connect(self.remove_statement)
        self.defaultsButton.clicked.connect(lambda: self._show(DEFAULT_QUESTIONS))
        self.problemLabel.setStyleSheet(error_style(self))
        self.problemLabel.hide()
        self.buttonBox.accepted.connect(self.save)
        fit_to_screen(self, QSize(760, 480))

    def _show(self, items: tuple[Question, ...]) -> None:
        self.itemsTable.setRowCount(0)
        self.keys = []
        for question in items:
            self._append(question)

    def _append(self, question: Question) -> None:
        row = self.itemsTable.rowCount()
        self.itemsTable.insertRow(row)
        level = QComboBox()
        level.setAccessibleName(self.tr("Kirkpatrick level of the statement"))
        fill_choices(
            level,
            [
                (self.tr(LEVELS[name]) if name in LEVELS else name.capitalize(), name)
                for name in KIRKPATRICK_LEVELS
            ],
        )
        select_data(level, question.level)
        self.itemsTable.setCellWidget(row, 0, level)
        self.itemsTable.setItem(row, 1, QTableWidgetItem(question.text))
        self.keys.append(question.key)

    def add_statement(self) -> None:
        self._append(Question("", "behaviour", ""))
        row = self.itemsTable.rowCount() - 1
        self.itemsTable.setCurrentCell(row, 1)
        cell = self.itemsTable.item(row, 1)
        if cell is not None:
            self.itemsTable.editItem(cell)

    def remove_statement(self) -> None:
        row = self.itemsTable.currentRow()
        if row >= 0:
            self.itemsTable.removeRow(row)
            del self.keys[row]

    def questionnaire(self) -> Questionnaire:
        items = []
        taken = {k for k in self.keys if k}
        for row, key in enumerate(self.keys):
            cell = self.itemsTable.item(row, 1)
            text = cell.text().strip() if cell else ""
            level = self.itemsTable.cellWidget(row, 0)
            assert isinstance(level, QComboBox)
            if not text:
                continue
            if not key:
                key = _key(text, taken)
                taken.add(key)
            items.append(Question(key, level.currentData(), text))
        return Questionnaire(tuple(items), self.scaleCombo.currentData())

    def save(self) -> None:
        questionnaire = self.questionnaire()
        if not questionnaire.items:
            self.problemLabel.setText(self.tr("Keep at least one statement."))
            self.problemLabel.show()
            return
        updated = dataclasses.replace(self.program, settings=questionnaire.to_settings(self.program.settings))
        save_or_explain(self, lambda: self.doc.update(updated))
