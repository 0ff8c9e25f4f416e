"""Byte scans: with an encrypted document, no name or email of a person is in any file rmdesk
writes, beside the document or elsewhere: the document and its journal (after a kill mid-write),
its copies, snapshots and their records, the data folder, the logs and the temporary folder."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from rmdesk.domain import Participant
from rmdesk.store import Document, rekey
from rmdesk.store import snapshots as snaps
from rmdesk.store.check import check

from .damage import rmdesk

OLD, NEW = "kopi susu 42", "nasi goreng pedas 2026"
ADDED, ADDED_EMAIL = "Sekar Ayuningtyas Wibisono", "sekar.wibisono@contoh.co.id"
CRASHED = "Larasati Kusumawardhani"

WRITER = """
import sys, time
from rmdesk.domain import Participant
from rmdesk.store import Document
doc = Document.open(sys.argv[1], passphrase=sys.argv[2], snapshot=False)
doc.conn.execute("PRAGMA cache_size = -64")  # a small cache writes changed pages before the commit
with doc.action("Import participants"):
    for i in range(1500):
        doc.add(Participant(name=f"{sys.argv[3]} {i}", email=f"laras{i}@contoh.co.id", notes="x" * 200))
    print("spilled", flush=True)
    time.sleep(60)
"""


def written(*roots: Path) -> list[Path]:
    return [p for root in roots for p in root.rglob("*") if p.is_file()]


def scan(files: list[Path], needles: list[str]) -> list[str]:
    """Each needle found in a file, in the encodings a program would write it in."""
    found = []
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if needle.encode(encoding) in data:
                    found.append(f"{needle!r} ({encoding}) in {path}")
    return found


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_no_personal_data_in_any_file_rmdesk_writes_for_an_encrypted_document(
    tmp_path, data_dir, monkeypatch
):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "client.rmdesk"
    env = {"PW": OLD, "TMPDIR": str(temp)}

    made = rmdesk("demo", path, "--participants", "40", "--passphrase-env", "PW", env=env)
    assert made.returncode == 0, made.stderr
    with Document.open(path, passphrase=OLD) as doc:  # a snapshot on opening
        person = doc.all(Participant, order_by="name")[0]
        doc.add(Participant(name=ADDED, email=ADDED_EMAIL, notes=f"Mentored with {person.name}"))
        doc.update(dataclasses.replace(person, notes=f"Paired with {ADDED}"))
        doc.undo()
        doc.redo()
        snaps.take(doc, force=True)
        doc.save_copy(folder / "copy for the board.rmdesk")  # File > Save a Copy
        with doc.twin(readonly=True) as reader:  # the connection reports and exports use
            assert reader.counts()["participants"] == 41
    assert person.email
    for command in (["backup"], ["history"], ["backup", "--list"], ["check"], ["pairs"]):
        done = rmdesk(command[0], path, *command[1:], "--passphrase-env", "PW", env=env)
        assert done.returncode == 0, (command, done.stderr)
    with Document.open(path, passphrase=OLD) as doc:  # a change of passphrase, with the snapshots
        rekey.change(doc, NEW)

    # A kill in the middle of a large write leaves the journal a crash leaves.
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), NEW, CRASHED],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(temp)},
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "spilled"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0

    needles = [person.name, person.email, ADDED, ADDED_EMAIL, CRASHED]
    files = written(folder, data_dir, temp)
    kinds = {p.suffix or p.name for p in files}
    assert {".rmdesk", ".rmdesk-journal", ".json"} <= kinds, kinds  # snapshots and their records, too
    assert scan(files, needles) == []

    # Opening again rolls the journal back; the file and everything beside it stay unreadable.
    assert check(path, passphrase=NEW) == []
    with Document.open(path, passphrase=NEW) as doc:
        assert doc.counts()["participants"] == 41
        assert doc.find(Participant, person.id) is not None
    assert scan(written(folder, data_dir, temp), needles) == []
    assert not journal.exists()

    # The scan finds them where they are plain: the copy, once its encryption is removed.
    copy = folder / "copy for the board.rmdesk"
    with Document.open(copy, passphrase=OLD) as doc:
        rekey.change(doc, None)
    assert len(scan([copy], needles)) >= 3
