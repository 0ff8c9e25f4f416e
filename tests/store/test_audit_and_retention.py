"""The audit lists edits and the events that are not undo steps; closed programs past their
retention period offer their people for erasure or anonymisation."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rmdesk.domain import Pair, Participant, Program
from rmdesk.store import Document, DocumentError, audit, edits, erasure, retention
from rmdesk.store import snapshots as snaps
from rmdesk.store.lifecycle import close_program


def test_edits_and_events_newest_first_with_the_user(demo_file):
    with Document.open(demo_file) as doc:
        person = doc.all(Participant, order_by="name")[0]
        doc.update(dataclasses.replace(person, job_title="Data Analyst"))
        audit.record(doc, "export", "Exported 60 participants to lists.xlsx")
        found = audit.entries(doc)
    assert [(e.kind, e.what) for e in found[:2]] == [
        ("export", "Exported 60 participants to lists.xlsx"),
        ("edit", "Edit Participant"),
    ]
    assert found[0].user and found[0].when[:4].isdigit()
    assert found[1].state == "done"


def test_a_person_filter_keeps_their_steps_and_the_file_wide_events(demo_file):
    with Document.open(demo_file) as doc:
        pair = doc.all(Pair, "status = 'active'", order_by="id")[0]
        person = doc.get(Participant, pair.mentor_id)
        someone = doc.all(Participant, "id NOT IN (?, ?)", [pair.mentor_id, pair.mentee_id])[0]
        edits.rate(doc, person, 3, 2)
        doc.update(dataclasses.replace(someone, job_title="Agile Coach"))
        audit.record(doc, "export", "Exported everything")
        theirs = audit.entries(doc, person_id=person.id)
        everyone = audit.entries(doc)
    labels = [e.what for e in theirs]
    assert f"Re-rate {person.name}" in labels and "Exported everything" in labels
    assert "Edit Participant" not in labels  # someone else's edit
    assert any(label.startswith("Add ") for label in labels)  # they were added, paired...
    assert len(theirs) < len(everyone)


def test_a_date_and_kind_filter(demo_file):
    today = dt.date.today()
    with Document.open(demo_file) as doc:
        audit.record(doc, "export", "Exported everything")
        assert audit.entries(doc, since=today + dt.timedelta(days=1)) == []
        assert len(audit.entries(doc, until=today - dt.timedelta(days=1))) == 0
        assert [e.kind for e in audit.entries(doc, kinds=["export"])] == ["export"]


def test_a_file_read_only_now_keeps_the_entry_in_the_data_folder_until_the_next_one(demo_file, data_dir):
    with Document.open(demo_file, readonly=True) as doc:
        audit.record(doc, "export", "Exported from a read-only file")
        [waiting] = audit.entries(doc, kinds=["export"])
        assert waiting.pending and waiting.state_text == "not yet in the file"
    with Document.open(demo_file) as doc:
        audit.record(doc, "export", "Exported again")
        found = [(e.what, e.pending) for e in audit.entries(doc, kinds=["export"])]
    assert found == [("Exported again", False), ("Exported from a read-only file", False)]
    assert not list((data_dir / "audit").glob("*.jsonl"))


def test_a_restore_is_recorded_and_keeps_the_newer_events(demo_file):
    with Document.open(demo_file) as doc:
        snap = snaps.take(doc, force=True)
        audit.record(doc, "export", "Exported before the restore")
    assert snap is not None
    snaps.restore(demo_file, snap.path)
    with Document.open(demo_file, readonly=True) as doc:
        kinds = [(e.kind, e.what) for e in audit.entries(doc) if e.kind != "edit"]
    assert kinds[0][0] == "restore" and kinds[0][1].startswith("Restored the snapshot of ")
    assert ("export", "Exported before the restore") in kinds


def closed_long_ago(doc, months_ago: int) -> Program:
    program = doc.all(Program)[0]
    today = dt.date.today()
    ended = retention.add_months(today, -months_ago)
    program = doc.update(
        dataclasses.replace(program, start_date=ended - dt.timedelta(days=200), end_date=ended)
    )
    for pair in doc.all(Pair, "status = 'active'"):
        doc.update(dataclasses.replace(pair, started_on=ended - dt.timedelta(days=100)))
    for pair in doc.all(Pair, "status = 'ended_early'"):
        early = ended - dt.timedelta(days=50)
        doc.update(dataclasses.replace(pair, started_on=early - dt.timedelta(days=50), ended_on=early))
    return close_program(doc, doc.get(Program, program.id), ended)


def test_a_closed_program_past_its_retention_offers_its_people(demo_file):
    today = dt.date.today()
    with Document.open(demo_file) as doc:
        assert retention.months(doc) == 24
        assert retention.due(doc, today) == []
        closed_long_ago(doc, 25)
        [due] = retention.due(doc, today)
        assert len(due.people) == 60 and "retention period ended" in due.sentence
        retention.set_months(doc, 36)
        assert retention.due(doc, today) == []
        assert audit.entries(doc, kinds=["setting"])[0].what.startswith("Retention period set to 36 months")
        with pytest.raises(DocumentError, match="between 1 and"):
            retention.set_months(doc, 0)


def test_anonymising_a_program_past_its_retention_keeps_its_figures(demo_file):
    today = dt.date.today()
    with Document.open(demo_file) as doc:
        closed_long_ago(doc, 30)
        [due] = retention.due(doc, today)
        names = [name for _, name in due.people]
        counts = doc.counts()
        erasure.anonymise(doc, [person_id for person_id, _ in due.people])
        assert doc.counts() == counts
        assert retention.due(doc, today) == []  # nobody left to offer
    data = demo_file.read_bytes()
    assert not [n for n in names if n.encode() in data]


def test_each_edit_says_whether_it_is_in_force_or_undone(demo_file):
    with Document.open(demo_file) as doc:
        person = doc.all(Participant, order_by="id")[0]
        doc.update(dataclasses.replace(person, job_title="Agile Coach"))
        doc.update(dataclasses.replace(person, job_title="Scrum Master"))
        doc.undo()
        audit.record(doc, "export", "Exported everything")
        states = {(e.what, e.state_text) for e in audit.entries(doc)[:3]}
    assert states == {
        ("Exported everything", ""),
        ("Edit Participant", "undone"),
        ("Edit Participant", "in force"),
    }
