"""Log a meeting: when, how long, how, which topics and goals it covered."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QWidget

from rmdesk.domain.entities import Goal, Meeting, MeetingMode, Program
from rmdesk.domain.topics import DEFAULT_TOPICS
from rmdesk.domain.validation import check_meeting
from rmdesk.gui.fields import (
    ErrorLabels,
    current,
    fill_choices,
    fill_enum,
    get_date,
    save_or_explain,
    select_data,
    set_date,
    show_problems,
)
from rmdesk.gui.forms.ui_meeting import Ui_MeetingDialog
from rmdesk.store import Document
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


class MeetingDialog(QDialog, Ui_MeetingDialog):
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
            pair_id=pair_id or (pairs[0].pair.id if pairs else ""), date=dt.date.today()
        )
        self.setWindowTitle("Log a meeting" if self.is_new else "Edit meeting")
        fill_choices(self.pairCombo, [(label.text, label.pair.id) for label in pairs])
        fill_enum(self.modeCombo, MeetingMode)
        self.dateEdit.setDisplayFormat("yyyy-MM-dd")
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
        self.durationSpin.valueChanged.connect(self.validate)
        self.buttonBox.accepted.connect(self.save)
        self.resize(660, 600)
        self.validate()

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

    def save(self) -> None:
        if self.validate():
            save_or_explain(self, lambda: (self.doc.add if self.is_new else self.doc.update)(self.meeting()))
