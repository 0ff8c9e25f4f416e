"""Log a meeting: when, how long, how, which topics and goals it covered."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox, QWidget

from rmdesk.domain.entities import Goal, Meeting, MeetingMode, Program
from rmdesk.domain.topics import DEFAULT_TOPICS
from rmdesk.domain.validation import check_meeting
from rmdesk.gui.forms.ui_meeting import Ui_MeetingDialog
from rmdesk.gui.widgets.fields import (
    ErrorLabels,
    current,
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
from rmdesk.store import Document, lifecycle
from rmdesk.store.queries import PairLabel


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def _fill_checks(widget: QListWidget, choices: list[tuple[str, str]], checked: list[str]) -> None:
    widget.clear()
    for text, value in choices:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)


class MeetingDialog(FormDialog, Ui_MeetingDialog):
    subject = QT_TRANSLATE_NOOP("FormDialog", "this meeting")

    def __init__(
        self,
        doc: Document,
        program: Program,
        pairs: list[PairLabel],
        meeting: Meeting | None = None,
        pair_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setupUi(self)
        self.doc = doc
        self.is_new = meeting is None
        self.original = meeting or Meeting(
            pair_id=pair_id or (pairs[0].id if pairs else ""), date=dt.date.today()
        )
        self.setWindowTitle(self.tr("Log a meeting") if self.is_new else self.tr("Edit meeting"))
        fill_texts(self.pairCombo, [label.text for label in pairs], [label.id for label in pairs])
        fill_enum(self.modeCombo, MeetingMode)
        self.errors = ErrorLabels({"date": self.dateEdit, "duration_min": self.durationSpin})
        m = self.original
        select_data(self.pairCombo, m.pair_id)
        set_date(self.dateEdit, m.date)
        self.durationSpin.setValue(m.duration_min)
        select_data(self.modeCombo, m.mode.value)
        topics = list(program.topics or DEFAULT_TOPICS)
        topics += [t for t in m.topics if t not in topics]
        _fill_checks(self.topicsList, [(t, t) for t in topics], m.topics)
        self.notesEdit.setPlainText(m.notes)
        self._load_goals()
        self.pairCombo.currentIndexChanged.connect(self._load_goals)
        self.dateEdit.dateChanged.connect(self.validate)
        self.durationSpin.valueChanged.connect(self.validate)
        self.buttonBox.accepted.connect(self.save)
        self.validate()
        fit_to_screen(self, QSize(660, 600))

    def _load_goals(self) -> None:
        pair_id = self.pairCombo.currentData()
        goals = self.doc.all(Goal, "pair_id = ?", [pair_id], order_by="target_date") if pair_id else []
        _fill_checks(self.goalsList, [(g.specific, g.id) for g in goals], self.original.goal_ids)
        self.goalsList.setEnabled(bool(goals))

    def meeting(self) -> Meeting:
        return dataclasses.replace(
            self.original,
            pair_id=self.pairCombo.currentData() or "",
            date=get_date(self.dateEdit),
            duration_min=self.durationSpin.value(),
            mode=current(self.modeCombo, MeetingMode) or MeetingMode.IN_PERSON,
            topics=_checked(self.topicsList),
            goal_ids=_checked(self.goalsList),
            notes=self.notesEdit.toPlainText().strip(),
        )

    def validate(self) -> bool:
        meeting = self.meeting()
        problems = {p.field: p.message for p in check_meeting(meeting)}
        return show_problems(self, self.errors, problems)

    def ask(self, question: str, *, can_cancel: bool = False) -> bool | None:
        """Yes (True), No (False) or Cancel (None); tests replace it."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if can_cancel:
            buttons |= QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(self, self.windowTitle(), question, buttons)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        """Store the meeting; a date ahead of today is asked about, and a proposal's first meeting
        may start the pair from that day."""
        if not self.validate():
            return
        meeting = self.meeting()
        if meeting.date and meeting.date > dt.date.today():
            question = self.tr("This meeting is dated {date}, which is in the future. Log it anyway?").format(
                date=meeting.date
            )
            if not self.ask(question):
                return
        start = False
        if self.is_new and lifecycle.is_first_meeting_of_proposal(self.doc, meeting):
            answer = self.ask(
                self.tr(
                    "{pair} is still a proposal. Start the pair from this meeting's date, {date}?"
                ).format(pair=self.pairCombo.currentText(), date=meeting.date),
                can_cancel=True,
            )
            if answer is None:
                return
            start = answer
        save_or_explain(self, lambda: lifecycle.log_meeting(self.doc, meeting, start_pair=start))
