"""The optimiser's proposals with their reasons; the officer ticks the ones to accept."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from rmdesk.domain.words import plural, points
from rmdesk.gui.forms.ui_suggestions import Ui_SuggestionsDialog
from rmdesk.gui.widgets.screen_fit import fit_to_screen
from rmdesk.matching.proposals import Proposal, Suggestion


class SuggestionsDialog(QDialog, Ui_SuggestionsDialog):
    def __init__(self, result: Suggestion, names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.suggestion = result
        count = len(result.proposals)
        self.summaryLabel.setText(
            self.tr(
                "{pairs} proposed, total score {score}. Untick any you do not want; nothing is saved "
                "until you press Accept."
            ).format(pairs=plural(count, "pair"), score=points(result.total))
            if count
            else self.tr("No pair can be proposed with the current rules. The reasons are listed below.")
        )
        self.proposalsTable.setRowCount(count)
        for row, proposal in enumerate(result.proposals):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
            self.proposalsTable.setItem(row, 0, check)
            warned = self.tr("warning: {reason}")
            why = "; ".join([*proposal.reasons, *(warned.format(reason=w) for w in proposal.warnings)])
            for column, text in enumerate(
                (proposal.mentor.name, proposal.mentee.name, points(proposal.score), why), start=1
            ):
                item = QTableWidgetItem(text)
                item.setToolTip("\n".join([*proposal.reasons, *proposal.warnings]) if column == 4 else text)
                self.proposalsTable.setItem(row, column, item)
        header = self.proposalsTable.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.unpairedList.addItems([f"{names.get(i, i)}: {why}" for i, why in result.unpaired.items()])
        self.unpairedLabel.setVisible(bool(result.unpaired))
        self.unpairedList.setVisible(bool(result.unpaired))
        self.checkAllButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.checkNoneButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Accept ticked pairs"))
        self.proposalsTable.itemChanged.connect(self._update_ok)
        self._update_ok()
        fit_to_screen(self, QSize(900, 560))

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.proposalsTable.rowCount()):
            self.proposalsTable.item(row, 0).setCheckState(state)  # type: ignore[union-attr]

    def chosen(self) -> list[Proposal]:
        return [
            proposal
            for row, proposal in enumerate(self.suggestion.proposals)
            if self.proposalsTable.item(row, 0).checkState() == Qt.CheckState.Checked  # type: ignore[union-attr]
        ]

    def _update_ok(self) -> None:
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))
