"""Erase: a person and every trace of them leave the file, its change log and its snapshots for good.

The person has a history before they go: edited (a new name and email), re-rated, manager of
someone, paired, met, evaluated, named in another pair's reasons; snapshots were taken on the way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import shutil

import pytest

from rmdesk.domain import Meeting, Pair, PairStatus, Participant, Program
from rmdesk.store import Document, DocumentError, NothingToUndo, audit, edits, erasure
from rmdesk.store import snapshots as snaps
from rmdesk.store.check import check
from rmdesk.store.lifecycle import log_meeting

TABLES = ("participants", "enrolments", "pairs", "goals", "meetings", "evaluations", "exclusions")


def rows(doc):
    """Every row of every table as the user sees it (time stamps left out)."""
    out = {}
    for table in TABLES:
        cursor = doc.conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cursor.description]
        out[table] = [{k: v for k, v in zip(names, r, strict=True) if k != "updated_at"} for r in cursor]
    return out


def row(doc, table, row_id):
    found = doc._row(table, row_id)
    return {k: v for k, v in found.items() if k != "updated_at"} if found else None


@pytest.fixture
def history(demo_file):
    """The demo with a person who has a history, a snapshot on the way, and a later unrelated edit."""
    with Document.open(demo_file) as doc:
        pair = doc.all(Pair, "status = 'active'", order_by="id")[0]
        person = doc.get(Participant, pair.mentor_id)
        old = dataclasses.replace(person)
        other = doc.all(  # someone who manages nobody: reporting to the person makes no loop
            Participant,
            "id NOT IN (?, ?) AND id NOT IN "
            "(SELECT manager_id FROM participants WHERE manager_id IS NOT NULL)",
            [person.id, pair.mentee_id],
            order_by="name",
        )[0]
        doc.update(dataclasses.replace(person, name="Ayu Kusumawardhani", email="ayu.k@example.co.id"))
        edits.rate(doc, doc.get(Participant, person.id), 3, 3)
        doc.update(dataclasses.replace(other, manager_id=person.id))  # they manage someone now
        log_meeting(doc, Meeting(pair_id=pair.id, date=dt.date(2026, 11, 2), notes="Prompt library reviewed"))
        # Another pair's reasons name them (a rule the officer overrode).
        third = doc.all(Pair, "id != ?", [pair.id], order_by="id")[0]
        doc.update(
            dataclasses.replace(third, explanation=[*third.explanation, "both report to Ayu Kusumawardhani"])
        )
        snaps.take(doc, force=True)
        later = doc.all(
            Participant, "id NOT IN (?, ?, ?)", [person.id, pair.mentee_id, other.id], order_by="name"
        )[0]
        before_edit = row(doc, "participants", later.id)
        doc.update(dataclasses.replace(later, job_title="Head of Digital Banking"))
        after_edit = row(doc, "participants", later.id)
        snaps.take(doc, force=True)
    return {
        "path": demo_file,
        "person": person.id,
        "pair": pair.id,
        "terms": {old.name, old.email, old.employee_no, "Ayu Kusumawardhani", "ayu.k@example.co.id"},
        "managed": other.id,
        "later": (later.id, before_edit, after_edit),
    }


def holders(history):
    """The file and every snapshot of it that holds any of the person's names, emails or numbers."""
    terms = [t.encode() for t in history["terms"] if t]
    files = [history["path"], *(s.path for s in snaps.for_document(history["path"]))]
    return [f.name for f in files for t in terms if t in f.read_bytes()]


def test_erasing_leaves_no_byte_of_them_in_the_file_or_any_snapshot(history):
    assert holders(history)  # they are there to begin with, in the file and the snapshots
    path = history["path"]
    with Document.open(path) as doc:
        done = erasure.erase(doc, [history["person"]])
        assert done.snapshots >= 2 and done.snapshots_unreadable == 0
        assert doc.find(Participant, history["person"]) is None
        assert doc.find(Pair, history["pair"]) is None
        assert doc.get(Participant, history["managed"]).manager_id is None
        assert not doc.conn.execute(
            "SELECT count(*) FROM changes WHERE row_id = ? OR instr(before, ?) OR instr(after, ?)",
            [history["person"]] * 3,
        ).fetchone()[0]
    assert holders(history) == []
    assert check(path) == []
    for snap in snaps.for_document(path):
        assert check(snap.path) == []


def test_the_others_and_the_remaining_undo_history_still_work(history):
    path = history["path"]
    later, before_edit, after_edit = history["later"]
    with Document.open(path) as doc:
        people = doc.counts()["participants"]
        erasure.erase(doc, [history["person"]])
        assert doc.counts()["participants"] == people - 1
        kept = rows(doc)
        assert doc.undo_label() == "Edit Participant"  # the unrelated later edit, undone exactly
        doc.undo()
        assert row(doc, "participants", later) == before_edit
        doc.redo()
        assert row(doc, "participants", later) == after_edit
        assert rows(doc) == kept
        # Every remaining step undoes and redoes without a complaint, and comes back to the same rows.
        undone = 0
        while True:
            try:
                doc.undo()
            except NothingToUndo:
                break
            undone += 1
        assert undone > 5 and doc.counts()["participants"] == 0
        for _ in range(undone):
            doc.redo()
        assert rows(doc) == kept
    assert check(path) == []


def test_the_change_log_keeps_no_label_or_reason_that_names_them(history):
    with Document.open(history["path"]) as doc:
        erasure.erase(doc, [history["person"]])
        labels = [r[0] for r in doc.conn.execute("SELECT label FROM actions")]
        reasons = " ".join(r[0] for r in doc.conn.execute("SELECT explanation FROM pairs"))
    assert not any(term in label for term in history["terms"] for label in labels)
    assert "both report to an erased person" in reasons


def test_a_dry_run_lists_what_goes_and_writes_nothing(history):
    path = history["path"]
    snapshot_files = sorted(s.path.name for s in snaps.for_document(path))
    before = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
    with Document.open(path, readonly=True) as doc:
        found = erasure.plan(doc, erasure.find(doc, doc.get(Participant, history["person"]).employee_no))
    text = "\n".join(found.lines())
    assert text.startswith("Erase Ayu Kusumawardhani:")
    assert "Pair Ayu Kusumawardhani → " in text
    assert "Meeting of Ayu Kusumawardhani → " in text and "on 2026-11-02" in text
    assert "Evaluation of Ayu Kusumawardhani → " in text
    assert "Manager of " in text
    assert "Change log: " in text and found.counts()["change_log_entries_removed"] > 10
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before
    assert sorted(s.path.name for s in snaps.for_document(path)) == snapshot_files


def test_restoring_an_older_snapshot_erases_them_again(history, data_dir):
    path = history["path"]
    older = snaps.for_document(path)[-1].path
    kept_aside = path.with_name("older copy.rmdesk")
    shutil.copyfile(older, kept_aside)  # a copy of the older snapshot the erasure never saw
    with Document.open(path) as doc:
        erasure.erase(doc, [history["person"]])
    shutil.copyfile(kept_aside, older)  # as if the old snapshot had survived
    snaps.restore(path, older)
    with Document.open(path, readonly=True) as doc:
        assert doc.find(Participant, history["person"]) is None
        assert erasure.records(doc)  # the record came along
        kinds = [e.kind for e in audit.entries(doc)]
        assert kinds[:2] == ["restore", "erase"]
    assert not any(t.encode() in path.read_bytes() for t in history["terms"] if t)


def test_a_restore_over_a_damaged_file_uses_the_data_folder_record(history):
    path = history["path"]
    older = snaps.for_document(path)[-1].path
    kept_aside = path.with_name("older copy.rmdesk")
    shutil.copyfile(older, kept_aside)
    with Document.open(path) as doc:
        erasure.erase(doc, [history["person"]])
    path.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8000)  # the newer file is lost
    snaps.restore(path, kept_aside)
    with Document.open(path, readonly=True) as doc:
        assert doc.find(Participant, history["person"]) is None


def test_the_record_holds_no_personal_data(history, data_dir):
    with Document.open(history["path"]) as doc:
        erasure.erase(doc, [history["person"]])
        [record] = erasure.records(doc)
        entry = audit.entries(doc, kinds=["erase"])[0]
    assert history["person"] not in record.ref and len(record.ref) == 64
    kept = (data_dir / "erasures").glob("*.json")
    text = " ".join(p.read_text() for p in kept) + entry.what
    assert history["person"] not in text
    assert not any(t in text for t in history["terms"] if t)


def test_someone_deleted_earlier_is_found_by_their_number_and_erased_from_the_history(demo_file):
    with Document.open(demo_file) as doc:
        person = doc.all(Participant, order_by="name")[5]
        edits.delete_participants(doc, [person])
        assert doc.find(Participant, person.id) is None
        found = erasure.find(doc, person.employee_no.lower())
        assert found == person.id
        erasure.erase(doc, [found])
        doc.undo()  # the deletion's step is gone: undo takes back what came before it
        assert doc.find(Participant, person.id) is None
    assert person.name.encode() not in demo_file.read_bytes()


def test_a_proposal_they_left_keeps_its_new_partner(demo_file):
    """A proposal once had them as mentor and was swapped to another: the pair stays, its history
    that names them goes, and undoing the swap no longer brings them back."""
    with Document.open(demo_file) as doc:
        proposal = doc.all(Pair, "status = ?", [PairStatus.PROPOSED.value], order_by="id")[0]
        first = proposal.mentor_id
        second = next(
            p.id for p in doc.all(Participant) if p.id not in (proposal.mentor_id, proposal.mentee_id)
        )
        with doc.action("Swap"):
            doc.update(dataclasses.replace(proposal, mentor_id=second))
        erasure.erase(doc, [first])
        assert doc.get(Pair, proposal.id).mentor_id == second
        assert doc.undo_label() != "Swap"
        assert check(demo_file) == []


def test_an_undone_step_that_would_bring_them_back_goes(demo_file):
    with Document.open(demo_file) as doc:
        program = doc.all(Program)[0]
        person = doc.add(Participant(name="Rina Kartika Dewi", employee_no="TMP-7"))
        doc.undo()  # redo would add them again
        assert doc.redo_label() == "Add Participant"
        erasure.erase(doc, [erasure.find(doc, "TMP-7")])
        assert doc.redo_label() is None
        assert doc.find(Program, program.id) is not None
    assert b"Rina Kartika Dewi" not in demo_file.read_bytes()
    assert person.id.encode() not in demo_file.read_bytes()


def test_anonymising_keeps_the_figures_and_drops_the_names(history):
    path = history["path"]
    with Document.open(path) as doc:
        pairs = doc.counts()["pairs"]
        erasure.anonymise(doc, [history["person"]])
        person = doc.get(Participant, history["person"])
        assert person.name == "Former participant 0001"
        assert (person.email, person.employee_no, person.notes) == ("", "", "")
        assert person.performance == 3 and doc.counts()["pairs"] == pairs
        assert doc.find(Pair, history["pair"]) is not None
        doc.undo()  # the later edit still undoes
    assert holders(history) == []


def test_erase_refuses_a_read_only_file_and_an_unknown_person(demo_file):
    with Document.open(demo_file, readonly=True) as doc, pytest.raises(DocumentError, match="read-only"):
        erasure.erase(doc, [doc.all(Participant)[0].id])
    with Document.open(demo_file) as doc, pytest.raises(DocumentError, match="Nobody in"):
        erasure.find(doc, "NO-SUCH-NUMBER")


def test_someone_else_with_the_same_name_keeps_it(demo_file):
    with Document.open(demo_file) as doc:
        person = doc.all(Participant, order_by="name")[3]
        namesake = doc.add(Participant(name=person.name, employee_no="TWIN-1", notes="Not the same person"))
        erasure.erase(doc, [person.id])
        assert doc.get(Participant, namesake.id).name == person.name
        doc.undo()  # adding the namesake undoes, and redo brings them back under their own name
        doc.redo()
        assert doc.get(Participant, namesake.id).name == person.name
