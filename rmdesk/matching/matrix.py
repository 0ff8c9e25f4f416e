"""The rules of ``score.py`` for a whole cohort at once, as numpy matrices (mentees x mentors)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rmdesk.domain.entities import Participant
from rmdesk.matching.score import Context, generation_index, languages_of


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

    gen_e = np.array([generation_index(p) for p in mentees])
    gen_r = np.array([generation_index(p) for p in mentors])
    score += ((gen_r[None, :] > gen_e[:, None]) & (gen_e[:, None] >= 0)) * s.younger_generation

    languages: dict[str, int] = {}
    for person in [*mentors, *mentees]:
        for language in languages_of(person):
            languages.setdefault(language, len(languages))
    if languages:
        speaks_e = np.zeros((len(mentees), len(languages)))
        speaks_r = np.zeros((len(mentors), len(languages)))
        for matrix, group in ((speaks_e, mentees), (speaks_r, mentors)):
            for row, person in enumerate(group):
                for language in languages_of(person):
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
    forbidden = np.zeros((len(mentees), len(mentors)), dtype=bool)
    if s.no_direct_line:  # anyone above the other, level by level up the reporting line
        chains_e = [ctx.chain(p.id) for p in mentees]
        chains_r = [ctx.chain(p.id) for p in mentors]
        for level in range(max(map(len, chains_e + chains_r), default=0)):
            above_e = _codes([c[level] if level < len(c) else "" for c in chains_e], ids, -3)
            above_r = _codes([c[level] if level < len(c) else "" for c in chains_r], ids, -4)
            forbidden |= above_e[:, None] == id_r[None, :]
            forbidden |= id_e[:, None] == above_r[None, :]
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
