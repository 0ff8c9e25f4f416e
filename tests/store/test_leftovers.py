"""Nothing half-done is left behind: a stopped demo, killed snapshots, a WAL file read or undone."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

from rmdesk.domain import Program
from rmdesk.store import Document
from rmdesk.store import snapshots as snaps
from tests.store.damage import listing, rmdesk


def test_a_demo_killed_halfway_leaves_nothing_at_its_name(tmp_path):
    target = tmp_path / "Demo.rmdesk"
    writer = subprocess.Popen(
        [sys.executable, "-m", "rmdesk", "demo", str(target), "--participants", "3000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(
        p.name.startswith(".Demo.rmdesk") for p in tmp_path.iterdir()
    ):
        time.sleep(0.01)
    time.sleep(0.3)  # well into writing people and pairs
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    assert not target.exists()
    again = rmdesk("demo", target, "--participants", 20)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Demo.rmdesk"]  # the stopped one is cleared


def test_copies_a_killed_snapshot_left_are_removed_at_the_next_one(demo_file):
    with Document.open(demo_file) as doc:
        [first] = snaps.for_document(demo_file)
        folder = first.path.parent
        leftovers = [
            folder / "Demo program__20260101-000000-000000__abcd.partial",
            folder / "x.partial-journal",
        ]
        for leftover in leftovers:
            leftover.write_bytes(b"\0" * 100_000)
        (folder / "orphan__20260101-000000-000000__abcd.json").write_text("{}")  # a record without its copy
        snaps.take(doc, force=True)
    assert sorted(p.suffix for p in folder.iterdir() if not p.name.startswith(".lock")) == [
        ".json",
        ".json",
        ".rmdesk",
        ".rmdesk",
    ]


def _in_wal_mode(path):
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.close()


def test_reading_a_wal_file_leaves_no_wal_or_shm_beside_it(demo_file):
    _in_wal_mode(demo_file)
    before = listing(demo_file.parent)
    for command in (["info"], ["pairs"], ["check"], ["history"], ["backup", "--list"], ["pair"]):
        result = rmdesk(command[0], demo_file, *command[1:])
        assert result.returncode == 0, (command, result.stderr)
        assert listing(demo_file.parent) == before, command
    with Document.open(demo_file, readonly=True) as doc:
        assert doc.counts()["participants"] == 60
    assert listing(demo_file.parent) == before


def test_nothing_to_undo_leaves_a_wal_file_as_it_was_and_a_real_undo_turns_it_back(tmp_path):
    path = tmp_path / "new.rmdesk"
    Document.create(path, organisation="PT Baru").close()
    _in_wal_mode(path)
    before = listing(tmp_path)
    for command in ("undo", "redo"):
        result = rmdesk(command, path)
        assert result.returncode == 2 and "There is nothing to" in result.stderr
        assert listing(tmp_path) == before
    with Document.open(path, snapshot=False) as doc:
        doc.add(Program(name="Pilot"))
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal again, after a real write
    assert rmdesk("undo", path).returncode == 0
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm"))]
