"""Rules an entity must meet before it is stored, worded for the person fixing it.

Each check returns a list of :class:`Problem`; an empty list means valid. Forms
show the message next to the field named by ``field``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from rmdesk.domain.entities import (
    Entity,
    Evaluation,
    Goal,
    Meeting,
    Pair,
    Participant,
    Program,
)
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# The ranges of numbers a form accepts; the store also refuses a file holding others.
LIMITS: dict[tuple[str, str], tuple[int, int]] = {
    ("participants", "grade"): (1, 20),
    ("participants", "performance"): (1, 3),
    ("participants", "potential"): (1, 3),
    ("programs", "cadence_days"): (1, 365),
    ("programs", "grace_days"): (0, 90),
    ("programs", "mentor_capacity"): (1, 10),
    ("goals", "progress"): (0, 100),
    ("meetings", "duration_min"): (1, 600),
}
LEVELS = (1, 5)  # a topic's level, and confidence in it


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


class ValidationError(ValueError):
    """Raised by the store when an entity breaks a rule; carries every problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))


def _(what: str) -> str:
    """The name of a field, marked with QT_TRANSLATE_NOOP where it is given, in the language spoken."""
    return translate("Validation", what)


def _in_range(out: list[Problem], name: str, value: int | None, low: int, high: int, what: str):
    if value is not None and not low <= value <= high:
        text = translate("Validation", "{what} must be between {low} and {high} (got {value}).")
        out.append(Problem(name, text.format(what=_(what), low=low, high=high, value=value)))


def _levels(out: list[Problem], name: str, levels: dict[str, int], what: str) -> None:
    for topic, level in levels.items():
        if not topic.strip():
            out.append(
                Problem(name, translate("Validation", "{what}: a topic has no name.").format(what=_(what)))
            )
        elif not LEVELS[0] <= level <= LEVELS[1]:
            text = translate("Validation", "{what}: level for {topic} must be 1 to 5 (got {level}).")
            out.append(Problem(name, text.format(what=_(what), topic=topic, level=level)))


def check_participant(p: Participant, today: dt.date | None = None) -> list[Problem]:
    today = today or dt.date.today()
    out: list[Problem] = []
    if not p.name.strip():
        out.append(Problem("name", translate("Validation", "Name is required.")))
    if p.email and not EMAIL.match(p.email):
        out.append(
            Problem(
                "email",
                translate("Validation", "Email {email} is not a valid address.").format(email=repr(p.email)),
            )
        )
    _in_range(
        out, "birth_year", p.birth_year, 1930, today.year - 14, QT_TRANSLATE_NOOP("Validation", "Birth year")
    )
    _in_range(
        out, "grade", p.grade, *LIMITS["participants", "grade"], QT_TRANSLATE_NOOP("Validation", "Grade")
    )
    _in_range(
        out,
        "performance",
        p.performance,
        *LIMITS["participants", "performance"],
        QT_TRANSLATE_NOOP("Validation", "Performance"),
    )
    _in_range(
        out,
        "potential",
        p.potential,
        *LIMITS["participants", "potential"],
        QT_TRANSLATE_NOOP("Validation", "Potential"),
    )
    _levels(out, "topics_offered", p.topics_offered, QT_TRANSLATE_NOOP("Validation", "Topics offered"))
    _levels(out, "topics_wanted", p.topics_wanted, QT_TRANSLATE_NOOP("Validation", "Topics wanted"))
    if p.manager_id is not None and p.manager_id == p.id:
        out.append(Problem("manager_id", translate("Validation", "A person cannot be their own manager.")))
    if p.employment_type == "outsourced" and not p.agency.strip():
        out.append(
            Problem(
                "agency",
                translate("Validation", "Outsourced staff need the agency they are contracted through."),
            )
        )
    if p.consent_date and p.consent_date > today:
        out.append(
            Problem(
                "consent_date",
                translate("Validation", "Consent date {date} is in the future.").format(date=p.consent_date),
            )
        )
    return out


def check_program(p: Program) -> list[Problem]:
    out: list[Problem] = []
    if not p.name.strip():
        out.append(Problem("name", translate("Validation", "Program name is required.")))
    if p.start_date and p.end_date and p.end_date <= p.start_date:
        out.append(
            Problem(
                "end_date",
                translate("Validation", "End date {end} must be after the start {start}.").format(
                    end=p.end_date, start=p.start_date
                ),
            )
        )
    _in_range(
        out,
        "cadence_days",
        p.cadence_days,
        *LIMITS["programs", "cadence_days"],
        QT_TRANSLATE_NOOP("Validation", "Meeting cadence (days)"),
    )
    _in_range(
        out,
        "grace_days",
        p.grace_days,
        *LIMITS["programs", "grace_days"],
        QT_TRANSLATE_NOOP("Validation", "Grace days"),
    )
    _in_range(
        out,
        "mentor_capacity",
        p.mentor_capacity,
        *LIMITS["programs", "mentor_capacity"],
        QT_TRANSLATE_NOOP("Validation", "Mentor capacity"),
    )
    return out


def check_contract(participant: Participant, program: Program) -> list[Problem]:
    """An outsourced or contract worker must still be employed when the program starts."""
    end, start = participant.contract_end, program.start_date
    if end and start and end < start:
        return [
            Problem(
                "contract_end",
                translate("Validation", "Contract end {end} is before the program start {start}.").format(
                    end=end, start=start
                ),
            )
        ]
    return []


def check_pair(p: Pair) -> list[Problem]:
    if p.mentor_id and p.mentor_id == p.mentee_id:
        return [Problem("mentee_id", translate("Validation", "A person cannot mentor themselves."))]
    return []


def check_goal(g: Goal) -> list[Problem]:
    out: list[Problem] = []
    if not g.specific.strip():
        out.append(Problem("specific", translate("Validation", "Say what the goal is.")))
    _in_range(
        out,
        "progress",
        g.progress,
        *LIMITS["goals", "progress"],
        QT_TRANSLATE_NOOP("Validation", "Progress (%)"),
    )
    return out


def check_meeting(m: Meeting) -> list[Problem]:
    out: list[Problem] = []
    if m.date is None:
        out.append(Problem("date", translate("Validation", "Meeting date is required.")))
    _in_range(
        out,
        "duration_min",
        m.duration_min,
        *LIMITS["meetings", "duration_min"],
        QT_TRANSLATE_NOOP("Validation", "Duration (minutes)"),
    )
    return out


def check_evaluation(e: Evaluation, scale: int = 5) -> list[Problem]:
    out: list[Problem] = []
    for key, value in e.answers.items():
        if (
            value is not None and not 1 <= value <= scale
        ):  # worded only when wrong: thousands are checked at once
            what = translate("Validation", "Answer {key}").format(key=repr(key))
            _in_range(out, "answers", value, 1, scale, what)
    _levels(out, "confidence", e.confidence, QT_TRANSLATE_NOOP("Validation", "Confidence"))
    return out


CHECKS: dict[type[Entity], Callable[..., list[Problem]]] = {
    Participant: check_participant,
    Program: check_program,
    Pair: check_pair,
    Goal: check_goal,
    Meeting: check_meeting,
    Evaluation: check_evaluation,
}


def problems_of(entity: Entity) -> list[Problem]:
    """Every problem with one entity on its own (rules across entities are separate)."""
    check = CHECKS.get(type(entity))
    return check(entity) if check else []
