"""The evaluations page: every check-in of the program's pairs, by stage and respondent."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QPushButton, QWidget

from rmdesk.domain.entities import Evaluation, Pair, PairStatus, Program, Respondent, Stage, labels
from rmdesk.gui.dialogs.evaluation import EvaluationDialog
from rmdesk.gui.models import EvaluationTableModel
from rmdesk.gui.pages.records import RecordsPage, RecordWords
from rmdesk.gui.work import LongWork, Progress
from rmdesk.store import Document, queries
from rmdesk.store.queries import EvaluationRow

if TYPE_CHECKING:
    from rmdesk.sheets.evaluations import Imported


class EvaluationsPage(RecordsPage[EvaluationRow]):
    table_name = "evaluations"

    def __init__(self, parent: QWidget | None = None):
        choices = [(QCoreApplication.translate("EvaluationsPage", "All stages"), None)] + [
            (s.label, s.value) for s in Stage
        ]
        super().__init__(
            EvaluationTableModel(), choices, (100, 300, 90, 100, 110), 0, parent, newest_first=True
        )
        self.exportButton = QPushButton(self.tr("E&xport Blank..."))
        self.importButton = QPushButton(self.tr("&Import Filled..."))
        self.exportButton.setToolTip(
            self.tr("One blank .xlsx questionnaire per active pair, to fill in offline")
        )
        self.importButton.setToolTip(self.tr("Read filled-in .xlsx questionnaires back"))
        self.exportButton.clicked.connect(self.export_blank)
        self.importButton.clicked.connect(self.import_filled)
        self.topRow.addWidget(self.exportButton)
        self.topRow.addWidget(self.importButton)

    def record_words(self) -> RecordWords:
        return RecordWords(
            add=self.tr("&Add Evaluation..."),
            search=self.tr("Search evaluations..."),
            needs_pairs=self.tr("Pair people first: evaluations belong to a pair."),
            delete=self.tr("Delete evaluation"),
        )

    # -- entry points tests can replace (dialogs)
    def ask_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Save the blank workbooks in"))
        return Path(name) if name else None

    def ask_stage(self) -> Stage | None:
        labels = [s.label for s in Stage]
        text, ok = QInputDialog.getItem(
            self, self.tr("Export blank workbooks"), self.tr("Stage:"), labels, 1, False
        )
        return list(Stage)[labels.index(text)] if ok else None

    def ask_workbooks(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import filled workbooks"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        return [Path(n) for n in names]

    def report(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def export_blank(self) -> None:
        doc, program = self.doc, self.program
        if doc is None or program is None:
            return
        active = [label for label in self.pairs if label.status is PairStatus.ACTIVE]
        if not active:
            self.report(
                self.tr("Export blank workbooks"), self.tr("There is no active pair to evaluate yet.")
            )
            return
        folder = self.ask_folder()
        stage = self.ask_stage() if folder else None
        if folder is None or stage is None:
            return

        writing = self.tr("Writing {name}...")

        def write(progress: Progress) -> list[Path]:
            from rmdesk.sheets import evaluations as sheets  # openpyxl is slow to import: not at start-up

            files = sheets.blank_file_names([(a.id, a.mentor, a.mentee) for a in active], stage)
            names = [(label.id, files[label.id]) for label in active]
            written = []
            with doc.twin(readonly=True) as reader:
                for number, (pair_id, name) in enumerate(names):
                    progress(100 * number // len(names), writing.format(name=name))
                    pair = reader.get(Pair, pair_id)
                    written.append(sheets.export_blank(reader, program, pair, stage, folder / name))
            return written

        def done(written: list[Path]) -> None:
            self.report(
                self.tr("Export blank workbooks"),
                self.tr("Wrote {count} workbooks to {folder}.").format(count=len(written), folder=folder),
            )

        LongWork(
            self, self.tr("Export blank workbooks"), write, done, still_current=lambda: self.doc is doc
        ).start()

    def import_filled(self) -> None:
        doc = self.doc
        if doc is None:
            return
        paths = self.ask_workbooks()
        if not paths:
            return

        reading = self.tr("Reading {count} workbooks...").format(count=len(paths))

        def read(progress: Progress) -> Imported:
            from rmdesk.sheets import evaluations as sheets  # openpyxl is slow to import: not at start-up

            progress(0, reading)
            with doc.twin(readonly=False) as writer:
                return sheets.import_filled(writer, paths)

        def done(result: Imported) -> None:
            doc.forget_reads()
            if result.problems:
                shown = "\n".join(result.problems[:20])
                if len(result.problems) > 20:
                    more = self.tr("... and {count} more.").format(count=len(result.problems) - 20)
                    shown += "\n" + more
                self.report(
                    self.tr("Nothing was imported"),
                    self.tr("Correct these cells and import again:") + "\n" + shown,
                )
                return
            count = len(result.evaluations)
            if result.replaced:
                told = self.tr("Imported {count} evaluations, replacing {replaced} answered before.")
            else:
                told = self.tr("Imported {count} evaluations.")
            self.report(self.tr("Import finished"), told.format(count=count, replaced=result.replaced))
            self.changed.emit()

        LongWork(
            self, self.tr("Import filled workbooks"), read, done, still_current=lambda: self.doc is doc
        ).start()

    def rows(
        self, doc: Document, program: Program, ids: Collection[str] | None = None
    ) -> list[EvaluationRow]:
        return queries.evaluations(doc, program.id, ids)

    def keep(self, choice: Any) -> Callable[[EvaluationRow], bool] | None:
        return None if choice is None else (lambda row: row.stage == choice)

    def record(self, row: EvaluationRow) -> Evaluation:
        assert self.doc is not None
        return self.doc.get(Evaluation, row.id)

    def describe(self, row: EvaluationRow) -> str:
        who = labels(Respondent).get(row.respondent, row.respondent).lower()
        return self.tr("the {stage} evaluation by the {respondent} of {pair}").format(
            stage=row.stage, respondent=who, pair=row.pair
        )

    def open_form(
        self, row: EvaluationRow | None, pair_id: str | None = None, stage: Stage | None = None
    ) -> bool:
        assert self.doc is not None and self.program is not None
        dialog = EvaluationDialog(
            self.doc,
            self.program,
            self.pairs,
            self.record(row) if row else None,
            pair_id=pair_id,
            stage=stage,
            parent=self,
        )
        return dialog.exec() == QDialog.DialogCode.Accepted
