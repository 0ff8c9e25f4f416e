"""Matching applied to one program in a file: who is free, who has seats, and the board's moves.

Suggestions consider only people without an open (proposed or active) pair, so
hand-made and locked pairs always stay. Every move here is one undoable step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rmdesk.domain.entities import Exclusion, Pair, PairStatus, Participant, Program, Role
from rmdesk.domain.i18n import translate
from rmdesk.domain.words import counted, plural
from rmdesk.matching.proposals import Objective, Proposal, Suggestion
from rmdesk.matching.score import Context, broken_rules, explain, warnings
from rmdesk.matching.settings import MatchSettings
from rmdesk.store.codec import from_rows
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


class People(Mapping[str, Participant]):
    """Everyone in the file by id, each read and decoded when first asked for: the board shows a
    few hundred people's details of thousands. After many single reads, or when everyone is asked
    for (suggestions, names for a list), everyone is read at once, from the document's shared copy.

    It reads through the document's connection: read everyone (``everyone``) before handing it to
    another thread.
    """

    SINGLE_READS = 200  # then reading everyone at once is cheaper
    # Asked for this many at once (a cohort still being planned shows everyone's card), the
    # document's shared copy serves them: read once, it is handed out again at every rebuild
    # until the people change, where a query would read and decode them all again.
    MANY_READS = 1000

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._found: dict[str, Participant] = {}
        self._all: dict[str, Participant] | None = None
        self._single = 0

    def everyone(self) -> dict[str, Participant]:
        if self._all is None:
            self._all = {p.id: p for p in self._doc.shared(Participant)}
        return self._all

    def __getitem__(self, person_id: str) -> Participant:
        if self._all is not None:
            return self._all[person_id]
        found = self._found.get(person_id)
        if found is None:
            self._single += 1
            if self._single > self.SINGLE_READS:
                return self.everyone()[person_id]
            found = self._doc.find(Participant, person_id)
            if found is None:
                raise KeyError(person_id)
            self._found[person_id] = found
        return found

    def many(self, ids: Sequence[str]) -> list[Participant]:
        """The people of ``ids`` in that order, those not read yet in one query."""
        if self._all is None:
            wanted = [i for i in ids if i not in self._found]
            if len(wanted) > self.MANY_READS:
                everyone = self.everyone()
                return [everyone[i] for i in ids]
            if wanted:
                read = self._doc.all(
                    Participant, "id IN (SELECT value FROM json_each(?))", [json.dumps(wanted)]
                )
                self._found.update((p.id, p) for p in read)
        return [self[i] for i in ids]

    def __iter__(self) -> Iterator[str]:
        return iter(self.everyone())

    def __len__(self) -> int:
        return len(self.everyone())


class PairLine(NamedTuple):
    """An open pair as the board shows it: the pair's row as stored, and both people's name and
    department. Its ``Pair`` is decoded only when a move needs it (``Cohort.pair``)."""

    id: str
    updated_at: str | None
    program_id: str
    mentor_id: str
    mentee_id: str
    status: str
    end_reason: str | None
    locked: int
    score: float | None
    explanation: str | None
    started_on: str | None
    ended_on: str | None
    mentor_name: str
    mentor_department: str
    mentee_name: str
    mentee_department: str


PAIR_COLUMNS = list(PairLine._fields[:12])
_OPEN_PAIRS = f"""
    SELECT {", ".join(f"p.{c}" for c in PAIR_COLUMNS)}, m.name, m.department, e.name, e.department
    FROM pairs p JOIN participants m ON m.id = p.mentor_id JOIN participants e ON e.id = p.mentee_id
    WHERE p.program_id = ? AND p.status IN ('{PairStatus.PROPOSED.value}', '{PairStatus.ACTIVE.value}')
"""


def open_pairs(doc: Document, program_id: str, people: Sequence[str] | None = None) -> list[PairLine]:
    """The program's open pairs in file order (only those of ``people``, when given)."""
    sql, params = _OPEN_PAIRS, [program_id]
    if people is not None:
        sql += (
            " AND (p.mentor_id IN (SELECT value FROM json_each(?))"
            " OR p.mentee_id IN (SELECT value FROM json_each(?)))"
        )
        params += [json.dumps(list(people))] * 2
    return [PairLine._make(row) for row in doc.conn.execute(sql + " ORDER BY p.rowid", params)]


class Cohort:
    """A program's people and open pairs, read once; people and pairs decoded when first used."""

    def __init__(
        self,
        program: Program,
        ctx: Context,
        mentor_ids: list[str],
        mentee_ids: list[str],
        lines: list[PairLine],
    ) -> None:
        self.program = program
        self.ctx = ctx
        self.mentor_ids = mentor_ids
        self.mentee_ids = mentee_ids
        self.mentor_set, self.mentee_set = set(mentor_ids), set(mentee_ids)
        self.lines = {line.id: line for line in lines}  # open pairs of the program, in file order
        self._pairs: dict[str, Pair] = {}
        self._mentees_of: dict[str, list[str]] | None = None

    def person(self, person_id: str) -> Participant:
        return self.ctx.people[person_id]

    @property
    def mentors(self) -> list[Participant]:
        return self._people(self.mentor_ids)

    @property
    def mentees(self) -> list[Participant]:
        return self._people(self.mentee_ids)

    def _people(self, ids: list[str]) -> list[Participant]:
        people = self.ctx.people
        return people.many(ids) if isinstance(people, People) else [people[i] for i in ids]

    def pair(self, pair_id: str) -> Pair | None:
        """The open pair ``pair_id`` (None when it is not one)."""
        found = self._pairs.get(pair_id)
        if found is None:
            line = self.lines.get(pair_id)
            if line is None:
                return None
            found = self._pairs[pair_id] = from_rows(Pair, PAIR_COLUMNS, [line])[0]
        return found

    @property
    def pairs(self) -> list[Pair]:
        """The open pairs of the program (every one decoded)."""
        return [pair for pair_id in self.lines if (pair := self.pair(pair_id)) is not None]

    def replace_pairs(self, gone: Sequence[str], now: Sequence[PairLine]) -> None:
        """After a move: the open pairs ``gone`` are no more, those of ``now`` are as read."""
        for pair_id in [*gone, *(line.id for line in now)]:
            self.lines.pop(pair_id, None)
            self._pairs.pop(pair_id, None)
        self.lines.update((line.id, line) for line in now)
        self._mentees_of = None

    @property
    def mentees_of(self) -> dict[str, list[str]]:
        """Each mentor's mentees in open pairs."""
        if self._mentees_of is None:
            found: dict[str, list[str]] = {}
            for line in self.lines.values():
                found.setdefault(line.mentor_id, []).append(line.mentee_id)
            self._mentees_of = found
        return self._mentees_of

    def seats_left(self) -> dict[str, int]:
        capacity, taken = self.program.mentor_capacity, self.mentees_of
        return {m: capacity - len(taken.get(m, ())) for m in self.mentor_ids}

    def free_mentee_ids(self) -> list[str]:
        paired = {line.mentee_id for line in self.lines.values()}
        return [m for m in self.mentee_ids if m not in paired]

    def free_mentor_ids(self) -> list[str]:
        seats = self.seats_left()
        return [m for m in self.mentor_ids if seats[m] > 0]

    def free_mentees(self) -> list[Participant]:
        return self._people(self.free_mentee_ids())

    def free_mentors(self) -> list[Participant]:
        return self._people(self.free_mentor_ids())

    def read_all(self) -> None:
        """Read everyone now, so the cohort may go to another thread (it then reads nothing)."""
        if isinstance(self.ctx.people, People):
            self.ctx.people.everyone()
        self.pairs  # noqa: B018 - decodes every pair

    def verdict(self, mentor_id: str, mentee_id: str) -> Verdict:
        mentor, mentee = self.person(mentor_id), self.person(mentee_id)
        score, reasons = explain(mentor, mentee, self.ctx.settings)
        broken = broken_rules(mentor, mentee, self.ctx)
        busy = [m for m in self.mentees_of.get(mentor_id, []) if m != mentee_id]
        if len(busy) >= self.program.mentor_capacity:
            full = translate("Matching", "{mentor} already has {count} mentee(s), the program's capacity")
            broken.append(full.format(mentor=mentor.name, count=len(busy)))
        return Verdict(score, reasons, broken, warnings(mentor, mentee, self.ctx))


def load(doc: Document, program: Program, *, as_needed: bool = False) -> Cohort:
    """Everyone and everything the rules need for ``program``, read once (a board move re-reads
    pairs, not people). Pairs are decoded when first used; with ``as_needed`` people too, read
    through ``doc`` while it stays open (the board: it shows a few hundred people's details)."""
    mentor_ids, mentee_ids = [], []
    as_mentor, as_mentee = Role.MENTOR.value, Role.MENTEE.value  # read once: ``.value`` is a slow descriptor
    for person_id, role in doc.conn.execute(
        "SELECT p.id, e.role FROM enrolments e JOIN participants p ON p.id = e.participant_id "
        "WHERE e.program_id = ? AND NOT coalesce(p.archived, 0) ORDER BY p.rowid",
        [program.id],
    ):
        if role == as_mentor:
            mentor_ids.append(person_id)
        elif role == as_mentee:
            mentee_ids.append(person_id)
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
    people = People(doc)
    ctx = Context(settings, people if as_needed else people.everyone(), never, earlier, program.end_date)
    return Cohort(program, ctx, mentor_ids, mentee_ids, open_pairs(doc, program.id))


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
    with doc.action(
        translate("Actions", "Accept {pairs}").format(pairs=counted(len(proposals), "Suggested Pair"))
    ):
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
        label = translate("Actions", "Pair {mentor} with {mentee}").format(
            mentor=mentor.name, mentee=mentee.name
        )
    else:
        label = translate("Actions", "Make {pairs}").format(pairs=plural(len(couples), "Pair"))
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
    with doc.action(
        translate("Actions", "Unpair {mentor} and {mentee}").format(mentor=mentor.name, mentee=mentee.name)
    ):
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
    is_mentor = newcomer_id in cohort.mentor_set
    mentor_id = newcomer_id if is_mentor else pair.mentor_id
    mentee_id = pair.mentee_id if is_mentor else newcomer_id
    leaving = cohort.person(pair.mentor_id if is_mentor else pair.mentee_id)
    verdict = cohort.verdict(mentor_id, mentee_id)
    with doc.action(
        translate("Actions", "Swap {newcomer} in for {leaving}").format(
            newcomer=newcomer.name, leaving=leaving.name
        )
    ):
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
    if len(pairs) == 1:
        mentor, mentee = cohort.person(pairs[0].mentor_id), cohort.person(pairs[0].mentee_id)
        one = (
            translate("Actions", "Lock {mentor} and {mentee}")
            if locked
            else translate("Actions", "Unlock {mentor} and {mentee}")
        )
        label = one.format(mentor=mentor.name, mentee=mentee.name)
    else:
        many = translate("Actions", "Lock {pairs}") if locked else translate("Actions", "Unlock {pairs}")
        label = many.format(pairs=plural(len(pairs), "Pair"))
    with doc.action(label):
        return doc.update_many([dataclasses.replace(p, locked=locked) for p in doc.fresh(Pair, pairs)])


def replacements(cohort: Cohort, person_id: str, limit: int = 5) -> list[Proposal]:
    """The best new partners for someone whose partner left, best first: the same scores and rules
    as the suggestions, limited to this one person (so the first is the optimal choice)."""
    is_mentor = person_id in cohort.mentor_set
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
