"""Rotating, verified snapshots; restore from the API and the CLI."""

import shutil
import subprocess
import sys

import pytest

from rmdesk.domain import Participant
from rmdesk.store import DamagedFile, Document, DocumentInUse
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
            return destination

        monkeypatch.setattr(doc, "save_copy", broken_copy)
        with pytest.raises(DamagedFile, match="a safety copy failed its check"):
            snaps.take(doc, force=True)
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
