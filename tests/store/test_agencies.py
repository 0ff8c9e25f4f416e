"""Outsourced people per agency: a reverse mentor with two open pairs has a row per pair and is
one person in the counts; each person's pairs are read through the mentor and mentee indexes."""

import datetime as dt

from rmdesk.domain import (
    EmploymentType,
    Enrolment,
    Evaluation,
    Pair,
    PairStatus,
    Participant,
    Program,
    Respondent,
    Role,
    Stage,
)
from rmdesk.store.agencies import SQL, agency_people, summaries

TODAY = dt.date(2026, 9, 1)


def test_a_mentor_with_two_open_pairs_is_one_person_in_the_counts(doc):
    program = doc.add(
        Program(
            name="Pilot",
            start_date=dt.date(2026, 6, 1),
            end_date=dt.date(2026, 12, 31),
            mentor_capacity=2,
        )
    )
    with doc.action("People"):
        mentor = doc.add(
            Participant(
                name="Rina Putri",
                employment_type=EmploymentType.OUTSOURCED,
                agency="PT Mitra",
                client_site="Jakarta",
                contract_end=dt.date(2026, 9, 20),
            )
        )
        doc.add(Enrolment(program_id=program.id, participant_id=mentor.id, role=Role.MENTOR))
        for name, status in (("Budi", PairStatus.ACTIVE), ("Hendra", PairStatus.PROPOSED)):
            mentee = doc.add(Participant(name=name))
            doc.add(Enrolment(program_id=program.id, participant_id=mentee.id, role=Role.MENTEE))
            pair = doc.add(
                Pair(
                    program_id=program.id,
                    mentor_id=mentor.id,
                    mentee_id=mentee.id,
                    status=status,
                    started_on=dt.date(2026, 8, 20) if status is PairStatus.ACTIVE else None,
                )
            )
            doc.add(Evaluation(pair_id=pair.id, respondent=Respondent.MENTOR, stage=Stage.BASELINE))
    rows = agency_people(doc, program, TODAY)
    assert sorted(r.partner for r in rows) == ["Budi", "Hendra"]
    [group] = summaries(rows)
    assert (group.people, group.paired, group.on_rhythm, group.evaluations) == (1, 1, 1, 2)
    assert (group.ends_before_program, group.ending_within) == (1, {30: 1, 60: 1, 90: 1})


def test_each_person_s_pairs_are_found_through_the_mentor_and_mentee_indexes(doc):
    program = doc.add(Program(name="Pilot"))
    plan = " ".join(row[3] for row in doc.conn.execute(f"EXPLAIN QUERY PLAN {SQL}", {"program": program.id}))
    assert "pairs_mentor" in plan and "pairs_mentee" in plan and "pairs_program" not in plan
