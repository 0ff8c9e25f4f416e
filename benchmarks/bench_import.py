"""Importing a staff list: 5,000 rows from .xlsx, and the memory a 50,000-row list takes.

Run: python benchmarks/bench_import.py

The whole user-visible operation (read the workbook, find the header, guess the columns, check
every row against the file, write the people as one undoable action) is timed against its bare
equivalent: openpyxl reading the same workbook plus sqlite-utils ``insert_all`` of the same rows
into the same table, on a copy of the same empty document. Rounds alternate (A, B, A, B...).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import openpyxl
import sqlcipher3
from common import SCRATCH, interleaved, report_rounds
from sqlite_utils import Database

from rmdesk.demo import generate
from rmdesk.domain.entities import Participant
from rmdesk.sheets import people
from rmdesk.store import Document
from rmdesk.store.codec import to_row

COLUMNS = ("Employee No", "Name", "Email", "Department", "Job title", "Grade", "Birth year", "Location",
           "Employment type", "Agency", "Contract end")  # fmt: skip


def staff_workbook(path: Path, count: int) -> Path:
    """A staff list as an HRIS would export it, with the demo company's people (repeated as needed)."""
    demo = SCRATCH / f"demo-{count}.rmdesk"
    if not demo.exists():
        generate(demo, participants=min(count, 5000))
    with Document.open(demo, readonly=True) as doc:
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


def main() -> None:
    sheet = staff_workbook(SCRATCH / "staff-5000.xlsx", 5000)
    counter = iter(range(1000))

    @contextmanager
    def rmdesk_import():
        target = SCRATCH / f"import-{next(counter)}.rmdesk"
        shutil.copyfile(empty_document(), target)
        doc = Document.open(target, snapshot=False)

        def work() -> None:
            table = people.read_table(sheet)
            plan = people.plan_import(doc, table, people.guess_mapping(table.headers))
            people.apply_import(doc, plan)
            assert len(plan.added) == 5000, plan.summary()

        yield work
        doc.close()

    @contextmanager
    def bare():
        target = SCRATCH / f"bare-{next(counter)}.rmdesk"
        shutil.copyfile(empty_document(), target)
        conn = sqlcipher3.connect(str(target), isolation_level=None)
        db = Database(conn)
        template = to_row(Participant())

        def work() -> None:
            book = openpyxl.load_workbook(sheet, read_only=True, data_only=True)
            rows = list(book.worksheets[0].iter_rows(values_only=True))
            book.close()
            records = []
            for values in rows[1:]:
                row = dict(
                    template, id=f"{values[0]}", name=values[1], employee_no=values[0], email=values[2]
                )
                records.append(row)
            with db.atomic():
                db.table("participants").insert_all(records, batch_size=500)

        yield work
        conn.close()

    measured, baseline = interleaved(rmdesk_import, bare, rounds=5)
    report_rounds(
        "import 5,000 people from .xlsx (one undo step)",
        measured,
        baseline,
        "target within 1.5x of openpyxl reading the file + sqlite-utils insert_all of the rows",
    )
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
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    print(f"import 50,000 people from .xlsx: {int(added):,} added, peak memory {int(peak):,} MiB")


if __name__ == "__main__":
    main()
