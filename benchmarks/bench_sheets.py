"""Spreadsheet figures on the 5,000-participant file (about 2,500 pairs, 14,000 evaluations).

- export: ``export_all`` to one .xlsx (read the file, name people, format, make every cell safe,
  write a partial file and rename it) against the baseline: openpyxl's write-only mode appending
  the very same cell values to the same six sheets, with nothing else (no reading, no header
  style, widths, frozen row, filter or safety checks). Target: within 1.5x.

Each figure is a function in FIGURES taking the big file; add one there to measure more.
Run: python benchmarks/bench_sheets.py [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import SCRATCH, interleaved, report_rounds

from rmdesk.demo import generate
from rmdesk.sheets.export import export_all, read_tables
from rmdesk.store import Document


def bare_workbook(sheets: list[tuple[str, list[str], list[list[object]]]], path: Path) -> None:
    """The baseline: openpyxl write-only, plain appends of ready values."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    for title, header, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    book.save(path)


def export_figure(big: Path, rounds: int) -> None:
    with Document.open(big, readonly=True) as doc:
        tables = read_tables(doc)
    # The cells the export writes: empty text is no cell at all there, so it is none here either.
    sheets = [
        (t.title, [c.title for c in t.columns], [[None if v == "" else v for v in row] for row in t.rows])
        for t in tables
    ]
    cells = sum(len(header) + sum(v is not None for row in rows for v in row) for _, header, rows in sheets)

    @contextmanager
    def ours() -> Iterator[Callable[[], object]]:
        target = SCRATCH / "export.xlsx"
        with Document.open(big, readonly=True) as doc:
            yield lambda: export_all(doc, target)
        target.unlink(missing_ok=True)

    @contextmanager
    def bare() -> Iterator[Callable[[], object]]:
        target = SCRATCH / "bare.xlsx"
        yield lambda: bare_workbook(sheets, target)
        target.unlink(missing_ok=True)

    seconds, baseline = interleaved(ours, bare, rounds=rounds)
    report_rounds(
        f"export to .xlsx, {cells:,} cells",
        seconds,
        baseline,
        "target within 1.5x of openpyxl write-only writing the same cells",
    )


FIGURES: list[Callable[[Path, int], None]] = [export_figure]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed A/B rounds per figure (default 5)")
    args = parser.parse_args()
    big = generate(SCRATCH / "big-sheets.rmdesk", participants=5000)
    for figure in FIGURES:
        figure(big, args.rounds)


if __name__ == "__main__":
    main()
