"""One form for the moves of a pair or a program: start, end early, complete, close.

Each move needs a date; ending early needs a reason; starting several pairs lets the
officer untick some; closing a program first shows what is still missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from rmdesk.domain.lifecycle import END_REASONS
from rmdesk.gui.forms.ui_pair_move import Ui_MoveDialog
from rmdesk.gui.widgets.fields import ErrorLabels, show_problems
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.widgets.screen_fit import fit_to_screen
from rmdesk.gui.words import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole


class MoveDialog(FormDialog, Ui_MoveDialog):
    subject = QT_TRANSLATE_NOOP("FormDialog", "this step")

    def __init__(
        self,
        title: str,
        intro: str,
        *,
        on: dt.date,
        ok_text: str,
        pairs: Sequence[tuple[str, str]] = (),
        notes: Sequence[str] = (),
        ask_reason: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setupUi(self)
        self.setWindowTitle(title)
        self.introLabel.setText(intro)
        for pair_id, label in pairs:
            item = QListWidgetItem(label, self.pairsList)
            item.setData(ID_ROLE, pair_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.pairsList.setVisible(len(pairs) > 1)
        if self.pairsList.count():  # as tall as its rows, up to ten; more scroll
            rows = sum(self.pairsList.sizeHintForRow(r) for r in range(min(self.pairsList.count(), 10)))
            self.pairsList.setMaximumHeight(rows + 2 * self.pairsList.frameWidth() + 2)
        self.notesList.addItems(list(notes))
        self.notesTitle.setVisible(bool(notes))
        self.notesList.setVisible(bool(notes))
        self.dateEdit.setDate(on)
        self.reasonCombo.addItems(list(END_REASONS))
        self.reasonCombo.setCurrentIndex(-1)
        if editor := self.reasonCombo.lineEdit():
            editor.setPlaceholderText(self.tr("Pick a reason or type your own"))
        self.reasonLabel.setVisible(ask_reason)
        self.reasonCombo.setVisible(ask_reason)
        self.ask_reason = ask_reason
        self.buttonBox.button(self.buttonBox.StandardButton.Ok).setText(ok_text)
        self.errors = ErrorLabels(
            {"date": self.dateEdit, "reason": self.reasonCombo, "pairs": self.pairsList}
        )
        self.dateEdit.dateChanged.connect(self.validate)
        self.reasonCombo.currentTextChanged.connect(self.validate)
        self.pairsList.itemChanged.connect(self.validate)
        self.buttonBox.accepted.connect(self.save)
        self.validate()
        fit_to_screen(self, self._wanted(notes))
        if not pairs:
            self.dateEdit.setFocus()  # the one thing to fill in (or check) first

    def _wanted(self, notes: Sequence[str]) -> QSize:
        """Wide enough for the longest note on one line (within reason), so the list reads as a list."""
        wanted = self.sizeHint()
        if notes:
            longest = max(self.notesList.fontMetrics().horizontalAdvance(note) for note in notes)
            wanted.setWidth(max(wanted.width(), min(longest + 80, 760)))
        return wanted

    def chosen(self) -> list[str]:
        """The ids of the ticked pairs (all of them when there was only one to choose)."""
        items = [self.pairsList.item(row) for row in range(self.pairsList.count())]
        return [str(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def date(self) -> dt.date | None:
        return self.dateEdit.date()

    def reason(self) -> str:
        return self.reasonCombo.currentText().strip()

    def validate(self) -> bool:
        problems = {}
        if problem := self.dateEdit.problem():
            problems["date"] = problem
        if self.ask_reason and not self.reason():
            problems["reason"] = self.tr("Say why the pair ends early.")
        if self.pairsList.count() > 1 and not self.chosen():
            problems["pairs"] = self.tr("Tick at least one pair.")
        return show_problems(self, self.errors, problems)

    def save(self) -> None:
        if self.validate():
            self.accept()
