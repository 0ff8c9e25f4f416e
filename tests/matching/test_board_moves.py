"""What a drop on the pairing board means, decided by the core on a real file."""

import datetime as dt

from rmdesk.domain import PairStatus, Participant, Program, Role
from rmdesk.matching.board import LOCKED, plan
from rmdesk.matching.program import load, lock_pairs, make_pairs
from rmdesk.store import lifecycle
from rmdesk.store.edits import save_participant


def cohort_with_two_pairs(doc):
    program = doc.add(Program(name="P", start_date=dt.date(2026, 6, 1), end_date=dt.date(2026, 12, 31)))
    people = {}
    for name in ("R1", "R2", "R3", "E1", "E2", "E3"):
        role, grade = (Role.MENTOR, 3) if name.startswith("R") else (Role.MENTEE, 11)
        people[name] = save_participant(doc, Participant(name=name, grade=grade), program.id, role)
    first, second = make_pairs(
        doc, load(doc, program), [(people["R1"].id, people["E1"].id), (people["R2"].id, people["E2"].id)]
    )
    lifecycle.start_pairs(doc, [second], dt.date(2026, 6, 2))
    return program, people, first, second


def test_people_dropped_on_people_pair_and_alike_cards_mean_nothing(doc):
    program, people, *_ = cohort_with_two_pairs(doc)
    cohort = load(doc, program)
    r3, e3 = people["R3"].id, people["E3"].id
    assert plan(cohort, "mentor", r3, "mentee", e3, "mentee").kind == "pair"
    move = plan(cohort, "mentee", e3, "mentor", r3, "mentor")
    assert (move.kind, move.mentor_id, move.mentee_id) == ("pair", r3, e3)
    assert plan(cohort, "mentor", r3, "mentor", people["R1"].id, "mentor") is None
    assert plan(cohort, "mentor", r3, None, None, "mentee") is None


def test_a_person_on_a_pair_swaps_and_says_who_leaves_and_whether_the_pair_had_started(doc):
    program, people, first, second = cohort_with_two_pairs(doc)
    cohort = load(doc, program)
    onto_proposal = plan(cohort, "mentor", people["R3"].id, "pair", first.id, "pair")
    assert (onto_proposal.kind, onto_proposal.mentor_id, onto_proposal.mentee_id) == (
        "swap",
        people["R3"].id,
        people["E1"].id,
    )
    assert onto_proposal.leaving_id == people["R1"].id and not onto_proposal.ends_a_started_pair
    onto_active = plan(cohort, "mentee", people["E3"].id, "pair", second.id, "pair")
    assert onto_active.leaving_id == people["E2"].id and onto_active.ends_a_started_pair
    assert onto_active.refusal is None


def test_a_pair_dragged_out_unpairs_unless_it_is_locked(doc):
    program, _, first, second = cohort_with_two_pairs(doc)
    cohort = load(doc, program)
    out = plan(cohort, "pair", first.id, None, None, "mentor")
    assert out.kind == "unpair" and out.pair.id == first.id and out.pair.status is PairStatus.PROPOSED
    assert plan(cohort, "pair", first.id, None, None, "pair") is None  # dropped back where it was
    lock_pairs(doc, cohort, [second], True)
    cohort = load(doc, program)
    assert plan(cohort, "pair", second.id, None, None, "mentee").refusal == LOCKED
