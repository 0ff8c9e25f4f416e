"""How counts and scores are written, the same way in the window, the reports and the terminal."""

from __future__ import annotations

IRREGULAR = {"person": "people", "Person": "People"}


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``1 person``, ``2 people``, ``1,250 pairs``: the count and the noun that agrees with it."""
    if count == 1:
        return f"1 {noun}"
    return f"{count:,} {many or IRREGULAR.get(noun) or noun + 's'}"


def points(value: float) -> str:
    """A score as it is stored (rounded to six decimals), never cut to six digits as ``:g`` does."""
    text = f"{round(value, 6):,.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def counted(count: int, noun: str) -> str:
    """An action's object in an undo label: ``Participant`` for one, ``2 Participants`` for more."""
    return noun if count == 1 else plural(count, noun)
