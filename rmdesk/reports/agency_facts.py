"""What the agency report states: one agency's people in a program (or those at one client site),
read from the file once, as of a date.

The definitions are those of the program report (:mod:`rmdesk.store.dashboard`): nothing dated
after the as-of date counts, pairs are told as they stood then, a check-in is asked of both sides
of the pairs running when it fell due, and every mean says how many it rests on. The agency's
people and their partners are told apart.

With ``others_anonymous`` only the agency's people are named: a partner from the client (or
another agency) is "employee of the client", a manager from the client is left out, and the names,
email addresses and employee numbers of everyone else are taken out of free text (a reason a pair
ended), so the report can be handed to the agency.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rmdesk.domain import i18n
from rmdesk.domain.entities import (
    Organisation,
    Pair,
    PairStatus,
    Participant,
    Program,
    Respondent,
    Role,
    Stage,
)
from rmdesk.domain.health import Health, expected_meetings, pair_health, pair_on, stage_dates
from rmdesk.domain.lifecycle import COMPLETED_AT_CLOSE, END_REASONS
from rmdesk.domain.templates import KIRKPATRICK_LEVELS, Questionnaire
from rmdesk.reports.facts import ended_text
from rmdesk.reports.layout import clean, day, num, short
from rmdesk.store.dashboard import LATER, CheckIns, Mean, Rate, TopicChange, asked, check_ins, mean_of
from rmdesk.store.dashboard import reaction_mean as person_reaction
from rmdesk.store.document import Document
from rmdesk.store.errors import DocumentError

OTHERS = (
    "employee of the client"  # a partner or manager not named; shown by others() in the report's language
)
FEWEST = 3  # with others anonymous: a mean of fewer answers could be told back to one person
SIDE = {Role.MENTOR: Respondent.MENTOR, Role.MENTEE: Respondent.MENTEE}
SIDES = (Respondent.MENTEE, Respondent.MENTOR)


# -- which agency


def others() -> str:
    """How a person not from the agency is named, in the language spoken."""
    return i18n.translate("AgencyReport", "employee of the client")


def an_other() -> str:
    """The same in a sentence: "an employee of the client"."""
    return i18n.translate("AgencyReport", "an employee of the client")


def agencies(doc: Document, program: Program) -> dict[str, list[str]]:
    """The agencies of the program's people, each with the client sites its people work at."""
    found: dict[str, set[str]] = {}
    for agency, site in doc.conn.execute(
        "SELECT DISTINCT p.agency, p.client_site FROM participants p "
        "JOIN enrolments e ON e.participant_id = p.id WHERE e.program_id = ? AND p.agency != ''",
        [program.id],
    ):
        found.setdefault(agency, set()).add(site)
    return {a: sorted(found[a], key=str.casefold) for a in sorted(found, key=str.casefold)}


def _tidy(text: str) -> str:
    return " ".join(text.split()).casefold()


def _listed(names: Iterable[str]) -> str:
    return ", ".join(repr(short(n, 80)) for n in names)


def choose(
    doc: Document, program: Program, agency: str, client_site: str | None = None
) -> tuple[str, str | None]:
    """The agency (and client site) as the file spells them: the name as given, or the one name
    that differs from it only in case and spacing. Anything else is refused in one sentence that
    lists what the program has."""
    known = agencies(doc, program)
    where = short(program.name, 80)
    if not known:
        raise DocumentError(f"No one in {where} works through an agency.")
    chosen = agency if agency in known else None
    if chosen is None:
        like = [a for a in known if _tidy(a) == _tidy(agency)]
        chosen = like[0] if len(like) == 1 else None
    if chosen is None:
        raise DocumentError(
            f"No one in {where} works through {short(agency, 80)!r}; its agencies are {_listed(known)}."
        )
    if client_site is None:
        return chosen, None
    sites = known[chosen]
    site = client_site if client_site in sites else None
    if site is None:
        like = [s for s in sites if _tidy(s) == _tidy(client_site)]
        site = like[0] if len(like) == 1 else None
    if site is None:
        raise DocumentError(
            f"No one from {short(chosen, 80)} in {where} works at the client site "
            f"{short(client_site, 80)!r}; its sites are {_listed(s or '(none recorded)' for s in sites)}."
        )
    return chosen, site


# -- the facts


@dataclass(frozen=True)
class PairRow:
    """One pair of one of the agency's people, as it stood on the as-of date."""

    pair: Pair
    role: Role  # the person's side in this pair
    partner: str  # a name, or "employee of the client"
    status: str  # "Active since 2026-06-03", "Ended early on 2026-08-14: Contract ended"...
    reason: str  # why it ended early, as printed (without others' names when they are anonymous)
    health: Health | None  # active pairs only
    last_met: dt.date | None
    meetings: int  # held by the as-of date
    expected: int
    goals: int
    goals_done: int
    goals_late: int  # past the target date without an outcome
    asked: int  # this person's check-ins asked for the pair (stages due)
    answered: int


@dataclass(frozen=True)
class Member:
    """One of the agency's people in the program."""

    id: str
    name: str
    site: str
    role: Role  # enrolled as
    archived: bool
    manager: str  # a name, "employee of the client", or ""
    contract_end: dt.date | None
    pairs: tuple[PairRow, ...]

    def open_pair(self) -> PairRow | None:
        """The active pair, else the proposed one (as of the date)."""
        for status in (PairStatus.ACTIVE, PairStatus.PROPOSED):
            for row in self.pairs:
                if row.pair.status is status:
                    return row
        return None


@dataclass(frozen=True)
class StageRow:
    stage: Stage
    due: dt.date | None
    is_due: bool
    ours: Rate  # the agency's people
    theirs: Rate  # their partners


@dataclass(frozen=True)
class Split:
    """One questionnaire statement (or a level's reaction), the agency's people and partners apart."""

    text: str
    ours: Mean
    theirs: Mean


@dataclass
class AgencyFacts:
    organisation: Organisation
    program: Program
    agency: str
    site: str | None  # None: every client site
    as_of: dt.date
    anonymous: bool
    members: list[Member]
    pairs: dict[str, Pair] = field(default_factory=dict)  # every pair of theirs, as of the date
    stages: list[StageRow] = field(default_factory=list)
    reaction: list[tuple[StageRow, Split]] = field(default_factory=list)  # midpoint and final
    learning_stage: Stage | None = None
    topics: list[TopicChange] = field(default_factory=list)
    learners: int = 0  # mentees rated at both stages
    learning: Mean = field(default_factory=lambda: Mean(None, 0))
    items_stage: Stage | None = None
    behaviour: list[Split] = field(default_factory=list)
    results: list[Split] = field(default_factory=list)
    scale: int = 5

    @property
    def sites(self) -> list[str]:
        return sorted({m.site for m in self.members}, key=str.casefold)

    @property
    def rows(self) -> list[PairRow]:
        """Each pair once (two of the agency's people in one pair count it once)."""
        seen: dict[str, PairRow] = {}
        for m in self.members:
            for row in m.pairs:
                seen.setdefault(row.pair.id, row)
        return list(seen.values())

    def shown(self, mean: Mean, digits: int = 1) -> str:
        """A mean as printed: with others anonymous, none of fewer than three answers."""
        if mean.value is None:
            return i18n.translate("AgencyReport", "no answer yet")
        if self.anonymous and mean.n < FEWEST:
            return i18n.translate("AgencyReport", "not shown (fewer than {count} answered)").format(
                count=FEWEST
            )
        return f"{num(mean.value, digits)} (n = {num(mean.n)})"


class Redactor:
    """Takes the names, email addresses and employee numbers of everyone but the agency's people
    out of free text (whole words, any case, the longest first; a first name alone too), leaving
    the agency's own names as written. Built on first use: most reasons are the standard ones."""

    def __init__(self, others: Iterable[tuple[str, str, str]], ours: Iterable[str]):
        self.others, self.ours = list(others), list(ours)
        self.patterns: tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None = None

    @staticmethod
    def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
        ordered = sorted(set(words), key=len, reverse=True)
        body = "|".join(map(re.escape, ordered))
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if ordered else None

    def __call__(self, text: str) -> str:
        text = clean(text)
        if not text.strip():
            return text
        if self.patterns is None:
            words: list[str] = []
            for name, email, number in self.others:
                words += [t for t in (" ".join(v.split()) for v in (name, email, number)) if len(t) >= 2]
                words += [w for w in re.split(r"[\s,.;:()]+", name) if len(w) >= 2]
            ours = [" ".join(n.split()) for n in self.ours if len(n.strip()) >= 2]
            self.patterns = (self._pattern(ours), self._pattern(words))
        ours_pattern, others_pattern = self.patterns
        if others_pattern is None:
            return text
        kept: list[str] = []

        def keep(match: re.Match[str]) -> str:  # a NUL never survives clean(): a safe marker
            kept.append(match.group(0))
            return f"\x00{len(kept) - 1}\x00"

        if ours_pattern is not None:
            text = ours_pattern.sub(keep, text)
        other = an_other()
        text = others_pattern.sub(lambda _: other, text)
        return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)


def _status(pair: Pair, reason: str) -> str:
    if pair.status is PairStatus.PROPOSED:
        return i18n.translate("AgencyReport", "Proposed, not started")
    if pair.status is PairStatus.ACTIVE:
        if pair.started_on:
            return i18n.translate("AgencyReport", "Active since {date}").format(date=day(pair.started_on))
        return i18n.translate("AgencyReport", "Active")
    return ended_text(pair, reason)


def agency_facts(
    doc: Document,
    program: Program,
    agency: str,
    *,
    client_site: str | None = None,
    as_of: dt.date | None = None,
    others_anonymous: bool = False,
) -> AgencyFacts:
    """What the report states, read in a few queries; refuses an agency (or site) the program
    does not have, naming those it has."""
    agency, site = choose(doc, program, agency, client_site)
    as_of = as_of or dt.date.today()
    day = as_of.isoformat()
    roles = dict(
        doc.conn.execute("SELECT participant_id, role FROM enrolments WHERE program_id = ?", [program.id])
    )
    people = {
        p.id: p
        for p in doc.all(
            Participant,
            "agency = ?" + (" AND client_site = ?" if site is not None else ""),
            [agency] + ([site] if site is not None else []),
        )
        if p.id in roles
    }
    everyone = {
        pid: (name, agency_of, email, number)
        for pid, name, agency_of, email, number in doc.conn.execute(
            "SELECT id, name, agency, email, employee_no FROM participants"
        )
    }
    named = {pid for pid, row in everyone.items() if row[1] == agency}  # the agency's people, any site

    def shown(pid: str | None) -> str:
        if not pid or pid not in everyone:
            return ""
        return everyone[pid][0] if not others_anonymous or pid in named else OTHERS

    redact: Callable[[str], str] = lambda text: text  # noqa: E731
    if others_anonymous:
        redact = Redactor(
            ((r[0], r[2], r[3]) for pid, r in everyone.items() if pid not in named),
            (everyone[pid][0] for pid in named),
        )
    pairs = {
        p.id: pair_on(p, as_of)
        for p in doc.shared(Pair)
        if p.program_id == program.id and (p.mentor_id in people or p.mentee_id in people)
    }
    met: dict[str, tuple[int, str | None]] = {
        pair_id: (count, last)
        for pair_id, count, last in doc.conn.execute(
            "SELECT m.pair_id, count(*), max(m.date) FROM meetings m JOIN pairs p ON p.id = m.pair_id "
            "WHERE p.program_id = ? AND (m.date IS NULL OR m.date <= ?) GROUP BY m.pair_id",
            [program.id, day],
        )
        if pair_id in pairs
    }
    goals: dict[str, tuple[int, int, int]] = {
        pair_id: (total, done or 0, late or 0)
        for pair_id, total, done, late in doc.conn.execute(
            "SELECT g.pair_id, count(*), sum(g.status = 'done'), "
            "sum(g.target_date < ? AND g.status NOT IN ('done', 'not_achieved')) "
            "FROM goals g JOIN pairs p ON p.id = g.pair_id WHERE p.program_id = ? GROUP BY g.pair_id",
            [day, program.id],
        )
        if pair_id in pairs
    }
    found = {k: v for k, v in check_ins(doc, program, as_of).items() if k[0] in pairs}
    due = stage_dates(program)
    due_now = [s for s in Stage if due.get(s) is None or due[s] <= as_of]

    members = []
    for person in sorted(people.values(), key=lambda p: (p.client_site.casefold(), p.name.casefold(), p.id)):
        rows = []
        mine = sorted(
            (p for p in pairs.values() if person.id in (p.mentor_id, p.mentee_id)),
            key=lambda p: (p.status is PairStatus.PROPOSED, p.started_on or dt.date.max, p.id),
        )
        for pair in mine:
            role = Role.MENTOR if pair.mentor_id == person.id else Role.MENTEE
            count, last = met.get(pair.id, (0, None))
            last_met = dt.date.fromisoformat(last) if last else None
            health = (
                pair_health(program, pair, last_met, as_of)[0] if pair.status is PairStatus.ACTIVE else None
            )
            reason = pair.end_reason.strip()
            if others_anonymous and reason and reason not in (*END_REASONS, COMPLETED_AT_CLOSE):
                reason = redact(reason)
            total, done, late = goals.get(pair.id, (0, 0, 0))
            side = SIDE[role]
            answered = {s for s in Stage if (pair.id, s, side) in found}
            wanted = {s for s in due_now if asked(pair, due.get(s), as_of)} | answered
            rows.append(
                PairRow(
                    pair=pair,
                    role=role,
                    partner=shown(pair.mentee_id if role is Role.MENTOR else pair.mentor_id),
                    status=_status(pair, reason),
                    reason=reason,
                    health=health,
                    last_met=last_met,
                    meetings=count,
                    expected=expected_meetings(program, pair, as_of),
                    goals=total,
                    goals_done=done,
                    goals_late=late,
                    asked=len(wanted) if pair.status is not PairStatus.PROPOSED else len(answered),
                    answered=len(answered),
                )
            )
        members.append(
            Member(
                id=person.id,
                name=person.name,
                site=person.client_site,
                role=Role(roles[person.id]),
                archived=person.archived,
                manager=shown(person.manager_id),
                contract_end=person.contract_end,
                pairs=tuple(rows),
            )
        )
    facts = AgencyFacts(
        organisation=doc.organisation(),
        program=program,
        agency=agency,
        site=site,
        as_of=as_of,
        anonymous=others_anonymous,
        members=members,
        pairs=pairs,
    )
    _evaluations(facts, set(people), found)
    return facts


def _evaluations(f: AgencyFacts, ours: set[str], found: CheckIns) -> None:
    """Check-ins by stage and Kirkpatrick level, the agency's people and their partners apart."""
    program, as_of = f.program, f.as_of
    questionnaire = Questionnaire.of(program.settings)
    f.scale = questionnaire.scale
    reaction = [q.key for q in questionnaire.items if q.level == KIRKPATRICK_LEVELS[0]]
    due = stage_dates(program)
    sides: dict[tuple[str, Respondent], bool] = {}  # (pair, side): is it one of the agency's people
    for pair in f.pairs.values():
        sides[(pair.id, Respondent.MENTOR)] = pair.mentor_id in ours
        sides[(pair.id, Respondent.MENTEE)] = pair.mentee_id in ours
    for stage in Stage:
        when_due = due.get(stage)
        running = [p.id for p in f.pairs.values() if asked(p, when_due, as_of)]
        counts = {True: [0, 0], False: [0, 0]}  # ours / theirs: answered, asked
        for (pair_id, side), mine in sides.items():
            answered = (pair_id, stage, side) in found
            if answered or pair_id in running:
                counts[mine][1] += 1
                counts[mine][0] += answered
        row = StageRow(
            stage,
            when_due,
            when_due is None or when_due <= as_of,
            Rate(*counts[True]),
            Rate(*counts[False]),
        )
        f.stages.append(row)
        if stage in LATER:
            values: dict[bool, list[float]] = {True: [], False: []}
            for (pair_id, side), mine in sides.items():
                answer = found.get((pair_id, stage, side))
                value = person_reaction(answer.answers, reaction) if answer else None
                if value is not None:
                    values[mine].append(value)
            if values[True] or values[False]:
                f.reaction.append((row, Split(stage.label, mean_of(values[True]), mean_of(values[False]))))

    # Learning: the same mentees (of these pairs) at the baseline and at the latest stage reached.
    later = [
        s
        for s in (Stage.FINAL, Stage.MIDPOINT)
        if any(k[1] is s and k[2] is Respondent.MENTEE and v.confidence for k, v in found.items())
    ]
    f.learning_stage = later[0] if later else None
    if f.learning_stage is not None:
        by_topic: dict[str, list[tuple[int, int]]] = {}
        every: list[float] = []
        for pair_id in f.pairs:
            before = found.get((pair_id, Stage.BASELINE, Respondent.MENTEE))
            after = found.get((pair_id, f.learning_stage, Respondent.MENTEE))
            if before is None or after is None:
                continue
            both = [t for t in before.confidence if t in after.confidence]
            f.learners += bool(both)
            for topic in both:
                by_topic.setdefault(topic, []).append((before.confidence[topic], after.confidence[topic]))
                every.append(after.confidence[topic] - before.confidence[topic])
        order = [t for t in program.topics if t in by_topic] + sorted(
            t for t in by_topic if t not in program.topics
        )
        f.topics = [
            TopicChange(
                t,
                len(by_topic[t]),
                sum(b for b, _ in by_topic[t]) / len(by_topic[t]),
                sum(a for _, a in by_topic[t]) / len(by_topic[t]),
            )
            for t in order
        ]
        f.learning = mean_of(every)

    # Behaviour and results statements at the latest stage anyone in these pairs answered.
    latest = [s for s in (Stage.FINAL, Stage.MIDPOINT) if any(k[1] is s for k in found)]
    f.items_stage = latest[0] if latest else None
    if f.items_stage is None:
        return
    for item in questionnaire.items:
        if item.level not in KIRKPATRICK_LEVELS[2:]:
            continue
        values = {True: [], False: []}
        for (pair_id, stage, side), answer in found.items():
            if stage is f.items_stage and side in SIDES and item.key in answer.answers:
                values[sides[(pair_id, side)]].append(answer.answers[item.key])
        split = Split(item.text, mean_of(values[True]), mean_of(values[False]))
        (f.behaviour if item.level == "behaviour" else f.results).append(split)
