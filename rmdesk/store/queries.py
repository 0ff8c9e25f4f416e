"""Read models for the screens: one query per list, shaped for the table it feeds."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

from rmdesk.domain.entities import (
    Enrolment,
    Entity,
    GoalStatus,
    Pair,
    PairStatus,
    Participant,
    Program,
    Respondent,
    Role,
    Stage,
    by_value,
)
from rmdesk.domain.generations import generation_of
from rmdesk.domain.health import SIDES, Alert, LateGoal, Member, alerts, pair_on
from rmdesk.store.codec import from_rows, loads, made_at_once
from rmdesk.store.document import Document

E = TypeVar("E", bound=Entity)
BLANK_JSON = (None, "", "{}", "[]")
OPEN_PAIR = (PairStatus.PROPOSED.value, PairStatus.ACTIVE.value)


class PersonRow(NamedTuple):
    """The columns of a participant that lists show; the form loads the whole person."""

    id: str
    name: str
    employee_no: str
    email: str
    department: str
    job_title: str
    grade: int | None
    birth_year: int | None
    employment_type: str
    agency: str
    location: str
    performance: int | None
    potential: int | None
    archived: int
    consent_date: str | None  # YYYY-MM-DD as stored

    @property
    def generation(self) -> str:
        return generation_of(self.birth_year)


@dataclass
class People:
    """Everyone in the file, with their role and pairing in one program."""

    people: list[PersonRow]
    roles: dict[str, Role] = field(default_factory=dict)
    paired: set[str] = field(default_factory=set)


def _only(column: str, ids: Collection[str] | None) -> tuple[str, list[str]]:
    """A condition keeping the rows whose ``column`` is one of ``ids`` (none when None), and its
    parameter: the few rows an edit touched are read, not the program's thousands."""
    if ids is None:
        return "", []
    return f" AND {column} IN (SELECT value FROM json_each(?))", [json.dumps(sorted(ids))]


@made_at_once()
def people(doc: Document, program_id: str | None) -> People:
    """One query without JSON decoding: fast enough to list 5,000 people at start-up."""
    cursor = doc.conn.execute(
        f"SELECT {', '.join(PersonRow._fields)} FROM participants ORDER BY name COLLATE NOCASE"
    )
    everyone = list(map(PersonRow._make, cursor))
    roles, paired = roles_and_pairing(doc, program_id)
    return People(everyone, roles, paired)


def person_rows(doc: Document, ids: Collection[str]) -> list[PersonRow]:
    """The list's columns of the people of ``ids`` (those still in the file)."""
    among, chosen = _only("id", ids)
    cursor = doc.conn.execute(
        f"SELECT {', '.join(PersonRow._fields)} FROM participants WHERE true{among}", chosen
    )
    return list(map(PersonRow._make, cursor))


def roles(doc: Document, program_id: str | None) -> dict[str, Role]:
    """Who is a mentor or mentee in the program."""
    if not program_id:
        return {}
    role_of = by_value(Role)
    return {
        participant: role_of[role]
        for participant, role in doc.conn.execute(
            "SELECT participant_id, role FROM enrolments WHERE program_id = ?", [program_id]
        )
    }


def roles_and_pairing(doc: Document, program_id: str | None) -> tuple[dict[str, Role], set[str]]:
    """Who is a mentor or mentee in the program, and who is in an open pair."""
    if not program_id:
        return {}, set()
    paired: set[str] = set()
    for mentor, mentee in doc.conn.execute(
        "SELECT mentor_id, mentee_id FROM pairs WHERE program_id = ? AND status IN (?, ?)",
        [program_id, *OPEN_PAIR],
    ):
        paired.update((mentor, mentee))
    return roles(doc, program_id), paired


class TalentRow(NamedTuple):
    """An active person as the 9-box shows them: the name in a box, and what the rules for a
    candidate reverse mentor and the tooltip need (topics as stored: decoded when asked for)."""

    id: str
    name: str
    grade: int | None
    performance: int | None
    potential: int | None
    job_title: str
    department: str
    birth_year: int | None
    topics_offered: str | None  # JSON text

    def person(self, topics: bool = True) -> Participant:
        """The person with the columns read (the rest left at their defaults; the topics too
        unless ``topics``): for the rules and the tooltip."""
        return Participant(
            id=self.id,
            name=self.name,
            grade=self.grade,
            performance=self.performance,
            potential=self.potential,
            job_title=self.job_title or "",
            department=self.department or "",
            birth_year=self.birth_year,
            topics_offered=self.topics() if topics else {},
        )

    def topics(self) -> dict[str, int]:
        """The topics offered and their levels, decoded."""
        return {} if self.topics_offered in BLANK_JSON else loads(self.topics_offered)


@made_at_once()
def talent(doc: Document, ids: Collection[str] | None = None) -> list[TalentRow]:
    """The active people (of ``ids`` only, when given) in name order, in one query of the columns
    the 9-box uses."""
    among, chosen = _only("id", ids)
    rows = doc.conn.execute(
        f"SELECT {', '.join(TalentRow._fields)} FROM participants "
        f"WHERE NOT coalesce(archived, 0){among} ORDER BY rowid",
        chosen,
    )
    return sorted(map(TalentRow._make, rows), key=lambda row: row.name.lower())


def programs(doc: Document) -> list[Program]:
    return doc.all(Program, order_by="start_date DESC, name")


def enrolment(doc: Document, program_id: str, participant_id: str) -> Enrolment | None:
    found = doc.all(Enrolment, "program_id = ? AND participant_id = ?", [program_id, participant_id])
    return found[0] if found else None


class PairLabel(NamedTuple):
    """A pair as a form offers it: who, and whether it has started."""

    id: str
    status: PairStatus
    mentor: str
    mentee: str
    text: str  # "Mentor → Mentee", made once: a form lists thousands


@made_at_once()
def pairs(doc: Document, program_id: str) -> list[PairLabel]:
    """The program's pairs by their names, from one query with the four columns a form needs (a form
    opened for the first time waited 45 ms at 2,500 pairs while every pair was read whole)."""
    status_of = by_value(PairStatus)
    rows = doc.conn.execute(
        "SELECT x.id, x.status, coalesce(m.name, '?'), coalesce(e.name, '?') FROM pairs x "
        "LEFT JOIN participants m ON m.id = x.mentor_id LEFT JOIN participants e ON e.id = x.mentee_id "
        "WHERE x.program_id = ? ORDER BY x.rowid",
        [program_id],
    )
    labels = [
        PairLabel(pair_id, status_of[status], mentor, mentee, f"{mentor} → {mentee}")
        for pair_id, status, mentor, mentee in rows
    ]
    return sorted(labels, key=lambda label: label.text.lower())


class StartedPair(NamedTuple):
    """A pair that has started (active, completed or ended early), as the reports page lists it."""

    id: str
    text: str  # "Mentor → Mentee"
    status: PairStatus


def started_pairs(doc: Document, program_id: str) -> list[StartedPair]:
    """The program's pairs past proposal with their names, in one query (no pair decoded), in
    the order of their names."""
    statuses = by_value(PairStatus)
    found = [
        StartedPair(pair_id, f"{mentor} → {mentee}", statuses[status])
        for pair_id, mentor, mentee, status in doc.conn.execute(
            "SELECT p.id, coalesce(m.name, '?'), coalesce(e.name, '?'), p.status FROM pairs p "
            "LEFT JOIN participants m ON m.id = p.mentor_id LEFT JOIN participants e ON e.id = p.mentee_id "
            "WHERE p.program_id = ? AND p.status != ? ORDER BY p.rowid",
            [program_id, PairStatus.PROPOSED.value],
        )
    ]
    return sorted(found, key=lambda pair: pair.text.lower())


def has_pairs(doc: Document, program_id: str) -> bool:
    found = doc.conn.execute("SELECT EXISTS (SELECT 1 FROM pairs WHERE program_id = ?)", [program_id])
    return bool(found.fetchone()[0])


class GoalRow(NamedTuple):
    """A goal as its table shows it, read in SQL with only the shown columns; the form reads the
    goal whole (``doc.get(Goal, row.id)``)."""

    id: str
    pair_id: str
    pair: str  # "Mentor → Mentee"
    topic: str
    specific: str
    target_date: str  # ISO, or "" when none is set
    status: str  # GoalStatus's value
    progress: int
    measure: str


@made_at_once()
def goals(doc: Document, program_id: str, ids: Collection[str] | None = None) -> list[GoalRow]:
    """The program's goals with their pair's names (those of ``ids`` only, when given), read in one
    query (nothing decoded), in the file's order: the table sorts them (as the meetings and
    evaluations below)."""
    cursor = _records(
        doc,
        "goals",
        "r.id, r.pair_id, n.pair, r.topic, r.specific, coalesce(r.target_date, ''), r.status, r.progress, "
        "r.measure",
        program_id,
        ids,
    )
    return list(map(GoalRow._make, cursor))


def distinct(doc: Document, column: str) -> list[str]:
    """Non-empty values of a participants column, for pick lists (departments, agencies)."""
    assert column in {"department", "agency", "location"}
    rows = doc.conn.execute(
        f"SELECT DISTINCT {column} FROM participants WHERE {column} != '' ORDER BY {column}"
    )
    return [value for (value,) in rows]


def last_meetings(
    doc: Document, program_id: str, until: dt.date | None = None, only: Collection[str] | None = None
) -> dict[str, dt.date]:
    """Each pair's latest meeting date (on or before ``until`` when given; of the pairs ``only``)."""
    among, chosen = _only("p.id", only)
    rows = doc.conn.execute(
        "SELECT m.pair_id, max(m.date) FROM meetings m JOIN pairs p ON p.id = m.pair_id "
        f"WHERE p.program_id = ? AND m.date IS NOT NULL AND m.date <= ?{among} GROUP BY m.pair_id",
        [program_id, (until or dt.date.max).isoformat(), *chosen],
    )
    return {pair_id: dt.date.fromisoformat(day) for pair_id, day in rows}


def alert_people(doc: Document, program: Program) -> dict[str, Member]:
    """The program's pair members with what an alert tells of them (name, archived, agency,
    contract end): a report on a fresh connection reads these few columns, not every person whole."""
    rows = doc.conn.execute(
        "SELECT id, name, archived, agency, contract_end FROM participants WHERE id IN "
        "(SELECT mentor_id FROM pairs WHERE program_id = ? "
        "UNION SELECT mentee_id FROM pairs WHERE program_id = ?)",
        [program.id, program.id],
    )
    return {pid: _member(pid, name, archived, agency, end) for pid, name, archived, agency, end in rows}


def _member(person_id: str, name: str, archived: int, agency: str | None, end: str | None) -> Member:
    """A pair member from the columns an alert tells of them (as read from ``participants``)."""
    return Member(person_id, name, bool(archived), agency or "", dt.date.fromisoformat(end) if end else None)


PAIR_ON = ["id", "program_id", "mentor_id", "mentee_id", "status", "started_on", "ended_on"]


def pairs_on(doc: Document, program_id: str, day: dt.date) -> list[Pair]:
    """The program's pairs as they stood on ``day`` (``health.pair_on``), in file order, each read
    with only what the figures and alerts use (who, status, dates): no explanation decoded."""
    rows = doc.conn.execute(
        f"SELECT {', '.join(PAIR_ON)} FROM pairs WHERE program_id = ? ORDER BY rowid", [program_id]
    ).fetchall()
    return [pair_on(pair, day) for pair in from_rows(Pair, PAIR_ON, rows)]


def _pairs_and_members(
    doc: Document, program_id: str, today: dt.date, only: Collection[str] | None = None
) -> tuple[list[Pair], dict[str, Member]]:
    """The program's pairs (those ``only``) as ``pairs_on`` reads them and their members as
    ``alert_people`` does, in one query."""
    members: dict[str, Member] = {}
    among, chosen = _only("x.id", only)
    rows = doc.conn.execute(
        "SELECT x.id, x.program_id, x.mentor_id, x.mentee_id, x.status, x.started_on, x.ended_on, "
        "m.name, m.archived, m.agency, m.contract_end, e.name, e.archived, e.agency, e.contract_end "
        "FROM pairs x JOIN participants m ON m.id = x.mentor_id JOIN participants e ON e.id = x.mentee_id "
        f"WHERE x.program_id = ?{among} ORDER BY x.rowid",
        [program_id, *chosen],
    ).fetchall()
    for row in rows:
        for person_id, columns in ((row[2], row[7:11]), (row[3], row[11:15])):
            if person_id not in members:
                members[person_id] = _member(person_id, *columns)
    pairs = [pair_on(pair, today) for pair in from_rows(Pair, PAIR_ON, rows)]  # the first columns
    return pairs, members


ALERT_TABLES = frozenset({"pairs", "meetings", "goals", "evaluations", "participants"})  # what alerts read


def pairs_touched(doc: Document, changed: Mapping[str, Collection[str]]) -> set[str] | None:
    """The pairs whose alerts the changed rows (ids by table) may change: the pairs themselves, the
    pairs of their records and of their people. None when a record is gone (its pair unknown) or a
    table alerts do not read changed."""
    if set(changed) - ALERT_TABLES:
        return None
    found = set(changed.get("pairs", ()))
    for table in ("meetings", "goals", "evaluations"):
        ids = changed.get(table)
        if ids:
            among, chosen = _only("id", ids)
            rows = doc.conn.execute(f"SELECT pair_id FROM {table} WHERE true{among}", chosen).fetchall()
            if len(rows) < len(ids):
                return None
            found.update(pair_id for (pair_id,) in rows)
    people = changed.get("participants")
    if people:
        rows = doc.conn.execute(
            "SELECT id FROM pairs WHERE mentor_id IN (SELECT value FROM json_each(?1)) "
            "OR mentee_id IN (SELECT value FROM json_each(?1))",
            [json.dumps(sorted(people))],
        )
        found.update(pair_id for (pair_id,) in rows)
    return found


@made_at_once()
def program_alerts(
    doc: Document,
    program: Program,
    today: dt.date,
    people: Mapping[str, Participant | Member] | None = None,
    only: Collection[str] | None = None,
) -> list[Alert]:
    """The alerts of ``program`` as of ``today``, from one read of its pairs and their records
    (``people``: the pair members, when the caller has them; else read as ``alert_people``), each
    with only the columns an alert uses: no JSON decoded, nobody read whole. ``only``: the alerts
    of these pairs alone (what an edit of theirs may have changed).

    Nothing dated after ``today`` counts: a meeting or check-in entered ahead of its date is not
    held yet, and a pair that ends later was still running."""
    among, chosen = _only("p.id", only)
    if people is None:
        pairs, people = _pairs_and_members(doc, program.id, today, only)
    else:
        pairs = [pair for pair in pairs_on(doc, program.id, today) if only is None or pair.id in only]
    goals: dict[str, list[LateGoal]] = {}
    answered: dict[str, set[tuple[Stage, Respondent]]] = {}
    if pairs:
        day = dt.date.fromisoformat
        statuses = by_value(GoalStatus)
        for goal_id, pair_id, specific, target, progress, status in doc.conn.execute(
            "SELECT g.id, g.pair_id, g.specific, g.target_date, g.progress, g.status FROM goals g "
            "JOIN pairs p ON p.id = g.pair_id WHERE p.program_id = ? AND g.target_date < ? "
            f"AND g.status NOT IN ('done', 'not_achieved'){among}",
            [program.id, today.isoformat(), *chosen],
        ):  # the few columns an alert names of the goals it can name, not every goal decoded whole
            late = LateGoal(goal_id, specific, day(target), progress, statuses[status])
            if pair_id in goals:
                goals[pair_id].append(late)
            else:
                goals[pair_id] = [late]
        # Which sides answered each stage: one row per pair and stage, counted in SQL.
        sides = {  # the answers a row tells of, by its stage and whether each side answered
            (stage.value, mentor, mentee): tuple(
                (stage, side) for side, did in zip(SIDES, (mentor, mentee), strict=True) if did
            )
            for stage in Stage
            for mentor in (0, 1)
            for mentee in (0, 1)
        }
        for pair_id, stage, mentor, mentee in doc.conn.execute(
            "SELECT e.pair_id, e.stage, max(e.respondent = 'mentor'), max(e.respondent = 'mentee') "
            "FROM evaluations e JOIN pairs p ON p.id = e.pair_id "
            f"WHERE p.program_id = ? AND (e.date IS NULL OR e.date <= ?){among} GROUP BY e.pair_id, e.stage",
            [program.id, today.isoformat(), *chosen],
        ):  # one row per pair and stage, which sides answered it counted in SQL
            if mentor or mentee:
                if pair_id in answered:
                    answered[pair_id].update(sides[stage, mentor, mentee])
                else:
                    answered[pair_id] = set(sides[stage, mentor, mentee])
    held = last_meetings(doc, program.id, today, only)
    return alerts(program, pairs, people, held, goals, answered, today)


class MeetingRow(NamedTuple):
    """A meeting as its table shows it, read in SQL: nothing read twice, and the topics decoded
    only for the rows shown (or searched, or sorted by them)."""

    id: str
    pair_id: str
    pair: str  # "Mentor → Mentee"
    date: str
    duration_min: int
    mode: str
    topics_json: str | None  # as stored: '["AI tools", "Social media"]'
    notes: str

    @property
    def topics(self) -> str:
        """The topics as a line: "AI tools, Social media"."""
        return ", ".join(map(str, _json_or(self.topics_json, [])))


def with_pair_names(table: str, columns: str, chosen: bool = False) -> str:
    """SQL for a program's rows of ``table`` (as ``r``) with their pair's names (``n.pair``,
    "Mentor → Mentee"), the program's id its first parameter. The names are made once per pair and
    then joined to its rows, in the pairs' order as a plain join gives them: naming every row
    through the two people's records took a third longer. ``chosen``: only the rows whose ids a
    second parameter lists, as a JSON array (the rows an action changed)."""
    ids = "(SELECT value FROM json_each(?2))"
    return (
        "WITH n(id, pair) AS MATERIALIZED (SELECT p.id, mentor.name || ' → ' || mentee.name FROM pairs p "
        "JOIN participants mentor ON mentor.id = p.mentor_id "
        "JOIN participants mentee ON mentee.id = p.mentee_id WHERE p.program_id = ?1"
        + (f" AND p.id IN (SELECT pair_id FROM {table} WHERE id IN {ids})" if chosen else "")
        + f") SELECT {columns} FROM n JOIN {table} r ON r.pair_id = n.id"
        + (f" WHERE r.id IN {ids}" if chosen else "")
    )


def _records(doc: Document, table: str, columns: str, program_id: str, ids: Collection[str] | None) -> Any:
    """The cursor over a program's rows of ``table`` with their pair's names (those of ``ids``
    only, when given)."""
    if ids is None:
        return doc.conn.execute(with_pair_names(table, columns), [program_id])
    return doc.conn.execute(
        with_pair_names(table, columns, chosen=True), [program_id, json.dumps(sorted(ids))]
    )


def _json_or(text: str | None, blank: Any) -> Any:
    """A JSON column's value (``blank`` when empty or not JSON: a list shows nothing rather than
    fail over one damaged cell)."""
    if text in BLANK_JSON:
        return blank
    try:
        return loads(text)
    except ValueError:
        return blank


@made_at_once()
def meetings(doc: Document, program_id: str, ids: Collection[str] | None = None) -> list[MeetingRow]:
    cursor = _records(
        doc,
        "meetings",
        "r.id, r.pair_id, n.pair, coalesce(r.date, ''), r.duration_min, r.mode, r.topics, r.notes",
        program_id,
        ids,
    )
    return list(map(MeetingRow._make, cursor))


class EvaluationRow(NamedTuple):
    """An evaluation as its table shows it; its average answer worked out only for the rows
    shown (or when sorted by it): 15,000 answer sheets are not decoded to open the page."""

    id: str
    pair_id: str
    pair: str
    date: str
    stage: str
    respondent: str
    answers_json: str | None  # as stored: '{"q1": 4, "q2": 5}'
    comments: str

    @property
    def average(self) -> float | None:
        """The mean of the answers, to one decimal (halves rounded up), None with no answer."""
        answers = _json_or(self.answers_json, {})
        values = [
            v for v in (answers.values() if isinstance(answers, dict) else ()) if type(v) in (int, float)
        ]
        return math.floor(sum(values) / len(values) * 10 + 0.5) / 10 if values else None


@made_at_once()
def evaluations(doc: Document, program_id: str, ids: Collection[str] | None = None) -> list[EvaluationRow]:
    cursor = _records(
        doc,
        "evaluations",
        "r.id, r.pair_id, n.pair, coalesce(r.date, ''), r.stage, r.respondent, r.answers, r.comments",
        program_id,
        ids,
    )
    return list(map(EvaluationRow._make, cursor))


def employee_number_holder(doc: Document, number: str, person_id: str) -> str | None:
    """The name of someone else who already has this employee number (numbers are unique)."""
    number = number.strip()
    if not number:
        return None
    row = doc.conn.execute(
        "SELECT name FROM participants WHERE employee_no = ? COLLATE NOCASE AND id != ?", [number, person_id]
    ).fetchone()
    return row[0] if row else None


def look_alikes(doc: Document, person: Participant) -> list[str]:
    """People who may be this same person entered twice: same name and birth year, or same email."""
    found = []
    if person.name.strip() and person.birth_year is not None:
        for name, number in doc.conn.execute(
            "SELECT name, employee_no FROM participants WHERE name = ? COLLATE NOCASE AND birth_year = ? "
            "AND id != ?",
            [person.name.strip(), person.birth_year, person.id],
        ):
            known = f" (employee no. {number})" if number else ""
            found.append(f"{name}, born {person.birth_year}, is already in the file{known}.")
    if person.email.strip():
        for (name,) in doc.conn.execute(
            "SELECT name FROM participants WHERE email = ? COLLATE NOCASE AND id != ?",
            [person.email.strip(), person.id],
        ):
            found.append(f"{person.email.strip()} is already the email of {name}.")
    return found
