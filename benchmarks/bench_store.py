"""Store figures on the 5,000-participant demo: open + counts, and demo generation.

Run: python benchmarks/bench_store.py   (prints ratios against baselines measured in this run)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import sqlcipher3
from common import SCRATCH, report, timed
from sqlite_utils import Database

from rmdesk.demo import generate
from rmdesk.store import Document, snapshots
from rmdesk.store.schema import migrations

SIZE = 5000


def main() -> None:
    big = SCRATCH / "big.rmdesk"
    counter = iter(range(1000))

    def fresh() -> Path:
        return SCRATCH / f"gen{next(counter)}.rmdesk"

    generated = timed(lambda: generate(fresh(), participants=SIZE), repeat=3)
    generate(big, participants=SIZE)

    with Document.open(big, readonly=True) as doc:
        tables = {
            t: list(doc.db[t].rows)
            for t in ("programs", "participants", "enrolments", "pairs", "goals", "meetings", "evaluations")
        }

    def insert_all_same_rows() -> None:
        conn = sqlcipher3.connect(str(fresh()), isolation_level=None)
        db = Database(conn)
        migrations().apply(db)
        with db.atomic():
            for table, rows in tables.items():
                db.table(table).insert_all(rows, batch_size=500)
        conn.close()

    baseline = timed(insert_all_same_rows, repeat=3)
    report(
        f"generate demo ({SIZE:,} participants)",
        generated,
        baseline,
        "target within 1.5x of sqlite-utils insert_all of the same rows",
    )

    def open_and_count() -> None:
        with Document.open(big, readonly=True) as doc:
            doc.counts()

    def bare_count() -> None:
        conn = sqlcipher3.connect(str(big))
        conn.execute("SELECT count(*) FROM participants").fetchone()
        conn.close()

    report(
        "open 5k file read-only + counts (rmdesk info)",
        timed(open_and_count, 20),
        timed(bare_count, 20),
        "target under 50 ms; baseline: bare connect + one count",
    )

    def open_for_editing() -> None:
        Document.open(big, snapshot=False).close()

    report(
        "open 5k file for editing (lock, checks)",
        timed(open_for_editing, 20),
        timed(bare_count, 20),
        "target under 100 ms: quick_check of every page; bench_open.py compares with the open before",
    )

    def open_with_snapshot() -> None:
        with Document.open(big, snapshot=False) as doc:
            snapshots.take(doc, force=True)

    def plain_copy() -> None:
        shutil.copyfile(big, SCRATCH / "copy.rmdesk")

    report(
        "open 5k file + verified snapshot",
        timed(open_with_snapshot, 5),
        timed(plain_copy, 5),
        "first open after a change; baseline: a plain file copy",
    )
    print(f"file size: {big.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
