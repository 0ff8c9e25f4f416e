"""Alerts: pairs that stopped meeting, goals past due, missing evaluations, contracts and leavers.

A click on the action column does the action (log the meeting, open the goal...).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QDialog, QWidget

from rmdesk.domain.entities import Goal, Participant, Program
from rmdesk.domain.health import Action, Alert, most_urgent_first, when
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP
from rmdesk.gui.dialogs.evaluation import EvaluationDialog
from rmdesk.gui.dialogs.goal import GoalDialog
from rmdesk.gui.dialogs.meeting import MeetingDialog
from rmdesk.gui.dialogs.participant import ParticipantDialog
from rmdesk.gui.forms.ui_records_page import Ui_RecordsPage
from rmdesk.gui.models import Column, RowTableModel
from rmdesk.gui.page import Page
from rmdesk.gui.widgets.fields import ERROR_ON_DARK, ERROR_ON_LIGHT, dark_palette, setup_table
from rmdesk.store import Document, queries

ACTION_TEXT = {  # translated where shown
    Action.LOG_MEETING: QT_TRANSLATE_NOOP("AlertsPage", "Log a meeting ›"),
    Action.EDIT_GOAL: QT_TRANSLATE_NOOP("AlertsPage", "Open the goal ›"),
    Action.ADD_EVALUATION: QT_TRANSLATE_NOOP("AlertsPage", "Enter the evaluation ›"),
    Action.EDIT_PERSON: QT_TRANSLATE_NOOP("AlertsPage", "Open the person ›"),
    Action.CONTRACT_ENDS: QT_TRANSLATE_NOOP("AlertsPage", "End the pair, find a replacement ›"),
}


def action_texts() -> dict[Action, str]:
    """Each action's words in the language rmdesk is shown in."""
    return {action: QCoreApplication.translate("AlertsPage", text) for action, text in ACTION_TEXT.items()}


class AlertModel(RowTableModel[Alert]):
    extra_roles = frozenset(
        {Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole}
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()  # what "3 weeks overdue" counts from; set with the rows
        self._urgent: tuple[QBrush, QFont] | None = None
        actions = action_texts()
        self.columns = (
            Column(
                QCoreApplication.translate("AlertsPage", "When"),
                lambda a: when(a.due, self.today),
                key=lambda a: (a.due or dt.date.max, -a.severity),
            ),
            Column(QCoreApplication.translate("AlertsPage", "Alert"), lambda a: a.message),
            Column(QCoreApplication.translate("AlertsPage", "Action"), lambda a: actions[a.action]),
        )

    def set_rows(self, rows: list[Alert]) -> None:
        self.restyle()  # the palette read again at each load
        super().set_rows(rows)

    def restyle(self) -> None:
        """Forget the urgent alerts' ink and font: the palette changed, or may have."""
        self._urgent = None

    def urgent(self) -> tuple[QBrush, QFont]:
        """The ink (readable on the present palette) and bold font of an alert needing action now,
        made once, not for every cell painted."""
        if self._urgent is None:
            font = QFont()
            font.setBold(True)
            self._urgent = (QBrush(QColor(ERROR_ON_DARK if dark_palette() else ERROR_ON_LIGHT)), font)
        return self._urgent

    def extra_data(self, row: Alert, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.message
        if role == Qt.ItemDataRole.ForegroundRole and row.severity > 1:
            return self.urgent()[0]
        if role == Qt.ItemDataRole.FontRole and row.severity > 1:
            return self.urgent()[1]
        return None


class AlertsPage(Page, Ui_RecordsPage):
    """Uses the records page form: search, a filter, a table; the buttons become "Act"."""

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.today = today  # None: the real date, read at each reload
        self.doc: Document | None = None
        self.program: Program | None = None
        self._pairs: list[queries.PairLabel] | None = None  # the forms' pair lists, read at the first act
        self.model = AlertModel(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        setup_table(self.table, (self._when_width(), 650, 170))
        self.searchEdit.setPlaceholderText(self.tr("Search alerts..."))
        self.kindFilter.addItem(self.tr("All alerts"), None)
        for action, text in action_texts().items():
            self.kindFilter.addItem(text.rstrip(" ›"), action.value)
        self.kindFilter.currentIndexChanged.connect(self.apply_filter)
        self.searchEdit.textChanged.connect(self.apply_filter)
        self.addButton.setText(self.tr("&Act on Selected"))
        self.addButton.clicked.connect(self.act_on_selected)
        self.editButton.hide()
        self.deleteButton.hide()
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._act_index)

    def _when_width(self) -> int:
        """Room for the longest "when" in the language spoken, bold as urgent ones are shown."""
        bold = QFont(self.font())
        bold.setBold(True)
        today = dt.date(2026, 1, 1)
        spans = (-13, -59, -360, 13, 59, 360)  # the longest of days, weeks and months, either way
        texts = [when(today + dt.timedelta(days=days), today) for days in spans]
        return max(QFontMetrics(bold).horizontalAdvance(text) for text in texts) + 16

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.PaletteChange:
            self.model.restyle()
        super().changeEvent(event)

    def set_document(self, doc: Document | None, program: Program | None) -> None:
        self.doc, self.program = doc, program
        self.reload()

    def reload(self) -> None:
        self._pairs = None
        if self.doc is None or self.program is None:
            self.model.set_rows([])
        else:
            today = self.today or dt.date.today()
            self.model.today = today
            self.model.set_rows(queries.program_alerts(self.doc, self.program, today))
        self.apply_filter()

    def show_changes(self, changed: dict[str, set[str]]) -> bool:
        """An alert acted on (a meeting logged, a goal updated, an evaluation added...): the alerts
        of the pairs it touched are worked out again, the program's thousands are kept."""
        doc, program, today = self.doc, self.program, self.today or dt.date.today()
        if doc is None or program is None or today != self.model.today:  # a new day: all count anew
            return False
        touched = queries.pairs_touched(doc, changed)
        if touched is None:
            return False
        if {"pairs", "participants"} & set(changed):
            self._pairs = None  # a pair or a name in the forms' lists changed
        fresh = queries.program_alerts(doc, program, today, only=touched)
        kept = [alert for alert in self.model.every_row() if alert.pair_id not in touched]
        self.model.set_rows(most_urgent_first(kept + fresh))
        self.apply_filter()
        return True

    def apply_filter(self) -> None:
        action = self.kindFilter.currentData()
        keep = None if action is None else (lambda alert: alert.action == action)
        self.model.set_filter(self.searchEdit.text(), keep)
        self.addButton.setEnabled(self.model.rowCount() > 0)

    def focus_search(self) -> None:
        self.searchEdit.setFocus()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == 2:
            self._act_index(index)

    def _act_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.act(self.model.row_at(index))

    def act_on_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.act(self.model.row_at(rows[0]))

    def open_dialog(self, dialog: QDialog) -> bool:
        """Show an action's form; tests replace it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def act(self, alert: Alert) -> None:
        doc, program = self.doc, self.program
        if doc is None or program is None:
            return
        if self._pairs is None:
            self._pairs = queries.pairs(doc, program.id)
        pairs = self._pairs
        before = doc.newest_action()
        dialog: QDialog
        if alert.action is Action.LOG_MEETING:
            dialog = MeetingDialog(doc, program, pairs, pair_id=alert.pair_id, parent=self)
        elif alert.action is Action.EDIT_GOAL:
            dialog = GoalDialog(doc, program, pairs, doc.get(Goal, alert.target_id), self)
        elif alert.action is Action.CONTRACT_ENDS:
            from rmdesk.gui.dialogs.contract_end import end_for_contract

            if end_for_contract(self, doc, program, alert.pair_id, alert.target_id):
                self.shown_after(doc, before)
            return
        elif alert.action is Action.ADD_EVALUATION:
            dialog = EvaluationDialog(
                doc, program, pairs, pair_id=alert.pair_id, stage=alert.stage, parent=self
            )
        else:
            people = queries.people(doc, program.id)
            dialog = ParticipantDialog(doc, people, program, doc.get(Participant, alert.target_id), self)
        if self.open_dialog(dialog):
            self.shown_after(doc, before)
