"""A full disk: a snapshot that cannot be taken is not a damaged file, and a write that cannot be
saved says the disk is full and leaves the file as it was.

Both use a real small disk (a 1-4 MB tmpfs mounted for the test; skipped where that is not allowed).
"""

import shutil

import pytest

from rmdesk.domain import Participant
from rmdesk.store import Document, DocumentError
from rmdesk.store import snapshots as snaps
from rmdesk.store.check import check
from tests.store.damage import fill, rmdesk, small_disk


@pytest.fixture
def full_data_folder(tmp_path, monkeypatch):
    """The data folder (snapshots) on a disk with no byte left."""
    with small_disk(tmp_path / "data-disk", "1m") as disk:
        (disk / "snapshots").mkdir()
        monkeypatch.setenv("RMDESK_DATA_DIR", str(disk))
        fill(disk)
        yield disk


def test_a_healthy_file_opens_when_no_snapshot_can_be_taken_and_says_why(demo_file, full_data_folder):
    with Document.open(demo_file) as doc:
        assert doc.snapshot_problem is not None
        assert doc.snapshot_problem.startswith("No snapshot of Demo program.rmdesk could be taken: the disk ")
        assert "is full. Free some space there; Demo program.rmdesk itself is fine." in doc.snapshot_problem
        assert "damaged" not in doc.snapshot_problem
        doc.add(Participant(name="Work goes on"))
    assert check(demo_file) == []
    assert not list(full_data_folder.rglob("*.partial"))


def test_the_command_says_no_snapshot_was_taken_and_does_its_work(demo_file, full_data_folder):
    applied = rmdesk("pair", demo_file, "--apply")
    assert applied.returncode == 0, applied.stderr
    assert applied.stderr.strip().startswith("rmdesk: No snapshot of Demo program.rmdesk could be taken: ")
    assert len(applied.stderr.strip().splitlines()) == 1
    backup = rmdesk("backup", demo_file)  # asked for a snapshot: not having one is the answer
    assert backup.returncode == 2 and "the disk" in backup.stderr and "is full" in backup.stderr
    assert "damaged" not in backup.stderr and "Traceback" not in backup.stderr


def test_a_take_on_a_full_disk_raises_snapshot_failed_not_damage(demo_file, full_data_folder):
    with Document.open(demo_file, snapshot=False) as doc, pytest.raises(DocumentError) as failed:
        snaps.take(doc, force=True)
    assert type(failed.value).__name__ == "SnapshotFailed"
    assert failed.value.reason == "the disk is full"  # type: ignore[attr-defined]


@pytest.fixture
def document_on_a_small_disk(tmp_path, demo_template):
    with small_disk(tmp_path / "doc-disk", "4m") as disk:
        path = disk / "client.rmdesk"
        shutil.copyfile(demo_template, path)
        yield path


def test_a_write_that_fills_the_disk_says_so_and_keeps_the_file_whole(document_on_a_small_disk):
    path = document_on_a_small_disk
    with Document.open(path, snapshot=False) as doc:
        fill(path.parent)
        before = path.read_bytes()
        full = r"^The disk is full: client.rmdesk could not be saved\. Free some"
        with pytest.raises(DocumentError, match=full), doc.action("Import participants"):
            for n in range(3000):
                doc.add(Participant(name=f"Imported {n}", notes="x" * 400))
        assert doc.counts()["participants"] == 60
    assert path.read_bytes() == before
    (path.parent / "filler.bin").unlink()
    assert check(path) == []


def test_the_command_says_the_disk_is_full_not_that_no_transaction_is_active(document_on_a_small_disk):
    path = document_on_a_small_disk
    fill(path.parent)
    before = path.read_bytes()
    for command in (["undo", path], ["start", path, "--all-proposed"], ["pair", path, "--apply"]):
        result = rmdesk(*command)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "disk is full" in lines[0], (command, result.stderr)
        assert "no transaction is active" not in result.stderr
    assert path.read_bytes() == before
