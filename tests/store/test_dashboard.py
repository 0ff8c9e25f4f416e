"""Dashboard figures against values counted by hand on a small file."""

import datetime as dt

from rmdesk.domain import (
    EmploymentType,
    Enrolment,
    Evaluation,
    Goal,
    GoalStatus,
    Meeting,
    Pair,
    PairStatus,
    Participant,
    Program,
    Respondent,
    Role,
    Stage,
)
from rmdesk.store.dashboard import Mean, Rate, TopicChange, figures


def test_small_program_figures_match_a_hand_count(doc):
    program = doc.add(Program(name="Pilot", topics=["AI tools", "Agile"]))
    people = [
        doc.add(Participant(name="Dewi", birth_year=2000, department="IT")),
        doc.add(
            Participant(
                name="Rina",
                birth_year=1999,
                department="IT",
                employment_type=EmploymentType.OUTSOURCED,
                agency="PT Mitra",
                archived=True,
            )
        ),
        doc.add(Participant(name="Hendra", birth_year=1970, department="Finance")),
        doc.add(Participant(name="Budi", birth_year=1985, department="Sales")),
        doc.add(Participant(name="Not enrolled", birth_year=1990)),
    ]
    for person, role in zip(people[:4], [Role.MENTOR, Role.MENTOR, Role.MENTEE, Role.MENTEE], strict=True):
        doc.add(Enrolment(program_id=program.id, participant_id=person.id, role=role))
    first = doc.add(
        Pair(program_id=program.id, mentor_id=people[0].id, mentee_id=people[2].id, status=PairStatus.ACTIVE)
    )
    second = doc.add(
        Pair(
            program_id=program.id,
            mentor_id=people[1].id,
            mentee_id=people[3].id,
            status=PairStatus.ENDED_EARLY,
        )
    )
    for day in (1, 29, 57):
        doc.add(Meeting(pair_id=first.id, date=dt.date(2026, 3, day if day < 29 else 28)))
    doc.add(Goal(pair_id=first.id, specific="a", status=GoalStatus.DONE, progress=100))
    doc.add(Goal(pair_id=first.id, specific="b", status=GoalStatus.AT_RISK))
    doc.add(Goal(pair_id=second.id, specific="c", status=GoalStatus.DONE, progress=100))
    answers = {"sessions_useful": 4, "safe_to_speak": 2, "used_at_work": 5}  # reaction: the first two
    doc.add(
        Evaluation(
            pair_id=first.id,
            respondent=Respondent.MENTEE,
            stage=Stage.BASELINE,
            answers=answers,
            confidence={"AI tools": 1, "Agile": 2},
        )
    )
    doc.add(
        Evaluation(
            pair_id=first.id,
            respondent=Respondent.MENTOR,
            stage=Stage.BASELINE,
            answers={"sessions_useful": 5},
            confidence={"AI tools": 5},
        )
    )  # a mentor: not in confidence
    doc.add(
        Evaluation(
            pair_id=first.id,
            respondent=Respondent.MENTEE,
            stage=Stage.FINAL,
            answers={"sessions_useful": 5, "safe_to_speak": 5},
            confidence={"AI tools": 4},
        )
    )
    f = figures(doc, program, dt.date(2026, 11, 25))
    assert f.people_by_role == [("Reverse mentor", 2.0), ("Mentee", 2.0)]
    assert dict(f.people_by_generation) == {"Gen Z": 2.0, "Gen X": 1.0, "Millennial": 1.0}
    assert f.people_by_department == [("IT", 2.0), ("Finance", 1.0), ("Sales", 1.0)]
    assert dict(f.people_by_employment) == {"Permanent": 3.0, "Outsourced": 1.0}
    assert f.pairs_by_status == [("Active", 1.0), ("Ended early", 1.0)]
    assert f.meetings == 3 and dict(f.meetings_per_pair) == {"0": 1.0, "3-4": 1.0}
    assert (f.goals, f.goals_done, round(f.goal_completion, 3)) == (3, 2, 0.667)
    # Satisfaction is asked from the midpoint on (the baseline's reaction answers do not count),
    # mentees and mentors apart; confidence compares the same mentees (Agile has no later rating).
    assert f.satisfaction_by_stage == [("Final", Mean(5.0, 1), Mean(None, 0))]
    assert f.confidence_by_topic == [TopicChange("AI tools", 1, 1.0, 4.0)] and f.learning_stage is Stage.FINAL
    assert f.confidence_mentees == 1 and f.confidence_change == Mean(3.0, 1)
    baseline = f.stage(Stage.BASELINE)
    assert baseline is not None and baseline.answered[Respondent.MENTEE] == Rate(1, 1)
    assert str(baseline.answered[Respondent.MENTEE]) == "1 of 1 (100%)"
    assert next((i.text[:16], i.mentees, i.mentors) for i in f.items if i.level == "behaviour") == (
        "I have used a to",
        Mean(None, 0),
        Mean(None, 0),
    )
    assert (f.enrolled, f.still_active, f.retention) == (4, 3, 0.75)
    assert [name for name, _, _ in f.unpaired] == []


def test_figures_as_of_a_date_leave_later_rows_out(doc):
    program = doc.add(
        Program(
            name="Dated", start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 7, 31), topics=["AI tools"]
        )
    )
    mentor, mentee, alone = (doc.add(Participant(name=n)) for n in ("Dewi", "Hendra", "Budi"))
    for person, role in ((mentor, Role.MENTOR), (mentee, Role.MENTEE), (alone, Role.MENTEE)):
        doc.add(Enrolment(program_id=program.id, participant_id=person.id, role=role))
    pair = doc.add(
        Pair(
            program_id=program.id,
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            status=PairStatus.ENDED_EARLY,
            started_on=dt.date(2026, 1, 12),
            ended_on=dt.date(2026, 5, 1),
            end_reason="Asked to stop",
        )
    )
    doc.add(Meeting(pair_id=pair.id, date=dt.date(2026, 1, 20)))
    doc.add(Meeting(pair_id=pair.id, date=dt.date(2026, 3, 20)))
    doc.add(
        Goal(pair_id=pair.id, specific="late", target_date=dt.date(2026, 2, 1), status=GoalStatus.ON_TRACK)
    )
    doc.add(
        Evaluation(
            pair_id=pair.id,
            stage=Stage.BASELINE,
            date=dt.date(2026, 1, 15),
            confidence={"AI tools": 2},
        )
    )
    doc.add(
        Evaluation(
            pair_id=pair.id,
            stage=Stage.MIDPOINT,
            date=dt.date(2026, 4, 20),
            confidence={"AI tools": 4},
            answers={"sessions_useful": 4},
        )
    )
    early = figures(doc, program, dt.date(2026, 3, 1))
    assert early.pairs_by_status == [("Active", 1.0)]  # it ended later
    assert early.meetings == 1 and early.learning_stage is None and early.satisfaction_by_stage == []
    # 1 Jan 12 + 7 days grace: one expected; Feb 9 + 7: two; by Mar 1, two
    assert (
        early.meetings_expected == 2 and early.pairs_on_rhythm == 0 and dict(early.health) == {"Overdue": 1}
    )
    assert dict(early.goals_by_status) == {"Overdue": 1}
    assert [name for name, _, _ in early.unpaired] == ["Budi"]
    late = figures(doc, program, dt.date(2026, 6, 1))
    assert late.pairs_by_status == [("Ended early", 1.0)] and late.pairs_active == 0
    assert late.meetings == 2 and late.meetings_expected == 4  # up to its end on May 1
    assert late.confidence_by_topic == [TopicChange("AI tools", 1, 2.0, 4.0)]
    midpoint = late.stage(Stage.MIDPOINT)
    assert midpoint is not None and midpoint.answered[Respondent.MENTEE] == Rate(1, 1)
    assert midpoint.answered[Respondent.MENTOR] == Rate(0, 1)  # asked: the pair ran past its due date
    empty = figures(doc, doc.add(Program(name="Nobody")))
    assert empty.retention is None and empty.rhythm is None and empty.meetings_share is None


def test_the_latest_check_in_counts_whatever_order_it_was_entered_in(doc):
    program = doc.add(Program(name="Repeats", topics=["AI tools"]))
    mentor, mentee = (doc.add(Participant(name=n)) for n in ("Dewi", "Hendra"))
    pair = doc.add(
        Pair(program_id=program.id, mentor_id=mentor.id, mentee_id=mentee.id, status=PairStatus.ACTIVE)
    )

    def final(day: dt.date | None, score: int) -> None:
        doc.add(
            Evaluation(
                pair_id=pair.id,
                respondent=Respondent.MENTEE,
                stage=Stage.FINAL,
                date=day,
                answers={"sessions_useful": score, "safe_to_speak": score},
            )
        )

    final(dt.date(2026, 6, 1), 5)  # the latest date, entered first
    final(None, 1)  # undated: any dated answer replaces it
    final(dt.date(2026, 3, 1), 2)  # earlier, entered later
    f = figures(doc, program, dt.date(2026, 11, 25))
    assert f.satisfaction_by_stage == [("Final", Mean(5.0, 1), Mean(None, 0))]
    final(dt.date(2026, 6, 1), 3)  # the same day again: the one entered last counts
    f = figures(doc, program, dt.date(2026, 11, 25))
    assert f.satisfaction_by_stage == [("Final", Mean(3.0, 1), Mean(None, 0))]
    # As of a date before them all, only the undated answer is known.
    f = figures(doc, program, dt.date(2026, 2, 1))
    assert f.satisfaction_by_stage == [("Final", Mean(1.0, 1), Mean(None, 0))]
