"""The facts a report states, read from the file once, as of a date, and shaped for the pages.

The definitions are those of :mod:`rmdesk.store.dashboard` (as of, asked and answered,
satisfaction from the midpoint on, the same mentees before and after), so a pair's report, the
program report and the dashboard tell the same figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rmdesk.domain import i18n
from rmdesk.domain.entities import (
    Evaluation,
    Goal,
    Meeting,
    Organisation,
    Pair,
    PairStatus,
    Participant,
    Program,
    Respondent,
    Stage,
)
from rmdesk.domain.health import Health, expected_meetings, goal_overdue, pair_health, pair_on
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP
from rmdesk.domain.templates import KIRKPATRICK_LEVELS, Questionnaire
from rmdesk.reports.layout import day
from rmdesk.store.dashboard import LATER, CheckIns, check_ins, reaction_mean
from rmdesk.store.document import Document

LEVEL_NAMES = {
    "reaction": QT_TRANSLATE_NOOP("ReportFacts", "Reaction"),
    "learning": QT_TRANSLATE_NOOP("ReportFacts", "Learning"),
    "behaviour": QT_TRANSLATE_NOOP("ReportFacts", "Behaviour"),
    "results": QT_TRANSLATE_NOOP("ReportFacts", "Results"),
}


def level_name(level: str) -> str:
    """A Kirkpatrick level as the language spoken names it: "Reaction", "Reaksi"."""
    found = LEVEL_NAMES.get(level)
    return i18n.translate("ReportFacts", found) if found else level.capitalize()


def stage_named(label: str) -> Stage:
    """The stage whose label (in the language spoken) is ``label``."""
    return next(s for s in Stage if s.label == label)


def ended_text(pair: Pair, reason: str | None = None) -> str:
    """How a finished pair ended, with the date and the stored reason (or ``reason``, as a copy
    for another reader words it)."""
    reason = pair.end_reason.strip() if reason is None else reason
    if pair.status is PairStatus.ENDED_EARLY:
        if pair.ended_on and reason:
            text = i18n.translate("ReportFacts", "Ended early on {date}: {reason}")
        elif pair.ended_on:
            text = i18n.translate("ReportFacts", "Ended early on {date}")
        elif reason:
            text = i18n.translate("ReportFacts", "Ended early: {reason}")
        else:
            text = i18n.translate("ReportFacts", "Ended early")
    elif pair.ended_on:
        text = i18n.translate("ReportFacts", "Completed on {date}")
    else:
        text = i18n.translate("ReportFacts", "Completed")
    return text.format(date=day(pair.ended_on) if pair.ended_on else "", reason=reason)


@dataclass
class PairFacts:
    organisation: Organisation
    program: Program
    pair: Pair  # as it stood on the as-of date
    mentor: Participant
    mentee: Participant
    goals: list[Goal]
    meetings: list[Meeting]  # held by the as-of date
    evaluations: list[Evaluation]  # dated by the as-of date (or undated)
    questionnaire: Questionnaire
    health: Health | None  # None unless the pair is active
    days_since: int
    expected_meetings: int
    today: dt.date  # the as-of date

    @property
    def period(self) -> str:
        start = self.pair.started_on or self.program.start_date
        end = self.pair.ended_on or self.program.end_date
        return i18n.translate("ReportFacts", "{start} to {end}").format(
            start=day(start) if start else "?",
            end=day(end) if end else i18n.translate("ReportFacts", "open"),
        )

    def latest(self, stage: Stage, respondent: Respondent) -> Evaluation | None:
        """The latest check-in of one side at one stage."""
        found = [e for e in self.evaluations if e.stage is stage and e.respondent is respondent]
        return found[-1] if found else None

    def stages(self) -> list[Stage]:
        return [s for s in Stage if any(e.stage is s for e in self.evaluations)]

    def level_means(self, stage: Stage, respondent: Respondent) -> dict[str, float]:
        """One side's mean answer per Kirkpatrick level at ``stage`` (reaction from the midpoint on)."""
        found = self.latest(stage, respondent)
        if found is None:
            return {}
        levels = {q.key: q.level for q in self.questionnaire.items}
        sums: dict[str, list[int]] = {}
        for key, value in found.answers.items():
            level = levels.get(key)
            if level and not (level == KIRKPATRICK_LEVELS[0] and stage is Stage.BASELINE):
                sums.setdefault(level, []).append(value)
        return {level: sum(v) / len(v) for level, v in sums.items()}

    def satisfaction(self) -> tuple[Stage | None, dict[Respondent, float]]:
        """The pair's satisfaction: its latest stage from the midpoint on, mentee and mentor apart."""
        reaction = [q.key for q in self.questionnaire.items if q.level == KIRKPATRICK_LEVELS[0]]
        for stage in reversed(LATER):
            means = {}
            for side in (Respondent.MENTEE, Respondent.MENTOR):
                found = self.latest(stage, side)
                value = reaction_mean(found.answers, reaction) if found else None
                if value is not None:
                    means[side] = value
            if means:
                return stage, means
        return None, {}

    def confidence(self) -> tuple[Stage | None, list[tuple[str, int | None, int | None]]]:
        """The mentee's confidence per topic at the baseline and the latest later stage."""
        before = self.latest(Stage.BASELINE, Respondent.MENTEE)
        later = None
        for stage in (Stage.FINAL, Stage.MIDPOINT):
            found = self.latest(stage, Respondent.MENTEE)
            if found is not None and found.confidence:
                later = stage, found
                break
        start = before.confidence if before else {}
        end = later[1].confidence if later else {}
        topics = list(dict.fromkeys([*start, *end]))
        return (later[0] if later else None), [(t, start.get(t), end.get(t)) for t in topics]

    @property
    def goals_overdue(self) -> int:
        return sum(1 for g in self.goals if goal_overdue(g, self.today))


def pair_facts(doc: Document, pair_id: str, today: dt.date | None = None) -> PairFacts:
    today = today or dt.date.today()
    pair = pair_on(doc.get(Pair, pair_id), today)
    program = doc.get(Program, pair.program_id)
    meetings = [
        m
        for m in doc.all(Meeting, "pair_id = ?", [pair.id], order_by="date")
        if not m.date or m.date <= today
    ]
    last = max((m.date for m in meetings if m.date), default=None)
    health: Health | None = None
    days = 0
    if pair.status is PairStatus.ACTIVE:
        health, days = pair_health(program, pair, last, today)
    evaluations = [
        e
        for e in doc.all(Evaluation, "pair_id = ?", [pair.id], order_by="date IS NOT NULL, date")
        if not e.date or e.date <= today
    ]
    return PairFacts(
        organisation=doc.organisation(),
        program=program,
        pair=pair,
        mentor=doc.get(Participant, pair.mentor_id),
        mentee=doc.get(Participant, pair.mentee_id),
        goals=doc.all(Goal, "pair_id = ?", [pair.id], order_by="target_date"),
        meetings=meetings,
        evaluations=evaluations,
        questionnaire=Questionnaire.of(program.settings),
        health=health,
        days_since=days,
        expected_meetings=expected_meetings(program, pair, today),
        today=today,
    )


@dataclass(frozen=True)
class PairLine:
    """One line of the program report's table of pairs."""

    pair_id: str
    mentor: str
    mentee: str
    mentor_id: str
    mentee_id: str
    status: str  # "Active", "Ended early on 2026-08-15: Moved to another role"...
    health: str  # active pairs only, else "–"
    meetings: int
    expected: int
    goals_done: int
    goals: int
    goals_overdue: int
    satisfaction: dict[Respondent, float]  # the latest stage, mentee and mentor apart


def pair_lines(
    doc: Document, program: Program, today: dt.date, found: CheckIns | None = None
) -> list[PairLine]:
    """Every pair of the program with its figures as of ``today``, in a few queries (``found``:
    the check-ins, when the caller has read them already)."""
    names = dict(doc.conn.execute("SELECT id, name FROM participants").fetchall())
    met: dict[str, tuple[int, str | None]] = {
        pair_id: (count, last)
        for pair_id, count, last in doc.conn.execute(
            "SELECT m.pair_id, count(*), max(m.date) FROM meetings m JOIN pairs p ON p.id = m.pair_id "
            "WHERE p.program_id = ? AND (m.date IS NULL OR m.date <= ?) GROUP BY m.pair_id",
            [program.id, today.isoformat()],
        )
    }
    goals: dict[str, tuple[int, int, int]] = {
        pair_id: (done, total, late)
        for pair_id, done, total, late in doc.conn.execute(
            "SELECT g.pair_id, sum(g.status = 'done'), count(*), "
            "sum(g.target_date < ? AND g.status NOT IN ('done', 'not_achieved')) "
            "FROM goals g JOIN pairs p ON p.id = g.pair_id WHERE p.program_id = ? GROUP BY g.pair_id",
            [today.isoformat(), program.id],
        )
    }
    reaction = [q.key for q in Questionnaire.of(program.settings).items if q.level == KIRKPATRICK_LEVELS[0]]
    latest: dict[str, tuple[int, dict[Respondent, float]]] = {}
    for (pair_id, stage, side), answer in (
        check_ins(doc, program, today) if found is None else found
    ).items():
        if stage not in LATER or side is Respondent.HR:
            continue
        value = reaction_mean(answer.answers, reaction)
        if value is None:
            continue
        rank = LATER.index(stage)
        seen = latest.get(pair_id)
        if seen is None or seen[0] < rank:
            latest[pair_id] = (rank, {side: value})
        elif seen[0] == rank:
            seen[1][side] = value
    lines = []
    for stored in doc.shared(Pair):
        if stored.program_id != program.id:
            continue
        pair = pair_on(stored, today)
        count, last = met.get(pair.id, (0, None))
        status = pair.status.label
        health = "–"
        if pair.status is PairStatus.ACTIVE:
            state, _ = pair_health(program, pair, dt.date.fromisoformat(last) if last else None, today)
            health = state.label
        elif pair.status is not PairStatus.PROPOSED:
            status = ended_text(pair)
        done, total, late = goals.get(pair.id, (0, 0, 0))
        lines.append(
            PairLine(
                pair.id,
                names.get(pair.mentor_id, "?"),
                names.get(pair.mentee_id, "?"),
                pair.mentor_id,
                pair.mentee_id,
                status,
                health,
                count,
                expected_meetings(program, pair, today),
                done or 0,
                total,
                late or 0,
                latest.get(pair.id, (0, {}))[1],
            )
        )
    return sorted(lines, key=lambda line: (line.mentor.casefold(), line.mentee.casefold()))
