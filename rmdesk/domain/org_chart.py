"""The reporting line: who is above whom, at any depth, and loops that make no sense.

Managers are given as a mapping ``person id -> manager id`` so the same rules
serve one form, an import of thousands, and the matching of a whole cohort.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class Managers(Protocol):
    """Anything that tells a person's manager id: a dict, or a view over people."""

    def get(self, person_id: str, /) -> str | None: ...


def chain_above(person_id: str, managers: Managers) -> list[str]:
    """The person's manager, their manager, and so on up; stops before repeating anyone."""
    chain: list[str] = []
    seen = {person_id}
    boss = managers.get(person_id)
    while boss and boss not in seen:
        chain.append(boss)
        seen.add(boss)
        boss = managers.get(boss)
    return chain


def levels_apart(upper_id: str, lower_id: str, managers: Managers) -> int:
    """How many levels ``upper`` sits above ``lower`` in the reporting line (0: not above)."""
    chain = chain_above(lower_id, managers)
    return chain.index(upper_id) + 1 if upper_id in chain else 0


def manager_loop(person_id: str, manager_id: str | None, managers: Managers) -> list[str]:
    """The people a loop would run through if ``person`` reported to ``manager_id``; empty when none.

    The list starts with the person and follows the reporting line back to them.
    """
    if not manager_id:
        return []
    if manager_id == person_id:
        return [person_id]
    chain = [person_id, manager_id]
    boss = managers.get(manager_id)
    seen = {person_id, manager_id}
    while boss:
        if boss == person_id:
            return chain
        if boss in seen:  # a loop higher up that this person is not part of
            return []
        chain.append(boss)
        seen.add(boss)
        boss = managers.get(boss)
    return []


def describe_loop(loop: list[str], names: Mapping[str, str]) -> str:
    """``A reports to B, B reports to A``: the loop in words, for a form or an import."""
    if len(loop) == 1:
        return f"{names.get(loop[0], '?')} cannot be their own manager."
    bosses = [*loop[1:], loop[0]]
    steps = [f"{names.get(a, '?')} reports to {names.get(b, '?')}" for a, b in zip(loop, bosses, strict=True)]
    return "The reporting line would go round in a circle: " + ", ".join(steps) + "."
