"""The pair and program life cycle on real files: every move allowed, refused, and undone."""

import datetime as dt

import pytest

from rmdesk.domain import Meeting, Pair, PairStatus, Participant, Program, ProgramStatus
from rmdesk.domain.lifecycle import COMPLETED_AT_CLOSE, END_REASONS
from rmdesk.matching.program import load, make_pairs, suggest_pairs
from rmdesk.store import Document, DocumentError, lifecycle

D = dt.date


@pytest.fixture
def program(doc):
    program = doc.add(Program(name="Pilot 2026", start_date=D(2026, 6, 1), end_date=D(2026, 12, 31)))
    people = [
        Participant(name=name, grade=grade, topics_offered=offer, topics_wanted=want)
        for name, grade, offer, want in (
            ("Siti", 3, {"AI tools": 5}, {}),
            ("Adi", 4, {"Social media": 4}, {}),
            ("Budi", 11, {}, {"AI tools": 4}),
            ("Hendra", 12, {}, {"Social media": 5}),
        )
    ]
    from rmdesk.domain import Role
    from rmdesk.store.edits import save_participant

    for person, role in zip(people, (Role.MENTOR, Role.MENTOR, Role.MENTEE, Role.MENTEE), strict=True):
        save_participant(doc, person, program.id, role)
    return program


def pairs_of(doc, program):
    cohort = load(doc, program)
    return make_pairs(doc, cohort, [(p.mentor.id, p.mentee.id) for p in suggest_pairs(cohort).proposals])


def test_a_proposal_starts_ends_early_and_each_move_undoes(doc, program):
    first, second = pairs_of(doc, program)
    assert doc.get(Program, program.id).status is ProgramStatus.PLANNED
    lifecycle.start_pairs(doc, [first], D(2026, 6, 10))
    started = doc.get(Pair, first.id)
    assert (started.status, started.started_on) == (PairStatus.ACTIVE, D(2026, 6, 10))
    assert doc.get(Program, program.id).status is ProgramStatus.RUNNING  # the first pair starts it
    lifecycle.end_pair(doc, first, D(2026, 8, 1), "Left the company")
    ended = doc.get(Pair, first.id)
    assert (ended.status, ended.ended_on, ended.end_reason) == (
        PairStatus.ENDED_EARLY,
        D(2026, 8, 1),
        "Left the company",
    )
    assert doc.undo().startswith("End ") and doc.get(Pair, first.id).status is PairStatus.ACTIVE
    assert doc.undo().startswith("Start ")
    assert doc.get(Pair, first.id).status is PairStatus.PROPOSED
    assert doc.get(Program, program.id).status is ProgramStatus.PLANNED
    assert doc.get(Pair, second.id).status is PairStatus.PROPOSED


@pytest.mark.parametrize(
    ("move", "message"),
    [
        (
            lambda doc, p: lifecycle.end_pair(doc, p, D(2026, 7, 1), "x"),
            "has not started; to drop a proposal",
        ),
        (lambda doc, p: lifecycle.complete_pairs(doc, [p], D(2026, 7, 1)), "has not started"),
        (lambda doc, p: lifecycle.start_pairs(doc, [p], D(2027, 1, 5)), "is after the program ends"),
    ],
)
def test_moves_a_proposal_cannot_make_are_refused_with_a_sentence(doc, program, move, message):
    pair = pairs_of(doc, program)[0]
    last = doc.undo_label()
    with pytest.raises(DocumentError, match=message):
        move(doc, pair)
    assert doc.get(Pair, pair.id).status is PairStatus.PROPOSED and doc.undo_label() == last


def test_an_active_pair_cannot_start_again_end_before_it_began_or_end_without_a_reason(doc, program):
    pair = pairs_of(doc, program)[0]
    lifecycle.start_pairs(doc, [pair], D(2026, 6, 10))
    with pytest.raises(DocumentError, match="already started on 2026-06-10"):
        lifecycle.start_pairs(doc, [pair], D(2026, 6, 11))
    with pytest.raises(DocumentError, match="before the pair started"):
        lifecycle.end_pair(doc, pair, D(2026, 6, 1), "Asked to stop")
    with pytest.raises(DocumentError, match="Say why"):
        lifecycle.end_pair(doc, pair, D(2026, 7, 1), "  ")
    lifecycle.complete_pairs(doc, [pair], D(2026, 12, 1))
    with pytest.raises(DocumentError, match="already finished on 2026-12-01"):
        lifecycle.end_pair(doc, pair, D(2026, 12, 2), END_REASONS[0])


def test_starting_several_is_all_or_nothing(doc, program):
    first, second = pairs_of(doc, program)
    lifecycle.start_pairs(doc, [first], D(2026, 6, 10))
    with pytest.raises(DocumentError, match=r"1 pair cannot move: .*already started"):
        lifecycle.start_pairs(doc, [first, second], D(2026, 6, 12))
    assert doc.get(Pair, second.id).status is PairStatus.PROPOSED


def test_close_lists_what_is_missing_completes_active_pairs_and_reopen_brings_them_back(doc, program):
    first, second = pairs_of(doc, program)
    with pytest.raises(DocumentError, match="has not started yet, so there is nothing to close"):
        lifecycle.close_program(doc, program, D(2026, 12, 31))
    lifecycle.start_program(doc, doc.get(Program, program.id), [first], D(2026, 6, 1))
    missing = lifecycle.missing_at_close(doc, doc.get(Program, program.id))
    assert any("no final evaluation from the mentor or the mentee" in m for m in missing)
    assert "1 proposed pair never started" in missing
    lifecycle.close_program(doc, doc.get(Program, program.id), D(2026, 12, 31))
    closed = doc.get(Pair, first.id)
    assert (closed.status, closed.ended_on, closed.end_reason) == (
        PairStatus.COMPLETED,
        D(2026, 12, 31),
        COMPLETED_AT_CLOSE,
    )
    assert doc.get(Program, program.id).status is ProgramStatus.CLOSED
    with pytest.raises(DocumentError, match="is closed; reopen it first"):
        lifecycle.start_pairs(doc, [second], D(2026, 12, 1))
    lifecycle.reopen_program(doc, doc.get(Program, program.id))
    assert doc.get(Pair, first.id).status is PairStatus.ACTIVE
    assert doc.get(Program, program.id).status is ProgramStatus.RUNNING
    assert doc.undo().startswith("Reopen Program")
    assert doc.undo().startswith("Close Program")
    assert doc.get(Pair, first.id).status is PairStatus.ACTIVE


def test_the_first_meeting_of_a_proposal_can_start_it_in_the_same_step(doc, program):
    pair = pairs_of(doc, program)[0]
    meeting = Meeting(pair_id=pair.id, date=D(2026, 6, 15))
    assert lifecycle.is_first_meeting_of_proposal(doc, meeting)
    lifecycle.log_meeting(doc, meeting, start_pair=True)
    started = doc.get(Pair, pair.id)
    assert (started.status, started.started_on) == (PairStatus.ACTIVE, D(2026, 6, 15))
    assert doc.undo() == "Log Meeting"
    assert doc.get(Pair, pair.id).status is PairStatus.PROPOSED and doc.find(Meeting, meeting.id) is None


def test_an_ended_pair_is_not_proposed_again_in_the_same_program_unless_allowed(doc, program):
    from rmdesk.matching.settings import MatchSettings

    first = pairs_of(doc, program)[0]
    lifecycle.start_pairs(doc, [first], D(2026, 6, 10))
    lifecycle.end_pair(doc, first, D(2026, 7, 1), "Asked to stop")
    cohort = load(doc, doc.get(Program, program.id))
    again = [(p.mentor.id, p.mentee.id) for p in suggest_pairs(cohort).proposals]
    assert (first.mentor_id, first.mentee_id) not in again
    assert (
        "this program (ended early on 2026-07-01)"
        in cohort.verdict(first.mentor_id, first.mentee_id).broken[0]
    )
    relaxed = doc.get(Program, program.id)
    relaxed.settings = MatchSettings(exclude_earlier_pairs=False).to_program(relaxed.settings)
    doc.update(relaxed)
    cohort = load(doc, doc.get(Program, program.id))
    assert cohort.verdict(first.mentor_id, first.mentee_id).allowed


def test_start_all_and_undo_write_every_row_and_its_history(tmp_path):
    """2,000 proposals started as one action, then undone: rows and change log agree."""
    with Document.create(tmp_path / "big.rmdesk") as doc:
        program = doc.add(Program(name="Big", start_date=D(2026, 6, 1), end_date=D(2026, 12, 31)))
        people = [Participant(name=f"P{i}", grade=3 if i % 2 else 12) for i in range(4000)]
        doc.add_many(people)
        pairs = doc.add_many(
            [
                Pair(program_id=program.id, mentor_id=people[i + 1].id, mentee_id=people[i].id)
                for i in range(0, 4000, 2)
            ]
        )
        rows = "SELECT id, program_id, mentor_id, mentee_id, status, end_reason, locked, score, explanation, started_on, ended_on FROM pairs ORDER BY id"  # noqa: E501
        proposed = doc.conn.execute(rows).fetchall()
        assert lifecycle.start_pairs(doc, pairs, D(2026, 6, 2)) == 2000
        statuses = doc.conn.execute("SELECT status, count(*) FROM pairs GROUP BY status").fetchall()
        assert statuses == [("active", 2000)]
        started = doc.conn.execute(rows).fetchall()
        assert doc.undo() == "Start 2,000 Pairs"
        assert doc.conn.execute(rows).fetchall() == proposed  # every column back, with its type
        assert doc.redo() == "Start 2,000 Pairs"
        assert doc.conn.execute(rows).fetchall() == started
        assert doc.undo() == "Start 2,000 Pairs"
        assert doc.redo() == "Start 2,000 Pairs"
        assert (
            doc.conn.execute("SELECT count(*) FROM pairs WHERE started_on = '2026-06-02'").fetchone()[0]
            == 2000
        )
