"""How long people's data is kept after their program closes, and who is past it.

The period is set per file (``meta.retention_months``, 24 unless the officer sets another). Once a
closed program's last day (its end date or the day its last pair ended, whichever is later) is
that long ago, its people may be erased or anonymised: everyone enrolled in it who is in no program
still planned, running, or closed more recently than the period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rmdesk.domain.entities import Program, ProgramStatus
from rmdesk.domain.i18n import translate
from rmdesk.store import audit
from rmdesk.store.document import Document
from rmdesk.store.errors import DocumentError

KEY = "retention_months"
DEFAULT_MONTHS = 24
LONGEST = 1200  # months: a hundred years


def months(doc: Document) -> int:
    found = doc.meta(KEY)
    return int(found) if found and found.isdigit() and 1 <= int(found) <= LONGEST else DEFAULT_MONTHS


def set_months(doc: Document, value: int) -> None:
    """Set the period (recorded in the audit; not an undo step)."""
    if not 1 <= value <= LONGEST:
        raise DocumentError(
            translate(
                "FileErrors", "Keep people's data between 1 and {LONGEST} months after a program closes."
            ).format(LONGEST=LONGEST)
        )
    if value == months(doc):
        return
    doc._begin_writing()
    try:
        doc.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [KEY, str(value)])
        doc.conn.execute("COMMIT")
    except BaseException:
        doc._roll_back()
        raise
    audit.record(doc, "setting", f"Retention period set to {value} months after a program closes")


def add_months(day: dt.date, count: int) -> dt.date:
    month = day.month - 1 + count
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Due:
    """A closed program past its retention period, and the people whose data may now go."""

    program: Program
    closed_on: dt.date
    due_on: dt.date
    people: tuple[tuple[str, str], ...]  # (id, name), by name

    @property
    def sentence(self) -> str:
        return (
            f"{self.program.name} closed on {self.closed_on}; its people's retention period ended on "
            f"{self.due_on}. Erase or anonymise them (File > Erase People)."
        )


def _closed_on(doc: Document, program: Program) -> dt.date | None:
    row = doc.conn.execute("SELECT max(ended_on) FROM pairs WHERE program_id = ?", [program.id]).fetchone()
    ended = dt.date.fromisoformat(row[0]) if row and row[0] else None
    found = [d for d in (program.end_date, ended) if d]
    return max(found) if found else None


def due(doc: Document, today: dt.date) -> list[Due]:
    """Closed programs past the period with the people who may go, oldest first (none: empty)."""
    period = months(doc)
    programs = doc.all(Program)
    keeps: set[str] = set()  # people someone still needs: in a program open or within the period
    past: list[tuple[Program, dt.date, dt.date]] = []
    for program in programs:
        closed = _closed_on(doc, program) if program.status is ProgramStatus.CLOSED else None
        until = add_months(closed, period) if closed else None
        enrolled = {
            str(r[0])
            for r in doc.conn.execute(
                "SELECT participant_id FROM enrolments WHERE program_id = ?", [program.id]
            )
        }
        if closed and until and until <= today:
            past.append((program, closed, until))
        else:
            keeps |= enrolled
    anonymised = {
        str(r[0])
        for r in doc.conn.execute("SELECT id FROM participants WHERE name LIKE 'Former participant %'")
    }
    found = []
    for program, closed, until in sorted(past, key=lambda item: item[1]):
        people = doc.conn.execute(
            "SELECT p.id, p.name FROM enrolments e JOIN participants p ON p.id = e.participant_id "
            "WHERE e.program_id = ? ORDER BY p.name COLLATE NOCASE",
            [program.id],
        ).fetchall()
        chosen = tuple((str(i), str(n)) for i, n in people if i not in keeps and i not in anonymised)
        if chosen:
            found.append(Due(program, closed, until, chosen))
    return found
