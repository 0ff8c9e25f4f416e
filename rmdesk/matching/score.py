"""How well a reverse mentor suits a mentee, and which pairs the rules forbid, one pair at a time.

The same rules for a whole cohort at once live in ``matrix.py`` (numpy); tests
check that both always agree. This module stays light: the board imports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from rmdesk.domain.entities import Participant
from rmdesk.domain.generations import GENERATIONS
from rmdesk.domain.i18n import translate
from rmdesk.domain.org_chart import chain_above, levels_apart
from rmdesk.matching.settings import MatchSettings

GENERATION_INDEX = {name: i for i, (name, _, _) in enumerate(GENERATIONS)}


@dataclass
class Context:
    """What the rules need beyond the two people: the org chart, exclusions, history."""

    settings: MatchSettings = field(default_factory=MatchSettings)
    people: Mapping[str, Participant] = field(default_factory=dict)  # everyone, for manager chains
    never: dict[frozenset[str], str] = field(default_factory=dict)  # pair of ids -> reason
    earlier: dict[tuple[str, str], str] = field(default_factory=dict)  # (mentor, mentee) -> program
    program_end: dt.date | None = None

    def manager(self, person_id: str | None) -> str | None:
        person = self.people.get(person_id) if person_id else None
        return person.manager_id if person else None

    def get(self, person_id: str, /) -> str | None:
        """The person's manager: a context reads as the org chart's ``Managers``."""
        return self.manager(person_id)

    def chain(self, person_id: str) -> list[str]:
        """Everyone above the person in the reporting line, nearest first."""
        return chain_above(person_id, self)

    def levels_above(self, upper_id: str, lower_id: str) -> int:
        return levels_apart(upper_id, lower_id, self)


def _points(value: float) -> str:
    return f"{value:+g}"


def generation_index(person: Participant) -> int:
    return GENERATION_INDEX.get(person.generation, -1)


def languages_of(person: Participant) -> set[str]:
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
        reasons.append(
            translate("Matching", "{topic}: offers {offer}, wants {want} -> {points}").format(
                topic=topic, offer=offer, want=want, points=_points(value)
            )
        )
    if mentor.department and mentor.department == mentee.department and s.same_department:
        total += s.same_department
        reasons.append(
            translate("Matching", "same department -> {points}").format(points=_points(s.same_department))
        )
    if mentor.grade is not None and mentee.grade is not None and mentee.grade > mentor.grade:
        steps = min(mentee.grade - mentor.grade, s.grade_gap_cap)
        value = steps * s.grade_gap_per_step
        if value:
            total += value
            reasons.append(
                translate("Matching", "{value} grades apart -> {points}").format(
                    value=mentee.grade - mentor.grade, points=_points(value)
                )
            )
    younger, older = generation_index(mentor), generation_index(mentee)
    if younger > older >= 0 and s.younger_generation:
        total += s.younger_generation
        reasons.append(
            translate("Matching", "{generation} teaching {generation2} -> {points}").format(
                generation=mentor.generation,
                generation2=mentee.generation,
                points=_points(s.younger_generation),
            )
        )
    shared = sorted(languages_of(mentor) & languages_of(mentee))
    if shared and s.shared_language:
        total += s.shared_language
        reasons.append(
            translate("Matching", "both speak {shared} -> {points}").format(
                shared=shared[0].title(), points=_points(s.shared_language)
            )
        )
    if mentor.location and mentor.location == mentee.location and s.same_location:
        total += s.same_location
        reasons.append(
            translate("Matching", "both in {location} -> {points}").format(
                location=mentor.location, points=_points(s.same_location)
            )
        )
    return round(total, 6), reasons


def broken_rules(mentor: Participant, mentee: Participant, ctx: Context) -> list[str]:
    """Why this pair may not be made, as sentences; empty when it is allowed."""
    s, broken = ctx.settings, []
    if s.no_direct_line:
        above, below = ctx.levels_above(mentor.id, mentee.id), ctx.levels_above(mentee.id, mentor.id)
        if above or below:
            boss, report = (mentor, mentee) if above else (mentee, mentor)
            broken.append(_line(boss, report, above or below))
    if s.no_peers and mentor.manager_id and mentor.manager_id == mentee.manager_id:
        manager = ctx.people.get(mentor.manager_id)
        if manager:
            broken.append(translate("Matching", "both report to {manager}").format(manager=manager.name))
        else:
            broken.append(translate("Matching", "both report to the same manager"))
    by_grade = s.junior_by == "grade" and mentor.grade is not None and mentee.grade is not None
    if by_grade and mentor.grade >= mentee.grade:  # type: ignore[operator]
        broken.append(
            translate("Matching", "the reverse mentor is not junior (grade {grade} vs {grade2})").format(
                grade=mentor.grade, grade2=mentee.grade
            )
        )
    by_age = s.junior_by == "birth_year" and mentor.birth_year and mentee.birth_year
    if by_age and mentor.birth_year <= mentee.birth_year:  # type: ignore[operator]
        broken.append(
            translate("Matching", "the reverse mentor is not younger ({birth_year} vs {birth_year2})").format(
                birth_year=mentor.birth_year, birth_year2=mentee.birth_year
            )
        )
    reason = ctx.never.get(frozenset((mentor.id, mentee.id)))
    if reason is not None:
        if reason:
            broken.append(translate("Matching", "on the never-pair list: {reason}").format(reason=reason))
        else:
            broken.append(translate("Matching", "on the never-pair list"))
    earlier = ctx.earlier.get((mentor.id, mentee.id))
    if s.exclude_earlier_pairs and earlier is not None:
        broken.append(translate("Matching", "already paired in {earlier}").format(earlier=earlier))
    return broken


def _line(boss: Participant, report: Participant, levels: int) -> str:
    if levels == 1:
        return translate("Matching", "{name} is {name2}'s manager").format(name=boss.name, name2=report.name)
    if levels == 2:
        return translate("Matching", "{name} is {name2}'s manager's manager").format(
            name=boss.name, name2=report.name
        )
    return translate("Matching", "{name} is {levels} levels above {name2} in the reporting line").format(
        name=boss.name, levels=levels, name2=report.name
    )


def warnings(mentor: Participant, mentee: Participant, ctx: Context) -> list[str]:
    """Things to know that do not forbid the pair."""
    found = []
    for person in (mentor, mentee):
        if ctx.program_end and person.contract_end and person.contract_end < ctx.program_end:
            found.append(
                translate("Matching", "{name}'s contract ends {contract_end}, before the program").format(
                    name=person.name, contract_end=person.contract_end
                )
            )
    return found
