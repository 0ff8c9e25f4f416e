"""Rotating, verified snapshots; restore from the API and the CLI."""

import shutil
import subprocess
import sys

import pytest

from rmdesk.domain import Participant
from rmdesk.store import DamagedFile, Document, DocumentError, DocumentInUse
from rmdesk.store import snapshots as snaps
from rmdesk.store.check import check


def test_opening_takes_a_snapshot_only_when_the_file_changed(demo_file):
    Document.open(demo_file).close()
    assert len(snaps.for_document(demo_file)) == 1
    Document.open(demo_file).close()  # nothing changed since
    assert len(snaps.for_document(demo_file)) == 1
    with Document.open(demo_file) as doc:
        doc.add(Participant(name="Adi Santoso"))
    Document.open(demo_file).close()
    found = snaps.for_document(demo_file)
    assert len(found) == 2
    for snap in found:
        assert check(snap.path) == []


def test_snapshots_rotate_keeping_the_newest(demo_file, monkeypatch):
    monkeypatch.setattr(snaps, "KEEP", 3)
    with Document.open(demo_file) as doc:
        for _ in range(5):
            snaps.take(doc, force=True)
        assert len(snaps.for_document(demo_file)) == 3


def test_a_copy_that_fails_its_check_never_replaces_a_good_snapshot(demo_file, monkeypatch):
    with Document.open(demo_file) as doc:
        good = snaps.for_document(demo_file)

        def broken_copy(destination):
            destination.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)

        monkeypatch.setattr(doc, "copy_into", broken_copy)
        with pytest.raises(DocumentError, match="the copy failed its check") as failed:
            snaps.take(doc, force=True)
        assert "Demo program.rmdesk itself is fine" in str(failed.value)
    assert snaps.for_document(demo_file) == good
    assert not list(good[0].path.parent.glob("*.partial"))


def test_restore_brings_back_the_snapshot_and_keeps_the_replaced_version(demo_file):
    with Document.open(demo_file) as doc:
        snap = snaps.take(doc, force=True)
        doc.add(Participant(name="Only in the newer version"))
    assert snap is not None
    snaps.restore(demo_file, snap.path)
    with Document.open(demo_file, readonly=True) as doc:
        assert doc.counts()["participants"] == 60
    kept = [s for s in snaps.for_document(demo_file) if "before-restore" in s.path.name]
    assert len(kept) == 1
    with Document.open(kept[0].path, readonly=True) as old:
        assert old.counts()["participants"] == 61


def test_restore_repairs_a_truncated_file_and_ignores_its_stale_journal(demo_file):
    Document.open(demo_file).close()
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 3])
    demo_file.with_name(demo_file.name + "-journal").write_bytes(b"\x00" * 512)
    with pytest.raises(DamagedFile):
        Document.open(demo_file)
    [snap] = snaps.for_document(demo_file)  # found by name: the damaged file cannot say its id
    snaps.restore(demo_file, snap.path)
    assert not demo_file.with_name(demo_file.name + "-journal").exists()
    assert check(demo_file) == []


def test_restore_refuses_while_the_file_is_open_elsewhere(demo_file):
    with Document.open(demo_file):
        [snap] = snaps.for_document(demo_file)
        with pytest.raises(DocumentInUse):
            snaps.restore(demo_file, snap.path)


def test_restore_refuses_a_damaged_snapshot(demo_file, tmp_path):
    bad = tmp_path / "bad.rmdesk"
    shutil.copyfile(demo_file, bad)
    bad.write_bytes(bad.read_bytes()[:8192])
    before = demo_file.read_bytes()
    with pytest.raises(DamagedFile):
        snaps.restore(demo_file, bad)
    assert demo_file.read_bytes() == before


def test_cli_backup_list_and_restore_by_number(demo_file):
    def rmdesk(*args):
        return subprocess.run(
            [sys.executable, "-m", "rmdesk", *args], capture_output=True, text=True, timeout=60
        )

    taken = rmdesk("backup", str(demo_file))
    assert taken.returncode == 0 and "Snapshot written:" in taken.stdout
    with Document.open(demo_file, snapshot=False) as doc:
        doc.add(Participant(name="Later addition"))
    listed = rmdesk("backup", str(demo_file), "--list")
    assert listed.stdout.splitlines()[0].lstrip().startswith("1  ")
    restored = rmdesk("restore", str(demo_file), "1")
    assert restored.returncode == 0, restored.stderr
    assert "Restored Demo program.rmdesk" in restored.stdout
    with Document.open(demo_file, readonly=True) as doc:
        assert doc.counts()["participants"] == 60
    assert rmdesk("restore", str(demo_file), "99").returncode == 2


def test_describe_tells_apart_copies_taken_before_and_after_a_change(demo_file):
    from rmdesk.domain import Pair

    with Document.open(demo_file, snapshot=False) as doc:
        people, pairs = doc.counts()["participants"], doc.counts()["pairs"]
        doc.add(Participant(name="Joined first"))
        snaps.take(doc, force=True)
        doc.add(Participant(name="Joined later"))
        doc.delete(doc.all(Pair)[0])
        snaps.take(doc, force=True)
    newest, oldest = (snaps.describe(s) for s in snaps.for_document(demo_file))
    assert newest.snapshot.taken > oldest.snapshot.taken
    assert oldest.organisation == newest.organisation == "PT Nusantara Digital Sejahtera"
    assert (oldest.people, oldest.pairs, oldest.programs) == (people + 1, pairs, 1)
    assert (newest.people, newest.pairs, newest.programs) == (people + 2, pairs - 1, 1)
    assert (oldest.last_change, newest.last_change) == ("Add Participant", "Delete Pair")
    assert newest.last_change_at is not None
    assert abs(newest.last_change_at - newest.snapshot.taken).total_seconds() < 60  # both local time
    assert newest.summary == (
        f"PT Nusantara Digital Sejahtera: {people + 2} people, {pairs - 1} pairs, 1 program; "
        f"last change: Delete Pair ({newest.last_change_at:%Y-%m-%d %H:%M})"
    )


def test_describe_a_new_file_with_no_changes_yet(doc):
    snap = snaps.take(doc, force=True)
    assert snap is not None
    contents = snaps.describe(snap.path)
    assert contents.snapshot == snap
    assert contents.organisation == "PT Contoh Maju"
    assert (contents.people, contents.pairs, contents.programs) == (0, 0, 0)
    assert contents.last_change_text == "No changes recorded"
    assert contents.summary == "PT Contoh Maju: 0 people, 0 pairs, 0 programs; no changes recorded"


def test_describe_marks_an_undone_last_change(demo_file):
    with Document.open(demo_file, snapshot=False) as doc:
        doc.add(Participant(name="Added by mistake"))
        doc.undo()
        snap = snaps.take(doc, force=True)
    assert snap is not None
    contents = snaps.describe(snap.path)
    assert contents.last_change == "Undo Add Participant"


def test_describe_says_in_one_sentence_why_a_copy_cannot_be_read(demo_file, tmp_path):
    Document.open(demo_file).close()
    [snap] = snaps.for_document(demo_file)
    cut = snap.path.with_name(snap.path.name.replace("__", "__cut", 1))
    cut.write_bytes(snap.path.read_bytes()[:8192])
    garbage = tmp_path / "notes.rmdesk"
    garbage.write_text("not a database at all, just some notes " * 10)
    gone = tmp_path / "gone.rmdesk"
    found = {
        "cut short": snaps.describe(cut),
        "not rmdesk": snaps.describe(garbage),
        "missing": snaps.describe(gone),
    }
    assert found["cut short"].problem == "This copy is damaged and cannot be restored."
    assert found["not rmdesk"].problem == "This copy is not an rmdesk file."
    assert found["missing"].problem == "This copy is no longer on disk."
    for contents in found.values():
        assert not contents.readable and contents.people == 0
        assert contents.summary == contents.problem


def test_describe_an_encrypted_copy_needs_its_passphrase(tmp_path):
    from rmdesk.demo import generate

    path = generate(tmp_path / "client.rmdesk", participants=20, passphrase="kopi susu 42")
    Document.open(path, passphrase="kopi susu 42").close()
    [snap] = snaps.for_document(path, "kopi susu 42")
    assert snaps.describe(snap, "kopi susu 42").people == 20
    assert snaps.describe(snap, "teh manis").problem == "This copy cannot be read without its own passphrase."
    assert snaps.describe(snap).problem == "This copy cannot be read without its own passphrase."
