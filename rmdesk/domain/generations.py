"""Generations by birth year (Pew Research cut-offs), shown as a derived field."""

from __future__ import annotations

GENERATIONS: tuple[tuple[str, int, int], ...] = (
    ("Baby Boomer", 1946, 1964),
    ("Gen X", 1965, 1980),
    ("Millennial", 1981, 1996),
    ("Gen Z", 1997, 2012),
    ("Gen Alpha", 2013, 9999),
)


def generation_of(birth_year: int | None) -> str:
    """The generation name for a birth year, or "" when unknown or before 1946."""
    if birth_year is None:
        return ""
    for name, first, last in GENERATIONS:
        if first <= birth_year <= last:
            return name
    return ""
