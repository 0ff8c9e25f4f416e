"""File > Import People: a staff list in, with its columns guessed, every row checked and shown.

Reading the file, checking the rows and writing them all run off the GUI thread (a list of
50,000 people must not freeze the window); nothing is written until the officer presses Import,
and Cancel at any point leaves the document as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from rmdesk.domain import i18n
from rmdesk.domain.entities import Program, Role
from rmdesk.domain.words import plural
from rmdesk.gui.forms.ui_import_people import Ui_ImportPeopleDialog
from rmdesk.gui.widgets.fields import fill_choices, select_data
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.widgets.screen_fit import fit_to_screen
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.gui.work import LongWork, Progress
from rmdesk.sheets import people
from rmdesk.store import Document, queries

PREVIEW = (
    (QT_TRANSLATE_NOOP("ImportPeopleDialog", "Name"), lambda p: p.name),
    (QT_TRANSLATE_NOOP("ImportPeopleDialog", "Employee no."), lambda p: p.employee_no),
    (QT_TRANSLATE_NOOP("ImportPeopleDialog", "Department"), lambda p: p.department),
    (QT_TRANSLATE_NOOP("ImportPeopleDialog", "Job title"), lambda p: p.job_title),
    (QT_TRANSLATE_NOOP("ImportPeopleDialog", "Grade"), lambda p: "" if p.grade is None else str(p.grade)),
    (
        QT_TRANSLATE_NOOP("ImportPeopleDialog", "Born"),
        lambda p: "" if p.birth_year is None else str(p.birth_year),
    ),
    (QT_TRANSLATE_NOOP("ImportPeopleDialog", "Employment"), lambda p: p.employment_type.label),
    (QT_TRANSLATE_NOOP("ImportPeopleDialog", "Agency"), lambda p: p.agency),
    (QT_TRANSLATE_NOOP("ImportPeopleDialog", "Email"), lambda p: p.email),
)
SHOWN_PROBLEMS = 500


class ImportPeopleDialog(FormDialog, Ui_ImportPeopleDialog):
    subject = QT_TRANSLATE_NOOP("FormDialog", "this import")

    def __init__(self, doc: Document, program: Program | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc = doc
        self.table: people.Table | None = None
        self.plan: people.Plan | None = None
        self.path: Path | None = None
        self.checking: LongWork[Any] | None = None
        self.again = False  # the choices changed while the rows were being checked
        choices: list[tuple[str, Any]] = [(self.tr("Do not enrol them"), None)]
        choices += [(p.name, p.id) for p in queries.programs(doc)]
        fill_choices(self.programCombo, choices)
        select_data(self.programCombo, program.id if program else None)
        fill_choices(
            self.roleCombo,
            [
                (self.tr("As the Role column says (blank: not enrolled)"), None),
                (self.tr("Reverse mentors"), "mentor"),
                (self.tr("Mentees"), "mentee"),
            ],
        )
        fill_choices(
            self.duplicateCombo,
            [
                (self.tr("Update them from this list"), "update"),
                (self.tr("Skip them"), "skip"),
                (self.tr("Add them again"), "keep"),
            ],
        )
        for combo in (self.programCombo, self.roleCombo, self.duplicateCombo):
            combo.currentIndexChanged.connect(self.check)
        self.sheetCombo.activated.connect(lambda _: self.load(self.path, self.sheetCombo.currentText()))
        self.chooseButton.clicked.connect(self.choose)
        self.buttonBox.accepted.connect(self.save)
        self.fileRow.setStretch(0, 1)
        self.summaryLabel.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.summaryLabel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        for table, rows in ((self.mappingTable, 6), (self.previewTable, 5), (self.problemsList, 5)):
            table.setMinimumHeight(self.fontMetrics().lineSpacing() * (rows + 2))
        self.previewTable.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.mappingTable.verticalHeader().hide()
        self.mappingTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.previewTable.setColumnCount(len(PREVIEW))
        self.previewTable.setHorizontalHeaderLabels([self.tr(title) for title, _ in PREVIEW])
        self.previewTable.verticalHeader().hide()
        for table in (self.mappingTable, self.previewTable):
            table.resizeColumnsToContents()  # the headings whole before a file fills the rows
        self._ok().setEnabled(False)
        self._ok().setText(self.tr("Import"))
        self._show_sheets([])
        fit_to_screen(self, QSize(900, 720))

    def _ok(self) -> Any:
        return self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    # -- choosing and reading the file
    def ask_open_path(self) -> Path | None:
        """The staff list to read; tests replace it."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import people"),
            "",
            self.tr("Staff lists (*.xlsx *.csv *.txt)") + ";;" + self.tr("All files (*)"),
        )
        return Path(name) if name else None

    def choose(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.load(path)

    def load(self, path: Path | None, sheet: str | None = None) -> None:
        if path is None:
            return
        self.path = path
        reading = self.tr("Reading {name}...").format(name=path.name)
        choose = self.tr("Choose an Excel (.xlsx) or CSV staff list.")
        self.fileLabel.setText(reading)

        def read(progress: Progress) -> tuple[people.Table, list[str]]:
            progress(5, reading)
            return people.read_table(path, sheet), people.sheet_names(path)

        def failed() -> None:
            self.fileLabel.setText(choose)

        LongWork(self, self.tr("Import people"), read, self._show_table, cancelled=failed).start()

    def _show_sheets(self, names: list[str]) -> None:
        chosen = self.sheetCombo.currentText()
        self.sheetCombo.blockSignals(True)
        self.sheetCombo.clear()
        self.sheetCombo.addItems(names)
        if chosen in names:
            self.sheetCombo.setCurrentText(chosen)
        self.sheetCombo.blockSignals(False)
        self.sheetLabel.setVisible(len(names) > 1)
        self.sheetCombo.setVisible(len(names) > 1)

    def _show_table(self, read: tuple[people.Table, list[str]]) -> None:
        table, sheets = read
        self.table = table
        self._show_sheets(sheets)
        self.fileLabel.setText(
            self.tr("{sheet}: {rows} under the header on row {row}.").format(
                sheet=table.name, rows=plural(len(table.rows), "row"), row=table.header_row
            )
        )
        mapping = people.remembered_mapping(table.headers) or people.guess_mapping(table.headers)
        fields = [(self.tr("Nothing: ignore this column"), None)] + [(f.label, f.key) for f in people.FIELDS]
        self.mappingTable.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            named = header or self.tr("column {number}").format(number=column + 1)
            self.mappingTable.setItem(column, 0, _cell(header or "(" + named + ")"))
            self.mappingTable.setItem(
                column, 1, _cell(" · ".join(table.samples(column)) or self.tr("(empty)"))
            )
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What {column} holds").format(column=named))
            fill_choices(combo, fields)
            select_data(combo, mapping.get(column))
            combo.currentIndexChanged.connect(self.check)
            self.mappingTable.setCellWidget(column, 2, combo)
        self.mappingTable.resizeColumnToContents(0)
        self.mappingTable.resizeColumnToContents(2)
        self.check()

    def mapping(self) -> people.ColumnMap:
        found: people.ColumnMap = {}
        for row in range(self.mappingTable.rowCount()):
            combo = self.mappingTable.cellWidget(row, 2)
            found[row] = combo.currentData() if isinstance(combo, QComboBox) else None
        return found

    # -- checking every row
    def _choices(self) -> tuple[Program | None, Role | None, people.OnDuplicate]:
        program_id = self.programCombo.currentData()
        program = next((p for p in queries.programs(self.doc) if p.id == program_id), None)
        role = Role(self.roleCombo.currentData()) if self.roleCombo.currentData() else None
        return program, role, self.duplicateCombo.currentData()

    def check(self) -> None:
        """Check every row with the present choices, in the background; again if they change meanwhile."""
        table = self.table
        if table is None:
            return
        if self.checking is not None:
            self.again = True
            return
        mapping, (program, role, on_duplicate) = self.mapping(), self._choices()
        self._ok().setEnabled(False)
        self.summaryLabel.setText(self.tr("Checking every row..."))

        def plan(progress: Progress) -> people.Plan:
            with self.doc.twin(readonly=True) as reader:
                return people.plan_import(
                    reader,
                    table,
                    mapping,
                    program=program,
                    role=role,
                    on_duplicate=on_duplicate,
                    progress=progress,
                )

        self.checking = LongWork(
            self,
            self.tr("Import people"),
            plan,
            self._show_plan,
            label=self.tr("Checking every row..."),
            always=self._checked,
        )
        self.checking.start()

    def _checked(self) -> None:
        self.checking = None
        if self.again:
            self.again = False
            self.check()

    def _show_plan(self, plan: people.Plan) -> None:
        self.plan = plan
        shown = (plan.added + plan.updated)[:10]
        self.previewTable.setRowCount(len(shown))
        for row, person in enumerate(shown):
            for column, (_, value) in enumerate(PREVIEW):
                self.previewTable.setItem(row, column, _cell(value(person)))
        self.previewTable.resizeColumnsToContents()
        refused = plan.refused_rows
        said = i18n.current()
        self.summaryLabel.setText(
            self.tr("{added} to add, {updated} to update, {skipped} skipped as already in the file").format(
                added=plural(len(plan.added), "person", "people"),
                updated=said.number(len(plan.updated)),
                skipped=said.number(len(plan.skipped)),
            )
            + (self.tr(", {count} to enrol").format(count=said.number(len(plan.roles))) if plan.roles else "")
            + (
                self.tr(
                    ". {rows} cannot be imported (below): fix them in the file and choose it again, or "
                    "import the others now."
                ).format(rows=plural(len(refused), "row"))
                if refused
                else self.tr(". Every row can be imported.")
            )
        )
        self.problemsList.clear()
        self.problemsList.addItems([str(p) for p in plan.refused[:SHOWN_PROBLEMS]])
        if len(plan.refused) > SHOWN_PROBLEMS:
            self.problemsList.addItem(
                self.tr("... and {count} more.").format(
                    count=i18n.current().number(len(plan.refused) - SHOWN_PROBLEMS)
                )
            )
        self.problemsList.setVisible(bool(plan.refused))
        count = len(plan.added) + len(plan.updated)
        self._ok().setEnabled(count > 0)
        self._ok().setText(f"Import {plural(count, 'Person', 'People')}" if count else self.tr("Import"))

    # -- writing
    def save(self) -> None:
        plan, table = self.plan, self.table
        if plan is None or table is None or self.checking is not None:
            return
        program, _, _ = self._choices()
        mapping = self.mapping()

        def write(progress: Progress) -> str:
            with self.doc.twin(readonly=False) as writer:
                return people.apply_import(writer, plan, program, progress)

        def written(_: str) -> None:
            people.remember_mapping(table.headers, mapping)
            self.doc.forget_reads()
            self.accept()

        LongWork(
            self, self.tr("Import people"), write, written, label=self.tr("Writing the people...")
        ).start()


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(text)
    return item
