"""The program's pulse: is a pair meeting as often as agreed, and what needs the officer now?

Every rule takes ``today`` as a parameter, so it can be tested on fixed dates.
Defaults follow practice: meet every 4 weeks, alert after cadence + 7 days,
call a pair stalled after two cadences without a meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from rmdesk.domain.entities import Goal, GoalStatus, Pair, PairStatus, Participant, Program, Respondent, Stage


class Health(StrEnum):
    ON_TRACK = "on_track"
    OVERDUE = "overdue"
    STALLED = "stalled"

    @property
    def label(self) -> str:
        return {"on_track": "On track", "overdue": "Overdue", "stalled": "Stalled"}[self.value]


class Action(StrEnum):
    """What the one-click button next to an alert does."""

    LOG_MEETING = "log_meeting"
    EDIT_GOAL = "edit_goal"
    ADD_EVALUATION = "add_evaluation"
    EDIT_PERSON = "edit_person"


@dataclass(frozen=True)
class Alert:
    pair_id: str
    severity: int  # 2 needs action now, 1 worth a look
    message: str
    action: Action
    target_id: str = ""  # the goal or person the action opens
    stage: Stage | None = None  # for a missing evaluation


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


def due_stages(program: Program, today: dt.date) -> list[Stage]:
    """Evaluation stages that should be in by ``today`` (midpoint halfway, final at the end)."""
    if program.start_date is None:
        return []
    due = [Stage.BASELINE] if today >= program.start_date + dt.timedelta(days=program.grace_days) else []
    if program.end_date is not None:
        middle = program.start_date + (program.end_date - program.start_date) / 2
        if today >= middle + dt.timedelta(days=program.grace_days):
            due.append(Stage.MIDPOINT)
        if today >= program.end_date:
            due.append(Stage.FINAL)
    return due


def alerts(
    program: Program,
    pairs: Iterable[Pair],
    people: dict[str, Participant],
    last_meeting: dict[str, dt.date],
    goals: dict[str, list[Goal]],
    answered: dict[str, set[tuple[Stage, Respondent]]],
    today: dt.date,
) -> list[Alert]:
    """Everything about the running pairs that needs the officer, most urgent first."""
    found: list[Alert] = []
    stages = due_stages(program, today)
    for pair in pairs:
        if pair.status is not PairStatus.ACTIVE:
            continue
        mentor, mentee = people[pair.mentor_id], people[pair.mentee_id]
        names = f"{mentor.name} and {mentee.name}"
        health, days = pair_health(program, pair, last_meeting.get(pair.id), today)
        if health is not Health.ON_TRACK:
            found.append(
                Alert(
                    pair.id,
                    2 if health is Health.STALLED else 1,
                    f"{names}: {health.label.lower()}, no meeting for {days} days "
                    f"(the program meets every {program.cadence_days}).",
                    Action.LOG_MEETING,
                )
            )
        for goal in goals.get(pair.id, []):
            if goal.target_date and goal.target_date < today and goal.status is not GoalStatus.DONE:
                found.append(
                    Alert(
                        pair.id,
                        1,
                        f"{names}: goal “{goal.specific}” was due {goal.target_date} "
                        f"({goal.progress} % done).",
                        Action.EDIT_GOAL,
                        goal.id,
                    )
                )
        for stage in stages:
            missing = [
                r
                for r in (Respondent.MENTOR, Respondent.MENTEE)
                if (stage, r) not in answered.get(pair.id, set())
            ]
            if missing:
                who = " and ".join(r.label.lower() for r in missing)
                found.append(
                    Alert(
                        pair.id,
                        1,
                        f"{names}: the {stage.value} evaluation from the {who} is missing.",
                        Action.ADD_EVALUATION,
                        stage=stage,
                    )
                )
        for person in (mentor, mentee):
            if person.archived:
                found.append(
                    Alert(
                        pair.id,
                        2,
                        f"{person.name} has left (archived) but the pair with "
                        f"{(mentee if person is mentor else mentor).name} is still active.",
                        Action.EDIT_PERSON,
                        person.id,
                    )
                )
            elif program.end_date and person.contract_end and person.contract_end < program.end_date:
                found.append(
                    Alert(
                        pair.id,
                        1 if person.contract_end > today else 2,
                        f"{person.name}'s contract with {person.agency or 'the agency'} ends "
                        f"{person.contract_end}, before the program ends {program.end_date}.",
                        Action.EDIT_PERSON,
                        person.id,
                    )
                )
    return sorted(found, key=lambda a: (-a.severity, a.message))
