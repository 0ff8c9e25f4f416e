"""Erasing one person from the 5,000-participant demo with a year of history, and its snapshots.

Run: python benchmarks/bench_erase.py [--participants N] [--rounds K] [--snapshots S]

The person: a reverse mentor in an active pair. A year of their history is added through the
core, one action at a time as the window would: a meeting logged every month, their profile
edited every month (a new name and email halfway), their goals' progress updated every two weeks,
their pair's check-ins entered, a re-rating every quarter. Then ``S`` snapshots are taken.

Each round works on a fresh copy of that file and of its snapshot folder (made untimed) and times
``erasure.erase`` as File > Erase People runs it, split by its progress messages into:

- finding and writing: the plan (the rows that go, the change-log entries to drop or rewrite, the
  text that names them) and the one transaction that applies it;
- overwriting: ``VACUUM`` of the file (``secure_delete`` is on during the transaction);
- snapshots: the same erasure applied to each snapshot, each vacuumed and checked.

For scale it also times, on the same copies, the dry run alone (``erasure.plan``) and a bare
``VACUUM`` of the file through sqlcipher3, which is the floor of the overwriting step.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

SCRATCH = Path(tempfile.mkdtemp(prefix="rmdesk-bench-erase-"))
os.environ["RMDESK_DATA_DIR"] = str(SCRATCH / "data")

from rmdesk.demo import generate  # noqa: E402
from rmdesk.domain import Evaluation, Goal, Meeting, Pair, Participant, Respondent, Stage  # noqa: E402
from rmdesk.store import Document, edits, erasure  # noqa: E402
from rmdesk.store import snapshots as snaps  # noqa: E402
from rmdesk.store.lifecycle import log_meeting  # noqa: E402


def year_of_history(doc: Document) -> str:
    """A year of one person's history, action by action; returns their id."""
    pair = doc.all(  # the same person every run (pair ids are random)
        Pair, "status = 'active'", order_by="(SELECT name FROM participants WHERE id = mentor_id), started_on"
    )[0]
    person_id = pair.mentor_id
    start = dt.date(2026, 1, 5)
    for month in range(12):
        day = start + dt.timedelta(days=30 * month)
        log_meeting(doc, Meeting(pair_id=pair.id, date=day, duration_min=60, notes=f"Session {month + 1}"))
        person = doc.get(Participant, person_id)
        changes: dict[str, object] = {"notes": f"Check-in note {month + 1}", "job_title": f"Analyst {month}"}
        if month == 6:
            changes.update(name=person.name + " Wibowo", email="renamed." + person.email)
        doc.update(dataclasses.replace(person, **changes))
        for goal in doc.all(Goal, "pair_id = ?", [pair.id]):
            for half in (0, 1):
                progress = min(100, goal.progress + 4 * (2 * month + half + 1))
                doc.update(dataclasses.replace(doc.get(Goal, goal.id), progress=progress))
        if month % 3 == 2:
            edits.rate(doc, doc.get(Participant, person_id), 1 + month % 3, 3)
    for stage, day in (
        (Stage.MIDPOINT, start + dt.timedelta(days=180)),
        (Stage.FINAL, start + dt.timedelta(days=360)),
    ):
        for respondent in (Respondent.MENTOR, Respondent.MENTEE):
            doc.add(
                Evaluation(pair_id=pair.id, respondent=respondent, stage=stage, date=day, answers={"q1": 4})
            )
    return person_id


def prepare(participants: int, snapshots: int) -> tuple[Path, Path, str, dict[str, int]]:
    path = generate(SCRATCH / "master.rmdesk", participants=participants)
    with Document.open(path) as doc:
        person_id = year_of_history(doc)
        for _ in range(snapshots - 1):  # opening took one
            snaps.take(doc, force=True)
        facts = {
            "changes": doc.conn.execute("SELECT count(*) FROM changes").fetchone()[0],
            "actions": doc.conn.execute("SELECT count(*) FROM actions").fetchone()[0],
            "file_mb": path.stat().st_size // 1_000_000,
        }
        folder = snaps.for_document(path)[0].path.parent
    return path, folder, person_id, facts


def fresh_copy(master: Path, folder: Path, round_number: int) -> Path:
    """The master file and its snapshot folder as they were before any erasure."""
    target = SCRATCH / f"round-{round_number}" / master.name
    target.parent.mkdir()
    shutil.copyfile(master, target)
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(SCRATCH / "snapshots-master", folder)
    return target


def erase_once(path: Path, person_id: str) -> dict[str, float]:
    marks: list[tuple[float, str]] = []

    def progress(percent: int, text: str) -> None:
        marks.append((time.perf_counter(), text))

    with Document.open(path, snapshot=False) as doc:
        started = time.perf_counter()
        erasure.erase(doc, [person_id], progress=progress)
        ended = time.perf_counter()
    overwrite = next(t for t, text in marks if text.startswith("Overwriting"))
    first_snapshot = next((t for t, text in marks if text.startswith("Rewriting")), ended)
    return {
        "total": ended - started,
        "finding and writing": overwrite - started,
        "overwriting (VACUUM)": first_snapshot - overwrite,
        "snapshots": ended - first_snapshot,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--snapshots", type=int, default=3)
    args = parser.parse_args()
    print(
        f"Preparing a {args.participants:,}-participant demo with a year of one person's history...",
        flush=True,
    )
    master, folder, person_id, facts = prepare(args.participants, args.snapshots)
    shutil.copytree(folder, SCRATCH / "snapshots-master")
    print(
        f"file {facts['file_mb']} MB, {facts['changes']:,} change-log entries in "
        f"{facts['actions']:,} undo steps, {args.snapshots} snapshots"
    )
    import sqlcipher3

    results: list[dict[str, float]] = []
    dry: list[float] = []
    bare: list[float] = []
    for number in range(args.rounds):
        path = fresh_copy(master, folder, number)
        with Document.open(path, readonly=True) as doc:
            started = time.perf_counter()
            found = erasure.plan(doc, person_id)
            dry.append(time.perf_counter() - started)
        bare_copy = path.with_name("bare.rmdesk")
        shutil.copyfile(path, bare_copy)
        conn = sqlcipher3.connect(str(bare_copy), isolation_level=None)
        started = time.perf_counter()
        conn.execute("VACUUM")
        bare.append(time.perf_counter() - started)
        conn.close()
        results.append(erase_once(path, person_id))
        shutil.rmtree(path.parent)
    counts = found.counts()
    print(
        "erased: "
        + ", ".join(f"{n:,} {t.replace('_', ' ')}" for t, n in counts.items())
        + f"; {len(found.texts.get('pairs', {}))} other pairs' reasons rewritten"
    )
    print(f"{'':<28}{'median':>10}{'min':>10}{'max':>10}")
    for key in results[0]:
        values = [r[key] for r in results]
        print(
            f"{key:<28}{statistics.median(values) * 1000:>8.0f}ms{min(values) * 1000:>8.0f}ms"
            f"{max(values) * 1000:>8.0f}ms"
        )
    per = statistics.median(r["snapshots"] for r in results) / max(args.snapshots, 1)
    print(f"{'  per snapshot':<28}{per * 1000:>8.0f}ms")
    print(f"{'dry run (plan only)':<28}{statistics.median(dry) * 1000:>8.0f}ms")
    print(f"{'bare VACUUM of the file':<28}{statistics.median(bare) * 1000:>8.0f}ms")
    totals = results[0]
    biggest = max((k for k in totals if k != "total"), key=lambda k: statistics.median(r[k] for r in results))
    print(f"dominated by: {biggest}")
    shutil.rmtree(SCRATCH, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
