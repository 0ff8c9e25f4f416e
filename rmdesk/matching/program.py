"""Matching applied to one program in a file: who is free, who has seats, and the board's moves.

Suggestions consider only people without an open (proposed or active) pair, so
hand-made and locked pairs always stay. Every move here is one undoable step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from rmdesk.domain.entities import Exclusion, Pair, PairStatus, Participant, Program, Role
from rmdesk.domain.words import counted, plural
from rmdesk.matching.proposals import Objective, Proposal, Suggestion
from rmdesk.matching.score import Context, broken_rules, explain, warnings
from rmdesk.matching.settings import MatchSettings
from rmdesk.store.document import Document
from rmdesk.store.lifecycle import end_pair

OPEN = (PairStatus.PROPOSED, PairStatus.ACTIVE)


@dataclass(frozen=True)
class Verdict:
    """What the board shows before and after a drop: score, reasons, and any broken rule."""

    score: float
    reasons: list[str]
    broken: list[str]
    warnings: list[str]

    @property
    def allowed(self) -> bool:
        return not self.broken


@dataclass
class Cohort:
    program: Program
    ctx: Context
    mentors: list[Participant]
    mentees: list[Participant]
    pairs: list[Pair]  # open pairs of the program

    def person(self, person_id: str) -> Participant:
        return self.ctx.people[person_id]

    @cached_property
    def mentees_of(self) -> dict[str, list[str]]:
        """Each mentor's mentees in open pairs (a cohort is read afresh after every change)."""
        found: dict[str, list[str]] = {}
        for pair in self.pairs:
            found.setdefault(pair.mentor_id, []).append(pair.mentee_id)
        return found

    def seats_left(self) -> dict[str, int]:
        return {m.id: self.program.mentor_capacity - len(self.mentees_of.get(m.id, [])) for m in self.mentors}

    def free_mentees(self) -> list[Participant]:
        paired = {p.mentee_id for p in self.pairs}
        return [m for m in self.mentees if m.id not in paired]

    def free_mentors(self) -> list[Participant]:
        seats = self.seats_left()
        return [m for m in self.mentors if seats[m.id] > 0]

    def verdict(self, mentor_id: str, mentee_id: str) -> Verdict:
        mentor, mentee = self.person(mentor_id), self.person(mentee_id)
        score, reasons = explain(mentor, mentee, self.ctx.settings)
        broken = broken_rules(mentor, mentee, self.ctx)
        busy = [m for m in self.mentees_of.get(mentor_id, []) if m != mentee_id]
        if len(busy) >= self.program.mentor_capacity:
            broken.append(f"{mentor.name} already has {len(busy)} mentee(s), the program's capacity")
        return Verdict(score, reasons, broken, warnings(mentor, mentee, self.ctx))


def load(doc: Document, program: Program) -> Cohort:
    """Everyone and everything the rules need for ``program``, read once."""
    people = {p.id: p for p in doc.shared(Participant)}  # a board move re-reads pairs, not people
    roles = dict(
        doc.conn.execute(
            "SELECT participant_id, role FROM enrolments WHERE program_id = ?", [program.id]
        ).fetchall()
    )
    active = [p for p in people.values() if not p.archived]
    mentors = [p for p in active if roles.get(p.id) == Role.MENTOR]
    mentees = [p for p in active if roles.get(p.id) == Role.MENTEE]
    pairs = [p for p in doc.all(Pair, "program_id = ?", [program.id]) if p.status in OPEN]
    names = dict(doc.conn.execute("SELECT id, name FROM programs").fetchall())
    earlier = {
        (mentor, mentee): names.get(other, "another program")
        for mentor, mentee, other in doc.conn.execute(
            "SELECT mentor_id, mentee_id, program_id FROM pairs WHERE program_id != ?", [program.id]
        )
    }
    for mentor, mentee, status, ended in doc.conn.execute(
        "SELECT mentor_id, mentee_id, status, ended_on FROM pairs WHERE program_id = ? AND status IN (?, ?)",
        [program.id, PairStatus.ENDED_EARLY.value, PairStatus.COMPLETED.value],
    ):
        how = "ended early" if status == PairStatus.ENDED_EARLY.value else "completed"
        earlier[(mentor, mentee)] = f"this program ({how}{f' on {ended}' if ended else ''})"
    never = {frozenset((e.first_id, e.second_id)): e.reason for e in doc.all(Exclusion)}
    settings = MatchSettings.from_program(program.settings)
    ctx = Context(settings, people, never, earlier, program.end_date)
    return Cohort(program, ctx, mentors, mentees, pairs)


def suggest_pairs(
    cohort: Cohort,
    objective: Objective = Objective.BEST_TOTAL,
    progress: Callable[[int, str], None] | None = None,
) -> Suggestion:
    from rmdesk.matching.assign import suggest  # numpy and scipy: loaded when first asked

    return suggest(
        cohort.free_mentors(),
        cohort.free_mentees(),
        cohort.ctx,
        capacity=cohort.seats_left(),
        objective=objective,
        progress=progress,
    )


def accept(doc: Document, program: Program, proposals: Sequence[Proposal]) -> list[Pair]:
    """Store proposals as proposed pairs, with their score and reasons, as one step."""
    made = []
    with doc.action(f"Accept {counted(len(proposals), 'Suggested Pair')}"):
        made = doc.add_many(
            [
                Pair(
                    program_id=program.id,
                    mentor_id=p.mentor.id,
                    mentee_id=p.mentee.id,
                    score=p.score,
                    explanation=[*p.reasons, *(f"Warning: {w}" for w in p.warnings)],
                )
                for p in proposals
            ]
        )
    return made


def make_pair(doc: Document, cohort: Cohort, mentor_id: str, mentee_id: str) -> Pair:
    """Pair two people from the board (the caller has asked about any broken rule)."""
    return make_pairs(doc, cohort, [(mentor_id, mentee_id)])[0]


def make_pairs(doc: Document, cohort: Cohort, couples: Sequence[tuple[str, str]]) -> list[Pair]:
    """Proposed pairs of (mentor id, mentee id), each with its score and reasons, as one step."""
    if len(couples) == 1:
        mentor, mentee = (cohort.person(i) for i in couples[0])
        label = f"Pair {mentor.name} with {mentee.name}"
    else:
        label = f"Make {plural(len(couples), 'Pair')}"
    with doc.action(label):
        return doc.add_many([_new_pair(cohort, mentor_id, mentee_id) for mentor_id, mentee_id in couples])


def _new_pair(cohort: Cohort, mentor_id: str, mentee_id: str) -> Pair:
    """A proposed pair carrying its score and reasons as of now."""
    verdict = cohort.verdict(mentor_id, mentee_id)
    return Pair(
        program_id=cohort.program.id,
        mentor_id=mentor_id,
        mentee_id=mentee_id,
        score=verdict.score,
        explanation=_explanation(verdict),
    )


def _explanation(verdict: Verdict) -> list[str]:
    return [
        *verdict.reasons,
        *(f"Rule overridden: {b}" for b in verdict.broken),
        *(f"Warning: {w}" for w in verdict.warnings),
    ]


def _end(doc: Document, pair: Pair, reason: str, on: dt.date | None = None) -> None:
    """A proposal simply goes; a pair that has started keeps its history and ends early."""
    if pair.status is PairStatus.PROPOSED:
        doc.delete(pair)
    else:
        end_pair(doc, pair, on or dt.date.today(), reason)


def unpair(
    doc: Document,
    cohort: Cohort,
    pair: Pair,
    reason: str = "Unpaired on the pairing board",
    on: dt.date | None = None,
) -> None:
    """Take a pair off the board: a proposal is removed, a started pair ends early with ``reason``."""
    mentor, mentee = cohort.person(pair.mentor_id), cohort.person(pair.mentee_id)
    with doc.action(f"Unpair {mentor.name} and {mentee.name}"):
        _end(doc, pair, reason, on)


def swap(
    doc: Document,
    cohort: Cohort,
    pair: Pair,
    newcomer_id: str,
    reason: str = "",
    on: dt.date | None = None,
) -> Pair:
    """Put ``newcomer`` in the pair in place of the person with the same role.

    A proposal simply changes; a pair that has started ends early (with ``reason``) and a new
    proposal takes its place, so the history of the first pair stays.
    """
    newcomer = cohort.person(newcomer_id)
    is_mentor = any(m.id == newcomer_id for m in cohort.mentors)
    mentor_id = newcomer_id if is_mentor else pair.mentor_id
    mentee_id = pair.mentee_id if is_mentor else newcomer_id
    leaving = cohort.person(pair.mentor_id if is_mentor else pair.mentee_id)
    verdict = cohort.verdict(mentor_id, mentee_id)
    with doc.action(f"Swap {newcomer.name} in for {leaving.name}"):
        if pair.status is PairStatus.PROPOSED:
            return doc.update(
                dataclasses.replace(
                    pair,
                    mentor_id=mentor_id,
                    mentee_id=mentee_id,
                    score=verdict.score,
                    explanation=_explanation(verdict),
                )
            )
        _end(doc, pair, reason or f"{leaving.name} replaced on the pairing board", on)
        return doc.add(_new_pair(cohort, mentor_id, mentee_id))


def set_locked(doc: Document, cohort: Cohort, pair: Pair, locked: bool) -> Pair:
    return lock_pairs(doc, cohort, [pair], locked)[0]


def lock_pairs(doc: Document, cohort: Cohort, pairs: Sequence[Pair], locked: bool) -> list[Pair]:
    """Locked pairs stay as they are when suggestions run and cannot be dragged apart."""
    verb = "Lock" if locked else "Unlock"
    if len(pairs) == 1:
        mentor, mentee = cohort.person(pairs[0].mentor_id), cohort.person(pairs[0].mentee_id)
        label = f"{verb} {mentor.name} and {mentee.name}"
    else:
        label = f"{verb} {plural(len(pairs), 'Pair')}"
    with doc.action(label):
        return doc.update_many([dataclasses.replace(p, locked=locked) for p in doc.fresh(Pair, pairs)])


def replacements(cohort: Cohort, person_id: str, limit: int = 5) -> list[Proposal]:
    """The best new partners for someone whose partner left, best first: the same scores and rules
    as the suggestions, limited to this one person (so the first is the optimal choice)."""
    is_mentor = any(m.id == person_id for m in cohort.mentors)
    candidates = cohort.free_mentees() if is_mentor else cohort.free_mentors()
    found = []
    for other in candidates:
        mentor_id, mentee_id = (person_id, other.id) if is_mentor else (other.id, person_id)
        verdict = cohort.verdict(mentor_id, mentee_id)
        if verdict.allowed and verdict.score > 0:
            found.append(
                Proposal(
                    cohort.person(mentor_id),
                    cohort.person(mentee_id),
                    verdict.score,
                    verdict.reasons,
                    verdict.warnings,
                )
            )
    return sorted(found, key=lambda p: (-p.score, p.mentor.name, p.mentee.name))[:limit]
