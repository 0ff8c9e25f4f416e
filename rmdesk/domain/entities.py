"""The things a reverse-mentoring program is made of, as plain dataclasses.

Every entity carries a stable text id (UUID) and ``updated_at`` so that two
copies of a file can be compared and merged later. Nothing here knows about
storage or Qt.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar, TypeVar

from rmdesk.domain.generations import generation_of
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP, current


def new_id() -> str:
    return str(uuid.uuid4())


C = TypeVar("C", bound=StrEnum)


@functools.cache
def by_value(kind: type[C]) -> dict[str, C]:
    """A choice's members by their stored value: reading thousands of rows, a dict lookup is
    far cheaper than calling the enum."""
    return {member.value: member for member in kind}


class Choice(StrEnum):
    """An enum stored as its value and shown with a human label, in the language spoken."""

    @property
    def english(self) -> str:
        """The label in English: "Ended early" for ``ended_early``."""
        return str.replace(self, "_", " ").capitalize()  # the member is its value: no enum lookup

    @property
    def label(self) -> str:
        return current().translate("Choice", self.english)


def labels(kind: type[Choice]) -> dict[str, str]:
    """Each member's stored value and its label in the language spoken: for tables of thousands of
    rows, one dict lookup each."""
    return _labels(kind, current().language)


@functools.cache
def _labels(kind: type[Choice], language: str) -> dict[str, str]:
    return {member.value: member.label for member in kind}


class EmploymentType(Choice):
    PERMANENT = "permanent"
    CONTRACT = "contract"
    OUTSOURCED = "outsourced"
    INTERN = "intern"


class Role(Choice):
    MENTOR = "mentor"  # the junior reverse mentor
    MENTEE = "mentee"  # the senior who learns

    @property
    def english(self) -> str:
        return "Reverse mentor" if self is Role.MENTOR else "Mentee"


class ProgramStatus(Choice):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


class PairStatus(Choice):
    PROPOSED = "proposed"
    ACTIVE = "active"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


class GoalStatus(Choice):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    DONE = "done"
    NOT_ACHIEVED = "not_achieved"

    @property
    def finished(self) -> bool:
        """The goal has an outcome: done, or closed as not achieved."""
        return str.__eq__(self, "done") or str.__eq__(self, "not_achieved")  # no enum lookup per goal


class MeetingMode(Choice):
    IN_PERSON = "in_person"
    ONLINE = "online"


class Respondent(Choice):
    MENTOR = "mentor"
    MENTEE = "mentee"
    HR = "hr"

    @property
    def english(self) -> str:
        return "HR" if self is Respondent.HR else self.value.capitalize()


class Stage(Choice):
    BASELINE = "baseline"
    MIDPOINT = "midpoint"
    FINAL = "final"


# Every choice's English label as pyside6-lupdate reads it (a test keeps this list complete).
LABELS = (
    QT_TRANSLATE_NOOP("Choice", "Permanent"),
    QT_TRANSLATE_NOOP("Choice", "Contract"),
    QT_TRANSLATE_NOOP("Choice", "Outsourced"),
    QT_TRANSLATE_NOOP("Choice", "Intern"),
    QT_TRANSLATE_NOOP("Choice", "Reverse mentor"),
    QT_TRANSLATE_NOOP("Choice", "Mentee"),
    QT_TRANSLATE_NOOP("Choice", "Planned"),
    QT_TRANSLATE_NOOP("Choice", "Running"),
    QT_TRANSLATE_NOOP("Choice", "Closed"),
    QT_TRANSLATE_NOOP("Choice", "Proposed"),
    QT_TRANSLATE_NOOP("Choice", "Active"),
    QT_TRANSLATE_NOOP("Choice", "Completed"),
    QT_TRANSLATE_NOOP("Choice", "Ended early"),
    QT_TRANSLATE_NOOP("Choice", "Not started"),
    QT_TRANSLATE_NOOP("Choice", "On track"),
    QT_TRANSLATE_NOOP("Choice", "At risk"),
    QT_TRANSLATE_NOOP("Choice", "Done"),
    QT_TRANSLATE_NOOP("Choice", "Not achieved"),
    QT_TRANSLATE_NOOP("Choice", "Overdue"),  # a goal past its date, shown in place of its status
    QT_TRANSLATE_NOOP("Choice", "In person"),
    QT_TRANSLATE_NOOP("Choice", "Online"),
    QT_TRANSLATE_NOOP("Choice", "Mentor"),
    QT_TRANSLATE_NOOP("Choice", "HR"),
    QT_TRANSLATE_NOOP("Choice", "Baseline"),
    QT_TRANSLATE_NOOP("Choice", "Midpoint"),
    QT_TRANSLATE_NOOP("Choice", "Final"),
)


@dataclass
class Entity:
    """Base of every stored row: the table name and the row's identity."""

    table: ClassVar[str] = ""
    label: ClassVar[str] = ""

    id: str = field(default_factory=new_id, kw_only=True)
    updated_at: str = field(default="", kw_only=True)


@dataclass
class Organisation(Entity):
    """The client the file belongs to; one row per file."""

    table: ClassVar[str] = "organisation"
    label: ClassVar[str] = "Organisation"

    name: str = ""
    locale: str = "en"
    language: str = "en"
    logo: bytes | None = None


@dataclass
class Program(Entity):
    """One cohort of pairs with its dates, rhythm and matching settings."""

    table: ClassVar[str] = "programs"
    label: ClassVar[str] = "Program"

    name: str = ""
    objective: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    cadence_days: int = 28
    grace_days: int = 7
    status: ProgramStatus = ProgramStatus.PLANNED
    mentor_capacity: int = 1
    topics: list[str] = field(default_factory=list)
    settings: dict[str, object] = field(default_factory=dict)


@dataclass
class Participant(Entity):
    """An employee (or outsourced worker) who may mentor or be mentored."""

    table: ClassVar[str] = "participants"
    label: ClassVar[str] = "Participant"

    name: str = ""
    employee_no: str = ""
    email: str = ""
    department: str = ""
    job_title: str = ""
    grade: int | None = None
    birth_year: int | None = None
    manager_id: str | None = None
    location: str = ""
    languages: list[str] = field(default_factory=list)
    employment_type: EmploymentType = EmploymentType.PERMANENT
    agency: str = ""
    client_site: str = ""
    contract_end: dt.date | None = None
    performance: int | None = None  # 1 low .. 3 high (9-box rows)
    potential: int | None = None  # 1 low .. 3 high (9-box columns)
    topics_offered: dict[str, int] = field(default_factory=dict)  # topic -> level 1..5
    topics_wanted: dict[str, int] = field(default_factory=dict)
    consent_date: dt.date | None = None
    notes: str = ""
    archived: bool = False

    @property
    def generation(self) -> str:
        return generation_of(self.birth_year)


@dataclass
class Enrolment(Entity):
    """A participant taking part in one program in one role."""

    table: ClassVar[str] = "enrolments"
    label: ClassVar[str] = "Enrolment"

    program_id: str = ""
    participant_id: str = ""
    role: Role = Role.MENTOR


@dataclass
class Pair(Entity):
    """A reverse mentor and a mentee working together in a program."""

    table: ClassVar[str] = "pairs"
    label: ClassVar[str] = "Pair"

    program_id: str = ""
    mentor_id: str = ""
    mentee_id: str = ""
    status: PairStatus = PairStatus.PROPOSED
    end_reason: str = ""
    locked: bool = False
    score: float | None = None
    explanation: list[str] = field(default_factory=list)
    started_on: dt.date | None = None
    ended_on: dt.date | None = None


@dataclass
class Goal(Entity):
    """A SMART goal a pair agrees on."""

    table: ClassVar[str] = "goals"
    label: ClassVar[str] = "Goal"

    pair_id: str = ""
    topic: str = ""
    specific: str = ""
    measure: str = ""
    target_date: dt.date | None = None
    status: GoalStatus = GoalStatus.NOT_STARTED
    progress: int = 0  # percent


@dataclass
class Meeting(Entity):
    """One session a pair held."""

    table: ClassVar[str] = "meetings"
    label: ClassVar[str] = "Meeting"

    pair_id: str = ""
    date: dt.date | None = None
    duration_min: int = 60
    mode: MeetingMode = MeetingMode.IN_PERSON
    topics: list[str] = field(default_factory=list)
    notes: str = ""
    goal_ids: list[str] = field(default_factory=list)  # the goals this meeting worked on


@dataclass
class Evaluation(Entity):
    """One respondent's check-in on a pair at one stage."""

    table: ClassVar[str] = "evaluations"
    label: ClassVar[str] = "Evaluation"

    pair_id: str = ""
    respondent: Respondent = Respondent.MENTEE
    stage: Stage = Stage.BASELINE
    date: dt.date | None = None
    answers: dict[str, int] = field(default_factory=dict)  # item key -> 1..5
    confidence: dict[str, int] = field(default_factory=dict)  # topic -> 1..5
    comments: str = ""


@dataclass
class Exclusion(Entity):
    """Two people who must never be paired (a conflict, a family tie, a request)."""

    table: ClassVar[str] = "exclusions"
    label: ClassVar[str] = "Never-Pair Entry"

    first_id: str = ""
    second_id: str = ""
    reason: str = ""


ENTITY_TYPES: tuple[type[Entity], ...] = (
    Organisation,
    Program,
    Participant,
    Enrolment,
    Pair,
    Goal,
    Meeting,
    Evaluation,
    Exclusion,
)
COUNTED: tuple[type[Entity], ...] = (Program, Participant, Enrolment, Pair, Goal, Meeting, Evaluation)
BY_TABLE: dict[str, type[Entity]] = {t.table: t for t in ENTITY_TYPES}
