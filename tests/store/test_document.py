import dataclasses
import datetime as dt
import json

import pytest

from rmdesk.domain import (
    Enrolment,
    Evaluation,
    Goal,
    Meeting,
    Organisation,
    Pair,
    Participant,
    Program,
    Respondent,
    Role,
    Stage,
    ValidationError,
)
from rmdesk.store import Document, DocumentError, NothingToUndo


def same(a, b):
    """Equal in every field a user sees (updated_at moves on with each write)."""
    return dataclasses.replace(a, updated_at="") == dataclasses.replace(b, updated_at="")


def build_world(doc):
    """One of every entity, each added as its own action."""
    program = doc.add(
        Program(name="Pilot 2026", start_date=dt.date(2026, 6, 1), end_date=dt.date(2026, 12, 31))
    )
    boss = doc.add(Participant(name="Hendra Wijaya", birth_year=1970, grade=11))
    mentor = doc.add(
        Participant(
            name="Siti Nur'aini", birth_year=2000, grade=3, manager_id=boss.id, topics_offered={"AI tools": 5}
        )
    )
    mentee = doc.add(Participant(name="José Muñoz", birth_year=1968, grade=10, topics_wanted={"AI tools": 4}))
    doc.add(Enrolment(program_id=program.id, participant_id=mentor.id, role=Role.MENTOR))
    pair = doc.add(Pair(program_id=program.id, mentor_id=mentor.id, mentee_id=mentee.id, explanation=["x"]))
    doc.add(Goal(pair_id=pair.id, topic="AI tools", specific="Draft reports with an assistant", progress=40))
    doc.add(Meeting(pair_id=pair.id, date=dt.date(2026, 6, 10), topics=["AI tools"]))
    doc.add(
        Evaluation(
            pair_id=pair.id,
            respondent=Respondent.MENTEE,
            stage=Stage.BASELINE,
            answers={"sessions_useful": 4},
            confidence={"AI tools": 2},
        )
    )
    return program, boss, mentor, mentee, pair


def edited(entity):
    """A visible change to each kind of entity."""
    changes = {
        Program: {"objective": "Leaders learn AI"},
        Participant: {"department": "Marketing"},
        Enrolment: {"role": Role.MENTEE},
        Pair: {"locked": True},
        Goal: {"progress": 80},
        Meeting: {"notes": "Tried prompts"},
        Evaluation: {"comments": "Useful"},
        Organisation: {"name": "PT Baru"},
    }[type(entity)]
    return dataclasses.replace(entity, **changes)


KINDS = [Program, Participant, Enrolment, Pair, Goal, Meeting, Evaluation]


def snapshot(doc):
    """Everything in the file as a user sees it, in a fixed order."""
    return {
        k: sorted((dataclasses.replace(e, updated_at="") for e in doc.all(k)), key=lambda e: e.id)
        for k in KINDS
    }


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_create_edit_delete_each_undo_and_redo_round_trip(doc, kind):
    build_world(doc)
    original = doc.all(kind)[0]
    # edit
    changed = doc.update(edited(original))
    assert doc.undo_label() == f"Edit {kind.label}"
    assert doc.undo() == f"Edit {kind.label}"
    assert same(doc.get(kind, original.id), original)
    assert doc.redo() == f"Edit {kind.label}"
    assert same(doc.get(kind, original.id), changed)
    # delete, with whatever depends on it
    before = snapshot(doc)
    doc.delete(changed)
    assert doc.find(kind, original.id) is None
    assert doc.undo() == f"Delete {kind.label}"
    assert snapshot(doc) == before
    doc.redo()
    assert doc.find(kind, original.id) is None
    # create
    fresh = doc.add(dataclasses.replace(changed, id=f"new-{kind.__name__}"))
    assert doc.undo() == f"Add {kind.label}"
    assert doc.find(kind, fresh.id) is None
    doc.redo()
    assert same(doc.get(kind, fresh.id), fresh)


def test_deleting_a_participant_takes_their_pairs_and_clears_reports_then_undo_brings_all_back(doc):
    _program, boss, mentor, mentee, _pair = build_world(doc)
    doc.delete(boss)
    assert doc.get(Participant, mentor.id).manager_id is None
    doc.delete(mentee)
    assert doc.counts()["pairs"] == 0 and doc.counts()["goals"] == 0 and doc.counts()["evaluations"] == 0
    doc.undo()
    doc.undo()
    assert doc.counts() == {
        "programs": 1,
        "participants": 3,
        "enrolments": 1,
        "pairs": 1,
        "goals": 1,
        "meetings": 1,
        "evaluations": 1,
    }
    assert doc.get(Participant, mentor.id).manager_id == boss.id


def test_undo_survives_closing_and_reopening(tmp_path):
    path = tmp_path / "p.rmdesk"
    with Document.create(path) as doc:
        person = doc.add(Participant(name="Dewi"))
        doc.update(dataclasses.replace(person, name="Dewi Lestari"))
    with Document.open(path) as doc:
        assert doc.undo_label() == "Edit Participant"
        doc.undo()
    with Document.open(path) as doc:
        assert doc.get(Participant, person.id).name == "Dewi"
        assert doc.redo_label() == "Edit Participant"
        doc.redo()
    with Document.open(path) as doc:
        assert doc.get(Participant, person.id).name == "Dewi Lestari"


def test_a_new_action_drops_the_redo_steps_but_keeps_them_in_history(doc):
    person = doc.add(Participant(name="Dewi"))
    doc.update(dataclasses.replace(person, name="Dewi L."))
    doc.undo()
    doc.update(dataclasses.replace(person, department="Sales"))
    assert doc.redo_label() is None
    with pytest.raises(NothingToUndo, match="nothing to redo"):
        doc.redo()
    assert [(a["label"], a["state"]) for a in doc.history()] == [
        ("Edit Participant", "done"),
        ("Edit Participant", "discarded"),
        ("Add Participant", "done"),
    ]


def test_several_writes_in_one_action_are_one_undo_step(doc):
    with doc.action("Import participants"):
        for name in ("Adi", "Budi", "Citra"):
            doc.add(Participant(name=name))
    assert doc.counts()["participants"] == 3
    assert doc.undo() == "Import participants"
    assert doc.counts()["participants"] == 0


def test_an_action_that_fails_half_way_leaves_nothing(doc):
    with pytest.raises(ValidationError), doc.action("Import participants"):
        doc.add(Participant(name="Adi"))
        doc.add(Participant(name=""))
    assert doc.counts()["participants"] == 0
    assert doc.undo_label() is None


def test_invalid_entity_is_refused_with_its_message_and_nothing_is_written(doc):
    program = doc.add(Program(name="Pilot", start_date=dt.date(2026, 2, 1)))
    worker = doc.add(Participant(name="Rina", contract_end=dt.date(2026, 1, 5)))
    with pytest.raises(
        ValidationError, match=r"Contract end 2026-01-05 is before the program start 2026-02-01\."
    ):
        doc.add(Enrolment(program_id=program.id, participant_id=worker.id))
    assert doc.counts()["enrolments"] == 0
    assert doc.undo_label() == "Add Participant"


def test_every_row_has_a_uuid_and_updated_at(doc):
    import uuid

    build_world(doc)
    for table in ("programs", "participants", "pairs", "goals", "meetings", "evaluations", "organisation"):
        for row in doc.db[table].rows:
            uuid.UUID(row["id"])
            assert dt.datetime.fromisoformat(row["updated_at"]).tzinfo is not None


def test_enrolling_someone_twice_is_refused_plainly(doc):
    program, _, mentor, _, _ = build_world(doc)
    with pytest.raises(DocumentError, match="already enrolled in this program"):
        doc.add(Enrolment(program_id=program.id, participant_id=mentor.id, role=Role.MENTEE))


def test_editing_a_row_that_was_deleted_says_so(doc):
    person = doc.add(Participant(name="Adi"))
    doc.delete(person)
    with pytest.raises(DocumentError, match="no longer exists"):
        doc.update(person)


def test_file_uses_rollback_journal_and_full_sync(doc):
    assert doc.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert doc.conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_save_copy_is_a_whole_separate_document(doc, tmp_path):
    build_world(doc)
    copy = doc.save_copy(tmp_path / "copy.rmdesk")
    with Document.open(copy, readonly=True) as other:
        assert other.counts() == doc.counts()
    assert not list(tmp_path.glob("*.partial"))


def test_read_only_document_refuses_changes(demo_file):
    with Document.open(demo_file, readonly=True) as doc, pytest.raises(DocumentError, match="read-only"):
        doc.add(Participant(name="Adi"))


def test_shared_rows_are_read_again_only_after_a_write_to_their_table(doc):
    build_world(doc)
    first = doc.shared(Participant)
    assert doc.shared(Participant) is first  # nothing written since: the same list
    doc.add(Goal(pair_id=doc.all(Pair)[0].id, specific="Another goal"))
    assert doc.shared(Participant) is first  # another table changed
    person = doc.update(dataclasses.replace(first[0], department="Legal"))
    again = doc.shared(Participant)
    assert again is not first and doc.get(Participant, person.id).department == "Legal"
    assert next(p for p in again if p.id == person.id).department == "Legal"
    doc.undo()
    assert next(p for p in doc.shared(Participant) if p.id == person.id).department != "Legal"


def test_a_large_batch_edit_whose_rows_change_different_columns_undoes_and_redoes_exactly(doc):
    with doc.action("Add people"):
        people = doc.add_many([Participant(name=f"Person {i:03}", job_title="Analyst") for i in range(150)])
    before = {p.id: (p.job_title, p.department) for p in doc.all(Participant)}
    edited = [dataclasses.replace(people[0], job_title="Lead")]  # the first row changes one column...
    edited += [
        dataclasses.replace(p, department=f"Unit {i}") for i, p in enumerate(people[1:])
    ]  # ...the rest another
    with doc.action("Reorganise"):
        doc.update_many(edited)
    after = {p.id: (p.job_title, p.department) for p in doc.all(Participant)}
    doc.undo()
    assert {p.id: (p.job_title, p.department) for p in doc.all(Participant)} == before
    doc.redo()
    assert {p.id: (p.job_title, p.department) for p in doc.all(Participant)} == after
    assert after[people[0].id] == ("Lead", "") and after[people[1].id] == ("Analyst", "Unit 0")


@pytest.mark.parametrize("after_the_largest_rowid", [False, True])
def test_a_batch_added_is_logged_row_by_row_and_undoes_and_redoes_exactly(doc, after_the_largest_rowid):
    if after_the_largest_rowid:  # SQLite then hands out rowids at random, not in order
        doc.add(Participant(name="Last"))
        doc.conn.execute("UPDATE participants SET rowid = 9223372036854775807")
    people = [
        Participant(name=f"Person {i:03}", topics_offered={"AI": 3}, languages=["English"], grade=i % 9 + 1)
        for i in range(120)
    ]
    doc.add_many(people)
    added = {p.id: p for p in doc.all(Participant) if p.name != "Last"}
    images = doc.conn.execute(
        "SELECT row_id, before, after FROM changes WHERE action_id = (SELECT max(id) FROM actions)"
    ).fetchall()
    assert [row_id for row_id, _, _ in images] == [p.id for p in people]  # in the order added
    for row_id, before, after in images:
        assert before is None
        assert json.loads(after) == doc._row("participants", row_id)
    doc.undo()
    assert not {p.id for p in doc.all(Participant)} & set(added)
    doc.redo()
    back = {p.id: p for p in doc.all(Participant) if p.name != "Last"}
    assert back.keys() == added.keys() and all(same(back[i], added[i]) for i in added)


def test_a_batch_of_check_ins_follows_each_programs_answer_scale(doc):
    from rmdesk.domain.templates import Questionnaire

    _, _, mentor, mentee, pair = build_world(doc)
    seven = doc.add(
        Program(name="Seven", settings=Questionnaire(scale=7).to_settings({}), start_date=dt.date(2026, 6, 1))
    )
    other = doc.add(Pair(program_id=seven.id, mentor_id=mentor.id, mentee_id=mentee.id))

    def answer(pair_id, value):
        return Evaluation(pair_id=pair_id, respondent=Respondent.MENTOR, answers={"sessions_useful": value})

    doc.add_many([answer(other.id, 7), answer(other.id, 6)])
    with pytest.raises(ValidationError) as refused:
        doc.add_many([answer(other.id, 7), answer(pair.id, 6)])  # a five-point program's pair
    assert "between 1 and 5 (got 6)" in refused.value.problems[0].message
    assert doc.counts()["evaluations"] == 3
