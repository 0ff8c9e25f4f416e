"""The meetings page: every meeting of the program's pairs, newest first."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from rmdesk.domain.entities import Meeting, MeetingMode, Program
from rmdesk.gui.dialogs.meeting import MeetingDialog
from rmdesk.gui.models import MeetingTableModel
from rmdesk.gui.pages.records import RecordsPage, RecordWords
from rmdesk.store import Document, queries
from rmdesk.store.queries import MeetingRow


class MeetingsPage(RecordsPage[MeetingRow]):
    table_name = "meetings"

    def __init__(self, parent: QWidget | None = None):
        choices = [(QCoreApplication.translate("MeetingsPage", "In person or online"), None)] + [
            (m.label, m.value) for m in MeetingMode
        ]
        super().__init__(MeetingTableModel(), choices, (100, 300, 70, 90, 260), 0, parent, newest_first=True)

    def record_words(self) -> RecordWords:
        return RecordWords(
            add=self.tr("&Log Meeting..."),
            search=self.tr("Search meetings..."),
            needs_pairs=self.tr("Pair people first: meetings belong to a pair."),
            delete=self.tr("Delete meeting"),
        )

    def rows(self, doc: Document, program: Program, ids: Collection[str] | None = None) -> list[MeetingRow]:
        return queries.meetings(doc, program.id, ids)

    def keep(self, choice: Any) -> Callable[[MeetingRow], bool] | None:
        return None if choice is None else (lambda row: row.mode == choice)

    def record(self, row: MeetingRow) -> Meeting:
        assert self.doc is not None
        return self.doc.get(Meeting, row.id)

    def describe(self, row: MeetingRow) -> str:
        return self.tr("the meeting of {pair} on {date}").format(pair=row.pair, date=row.date)

    def open_form(self, row: MeetingRow | None, pair_id: str | None = None) -> bool:
        assert self.doc is not None and self.program is not None
        dialog = MeetingDialog(
            self.doc, self.program, self.pairs, self.record(row) if row else None, pair_id, self
        )
        return dialog.exec() == QDialog.DialogCode.Accepted
