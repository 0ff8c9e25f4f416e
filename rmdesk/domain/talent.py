"""The 9-box talent grid (performance x potential) and who counts as a reverse-mentor candidate."""

from __future__ import annotations

from rmdesk.domain.entities import Participant, Role

LEVEL_NAMES = {1: "Low", 2: "Medium", 3: "High"}
JUNIOR_MAX_GRADE = 6  # grades 1-6 are staff and junior professionals in the default scale

BOX_NAMES = {
    (3, 1): "Trusted professional",
    (3, 2): "High performer",
    (3, 3): "Star",
    (2, 1): "Solid contributor",
    (2, 2): "Core player",
    (2, 3): "High potential",
    (1, 1): "Under-performer",
    (1, 2): "Inconsistent",
    (1, 3): "Rough diamond",
}


def box_name(performance: int, potential: int) -> str:
    return BOX_NAMES[(performance, potential)]


def is_junior(person: Participant, role: Role | None = None) -> bool:
    """A reverse mentor in the program, or anyone at a junior grade."""
    if role is not None:
        return role is Role.MENTOR
    return person.grade is not None and person.grade <= JUNIOR_MAX_GRADE


def is_candidate_mentor(person: Participant, role: Role | None = None) -> bool:
    """A junior with high potential who has something to teach: who HR looks for first."""
    return (
        not person.archived
        and is_junior(person, role)
        and person.potential == 3
        and any(level >= 3 for level in person.topics_offered.values())
    )
