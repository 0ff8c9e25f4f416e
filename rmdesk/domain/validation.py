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


def _in_range(out: list[Problem], name: str, value: int | None, low: int, high: int, what: str):
    if value is not None and not low <= value <= high:
        out.append(Problem(name, f"{what} must be between {low} and {high} (got {value})."))


def _levels(out: list[Problem], name: str, levels: dict[str, int], what: str) -> None:
    for topic, level in levels.items():
        if not topic.strip():
            out.append(Problem(name, f"{what}: a topic has no name."))
        elif not LEVELS[0] <= level <= LEVELS[1]:
            out.append(Problem(name, f"{what}: level for {topic} must be 1 to 5 (got {level})."))


def check_participant(p: Participant, today: dt.date | None = None) -> list[Problem]:
    today = today or dt.date.today()
    out: list[Problem] = []
    if not p.name.strip():
        out.append(Problem("name", "Name is required."))
    if p.email and not EMAIL.match(p.email):
        out.append(Problem("email", f"Email {p.email!r} is not a valid address."))
    _in_range(out, "birth_year", p.birth_year, 1930, today.year - 14, "Birth year")
    _in_range(out, "grade", p.grade, *LIMITS["participants", "grade"], "Grade")
    _in_range(out, "performance", p.performance, *LIMITS["participants", "performance"], "Performance")
    _in_range(out, "potential", p.potential, *LIMITS["participants", "potential"], "Potential")
    _levels(out, "topics_offered", p.topics_offered, "Topics offered")
    _levels(out, "topics_wanted", p.topics_wanted, "Topics wanted")
    if p.manager_id is not None and p.manager_id == p.id:
        out.append(Problem("manager_id", "A person cannot be their own manager."))
    if p.employment_type == "outsourced" and not p.agency.strip():
        out.append(Problem("agency", "Outsourced staff need the agency they are contracted through."))
    if p.consent_date and p.consent_date > today:
        out.append(Problem("consent_date", f"Consent date {p.consent_date} is in the future."))
    return out


def check_program(p: Program) -> list[Problem]:
    out: list[Problem] = []
    if not p.name.strip():
        out.append(Problem("name", "Program name is required."))
    if p.start_date and p.end_date and p.end_date <= p.start_date:
        out.append(Problem("end_date", f"End date {p.end_date} must be after the start {p.start_date}."))
    _in_range(
        out, "cadence_days", p.cadence_days, *LIMITS["programs", "cadence_days"], "Meeting cadence (days)"
    )
    _in_range(out, "grace_days", p.grace_days, *LIMITS["programs", "grace_days"], "Grace days")
    _in_range(
        out, "mentor_capacity", p.mentor_capacity, *LIMITS["programs", "mentor_capacity"], "Mentor capacity"
    )
    return out


def check_contract(participant: Participant, program: Program) -> list[Problem]:
    """An outsourced or contract worker must still be employed when the program starts."""
    end, start = participant.contract_end, program.start_date
    if end and start and end < start:
        return [
            Problem(
                "contract_end",
                f"Contract end {end} is before the program start {start}.",
            )
        ]
    return []


def check_pair(p: Pair) -> list[Problem]:
    if p.mentor_id and p.mentor_id == p.mentee_id:
        return [Problem("mentee_id", "A person cannot mentor themselves.")]
    return []


def check_goal(g: Goal) -> list[Problem]:
    out: list[Problem] = []
    if not g.specific.strip():
        out.append(Problem("specific", "Say what the goal is."))
    _in_range(out, "progress", g.progress, *LIMITS["goals", "progress"], "Progress (%)")
    return out


def check_meeting(m: Meeting) -> list[Problem]:
    out: list[Problem] = []
    if m.date is None:
        out.append(Problem("date", "Meeting date is required."))
    _in_range(out, "duration_min", m.duration_min, *LIMITS["meetings", "duration_min"], "Duration (minutes)")
    return out


def check_evaluation(e: Evaluation, scale: int = 5) -> list[Problem]:
    out: list[Problem] = []
    for key, value in e.answers.items():
        _in_range(out, "answers", value, 1, scale, f"Answer {key!r}")
    _levels(out, "confidence", e.confidence, "Confidence")
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
