"""The program's figures for the dashboard (and later the reports), computed in SQLite.

Answers and confidence are JSON maps in the file; ``json_each`` opens them in
SQL so 15,000 evaluations are summed without loading them into Python.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rmdesk.domain.entities import EmploymentType, GoalStatus, PairStatus, Program, Role, Stage
from rmdesk.domain.generations import generation_of
from rmdesk.domain.templates import Questionnaire
from rmdesk.store.document import Document

Series = list[tuple[str, float]]


@dataclass
class Figures:
    people_by_role: Series = field(default_factory=list)
    people_by_generation: Series = field(default_factory=list)
    people_by_department: Series = field(default_factory=list)
    people_by_employment: Series = field(default_factory=list)
    pairs_by_status: Series = field(default_factory=list)
    meetings_per_pair: Series = field(default_factory=list)  # buckets: how many pairs met 0, 1-2, ... times
    goals_by_status: Series = field(default_factory=list)
    satisfaction_by_stage: Series = field(default_factory=list)  # mean of the reaction items
    # topic, mean at baseline, mean at the final check-in (None: no answers yet)
    confidence_by_topic: list[tuple[str, float | None, float | None]] = field(default_factory=list)
    enrolled: int = 0
    still_active: int = 0  # enrolled people not archived
    pairs: int = 0
    meetings: int = 0
    goals_done: int = 0
    goals: int = 0

    @property
    def retention(self) -> float:
        return self.still_active / self.enrolled if self.enrolled else 0.0

    @property
    def goal_completion(self) -> float:
        return self.goals_done / self.goals if self.goals else 0.0


def _count(values: Counter[str], order: list[str] | None = None) -> Series:
    keys = order if order is not None else sorted(values, key=lambda k: (-values[k], k))
    return [(k, float(values[k])) for k in keys if values.get(k)]


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def figures(doc: Document, program: Program) -> Figures:
    q = doc.conn.execute
    f = Figures()
    people = q(
        "SELECT p.birth_year, p.department, p.employment_type, p.archived, e.role "
        "FROM enrolments e JOIN participants p ON p.id = e.participant_id WHERE e.program_id = ?",
        [program.id],
    ).fetchall()
    f.enrolled = len(people)
    f.still_active = sum(1 for row in people if not row[3])
    roles = Counter(Role(row[4]).label for row in people)
    f.people_by_role = _count(roles, [Role.MENTOR.label, Role.MENTEE.label])
    f.people_by_generation = _count(Counter(generation_of(row[0]) or "Unknown" for row in people))
    departments = Counter(row[1] or "No department" for row in people)
    top = _count(departments)
    f.people_by_department = top[:8] + ([("Other", sum(v for _, v in top[8:]))] if len(top) > 8 else [])
    f.people_by_employment = _count(Counter(EmploymentType(row[2]).label for row in people))

    statuses = dict(
        q("SELECT status, count(*) FROM pairs WHERE program_id = ? GROUP BY status", [program.id])
    )
    f.pairs_by_status = [
        (s.label, float(statuses.get(s.value, 0))) for s in PairStatus if statuses.get(s.value)
    ]
    f.pairs = sum(statuses.values())

    held = [
        n
        for (n,) in q(
            "SELECT count(m.id) FROM pairs p LEFT JOIN meetings m ON m.pair_id = p.id "
            "WHERE p.program_id = ? AND p.status != 'proposed' GROUP BY p.id",
            [program.id],
        )
    ]
    # Every meeting held counts, also one logged before its pair was started (the reports agree).
    f.meetings = q(
        "SELECT count(*) FROM meetings m JOIN pairs p ON p.id = m.pair_id WHERE p.program_id = ?",
        [program.id],
    ).fetchone()[0]
    buckets = Counter("0" if n == 0 else "1-2" if n <= 2 else "3-4" if n <= 4 else "5 or more" for n in held)
    f.meetings_per_pair = _count(buckets, ["0", "1-2", "3-4", "5 or more"])

    goal_statuses = dict(
        q(
            "SELECT g.status, count(*) FROM goals g JOIN pairs p ON p.id = g.pair_id "
            "WHERE p.program_id = ? GROUP BY g.status",
            [program.id],
        )
    )
    f.goals = sum(goal_statuses.values())
    f.goals_done = goal_statuses.get("done", 0)
    f.goals_by_status = [
        (s.label, float(goal_statuses.get(s.value, 0))) for s in GoalStatus if goal_statuses.get(s.value)
    ]

    reaction = [item.key for item in Questionnaire.of(program.settings).items if item.level == "reaction"]
    if reaction:
        marks = ",".join("?" * len(reaction))
        means = dict(
            q(
                "SELECT e.stage, avg(a.value) FROM evaluations e JOIN pairs p ON p.id = e.pair_id, "
                f"json_each(e.answers) a WHERE p.program_id = ? AND a.key IN ({marks}) GROUP BY e.stage",
                [program.id, *reaction],
            )
        )
        f.satisfaction_by_stage = [(s.label, round(means[s.value], 2)) for s in Stage if s.value in means]

    confidence = q(
        "SELECT c.key, e.stage, avg(c.value) FROM evaluations e JOIN pairs p ON p.id = e.pair_id, "
        "json_each(e.confidence) c WHERE p.program_id = ? AND e.respondent = 'mentee' "
        "AND e.stage IN ('baseline', 'final') GROUP BY c.key, e.stage",
        [program.id],
    ).fetchall()
    by_topic: dict[str, dict[str, float]] = {}
    for topic, stage, mean in confidence:
        by_topic.setdefault(topic, {})[stage] = mean
    order = [t for t in program.topics if t in by_topic] + sorted(
        t for t in by_topic if t not in program.topics
    )
    f.confidence_by_topic = [
        (t, _rounded(by_topic[t].get("baseline")), _rounded(by_topic[t].get("final"))) for t in order
    ]
    return f
