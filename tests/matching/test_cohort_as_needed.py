"""The board's cohort, read as needed on a real file: the same people, pairs, seats and verdicts
as a cohort read whole, with people decoded only when used and pairs only when a move needs them."""

import dataclasses

import pytest

from rmdesk.domain import Pair, PairStatus, Participant
from rmdesk.matching.program import People, load, make_pair, open_pairs, suggest_pairs, unpair
from rmdesk.store import Document, queries


@pytest.fixture
def opened(demo_file):
    with Document.open(demo_file) as doc:
        yield doc, queries.programs(doc)[0]


def test_as_needed_reads_the_same_cohort_as_read_whole(opened):
    doc, program = opened
    whole, lazy = load(doc, program), load(doc, program, as_needed=True)
    assert isinstance(lazy.ctx.people, People)
    assert [p.id for p in lazy.free_mentors()] == [p.id for p in whole.free_mentors()]
    assert [p.id for p in lazy.free_mentees()] == [p.id for p in whole.free_mentees()]
    assert lazy.seats_left() == whole.seats_left()
    assert (
        lazy.pairs
        == whole.pairs
        == doc.all(Pair, "program_id = ? AND status IN ('proposed', 'active')", [program.id])
    )
    assert lazy.mentees_of == whole.mentees_of
    archived = {p.id for p in doc.all(Participant) if p.archived}
    assert not archived & {*lazy.mentor_ids, *lazy.mentee_ids}
    mentor, mentee = whole.free_mentors()[0], whole.free_mentees()[0]
    assert lazy.verdict(mentor.id, mentee.id) == whole.verdict(mentor.id, mentee.id)
    assert lazy.person(mentor.id) == doc.get(Participant, mentor.id)
    with pytest.raises(KeyError):
        lazy.person("no such person")
    assert suggest_pairs(lazy).proposals == suggest_pairs(whole).proposals


def test_people_are_decoded_when_used_and_everyone_after_many(opened):
    doc, _ = opened
    people = People(doc)
    everyone = doc.all(Participant)
    assert people[everyone[0].id] == everyone[0]
    assert people.many([p.id for p in everyone[:3]]) == everyone[:3]
    assert people._all is None  # read one by one so far
    assert len(people) == len(everyone)
    assert [people[p.id] for p in everyone] == everyone


def test_a_pair_line_carries_the_pair_as_stored_and_both_names(opened):
    doc, program = opened
    lines = open_pairs(doc, program.id)
    pairs = {p.id: p for p in doc.all(Pair, "program_id = ?", [program.id])}
    assert [line.id for line in lines] == [
        p.id for p in pairs.values() if p.status in (PairStatus.PROPOSED, PairStatus.ACTIVE)
    ]
    for line in lines:
        mentor, mentee = doc.get(Participant, line.mentor_id), doc.get(Participant, line.mentee_id)
        assert (line.mentor_name, line.mentor_department) == (mentor.name, mentor.department)
        assert (line.mentee_name, line.mentee_department) == (mentee.name, mentee.department)
    someone = lines[0]
    assert open_pairs(doc, program.id, [someone.mentee_id]) == [someone]


def test_replacing_pairs_after_a_move(opened):
    doc, program = opened
    cohort = load(doc, program, as_needed=True)
    mentor, mentee = cohort.free_mentors()[0], cohort.free_mentees()[0]
    made = make_pair(doc, cohort, mentor.id, mentee.id)
    cohort.replace_pairs([], open_pairs(doc, program.id, [mentor.id, mentee.id]))
    assert cohort.pair(made.id) == doc.get(Pair, made.id)
    assert mentee.id not in cohort.free_mentee_ids()
    assert mentee.id in cohort.mentees_of[mentor.id]
    unpair(doc, cohort, dataclasses.replace(made))
    cohort.replace_pairs([made.id], open_pairs(doc, program.id, [mentor.id, mentee.id]))
    assert cohort.pair(made.id) is None
    assert mentee.id in cohort.free_mentee_ids()
