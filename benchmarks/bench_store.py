"""Store figures on the demo file: writing the demo, opening it read-only for its counts, opening
it for editing, and the verified snapshot.

Run: python benchmarks/bench_store.py [--participants N] [--rounds K]

- demo: ``generate(path, participants=N)`` (every pair, meeting and evaluation made through the
  same operations a user's clicks run, each logged for undo) against writing the very same
  rows bare: a new file, the same ``CREATE`` statements, and one plain ``executemany`` INSERT
  per table (every table of the file, its change log included) in one transaction, on a
  ``sqlcipher3`` connection with rmdesk's pragmas (rollback journal, synchronous FULL); the
  rows are read from a demo file before the clock starts. Target within 1.5x.
- open read-only + counts (``rmdesk info``): ``Document.open(readonly=True)`` and
  ``counts()`` on a file opened before (known to hold the contract), against a bare
  ``sqlcipher3`` connect and one ``count(*)``. Target under 50 ms.
- open for editing: the lock, the header, ``quick_check`` of every page; same baseline.
  Target under 100 ms.
- first open after a change: opening for editing and the verified snapshot (``VACUUM INTO``,
  checked, renamed) against a plain copy of the file.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import sqlcipher3
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
    ready,
)

from rmdesk.store import Document, snapshots


def generate_figure(size: int, rounds: int) -> Figure:
    from rmdesk.demo import generate

    source = demo(size)
    conn = sqlcipher3.connect(str(source))
    schema = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY type = 'index', rowid"
        )
    ]
    tables = [
        t
        for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    rows = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    conn.close()
    total = sum(len(r) for r in rows.values())
    logged = len(rows.get("changes", []))
    counter = iter(range(10_000))

    @contextmanager
    def made() -> Iterator[Callable[[], object]]:
        target = SCRATCH / f"generated-{next(counter)}.rmdesk"
        yield lambda: generate(target, participants=size)
        target.unlink(missing_ok=True)

    @contextmanager
    def written() -> Iterator[Callable[[], object]]:
        target = SCRATCH / f"written-{next(counter)}.rmdesk"

        def work() -> None:
            db = bare_connect(target)
            db.execute("BEGIN IMMEDIATE")
            db.execute("PRAGMA defer_foreign_keys = ON")  # checked at COMMIT: rows go in table by table
            for sql in schema:
                db.execute(sql)
            for table, values in rows.items():
                if values:
                    marks = ", ".join("?" * len(values[0]))
                    db.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
            db.execute("COMMIT")
            db.close()

        yield work
        target.unlink(missing_ok=True)

    return figure(
        "generate the demo file",
        made,
        written,
        rounds,
        target="1.5x",
        within=1.5,
        size=size,
        baseline_is="the same rows of every table (change log included) written bare: the same CREATE "
        "statements and one plain executemany per table, one transaction, sqlcipher3, synchronous FULL",
        note=f"{total:,} rows, {logged:,} of them the change log; file {source.stat().st_size / 1e6:.0f} MB",
    )


def bare_count(path: Path) -> Callable[[], object]:
    def work() -> None:
        conn = sqlcipher3.connect(str(path))
        conn.execute("SELECT count(*) FROM participants").fetchone()
        conn.close()

    return work


def open_counts_figure(size: int, rounds: int) -> Figure:
    path = copy_of(demo(size), f"store-{size}.rmdesk")
    Document.open(path, readonly=True).close()  # known to hold the contract, as after a first open

    def open_and_count() -> None:
        with Document.open(path, readonly=True) as doc:
            doc.counts()

    return figure(
        "open read-only + counts (rmdesk info)",
        lambda: ready(open_and_count),
        lambda: ready(bare_count(path)),
        rounds,
        target="<50 ms",
        limit=0.05,
        size=size,
        baseline_is="bare sqlcipher3 connect + one count(*)",
    )


def open_editing_figure(size: int, rounds: int) -> Figure:
    path = copy_of(demo(size), f"store-edit-{size}.rmdesk")
    Document.open(path, snapshot=False).close()

    return figure(
        "open for editing (lock, quick_check)",
        lambda: ready(lambda: Document.open(path, snapshot=False).close()),
        lambda: ready(bare_count(path)),
        rounds,
        target="<100 ms",
        limit=0.1,
        size=size,
        baseline_is="bare sqlcipher3 connect + one count(*)",
    )


def snapshot_figure(size: int, rounds: int) -> Figure:
    path = copy_of(demo(size), f"store-snap-{size}.rmdesk")

    def open_with_snapshot() -> None:
        with Document.open(path, snapshot=False) as doc:
            snapshots.take(doc, force=True)

    return figure(
        "open for editing + verified snapshot",
        lambda: ready(open_with_snapshot),
        lambda: ready(lambda: shutil.copyfile(path, SCRATCH / "copy.rmdesk")),
        rounds,
        target="",
        size=size,
        baseline_is="a plain copy of the file",
        note="the first open after the file changed",
    )


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    found: list[Figure] = []
    collect(found, "generate the demo file", lambda: generate_figure(size, rounds or 3), size)
    collect(
        found, "open read-only + counts (rmdesk info)", lambda: open_counts_figure(size, rounds or 15), size
    )
    collect(
        found, "open for editing (lock, quick_check)", lambda: open_editing_figure(size, rounds or 15), size
    )
    collect(found, "open for editing + verified snapshot", lambda: snapshot_figure(size, rounds or 5), size)
    return found


def growth(size: int, rounds: int | None = None) -> list[Figure]:
    found: list[Figure] = []
    collect(
        found, "open read-only + counts (rmdesk info)", lambda: open_counts_figure(size, rounds or 15), size
    )
    return found


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
