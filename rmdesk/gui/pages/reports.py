"""The reports page: the program report or one pair report per ticked pair, made in the background."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from rmdesk.domain.entities import Program
from rmdesk.domain.names import safe_file_stem
from rmdesk.gui.dialogs.not_opened import ResultOpener
from rmdesk.gui.dialogs.preferences import paper_size
from rmdesk.gui.forms.ui_reports_page import Ui_ReportsPage
from rmdesk.gui.page import Page
from rmdesk.gui.widgets.fields import fill_choices
from rmdesk.gui.work import LongWork, Progress
from rmdesk.store import Document, queries


@dataclass
class Outcome:
    """What an export wrote, and what the person should know about it."""

    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def write_reports(
    doc: Document,
    program: Program,
    jobs: list[tuple[str | None, Path]],
    paper: str,
    progress: Progress,
    as_of: dt.date | None = None,
) -> Outcome:
    """Write each PDF through a read-only connection of its own. A pair report that cannot be
    written is noted and the others are written; a cancel keeps what was finished (each PDF
    appears whole or not at all)."""
    from rmdesk.reports.batch import write_pair_reports
    from rmdesk.reports.program_report import write_program_report

    outcome = Outcome()
    pairs = [(pair_id, target) for pair_id, target in jobs if pair_id is not None]
    with doc.twin(readonly=True) as reader:
        for pair_id, target in jobs:
            if pair_id is None:
                written = write_program_report(
                    reader,
                    program,
                    target,
                    paper=paper,
                    today=as_of,
                    progress=lambda percent: progress(
                        percent, QCoreApplication.translate("ReportsPage", "Writing the program report...")
                    ),
                )
                outcome.written.append(written.path)
                outcome.notes += [written.note] if written.note else []
        if pairs:
            writing = QCoreApplication.translate("ReportsPage", "Writing {number} of {total}: {name}...")
            batch = write_pair_reports(
                reader,
                pairs,
                paper=paper,
                today=as_of,
                step=lambda number, total, target: progress(
                    100 * number // total, writing.format(number=number + 1, total=total, name=target.name)
                ),
            )
            outcome.written += [w.path for w in batch.written]
            outcome.notes += batch.notes
    return outcome


class ReportsPage(Page, ResultOpener, Ui_ReportsPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc: Document | None = None
        self.program: Program | None = None
        self.worker: LongWork[Outcome] | None = None
        self.written: list[Path] = []
        self.pair_ids: list[str] = []  # the list's pairs, row by row
        self.pairsList.setUniformItemSizes(True)  # one line each: no row measured alone
        fill_choices(self.paperCombo, [("A4", "A4"), ("Letter", "Letter")])
        self.paperCombo.setCurrentIndex(max(self.paperCombo.findData(paper_size()), 0))  # Preferences
        self.exportButton.clicked.connect(self.export)
        self.allButton.clicked.connect(self._tick_all)
        self.programRadio.toggled.connect(self._update)

    def set_document(self, doc: Document | None, program: Program | None) -> None:
        self.doc, self.program = doc, program
        self.pairsList.clear()
        self.pair_ids = []
        if doc is not None and program is not None:
            found = queries.started_pairs(doc, program.id)
            self.pair_ids = [pair.id for pair in found]
            statuses = {status: status.label.lower() for status in {pair.status for pair in found}}
            unticked = QListWidgetItem()
            unticked.setCheckState(Qt.CheckState.Unchecked)
            add = self.pairsList.addItem
            for pair in found:  # copies of one unticked item: a call less per pair than a new one
                item = unticked.clone()
                item.setText(f"{pair.text}  ({statuses[pair.status]})")
                add(item)
        self._update()

    def _tick_all(self) -> None:
        for row in range(self.pairsList.count()):
            self.pairsList.item(row).setCheckState(Qt.CheckState.Checked)
        self.pairsRadio.setChecked(True)

    def ticked(self) -> list[str]:
        """The ticked pairs' ids, in the list's order."""
        return [
            pair_id
            for row, pair_id in enumerate(self.pair_ids)
            if self.pairsList.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        ready = self.doc is not None and self.program is not None
        self.exportButton.setEnabled(ready and self.worker is None)
        self.pairsList.setEnabled(not self.programRadio.isChecked())
        self.allButton.setEnabled(not self.programRadio.isChecked())

    def focus_search(self) -> None:
        self.pairsList.setFocus()

    # -- entry points tests can replace
    def ask_pdf_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the program report"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def ask_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Save one PDF per pair in"))
        return Path(name) if name else None

    # -- exporting
    def jobs(self) -> list[tuple[str | None, Path]] | None:
        assert self.program is not None
        if self.programRadio.isChecked():
            target = self.ask_pdf_path(
                self.tr("{program} - program report.pdf").format(
                    program=safe_file_stem(self.program.name, fallback="Program")
                )
            )
            return [(None, target)] if target else None
        chosen = self.ticked()
        if not chosen:
            self.statusLabel.setText(self.tr("Tick the pairs to report on first (or Tick All)."))
            return None
        folder = self.ask_folder()
        if folder is None:
            return None
        from rmdesk.reports.batch import pair_files

        assert self.doc is not None
        return list(pair_files(self.doc, chosen, folder))

    def export(self) -> None:
        doc, program = self.doc, self.program
        if doc is None or program is None or self.worker is not None:
            return
        problem = self.asOfEdit.problem()
        if problem:
            self.statusLabel.setText(self.tr("Figures as of: {problem}").format(problem=problem))
            self.asOfEdit.setFocus()
            return
        as_of = self.asOfEdit.date() or dt.date.today()
        jobs = self.jobs()
        if not jobs:
            return
        paper = self.paperCombo.currentData()

        def stopped() -> None:
            self.worker = None
            done = [target for _, target in jobs if target.exists()]
            self._done(
                done, self.tr("Stopped: the reports written before you cancelled are kept."), stopped=True
            )

        self.worker = LongWork(
            self,
            self.tr("Export PDF"),
            lambda progress: write_reports(doc, program, jobs, paper, progress, as_of),
            lambda outcome: self._done(outcome.written, " ".join(outcome.notes)),
            label=self.tr("Writing the report..."),
            still_current=lambda: self.doc is doc,
            cancelled=stopped,
            always=self._finished,
        )
        self.statusLabel.setText(self.tr("Writing..."))
        self._update()
        self.worker.start()

    def _finished(self) -> None:
        self.worker = None
        if self.statusLabel.text() == self.tr(
            "Writing..."
        ):  # it failed and was told: say nothing was written
            self.statusLabel.setText(self.tr("Nothing was written."))
        self._update()

    def _done(self, written: list[Path], problem: str, *, stopped: bool = False) -> None:
        self.worker = None
        self.written = written
        where = written[0] if len(written) == 1 else (written[0].parent if written else None)
        if len(written) == 1:
            message = self.tr("Wrote 1 PDF to {where}.").format(where=where)
        elif written:
            message = self.tr("Wrote {count} PDFs to {where}.").format(count=len(written), where=where)
        else:
            message = ""
        self.statusLabel.setText(" ".join(x for x in (message, problem) if x))
        if written and not stopped and self.openCheck.isChecked():
            self.open_result(where if where is not None else written[0])
        self._update()
