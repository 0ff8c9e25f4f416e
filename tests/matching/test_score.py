"""Scores with their reasons, and the hard rules, on hand-built people."""

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rmdesk.domain import Participant
from rmdesk.matching.matrix import matrices
from rmdesk.matching.score import Context, broken_rules, explain, warnings
from rmdesk.matching.settings import MatchSettings

S = MatchSettings()


def junior(**kw):
    base = dict(name="Siti", grade=3, birth_year=2000, department="Marketing", topics_offered={"AI tools": 5})
    return Participant(**{**base, **kw})


def senior(**kw):
    base = dict(name="Hendra", grade=11, birth_year=1970, department="Finance", topics_wanted={"AI tools": 4})
    return Participant(**{**base, **kw})


def test_complementary_topics_score_with_a_readable_reason():
    score, reasons = explain(junior(), senior(), S)
    assert reasons[0] == "AI tools: offers 5, wants 4 -> +32"
    assert "8 grades apart -> +12" in reasons
    assert "Gen Z teaching Gen X -> +6" in reasons
    assert score == pytest.approx(32 + 12 + 6)


def test_same_department_costs_and_shared_language_and_place_help():
    score, reasons = explain(
        junior(department="Finance", languages=["Bahasa Indonesia"], location="Medan"),
        senior(languages=["bahasa indonesia ", "English"], location="Medan"),
        S,
    )
    assert "same department -> -10" in reasons
    assert "both speak Bahasa Indonesia -> +4" in reasons
    assert "both in Medan -> +4" in reasons
    assert score == pytest.approx(32 + 12 + 6 - 10 + 4 + 4)


def test_nothing_in_common_scores_nothing():
    score, reasons = explain(
        junior(topics_offered={"Agile ways of working": 5}, grade=None), senior(grade=None), S
    )
    assert (score, reasons) == (6.0, ["Gen Z teaching Gen X -> +6"])


def test_reporting_line_rules():
    boss = senior(name="Budi")
    mentor = junior(manager_id=boss.id)
    mentee = senior(manager_id=boss.id)
    people = {p.id: p for p in (boss, mentor, mentee)}
    ctx = Context(S, people)
    assert broken_rules(mentor, boss, ctx) == ["Budi is Siti's manager"]
    assert broken_rules(mentor, mentee, ctx) == ["both report to Budi"]
    grand = junior(name="Adi", manager_id=mentor.id)
    people[grand.id] = grand
    assert broken_rules(grand, boss, ctx) == ["Budi is Adi's manager's manager"]
    relaxed = Context(MatchSettings(no_peers=False, no_direct_line=False), people)
    assert broken_rules(mentor, mentee, relaxed) == []
    assert broken_rules(grand, boss, relaxed) == []


def test_nobody_mentors_inside_their_reporting_line_at_any_depth():
    """J reports to A, A to B, B to C: J may not pair with C (nor C's chain with J)."""
    c = senior(name="Citra", grade=12)
    b = senior(name="Bagus", grade=11, manager_id=c.id)
    a = senior(name="Ayu", grade=10, manager_id=b.id)
    j = junior(name="Joko", grade=3, manager_id=a.id)
    outsider = senior(name="Oki", grade=12)
    people = {p.id: p for p in (a, b, c, j, outsider)}
    ctx = Context(S, people)
    assert broken_rules(j, c, ctx) == ["Citra is 3 levels above Joko in the reporting line"]
    assert broken_rules(j, b, ctx) == ["Bagus is Joko's manager's manager"]
    assert broken_rules(j, outsider, ctx) == []
    _, forbidden = matrices([j], [a, b, c, outsider], ctx)
    assert forbidden[:, 0].tolist() == [True, True, True, False]
    # A loop in old data (someone above reports back down) never hangs the rules.
    c.manager_id = j.id
    looped = Context(S, {p.id: p for p in (a, b, c, j)})
    assert broken_rules(j, c, looped) and broken_rules(c, j, looped)


def test_the_mentor_must_be_junior_by_grade_or_by_age():
    ctx = Context(S)
    assert broken_rules(junior(grade=12), senior(), ctx) == [
        "the reverse mentor is not junior (grade 12 vs 11)"
    ]
    by_age = Context(MatchSettings(junior_by="birth_year"))
    assert broken_rules(junior(grade=12), senior(), by_age) == []
    assert broken_rules(junior(birth_year=1960), senior(), by_age) == [
        "the reverse mentor is not younger (1960 vs 1970)"
    ]


def test_never_pair_list_and_earlier_programs():
    a, b = junior(), senior()
    ctx = Context(S, never={frozenset((a.id, b.id)): "siblings"}, earlier={(a.id, b.id): "Pilot 2025"})
    assert broken_rules(a, b, ctx) == ["on the never-pair list: siblings", "already paired in Pilot 2025"]
    ctx.settings = MatchSettings(exclude_earlier_pairs=False)
    assert broken_rules(a, b, ctx) == ["on the never-pair list: siblings"]


def test_contract_ending_before_the_program_is_a_warning_not_a_rule():
    worker = junior(contract_end=dt.date(2026, 11, 28))
    ctx = Context(S, program_end=dt.date(2026, 12, 31))
    assert broken_rules(worker, senior(), ctx) == []
    assert warnings(worker, senior(), ctx) == ["Siti's contract ends 2026-11-28, before the program"]


TOPICS = ["AI tools", "Social media", "Agile", "Data"]
people_st = st.builds(
    Participant,
    name=st.sampled_from(["A", "B", "C"]),
    grade=st.one_of(st.none(), st.integers(1, 12)),
    birth_year=st.one_of(st.none(), st.integers(1950, 2008)),
    department=st.sampled_from(["", "Sales", "IT"]),
    location=st.sampled_from(["", "Jakarta", "Medan"]),
    languages=st.lists(st.sampled_from(["Bahasa Indonesia", "English", "Jawa"]), max_size=2),
    topics_offered=st.dictionaries(st.sampled_from(TOPICS), st.integers(1, 5), max_size=3),
    topics_wanted=st.dictionaries(st.sampled_from(TOPICS), st.integers(1, 5), max_size=3),
)


@settings(max_examples=60, deadline=None)
@given(
    mentors=st.lists(people_st, min_size=1, max_size=5),
    mentees=st.lists(people_st, min_size=1, max_size=5),
    links=st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=6),
    junior_by=st.sampled_from(["grade", "birth_year", "none"]),
)
def test_the_cohort_matrices_agree_with_the_one_pair_rules(mentors, mentees, links, junior_by):
    everyone = [*mentors, *mentees]
    for report, boss in links:  # a random org chart
        if report < len(everyone) and boss < len(everyone) and report != boss:
            everyone[report].manager_id = everyone[boss].id
    ctx = Context(MatchSettings(junior_by=junior_by), {p.id: p for p in everyone})
    if len(everyone) >= 2:
        ctx.never[frozenset((mentors[0].id, mentees[-1].id))] = ""
    scores, forbidden = matrices(mentors, mentees, ctx)
    for i, mentee in enumerate(mentees):
        for j, mentor in enumerate(mentors):
            assert scores[i, j] == pytest.approx(explain(mentor, mentee, ctx.settings)[0], abs=1e-6)
            assert bool(forbidden[i, j]) == bool(broken_rules(mentor, mentee, ctx)), (i, j)
    assert scores.shape == forbidden.shape == (len(mentees), len(mentors))
    assert np.isfinite(scores).all()
