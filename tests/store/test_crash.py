"""Kill -9 during a large write: the file is always whole, with all or none of the action."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from rmdesk.store import Document
from rmdesk.store.check import check

WRITER = """
import sys
from rmdesk.domain import Participant
from rmdesk.store import Document
doc = Document.open(sys.argv[1], snapshot=False)
print("writing", flush=True)
with doc.action("Import participants"):
    for i in range(int(sys.argv[2])):
        doc.add(Participant(name=f"Imported {i}", department="Sales", topics_offered={"AI tools": 3}))
print("done", flush=True)
doc.close()
"""
ROWS = 1500
TRIALS = 30


def _write(path, kill_after: float | None) -> str:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(ROWS)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "writing"
    if kill_after is None:
        writer.wait(timeout=120)
        return writer.stdout.read()
    time.sleep(kill_after)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    return writer.stdout.read()


@pytest.mark.slow
def test_kill_during_a_large_write_leaves_all_or_nothing(tmp_path, demo_template):
    timed = tmp_path / "timed.rmdesk"
    shutil.copyfile(demo_template, timed)
    started = time.perf_counter()
    _write(timed, None)
    duration = time.perf_counter() - started
    rng = random.Random(7)
    outcomes = []
    for trial in range(TRIALS):
        path = tmp_path / f"trial{trial}.rmdesk"
        shutil.copyfile(demo_template, path)
        printed = _write(path, rng.uniform(0, duration * 1.1))
        assert check(path) == [], f"trial {trial}"
        with Document.open(path, snapshot=False) as doc:
            imported = doc.db.execute(
                "SELECT count(*) FROM participants WHERE name LIKE 'Imported %'"
            ).fetchone()[0]
            logged = doc.db.execute(
                "SELECT count(*) FROM actions WHERE label = 'Import participants'"
            ).fetchone()[0]
        assert imported in (0, ROWS), f"trial {trial}: {imported} rows of {ROWS}"
        assert logged == (imported == ROWS)
        outcomes.append(imported == ROWS or "done" in printed)
        path.unlink()
    # the kills must have landed mid-write often enough to mean something
    assert outcomes.count(False) >= TRIALS // 3


SPILL = """
import sys, time
from rmdesk.domain import Participant
from rmdesk.store import Document
doc = Document.open(sys.argv[1], snapshot=False)
doc.conn.execute("PRAGMA cache_size = -64")  # a small cache spills changed pages before the commit
with doc.action("Import participants"):
    for i in range(3000):
        doc.add(Participant(name=f"Imported {i}", notes="x" * 200))
    print("spilled", flush=True)
    time.sleep(60)
"""


def test_a_kill_after_pages_spilled_is_rolled_back_not_called_damaged(tmp_path, demo_template):
    path = tmp_path / "spilled.rmdesk"
    shutil.copyfile(demo_template, path)
    writer = subprocess.Popen([sys.executable, "-c", SPILL, str(path)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "spilled"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    assert path.with_name(path.name + "-journal").stat().st_size > 0  # a hot journal was left
    assert check(path) == []
    with Document.open(path) as doc:
        assert doc.counts()["participants"] == 60
