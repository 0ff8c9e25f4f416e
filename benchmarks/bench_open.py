"""Opening the 5,000-participant file for writing, with the checks on opening, against the open
before those checks existed, measured side by side.

The baseline is ``Document.open`` as of commit BASELINE (lock, header, SQLite's own checks, the
rotating snapshot; no contract, no quick_check), run from that commit's source in a child
process that times itself. Rounds alternate: this code, then the baseline, on two copies of the
same file, each side with its own data folder. Three situations:

- changed elsewhere: the file was touched outside rmdesk since it was last opened, so a snapshot
  is due, and this code also checks the contract and every page;
- after an edit in rmdesk: the last session edited it, so a snapshot is due; the contract is
  known to hold (this editor's own checked writes), the pages are checked;
- unchanged: opened again as it was, so no snapshot is due; the pages are checked.

Run: python benchmarks/bench_open.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import SCRATCH, report_rounds

from rmdesk.demo import generate
from rmdesk.domain import Participant
from rmdesk.store import Document, contract

BASELINE = "676e050"  # the store before the checks on opening
SIZE = 5000
ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, os, sys, time
import rmdesk.store.document
assert rmdesk.store.document.__file__.startswith(os.environ["PYTHONPATH"]), rmdesk.store.document.__file__
from rmdesk.domain import Participant
from rmdesk.store import Document
for line in sys.stdin:
    what, path = line.split(" ", 1)
    path = path.strip()
    if what == "edit":
        with Document.open(path, snapshot=False) as doc:
            doc.add(Participant(name="An edit"))
        print("0", flush=True)
        continue
    if what == "touch":
        os.utime(path, ns=(time.time_ns(), time.time_ns()))
    started = time.perf_counter()
    Document.open(path).close()
    print(json.dumps(time.perf_counter() - started), flush=True)
"""


class Baseline:
    """Today's open before the checks: the baseline commit's source, in a child process."""

    def __init__(self, commit: str):
        source = SCRATCH / "baseline"
        source.mkdir(exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", commit, "rmdesk"], cwd=ROOT, capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(source)], input=archive.stdout, check=True)
        env = {**os.environ, "PYTHONPATH": str(source), "RMDESK_DATA_DIR": str(SCRATCH / "data-baseline")}
        self.child = subprocess.Popen(
            [sys.executable, "-c", CHILD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=SCRATCH,  # not the working tree, whose rmdesk would be imported first
        )

    def ask(self, what: str, path: Path) -> float:
        assert self.child.stdin is not None and self.child.stdout is not None
        self.child.stdin.write(f"{what} {path}\n")
        self.child.stdin.flush()
        return float(json.loads(self.child.stdout.readline()))

    def close(self) -> None:
        assert self.child.stdin is not None
        self.child.stdin.close()
        self.child.wait()


def here(what: str, path: Path) -> float:
    """The same request, served by this code in this process (with its own data folder)."""
    if what == "edit":
        with Document.open(path, snapshot=False) as doc:
            doc.add(Participant(name="An edit"))
        return 0.0
    if what == "touch":
        os.utime(path, ns=(time.time_ns(), time.time_ns()))
    started = time.perf_counter()
    Document.open(path).close()
    return time.perf_counter() - started


def rounds(
    baseline: Baseline, ours: Path, theirs: Path, setup: str, count: int
) -> tuple[list[float], list[float]]:
    """(this code, baseline) seconds, taken in turn; ``setup`` (edit, touch or nothing) runs untimed first."""
    mine: list[float] = []
    base: list[float] = []
    for number in range(count + 1):  # the first round warms up and is not counted
        if setup == "edit":
            here("edit", ours)
            baseline.ask("edit", theirs)
        a = here("touch" if setup == "touch" else "open", ours)
        b = baseline.ask("touch" if setup == "touch" else "open", theirs)
        if number:
            mine.append(a)
            base.append(b)
    return mine, base


def _median_ms(work, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    count = parser.parse_args().rounds
    os.environ["RMDESK_DATA_DIR"] = str(SCRATCH / "data-here")
    big = SCRATCH / "big.rmdesk"
    generate(big, participants=SIZE)
    ours, theirs = SCRATCH / "ours.rmdesk", SCRATCH / "theirs.rmdesk"
    shutil.copyfile(big, ours)
    shutil.copyfile(big, theirs)
    size = ours.stat().st_size / 1e6
    print(f"file: {size:.1f} MB, {SIZE:,} participants; baseline: Document.open at {BASELINE}")

    with Document.open(ours, readonly=True) as doc:
        conn, version = doc.conn, doc.schema_version
        quick = _median_ms(lambda: conn.execute("PRAGMA quick_check(1)").fetchone())
        whole = _median_ms(lambda: conn.execute("PRAGMA integrity_check(1)").fetchone())
        checked = _median_ms(lambda: contract.problems(conn, version))
    print(f"PRAGMA quick_check on the 5k file: {quick:.1f} ms (integrity_check: {whole:.1f} ms)")
    print(f"contract (tables, columns, every value, references) on the 5k file: {checked:.1f} ms")

    baseline = Baseline(BASELINE)
    try:
        for setup, name, target in (
            ("touch", "open for writing: changed elsewhere (snapshot)", "target within 1.5x"),
            ("edit", "open for writing: after an edit in rmdesk (snap.)", "target within 1.5x"),
            ("open", "open for writing: unchanged (no snapshot due)", "quick_check is the difference"),
        ):
            mine, base = rounds(baseline, ours, theirs, setup, count)
            report_rounds(name, mine, base, target)
    finally:
        baseline.close()


if __name__ == "__main__":
    main()
