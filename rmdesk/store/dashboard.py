"""The program's figures as of a date, for the dashboard and the reports alike.

One definition of each figure, so the window and the PDF a board reads never disagree:

- **As of**: nothing dated after the as-of date counts (meetings, check-ins); a pair that ended
  later was still active then, one that started later was still a proposal. Goal statuses and
  archiving carry no date: they count as recorded.
- **Asked and answered**: a check-in stage is asked of both sides of every pair that had started
  and was still running when the stage fell due (or answered it anyway); every mean says how many
  answered it, out of how many were asked.
- **Reaction** (satisfaction) is asked from the midpoint on: the baseline comes before the first
  session, so its reaction items are never counted. Mentees and mentors are told apart; HR's
  observations are not satisfaction.
- **Learning** compares the same mentees: only those who rated a topic at the baseline and at the
  latest stage (the final, or the midpoint until a final is in) count for that topic.
- **Meetings** held against those expected: one within the grace days of a pair's start, then one
  per cadence, up to the as-of date or the pair's end.

Answers and confidence are JSON maps in the file; one read of a program's check-ins (the latest
per pair, stage and side) feeds every figure.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from rmdesk.domain.entities import (
    EmploymentType,
    GoalStatus,
    Pair,
    PairStatus,
    Program,
    Respondent,
    Role,
    Stage,
    by_value,
)
from rmdesk.domain.generations import generation_of
from rmdesk.domain.health import (
    Health,
    expected_meetings,
    overdue_label,
    pair_health,
    stage_dates,
)
from rmdesk.domain.i18n import translate
from rmdesk.domain.templates import KIRKPATRICK_LEVELS, Questionnaire
from rmdesk.store.codec import loads, made_at_once
from rmdesk.store.document import Document
from rmdesk.store.queries import pairs_on

Series = list[tuple[str, float]]
SIDES = (Respondent.MENTEE, Respondent.MENTOR)
LATER = (Stage.MIDPOINT, Stage.FINAL)  # the stages that ask about the sessions


@dataclass(frozen=True)
class Rate:
    """How many answered out of how many were asked."""

    answered: int
    asked: int

    @property
    def share(self) -> float | None:
        return self.answered / self.asked if self.asked else None

    def __str__(self) -> str:
        share = self.share
        return f"{self.answered} of {self.asked}" + (f" ({share:.0%})" if share is not None else "")


@dataclass(frozen=True)
class Mean:
    """A mean with the number of people behind it (None when nobody answered)."""

    value: float | None
    n: int

    def text(self, digits: int = 1) -> str:
        return "–" if self.value is None else f"{self.value:.{digits}f}"


def mean_of(values: list[float]) -> Mean:
    return Mean(sum(values) / len(values) if values else None, len(values))


@dataclass(frozen=True)
class StageFigures:
    """One check-in stage: when it falls due and who answered it, each side apart."""

    stage: Stage
    due: dt.date | None
    is_due: bool  # due on or before the as-of date
    answered: dict[Respondent, Rate]
    satisfaction: dict[Respondent, Mean]  # reaction items; empty at the baseline


@dataclass(frozen=True)
class TopicChange:
    """Confidence in one topic, at the baseline and later, of the same ``n`` mentees."""

    topic: str
    n: int
    before: float
    after: float

    @property
    def change(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class ItemFigures:
    """One questionnaire statement at the latest stage, mentees and mentors apart."""

    text: str
    level: str
    mentees: Mean
    mentors: Mean


@dataclass
class Figures:
    as_of: dt.date = field(default_factory=dt.date.today)
    people_by_role: Series = field(default_factory=list)
    people_by_generation: Series = field(default_factory=list)
    people_by_department: Series = field(default_factory=list)
    people_by_employment: Series = field(default_factory=list)
    pairs_by_status: Series = field(default_factory=list)
    meetings_per_pair: Series = field(default_factory=list)  # buckets: how many pairs met 0, 1-2, ... times
    goals_by_status: Series = field(default_factory=list)  # past their date and not finished: "Overdue"
    health: Series = field(default_factory=list)  # active pairs: on track, overdue, stalled
    stages: list[StageFigures] = field(default_factory=list)
    # topic changes of the same mentees, baseline to ``learning_stage`` (None: no later answer yet)
    learning_stage: Stage | None = None
    confidence_by_topic: list[TopicChange] = field(default_factory=list)
    confidence_mentees: int = 0  # mentees with any topic rated at both stages
    confidence_change: Mean = field(default_factory=lambda: Mean(None, 0))  # over every paired rating
    items_stage: Stage | None = None  # the stage the behaviour and results items are read at
    items: list[ItemFigures] = field(default_factory=list)
    enrolled: int = 0
    mentors_enrolled: int = 0
    mentees_enrolled: int = 0
    still_active: int = 0  # enrolled people not archived
    mentors_still_active: int = 0
    unpaired: list[tuple[str, Role, bool]] = field(default_factory=list)  # name, role, proposed only
    pairs: int = 0
    pairs_started: int = 0  # active, completed or ended early
    pairs_active: int = 0
    pairs_completed: int = 0
    pairs_ended_early: int = 0
    pairs_on_rhythm: int = 0  # active pairs meeting on the cadence
    meetings: int = 0
    meetings_expected: int = 0
    goals_done: int = 0
    goals_overdue: int = 0
    goals: int = 0

    @property
    def retention(self) -> float | None:
        """Share of the enrolled still taking part; None with nobody enrolled."""
        return self.still_active / self.enrolled if self.enrolled else None

    @property
    def goal_completion(self) -> float:
        return self.goals_done / self.goals if self.goals else 0.0

    @property
    def rhythm(self) -> float | None:
        return self.pairs_on_rhythm / self.pairs_active if self.pairs_active else None

    @property
    def meetings_share(self) -> float | None:
        return self.meetings / self.meetings_expected if self.meetings_expected else None

    def stage(self, stage: Stage) -> StageFigures | None:
        return next((s for s in self.stages if s.stage is stage), None)

    @property
    def satisfaction_by_stage(self) -> list[tuple[str, Mean, Mean]]:
        """Midpoint and final (those answered): mentees' and mentors' mean satisfaction."""
        return [
            (s.stage.label, s.satisfaction[Respondent.MENTEE], s.satisfaction[Respondent.MENTOR])
            for s in self.stages
            if s.satisfaction and any(m.n for m in s.satisfaction.values())
        ]


def _labelled(counts: Counter[Health] | Counter[Role] | Counter[EmploymentType]) -> Counter[str]:
    """Counts by choice told by their labels: each label looked up once, not once per row."""
    return Counter({choice.label: count for choice, count in counts.items()})


def _count(values: Counter[str], order: list[str] | None = None) -> Series:
    keys = order if order is not None else sorted(values, key=lambda k: (-values[k], k))
    return [(k, float(values[k])) for k in keys if values.get(k)]


def decoded(text: str | None) -> dict[str, int]:
    """A JSON map as ``json.loads`` reads it (``{}`` for none)."""
    return loads(text) if text else {}


class CheckIn:
    """The latest answers of one side of a pair at one stage (the JSON is read when first used:
    most figures need the answers of a few stages and the confidence of mentees only)."""

    __slots__ = ("_answers", "_confidence", "_date", "day")

    def __init__(self, day: str | None, answers: str | None, confidence: str | None):
        self.day = day or ""  # the date as stored (ISO text, blank when undated): compared as text
        self._date: dt.date | None = None
        self._answers: str | dict[str, int] | None = answers
        self._confidence: str | dict[str, int] | None = confidence

    @property
    def date(self) -> dt.date | None:
        if self._date is None and self.day:
            self._date = dt.date.fromisoformat(self.day)
        return self._date

    @property
    def answers(self) -> dict[str, int]:
        if not isinstance(self._answers, dict):
            self._answers = decoded(self._answers)
        return self._answers

    @property
    def confidence(self) -> dict[str, int]:
        if not isinstance(self._confidence, dict):
            self._confidence = decoded(self._confidence)
        return self._confidence


CheckIns = dict[tuple[str, Stage, Respondent], CheckIn]


@made_at_once()
def check_ins(doc: Document, program: Program, as_of: dt.date) -> CheckIns:
    """Each pair's latest check-in per stage and side, dated on or before ``as_of`` (or undated,
    which any dated one replaces; of two on the same day, the one entered last)."""
    rows = doc.conn.execute(
        "SELECT e.pair_id, e.stage, e.respondent, e.date, e.answers, e.confidence "
        "FROM evaluations e JOIN pairs p ON p.id = e.pair_id "
        "WHERE p.program_id = ? AND (e.date IS NULL OR e.date <= ?) ORDER BY e.rowid",
        [program.id, as_of.isoformat()],
    )  # in the order entered: sorting by date in SQL costs more than comparing the few repeats here
    stages, sides = by_value(Stage), by_value(Respondent)
    found: CheckIns = {}
    for pair_id, stage, respondent, date, answers, confidence in rows:
        key = (pair_id, stages[stage], sides[respondent])
        if key in found and (date or "") < found[key].day:
            continue
        found[key] = CheckIn(date, answers, confidence)
    return found


def reaction_mean(answers: dict[str, int], keys: list[str]) -> float | None:
    """One person's satisfaction: the mean of the reaction items they answered."""
    values = [answers[k] for k in keys if k in answers]
    return sum(values) / len(values) if values else None


def asked(pair: Pair, due: dt.date | None, as_of: dt.date) -> bool:
    """Was this (as-of) pair asked for a stage due on ``due``: started, and still running then?"""
    if pair.status is PairStatus.PROPOSED:
        return False
    if due is None or due > as_of:
        return pair.status is PairStatus.ACTIVE or (pair.ended_on is not None and pair.ended_on >= as_of)
    return pair.ended_on is None or pair.ended_on >= due


@made_at_once()
def figures(
    doc: Document, program: Program, as_of: dt.date | None = None, found: CheckIns | None = None
) -> Figures:
    """The program's figures as of ``as_of`` (default: today); ``found`` is :func:`check_ins`
    when the caller has read it already."""
    as_of = as_of or dt.date.today()
    q = doc.conn.execute
    f = Figures(as_of=as_of)
    people = q(
        "SELECT p.id, p.name, p.birth_year, p.department, p.employment_type, p.archived, e.role "
        "FROM enrolments e JOIN participants p ON p.id = e.participant_id WHERE e.program_id = ?",
        [program.id],
    ).fetchall()
    f.enrolled = len(people)
    mentor = Role.MENTOR.value
    f.still_active = sum(1 for row in people if not row[5])
    f.mentors_enrolled = sum(1 for row in people if row[6] == mentor)
    f.mentees_enrolled = f.enrolled - f.mentors_enrolled
    f.mentors_still_active = sum(1 for row in people if row[6] == mentor and not row[5])
    role_of, employment_of = by_value(Role), by_value(EmploymentType)  # dict lookups: Enum() calls are slow
    roles = _labelled(Counter(role_of[row[6]] for row in people))
    f.people_by_role = _count(roles, [Role.MENTOR.label, Role.MENTEE.label])
    generations: Counter[str] = Counter()
    for year, count in Counter(row[2] for row in people).items():  # each birth year placed once
        generations[generation_of(year) or "Unknown"] += count
    f.people_by_generation = _count(generations)
    departments = Counter(row[3] or "No department" for row in people)
    top = _count(departments)
    other = translate("Dashboard", "Other")  # the departments past the eighth, together
    f.people_by_department = top[:8] + ([(other, sum(v for _, v in top[8:]))] if len(top) > 8 else [])
    f.people_by_employment = _count(_labelled(Counter(employment_of[row[4]] for row in people)))

    pairs = pairs_on(doc, program.id, as_of)
    statuses = Counter(p.status for p in pairs)
    f.pairs_by_status = [(s.label, float(statuses[s])) for s in PairStatus if statuses[s]]
    f.pairs = len(pairs)
    f.pairs_active = statuses[PairStatus.ACTIVE]
    f.pairs_completed = statuses[PairStatus.COMPLETED]
    f.pairs_ended_early = statuses[PairStatus.ENDED_EARLY]
    f.pairs_started = f.pairs_active + f.pairs_completed + f.pairs_ended_early
    started = {p.mentor_id for p in pairs if p.status is not PairStatus.PROPOSED} | {
        p.mentee_id for p in pairs if p.status is not PairStatus.PROPOSED
    }
    proposed = {p.mentor_id for p in pairs} | {p.mentee_id for p in pairs}
    f.unpaired = sorted(
        ((row[1], role_of[row[6]], row[0] in proposed) for row in people if row[0] not in started),
        key=lambda item: (item[1] is Role.MENTOR, item[2], item[0].casefold()),
    )

    # Meetings held by the as-of date (also one logged before its pair started), against those expected.
    held: dict[str, tuple[int, str | None]] = {
        pair_id: (count, last)
        for pair_id, count, last in q(
            "SELECT m.pair_id, count(*), max(m.date) FROM meetings m JOIN pairs p ON p.id = m.pair_id "
            "WHERE p.program_id = ? AND (m.date IS NULL OR m.date <= ?) GROUP BY m.pair_id",
            [program.id, as_of.isoformat()],
        )
    }
    f.meetings = sum(count for count, _ in held.values())
    buckets: Counter[str] = Counter()
    states: Counter[Health] = Counter()
    five_or_more = translate("Dashboard", "5 or more")
    for pair in pairs:
        if pair.status is PairStatus.PROPOSED:
            continue
        count, last = held.get(pair.id, (0, None))
        f.meetings_expected += expected_meetings(program, pair, as_of)
        buckets["0" if count == 0 else "1-2" if count <= 2 else "3-4" if count <= 4 else five_or_more] += 1
        if pair.status is PairStatus.ACTIVE:
            state, _ = pair_health(program, pair, dt.date.fromisoformat(last) if last else None, as_of)
            states[state] += 1
    health = _labelled(states)
    f.meetings_per_pair = _count(buckets, ["0", "1-2", "3-4", five_or_more])
    f.health = _count(health, [h.label for h in Health])
    f.pairs_on_rhythm = health[Health.ON_TRACK.label]

    goal_rows = q(  # counted by status and whether past the target date, in SQL
        "SELECT g.status, g.target_date < ?, count(*) FROM goals g JOIN pairs p ON p.id = g.pair_id "
        "WHERE p.program_id = ? GROUP BY 1, 2",
        [as_of.isoformat(), program.id],
    ).fetchall()
    kinds: Counter[GoalStatus | None] = Counter()  # None: overdue
    goal_status = by_value(GoalStatus)
    for status, past, count in goal_rows:  # past: NULL when no target date is set
        kind = goal_status[status]
        kinds[None if past and not kind.finished else kind] += count
    overdue = overdue_label()
    shown = Counter({overdue if kind is None else kind.label: count for kind, count in kinds.items()})
    f.goals = sum(count for _, _, count in goal_rows)
    f.goals_done = shown[GoalStatus.DONE.label]
    f.goals_overdue = shown[overdue]
    order = [GoalStatus.NOT_STARTED.label, GoalStatus.ON_TRACK.label, GoalStatus.AT_RISK.label, overdue]
    f.goals_by_status = _count(shown, [*order, GoalStatus.DONE.label, GoalStatus.NOT_ACHIEVED.label])

    _evaluations(f, program, pairs, as_of, check_ins(doc, program, as_of) if found is None else found)
    return f


def _evaluations(f: Figures, program: Program, pairs: list[Pair], as_of: dt.date, found: CheckIns) -> None:
    questionnaire = Questionnaire.of(program.settings)
    reaction = [item.key for item in questionnaire.items if item.level == KIRKPATRICK_LEVELS[0]]
    due = stage_dates(program)
    by_id = {p.id: p for p in pairs}
    groups: dict[tuple[Stage, Respondent], set[str]] = {}  # who answered each stage, each side
    present: set[Stage] = set()  # the stages anyone answered
    for pid, stage, side in found:
        present.add(stage)
        if pid in by_id:
            if (stage, side) in groups:
                groups[stage, side].add(pid)
            else:
                groups[stage, side] = {pid}
    for stage in Stage:
        rates: dict[Respondent, Rate] = {}
        satisfaction: dict[Respondent, Mean] = {}
        running = {p.id for p in pairs if asked(p, due.get(stage), as_of)}
        for side in SIDES:
            answered = groups.get((stage, side), set())
            asked_ids = running | answered
            rates[side] = Rate(len(answered), len(asked_ids))
            if stage in LATER:
                means = [reaction_mean(found[(pid, stage, side)].answers, reaction) for pid in answered]
                satisfaction[side] = mean_of([m for m in means if m is not None])
        when = due.get(stage)
        f.stages.append(StageFigures(stage, when, when is None or when <= as_of, rates, satisfaction))

    # Learning: the same mentees at the baseline and at the latest stage anyone has reached.
    later = [
        s
        for s in (Stage.FINAL, Stage.MIDPOINT)
        if s in present
        and any(k[1] is s and k[2] is Respondent.MENTEE and v.confidence for k, v in found.items())
    ]
    f.learning_stage = later[0] if later else None
    if f.learning_stage is not None:
        pairs_of: dict[str, list[tuple[int, int]]] = {}
        mentees = 0
        every: list[float] = []
        for pid in by_id:
            before = found.get((pid, Stage.BASELINE, Respondent.MENTEE))
            after = found.get((pid, f.learning_stage, Respondent.MENTEE))
            if before is None or after is None:
                continue
            both = [t for t in before.confidence if t in after.confidence]
            mentees += bool(both)
            for topic in both:
                pairs_of.setdefault(topic, []).append((before.confidence[topic], after.confidence[topic]))
                every.append(after.confidence[topic] - before.confidence[topic])
        order = [t for t in program.topics if t in pairs_of] + sorted(
            t for t in pairs_of if t not in program.topics
        )
        f.confidence_by_topic = [
            TopicChange(
                t,
                len(pairs_of[t]),
                sum(b for b, _ in pairs_of[t]) / len(pairs_of[t]),
                sum(a for _, a in pairs_of[t]) / len(pairs_of[t]),
            )
            for t in order
        ]
        f.confidence_mentees = mentees
        f.confidence_change = mean_of(every)

    # Behaviour and results items at the latest stage anyone answered.
    latest = [s for s in (Stage.FINAL, Stage.MIDPOINT) if s in present]
    f.items_stage = latest[0] if latest else None
    if f.items_stage is not None:
        at_stage = [  # the answers of that stage, in the order read, picked once for every item
            (side, answer.answers)
            for (pid, stage, side), answer in found.items()
            if stage is f.items_stage and side in SIDES and pid in by_id
        ]
        for item in questionnaire.items:
            if item.level not in KIRKPATRICK_LEVELS[2:]:
                continue
            values: dict[Respondent, list[float]] = {side: [] for side in SIDES}
            key = item.key
            for side, answers in at_stage:
                if key in answers:
                    values[side].append(answers[key])
            f.items.append(
                ItemFigures(
                    item.text,
                    item.level,
                    mean_of(values[Respondent.MENTEE]),
                    mean_of(values[Respondent.MENTOR]),
                )
            )
