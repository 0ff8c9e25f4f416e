"""Spreadsheet figures on the demo file (5,000 participants: about 2,500 pairs, 14,000 evaluations).

- export: ``export_all`` to one .xlsx (read the file, name people, format, make every cell safe,
  write a partial file and rename it) against the baseline: openpyxl's write-only mode appending
  the very same cell values to the same six sheets, with nothing else (no reading, no header
  style, widths, frozen row, filter or safety checks). Target: within 1.5x.

Each figure is a function in FIGURES taking the file, its size and the rounds; add one there.
Run: python benchmarks/bench_sheets.py [--participants N] [--rounds K]
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import SCRATCH, SIZE, Figure, arguments, collect, demo, figure, print_figures

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


def export_figure(big: Path, size: int, rounds: int) -> Figure:
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

    return figure(
        "export to .xlsx",
        ours,
        bare,
        rounds,
        target="1.5x",
        within=1.5,
        size=size,
        baseline_is="openpyxl write-only appending the very same cell values to the same six sheets, nothing "
        "else (no reading, header style, widths, frozen row, filter or safety checks)",
        note=f"{cells:,} cells",
    )


FIGURES: list[Callable[[Path, int, int], Figure]] = [export_figure]


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    found: list[Figure] = []
    for make in FIGURES:
        collect(found, make.__name__, lambda make=make: make(demo(size), size, rounds or 5), size)
    return found


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
