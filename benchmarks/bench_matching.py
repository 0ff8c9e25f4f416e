"""Auto-pair 2,500 reverse mentors x 2,500 mentees, capacity 1, 5% forbidden pairs.

Run: python benchmarks/bench_matching.py   (ratio against bare scipy on the same matrix)
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import report
from scipy.optimize import linear_sum_assignment

from rmdesk.domain import Participant
from rmdesk.domain.topics import DEFAULT_TOPICS
from rmdesk.matching.assign import Objective, suggest, value_matrix
from rmdesk.matching.matrix import matrices
from rmdesk.matching.score import Context
from rmdesk.matching.settings import MatchSettings

SIZE = 2500


def cohort(rng: random.Random) -> tuple[list[Participant], list[Participant], Context]:
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

    mentors = [person("m", i, True) for i in range(SIZE)]
    mentees = [person("e", i, False) for i in range(SIZE)]
    ctx = Context(MatchSettings(), {p.id: p for p in mentors + mentees})
    for _ in range(int(SIZE * SIZE * 0.05)):
        ctx.never[frozenset((rng.choice(mentors).id, rng.choice(mentees).id))] = ""
    return mentors, mentees, ctx


def main() -> None:
    mentors, mentees, ctx = cohort(random.Random(2026))
    capacity = {m.id: 1 for m in mentors}
    mine, bare = [], []
    for _ in range(3):
        started = time.perf_counter()
        result = suggest(mentors, mentees, ctx, capacity=capacity, objective=Objective.BEST_TOTAL)
        mine.append(time.perf_counter() - started)
        scores, forbidden = matrices(
            sorted(mentors, key=lambda p: p.id), sorted(mentees, key=lambda p: p.id), ctx
        )
        values = value_matrix(scores, forbidden, Objective.BEST_TOTAL)
        started = time.perf_counter()
        rows, columns = linear_sum_assignment(values, maximize=True)
        bare.append(time.perf_counter() - started)
    print(f"forbidden pairs: {forbidden.mean():.1%}; pairs proposed: {len(result.proposals):,}")
    print(f"total score: rmdesk {result.total:,.1f}, bare scipy {values[rows, columns].sum():,.1f}")
    report(
        f"auto-pair {SIZE:,} x {SIZE:,}", sorted(mine)[1], sorted(bare)[1], "target within 1.5x, same total"
    )


if __name__ == "__main__":
    main()
