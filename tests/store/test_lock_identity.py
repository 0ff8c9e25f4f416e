"""One editor, really: by any name of the file, and with many processes at once."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from rmdesk.domain import Participant
from rmdesk.store import Document, DocumentInUse
from rmdesk.store import snapshots as snaps
from rmdesk.store.lock import lock_path

HOLD = """
import sys, time
from rmdesk.store import Document
doc = Document.open(sys.argv[1], snapshot=False)
print("open", flush=True)
time.sleep(60)
"""


@pytest.fixture
def names(demo_file, tmp_path):
    """The demo file, a symbolic link to it, a hard link to it, and a roundabout spelling of it."""
    other = tmp_path / "elsewhere"
    other.mkdir()
    symlink = other / "link.rmdesk"
    symlink.symlink_to(demo_file)
    hardlink = tmp_path / "hard.rmdesk"
    os.link(demo_file, hardlink)
    roundabout = other / ".." / demo_file.name
    return demo_file, symlink, hardlink, roundabout


def test_every_name_of_an_open_file_is_refused_in_this_process(names):
    real, *others = names
    with Document.open(real, snapshot=False) as first:
        for name in others:
            with pytest.raises(DocumentInUse, match="is in use by"):
                Document.open(name, snapshot=False)
        first.add(Participant(name="Still the one editor"))
    for name in others:  # and once it is closed, by any name again
        Document.open(name, snapshot=False).close()


def test_a_holder_in_another_process_refuses_links_and_their_edits_are_never_lost(names, tmp_path):
    real, symlink, hardlink, _ = names
    earlier = tmp_path / "earlier copy.rmdesk"
    shutil.copyfile(real, earlier)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(real)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        for name in (symlink, hardlink):
            with pytest.raises(DocumentInUse):
                Document.open(name, snapshot=False)
            with pytest.raises(DocumentInUse):  # nor can a restore replace it underneath
                snaps.restore(name, earlier)
    finally:
        holder.kill()
        holder.wait()


def test_the_message_names_the_holder_when_opened_by_the_same_name(demo_file):
    holder = r"^Demo program.rmdesk is in use by .* \(since "
    with Document.open(demo_file, snapshot=False), pytest.raises(DocumentInUse, match=holder):
        Document.open(demo_file, snapshot=False)
    assert not lock_path(demo_file).exists()


CONTEND = """
import json, os, random, sys, time
from pathlib import Path
from rmdesk.store import DocumentInUse
from rmdesk.store.lock import DocumentLock

names = [Path(n) for n in sys.argv[1].split(os.pathsep)]
inside, seconds = Path(sys.argv[2]), float(sys.argv[3])
rng = random.Random(os.getpid())
got = overlaps = refused = 0
end = time.monotonic() + seconds
while time.monotonic() < end:
    lock = DocumentLock(rng.choice(names))
    try:
        lock.acquire()
    except DocumentInUse:
        refused += 1
        continue
    try:
        got += 1
        try:
            fd = os.open(inside, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            overlaps += 1  # someone else believes they hold it too
        else:
            os.close(fd)
            time.sleep(rng.random() / 2000)
            os.unlink(inside)
    finally:
        lock.release()
print(json.dumps({"got": got, "overlaps": overlaps, "refused": refused}))
"""


@pytest.mark.slow
def test_four_processes_contending_by_every_name_never_hold_it_together(names, tmp_path):
    inside = tmp_path / "inside"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", CONTEND, os.pathsep.join(map(str, names)), str(inside), "6"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [json.loads(w.communicate(timeout=120)[0]) for w in workers]
    assert sum(r["overlaps"] for r in results) == 0, results
    assert sum(r["got"] for r in results) > 200, results  # it really changed hands, many times
    assert sum(r["refused"] for r in results) > 0, results
    print(results)
