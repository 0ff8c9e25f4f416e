"""Importing a staff list: as many rows as the file has participants (5,000) from .xlsx, and
(run on its own) the memory a 50,000-row list takes.

Run: python benchmarks/bench_import.py [--participants N] [--rounds K]

The whole user-visible operation (read the workbook, find the header, guess the columns, check
every row against the file, write the people as one undoable action) is timed against its bare
equivalent: openpyxl reading the same workbook (read-only mode, values only) plus one plain
``executemany`` INSERT, in one transaction, of the very rows rmdesk writes (read back from a
warm-up import, before the clock starts), on a copy of the same empty document through a bare
``sqlcipher3`` connection with rmdesk's pragmas. Rounds alternate (A, B, A, B...). Target 1.5x.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import openpyxl
from common import SCRATCH, SIZE, Figure, arguments, bare_connect, collect, demo, figure, print_figures

from rmdesk.domain.entities import Participant
from rmdesk.sheets import people
from rmdesk.store import Document

COLUMNS = ("Employee No", "Name", "Email", "Department", "Job title", "Grade", "Birth year", "Location",
           "Employment type", "Agency", "Contract end")  # fmt: skip


def staff_workbook(path: Path, count: int) -> Path:
    """A staff list as an HRIS would export it, with the demo company's people (repeated as needed)."""
    with Document.open(demo(min(count, SIZE)), readonly=True) as doc:
        everyone = doc.all(Participant)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Staff")
    sheet.append(list(COLUMNS))
    for number in range(count):
        p = everyone[number % len(everyone)]
        sheet.append(
            [f"E{number:06d}", p.name, f"p{number}@example.co.id", p.department, p.job_title, p.grade,
             p.birth_year, p.location, p.employment_type.value, p.agency, p.contract_end]
        )  # fmt: skip
    book.save(path)
    return path


def empty_document() -> Path:
    path = SCRATCH / "empty.rmdesk"
    if not path.exists():
        Document.create(path, organisation="PT Contoh Maju").close()
    return path


def import_figure(size: int, rounds: int) -> Figure:
    sheet = staff_workbook(SCRATCH / f"staff-{size}.xlsx", size)
    counter = iter(range(10_000))
    written: list[list[tuple[object, ...]]] = []

    @contextmanager
    def rmdesk_import() -> Iterator[Callable[[], object]]:
        target = SCRATCH / f"import-{next(counter)}.rmdesk"
        shutil.copyfile(empty_document(), target)
        doc = Document.open(target, snapshot=False)
        added: list[int] = []

        def work() -> None:
            table = people.read_table(sheet)
            plan = people.plan_import(doc, table, people.guess_mapping(table.headers))
            people.apply_import(doc, plan)
            added.append(len(plan.added))

        yield work
        assert added == [size], added
        if not written:
            written.append(doc.conn.execute("SELECT * FROM participants").fetchall())
        doc.close()
        target.unlink(missing_ok=True)

    @contextmanager
    def bare() -> Iterator[Callable[[], object]]:
        target = SCRATCH / f"bare-{next(counter)}.rmdesk"
        shutil.copyfile(empty_document(), target)
        conn = bare_connect(target)
        rows = written[0]
        insert = f"INSERT INTO participants VALUES ({', '.join('?' * len(rows[0]))})"

        def work() -> None:
            book = openpyxl.load_workbook(sheet, read_only=True, data_only=True)
            cells = list(book.worksheets[0].iter_rows(values_only=True))
            book.close()
            assert len(cells) == len(rows) + 1
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(insert, rows)
            conn.execute("COMMIT")

        yield work
        conn.close()
        target.unlink(missing_ok=True)

    return figure(
        f"import {size:,} people from .xlsx",
        rmdesk_import,
        bare,
        rounds,
        target="1.5x",
        within=1.5,
        size=size,
        baseline_is="openpyxl reading the same workbook (read-only, values) + one plain executemany of the "
        "same participant rows, one transaction, bare sqlcipher3",
        note="one undo step; the design's baseline named sqlite-utils insert_all, slower than executemany",
    )


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    found: list[Figure] = []
    collect(found, "import people from .xlsx", lambda: import_figure(size, rounds or 5), size)
    return found


def memory_probe() -> None:
    """Run on its own only: the peak memory of importing 50,000 rows, in a child process."""
    big = staff_workbook(SCRATCH / "staff-50000.xlsx", 50_000)
    probe = (
        "import resource, shutil, sys\n"
        "from pathlib import Path\n"
        "from rmdesk.sheets import people\n"
        "from rmdesk.store import Document\n"
        f"shutil.copyfile({str(empty_document())!r}, {str(SCRATCH / 'big.rmdesk')!r})\n"
        f"doc = Document.open(Path({str(SCRATCH / 'big.rmdesk')!r}), snapshot=False)\n"
        f"table = people.read_table(Path({str(big)!r}))\n"
        "plan = people.plan_import(doc, table, people.guess_mapping(table.headers))\n"
        "people.apply_import(doc, plan)\n"
        "print(len(plan.added), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n"
    )
    added, peak = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=SCRATCH
    ).stdout.split()
    print(f"import 50,000 people from .xlsx: {int(added):,} added, peak memory {int(peak):,} MiB")


def main() -> None:
    args = arguments(
        __doc__.splitlines()[0],
        extra=[("--no-memory", {"action": "store_true", "help": "skip the 50,000-row probe"})],
    )
    print_figures(figures(args.participants, args.rounds))
    if not args.no_memory:
        memory_probe()


if __name__ == "__main__":
    main()
