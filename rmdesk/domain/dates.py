"""Dates as people type them and spreadsheets hold them, read one way everywhere.

2026-11-20, 2026/11/20, 20/11/2026, 20-11-2026, 20.11.2026 and 20261120 all mean the same
day; day-first is the order in Indonesia, Europe and most of the world. Excel's serial day
numbers (46000 is 2025-12-09) are read by :func:`from_excel`.
"""

from __future__ import annotations

import datetime as dt
import re

from rmdesk.domain.i18n import translate

FIRST_YEAR, LAST_YEAR = 1900, 2100
_YEAR_FIRST = re.compile(r"(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})")
_DAY_FIRST = re.compile(r"(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})")
_DIGITS = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0, counting its 1900 leap-year mistake


def example() -> str:
    """How dates are shown, as the user would type one: today's date."""
    return dt.date.today().isoformat()


def read_date(text: str) -> dt.date | None:
    """The date ``text`` means (None for blank); ValueError with a sentence for the user if none."""
    text = text.strip()
    if not text:
        return None
    shown = text if len(text) <= 24 else f"{text[:23]}…"
    for pattern in (_YEAR_FIRST, _DAY_FIRST, _DIGITS):
        if found := pattern.fullmatch(text):
            year, month, day = (int(found[part]) for part in "ymd")
            break
    else:
        raise ValueError(
            translate("Dates", "“{shown}” is not a date. Type it as {example}.").format(
                shown=shown, example=example()
            )
        )
    try:
        value = dt.date(year, month, day)
    except ValueError:
        raise ValueError(
            translate("Dates", "“{shown}” is not a date. Type it as {example}.").format(
                shown=shown, example=example()
            )
        ) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(
            translate(
                "Dates", "“{shown}” is out of range: the year must be {FIRST_YEAR} to {LAST_YEAR}."
            ).format(shown=shown, FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR)
        )
    return value


def from_excel(serial: float) -> dt.date:
    """The day an Excel serial number stands for; ValueError outside 1900-2100."""
    if not 1 <= serial <= 73415:  # 1900-01-01 .. 2100-12-31
        raise ValueError(translate("Dates", "{serial:g} is not a date.").format(serial=serial))
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))
