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

The baseline's source can read only the file formats it knew: once the format moves on, these
figures fail with the refusal, and BASELINE should move to a later commit.

Run: python benchmarks/bench_open.py [--participants N] [--rounds K]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import SCRATCH, SIZE, Figure, arguments, collect, copy_of, demo, print_figures

from rmdesk.domain import Participant
from rmdesk.store import Document, contract

BASELINE = "676e050"  # the store before the checks on opening
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
        line = self.child.stdout.readline()
        if not line:
            raise RuntimeError(f"the baseline's open ({BASELINE}) failed: it cannot read this file")
        return float(json.loads(line))

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


def open_figures(size: int, count: int) -> list[Figure]:
    os.environ["RMDESK_DATA_DIR"] = str(SCRATCH / "data-here")
    ours, theirs = copy_of(demo(size), "ours.rmdesk"), copy_of(demo(size), "theirs.rmdesk")
    with Document.open(ours, readonly=True) as doc:
        conn, version = doc.conn, doc.schema_version
        quick = _median_ms(lambda: conn.execute("PRAGMA quick_check(1)").fetchone())
        whole = _median_ms(lambda: conn.execute("PRAGMA integrity_check(1)").fetchone())
        checked = _median_ms(lambda: contract.problems(conn, version))
    checks = f"quick_check {quick:.0f} ms, integrity_check {whole:.0f} ms, contract {checked:.0f} ms"
    found = []
    baseline = Baseline(BASELINE)
    try:
        for setup, name, target, within in (
            ("touch", "open for writing: changed elsewhere (snapshot)", "1.5x", 1.5),
            ("edit", "open for writing: after an edit in rmdesk", "1.5x", 1.5),
            ("open", "open for writing: unchanged (no snapshot)", "", None),
        ):
            mine, base = rounds(baseline, ours, theirs, setup, count)
            found.append(
                Figure(
                    name,
                    mine,
                    base,
                    target,
                    f"Document.open as of {BASELINE} (before the checks on opening), its own source in a "
                    "child process, on a copy of the same file",
                    within=within,
                    size=size,
                    load=os.getloadavg()[0],
                    note=checks if setup == "open" else "",
                )
            )
    finally:
        baseline.close()
    return found


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    found: list[Figure] = []
    collect(
        found,
        "open for writing, against the open before the checks",
        lambda: open_figures(size, rounds or 9),
        size,
    )
    return found


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
