"""The agencies page: outsourced people per agency and client site, their pairs, meetings,
answers and contracts, with the contract-end step one click away, and the agency report of the
agency chosen in the filter (written in the background)."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from rmdesk.domain.entities import PairStatus, Participant, Program
from rmdesk.domain.health import when
from rmdesk.domain.names import safe_file_stem
from rmdesk.domain.words import plural
from rmdesk.gui.dialogs.contract_end import end_for_contract, find_replacement
from rmdesk.gui.dialogs.not_opened import ResultOpener
from rmdesk.gui.dialogs.participant import ParticipantDialog
from rmdesk.gui.dialogs.preferences import paper_size
from rmdesk.gui.forms.ui_records_page import Ui_RecordsPage
from rmdesk.gui.models import Column, RowTableModel
from rmdesk.gui.page import Page
from rmdesk.gui.widgets.fields import ERROR_ON_DARK, ERROR_ON_LIGHT, dark_palette, setup_table
from rmdesk.gui.work import LongWork, Progress
from rmdesk.store import Document, queries
from rmdesk.store.agencies import AgencyPerson, agency_people, summaries

if TYPE_CHECKING:
    from rmdesk.reports.layout import Written


class AgencyModel(RowTableModel[AgencyPerson]):
    extra_roles = frozenset({Qt.ItemDataRole.ForegroundRole})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()
        not_paired = QCoreApplication.translate("AgenciesPage", "Not paired")
        self.columns = (
            Column(QCoreApplication.translate("AgenciesPage", "Agency"), lambda r: r.agency),
            Column(QCoreApplication.translate("AgenciesPage", "Client site"), lambda r: r.client_site),
            Column(QCoreApplication.translate("AgenciesPage", "Name"), lambda r: r.name),
            Column(QCoreApplication.translate("AgenciesPage", "Role"), lambda r: r.role.label),
            Column(QCoreApplication.translate("AgenciesPage", "Paired with"), lambda r: r.partner),
            Column(
                QCoreApplication.translate("AgenciesPage", "Pair"),
                lambda r: r.pair_status.label if r.pair_status else not_paired,
            ),
            Column(
                QCoreApplication.translate("AgenciesPage", "Meetings"),
                lambda r: r.health.label if r.health else "",
            ),
            Column(
                QCoreApplication.translate("AgenciesPage", "Evaluations"),
                lambda r: str(r.evaluations),
                key=lambda r: r.evaluations,
                numeric=True,
            ),
            Column(
                QCoreApplication.translate("AgenciesPage", "Contract ends"),
                self.contract_text,
                key=lambda r: r.contract_end or dt.date.max,
            ),
        )
        self.before_the_end = QCoreApplication.translate("AgenciesPage", "{date}, before the program ends")

    def contract_text(self, row: AgencyPerson) -> str:
        if row.contract_end is None:
            return ""
        text = f"{row.contract_end} ({when(row.contract_end, self.today)})"
        return self.before_the_end.format(date=text) if row.ends_before_program else text

    def search_text(self, row: AgencyPerson) -> str:
        return f"{row.agency} {row.client_site} {row.name} {row.partner}"

    def extra_data(self, row: AgencyPerson, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.ends_before_program and row.pair_id:
            return QBrush(QColor(ERROR_ON_DARK if dark_palette() else ERROR_ON_LIGHT))
        return None


def write_agency_report(
    doc: Document,
    program: Program,
    agency: str,
    target: Path,
    anonymous: bool,
    as_of: dt.date,
    progress: Progress,
    *,
    paper: str = "A4",
) -> Written:
    """The agency report, read through a read-only connection of its own (on the work's thread)."""
    from rmdesk.reports import agency_report

    with doc.twin(readonly=True) as reader:
        return agency_report.write_agency_report(
            reader,
            program,
            agency,
            target,
            others_anonymous=anonymous,
            paper=paper,
            today=as_of,
            progress=lambda percent: progress(
                percent, QCoreApplication.translate("AgenciesPage", "Writing the agency report...")
            ),
        )


class AgenciesPage(Page, ResultOpener, Ui_RecordsPage):
    """Uses the records page form: search, a filter by agency, a table, two action buttons; below
    the table, the agency report of the agency chosen in the filter."""

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.today = today
        self.doc: Document | None = None
        self.program: Program | None = None
        self.model = AgencyModel(self)
        self.table.setModel(self.model)
        setup_table(self.table, (190, 160, 170, 110, 170, 120, 90, 80, 260))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.mainLayout.insertWidget(1, self.summary)
        self.searchEdit.setPlaceholderText(self.tr("Search people, agencies, sites..."))
        self.kindFilter.setAccessibleName(self.tr("Agency"))
        self.kindFilter.currentIndexChanged.connect(self.apply_filter)
        self.searchEdit.textChanged.connect(self.apply_filter)
        self.addButton.setText(self.tr("End Pair for &Contract..."))
        self.addButton.setToolTip(
            self.tr("End the selected person's pair on their contract's end date, then find a replacement")
        )
        self.editButton.setText(self.tr("Find a &Replacement..."))
        self.editButton.setToolTip(
            self.tr("Propose a new partner for the selected person, by the program's rules")
        )
        self.deleteButton.hide()
        self.addButton.clicked.connect(self.end_for_contract)
        self.editButton.clicked.connect(self.find_replacement)
        self.table.doubleClicked.connect(lambda _: self.open_person())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.worker: LongWork[Written] | None = None
        self.statusLabel = QLabel()
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.anonymousCheck = QCheckBox(self.tr("&Others as “employee of the client”"))
        self.anonymousCheck.setToolTip(
            self.tr(
                "Name only the agency's people: their partners appear as “employee of the client” and "
                "their managers are left out, so the report can be handed to the agency"
            )
        )
        self.reportButton = QPushButton(self.tr("A&gency Report..."))
        self.reportButton.setToolTip(
            self.tr("Write a PDF on the agency chosen in the filter, figures as of today")
        )
        self.reportButton.clicked.connect(self.agency_report)
        row = QHBoxLayout()
        row.addWidget(self.statusLabel, 1)
        row.addWidget(self.anonymousCheck)
        row.addWidget(self.reportButton)
        self.mainLayout.addLayout(row)

    def set_document(self, doc: Document | None, program: Program | None) -> None:
        self.doc, self.program = doc, program
        self.reload()

    def reload(self) -> None:
        today = self.today or dt.date.today()
        self.model.today = today
        rows = agency_people(self.doc, self.program, today) if self.doc and self.program else []
        chosen = self.kindFilter.currentData()
        self.kindFilter.blockSignals(True)
        self.kindFilter.clear()
        self.kindFilter.addItem(self.tr("All agencies"), None)
        for agency in sorted({r.agency for r in rows}):
            self.kindFilter.addItem(agency, agency)
        self.kindFilter.setCurrentIndex(max(self.kindFilter.findData(chosen), 0))
        self.kindFilter.blockSignals(False)
        self.model.set_rows(rows)
        self.apply_filter()

    def apply_filter(self) -> None:
        agency = self.kindFilter.currentData()
        self.model.set_filter(
            self.searchEdit.text(), None if agency is None else (lambda r: r.agency == agency)
        )
        shown = self.model.rows_shown()
        if not shown:
            self.summary.setText(
                self.tr("Nobody in this program works through an agency.") if not self.model.total() else ""
            )
        else:
            lines = []
            at_site = self.tr("<b>{agency}</b> at {site}")
            line = self.tr(
                "{who}: {people}, {paired} paired, {on_rhythm} meeting on rhythm, {ending} with a contract "
                "ending before the program ({soon} within 30 days)"
            )
            for group in summaries(shown):
                agency = html.escape(group.agency)  # names are text, never markup
                who = at_site.format(agency=agency, site=html.escape(group.client_site))
                lines.append(
                    line.format(
                        who=who if group.client_site else f"<b>{agency}</b>",
                        people=plural(group.people, "person"),
                        paired=group.paired,
                        on_rhythm=group.on_rhythm,
                        ending=group.ends_before_program,
                        soon=group.ending_within[30],
                    )
                )
            more = self.tr("... and {count} more").format(count=len(lines) - 6) if len(lines) > 6 else ""
            self.summary.setText("<br>".join(lines[:6]) + (f"<br>{more}" if more else ""))
        self._update_buttons()

    def focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    def selected(self) -> AgencyPerson | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        active = row is not None and row.pair_status is PairStatus.ACTIVE
        self.addButton.setEnabled(active and row is not None and row.contract_end is not None)
        self.editButton.setEnabled(row is not None and row.pair_id is None)
        chosen = self.kindFilter.currentData() is not None
        self.reportButton.setEnabled(chosen and self.worker is None)
        self.reportButton.setToolTip(
            self.tr("Write a PDF on the agency chosen in the filter, figures as of today")
            if chosen
            else self.tr("Choose an agency in the filter first")
        )

    # -- actions
    def open_dialog(self, dialog: QDialog) -> bool:
        """Show a form; tests replace it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_person(self) -> None:
        row, doc = self.selected(), self.doc
        if row is None or doc is None:
            return
        people = queries.people(doc, self.program.id if self.program else None)
        if self.open_dialog(ParticipantDialog(doc, people, self.program, doc.get(Participant, row.id), self)):
            self.changed.emit()

    def end_for_contract(self) -> None:
        row, doc, program = self.selected(), self.doc, self.program
        if (
            row
            and doc
            and program
            and row.pair_id
            and end_for_contract(self, doc, program, row.pair_id, row.id)
        ):
            self.changed.emit()

    def find_replacement(self) -> None:
        row, doc, program = self.selected(), self.doc, self.program
        if row and doc and program and find_replacement(self, doc, program, row.id):
            self.changed.emit()

    # -- the agency report
    def ask_pdf_path(self, suggested: str) -> Path | None:
        """Where to save the report; tests replace it."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the agency report"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def agency_report(self) -> None:
        doc, program, agency = self.doc, self.program, self.kindFilter.currentData()
        if doc is None or program is None or self.worker is not None:
            return
        if agency is None:
            self.statusLabel.setText(self.tr("Choose an agency in the filter first."))
            return
        stem = safe_file_stem(agency, fallback="Agency")
        target = self.ask_pdf_path(self.tr("{agency} - agency report.pdf").format(agency=stem))
        if target is None:
            return
        anonymous = self.anonymousCheck.isChecked()
        as_of = self.today or dt.date.today()
        paper = paper_size()  # Preferences

        def written(result: Written) -> None:
            self.statusLabel.setText(
                " ".join(
                    x
                    for x in (
                        f"Wrote {result.path} ({plural(result.pages, 'page')}, figures as of {as_of}).",
                        result.note,
                    )
                    if x
                )
            )
            self.open_result(result.path)

        self.worker = LongWork(
            self,
            self.tr("Agency Report"),
            lambda progress: write_agency_report(
                doc, program, agency, target, anonymous, as_of, progress, paper=paper
            ),
            written,
            label=self.tr("Writing the agency report..."),
            still_current=lambda: self.doc is doc and self.program is program,
            cancelled=lambda: self.statusLabel.setText(self.tr("Stopped: nothing was written.")),
            always=self._report_finished,
        )
        self.statusLabel.setText(self.tr("Writing..."))
        self._update_buttons()
        self.worker.start()

    def _report_finished(self) -> None:
        self.worker = None
        if self.statusLabel.text() == self.tr(
            "Writing..."
        ):  # it failed and was told: say nothing was written
            self.statusLabel.setText(self.tr("Nothing was written."))
        self._update_buttons()
