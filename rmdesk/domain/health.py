"""The program's pulse: is a pair meeting as often as agreed, and what needs the officer now?

Every rule takes ``today`` as a parameter, so it can be tested on fixed dates.
Defaults follow practice: meet every 4 weeks, alert after cadence + 7 days,
call a pair stalled after two cadences without a meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from enum import StrEnum
from operator import attrgetter
from typing import NamedTuple

from rmdesk.domain.entities import Goal, GoalStatus, Pair, PairStatus, Participant, Program, Respondent, Stage
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP, current, filler, translate


class Health(StrEnum):
    ON_TRACK = "on_track"
    OVERDUE = "overdue"
    STALLED = "stalled"

    @property
    def label(self) -> str:
        return current().translate("Choice", HEALTH_LABELS[self])


HEALTH_LABELS = {
    Health.ON_TRACK: QT_TRANSLATE_NOOP("Choice", "On track"),
    Health.OVERDUE: QT_TRANSLATE_NOOP("Choice", "Overdue"),
    Health.STALLED: QT_TRANSLATE_NOOP("Choice", "Stalled"),
}


class Action(StrEnum):
    """What the one-click button next to an alert does."""

    LOG_MEETING = "log_meeting"
    EDIT_GOAL = "edit_goal"
    ADD_EVALUATION = "add_evaluation"
    EDIT_PERSON = "edit_person"
    CONTRACT_ENDS = "contract_ends"  # end the pair on the contract's date, then find a replacement


class Alert(NamedTuple):
    """One thing about a pair that needs the officer (a tuple: thousands are made at each look)."""

    pair_id: str
    severity: int  # 2 needs action now, 1 worth a look
    message: str
    action: Action
    target_id: str = ""  # the goal or person the action opens
    stage: Stage | None = None  # for a missing evaluation
    due: dt.date | None = None  # when it was (or will be) due: "3 months overdue", "in 12 days"


def when(due: dt.date | None, today: dt.date) -> str:
    """How far ``due`` is from ``today``, in the unit a person would use."""
    if due is None:
        return ""
    days = (due - today).days
    if days == 0:
        return translate("Alerts", "today")
    span = abs(days)
    amount = (
        (translate("Alerts", "{count} days") if span != 1 else translate("Alerts", "1 day"))
        if span < 14
        else translate("Alerts", "{count} weeks")
        if span < 61
        else translate("Alerts", "{count} months")
    ).format(count=span if span < 14 else span // 7 if span < 61 else span // 30)
    late = translate("Alerts", "{amount} overdue") if days < 0 else translate("Alerts", "in {amount}")
    return late.format(amount=amount)


def pair_health(
    program: Program, pair: Pair, last_meeting: dt.date | None, today: dt.date
) -> tuple[Health, int]:
    """The pair's health and the days since it last met (or started)."""
    since = last_meeting or pair.started_on or program.start_date
    if since is None or since > today:
        return Health.ON_TRACK, 0
    days = (today - since).days
    if days > 2 * program.cadence_days:
        return Health.STALLED, days
    if days > program.cadence_days + program.grace_days:
        return Health.OVERDUE, days
    return Health.ON_TRACK, days


def pair_on(pair: Pair, day: dt.date) -> Pair:
    """The pair as it stood on ``day``: not started yet, still active, or finished.

    A report as of an earlier date tells the pair as it was then: one that ended later was
    still active, one that started later was still a proposal."""
    if pair.status is PairStatus.PROPOSED:
        return pair
    if pair.started_on is not None and pair.started_on > day:
        return replace(pair, status=PairStatus.PROPOSED, started_on=None, ended_on=None, end_reason="")
    if pair.status is not PairStatus.ACTIVE and pair.ended_on is not None and pair.ended_on > day:
        return replace(pair, status=PairStatus.ACTIVE, ended_on=None, end_reason="")
    return pair


def expected_meetings(program: Program, pair: Pair, day: dt.date) -> int:
    """Meetings the pair should have held by ``day`` (or by its end): the first is due within the
    grace days of its start, then one per cadence. A proposal is expected to hold none."""
    start = pair.started_on or program.start_date
    if pair.status is PairStatus.PROPOSED or start is None:
        return 0
    end = min(d for d in (day, pair.ended_on, program.end_date) if d is not None)
    days = (end - start).days - program.grace_days
    return days // max(program.cadence_days, 1) + 1 if days >= 0 else 0


def goal_overdue(goal: Goal | LateGoal, day: dt.date) -> bool:
    """Past its target date without an outcome: never shown as on track."""
    return goal.target_date is not None and goal.target_date < day and not goal.status.finished


def goal_status_shown(goal: Goal, day: dt.date) -> str:
    """The status a report or a chart shows: the stored one, or "Overdue" once the target date has
    passed with the goal neither done nor closed."""
    return overdue_label() if goal_overdue(goal, day) else goal.status.label


def overdue_label() -> str:
    """What a goal past its date without an outcome shows in place of its status."""
    return current().translate("Choice", "Overdue")


def stage_dates(program: Program) -> dict[Stage, dt.date]:
    """When each evaluation stage is due: baseline after the grace days, midpoint halfway plus
    the grace days, final at the end."""
    if program.start_date is None:
        return {}
    grace = dt.timedelta(days=program.grace_days)
    dates = {Stage.BASELINE: program.start_date + grace}
    if program.end_date is not None:
        dates[Stage.MIDPOINT] = program.start_date + (program.end_date - program.start_date) / 2 + grace
        dates[Stage.FINAL] = program.end_date
    return dates


def due_stages(program: Program, today: dt.date) -> list[Stage]:
    """Evaluation stages that should be in by ``today``."""
    return [stage for stage, due in stage_dates(program).items() if today >= due]


SIDES = (Respondent.MENTOR, Respondent.MENTEE)
NOTHING_ANSWERED: frozenset[tuple[Stage, Respondent]] = frozenset()


class Member(NamedTuple):
    """What an alert tells of a pair member (a tuple: thousands are read at each look)."""

    id: str
    name: str
    archived: bool
    agency: str
    contract_end: dt.date | None


class LateGoal(NamedTuple):
    """What an alert tells of a goal past its date (a tuple: thousands are read at each look)."""

    id: str
    specific: str
    target_date: dt.date | None
    progress: int
    status: GoalStatus


def alerts(
    program: Program,
    pairs: Iterable[Pair],
    people: Mapping[str, Participant | Member],
    last_meeting: dict[str, dt.date],
    goals: Mapping[str, Sequence[Goal | LateGoal]],
    answered: Mapping[str, Collection[tuple[Stage, Respondent]]],
    today: dt.date,
) -> list[Alert]:
    """Everything about the running pairs that needs the officer, most urgent first."""
    found: list[Alert] = []
    add = found.append
    # Each sentence translated once, filled per alert (in the order of the names given to filler).
    pair_names = filler(translate("Alerts", "{mentor} and {mentee}"), ("mentor", "mentee"))
    no_meeting = filler(
        translate(
            "Alerts", "{pair}: {health}, no meeting for {days} days (the program meets every {cadence})."
        ),
        ("pair", "health", "days", "cadence"),
    )
    goal_late = filler(
        translate("Alerts", "{pair}: goal “{goal}” was due {date} ({progress} % done)."),
        ("pair", "goal", "date", "progress"),
    )
    missing_one = filler(
        translate("Alerts", "{pair}: the {stage} evaluation from the {who} is missing."),
        ("pair", "stage", "who"),
    )
    missing_both = filler(
        translate("Alerts", "{pair}: the {stage} evaluation from the mentor and mentee is missing."),
        ("pair", "stage"),
    )
    left = translate("Alerts", "{person} has left (archived) but the pair with {partner} is still active.")
    contract = translate(
        "Alerts", "{person}'s contract with {agency} ends {date}, before the program ends {end}."
    )
    the_agency = translate("Alerts", "the agency")
    stages = due_stages(program, today)
    stage_due = stage_dates(program)
    # Each label in the sentences looked up once, not once per pair.
    health_names = {health: health.label.lower() for health in (Health.OVERDUE, Health.STALLED)}
    stage_names = {stage: stage.label.lower() for stage in stages}
    mentor_name, mentee_name = (side.label.lower() for side in SIDES)
    # What each stage asks of the answers: its name, when it was due, and the two answers looked for.
    asks = [
        (stage_names[stage], stage_due[stage], stage, (stage, Respondent.MENTOR), (stage, Respondent.MENTEE))
        for stage in stages
    ]
    cadence, grace = program.cadence_days, program.grace_days
    end = program.end_date
    started = program.start_date
    active = PairStatus.ACTIVE
    log_meeting, edit_goal, add_evaluation = Action.LOG_MEETING, Action.EDIT_GOAL, Action.ADD_EVALUATION
    no_goals: Sequence[Goal | LateGoal] = ()
    dates: dict[dt.date, str] = {}  # each target date written once: goals share a few hundred dates
    for pair in pairs:
        if pair.status is not active:
            continue
        pair_id = pair.id
        mentor, mentee = people[pair.mentor_id], people[pair.mentee_id]
        names = pair_names(mentor.name, mentee.name)
        # pair_health, inline: one call per pair adds up at 10,000 pairs.
        since = last_meeting.get(pair_id) or pair.started_on or started
        if since is not None and since <= today:
            days = (today - since).days
            stalled = days > 2 * cadence
            if stalled or days > cadence + grace:
                add(
                    Alert(
                        pair_id,
                        2 if stalled else 1,
                        no_meeting(
                            names, health_names[Health.STALLED if stalled else Health.OVERDUE], days, cadence
                        ),
                        log_meeting,
                        "",
                        None,
                        today - dt.timedelta(days=days - cadence),
                    )
                )
        for goal in goals.get(pair_id, no_goals):
            target = goal.target_date
            if target is not None and target < today and not goal.status.finished:  # goal_overdue
                add(
                    Alert(
                        pair_id,
                        1,
                        goal_late(
                            names,
                            goal.specific,
                            dates.get(target) or dates.setdefault(target, str(target)),
                            goal.progress,
                        ),
                        edit_goal,
                        goal.id,
                        None,
                        target,
                    )
                )
        done = answered.get(pair_id, NOTHING_ANSWERED)
        for stage_name, due, stage, by_mentor, by_mentee in asks:
            mentor_missing, mentee_missing = by_mentor not in done, by_mentee not in done
            if mentor_missing or mentee_missing:
                message = (
                    missing_both(names, stage_name)
                    if mentor_missing and mentee_missing
                    else missing_one(names, stage_name, mentor_name if mentor_missing else mentee_name)
                )
                add(Alert(pair_id, 1, message, add_evaluation, "", stage, due))
        for person in (mentor, mentee):
            if person.archived:
                add(
                    Alert(
                        pair_id,
                        2,
                        left.format(
                            person=person.name, partner=(mentee if person is mentor else mentor).name
                        ),
                        Action.EDIT_PERSON,
                        person.id,
                        None,
                        today,
                    )
                )
            elif end and person.contract_end and person.contract_end < end:
                add(
                    Alert(
                        pair_id,
                        1 if person.contract_end > today else 2,
                        contract.format(
                            person=person.name,
                            agency=person.agency or the_agency,
                            date=person.contract_end,
                            end=end,
                        ),
                        Action.CONTRACT_ENDS,
                        person.id,
                        None,
                        person.contract_end,
                    )
                )
    return most_urgent_first(found)


def most_urgent_first(found: list[Alert]) -> list[Alert]:
    """``found`` in the order the officer reads alerts: the most severe first, by message within."""
    found.sort(key=attrgetter("message"))  # two stable sorts in C
    found.sort(key=attrgetter("severity"), reverse=True)
    return found
