"""Staff lists in from Excel and CSV: find the header, guess what each column holds, check every
row, then add or update the people in one step.

Nothing is written until every row has been read and checked: the officer sees each refused
row (its number, its column, what is wrong) and imports the good rows or nothing. One import
is one transaction and one undo step.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from rmdesk.domain.dates import from_excel, read_date
from rmdesk.domain.entities import EmploymentType, Enrolment, Participant, Program, Role
from rmdesk.domain.org_chart import describe_loop, manager_loop
from rmdesk.domain.validation import check_contract, check_participant
from rmdesk.domain.words import plural
from rmdesk.sheets.files import UNPACKED_LIMIT, SpreadsheetRefused, kind_of, open_workbook, read_text
from rmdesk.store.document import Document
from rmdesk.store.paths import data_dir

Progress = Callable[[int, str], None]
OnDuplicate = Literal["update", "skip", "keep"]


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    headers: tuple[str, ...]  # header names it is known by, in English and Bahasa Indonesia


# field: (label, the header names it is known by, in English and Bahasa Indonesia)
KNOWN_HEADERS = {
    "name": ("Full name", "name, full name, employee name, nama, nama lengkap, nama karyawan"),
    "first_name": ("First name", "first, first name, given name, forename, nama depan"),
    "middle_name": ("Middle name", "middle, middle name, mi, middle initial, nama tengah"),
    "last_name": ("Last name", "last, last name, surname, family name, nama belakang"),
    "employee_no": (
        "Employee no.",
        "employee no, empl no, emp no, employee number, employee id, emp id, staff id, staff no, nik, "
        "no karyawan, nomor karyawan, nomor induk karyawan, nip, id karyawan, no induk",
    ),
    "email": ("Email", "email, e-mail, email address, work email, surel, alamat email"),
    "department": ("Department", "department, dept, departemen, divisi, division, unit, bagian"),
    "job_title": ("Job title", "job title, title, position, jabatan, posisi, job"),
    "grade": ("Grade", "grade, golongan, job grade, job level, band, pangkat, level"),
    "birth_date": ("Date of birth", "date of birth, birth date, dob, birthday, tanggal lahir, tgl lahir"),
    "birth_year": ("Birth year", "birth year, year of birth, tahun lahir"),
    "manager": (
        "Manager (name or employee no.)",
        "manager, supervisor, reports to, line manager, direct manager, atasan, atasan langsung",
    ),
    "location": ("Location", "location, city, office, lokasi, kota, kantor"),
    "languages": ("Languages", "languages, language, bahasa"),
    "employment_type": (
        "Employment type",
        "employment type, employment status, status karyawan, status kepegawaian, contract type, "
        "jenis karyawan, status",
    ),
    "agency": ("Agency (vendor)", "agency, vendor, vendor/agensi, agensi, outsourcing company, penyedia"),
    "client_site": ("Client site", "client site, site, work site, lokasi kerja, penempatan"),
    "contract_end": (
        "Contract end",
        "contract end, contract end date, end of contract, akhir kontrak, tanggal akhir kontrak",
    ),
    "performance": ("Performance (1-3)", "performance, performance rating, kinerja"),
    "potential": ("Potential (1-3)", "potential, potensi"),
    "consent_date": ("Consent date", "consent date, consent, tanggal persetujuan"),
    "notes": ("Notes", "notes, note, remarks, comments, catatan, keterangan"),
    "role": ("Role in the program", "role, peran, program role, peran program"),
}
FIELDS: tuple[Field, ...] = tuple(
    Field(key, label, tuple(h.strip() for h in headers.split(",")))
    for key, (label, headers) in KNOWN_HEADERS.items()
)
BY_KEY = {f.key: f for f in FIELDS}
ColumnMap = dict[int, str | None]  # column index -> field key, None: ignored

EMPLOYMENT_WORDS = {
    EmploymentType.PERMANENT: ("permanent", "tetap", "pkwtt", "karyawan tetap", "full time", "full-time"),
    EmploymentType.CONTRACT: ("contract", "kontrak", "pkwt", "fixed term", "temporary"),
    EmploymentType.OUTSOURCED: ("outsourced", "outsourcing", "alih daya", "os", "vendor", "agency"),
    EmploymentType.INTERN: ("intern", "internship", "magang", "trainee"),
}
ROLE_WORDS = {
    Role.MENTOR: ("mentor", "reverse mentor", "mentor terbalik", "junior", "reverse-mentor"),
    Role.MENTEE: ("mentee", "senior", "leader", "pemimpin", "mentee senior"),
}
LEVEL_WORDS = {
    1: ("low", "rendah", "l"),
    2: ("medium", "moderate", "sedang", "m"),
    3: ("high", "tinggi", "h"),
}


def _plain(text: str) -> str:
    """A header or a value as compared: lower case, accents, dots and extra spaces gone."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[\s_.:#()]+", " ", text.casefold()).strip()


HEADER_TO_FIELD = {_plain(header): f.key for f in FIELDS for header in f.headers}


# --------------------------------------------------------------------------- reading a table


@dataclass
class Table:
    """The rows under the header, each with its row number in the file (as the officer sees it)."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    header_row: int

    def samples(self, column: int, count: int = 3) -> list[str]:
        values = [_text(row[column]) for _, row in self.rows if column < len(row) and _text(row[column])]
        return values[:count]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def read_table(path: Path, sheet: str | None = None, limit: int = UNPACKED_LIMIT) -> Table:
    """The table in a staff file: title rows and blank rows above the header skipped, the header
    found, repeated header rows and blank rows under it dropped."""
    kind = kind_of(path)
    if kind == "csv" and path.suffix.lower() in (".xlsx", ".xlsm"):
        raise SpreadsheetRefused(
            f"{path.name} is not an Excel workbook: it holds text. If it is a CSV list, rename it to .csv."
        )
    if kind == "xlsx":
        book = open_workbook(path, limit=limit)
        try:
            if sheet is not None and sheet not in book.sheetnames:
                known = ", ".join(book.sheetnames)
                raise SpreadsheetRefused(f"{path.name} has no sheet called {sheet!r} (its sheets: {known}).")
            chosen = book[sheet] if sheet else book.worksheets[0]
            raw = [list(values) for values in chosen.iter_rows(values_only=True)]
        finally:
            book.close()
    else:
        if path.stat().st_size > limit:
            raise SpreadsheetRefused(
                f"{path.name} is larger than {limit // (1024 * 1024)} MB; it was not read."
            )
        raw = _csv_rows(read_text(path))
    rows = [(number, row) for number, row in enumerate(raw, 1) if any(_text(v) for v in row)]
    if not rows:
        raise SpreadsheetRefused(f"{path.name} has no rows to import.")
    header_at = _header_index(rows)
    header_row, header = rows[header_at]
    headers = [_text(v) for v in header]
    width = max(len(headers), *(len(row) for _, row in rows[header_at + 1 :]), 0) if rows else 0
    headers += [""] * (width - len(headers))
    body = []
    signature = [_plain(h) for h in headers]
    for number, row in rows[header_at + 1 :]:
        cells = list(row) + [None] * (width - len(row))
        if [_plain(_text(v)) for v in cells] == signature:
            continue  # the header again, as exports repeat it after page breaks
        body.append((number, cells))
    return Table(path.name, headers, body, header_row)


def _csv_rows(text: str) -> list[list[Any]]:
    sample = "\n".join(text.splitlines()[:50])
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        counts = {d: sample.count(d) for d in (",", ";", "\t", "|")}
        delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
        dialect = type("Guessed", (csv.excel,), {"delimiter": delimiter})
    return [list(row) for row in csv.reader(io.StringIO(text), dialect)]


def _header_index(rows: list[tuple[int, list[Any]]]) -> int:
    """The header is the first row (of the first 20) naming two known columns; failing that, the first
    row whose cells are all text and which has as many cells as the rows under it."""
    for index, (_, row) in enumerate(rows[:20]):
        if sum(1 for v in row if _plain(_text(v)) in HEADER_TO_FIELD) >= 2:
            return index
    for index, (_, row) in enumerate(rows[:20]):
        filled = [v for v in row if _text(v)]
        below = rows[index + 1][1] if index + 1 < len(rows) else []
        if (
            len(filled) >= 2
            and all(isinstance(v, str) for v in filled)
            and len(filled) >= len([v for v in below if _text(v)])
        ):
            return index
    return 0


# --------------------------------------------------------------------------- the mapping


def guess_mapping(headers: Sequence[str]) -> ColumnMap:
    """What each column holds, from its header; a field is taken by its first column only."""
    taken: set[str] = set()
    mapping: ColumnMap = {}
    for column, header in enumerate(headers):
        key = HEADER_TO_FIELD.get(_plain(header))
        if key is None:
            plain = _plain(header)
            key = next((k for h, k in HEADER_TO_FIELD.items() if len(h) > 3 and h in plain), None)
        mapping[column] = key if key and key not in taken else None
        if key:
            taken.add(key)
    return mapping


def _memory() -> Path:
    return data_dir() / "import-mappings.json"


def _signature(headers: Sequence[str]) -> str:
    return "|".join(_plain(h) for h in headers)


def remembered_mapping(headers: Sequence[str]) -> ColumnMap | None:
    """The mapping the officer chose last time for a file with the same header, if any."""
    try:
        stored = json.loads(_memory().read_text(encoding="utf-8")).get(_signature(headers))
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(stored, dict):
        return None
    mapping: ColumnMap = {}
    for column, key in stored.items():
        if (
            not str(column).isdigit()
            or int(column) >= len(headers)
            or (key is not None and key not in BY_KEY)
        ):
            return None
        mapping[int(column)] = key
    return mapping


def remember_mapping(headers: Sequence[str], mapping: ColumnMap) -> None:
    """Keep the mapping for files with this header (in the user's data folder, not the document)."""
    try:
        stored = json.loads(_memory().read_text(encoding="utf-8"))
        if not isinstance(stored, dict):
            stored = {}
    except (OSError, ValueError):
        stored = {}
    stored[_signature(headers)] = {str(c): k for c, k in mapping.items()}
    partial = _memory().with_suffix(".partial")
    partial.write_text(json.dumps(stored, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(_memory())


def mapping_from_json(text: str, headers: Sequence[str]) -> ColumnMap:
    """A mapping given on the command line: {"Header or column number": "field"}; others are guessed."""
    try:
        given = json.loads(text)
    except ValueError:
        raise SpreadsheetRefused('--mapping is not valid JSON, e.g. \'{"Nama": "name"}\'.') from None
    if not isinstance(given, dict):
        raise SpreadsheetRefused("--mapping must be a JSON object of column to field.")
    mapping = guess_mapping(headers)
    plain = [_plain(h) for h in headers]
    for column, key in given.items():
        if key is not None and key not in BY_KEY:
            raise SpreadsheetRefused(f"--mapping: {key!r} is not a field (fields: {', '.join(BY_KEY)}).")
        name = str(column)
        index = (
            int(name) - 1 if name.isdigit() else plain.index(_plain(name)) if _plain(name) in plain else -1
        )
        if not 0 <= index < len(headers):
            raise SpreadsheetRefused(f"--mapping: the file has no column {name!r}.")
        for other, was in mapping.items():
            if was == key and key is not None:
                mapping[other] = None
        mapping[index] = key
    return mapping


# --------------------------------------------------------------------------- checking rows


@dataclass(frozen=True)
class RowProblem:
    row: int  # the row number in the file
    column: str  # the header of the column (or the field)
    message: str

    def __str__(self) -> str:
        return (
            f"Row {self.row}, {self.column}: {self.message}"
            if self.column
            else f"Row {self.row}: {self.message}"
        )


@dataclass
class Plan:
    """What an import would do, worked out before anything is written."""

    added: list[Participant] = field(default_factory=list)
    updated: list[Participant] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # rows of people already in the file
    refused: list[RowProblem] = field(default_factory=list)
    roles: dict[str, Role] = field(default_factory=dict)  # person id -> role in the program
    rows: int = 0

    @property
    def refused_rows(self) -> list[int]:
        return sorted({p.row for p in self.refused})

    def summary(self) -> str:
        parts = [
            f"{plural(len(self.added), 'person')} to add",
            f"{len(self.updated):,} to update",
            f"{len(self.skipped):,} skipped (already in the file)",
            f"{plural(len(self.refused_rows), 'row')} refused",
        ]
        return ", ".join(parts)


def _word(value: str, words: Mapping[Any, tuple[str, ...]]) -> Any | None:
    plain = _plain(value)
    return next((key for key, names in words.items() if plain in names), None)


def _date_of(value: Any) -> dt.date | None:
    if value is None or _text(value) == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return from_excel(float(value))
    text = _text(value)
    if text.replace(".", "", 1).isdigit() and "." not in text[:4] and len(text) <= 5:
        return from_excel(float(text))  # a serial number that came through CSV as text
    return read_date(text.split(" ")[0] if re.fullmatch(r"\S+ \d{1,2}:\d{2}(:\d{2})?", text) else text)


def _whole(value: Any, what: str) -> int | None:
    text = _text(value)
    if not text:
        return None
    digits = re.fullmatch(r"[^\d-]*(-?\d+)(\.0+)?[^\d]*", text)
    if digits is None:
        raise ValueError(f"“{text[:40]}” is not a whole number ({what}).")
    return int(digits[1])


def _level(value: Any, what: str) -> int | None:
    text = _text(value)
    if not text:
        return None
    word = _word(text, LEVEL_WORDS)
    return int(word) if word is not None else _whole(text, what)


class _Row:
    """One row read into a person, collecting what is wrong with it."""

    def __init__(self, number: int, cells: list[Any], mapping: ColumnMap, headers: list[str]):
        self.number = number
        self.problems: list[RowProblem] = []
        self.values: dict[str, Any] = {}
        self.columns: dict[str, str] = {}
        for column, key in mapping.items():
            if key is not None and column < len(cells):
                self.values[key] = cells[column]
                self.columns[key] = headers[column] or f"column {column + 1}"

    def text(self, key: str) -> str:
        return _text(self.values.get(key))

    def problem(self, key: str, message: str) -> None:
        column = self.columns.get(key) or (BY_KEY[key].label if key in BY_KEY else key.replace("_", " "))
        self.problems.append(RowProblem(self.number, column, message))

    def read(self, key: str, reader: Callable[[Any], Any]) -> Any:
        try:
            return reader(self.values.get(key))
        except ValueError as error:
            self.problem(key, str(error).rstrip(".") + ".")
            return None


def _person(row: _Row) -> tuple[Participant, str, Role | None]:
    """The person a row describes, the manager it names (to find later) and the role it gives."""
    name = row.text("name") or " ".join(
        part for part in (row.text("first_name"), row.text("middle_name"), row.text("last_name")) if part
    )
    born = row.read("birth_date", _date_of)
    birth_year = born.year if born else row.read("birth_year", lambda v: _whole(v, "birth year"))
    employment = EmploymentType.PERMANENT
    if row.text("employment_type"):
        found = _word(row.text("employment_type"), EMPLOYMENT_WORDS)
        if found is None:
            row.problem("employment_type", f"“{row.text('employment_type')[:40]}” is not an employment type "
                        "(permanent, contract, outsourced or intern).")  # fmt: skip
        else:
            employment = found
    if row.text("agency") and employment is EmploymentType.PERMANENT and not row.text("employment_type"):
        employment = EmploymentType.OUTSOURCED  # an agency named means the person is outsourced
    role = None
    if row.text("role"):
        role = _word(row.text("role"), ROLE_WORDS)
        if role is None:
            row.problem(
                "role", f"“{row.text('role')[:40]}” is not a role: write mentor, mentee, or leave it blank."
            )
    languages = [x.strip() for x in re.split(r"[,;/]", row.text("languages")) if x.strip()]
    person = Participant(
        name=name,
        employee_no=row.text("employee_no"),
        email=row.text("email"),
        department=row.text("department"),
        job_title=row.text("job_title"),
        grade=row.read("grade", lambda v: _whole(v, "grade")),
        birth_year=birth_year,
        location=row.text("location"),
        languages=languages,
        employment_type=employment,
        agency=row.text("agency"),
        client_site=row.text("client_site"),
        contract_end=row.read("contract_end", _date_of),
        performance=row.read("performance", lambda v: _level(v, "performance, 1 to 3")),
        potential=row.read("potential", lambda v: _level(v, "potential, 1 to 3")),
        consent_date=row.read("consent_date", _date_of),
        notes=row.text("notes"),
    )
    return person, row.text("manager"), role


def plan_import(
    doc: Document,
    table: Table,
    mapping: ColumnMap,
    *,
    program: Program | None = None,
    role: Role | None = None,
    on_duplicate: OnDuplicate = "update",
    progress: Progress | None = None,
) -> Plan:
    """Read and check every row against the file; nothing is written."""
    report = progress or (lambda percent, text: None)
    keys = {k for k in mapping.values() if k}
    if "name" not in keys and not {"first_name", "last_name"} & keys:
        raise SpreadsheetRefused("Say which column holds the name (or the first and last names).")
    existing = doc.all(Participant)
    by_number = {p.employee_no.strip().casefold(): p for p in existing if p.employee_no.strip()}
    by_email = {p.email.strip().casefold(): p for p in existing if p.email.strip()}
    by_name: dict[str, list[Participant]] = {}
    for p in existing:
        by_name.setdefault(p.name.strip().casefold(), []).append(p)
    plan = Plan(rows=len(table.rows))
    people: list[tuple[_Row, Participant, str, Role | None]] = []
    seen_numbers: dict[str, int] = {}
    seen_emails: dict[str, int] = {}
    today = dt.date.today()
    for index, (number, cells) in enumerate(table.rows):
        if index % 500 == 0:
            report(5 + 60 * index // max(len(table.rows), 1), f"Checking row {number:,}...")
        row = _Row(number, cells, mapping, table.headers)
        person, manager, row_role = _person(row)
        for problem in check_participant(person, today):
            if problem.field != "manager_id":
                row.problem(problem.field, problem.message)
        number_key, email_key = person.employee_no.casefold(), person.email.casefold()
        if number_key and number_key in seen_numbers:
            row.problem(
                "employee_no",
                f"Employee number {person.employee_no} is also on row {seen_numbers[number_key]}.",
            )
        elif not number_key and email_key and email_key in seen_emails:
            row.problem("email", f"{person.email} is also on row {seen_emails[email_key]}.")
        if number_key:
            seen_numbers.setdefault(number_key, number)
        if email_key:
            seen_emails.setdefault(email_key, number)
        match = by_number.get(number_key) if number_key else by_email.get(email_key) if email_key else None
        if match is not None and on_duplicate == "keep" and number_key:
            taken = f"Employee number {person.employee_no} already belongs to {match.name}"
            row.problem("employee_no", f"{taken}; choose to update or skip people already in the file.")
        if row.problems:
            plan.refused += row.problems
            continue
        if match is not None and on_duplicate == "skip":
            plan.skipped.append(number)
            continue
        if match is not None and on_duplicate == "update":
            person = _merged(match, person, row)
        people.append((row, person, manager, row_role))

    report(70, "Linking managers...")
    everyone = {p.id: p for p in existing}
    numbers = {**by_number}
    names = {k: list(v) for k, v in by_name.items()}
    for _, person, _, _ in people:
        everyone[person.id] = person
        if person.employee_no:
            numbers[person.employee_no.casefold()] = person
        names.setdefault(person.name.casefold(), [])
        if person not in names[person.name.casefold()]:
            names[person.name.casefold()] = [
                p for p in names[person.name.casefold()] if p.id != person.id
            ] + [person]
    managers = {pid: p.manager_id for pid, p in everyone.items()}
    linked: list[tuple[_Row, Participant, Role | None]] = []
    for row, person, manager, row_role in people:
        if manager:
            boss = numbers.get(manager.casefold())
            if boss is None:
                found = names.get(manager.casefold(), [])
                if len(found) > 1:
                    row.problem(
                        "manager",
                        f"{len(found)} people are called {manager}; give the manager's employee number.",
                    )
                elif not found:
                    row.problem(
                        "manager",
                        f"No one called {manager} (or with that employee number) is in the file or the list.",
                    )
                boss = found[0] if len(found) == 1 else None
            if boss is not None:
                person = dataclasses.replace(person, manager_id=boss.id)
                managers[person.id] = boss.id
                everyone[person.id] = person
        linked.append((row, person, row_role))
    for row, person, _ in linked:
        loop = manager_loop(person.id, person.manager_id, managers) if person.manager_id else []
        if loop:
            row.problem("manager", describe_loop(loop, {pid: p.name for pid, p in everyone.items()}))
    # Someone whose manager is a new person refused above cannot be linked to them: refused too.
    rows_of = {person.id: row for row, person, _ in linked}
    changed = True
    while changed:
        changed = False
        for row, person, _ in linked:
            boss_row = rows_of.get(person.manager_id or "")
            if not row.problems and boss_row is not None and boss_row.problems:
                boss_name = everyone[person.manager_id or ""].name
                row.problem(
                    "manager",
                    f"Their manager, {boss_name} (row {boss_row.number}), is refused; fix that row first.",
                )
                changed = True

    report(85, "Checking contracts...")
    existing_ids = {p.id for p in existing}
    for row, person, row_role in linked:
        chosen_role = row_role or (role if "role" not in keys else None)
        if program is not None and chosen_role is not None:
            for problem in check_contract(person, program):
                row.problem("contract_end", problem.message)
        if row.problems:
            plan.refused += row.problems
            continue
        (plan.updated if person.id in existing_ids else plan.added).append(person)
        if program is not None and chosen_role is not None:
            plan.roles[person.id] = chosen_role
    plan.refused.sort(key=lambda p: p.row)
    return plan


def _merged(old: Participant, new: Participant, row: _Row) -> Participant:
    """The person in the file, with every field the row gives replacing what was there."""
    given = {
        "name": bool(new.name),
        **{key: bool(row.text(key)) for key in row.values},
    }
    changes: dict[str, Any] = {}
    for attr in (f.name for f in dataclasses.fields(Participant)):
        source = {"birth_year": ("birth_date", "birth_year")}.get(attr, (attr,))
        if attr in ("id", "updated_at", "manager_id", "archived", "topics_offered", "topics_wanted"):
            continue
        if any(given.get(key) for key in source) or (attr == "name" and new.name):
            changes[attr] = getattr(new, attr)
    return dataclasses.replace(old, **changes)


# --------------------------------------------------------------------------- writing


def apply_import(
    doc: Document, plan: Plan, program: Program | None = None, progress: Progress | None = None
) -> str:
    """Write the plan as one action (one undo step); returns its label. ``progress`` is called
    between chunks and may raise to cancel: then nothing at all is written."""
    report = progress or (lambda percent, text: None)
    count = len(plan.added) + len(plan.updated)
    label = f"Import {plural(count, 'Person')}" if count != 1 else "Import 1 Person"
    if count == 0:
        return label
    added_ids = {p.id for p in plan.added}
    chunk = 1000
    with doc.action(label):
        # A new person whose manager is new too is written first without the link, then linked.
        for start in range(0, len(plan.added), chunk):
            report(70 + 25 * start // max(count, 1), f"Writing people {start + 1:,} to {start + chunk:,}...")
            doc.add_many(
                [
                    dataclasses.replace(p, manager_id=None) if p.manager_id in added_ids else p
                    for p in plan.added[start : start + chunk]
                ]
            )
        later = [p for p in plan.added if p.manager_id in added_ids]
        if later:
            doc.update_many(later)
        for start in range(0, len(plan.updated), chunk):
            report(70 + 25 * (len(plan.added) + start) // max(count, 1), "Updating people...")
            doc.update_many(plan.updated[start : start + chunk])
        if program is not None and plan.roles:
            report(97, f"Enrolling them in {program.name}...")
            enrolled = {
                pid
                for (pid,) in doc.conn.execute(
                    "SELECT participant_id FROM enrolments WHERE program_id = ?", [program.id]
                )
            }
            doc.add_many(
                [
                    Enrolment(program_id=program.id, participant_id=pid, role=chosen)
                    for pid, chosen in plan.roles.items()
                    if pid not in enrolled
                ]
            )
        report(99, "Saving...")
    return label


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook, for the officer to choose from; a CSV file has none."""
    if kind_of(path) != "xlsx":
        return []
    book = open_workbook(path)
    try:
        return list(book.sheetnames)
    finally:
        book.close()
