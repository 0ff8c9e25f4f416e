"""Starting every proposal of the demo file as one action, and undoing it.

Run: python benchmarks/bench_lifecycle.py [--participants N] [--rounds K]   (interleaved)

The file is the demo taken back through undo to the moment its program started, so all of
its pairs (2,492 at 5,000 participants) are proposals again (its change log and
history stay as the demo left them). Each round copies a pristine file (untimed),
opens it for editing as the window does, then times one call:

- start: ``start_pairs(doc, proposals, on)``, the window's "Start Pairs" on all of them;
- undo: ``doc.undo()`` of that action, on a copy of the file saved right after it.

The baselines run on copies of the same files through a bare ``sqlcipher3`` connection
with rmdesk's pragmas (rollback journal, synchronous FULL, foreign keys on):

- start: BEGIN IMMEDIATE; one INSERT into ``actions``; one ``executemany`` UPDATE of
  status, started_on and updated_at for the same pair ids; one ``executemany`` INSERT
  into ``changes`` of the same before/after JSON images; COMMIT. The images and the
  parameter lists are built before the clock starts.
- undo: BEGIN IMMEDIATE; one ``executemany`` UPDATE putting back status and started_on
  (with a new updated_at); one UPDATE of the action's state; COMMIT. The values are
  read before the clock starts.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import (
    SCRATCH,
    SIZE,
    Figure,
    arguments,
    bare_connect,
    collect,
    copy_of,
    demo,
    figure,
    print_figures,
)

from rmdesk.domain import Program
from rmdesk.store import Document
from rmdesk.store.document import now
from rmdesk.store.lifecycle import proposals, start_pairs

ROUNDS = 9
SET_PAIR = "UPDATE pairs SET status = ?, started_on = ?, updated_at = ? WHERE id = ?"
START = (
    "BEGIN IMMEDIATE, 1 INSERT into actions, executemany UPDATE of status/started_on/updated_at for the "
    "same pair ids, executemany INSERT of the same before/after JSON images into changes (built before "
    "the clock), COMMIT; bare sqlcipher3, rmdesk's pragmas, a fresh copy of the file each round"
)
UNDO = (
    "BEGIN IMMEDIATE, executemany UPDATE putting back status/started_on/updated_at, 1 UPDATE of the action's "
    "state, COMMIT; same connection set-up"
)


def image(row: dict[str, object]) -> str:
    return json.dumps(row, ensure_ascii=False)


def all_proposals(size: int) -> Path:
    """The demo file taken back, through undo, to the step that started its program."""
    path = copy_of(demo(size), f"proposals-{size}.rmdesk")
    with Document.open(path, snapshot=False) as doc:
        while not (doc.undo_label() or "").startswith("Start Program"):
            doc.undo()
        with doc.action("Settle"):  # an action that changes nothing: the undone steps are dropped
            pass
    return path


def lifecycle_figures(size: int, rounds: int) -> list[Figure]:
    pristine = all_proposals(size)
    work = SCRATCH / "work.rmdesk"
    with Document.open(pristine, readonly=True) as doc:
        [program] = doc.all(Program)
        pairs = proposals(doc, program)
        cursor = doc.conn.execute("SELECT * FROM pairs WHERE status = 'proposed'")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, values, strict=True)) for values in cursor]
    on = program.start_date
    assert on is not None and len(pairs) == len(rows) > size // 3  # every pair the demo made: ~2,500

    # The file right after the start, which both undo runs begin from.
    started = SCRATCH / "started.rmdesk"
    shutil.copyfile(pristine, started)
    with Document.open(started, snapshot=False) as doc:
        start_pairs(doc, proposals(doc, program), on)
        action_id, label = doc.conn.execute(
            "SELECT id, label FROM actions WHERE state = 'done' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        count = "SELECT count(*) FROM changes WHERE action_id = ?"
        [logged] = doc.conn.execute(count, [action_id]).fetchone()

    @contextmanager
    def real_start() -> Iterator[Callable[[], object]]:
        shutil.copyfile(pristine, work)
        with Document.open(work, snapshot=False) as doc:
            shown = proposals(doc, program)  # what the board holds when the user starts them
            yield lambda: start_pairs(doc, shown, on)
            assert doc.undo_label() == label

    stamp, day = now(), on.isoformat()
    set_started = [("active", day, stamp, row["id"]) for row in rows]
    image_times: list[float] = []

    @contextmanager
    def bare_start() -> Iterator[Callable[[], object]]:
        shutil.copyfile(pristine, work)
        conn = bare_connect(work)
        building = time.perf_counter()  # before the clock, but measured, to say what it would add
        started_now = {"status": "active", "started_on": day, "updated_at": stamp}
        images = [
            (row["id"], image(row), image({**row, **started_now}))  # as rmdesk writes them
            for row in rows
        ]
        image_times.append(time.perf_counter() - building)

        def run() -> None:
            conn.execute("BEGIN IMMEDIATE")
            action = conn.execute(
                "INSERT INTO actions (label, at, user) VALUES (?, ?, ?)", [label, stamp, "bench"]
            ).lastrowid
            conn.executemany(SET_PAIR, set_started)
            conn.executemany(
                "INSERT INTO changes (action_id, tbl, row_id, before, after) VALUES (?, ?, ?, ?, ?)",
                [(action, "pairs", row_id, before, after) for row_id, before, after in images],
            )
            conn.execute("COMMIT")

        try:
            yield run
        finally:
            conn.close()

    @contextmanager
    def real_undo() -> Iterator[Callable[[], object]]:
        shutil.copyfile(started, work)
        with Document.open(work, snapshot=False) as doc:
            yield doc.undo
            assert doc.redo_label() == label

    put_back = [(row["status"], row["started_on"], stamp, row["id"]) for row in rows]

    @contextmanager
    def bare_undo() -> Iterator[Callable[[], object]]:
        shutil.copyfile(started, work)
        conn = bare_connect(work)

        def run() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(SET_PAIR, put_back)
            conn.execute("UPDATE actions SET state = 'undone' WHERE id = ?", [action_id])
            conn.execute("COMMIT")

        try:
            yield run
        finally:
            conn.close()

    start = figure(
        "start all proposals (one action)",
        real_start,
        bare_start,
        rounds,
        target="2x",
        within=2.0,
        size=size,
        baseline_is=START,
    )
    start.note = (
        f"{len(pairs):,} proposals, {logged:,} changes logged; the baseline's JSON images took "
        f"{statistics.median(image_times) * 1000:.1f} ms to build, outside its clock"
    )
    undo = figure(
        "undo that start",
        real_undo,
        bare_undo,
        rounds,
        target="2x",
        within=2.0,
        size=size,
        baseline_is=UNDO,
        note=f"{logged:,} before images",
    )
    return [start, undo]


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    found: list[Figure] = []
    collect(
        found, "start all proposals (one action)", lambda: lifecycle_figures(size, rounds or ROUNDS), size
    )
    return found


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
