"""Suggestions for a cohort: half the participants reverse mentors, half mentees (2,500 x 2,500
on the reference file), capacity 1, 5% forbidden pairs.

Run: python benchmarks/bench_matching.py [--participants N] [--rounds K]

rmdesk: ``suggest`` (score every pair with numpy, the rules, the optimal assignment with scipy,
the proposals with their reasons) against bare scipy ``linear_sum_assignment`` on the same value
matrix (built before the clock starts), in turn. Target within 1.5x, with the same total.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import SIZE, Figure, arguments, collect, figure, print_figures, ready
from scipy.optimize import linear_sum_assignment

from rmdesk.domain import Participant
from rmdesk.domain.topics import DEFAULT_TOPICS
from rmdesk.matching.assign import Objective, suggest, value_matrix
from rmdesk.matching.matrix import matrices
from rmdesk.matching.score import Context
from rmdesk.matching.settings import MatchSettings

ROUNDS = 3


def cohort(rng: random.Random, size: int) -> tuple[list[Participant], list[Participant], Context]:
    departments = ["Sales", "IT", "Finance", "Legal", "Marketing", "Operations"]

    def person(prefix: str, i: int, junior: bool) -> Participant:
        topics = {t: rng.randint(1, 5) for t in rng.sample(DEFAULT_TOPICS, rng.randint(1, 3))}
        return Participant(
            id=f"{prefix}{i:05d}",
            name=f"{prefix}{i}",
            grade=rng.randint(1, 6) if junior else rng.randint(7, 12),
            birth_year=rng.randint(1995, 2004) if junior else rng.randint(1962, 1985),
            department=rng.choice(departments),
            location=rng.choice(["Jakarta", "Surabaya", "Bandung"]),
            languages=["Bahasa Indonesia"] + (["English"] if rng.random() < 0.5 else []),
            topics_offered=topics if junior else {},
            topics_wanted={} if junior else topics,
        )

    mentors = [person("m", i, True) for i in range(size)]
    mentees = [person("e", i, False) for i in range(size)]
    ctx = Context(MatchSettings(), {p.id: p for p in mentors + mentees})
    for _ in range(int(size * size * 0.05)):
        ctx.never[frozenset((rng.choice(mentors).id, rng.choice(mentees).id))] = ""
    return mentors, mentees, ctx


def suggestions_figure(size: int, rounds: int) -> Figure:
    half = size // 2
    mentors, mentees, ctx = cohort(random.Random(2026), half)
    capacity = {m.id: 1 for m in mentors}
    scores, forbidden = matrices(
        sorted(mentors, key=lambda p: p.id), sorted(mentees, key=lambda p: p.id), ctx
    )
    values = value_matrix(scores, forbidden, Objective.BEST_TOTAL)
    results: list[float] = []
    bare_totals: list[float] = []

    def mine() -> None:
        result = suggest(mentors, mentees, ctx, capacity=capacity, objective=Objective.BEST_TOTAL)
        results.append(result.total)

    def bare() -> None:
        rows, columns = linear_sum_assignment(values, maximize=True)
        bare_totals.append(float(values[rows, columns].sum()))

    made = figure(
        f"suggestions {half:,} x {half:,}",
        lambda: ready(mine),
        lambda: ready(bare),
        rounds,
        target="1.5x, same total",
        within=1.5,
        size=size,
        baseline_is="scipy linear_sum_assignment on the same value matrix (built before the clock)",
    )
    same = abs(results[-1] - bare_totals[-1]) < 1e-6 * max(1.0, abs(bare_totals[-1]))
    made.note = (
        f"{forbidden.mean():.1%} forbidden; total score rmdesk {results[-1]:,.1f}, "
        f"scipy {bare_totals[-1]:,.1f}" + ("" if same else " (they differ)")
    )
    return made


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    found: list[Figure] = []
    collect(found, "suggestions", lambda: suggestions_figure(size, rounds or ROUNDS), size)
    return found


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
