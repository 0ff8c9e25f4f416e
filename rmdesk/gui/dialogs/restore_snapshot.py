"""The snapshots of the open file with what each holds, so the right copy is brought back."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from rmdesk.domain import i18n
from rmdesk.gui.forms.ui_restore_snapshot import Ui_RestoreSnapshotDialog
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.store import snapshots
from rmdesk.store.keys import Secret
from rmdesk.store.snapshots import Contents, Snapshot

KEPT = QT_TRANSLATE_NOOP(
    "RestoreSnapshotDialog",
    "The current file is kept as a snapshot first, so you can come back to it the same way.",
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CLIENT_AT_LEAST = 120  # pixels


def read_contents(found: Sequence[Snapshot], passphrase: Secret) -> list[Contents]:
    """What each snapshot holds, under a wait cursor: an encrypted copy takes a moment to unlock."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return [snapshots.describe(snap, passphrase) for snap in found]
    finally:
        QGuiApplication.restoreOverrideCursor()


def taken_text(contents: Contents) -> str:
    """When the copy was taken; and from where, when that was another file with the same id (a copy
    made outside rmdesk)."""
    snapshot = contents.snapshot
    label = snapshot.label
    if snapshot.before_restore:
        label = QCoreApplication.translate("RestoreSnapshotDialog", "{label} (before a restore)").format(
            label=label
        )
    if snapshot.elsewhere:
        return QCoreApplication.translate("RestoreSnapshotDialog", "{label}, from {file}").format(
            label=label, file=snapshot.elsewhere
        )
    return label


def last_change_text(contents: Contents) -> str:
    """The newest action and when; the date only when it is not the day the copy was taken."""
    when = contents.last_change_at
    if not contents.last_change or when is None:
        return contents.last_change_text
    same_day = when.date() == contents.snapshot.taken.date()
    return f"{contents.last_change} ({when:%H:%M})" if same_day else contents.last_change_text


class RestoreSnapshotDialog(QDialog, Ui_RestoreSnapshotDialog):
    """One row per snapshot, in the order given (newest first); Restore needs a readable row."""

    def __init__(self, contents: Sequence[Contents], file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.contents = list(contents)
        self.file_name = file_name
        self.restoreButton = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.restoreButton.setText(self.tr("&Restore"))
        self.restoreButton.setToolTip(
            self.tr("Replace {name} with the selected copy.").format(name=file_name) + " " + self.tr(KEPT)
        )
        self.snapshotsTable.setRowCount(len(self.contents))
        for row, item in enumerate(self.contents):
            self._fill(row, item)
        self.snapshotsTable.itemSelectionChanged.connect(self._update)
        self.snapshotsTable.itemDoubleClicked.connect(self._restore_on_double_click)
        self._update()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column whole when the screen allows; otherwise the client's name (the same in
        every row of one file) gives way first, so the last change stays readable."""
        table = self.snapshotsTable
        header = table.horizontalHeader()
        wanted = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(6)]
        margins = self.mainLayout.contentsMargins()
        chrome = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        chrome += margins.left() + margins.right()
        room = self.screen().availableGeometry().width() * 19 // 20 - chrome
        overflow = sum(wanted) - room
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, max(CLIENT_AT_LEAST, wanted[1] - max(overflow, 0)))
        self.resize(max(640, min(sum(wanted), room) + chrome), 420)

    def _fill(self, row: int, contents: Contents) -> None:
        cells = [taken_text(contents)]
        if contents.readable:
            cells += [
                contents.organisation or self.tr("Not set"),
                i18n.current().number(contents.people),
                i18n.current().number(contents.pairs),
                i18n.current().number(contents.programs),
                last_change_text(contents),
            ]
        else:
            cells.append(contents.problem)
            self.snapshotsTable.setSpan(row, 1, 1, 5)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(str(contents.snapshot.path) if column == 0 else text)
            if column in (2, 3, 4) and contents.readable:
                item.setTextAlignment(RIGHT)
            if not contents.readable:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # shown greyed out, cannot be chosen
            self.snapshotsTable.setItem(row, column, item)

    def _restore_on_double_click(self) -> None:
        if self.chosen() is not None:
            self.accept()

    def chosen(self) -> int | None:
        """The selected row, when it is a copy that can be read."""
        rows = {index.row() for index in self.snapshotsTable.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return row if self.contents[row].readable else None

    def _update(self) -> None:
        row = self.chosen()
        self.restoreButton.setEnabled(row is not None)
        if row is None:
            self.keptLabel.setText(self.tr("Select the copy to restore.") + " " + self.tr(KEPT))
            return
        picked = self.contents[row]
        self.keptLabel.setText(
            self.tr("Restore replaces {name} with the copy taken {when} ({holds}).").format(
                name=self.file_name, when=picked.snapshot.label, holds=picked.holds
            )
            + " "
            + self.tr(KEPT)
        )
