"""What the optimiser hands back: proposals with their reasons, and who stays unpaired and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from rmdesk.domain.entities import Participant
from rmdesk.store.errors import Cancelled


class Objective(StrEnum):
    BEST_TOTAL = "best_total"  # the highest total score
    MOST_PAIRS = "most_pairs"  # as many people paired as the rules allow, then the best score


@dataclass(frozen=True)
class Proposal:
    mentor: Participant
    mentee: Participant
    score: float
    reasons: list[str]
    warnings: list[str] = field(default_factory=list)


@dataclass
class Suggestion:
    proposals: list[Proposal]
    unpaired: dict[str, str]  # mentee id -> why no mentor was found

    @property
    def total(self) -> float:
        return round(sum(p.score for p in self.proposals), 6)


__all__ = ["Cancelled", "Objective", "Proposal", "Suggestion"]
