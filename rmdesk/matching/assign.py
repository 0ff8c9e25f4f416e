"""Optimal pairing: the best total score (or the most pairs) under capacities and rules.

The cohort becomes one value matrix, mentees by mentor seats (a mentor with
capacity 3 has 3 seats), solved by scipy's ``linear_sum_assignment``. Forbidden
and non-positive pairs are worth 0, the same as leaving a mentee unpaired, so a
full assignment of the matrix is an optimal partial pairing and an
over-constrained cohort never raises: the left-over mentees get their reasons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from rmdesk.domain.entities import Participant
from rmdesk.domain.i18n import translate
from rmdesk.matching.matrix import matrices
from rmdesk.matching.proposals import Cancelled, Objective, Proposal, Suggestion
from rmdesk.matching.score import Context, broken_rules, explain, warnings

__all__ = ["Cancelled", "Objective", "Proposal", "Suggestion", "suggest", "value_matrix"]


def value_matrix(scores: np.ndarray, forbidden: np.ndarray, objective: Objective) -> np.ndarray:
    """What each pairing is worth to the solver; 0 means "as good as unpaired"."""
    if objective is Objective.MOST_PAIRS:
        spread = float(np.abs(scores).max(initial=0.0)) * 2 + 1
        bonus = spread * (min(scores.shape) + 1)  # one more pair outweighs any score difference
        return np.where(forbidden, 0.0, bonus + scores)
    return np.where(forbidden, 0.0, np.maximum(scores, 0.0))


def suggest(
    mentors: Sequence[Participant],
    mentees: Sequence[Participant],
    ctx: Context,
    *,
    capacity: dict[str, int],
    objective: Objective = Objective.BEST_TOTAL,
    progress: Callable[[int, str], None] | None = None,
) -> Suggestion:
    """Propose pairs for ``mentees`` among ``mentors`` with seats left in ``capacity``.

    ``progress(percent, step)`` is called between steps; it may raise :class:`Cancelled`.
    The same input always gives the same pairs.
    """
    report = progress or (lambda percent, step: None)
    mentors = sorted(mentors, key=lambda p: p.id)
    mentees = sorted(mentees, key=lambda p: p.id)
    seats = [j for j, mentor in enumerate(mentors) for _ in range(max(capacity.get(mentor.id, 0), 0))]
    report(
        5,
        translate("Matching", "Scoring every possible pair"),
    )
    scores, forbidden = matrices(mentors, mentees, ctx)
    report(
        40,
        translate("Matching", "Finding the best pairing"),
    )
    proposals: list[Proposal] = []
    taken: set[int] = set()
    if seats and mentees:
        values = value_matrix(scores, forbidden, objective)[:, seats]
        rows, columns = linear_sum_assignment(values, maximize=True)
        report(
            85,
            translate("Matching", "Explaining the proposals"),
        )
        for row, column in zip(rows, columns, strict=True):
            j = seats[column]
            if forbidden[row, j] or (objective is Objective.BEST_TOTAL and scores[row, j] <= 0):
                continue
            mentor, mentee = mentors[j], mentees[row]
            score, reasons = explain(mentor, mentee, ctx.settings)
            proposals.append(Proposal(mentor, mentee, score, reasons, warnings(mentor, mentee, ctx)))
            taken.add(row)
    unpaired = {
        mentee.id: _why_unpaired(row, mentee, mentors, scores, forbidden, ctx, bool(seats))
        for row, mentee in enumerate(mentees)
        if row not in taken
    }
    report(
        100,
        translate("Matching", "Done"),
    )
    proposals.sort(key=lambda p: (-p.score, p.mentee.name))
    return Suggestion(proposals, unpaired)


def _why_unpaired(
    row: int,
    mentee: Participant,
    mentors: Sequence[Participant],
    scores: np.ndarray,
    forbidden: np.ndarray,
    ctx: Context,
    any_seats: bool,
) -> str:
    if not any_seats:
        return translate("Matching", "No reverse mentor has a free place.")
    allowed = ~forbidden[row]
    if not allowed.any():
        counts: dict[str, int] = {}
        for mentor in mentors:
            for reason in broken_rules(mentor, mentee, ctx)[:1]:
                key = reason.split(" (")[0]
                counts[key] = counts.get(key, 0) + 1
        common = max(counts, key=lambda k: counts[k]) if counts else "a rule"
        return translate("Matching", "Every reverse mentor is ruled out (most often: {common}).").format(
            common=common
        )
    if not (scores[row][allowed] > 0).any():
        return translate("Matching", "No allowed reverse mentor offers what this person wants to learn.")
    return translate("Matching", "The allowed reverse mentors are needed more by others, or are full.")
