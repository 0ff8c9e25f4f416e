"""Pair health and alerts on fixed dates ("today" is a parameter, never the clock)."""

import datetime as dt

from rmdesk.domain import Goal, GoalStatus, Pair, PairStatus, Participant, Program, Respondent, Stage
from rmdesk.domain.health import Action, Health, alerts, due_stages, pair_health

PROGRAM = Program(name="Pilot", start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 7, 31))
MENTOR = Participant(name="Siti", agency="PT Mitra Karya Solusi", contract_end=dt.date(2026, 6, 30))
MENTEE = Participant(name="Hendra")
PEOPLE = {MENTOR.id: MENTOR, MENTEE.id: MENTEE}
PAIR = Pair(
    mentor_id=MENTOR.id, mentee_id=MENTEE.id, status=PairStatus.ACTIVE, started_on=dt.date(2026, 1, 12)
)


def test_health_follows_cadence_grace_and_two_cadences():
    met = dt.date(2026, 3, 1)
    assert pair_health(PROGRAM, PAIR, met, dt.date(2026, 4, 4)) == (Health.ON_TRACK, 34)  # 28 + 7 = 35
    assert pair_health(PROGRAM, PAIR, met, dt.date(2026, 4, 5)) == (Health.ON_TRACK, 35)
    assert pair_health(PROGRAM, PAIR, met, dt.date(2026, 4, 6)) == (Health.OVERDUE, 36)
    assert pair_health(PROGRAM, PAIR, met, dt.date(2026, 4, 26)) == (Health.OVERDUE, 56)  # two cadences
    assert pair_health(PROGRAM, PAIR, met, dt.date(2026, 4, 27)) == (Health.STALLED, 57)
    assert pair_health(PROGRAM, PAIR, None, dt.date(2026, 1, 20)) == (
        Health.ON_TRACK,
        8,
    )  # counts from the start


def test_evaluations_fall_due_at_start_middle_and_end():
    assert due_stages(PROGRAM, dt.date(2026, 1, 6)) == []
    assert due_stages(PROGRAM, dt.date(2026, 1, 12)) == [Stage.BASELINE]
    assert due_stages(PROGRAM, dt.date(2026, 4, 27)) == [Stage.BASELINE, Stage.MIDPOINT]
    assert due_stages(PROGRAM, dt.date(2026, 7, 31)) == [Stage.BASELINE, Stage.MIDPOINT, Stage.FINAL]


def test_alerts_name_the_pair_and_what_to_do():
    late_goal = Goal(
        pair_id=PAIR.id, specific="Use an AI assistant", target_date=dt.date(2026, 3, 1), progress=40
    )
    done_goal = Goal(
        pair_id=PAIR.id,
        specific="Post on LinkedIn",
        target_date=dt.date(2026, 3, 1),
        status=GoalStatus.DONE,
        progress=100,
    )
    found = alerts(
        PROGRAM,
        [PAIR, Pair(mentor_id=MENTOR.id, mentee_id=MENTEE.id, status=PairStatus.ENDED_EARLY)],
        PEOPLE,
        {PAIR.id: dt.date(2026, 2, 1)},
        {PAIR.id: [late_goal, done_goal]},
        {
            PAIR.id: {
                (Stage.BASELINE, Respondent.MENTOR),
                (Stage.BASELINE, Respondent.MENTEE),
                (Stage.MIDPOINT, Respondent.MENTOR),
            }
        },
        dt.date(2026, 5, 1),
    )
    assert [(a.severity, a.action, a.message) for a in found] == [
        (
            2,
            Action.LOG_MEETING,
            "Siti and Hendra: stalled, no meeting for 89 days (the program meets every 28).",
        ),
        (1, Action.EDIT_GOAL, "Siti and Hendra: goal “Use an AI assistant” was due 2026-03-01 (40 % done)."),
        (1, Action.ADD_EVALUATION, "Siti and Hendra: the midpoint evaluation from the mentee is missing."),
        (
            1,
            Action.CONTRACT_ENDS,
            "Siti's contract with PT Mitra Karya Solusi ends 2026-06-30, before the program ends 2026-07-31.",
        ),
    ]
    assert found[1].target_id == late_goal.id and found[2].stage is Stage.MIDPOINT


def test_someone_who_left_mid_program_is_urgent():
    gone = Participant(name="Hendra", archived=True)
    found = alerts(
        PROGRAM,
        [PAIR],
        {MENTOR.id: MENTOR, MENTEE.id: gone},
        {PAIR.id: dt.date(2026, 2, 20)},
        {},
        {PAIR.id: {(Stage.BASELINE, Respondent.MENTOR), (Stage.BASELINE, Respondent.MENTEE)}},
        dt.date(2026, 3, 1),
    )
    assert found[0].severity == 2 and found[0].message.startswith("Hendra has left (archived)")
