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
from rmdesk.store.dashboard import figures


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
    f = figures(doc, program)
    assert f.people_by_role == [("Reverse mentor", 2.0), ("Mentee", 2.0)]
    assert dict(f.people_by_generation) == {"Gen Z": 2.0, "Gen X": 1.0, "Millennial": 1.0}
    assert f.people_by_department == [("IT", 2.0), ("Finance", 1.0), ("Sales", 1.0)]
    assert dict(f.people_by_employment) == {"Permanent": 3.0, "Outsourced": 1.0}
    assert f.pairs_by_status == [("Active", 1.0), ("Ended early", 1.0)]
    assert f.meetings == 3 and dict(f.meetings_per_pair) == {"0": 1.0, "3-4": 1.0}
    assert (f.goals, f.goals_done, round(f.goal_completion, 3)) == (3, 2, 0.667)
    assert f.satisfaction_by_stage == [("Baseline", round((4 + 2 + 5) / 3, 2)), ("Final", 5.0)]
    assert f.confidence_by_topic == [("AI tools", 1.0, 4.0), ("Agile", 2.0, None)]
    assert (f.enrolled, f.still_active, f.retention) == (4, 3, 0.75)
