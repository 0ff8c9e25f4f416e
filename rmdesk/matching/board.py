"""What a drop on the pairing board means, decided without the window: pair, swap, unpair or nothing.

A card is a reverse mentor, a mentee or a pair; the board has an area for each. The window
asks :func:`plan` while a card is dragged (to preview) and when it is dropped (to act).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rmdesk.domain.entities import Pair, PairStatus
from rmdesk.matching.program import Cohort

Kind = Literal["mentor", "mentee", "pair"]
LOCKED = "This pair is locked. Unlock it first."


@dataclass(frozen=True)
class Move:
    """``pair`` two free people, ``swap`` a person into a pair, or ``unpair`` a pair."""

    kind: Literal["pair", "swap", "unpair"]
    mentor_id: str = ""  # the reverse mentor and mentee the move would put together
    mentee_id: str = ""
    pair: Pair | None = None  # the pair a swap changes or an unpair takes apart
    leaving_id: str = ""  # who leaves the pair in a swap

    @property
    def refusal(self) -> str | None:
        """Why the move cannot be made at all, whatever the rules say: a locked pair."""
        return LOCKED if self.pair is not None and self.pair.locked else None

    @property
    def ends_a_started_pair(self) -> bool:
        """The pair has begun: it ends early (with a date and a reason) rather than disappear."""
        return self.pair is not None and self.pair.status is PairStatus.ACTIVE


def plan(
    cohort: Cohort, dragged: Kind, dragged_id: str, target: Kind | None, target_id: str | None, area: Kind
) -> Move | None:
    """The move a card of kind ``dragged`` makes when dropped on ``target`` (None: empty space)
    in ``area``; None when the drop means nothing."""
    people = ("mentor", "mentee")
    if dragged in people and target in people and target_id:
        if target == dragged:
            return None
        if dragged == "mentor":
            return Move("pair", dragged_id, target_id)
        return Move("pair", target_id, dragged_id)
    if dragged in people and target == "pair" and target_id:
        pair = cohort.pair(target_id)
        if pair is None:
            return None
        if dragged == "mentor":
            return Move("swap", dragged_id, pair.mentee_id, pair, pair.mentor_id)
        return Move("swap", pair.mentor_id, dragged_id, pair, pair.mentee_id)
    if dragged == "pair" and area in people:
        pair = cohort.pair(dragged_id)
        return Move("unpair", pair=pair) if pair is not None else None
    return None
