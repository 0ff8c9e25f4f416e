"""The 9-box talent grid (performance x potential) and who counts as a reverse-mentor candidate."""

from __future__ import annotations

from collections.abc import Mapping

from rmdesk.domain.entities import Participant, Role
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

LEVEL_NAMES = {
    1: QT_TRANSLATE_NOOP("Talent", "Low"),
    2: QT_TRANSLATE_NOOP("Talent", "Medium"),
    3: QT_TRANSLATE_NOOP("Talent", "High"),
}
JUNIOR_MAX_GRADE = 6  # grades 1-6 are staff and junior professionals in the default scale

BOX_NAMES = {
    (3, 1): QT_TRANSLATE_NOOP("Talent", "Trusted professional"),
    (3, 2): QT_TRANSLATE_NOOP("Talent", "High performer"),
    (3, 3): QT_TRANSLATE_NOOP("Talent", "Star"),
    (2, 1): QT_TRANSLATE_NOOP("Talent", "Solid contributor"),
    (2, 2): QT_TRANSLATE_NOOP("Talent", "Core player"),
    (2, 3): QT_TRANSLATE_NOOP("Talent", "High potential"),
    (1, 1): QT_TRANSLATE_NOOP("Talent", "Under-performer"),
    (1, 2): QT_TRANSLATE_NOOP("Talent", "Inconsistent"),
    (1, 3): QT_TRANSLATE_NOOP("Talent", "Rough diamond"),
}


def box_name(performance: int, potential: int) -> str:
    """The box's name in the language spoken."""
    return translate("Talent", BOX_NAMES[(performance, potential)])


def level_name(level: int) -> str:
    """Low, Medium or High in the language spoken."""
    return translate("Talent", LEVEL_NAMES[level])


def is_junior(person: Participant, role: Role | None = None) -> bool:
    """A reverse mentor in the program, or anyone at a junior grade."""
    return is_junior_grade(person.grade, role)


def is_junior_grade(grade: int | None, role: Role | None = None) -> bool:
    """:func:`is_junior` from the grade alone (lists of thousands ask it of rows, not people)."""
    if role is not None:
        return role is Role.MENTOR
    return grade is not None and grade <= JUNIOR_MAX_GRADE


def is_candidate_mentor(person: Participant, role: Role | None = None) -> bool:
    """A junior with high potential who has something to teach: who HR looks for first."""
    return not person.archived and is_candidate(person.grade, person.potential, person.topics_offered, role)


def is_candidate(
    grade: int | None, potential: int | None, topics_offered: Mapping[str, int], role: Role | None = None
) -> bool:
    """:func:`is_candidate_mentor` of someone not archived, from the facts it rests on."""
    return (
        is_junior_grade(grade, role)
        and potential == 3
        and any(level >= 3 for level in topics_offered.values())
    )
