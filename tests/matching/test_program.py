"""Matching on a real file: suggestions, accepting them, and the board's moves, all undoable."""

import json
import subprocess
import sys

import pytest

from rmdesk.domain import Exclusion, Pair, PairStatus, Program
from rmdesk.matching.program import accept, load, make_pair, set_locked, suggest_pairs, swap, unpair
from rmdesk.store import Document, queries


@pytest.fixture
def opened(demo_file):
    with Document.open(demo_file) as doc:
        yield doc, queries.programs(doc)[0]


def test_suggestions_only_use_free_people_and_respect_capacity(opened):
    doc, program = opened
    cohort = load(doc, program)
    result = suggest_pairs(cohort)
    paired = {p.mentee_id for p in cohort.pairs} | {p.mentor_id for p in cohort.pairs}
    assert result.proposals
    for p in result.proposals:
        assert p.mentor.id not in paired and p.mentee.id not in paired
        assert cohort.verdict(p.mentor.id, p.mentee.id).allowed
    mentors = [p.mentor.id for p in result.proposals]
    assert len(mentors) == len(set(mentors))  # capacity 1


def test_accepting_stores_proposed_pairs_with_reasons_as_one_undo_step(opened):
    doc, program = opened
    before = doc.counts()["pairs"]
    result = suggest_pairs(load(doc, program))
    made = accept(doc, program, result.proposals)
    assert doc.counts()["pairs"] == before + len(made)
    stored = doc.get(Pair, made[0].id)
    assert stored.status is PairStatus.PROPOSED
    assert stored.score == result.proposals[0].score
    assert stored.explanation[0] == result.proposals[0].reasons[0]
    assert doc.undo() == f"Accept {len(made)} Suggested Pairs"
    assert doc.counts()["pairs"] == before
    assert suggest_pairs(load(doc, program)).proposals  # the same people are free again


def test_board_moves_pair_unpair_swap_and_lock(opened):
    doc, program = opened
    cohort = load(doc, program)
    mentor, other_mentor = cohort.free_mentors()[:2]
    mentee = cohort.free_mentees()[0]
    pair = make_pair(doc, cohort, mentor.id, mentee.id)
    assert doc.undo_label() == f"Pair {mentor.name} with {mentee.name}"
    cohort = load(doc, program)
    swapped = swap(doc, cohort, pair, other_mentor.id)
    assert (swapped.mentor_id, swapped.mentee_id) == (other_mentor.id, mentee.id)
    assert doc.undo_label() == f"Swap {other_mentor.name} in for {mentor.name}"
    cohort = load(doc, program)
    set_locked(doc, cohort, swapped, True)
    assert doc.get(Pair, swapped.id).locked
    unpair(doc, cohort, doc.get(Pair, swapped.id))
    assert doc.find(Pair, swapped.id) is None  # a proposal simply goes
    for _ in range(4):
        doc.undo()
    assert doc.find(Pair, pair.id) is None


def test_unpairing_an_active_pair_keeps_its_history(opened):
    doc, program = opened
    cohort = load(doc, program)
    active = next(p for p in cohort.pairs if p.status is PairStatus.ACTIVE)
    meetings = doc.counts()["meetings"]
    unpair(doc, cohort, active)
    ended = doc.get(Pair, active.id)
    assert ended.status is PairStatus.ENDED_EARLY and ended.end_reason == "Unpaired on the pairing board"
    assert doc.counts()["meetings"] == meetings


def test_verdict_names_broken_rules_including_capacity(opened):
    doc, program = opened
    cohort = load(doc, program)
    busy = cohort.pairs[0]
    free_mentee = cohort.free_mentees()[0]
    verdict = cohort.verdict(busy.mentor_id, free_mentee.id)
    assert any("the program's capacity" in b for b in verdict.broken)
    doc.add(Exclusion(first_id=busy.mentor_id, second_id=free_mentee.id, reason="same family"))
    assert (
        "on the never-pair list: same family"
        in load(doc, program).verdict(busy.mentor_id, free_mentee.id).broken
    )


def test_earlier_programs_are_excluded(opened):
    doc, program = opened
    later = doc.add(Program(name="Second cohort"))
    from rmdesk.domain import Enrolment, Role

    old = load(doc, program).pairs[0]
    doc.add(Enrolment(program_id=later.id, participant_id=old.mentor_id, role=Role.MENTOR))
    doc.add(Enrolment(program_id=later.id, participant_id=old.mentee_id, role=Role.MENTEE))
    verdict = load(doc, later).verdict(old.mentor_id, old.mentee_id)
    assert f"already paired in {program.name}" in verdict.broken


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_cli_pair_json_and_apply(demo_file):
    def rmdesk(*args):
        return subprocess.run(
            [sys.executable, "-m", "rmdesk", *args], capture_output=True, text=True, timeout=120
        )

    shown = json.loads(rmdesk("pair", str(demo_file), "--json").stdout)
    assert shown["pairs"] and not shown["applied"]
    assert shown["pairs"][0]["reasons"][0].count("->") == 1
    text = rmdesk("pair", str(demo_file)).stdout
    assert f"{len(shown['pairs'])} proposed pairs" in text
    applied = rmdesk("pair", str(demo_file), "--apply")
    assert applied.returncode == 0 and "Stored" in applied.stdout
    with Document.open(demo_file, readonly=True) as doc:
        assert doc.undo_label() == f"Accept {len(shown['pairs'])} Suggested Pairs"
    again = json.loads(rmdesk("pair", str(demo_file), "--json").stdout)
    assert again["pairs"] == []  # everyone who could be paired now is
    missing = rmdesk("pair", str(demo_file), "--program", "Nope")
    assert missing.returncode == 2 and "no program called 'Nope'" in missing.stderr
