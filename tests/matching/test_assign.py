"""The optimiser: optimal against brute force, equal to plain scipy at scale, never raising."""

import itertools
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment

from rmdesk.domain import Participant
from rmdesk.matching.assign import Objective, suggest, value_matrix
from rmdesk.matching.matrix import matrices
from rmdesk.matching.score import Context
from rmdesk.matching.settings import MatchSettings

TOPICS = ["AI tools", "Social media", "Agile", "Data", "Gen Z culture"]


def cohort(rng, mentors, mentees, forbidden_share=0.0):
    def person(prefix, i, offers):
        return Participant(
            id=f"{prefix}{i:05d}",
            name=f"{prefix}{i}",
            grade=rng.randint(1, 5) if offers else rng.randint(7, 12),
            department=rng.choice(["Sales", "IT", "Finance", "Legal"]),
            topics_offered={t: rng.randint(1, 5) for t in rng.sample(TOPICS, 2)} if offers else {},
            topics_wanted={} if offers else {t: rng.randint(1, 5) for t in rng.sample(TOPICS, 2)},
        )

    juniors = [person("m", i, True) for i in range(mentors)]
    seniors = [person("e", i, False) for i in range(mentees)]
    ctx = Context(MatchSettings(), {p.id: p for p in juniors + seniors})
    for a in juniors:
        for b in seniors:
            if rng.random() < forbidden_share:
                ctx.never[frozenset((a.id, b.id))] = "test"
    return juniors, seniors, ctx


def brute_force(scores, forbidden, capacity, objective):
    """Best (pairs, total) over every way to give each mentee a seat or none."""
    n_mentees, n_mentors = scores.shape
    best = (-1, -1e18) if objective is Objective.MOST_PAIRS else (0, 0.0)
    for choice in itertools.product(range(-1, n_mentors), repeat=n_mentees):
        used = [0] * n_mentors
        ok, pairs, total = True, 0, 0.0
        for mentee, mentor in enumerate(choice):
            if mentor < 0:
                continue
            used[mentor] += 1
            if used[mentor] > capacity[mentor] or forbidden[mentee, mentor]:
                ok = False
                break
            if objective is Objective.BEST_TOTAL and scores[mentee, mentor] <= 0:
                ok = False
                break
            pairs, total = pairs + 1, total + scores[mentee, mentor]
        if not ok:
            continue
        key = (pairs, total) if objective is Objective.MOST_PAIRS else (0, total)
        if key > best:
            best = key
    return best


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    mentors=st.integers(1, 3),
    mentees=st.integers(1, 4),
    caps=st.lists(st.integers(0, 2), min_size=3, max_size=3),
    forbidden_share=st.sampled_from([0.0, 0.3, 0.7]),
    objective=st.sampled_from(list(Objective)),
)
def test_optimal_against_brute_force(seed, mentors, mentees, caps, forbidden_share, objective):
    rng = random.Random(seed)
    juniors, seniors, ctx = cohort(rng, mentors, mentees, forbidden_share)
    for person in seniors:  # some negative scores: same department, nothing wanted
        if rng.random() < 0.3:
            person.topics_wanted = {}
    capacity = {m.id: caps[i] for i, m in enumerate(juniors)}
    result = suggest(juniors, seniors, ctx, capacity=capacity, objective=objective)
    ordered_mentors = sorted(juniors, key=lambda p: p.id)
    ordered_mentees = sorted(seniors, key=lambda p: p.id)
    scores, forbidden = matrices(ordered_mentors, ordered_mentees, ctx)
    pairs, total = brute_force(scores, forbidden, [capacity[m.id] for m in ordered_mentors], objective)
    assert abs(result.total - total) < 1e-6
    if objective is Objective.MOST_PAIRS:
        assert len(result.proposals) == pairs
    used = {}
    for p in result.proposals:
        used[p.mentor.id] = used.get(p.mentor.id, 0) + 1
        assert frozenset((p.mentor.id, p.mentee.id)) not in ctx.never
    assert all(used[m] <= capacity[m] for m in used)
    assert len({p.mentee.id for p in result.proposals}) == len(result.proposals)
    assert set(result.unpaired) == {s.id for s in seniors} - {p.mentee.id for p in result.proposals}


def test_large_cohort_total_equals_plain_scipy_on_the_same_matrix():
    rng = random.Random(11)
    juniors, seniors, ctx = cohort(rng, 400, 400, forbidden_share=0.05)
    capacity = {m.id: 1 for m in juniors}
    result = suggest(juniors, seniors, ctx, capacity=capacity)
    scores, forbidden = matrices(
        sorted(juniors, key=lambda p: p.id), sorted(seniors, key=lambda p: p.id), ctx
    )
    values = value_matrix(scores, forbidden, Objective.BEST_TOTAL)
    rows, columns = linear_sum_assignment(values, maximize=True)
    assert abs(result.total - values[rows, columns].sum()) < 1e-6
    assert len(result.proposals) > 350


def test_over_constrained_cohort_pairs_what_it_can_and_says_why_not():
    rng = random.Random(3)
    juniors, seniors, ctx = cohort(rng, 2, 5)
    for senior in seniors[:2]:
        for junior in juniors:
            ctx.never[frozenset((junior.id, senior.id))] = "conflict"
    result = suggest(juniors, seniors, ctx, capacity={j.id: 1 for j in juniors})
    assert len(result.proposals) == 2
    for senior in seniors[:2]:
        assert (
            result.unpaired[senior.id]
            == "Every reverse mentor is ruled out (most often: on the never-pair list: conflict)."
        )
    leftover = [s.id for s in seniors[2:] if s.id in result.unpaired]
    assert len(leftover) == 1
    assert result.unpaired[leftover[0]].startswith("The allowed reverse mentors are needed more by others")


def test_no_seats_and_no_people_do_not_raise():
    rng = random.Random(4)
    juniors, seniors, ctx = cohort(rng, 2, 2)
    result = suggest(juniors, seniors, ctx, capacity={})
    assert result.proposals == [] and set(result.unpaired.values()) == {"No reverse mentor has a free place."}
    assert suggest([], [], ctx, capacity={}).proposals == []


def test_same_input_same_pairs_whatever_the_order():
    rng = random.Random(5)
    juniors, seniors, ctx = cohort(rng, 30, 30, forbidden_share=0.1)
    capacity = {m.id: 1 for m in juniors}
    first = suggest(juniors, seniors, ctx, capacity=capacity)
    second = suggest(list(reversed(juniors)), list(reversed(seniors)), ctx, capacity=capacity)
    assert [(p.mentor.id, p.mentee.id) for p in first.proposals] == [
        (p.mentor.id, p.mentee.id) for p in second.proposals
    ]


def test_most_pairs_pairs_more_people_than_best_total_when_they_differ():
    a = Participant(id="a", name="A", grade=2, topics_offered={"AI tools": 5, "Agile": 1})
    b = Participant(id="b", name="B", grade=2, topics_offered={"Agile": 1})
    x = Participant(id="x", name="X", grade=10, topics_wanted={"AI tools": 5})
    y = Participant(id="y", name="Y", grade=10, topics_wanted={"AI tools": 1}, department="Sales")
    b.department = "Sales"  # b with y: same department, so b-y scores below zero
    ctx = Context(MatchSettings(grade_gap_per_step=0, younger_generation=0), {p.id: p for p in (a, b, x, y)})
    capacity = {"a": 1, "b": 1}
    best = suggest([a, b], [x, y], ctx, capacity=capacity, objective=Objective.BEST_TOTAL)
    most = suggest([a, b], [x, y], ctx, capacity=capacity, objective=Objective.MOST_PAIRS)
    assert len(best.proposals) == 1 and len(most.proposals) == 2
    assert np.isclose(best.total, 40.0)


def test_progress_is_reported_and_can_cancel():
    from rmdesk.matching.assign import Cancelled

    rng = random.Random(6)
    juniors, seniors, ctx = cohort(rng, 5, 5)
    steps = []
    suggest(juniors, seniors, ctx, capacity={j.id: 1 for j in juniors}, progress=lambda p, s: steps.append(p))
    assert steps[0] < steps[-1] == 100

    def stop(percent, step):
        if percent >= 40:
            raise Cancelled

    with pytest.raises(Cancelled):
        suggest(juniors, seniors, ctx, capacity={j.id: 1 for j in juniors}, progress=stop)
