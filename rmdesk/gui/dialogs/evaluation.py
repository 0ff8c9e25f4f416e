"""Enter one respondent's check-in: the program's questionnaire, confidence per topic, comments."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from rmdesk.domain.entities import Evaluation, Program, Respondent, Stage
from rmdesk.domain.templates import Questionnaire
from rmdesk.domain.topics import DEFAULT_TOPICS
from rmdesk.gui.dialogs.questionnaire import LEVELS
from rmdesk.gui.forms.ui_evaluation import Ui_EvaluationDialog
from rmdesk.gui.widgets.fields import (
    ErrorLabels,
    current,
    error_style,
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

NOT_ANSWERED = QT_TRANSLATE_NOOP("EvaluationDialog", "Not answered")


def rating_combo(scale: int, low: str, high: str, value: int | None) -> QComboBox:
    """A choice of 1..scale with the ends named, plus "not answered"."""
    combo = QComboBox()
    names = {1: f"1 {low}", scale: f"{scale} {high}"}
    not_answered = QCoreApplication.translate("EvaluationDialog", NOT_ANSWERED)
    fill_choices(combo, [(not_answered, None)] + [(names.get(n, str(n)), n) for n in range(1, scale + 1)])
    select_data(combo, value)
    combo.setMinimumWidth(190)
    return combo


class EvaluationDialog(FormDialog, Ui_EvaluationDialog):
    subject = QT_TRANSLATE_NOOP("FormDialog", "this evaluation")

    def __init__(
        self,
        doc: Document,
        program: Program,
        pairs: list[PairLabel],
        evaluation: Evaluation | None = None,
        *,
        pair_id: str | None = None,
        stage: Stage | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setupUi(self)
        self.doc = doc
        self.is_new = evaluation is None
        self.questionnaire = Questionnaire.of(program.settings)
        self.original = evaluation or Evaluation(
            pair_id=pair_id or (pairs[0].id if pairs else ""),
            stage=stage or Stage.BASELINE,
            date=dt.date.today(),
        )
        self.setWindowTitle(self.tr("New evaluation") if self.is_new else self.tr("Edit evaluation"))
        fill_texts(self.pairCombo, [label.text for label in pairs], [label.id for label in pairs])
        fill_enum(self.respondentCombo, Respondent)
        fill_enum(self.stageCombo, Stage)
        self.errors = ErrorLabels({"date": self.dateEdit})
        e = self.original
        select_data(self.pairCombo, e.pair_id)
        select_data(self.respondentCombo, e.respondent.value)
        select_data(self.stageCombo, e.stage.value)
        set_date(self.dateEdit, e.date)
        scale = self.questionnaire.scale
        self.questionsGroup.setTitle(
            self.tr("Questions (1 = strongly disagree, {scale} = strongly agree)").format(scale=scale)
        )
        disagree, agree = self.tr("strongly disagree"), self.tr("strongly agree")
        for form in (self.questionsForm, self.confidenceForm):  # the question gets the width
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.answers: dict[str, QComboBox] = {}
        for question in self.questionnaire.items:
            combo = rating_combo(scale, disagree, agree, e.answers.get(question.key))
            combo.setAccessibleName(question.text)
            level = QCoreApplication.translate(
                "QuestionnaireDialog", LEVELS.get(question.level, question.level)
            )
            level = html.escape(level.lower())  # the statement may be edited text: escaped, never markup
            label = QLabel(f"{html.escape(question.text)}  <span style='color: gray'>({level})</span>")
            label.setWordWrap(True)
            label.setMinimumWidth(380)  # a wrapped label would otherwise shrink to a narrow column
            label.setBuddy(combo)
            self.questionsForm.addRow(label, combo)
            self.answers[question.key] = combo
        self.confidence: dict[str, QComboBox] = {}
        topics = list(program.topics or DEFAULT_TOPICS)
        topics += [t for t in e.confidence if t not in topics]
        not_at_all, fully = self.tr("not at all"), self.tr("fully")
        for topic in topics:
            combo = rating_combo(5, not_at_all, fully, e.confidence.get(topic))
            combo.setAccessibleName(self.tr("Confidence: {topic}").format(topic=topic))
            self.confidenceForm.addRow(topic, combo)
            self.confidence[topic] = combo
        self.commentsEdit.setPlainText(e.comments)
        self.problemLabel.setStyleSheet(error_style(self))
        self.problemLabel.hide()
        self.dateEdit.dateChanged.connect(self.validate)
        self.buttonBox.accepted.connect(self.save)
        self.validate()
        fit_to_screen(self, QSize(720, 720))

    def evaluation(self) -> Evaluation:
        def chosen(combos: dict[str, QComboBox]) -> dict[str, int]:
            values = {key: combo.currentData() for key, combo in combos.items()}
            return {key: value for key, value in values.items() if value is not None}

        return dataclasses.replace(
            self.original,
            pair_id=self.pairCombo.currentData() or "",
            respondent=current(self.respondentCombo, Respondent) or Respondent.MENTEE,
            stage=current(self.stageCombo, Stage) or Stage.BASELINE,
            date=get_date(self.dateEdit),
            answers=chosen(self.answers),
            confidence=chosen(self.confidence),
            comments=self.commentsEdit.toPlainText().strip(),
        )

    def validate(self) -> bool:
        return show_problems(self, self.errors, {})

    def save(self) -> None:
        if not self.validate():
            return
        evaluation = self.evaluation()
        if not evaluation.answers and not evaluation.confidence:
            self.problemLabel.setText(self.tr("Answer at least one question or topic before saving."))
            self.problemLabel.show()
            return
        save_or_explain(self, lambda: (self.doc.add if self.is_new else self.doc.update)(evaluation))
