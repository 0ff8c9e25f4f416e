"""How well a reverse mentor suits a mentee, and which pairs the rules forbid.

Two forms of the same rules: :func:`explain` and :func:`broken_rules` for one
pair, with sentences a person can read; :func:`matrices` for a whole cohort
at once with numpy. Tests check that both always agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from rmdesk.domain.entities import Participant
from rmdesk.domain.generations import GENERATIONS
from rmdesk.matching.settings import MatchSettings

GENERATION_INDEX = {name: i for i, (name, _, _) in enumerate(GENERATIONS)}


@dataclass
class Context:
    """What the rules need beyond the two people: the org chart, exclusions, history."""

    settings: MatchSettings = field(default_factory=MatchSettings)
    people: dict[str, Participant] = field(default_factory=dict)  # everyone, for manager chains
    never: dict[frozenset[str], str] = field(default_factory=dict)  # pair of ids -> reason
    earlier: dict[tuple[str, str], str] = field(default_factory=dict)  # (mentor, mentee) -> program
    program_end: dt.date | None = None

    def manager(self, person_id: str | None) -> str | None:
        person = self.people.get(person_id) if person_id else None
        return person.manager_id if person else None


def _points(value: float) -> str:
    return f"{value:+g}"


def _generation(person: Participant) -> int:
    return GENERATION_INDEX.get(person.generation, -1)


def _languages(person: Participant) -> set[str]:
    return {language.strip().lower() for language in person.languages if language.strip()}


def explain(mentor: Participant, mentee: Participant, s: MatchSettings) -> tuple[float, list[str]]:
    """The score of one pair and the reasons behind it, one line per factor."""
    total, reasons = 0.0, []
    matched = [
        (offer * want * s.topic_weight, topic, offer, want)
        for topic, want in mentee.topics_wanted.items()
        if (offer := mentor.topics_offered.get(topic, 0))
    ]
    for value, topic, offer, want in sorted(matched, key=lambda m: (-m[0], m[1])):  # strongest first
        total += value
        reasons.append(f"{topic}: offers {offer}, wants {want} -> {_points(value)}")
    if mentor.department and mentor.department == mentee.department and s.same_department:
        total += s.same_department
        reasons.append(f"same department -> {_points(s.same_department)}")
    if mentor.grade is not None and mentee.grade is not None and mentee.grade > mentor.grade:
        steps = min(mentee.grade - mentor.grade, s.grade_gap_cap)
        value = steps * s.grade_gap_per_step
        if value:
            total += value
            reasons.append(f"{mentee.grade - mentor.grade} grades apart -> {_points(value)}")
    younger, older = _generation(mentor), _generation(mentee)
    if younger > older >= 0 and s.younger_generation:
        total += s.younger_generation
        reasons.append(f"{mentor.generation} teaching {mentee.generation} -> {_points(s.younger_generation)}")
    shared = sorted(_languages(mentor) & _languages(mentee))
    if shared and s.shared_language:
        total += s.shared_language
        reasons.append(f"both speak {shared[0].title()} -> {_points(s.shared_language)}")
    if mentor.location and mentor.location == mentee.location and s.same_location:
        total += s.same_location
        reasons.append(f"both in {mentor.location} -> {_points(s.same_location)}")
    return round(total, 6), reasons


def broken_rules(mentor: Participant, mentee: Participant, ctx: Context) -> list[str]:
    """Why this pair may not be made, as sentences; empty when it is allowed."""
    s, broken = ctx.settings, []
    if s.no_direct_line and (mentee.manager_id == mentor.id or mentor.manager_id == mentee.id):
        boss, report = (mentor, mentee) if mentee.manager_id == mentor.id else (mentee, mentor)
        broken.append(f"{boss.name} is {report.name}'s manager")
    if s.no_skip_level and (
        ctx.manager(mentee.manager_id) == mentor.id or ctx.manager(mentor.manager_id) == mentee.id
    ):
        broken.append("one is the other's manager's manager (skip-level)")
    if s.no_peers and mentor.manager_id and mentor.manager_id == mentee.manager_id:
        manager = ctx.people.get(mentor.manager_id)
        broken.append(f"both report to {manager.name if manager else 'the same manager'}")
    by_grade = s.junior_by == "grade" and mentor.grade is not None and mentee.grade is not None
    if by_grade and mentor.grade >= mentee.grade:  # type: ignore[operator]
        broken.append(f"the reverse mentor is not junior (grade {mentor.grade} vs {mentee.grade})")
    by_age = s.junior_by == "birth_year" and mentor.birth_year and mentee.birth_year
    if by_age and mentor.birth_year <= mentee.birth_year:  # type: ignore[operator]
        broken.append(f"the reverse mentor is not younger ({mentor.birth_year} vs {mentee.birth_year})")
    reason = ctx.never.get(frozenset((mentor.id, mentee.id)))
    if reason is not None:
        broken.append(f"on the never-pair list{': ' + reason if reason else ''}")
    earlier = ctx.earlier.get((mentor.id, mentee.id))
    if s.exclude_earlier_pairs and earlier is not None:
        broken.append(f"already paired in {earlier}")
    return broken


def warnings(mentor: Participant, mentee: Participant, ctx: Context) -> list[str]:
    """Things to know that do not forbid the pair."""
    found = []
    for person in (mentor, mentee):
        if ctx.program_end and person.contract_end and person.contract_end < ctx.program_end:
            found.append(f"{person.name}'s contract ends {person.contract_end}, before the program")
    return found


def _codes(values: Sequence[str], table: dict[str, int], missing: int) -> np.ndarray:
    """Small integers for strings (ids, departments); ``missing`` for empty ones."""
    return np.array([table.setdefault(v, len(table)) if v else missing for v in values], dtype=np.int64)


def _levels(people: Sequence[Participant], attr: str, topics: dict[str, int]) -> np.ndarray:
    matrix = np.zeros((len(people), len(topics)), dtype=np.float64)
    for row, person in enumerate(people):
        for topic, level in getattr(person, attr).items():
            matrix[row, topics[topic]] = level
    return matrix


def matrices(
    mentors: Sequence[Participant], mentees: Sequence[Participant], ctx: Context
) -> tuple[np.ndarray, np.ndarray]:
    """(scores, forbidden), both shaped (mentees, mentors), by the rules of :func:`explain`."""
    s = ctx.settings
    topics: dict[str, int] = {}
    for person in mentors:
        for topic in person.topics_offered:
            topics.setdefault(topic, len(topics))
    for person in mentees:
        for topic in person.topics_wanted:
            topics.setdefault(topic, len(topics))
    wants = _levels(mentees, "topics_wanted", topics)
    offers = _levels(mentors, "topics_offered", topics)
    score = (wants @ offers.T) * s.topic_weight

    text: dict[str, int] = {}
    dept_e = _codes([p.department for p in mentees], text, -1)
    dept_r = _codes([p.department for p in mentors], text, -2)
    score += (dept_e[:, None] == dept_r[None, :]) * s.same_department
    place_e = _codes([p.location for p in mentees], text, -1)
    place_r = _codes([p.location for p in mentors], text, -2)
    score += (place_e[:, None] == place_r[None, :]) * s.same_location

    grade_e = np.array([p.grade if p.grade is not None else -1 for p in mentees], dtype=np.float64)
    grade_r = np.array([p.grade if p.grade is not None else -1 for p in mentors], dtype=np.float64)
    known = (grade_e[:, None] >= 0) & (grade_r[None, :] >= 0)
    gap = np.clip(grade_e[:, None] - grade_r[None, :], 0, s.grade_gap_cap)
    score += np.where(known, gap * s.grade_gap_per_step, 0.0)

    gen_e = np.array([_generation(p) for p in mentees])
    gen_r = np.array([_generation(p) for p in mentors])
    score += ((gen_r[None, :] > gen_e[:, None]) & (gen_e[:, None] >= 0)) * s.younger_generation

    languages: dict[str, int] = {}
    for person in [*mentors, *mentees]:
        for language in _languages(person):
            languages.setdefault(language, len(languages))
    if languages:
        speaks_e = np.zeros((len(mentees), len(languages)))
        speaks_r = np.zeros((len(mentors), len(languages)))
        for matrix, group in ((speaks_e, mentees), (speaks_r, mentors)):
            for row, person in enumerate(group):
                for language in _languages(person):
                    matrix[row, languages[language]] = 1
        score += ((speaks_e @ speaks_r.T) > 0) * s.shared_language

    return np.round(score, 6), _forbidden(mentors, mentees, ctx, grade_r, grade_e)


def _forbidden(
    mentors: Sequence[Participant],
    mentees: Sequence[Participant],
    ctx: Context,
    grade_r: np.ndarray,
    grade_e: np.ndarray,
) -> np.ndarray:
    s = ctx.settings
    ids: dict[str, int] = {}
    id_e = _codes([p.id for p in mentees], ids, -1)
    id_r = _codes([p.id for p in mentors], ids, -2)
    boss_e = _codes([p.manager_id or "" for p in mentees], ids, -3)
    boss_r = _codes([p.manager_id or "" for p in mentors], ids, -4)
    skip_e = _codes([ctx.manager(p.manager_id) or "" for p in mentees], ids, -5)
    skip_r = _codes([ctx.manager(p.manager_id) or "" for p in mentors], ids, -6)
    forbidden = np.zeros((len(mentees), len(mentors)), dtype=bool)
    if s.no_direct_line:
        forbidden |= boss_e[:, None] == id_r[None, :]
        forbidden |= id_e[:, None] == boss_r[None, :]
    if s.no_skip_level:
        forbidden |= skip_e[:, None] == id_r[None, :]
        forbidden |= id_e[:, None] == skip_r[None, :]
    if s.no_peers:
        forbidden |= boss_e[:, None] == boss_r[None, :]
    if s.junior_by == "grade":
        known = (grade_e[:, None] >= 0) & (grade_r[None, :] >= 0)
        forbidden |= known & (grade_r[None, :] >= grade_e[:, None])
    elif s.junior_by == "birth_year":
        born_e = np.array([p.birth_year or 0 for p in mentees])
        born_r = np.array([p.birth_year or 0 for p in mentors])
        known = (born_e[:, None] > 0) & (born_r[None, :] > 0)
        forbidden |= known & (born_r[None, :] <= born_e[:, None])
    row_of = {p.id: i for i, p in enumerate(mentees)}
    column_of = {p.id: j for j, p in enumerate(mentors)}
    for pair in ctx.never:
        a, b = tuple(pair) if len(pair) == 2 else (next(iter(pair)),) * 2
        for mentor, mentee in ((a, b), (b, a)):
            if mentee in row_of and mentor in column_of:
                forbidden[row_of[mentee], column_of[mentor]] = True
    if s.exclude_earlier_pairs:
        for mentor, mentee in ctx.earlier:
            if mentee in row_of and mentor in column_of:
                forbidden[row_of[mentee], column_of[mentor]] = True
    return forbidden
