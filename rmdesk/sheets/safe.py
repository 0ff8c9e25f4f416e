"""Cells, sheet names and CSV fields that are safe to open, whatever people are called.

A name, topic or comment is text typed by someone else. Written as it is, a cell that starts
with ``=`` is a live formula in the reader's Excel (``=cmd|' /C calc'!A0``, ``=HYPERLINK(...)``),
a ``/`` in a sheet name makes openpyxl refuse the whole workbook, and a NUL makes the file
unreadable. Everything rmdesk writes into a spreadsheet goes through here:

- workbook cells: text is always stored as text (never a formula or an error value), without the
  control characters XML cannot hold, and no longer than a cell can be;
- CSV fields: the same text, and one that starts with ``= + - @``, tab or carriage return is
  prefixed with a single quote (OWASP, "CSV injection"), so no spreadsheet program runs it;
- sheet names: without ``/ \\ : * ? [ ]`` and controls, at most 31 characters, unique in a book.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

# What makes a spreadsheet program read a field as a formula (OWASP CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# openpyxl stores these strings as error values (#N/A) rather than text.
ERROR_VALUES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})
# Control characters XML 1.0 cannot hold (tab, line feed and carriage return it can).
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# One search that finds any text needing more than writing it as it is (the common case).
NEEDS_CARE = re.compile("^[=+\\-@\t\r#]|[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
CELL_LIMIT = 32_767  # characters in one Excel cell
SHEET_LIMIT = 31  # Excel's limit on a sheet name, in UTF-16 units
SHEET_UNSAFE = re.compile(r"[\\/:*?\[\]\x00-\x1f\x7f]")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
RESERVED_SHEETS = {"history"}  # Excel keeps this name for itself
ELLIPSIS = "…"


def clean(text: str) -> str:
    """``text`` as a workbook can hold it: no XML-illegal controls, at most one cell long."""
    if CONTROLS.search(text):
        text = CONTROLS.sub("", text)
    if len(text) > CELL_LIMIT:
        text = text[: CELL_LIMIT - 1] + ELLIPSIS
    return text


def risky(text: str) -> bool:
    """Whether a spreadsheet program would read ``text`` as something other than text."""
    return text.startswith(FORMULA_START) or text in ERROR_VALUES


def csv_field(value: Any) -> Any:
    """A value for a CSV file: text cleaned and neutralised with a leading quote when risky."""
    if isinstance(value, str):
        value = clean(value)
        return "'" + value if risky(value) else value
    return value


def text_cell(sheet: Any, text: str) -> str | Cell:
    """What to append for ``text`` in a write-only sheet: the text itself when a spreadsheet can
    only read it as text, else a cell that says it is text."""
    if len(text) <= CELL_LIMIT and not NEEDS_CARE.search(text):
        return text
    text = clean(text)
    if not risky(text):
        return text
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    cell._value, cell.data_type = text, "s"  # the value setter would make "=..." a formula
    return cell


def append(sheet: Worksheet, values: Sequence[Any]) -> None:
    """``sheet.append(values)`` for an ordinary (not write-only) sheet, every text stored as text."""
    sheet.append([clean(v) if isinstance(v, str) else v for v in values])
    row = sheet.max_row
    for column, value in enumerate(values, 1):
        if isinstance(value, str) and value:
            cell = sheet.cell(row, column)
            if cell.data_type != "s":
                cell.data_type = "s"


def put(sheet: Worksheet, coordinate: str, value: Any) -> None:
    """``sheet[coordinate] = value`` with text stored as text."""
    cell = sheet[coordinate]
    cell.value = clean(value) if isinstance(value, str) else value
    if isinstance(value, str) and value:
        cell.data_type = "s"


def sheet_title(text: str, taken: Iterable[str] = (), fallback: str = "Sheet") -> str:
    """``text`` as a sheet name Excel and openpyxl accept, distinct (ignoring case) from ``taken``."""
    text = unicodedata.normalize("NFC", text)
    text = BIDI_CONTROLS.sub("", SHEET_UNSAFE.sub("-", text))
    text = re.sub(r"\s+", " ", text).strip(" '")
    if not text or text.casefold() in RESERVED_SHEETS:
        text = f"{text or fallback} 1" if text else fallback
    used = {t.casefold() for t in taken}
    name, number = _fit(text), 1
    while name.casefold() in used:
        number += 1
        name = _fit(text, f" ({number})")
    return name


def _fit(text: str, suffix: str = "") -> str:
    """``text`` cut so that it and ``suffix`` fit a sheet name (counted as Excel counts)."""
    room = SHEET_LIMIT - _units(suffix)
    while _units(text) > room:
        text = text[:-1]
    return text.rstrip(" '") + suffix


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
