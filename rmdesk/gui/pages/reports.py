"""The reports page: the program report or one pair report per ticked pair, made in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from rmdesk.domain.entities import PairStatus, Program
from rmdesk.gui.dialogs.not_opened import NotOpenedDialog
from rmdesk.gui.forms.ui_reports_page import Ui_ReportsPage
from rmdesk.gui.page import Page
from rmdesk.gui.widgets.fields import fill_choices
from rmdesk.gui.work import LongWork, Progress
from rmdesk.store import Document, queries
from rmdesk.store.queries import PairLabel


def write_reports(
    doc: Document, program: Program, jobs: list[tuple[str | None, Path]], paper: str, progress: Progress
) -> list[Path]:
    """Write each PDF through a read-only connection of its own; ``written`` grows as they land, so
    a cancel keeps what was finished (each PDF appears whole or not at all)."""
    from rmdesk.reports.pair_report import write_pair_report
    from rmdesk.reports.program_report import write_program_report

    written: list[Path] = []
    with doc.twin(readonly=True) as reader:
        for number, (pair_id, target) in enumerate(jobs):
            if pair_id is None:
                written.append(
                    write_program_report(
                        reader,
                        program,
                        target,
                        paper=paper,
                        progress=lambda percent: progress(percent, "Writing the program report..."),
                    )
                )
            else:
                progress(100 * number // len(jobs), f"Writing {target.name}...")
                written.append(write_pair_report(reader, pair_id, target, paper=paper))
    return written


class ReportsPage(Page, Ui_ReportsPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc: Document | None = None
        self.program: Program | None = None
        self.worker: LongWork[list[Path]] | None = None
        self.written: list[Path] = []
        self.not_opened: NotOpenedDialog | None = None  # says where the result is when it did not open
        fill_choices(self.paperCombo, [("A4", "A4"), ("Letter", "Letter")])
        self.exportButton.clicked.connect(self.export)
        self.allButton.clicked.connect(self._tick_all)
        self.programRadio.toggled.connect(self._update)

    def set_document(self, doc: Document | None, program: Program | None) -> None:
        self.doc, self.program = doc, program
        self.pairsList.clear()
        if doc is not None and program is not None:
            for label in queries.pairs(doc, program.id):
                if label.pair.status is not PairStatus.PROPOSED:
                    self._add(label)
        self._update()

    def _add(self, label: PairLabel) -> None:
        item = QListWidgetItem(f"{label.text}  ({label.pair.status.label.lower()})", self.pairsList)
        item.setData(Qt.ItemDataRole.UserRole, label)
        item.setCheckState(Qt.CheckState.Unchecked)

    def _tick_all(self) -> None:
        for row in range(self.pairsList.count()):
            self.pairsList.item(row).setCheckState(Qt.CheckState.Checked)
        self.pairsRadio.setChecked(True)

    def ticked(self) -> list[PairLabel]:
        return [
            self.pairsList.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.pairsList.count())
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
        name, _ = QFileDialog.getSaveFileName(self, "Save the program report", suggested, "PDF files (*.pdf)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def ask_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, "Save one PDF per pair in")
        return Path(name) if name else None

    def open_in_viewer(self, path: Path) -> bool:
        """Open a file or folder with the desktop's program for it; False when none did."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_result(self, path: Path) -> None:
        """Open what was written, or say where it is: a silent failure looks like a lost report."""
        if self.open_in_viewer(path):
            return
        if self.not_opened is not None:
            self.not_opened.deleteLater()
        # looked up at each click, so the folder goes through the same opener as the report
        self.not_opened = NotOpenedDialog(path, lambda folder: self.open_in_viewer(folder), self)
        self.not_opened.open()

    # -- exporting
    def jobs(self) -> list[tuple[str | None, Path]] | None:
        assert self.program is not None
        if self.programRadio.isChecked():
            target = self.ask_pdf_path(f"{self.program.name} - program report.pdf")
            return [(None, target)] if target else None
        chosen = self.ticked()
        if not chosen:
            self.statusLabel.setText("Tick the pairs to report on first (or Tick All).")
            return None
        folder = self.ask_folder()
        if folder is None:
            return None
        return [
            (label.pair.id, folder / f"{label.mentor} and {label.mentee}.pdf".replace("/", "-"))
            for label in chosen
        ]

    def export(self) -> None:
        doc, program = self.doc, self.program
        if doc is None or program is None or self.worker is not None:
            return
        jobs = self.jobs()
        if not jobs:
            return
        paper = self.paperCombo.currentData()

        def stopped() -> None:
            self.worker = None
            done = [target for _, target in jobs if target.exists()]
            self._done(done, "Stopped: the reports written before you cancelled are kept.")

        self.worker = LongWork(
            self,
            "Export PDF",
            lambda progress: write_reports(doc, program, jobs, paper, progress),
            lambda written: self._done(written, ""),
            label="Writing the report...",
            still_current=lambda: self.doc is doc,
            cancelled=stopped,
        )
        self.worker.destroyed.connect(self._finished)
        self.statusLabel.setText("Writing...")
        self._update()
        self.worker.start()

    def _finished(self) -> None:
        self.worker = None
        self._update()

    def _done(self, written: list[Path], problem: str) -> None:
        self.worker = None
        self.written = written
        where = written[0] if len(written) == 1 else (written[0].parent if written else None)
        message = f"Wrote {len(written)} PDF{'s' if len(written) != 1 else ''} to {where}." if written else ""
        self.statusLabel.setText(" ".join(x for x in (message, problem) if x))
        if written and not problem and self.openCheck.isChecked():
            self.open_result(where if where is not None else written[0])
        self._update()
