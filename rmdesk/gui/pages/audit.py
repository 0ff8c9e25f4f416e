"""The audit: who changed what and when, with the exports, restores and erasures; filtered by
person, kind and date, and exported to CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCompleter, QFileDialog, QWidget

from rmdesk.domain import i18n
from rmdesk.domain.entities import Program
from rmdesk.domain.words import plural
from rmdesk.gui.forms.ui_audit_page import Ui_AuditPage
from rmdesk.gui.models import Column, RowTableModel
from rmdesk.gui.page import Page
from rmdesk.gui.widgets.fields import setup_table
from rmdesk.gui.work import attempt
from rmdesk.store import Document, audit
from rmdesk.store.audit import Entry


class AuditModel(RowTableModel[Entry]):
    columns = (
        Column("When", lambda e: e.when, key=lambda e: e.at),
        Column("User", lambda e: e.user),
        Column("Kind", lambda e: e.kind_text),
        Column("State", lambda e: e.state_text),
        Column("What", lambda e: e.what),
    )
    extra_roles = frozenset({Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole})

    def extra_data(self, row: Entry, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.what
        if role == Qt.ItemDataRole.FontRole and row.kind in ("erase", "anonymise", "restore"):
            font = QFont()
            font.setBold(True)
            return font
        return None


class AuditPage(Page, Ui_AuditPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc: Document | None = None
        self._people: list[str | None] = [None]
        self.model = AuditModel(self)
        self.table.setModel(self.model)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        setup_table(self.table, (150, 110, 110, 130, 560))
        self.kindFilter.addItem(self.tr("All kinds"), None)
        for kind in audit.KINDS:
            self.kindFilter.addItem(audit.WORDS[kind], kind)
        self.personFilter.setMinimumContentsLength(14)
        completer = self.personFilter.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.personFilter.activated.connect(lambda _: self.reload())
        self.kindFilter.currentIndexChanged.connect(lambda _: self.reload())
        self.sinceField.dateChanged.connect(self.reload)
        self.untilField.dateChanged.connect(self.reload)
        self.searchEdit.textChanged.connect(self.apply_search)
        self.exportButton.clicked.connect(self.export)

    # -- data
    def set_document(self, doc: Document | None, program: Program | None) -> None:
        self.doc = doc
        self._fill_people()
        self.reload()

    def _fill_people(self) -> None:
        chosen = self.person_id()
        rows = (
            self.doc.conn.execute(
                "SELECT id, name, employee_no FROM participants ORDER BY name COLLATE NOCASE"
            ).fetchall()
            if self.doc is not None
            else []
        )
        self._people = [None, *(row[0] for row in rows)]  # the person of each of the combo's rows
        self.personFilter.blockSignals(True)
        self.personFilter.clear()
        self.personFilter.addItems([self.tr("Everyone"), *(f"{n} ({no})" if no else n for _, n, no in rows)])
        self.personFilter.setCurrentIndex(self._index_of(chosen))
        self.personFilter.blockSignals(False)

    def _index_of(self, person_id: str | None) -> int:
        return self._people.index(person_id) if person_id in self._people else 0

    def person_id(self) -> str | None:
        """The person chosen, or None for everyone (also while a typed name matches nobody)."""
        index = self.personFilter.findText(self.personFilter.currentText())
        return self._people[index] if 0 < index < len(self._people) else None

    def choose_person(self, person_id: str | None) -> None:
        self.personFilter.setCurrentIndex(self._index_of(person_id))
        self.reload()

    def entries(self) -> list[Entry]:
        if self.doc is None:
            return []
        kind = self.kindFilter.currentData()
        return audit.entries(
            self.doc,
            person_id=self.person_id(),
            since=self.sinceField.date(),
            until=self.untilField.date(),
            kinds=[kind] if kind else None,
        )

    def reload(self) -> None:
        self.model.set_rows(self.entries())
        self.apply_search()
        self.exportButton.setEnabled(self.doc is not None)

    def apply_search(self) -> None:
        self.model.set_filter(self.searchEdit.text())
        shown, total = self.model.rowCount(), self.model.total()
        self.countLabel.setText(
            self.tr("{shown} of {entries}").format(
                shown=i18n.current().number(shown), entries=plural(total, "entry", "entries")
            )
            if shown != total
            else plural(total, "entry", "entries")
        )

    def focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    # -- export
    def ask_csv_path(self) -> Path | None:
        """Where to write the CSV; tests replace it."""
        assert self.doc is not None
        suggested = self.doc.path.with_name(f"{self.doc.path.stem} audit.csv")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit"), str(suggested), "CSV (*.csv)"
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")

    def export(self) -> None:
        """The entries shown (filters and search applied) to a CSV file; the export is recorded."""
        doc = self.doc
        if doc is None:
            return
        path = self.ask_csv_path()
        if path is None:
            return
        shown = self.model.rows_shown()
        about = " about one person" if self.person_id() else ""

        def write() -> None:
            from rmdesk.sheets.audit_csv import write_audit

            written = write_audit(shown, path, doc.organisation().language)
            detail = (
                f"Exported the audit trail{about} ({plural(len(shown), 'entry', 'entries')}) to {written}"
            )
            audit.record(doc, "export", detail)

        if attempt(self, self.tr("Export the audit"), write):
            self.reload()
