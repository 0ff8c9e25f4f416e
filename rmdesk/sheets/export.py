"""Everything out: participants, enrolments, pairs, goals, meetings and evaluations, as one Excel
workbook with a sheet each or as CSV files.

Each list has typed columns (numbers as numbers, dates as real dates, yes/no as TRUE/FALSE),
names where a person reads them (the pair's mentor and mentee, the program) and the ids in their
own columns at the end, so files can be matched by scripts. Anonymised, names and contact details
give way to pseudonyms ("Participant 0042"), the same for one person in every list, and free text
that may name people is left out. Every cell goes through ``safe``; files are written beside the
target under a partial name and renamed only when complete, so a failure or Cancel leaves none.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmdesk.domain import i18n
from rmdesk.domain.entities import (
    Enrolment,
    Evaluation,
    Goal,
    Meeting,
    Pair,
    Participant,
    Program,
    Stage,
)
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from rmdesk.domain.lifecycle import COMPLETED_AT_CLOSE, END_REASONS
from rmdesk.domain.templates import Questionnaire
from rmdesk.domain.words import plural
from rmdesk.sheets import safe
from rmdesk.store.document import Document
from rmdesk.store.errors import DocumentError

Progress = Callable[[int, str], None]  # percent done, what is happening; raises Cancelled to stop
Rows = Callable[[int, str], None]  # rows written so far, what is happening; may raise Cancelled
KINDS = ("participants", "enrolments", "pairs", "goals", "meetings", "evaluations")
SUFFIXES = (".xlsx", ".csv")
NOUNS = {
    "participants": "participant",
    "enrolments": "enrolment",
    "pairs": "pair",
    "goals": "goal",
    "meetings": "meeting",
    "evaluations": "evaluation",
}
WRITING = {  # what the progress says while a list is written, in the language of the person waiting
    "participants": QT_TRANSLATE_NOOP("Export", "Writing participants..."),
    "enrolments": QT_TRANSLATE_NOOP("Export", "Writing enrolments..."),
    "pairs": QT_TRANSLATE_NOOP("Export", "Writing pairs..."),
    "goals": QT_TRANSLATE_NOOP("Export", "Writing goals..."),
    "meetings": QT_TRANSLATE_NOOP("Export", "Writing meetings..."),
    "evaluations": QT_TRANSLATE_NOOP("Export", "Writing evaluations..."),
}
ANONYMOUS_REASONS = {*END_REASONS, COMPLETED_AT_CLOSE}  # chosen from a list: they name nobody
WIDEST, SAMPLE = 60, 300  # column widths in characters, from the header and the first rows
STEP = 500  # rows between progress reports


class ExportRefused(DocumentError):
    """An export that cannot be written; the message says why and what to do."""


@dataclass(frozen=True)
class Column:
    title: str
    type: type = str  # str, int, float, bool or dt.date: how the cell is written
    note: str = ""  # shown as the header cell's comment in the workbook


@dataclass
class Table:
    """One list as it is written: a sheet of the workbook, or one CSV file."""

    kind: str
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)


@dataclass
class Exported:
    paths: list[Path]
    counts: dict[str, int]  # rows per kind
    anonymised: bool

    def summary(self) -> str:
        """ "60 participants, 23 pairs and 81 meetings", in the language spoken."""
        parts = [plural(count, NOUNS[kind]) for kind, count in self.counts.items()]
        if len(parts) == 1:
            return parts[0]
        return translate("Export", "{some} and {last}").format(some=", ".join(parts[:-1]), last=parts[-1])


def export_all(
    doc: Document,
    path: Path | str,
    *,
    what: str | None = None,
    anonymise: bool = False,
    progress: Progress | None = None,
) -> Exported:
    """Write ``what`` (one of :data:`KINDS`; None for all of them) from ``doc`` to ``path``.

    ``path`` ending in .xlsx: one workbook, a sheet per list. Ending in .csv: that file for one
    list; for all of them, one file per list beside it, named ``NAME-participants.csv`` and so on.
    ``progress(percent, text)`` may raise ``Cancelled``: then no file is left behind.
    """
    path = Path(path)
    report = progress or (lambda percent, text: None)
    kinds = _kinds(what)
    targets = _targets(doc, path, kinds)
    report(0, translate("Export", "Reading the file..."))
    tables = read_tables(doc, kinds, anonymise=anonymise)
    partials = {target: target.with_name(f".{target.name}.partial") for target in targets}
    try:
        if path.suffix.lower() == ".xlsx":
            write_workbook(tables, partials[path], _share(report, tables))
        else:
            total, done = sum(len(t.rows) for t in tables) or 1, 0
            for target, table in zip(targets, tables, strict=True):
                write_csv(table, partials[target], _share(report, tables, done, total))
                done += len(table.rows)
        report(
            99, translate("Export", "Saving...")
        )  # the last moment Cancel is heard: after it the files are in place
        for target, partial in partials.items():
            os.replace(partial, target)
    except OSError as error:
        raise _unwritable(path, error) from None
    finally:
        for partial in partials.values():
            partial.unlink(missing_ok=True)
    return Exported(targets, {t.kind: len(t.rows) for t in tables}, anonymise)


def _kinds(what: str | None) -> list[str]:
    if what is None:
        return list(KINDS)
    if what not in KINDS:
        raise ExportRefused(
            translate("Export", "There is no list called {name}; choose one of {lists}.").format(
                name=repr(what), lists=", ".join(KINDS)
            )
        )
    return [what]


def _targets(doc: Document, path: Path, kinds: Sequence[str]) -> list[Path]:
    """The files an export writes, after refusing the targets that cannot work."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportRefused(
            translate(
                "Export", "{name} is neither .xlsx nor .csv; give the file one of those endings to export."
            ).format(name=path.name)
        )
    if not path.parent.is_dir():
        raise ExportRefused(
            translate("Export", "The folder {folder} does not exist; create it or choose another.").format(
                folder=path.parent
            )
        )
    if suffix == ".xlsx" or len(kinds) == 1:
        targets = [path]
    else:
        targets = [path.with_name(f"{path.stem}-{kind}{path.suffix}") for kind in kinds]
    for target in targets:
        if target.is_dir():
            raise ExportRefused(
                translate("Export", "{path} is a folder; choose a file name to export to.").format(
                    path=target
                )
            )
        if target.exists() and target.resolve() == doc.path.resolve():
            raise ExportRefused(
                translate("Export", "{name} is the program file itself; choose another name.").format(
                    name=target.name
                )
            )
    return targets


def _unwritable(path: Path, error: OSError) -> ExportRefused:
    where = Path(error.filename).name if error.filename else path.name
    if isinstance(error, PermissionError):
        return ExportRefused(
            translate(
                "Export",
                "{name} could not be written: it may be open in another program or the folder may be "
                "read-only; close it or choose another folder.",
            ).format(name=where.removeprefix(".").removesuffix(".partial"))
        )
    return ExportRefused(
        translate("Export", "The export could not be written to {folder} ({problem}).").format(
            folder=path.parent, problem=error.strerror or error
        )
    )


def _share(report: Progress, tables: Sequence[Table], done: int = 0, total: int | None = None) -> Rows:
    """Progress over all rows of the export, from 10 % (reading is done) to 99 %."""
    whole = total or sum(len(t.rows) for t in tables) or 1

    def step(rows: int, text: str) -> None:
        report(10 + 89 * (done + rows) // whole, text)

    return step


# ---------------------------------------------------------------- reading


def read_tables(doc: Document, kinds: Iterable[str] = KINDS, *, anonymise: bool = False) -> list[Table]:
    """The lists to export, read in one transaction so they agree with each other: sheet names,
    headers and the words in the cells (statuses, roles) in the file's language."""
    own = not doc.conn.in_transaction
    if own:
        doc.conn.execute("BEGIN")
    try:
        with i18n.speaking(doc.organisation().language):
            return _Reader(doc, anonymise).tables(list(kinds))
    finally:
        if own:
            doc.conn.execute("COMMIT")


class _Reader:
    def __init__(self, doc: Document, anonymise: bool):
        self.doc, self.anonymise = doc, anonymise
        self.programs = {p.id: p for p in doc.all(Program, order_by="start_date, name")}
        names = dict(doc.conn.execute("SELECT id, name FROM participants").fetchall())
        if anonymise:  # numbered in the order of their random ids: it says nothing about the person
            width = max(4, len(str(len(names))))
            pseudonym = translate("Export", "Participant {number}")
            names = {pid: pseudonym.format(number=f"{n:0{width}d}") for n, pid in enumerate(sorted(names), 1)}
        self.names: dict[str, str] = names
        self._pairs: dict[str, Pair] | None = None

    @property
    def pairs(self) -> dict[str, Pair]:
        if self._pairs is None:
            self._pairs = {p.id: p for p in self.doc.all(Pair)}
        return self._pairs

    def tables(self, kinds: list[str]) -> list[Table]:
        build = {
            "participants": self.participants,
            "enrolments": self.enrolments,
            "pairs": self.pair_rows,
            "goals": self.goals,
            "meetings": self.meetings,
            "evaluations": self.evaluations,
        }
        return [build[kind]() for kind in kinds]

    def name(self, person_id: str | None) -> str:
        return self.names.get(person_id, "") if person_id else ""

    def program(self, program_id: str) -> str:
        program = self.programs.get(program_id)
        return program.name if program else ""

    def pair_columns(self, pair_id: str) -> list[Any]:
        """Program, mentor and mentee of a pair, as the lists about pairs start."""
        pair = self.pairs.get(pair_id)
        if pair is None:
            return ["", "", ""]
        return [self.program(pair.program_id), self.name(pair.mentor_id), self.name(pair.mentee_id)]

    def private(self, text: str) -> str:
        """Free text that may name people: left out of an anonymised export."""
        return "" if self.anonymise else text

    def participants(self) -> Table:
        table = Table(
            "participants",
            translate("Export", "Participants"),
            [
                Column(translate("Export", "Name")),
                Column(translate("Export", "Employee no.")),
                Column(translate("Export", "Email")),
                Column(translate("Export", "Department")),
                Column(translate("Export", "Job title")),
                Column(translate("Export", "Grade"), int),
                Column(translate("Export", "Birth year"), int),
                Column(translate("Export", "Generation")),
                Column(translate("Export", "Manager")),
                Column(translate("Export", "Location")),
                Column(translate("Export", "Languages")),
                Column(translate("Export", "Employment")),
                Column(translate("Export", "Agency")),
                Column(translate("Export", "Client site")),
                Column(translate("Export", "Contract end"), dt.date),
                Column(translate("Export", "Performance"), int, translate("Export", "1 low to 3 high")),
                Column(translate("Export", "Potential"), int, translate("Export", "1 low to 3 high")),
                Column(
                    translate("Export", "Topics offered"), note=translate("Export", "Topic (level 1 to 5)")
                ),
                Column(
                    translate("Export", "Topics wanted"), note=translate("Export", "Topic (level 1 to 5)")
                ),
                Column(translate("Export", "Consent date"), dt.date),
                Column(translate("Export", "Archived"), bool),
                Column(translate("Export", "Notes")),
                Column(translate("Export", "Participant ID")),
                Column(translate("Export", "Manager ID")),
            ],
        )
        hide = self.anonymise
        for p in self.doc.all(Participant):
            table.rows.append(
                [
                    self.name(p.id),
                    "" if hide else p.employee_no,
                    "" if hide else p.email,
                    p.department,
                    p.job_title,
                    p.grade,
                    p.birth_year,
                    p.generation,
                    self.name(p.manager_id),
                    p.location,
                    ", ".join(p.languages),
                    p.employment_type.label,
                    p.agency,
                    p.client_site,
                    p.contract_end,
                    p.performance,
                    p.potential,
                    _levels(p.topics_offered),
                    _levels(p.topics_wanted),
                    p.consent_date,
                    p.archived,
                    self.private(p.notes),
                    p.id,
                    p.manager_id or "",
                ]
            )
        table.rows.sort(key=lambda row: _order(row[0]))
        return table

    def enrolments(self) -> Table:
        table = Table(
            "enrolments",
            translate("Export", "Enrolments"),
            [
                Column(translate("Export", "Program")),
                Column(translate("Export", "Participant")),
                Column(translate("Export", "Role")),
                Column(translate("Export", "Enrolment ID")),
                Column(translate("Export", "Program ID")),
                Column(translate("Export", "Participant ID")),
            ],
        )
        for e in self.doc.all(Enrolment):
            table.rows.append(
                [
                    self.program(e.program_id),
                    self.name(e.participant_id),
                    e.role.label,
                    e.id,
                    e.program_id,
                    e.participant_id,
                ]
            )
        table.rows.sort(key=lambda row: (_order(row[0]), _order(row[1])))
        return table

    def pair_rows(self) -> Table:
        table = Table(
            "pairs",
            translate("Export", "Pairs"),
            [
                Column(translate("Export", "Program")),
                Column(translate("Export", "Reverse mentor")),
                Column(translate("Export", "Mentee")),
                Column(translate("Export", "Status")),
                Column(translate("Export", "Started"), dt.date),
                Column(translate("Export", "Ended"), dt.date),
                Column(translate("Export", "End reason")),
                Column(translate("Export", "Score"), float),
                Column(translate("Export", "Locked"), bool),
                Column(translate("Export", "Meetings"), int),
                Column(translate("Export", "Last meeting"), dt.date),
                Column(translate("Export", "Goals"), int),
                Column(
                    translate("Export", "Why this pair"),
                    note=translate("Export", "The matching's reasons and warnings"),
                ),
                Column(translate("Export", "Pair ID")),
                Column(translate("Export", "Program ID")),
                Column(translate("Export", "Mentor ID")),
                Column(translate("Export", "Mentee ID")),
            ],
        )
        met = {
            pair_id: (count, _date(last))
            for pair_id, count, last in self.doc.conn.execute(
                "SELECT pair_id, count(*), max(date) FROM meetings GROUP BY pair_id"
            )
        }
        goals = dict(self.doc.conn.execute("SELECT pair_id, count(*) FROM goals GROUP BY pair_id").fetchall())
        for p in self.pairs.values():
            count, last = met.get(p.id, (0, None))
            reason = p.end_reason
            if self.anonymise and reason and reason not in ANONYMOUS_REASONS:
                reason = translate("Export", "Other")
            table.rows.append(
                [
                    *self.pair_columns(p.id),
                    p.status.label,
                    p.started_on,
                    p.ended_on,
                    reason,
                    p.score,
                    p.locked,
                    count,
                    last,
                    goals.get(p.id, 0),
                    self.private("; ".join(p.explanation)),
                    p.id,
                    p.program_id,
                    p.mentor_id,
                    p.mentee_id,
                ]
            )
        table.rows.sort(key=lambda row: (_order(row[0]), _order(row[1]), _order(row[2])))
        return table

    def goals(self) -> Table:
        table = Table(
            "goals",
            translate("Export", "Goals"),
            [
                Column(translate("Export", "Program")),
                Column(translate("Export", "Reverse mentor")),
                Column(translate("Export", "Mentee")),
                Column(translate("Export", "Topic")),
                Column(translate("Export", "Goal")),
                Column(translate("Export", "Measure")),
                Column(translate("Export", "Target date"), dt.date),
                Column(translate("Export", "Status")),
                Column(translate("Export", "Progress %"), int),
                Column(translate("Export", "Goal ID")),
                Column(translate("Export", "Pair ID")),
            ],
        )
        for g in self.doc.all(Goal):
            table.rows.append(
                [
                    *self.pair_columns(g.pair_id),
                    g.topic,
                    g.specific,
                    g.measure,
                    g.target_date,
                    g.status.label,
                    g.progress,
                    g.id,
                    g.pair_id,
                ]
            )
        table.rows.sort(key=lambda row: (_order(row[0]), _order(row[1]), _order(row[2]), _day(row[6])))
        return table

    def meetings(self) -> Table:
        table = Table(
            "meetings",
            translate("Export", "Meetings"),
            [
                Column(translate("Export", "Program")),
                Column(translate("Export", "Reverse mentor")),
                Column(translate("Export", "Mentee")),
                Column(translate("Export", "Date"), dt.date),
                Column(translate("Export", "Minutes"), int),
                Column(translate("Export", "Mode")),
                Column(translate("Export", "Topics")),
                Column(translate("Export", "Goals worked on")),
                Column(translate("Export", "Notes")),
                Column(translate("Export", "Meeting ID")),
                Column(translate("Export", "Pair ID")),
            ],
        )
        goal_topics = dict(self.doc.conn.execute("SELECT id, topic FROM goals").fetchall())
        for m in self.doc.all(Meeting):
            table.rows.append(
                [
                    *self.pair_columns(m.pair_id),
                    m.date,
                    m.duration_min,
                    m.mode.label,
                    ", ".join(m.topics),
                    ", ".join(goal_topics.get(g, "") for g in m.goal_ids),
                    self.private(m.notes),
                    m.id,
                    m.pair_id,
                ]
            )
        table.rows.sort(key=lambda row: (_order(row[0]), _order(row[1]), _order(row[2]), _day(row[3])))
        return table

    def evaluations(self) -> Table:
        found = self.doc.all(Evaluation)
        questions: dict[str, str] = {}  # key -> statement, in the questionnaires' order
        for program in self.programs.values():
            for item in Questionnaire.of(program.settings).items:
                questions.setdefault(item.key, item.text)
        keys = list(questions) + sorted({k for e in found for k in e.answers} - questions.keys())
        topics: dict[str, None] = {}
        for program in self.programs.values():
            topics.update(dict.fromkeys(program.topics))
        topics.update(dict.fromkeys(sorted({t for e in found for t in e.confidence} - topics.keys())))
        confidence = translate("Export", "Confidence: {topic}")
        fully = translate("Export", "1 not at all to 5 fully")
        table = Table(
            "evaluations",
            translate("Export", "Evaluations"),
            [
                Column(translate("Export", "Program")),
                Column(translate("Export", "Reverse mentor")),
                Column(translate("Export", "Mentee")),
                Column(translate("Export", "Stage")),
                Column(translate("Export", "Respondent")),
                Column(translate("Export", "Date"), dt.date),
                *(Column(key, int, questions.get(key, "")) for key in keys),
                *(Column(confidence.format(topic=topic), int, fully) for topic in topics),
                Column(translate("Export", "Comments")),
                Column(translate("Export", "Evaluation ID")),
                Column(translate("Export", "Pair ID")),
            ],
        )
        stages = {stage: number for number, stage in enumerate(Stage)}
        order: list[tuple[Any, ...]] = []
        for e in found:
            row = [
                *self.pair_columns(e.pair_id),
                e.stage.label,
                e.respondent.label,
                e.date,
                *(e.answers.get(key) for key in keys),
                *(e.confidence.get(topic) for topic in topics),
                self.private(e.comments),
                e.id,
                e.pair_id,
            ]
            order.append((_order(row[0]), _order(row[1]), _order(row[2]), stages[e.stage], row[4]))
            table.rows.append(row)
        table.rows = [row for _, row in sorted(zip(order, table.rows, strict=True), key=lambda x: x[0])]
        return table


def _levels(levels: dict[str, int]) -> str:
    return ", ".join(f"{topic} ({level})" for topic, level in levels.items())


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _order(text: str) -> str:
    return text.casefold()


def _day(value: dt.date | None) -> dt.date:
    return value or dt.date.min


# ---------------------------------------------------------------- writing


def write_workbook(tables: Sequence[Table], path: Path, progress: Rows | None = None) -> Path:
    """``tables`` as one workbook at ``path``, a sheet each (openpyxl write-only: rows stream to disk).

    Header row bold, frozen and filtered; widths from the header and the first rows."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    report = progress or (lambda rows, text: None)
    bold = Font(bold=True)
    book = openpyxl.Workbook(write_only=True)
    done = 0
    try:
        for table in tables:
            sheet = book.create_sheet(safe.sheet_title(table.title, book.sheetnames))
            letters = [get_column_letter(n) for n in range(1, len(table.columns) + 1)]
            for letter, width in zip(letters, _widths(table), strict=True):
                sheet.column_dimensions[letter].width = width
            sheet.freeze_panes = "A2"  # before the first row: write-only sheets write their top first
            header = []
            for column in table.columns:
                cell = WriteOnlyCell(sheet, safe.clean(column.title))
                cell.data_type, cell.font = "s", bold
                if column.note:
                    cell.comment = Comment(safe.clean(column.note), "rmdesk", width=260, height=80)
                header.append(cell)
            sheet.append(header)
            texts = [i for i, column in enumerate(table.columns) if column.type is str]
            for number, row in enumerate(table.rows):
                if number % STEP == 0:
                    report(done + number, _writing(table))
                values = list(row)
                for i in texts:
                    text = values[i]
                    values[i] = safe.text_cell(sheet, text) if text else None  # no empty cells written
                sheet.append(values)
            done += len(table.rows)
            sheet.auto_filter.ref = f"A1:{letters[-1]}{len(table.rows) + 1}"
        book.save(path)
    except BaseException:
        _discard(book)
        raise
    return path


def _writing(table: Table) -> str:
    """What the progress says while ``table`` is written (its title is in the file's language)."""
    kind = WRITING.get(table.kind)
    return translate("Export", kind) if kind else f"{table.title}..."


def _discard(book: Any) -> None:
    """Close a write-only workbook that will not be saved and remove its sheets' temporary files."""
    for sheet in book.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        try:
            if not sheet.closed:
                sheet.close()
            writer.cleanup()
        except Exception:  # tidying after a failure must not hide the failure
            pass


def _widths(table: Table) -> list[int]:
    """Each column as wide as its header (and filter button) or its widest value in the first rows."""
    widths = []
    sample = table.rows[:SAMPLE]
    for i, column in enumerate(table.columns):
        if column.type is dt.date:
            value_width = 11
        elif column.type is bool:
            value_width = 7
        else:
            value_width = max((_shown(row[i]) for row in sample), default=0)
        widths.append(min(WIDEST, max(_shown(column.title) + 4, value_width + 2)))
    return widths


def _shown(value: Any) -> int:
    """Roughly how many character widths ``value`` takes in a cell (East Asian wide ones count 2)."""
    if value is None:
        return 0
    text = value if isinstance(value, str) else str(value)
    if text.isascii() or len(text) > WIDEST * 2:
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_csv(table: Table, path: Path, progress: Rows | None = None) -> Path:
    """``table`` as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), comma-separated,
    dates as YYYY-MM-DD, yes/no as TRUE/FALSE, text that a spreadsheet would run neutralised."""
    report = progress or (lambda rows, text: None)
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow([safe.csv_field(column.title) for column in table.columns])
        for number, row in enumerate(table.rows):
            if number % STEP == 0:
                report(number, _writing(table))
            writer.writerow([_csv_value(value) for value in row])
    return path


def _csv_value(value: Any) -> Any:
    if isinstance(value, str):
        return safe.csv_field(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else value
