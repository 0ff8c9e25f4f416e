"""The facts a report states, read from the file once and shaped for the pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rmdesk.domain.entities import (
    Evaluation,
    Goal,
    GoalStatus,
    Meeting,
    Organisation,
    Pair,
    Participant,
    Program,
    Respondent,
    Stage,
)
from rmdesk.domain.health import Health, pair_health
from rmdesk.domain.templates import KIRKPATRICK_LEVELS, Questionnaire
from rmdesk.store.document import Document


@dataclass
class PairFacts:
    organisation: Organisation
    program: Program
    pair: Pair
    mentor: Participant
    mentee: Participant
    goals: list[Goal]
    meetings: list[Meeting]
    evaluations: list[Evaluation]
    questionnaire: Questionnaire
    health: Health
    days_since: int
    expected_meetings: int
    today: dt.date

    @property
    def period(self) -> str:
        start = self.pair.started_on or self.program.start_date
        end = self.pair.ended_on or self.program.end_date
        return f"{start or '?'} to {end or 'open'}"

    def level_means(self, stage: Stage, respondent: Respondent | None = None) -> dict[str, float]:
        """Mean answer per Kirkpatrick level at ``stage`` (both sides unless one is named)."""
        levels = {q.key: q.level for q in self.questionnaire.items}
        sums: dict[str, list[int]] = {}
        for e in self.evaluations:
            if e.stage is stage and (respondent is None or e.respondent is respondent):
                for key, value in e.answers.items():
                    if key in levels:
                        sums.setdefault(levels[key], []).append(value)
        return {level: sum(v) / len(v) for level, v in sums.items()}

    def confidence(self, stage: Stage) -> dict[str, float]:
        """The mentee's confidence per topic at ``stage``."""
        for e in self.evaluations:
            if e.stage is stage and e.respondent is Respondent.MENTEE and e.confidence:
                return {topic: float(value) for topic, value in e.confidence.items()}
        return {}


def pair_facts(doc: Document, pair_id: str, today: dt.date | None = None) -> PairFacts:
    today = today or dt.date.today()
    pair = doc.get(Pair, pair_id)
    program = doc.get(Program, pair.program_id)
    meetings = doc.all(Meeting, "pair_id = ?", [pair.id], order_by="date")
    last = max((m.date for m in meetings if m.date), default=None)
    health, days = pair_health(program, pair, last, today)
    start = pair.started_on or program.start_date
    end = min(x for x in (today, pair.ended_on, program.end_date) if x is not None)
    expected = max(((end - start).days // program.cadence_days) + 1, 0) if start and end >= start else 0
    return PairFacts(
        organisation=doc.organisation(),
        program=program,
        pair=pair,
        mentor=doc.get(Participant, pair.mentor_id),
        mentee=doc.get(Participant, pair.mentee_id),
        goals=doc.all(Goal, "pair_id = ?", [pair.id], order_by="target_date"),
        meetings=meetings,
        evaluations=doc.all(Evaluation, "pair_id = ?", [pair.id], order_by="date"),
        questionnaire=Questionnaire.of(program.settings),
        health=health,
        days_since=days,
        expected_meetings=expected,
        today=today,
    )


@dataclass(frozen=True)
class PairLine:
    """One line of the program report's table of pairs."""

    mentor: str
    mentee: str
    status: str
    health: str
    meetings: int
    goals_done: int
    goals: int
    satisfaction: float | None


def pair_lines(doc: Document, program: Program, today: dt.date) -> list[PairLine]:
    """Every pair of the program with its counts, in three queries rather than one per pair."""
    names = dict(doc.conn.execute("SELECT id, name FROM participants").fetchall())
    met: dict[str, tuple[int, str | None]] = {
        pair_id: (count, last)
        for pair_id, count, last in doc.conn.execute(
            "SELECT m.pair_id, count(*), max(m.date) FROM meetings m JOIN pairs p ON p.id = m.pair_id "
            "WHERE p.program_id = ? GROUP BY m.pair_id",
            [program.id],
        )
    }
    goals: dict[str, tuple[int, int]] = {
        pair_id: (done, total)
        for pair_id, done, total in doc.conn.execute(
            "SELECT g.pair_id, sum(g.status = ?), count(*) FROM goals g JOIN pairs p ON p.id = g.pair_id "
            "WHERE p.program_id = ? GROUP BY g.pair_id",
            [GoalStatus.DONE.value, program.id],
        )
    }
    reaction = [q.key for q in Questionnaire.of(program.settings).items if q.level == KIRKPATRICK_LEVELS[0]]
    satisfaction: dict[str, float] = {}
    if reaction:
        marks = ",".join("?" * len(reaction))
        satisfaction = dict(
            doc.conn.execute(
                "SELECT e.pair_id, avg(a.value) FROM evaluations e JOIN pairs p ON p.id = e.pair_id, "
                f"json_each(e.answers) a WHERE p.program_id = ? AND a.key IN ({marks}) GROUP BY e.pair_id",
                [program.id, *reaction],
            ).fetchall()
        )
    lines = []
    for pair in doc.all(Pair, "program_id = ?", [program.id]):
        count, last = met.get(pair.id, (0, None))
        health, _ = pair_health(program, pair, dt.date.fromisoformat(last) if last else None, today)
        done, total = goals.get(pair.id, (0, 0))
        lines.append(
            PairLine(
                names.get(pair.mentor_id, "?"),
                names.get(pair.mentee_id, "?"),
                pair.status.label,
                health.label if pair.status.value == "active" else "–",
                count,
                done,
                total,
                satisfaction.get(pair.id),
            )
        )
    return sorted(lines, key=lambda line: (line.mentor.lower(), line.mentee.lower()))
