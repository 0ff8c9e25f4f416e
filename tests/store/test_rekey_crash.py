"""kill -9 while a file's passphrase changes: the file opens with the old passphrase or the new one
(never neither, never both), passes `rmdesk check`, holds every row, and once opened again none of
its snapshots is left under the other key."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from rmdesk.demo import generate
from rmdesk.domain import Participant
from rmdesk.store import Document, DocumentError
from rmdesk.store import snapshots as snaps
from rmdesk.store.check import check
from rmdesk.store.keys import Key, head_of

from .damage import rmdesk

OLD, NEW = "kopi susu 42", "nasi goreng pedas 2026"
RANDOM_TRIALS = 6

CHILD = """
import os, signal, sys
from rmdesk.store import Document, rekey

path, old, new, kill_at = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
doc = Document.open(path, passphrase=old, snapshot=False)
real, renames = os.replace, []


def replace(source, target, *args, **kwargs):  # die just before (even) or just after (odd) the n-th rename
    renames.append(target)
    step, after = divmod(kill_at, 2)
    if len(renames) == step + 1 and not after:
        os.kill(os.getpid(), signal.SIGKILL)
    real(source, target, *args, **kwargs)
    if len(renames) == step + 1 and after:
        os.kill(os.getpid(), signal.SIGKILL)


os.replace = replace
print("go", flush=True)
rekey.change(doc, new)
print("done", len(renames), flush=True)
doc.close()
"""


def run(path, data, kill_at: int = -1, kill_after: float | None = None) -> str:
    env = {**os.environ, "RMDESK_DATA_DIR": str(data)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), OLD, NEW, str(kill_at)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "go"
    if kill_after is not None:
        time.sleep(kill_after)
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=120)
    return child.stdout.read()


_keys: dict[tuple[str, bytes], Key] = {}


def key(passphrase: str, path) -> Key:
    """The key a passphrase gives a file, derived once per salt (the trials share most of them)."""
    salt = head_of(path)
    if (passphrase, salt) not in _keys:
        _keys[passphrase, salt] = Key.derive(passphrase, salt)
    return _keys[passphrase, salt]


def opens(path, passphrase) -> bool:
    try:
        Document.open(path, passphrase=key(passphrase, path), readonly=True).close()
    except DocumentError:
        return False
    return True


@pytest.fixture
def template(tmp_path, monkeypatch):
    """An encrypted file with three snapshots, and the data folder holding them."""
    data = tmp_path / "template-data"
    monkeypatch.setenv("RMDESK_DATA_DIR", str(data))
    (tmp_path / "template").mkdir()
    path = generate(tmp_path / "template" / "client.rmdesk", participants=200, passphrase=OLD)
    for name in ("Ayu Lestari", "Bima Saputra", "Citra Dewi"):
        with Document.open(path, passphrase=OLD) as doc:
            doc.add(Participant(name=name))
    Document.open(path, passphrase=OLD).close()
    assert len(snaps.for_document(path, OLD)) >= 3
    return path, data


@pytest.mark.slow
def test_a_kill_at_any_moment_of_a_passphrase_change_leaves_the_old_or_the_new_one(
    template, tmp_path, monkeypatch
):
    source, source_data = template

    def trial(number: int, **kill) -> tuple[bool, str]:
        folder, data = tmp_path / f"trial{number}", tmp_path / f"data{number}"
        folder.mkdir()
        shutil.copytree(source_data, data)
        path = folder / "client.rmdesk"
        shutil.copyfile(source, path)
        printed = run(path, data, **kill)
        monkeypatch.setenv("RMDESK_DATA_DIR", str(data))
        old, new = opens(path, OLD), opens(path, NEW)
        assert old != new, f"trial {number} ({kill}): opens with the old {old}, the new {new}"
        right, wrong = (OLD, NEW) if old else (NEW, OLD)
        if number % 8 == 0:  # the command itself now and then; the same check in this process always
            env = {"RMDESK_DATA_DIR": str(data), "RIGHT": right}
            checked = rmdesk("check", path, "--passphrase-env", "RIGHT", env=env)
            assert checked.returncode == 0 and checked.stdout == "client.rmdesk is healthy.\n", (
                number,
                checked,
            )
        assert check(path, key(right, path)) == [], number
        with Document.open(path, passphrase=key(right, path)) as doc:  # its snapshot finishes what was left
            assert doc.counts()["participants"] == 203
            taken = snaps.for_document(path, doc.key)
        assert len(taken) >= 3
        for snap in taken:
            assert opens(snap.path, right) and not opens(snap.path, wrong), (
                f"trial {number}: {snap.path.name}"
            )
        assert not [p.name for p in taken[0].path.parent.iterdir() if "rekey" in p.name], number
        assert sorted(p.name for p in folder.iterdir()) == ["client.rmdesk"], number
        return old, printed

    # Measured once whole: how many renames a change makes, and how long it takes.
    started = time.perf_counter()
    whole, printed = trial(0)
    duration = time.perf_counter() - started
    assert not whole and printed.startswith("done")
    renames = int(run_count(tmp_path, source, source_data))
    outcomes = []
    number = 1
    for kill_at in range(2 * renames):  # just before and just after every rename
        outcomes.append(trial(number, kill_at=kill_at)[0])
        number += 1
    rng = random.Random(11)
    for _ in range(RANDOM_TRIALS):  # and at moments in between
        outcomes.append(trial(number, kill_after=rng.uniform(0, duration))[0])
        number += 1
    assert len(outcomes) >= 20
    assert outcomes.count(True) >= 3 and outcomes.count(False) >= 3  # both sides of the change were hit


def run_count(tmp_path, source, source_data) -> str:
    """The renames a whole change makes (counted by the child, which is not killed)."""
    folder, data = tmp_path / "count", tmp_path / "count-data"
    folder.mkdir()
    shutil.copytree(source_data, data)
    path = folder / "client.rmdesk"
    shutil.copyfile(source, path)
    printed = run(path, data, kill_at=10_000)
    return printed.split()[1]
