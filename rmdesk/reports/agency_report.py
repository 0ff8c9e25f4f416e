"""The agency report: one agency's people in a program (or those at one client site), as of a date.

For an outsourcing manager: who each of the agency's people is paired with and how the pair
stands (an early end with its date and reason), meetings held against the cadence, goals done
and late, the check-ins by Kirkpatrick level with how many answered of how many were asked, and
the contracts that end before the program does or within 30, 60 and 90 days of the as-of date.
The facts and their definitions are in :mod:`rmdesk.reports.agency_facts`.

With ``others_anonymous`` the report names only the agency's people, leaves out means of fewer
than three answers, and says in its footer that it is for the agency and the client. It is written in
the file's language (File > Organisation), whoever writes it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from rmdesk.domain import i18n
from rmdesk.domain.entities import PairStatus, Program, Role, Stage
from rmdesk.domain.health import Health, when
from rmdesk.domain.words import plural
from rmdesk.reports.agency_facts import (
    FEWEST,
    OTHERS,
    AgencyFacts,
    Member,
    PairRow,
    agency_facts,
    an_other,
    others,
)
from rmdesk.reports.charts import bars
from rmdesk.reports.layout import (
    MUTED,
    WARN,
    NumberedCanvas,
    Report,
    Written,
    day,
    grid,
    heading,
    markup,
    num,
    para,
    pct,
    point,
    rate,
    short,
    signed,
    styles,
    table,
    write,
)
from rmdesk.store.agencies import WINDOWS
from rmdesk.store.dashboard import Mean, Rate
from rmdesk.store.document import Document

Progress = Callable[[int], None]  # percent; may raise to cancel
LONGEST = 15  # active pairs off rhythm listed by name; the table of people has them all


# -- the pages


def _pct(part: int, whole: int) -> str:
    return pct(part / whole) if whole else "–"


@dataclass(frozen=True)
class Counts:
    """The headline counts, each with what it is counted over."""

    people: int
    mentors: int
    mentees: int
    left: int  # archived
    in_active: int  # people in an active pair on the as-of date
    proposed_only: int
    ended_only: int  # people whose every pair has finished
    unpaired: int  # never in a pair of this program
    pairs: int
    started: int
    active: int
    completed: int
    ended_early: int
    reasons: list[tuple[str, int]]
    on_rhythm: int
    meetings: int  # held by started pairs
    expected: int
    goals: int
    goals_done: int
    goals_late: int
    asked: int  # check-ins asked of the agency's people, stages due
    answered: int
    with_contract: int
    before_end: int  # contracts ending before the program ends
    ended: int  # contracts already ended on the as-of date
    within: dict[int, int]  # contracts ending 0..N days after the as-of date
    leaving_active: int  # contract ends before the program, pair still active


def counts(f: AgencyFacts) -> Counts:
    members, rows = f.members, f.rows
    started = [r for r in rows if r.pair.status is not PairStatus.PROPOSED]
    statuses = Counter(r.pair.status for r in rows)
    active_people = proposed_people = ended_people = 0
    for m in members:
        states = {r.pair.status for r in m.pairs}
        if PairStatus.ACTIVE in states:
            active_people += 1
        elif PairStatus.PROPOSED in states:
            proposed_people += 1
        elif states:
            ended_people += 1
    end = f.program.end_date
    ending = [m for m in members if m.contract_end is not None]
    left = {m.id: (m.contract_end - f.as_of).days for m in ending if m.contract_end}
    before = [m for m in ending if end and m.contract_end and m.contract_end < end]
    due = [s for s in f.stages if s.is_due]
    reasons = Counter(
        (r.reason or i18n.translate("AgencyReport", "no reason recorded"))
        for r in rows
        if r.pair.status is PairStatus.ENDED_EARLY
    )
    return Counts(
        people=len(members),
        mentors=sum(m.role is Role.MENTOR for m in members),
        mentees=sum(m.role is Role.MENTEE for m in members),
        left=sum(m.archived for m in members),
        in_active=active_people,
        proposed_only=proposed_people,
        ended_only=ended_people,
        unpaired=sum(not m.pairs for m in members),
        pairs=len(rows),
        started=len(started),
        active=statuses[PairStatus.ACTIVE],
        completed=statuses[PairStatus.COMPLETED],
        ended_early=statuses[PairStatus.ENDED_EARLY],
        reasons=sorted(reasons.items(), key=lambda item: (-item[1], item[0])),
        on_rhythm=sum(r.health is Health.ON_TRACK for r in rows),
        meetings=sum(r.meetings for r in started),
        expected=sum(r.expected for r in started),
        goals=sum(r.goals for r in rows),
        goals_done=sum(r.goals_done for r in rows),
        goals_late=sum(r.goals_late for r in rows),
        asked=sum(s.ours.asked for s in due),
        answered=sum(s.ours.answered for s in due),
        with_contract=len(ending),
        before_end=len(before),
        ended=sum(days < 0 for days in left.values()),
        within={w: sum(0 <= days <= w for days in left.values()) for w in WINDOWS},
        leaving_active=sum(
            1 for m in before if (row := m.open_pair()) is not None and row.pair.status is PairStatus.ACTIVE
        ),
    )


def _who(f: AgencyFacts) -> str:
    name = short(f.agency)
    if f.site is None:
        return name
    site = short(f.site) or i18n.translate("AgencyReport", "no recorded site")
    return i18n.translate("AgencyReport", "{agency} at {site}").format(agency=name, site=site)


def _roles(c: Counts) -> str:
    parts = [plural(c.mentors, "reverse mentor")] if c.mentors else []
    parts += [plural(c.mentees, "mentee")] if c.mentees else []
    return ", ".join(parts) or i18n.translate("AgencyReport", "no role")


def _in_short(f: AgencyFacts, c: Counts) -> list[str]:
    sites = len(f.sites)
    where = (
        i18n.translate("AgencyReport", " at {sites}").format(sites=plural(sites, "client site"))
        if f.site is None and sites > 1
        else ""
    )
    left = (
        i18n.translate("AgencyReport", "; {count} of them have left (archived)").format(count=num(c.left))
        if c.left
        else ""
    )
    take_part = (
        i18n.translate("AgencyReport", "{people} from {who} takes part in {program} ({roles}){where}{left}.")
        if c.people == 1
        else i18n.translate(
            "AgencyReport", "{people} from {who} take part in {program} ({roles}){where}{left}."
        )
    )
    out = [
        take_part.format(
            people=plural(c.people, "person", "people"),
            who=_who(f),
            program=short(f.program.name),
            roles=_roles(c),
            where=where,
            left=left,
        )
    ]
    paired = [
        (
            i18n.translate("AgencyReport", "On {date}, {share} is in an active pair")
            if c.in_active == 1
            else i18n.translate("AgencyReport", "On {date}, {share} are in an active pair")
        ).format(date=day(f.as_of), share=rate(c.in_active, c.people))
    ]
    if c.proposed_only:
        paired.append(
            (
                i18n.translate("AgencyReport", "{count} is in a proposed pair only")
                if c.proposed_only == 1
                else i18n.translate("AgencyReport", "{count} are in a proposed pair only")
            ).format(count=num(c.proposed_only))
        )
    if c.ended_only:
        paired.append(
            (
                i18n.translate("AgencyReport", "{count} has a pair that has finished")
                if c.ended_only == 1
                else i18n.translate("AgencyReport", "{count} have a pair that has finished")
            ).format(count=num(c.ended_only))
        )
    if c.unpaired:
        paired.append(
            (
                i18n.translate("AgencyReport", "{count} is not paired")
                if c.unpaired == 1
                else i18n.translate("AgencyReport", "{count} are not paired")
            ).format(count=num(c.unpaired))
        )
    out.append("; ".join(paired) + ".")
    if c.ended_early:
        why = "; ".join(f"“{short(r, 120)}” ({num(n)})" for r, n in c.reasons[:4])
        out.append(
            i18n.translate("AgencyReport", "{pairs} ended early: {reasons}.").format(
                pairs=plural(c.ended_early, "pair"), reasons=why
            )
        )
    if c.started:
        held = i18n.translate(
            "AgencyReport", "Their {pairs} held {held} of about {expected} expected meetings ({share})."
        ).format(
            pairs=plural(c.started, "started pair"),
            held=num(c.meetings),
            expected=num(c.expected),
            share=_pct(c.meetings, c.expected),
        )
        if c.active:
            held += " " + i18n.translate("AgencyReport", "{count} of {active} meet on rhythm.").format(
                count=num(c.on_rhythm), active=plural(c.active, "active pair")
            )
        out.append(held)
    if c.asked:
        out.append(
            i18n.translate(
                "AgencyReport", "They answered {share} of the check-ins asked of them so far."
            ).format(share=rate(c.answered, c.asked))
        )
    if c.before_end:
        still = (
            (
                i18n.translate("AgencyReport", "; {count} of them is still in an active pair")
                if c.leaving_active == 1
                else i18n.translate("AgencyReport", "; {count} of them are still in an active pair")
            ).format(count=num(c.leaving_active))
            if c.leaving_active
            else ""
        )
        end = (
            i18n.translate("AgencyReport", "{contracts} ends before the program ends on {date}{still}.")
            if c.before_end == 1
            else i18n.translate("AgencyReport", "{contracts} end before the program ends on {date}{still}.")
        )
        out.append(
            end.format(
                contracts=plural(c.before_end, "contract"),
                date=day(f.program.end_date) if f.program.end_date else "None",
                still=still,
            )
        )
    return out


def _key_figures(f: AgencyFacts, c: Counts, width: float) -> Flowable:
    rows: list[list[object]] = [
        [
            i18n.translate("AgencyReport", "Measure"),
            i18n.translate("AgencyReport", "Result"),
            i18n.translate("AgencyReport", "Based on"),
        ]
    ]
    left = (
        i18n.translate("AgencyReport", "; {count} left (archived)").format(count=num(c.left))
        if c.left
        else ""
    )
    rows.append(
        [
            i18n.translate("AgencyReport", "People"),
            _roles(c) + left,
            i18n.translate("AgencyReport", "enrolled in the program"),
        ]
    )
    proposed_only = (
        i18n.translate("AgencyReport", "; {count} proposed only").format(count=num(c.proposed_only))
        if c.proposed_only
        else ""
    )
    rows.append(
        [
            i18n.translate("AgencyReport", "Paired"),
            i18n.translate("AgencyReport", "{share} in an active pair").format(
                share=rate(c.in_active, c.people)
            )
            + proposed_only,
            plural(c.people, "person", "people"),
        ]
    )
    if c.pairs:
        parts = [
            i18n.translate("AgencyReport", "{count} active").format(count=num(c.active)),
            i18n.translate("AgencyReport", "{count} completed").format(count=num(c.completed)),
            i18n.translate("AgencyReport", "{count} ended early").format(count=num(c.ended_early)),
        ]
        proposed = c.pairs - c.started
        if proposed:
            parts.append(i18n.translate("AgencyReport", "{count} proposed").format(count=num(proposed)))
        rows.append([i18n.translate("AgencyReport", "Pairs"), ", ".join(parts), plural(c.pairs, "pair")])
    if c.started:
        rhythm = (
            i18n.translate("AgencyReport", "; {count} of {active} active pairs on rhythm").format(
                count=num(c.on_rhythm), active=num(c.active)
            )
            if c.active
            else ""
        )
        rows.append(
            [
                i18n.translate("AgencyReport", "Meetings"),
                i18n.translate("AgencyReport", "{held} held of about {expected} expected ({share})").format(
                    held=num(c.meetings), expected=num(c.expected), share=_pct(c.meetings, c.expected)
                )
                + rhythm,
                i18n.translate("AgencyReport", "{pairs}, one meeting every {days} days").format(
                    pairs=plural(c.started, "started pair"), days=num(f.program.cadence_days)
                ),
            ]
        )
    if c.goals:
        goals = i18n.translate("AgencyReport", "{done} of {goals} done ({share})").format(
            done=num(c.goals_done), goals=plural(c.goals, "goal"), share=_pct(c.goals_done, c.goals)
        )
        if c.goals_late:
            goals += i18n.translate("AgencyReport", "; {count} past the target date").format(
                count=num(c.goals_late)
            )
    else:
        goals = i18n.translate("AgencyReport", "none agreed yet")
    rows.append(
        [
            i18n.translate("AgencyReport", "Goals"),
            goals,
            i18n.translate("AgencyReport", "goals as recorded"),
        ]
    )
    rows.append(
        [
            i18n.translate("AgencyReport", "Check-ins"),
            i18n.translate("AgencyReport", "{share} answered").format(share=rate(c.answered, c.asked))
            if c.asked
            else i18n.translate("AgencyReport", "none asked yet"),
            i18n.translate("AgencyReport", "the agency's people, stages due"),
        ]
    )
    end = f.program.end_date
    contracts = i18n.translate(
        "AgencyReport", "{count} end before the program ends ({date}); {windows}"
    ).format(
        count=num(c.before_end),
        date=day(end) if end else i18n.translate("AgencyReport", "no end date"),
        windows=_windows(c),
    )
    if c.ended:
        contracts += i18n.translate("AgencyReport", "; {count} ended already").format(count=num(c.ended))
    rows.append(
        [
            i18n.translate("AgencyReport", "Contracts"),
            contracts,
            i18n.translate("AgencyReport", "{count} of {people} with an end date").format(
                count=num(c.with_contract), people=plural(c.people, "person", "people")
            ),
        ]
    )
    return table(rows, [width * 0.15, width * 0.55, width * 0.3])


def _windows(c: Counts) -> str:
    """How many contracts end within 30, 60 and 90 days."""
    within = i18n.translate("AgencyReport", "{count} within {days} days")
    return ", ".join(within.format(count=num(c.within[w]), days=w) for w in WINDOWS)


def _no_site() -> str:
    return i18n.translate("AgencyReport", "(no site recorded)")


def _sites(f: AgencyFacts, width: float) -> list[Flowable]:
    out: list[Flowable] = heading(i18n.translate("AgencyReport", "By client site"), room=30 * mm)
    rows: list[list[object]] = [
        [
            i18n.translate("AgencyReport", "Client site"),
            i18n.translate("AgencyReport", "People"),
            i18n.translate("AgencyReport", "In an active pair"),
            i18n.translate("AgencyReport", "Meetings held / expected"),
            i18n.translate("AgencyReport", "On rhythm"),
            i18n.translate("AgencyReport", "Contracts ending early"),
        ]
    ]
    end = f.program.end_date
    of = i18n.translate("AgencyReport", "{count} of {active}")
    for site in f.sites:
        people = [m for m in f.members if m.site == site]
        pairs: dict[str, PairRow] = {}
        for m in people:
            for r in m.pairs:
                pairs.setdefault(r.pair.id, r)
        started = [r for r in pairs.values() if r.pair.status is not PairStatus.PROPOSED]
        active = [r for r in started if r.pair.status is PairStatus.ACTIVE]
        rows.append(
            [
                site or _no_site(),
                num(len(people)),
                num(sum(any(r.pair.status is PairStatus.ACTIVE for r in m.pairs) for m in people)),
                f"{num(sum(r.meetings for r in started))} / {num(sum(r.expected for r in started))}",
                of.format(
                    count=num(sum(r.health is Health.ON_TRACK for r in active)), active=num(len(active))
                ),
                num(sum(bool(end and m.contract_end and m.contract_end < end) for m in people)),
            ]
        )
    out.append(table(rows, [width * w for w in (0.3, 0.1, 0.15, 0.17, 0.12, 0.16)]))
    out.append(
        para(
            i18n.translate(
                "AgencyReport",
                "In an active pair: on the as-of date. On rhythm: active pairs that met within the last "
                "{days} days. Contracts ending early: before the program ends.",
            ).format(days=num(f.program.cadence_days + f.program.grace_days)),
            "small",
        )
    )
    return out


def _name_cell(m: Member, level: int, role: bool) -> Paragraph:
    """The person's name (in the outline too) and, smaller below it, their role when the table
    mixes roles, whether they left, and their manager."""
    cell = styles()["cell"]
    body = markup(m.name, cell.fontName)
    extra = [m.role.label] if role else []
    if m.archived:
        extra.append(i18n.translate("AgencyReport", "left (archived)"))
    if m.manager and m.manager != OTHERS:  # "manager: employee of the client" would say nothing
        extra.append(i18n.translate("AgencyReport", "manager: {name}").format(name=m.manager))
    if extra:
        body += (
            f'<br/><font size="7.5" color="#{MUTED.hexval()[2:]}">'
            + markup("; ".join(extra), cell.fontName)
            + "</font>"
        )
    made = Paragraph(body.replace("\n", " "), cell)
    made.outline = (m.name, level)
    return made


def _partner(partner: str) -> str:
    """A partner in a table: a name, or how the report's language names someone not named."""
    return others() if partner == OTHERS else partner or "?"


def _people(f: AgencyFacts, width: float) -> list[Flowable]:
    out: list[Flowable] = heading(i18n.translate("AgencyReport", "People and their pairs"), room=40 * mm)
    roles = {m.role for m in f.members}
    mixed = len(roles) > 1
    note = [i18n.translate("AgencyReport", "As of {date}.").format(date=day(f.as_of))]
    if not mixed:
        note.append(
            i18n.translate("AgencyReport", "All of them are reverse mentors.")
            if Role.MENTOR in roles
            else i18n.translate("AgencyReport", "All of them are mentees.")
        )
    note.append(
        i18n.translate(
            "AgencyReport",
            "Pair: how it stood that day, or when and why it ended. Meetings: held / about expected, and an "
            "active pair's rhythm. Goals: done / agreed, and how many are past their target date without an "
            "outcome. Check-ins: the person's own answers / the check-ins asked of them for that pair.",
        )
    )
    if f.anonymous:
        note.append(
            i18n.translate("AgencyReport", "Everyone not from {agency} is shown as “{others}”.").format(
                agency=short(f.agency), others=others()
            )
        )
    out.append(para(" ".join(note), "small"))
    sites = f.sites
    by_site = f.site is None and len(sites) > 1
    head: list[object] = [
        i18n.translate("AgencyReport", "Name"),
        i18n.translate("AgencyReport", "Paired with"),
        i18n.translate("AgencyReport", "Pair"),
        i18n.translate("AgencyReport", "Meetings"),
        i18n.translate("AgencyReport", "Goals"),
        i18n.translate("AgencyReport", "Check-ins"),
    ]
    widths = [width * w for w in (0.21, 0.165, 0.24, 0.15, 0.115, 0.12)]
    late = i18n.translate("AgencyReport", ", {count} late")
    for site in sites if by_site else [None]:
        people = [m for m in f.members if site is None or m.site == site]
        if by_site:
            out += heading(site or _no_site(), 2, room=25 * mm)
        rows: list[list[object]] = [head]
        for m in people:
            name = _name_cell(m, 2 if by_site else 1, mixed)
            if not m.pairs:
                rows.append([name, "–", i18n.translate("AgencyReport", "Not paired"), "–", "–", "–"])
                continue
            for number, r in enumerate(m.pairs):
                met = (
                    f"{num(r.meetings)} / {num(r.expected)}"
                    if r.pair.status is not PairStatus.PROPOSED
                    else num(r.meetings)
                )
                rows.append(
                    [
                        name if number == 0 else short(m.name),
                        _partner(r.partner),
                        r.status,
                        met + (f", {r.health.label.lower()}" if r.health else ""),
                        f"{num(r.goals_done)}/{num(r.goals)}"
                        + (late.format(count=num(r.goals_late)) if r.goals_late else ""),
                        f"{num(r.answered)} / {num(r.asked)}",
                    ]
                )
        out.append(table(rows, widths))
    return out


def _meetings(f: AgencyFacts, c: Counts, width: float) -> list[Flowable]:
    out: list[Flowable] = heading(
        i18n.translate("AgencyReport", "Meetings against the cadence"), room=40 * mm
    )
    if not c.started:
        return [
            *out,
            para(
                i18n.translate(
                    "AgencyReport", "None of their pairs has started, so no meeting is expected yet."
                )
            ),
        ]
    program = f.program
    text = i18n.translate(
        "AgencyReport",
        "{held} meetings held of about {expected} expected ({share}) over {pairs}, counting one "
        "within {grace} days of each pair's start and then one every {cadence} days, up to {date} or the "
        "pair's end.",
    ).format(
        held=num(c.meetings),
        expected=num(c.expected),
        share=_pct(c.meetings, c.expected),
        pairs=plural(c.started, "started pair"),
        grace=num(program.grace_days),
        cadence=num(program.cadence_days),
        date=day(f.as_of),
    )
    if c.active:
        text += " " + i18n.translate(
            "AgencyReport",
            "{count} of {active} are on rhythm ({share}): they met within the last {days} days.",
        ).format(
            count=num(c.on_rhythm),
            active=plural(c.active, "active pair"),
            share=_pct(c.on_rhythm, c.active),
            days=num(program.cadence_days + program.grace_days),
        )
    else:
        text += " " + i18n.translate("AgencyReport", "None of their pairs is active.")
    out.append(para(text))
    rows = f.rows
    health = Counter(r.health for r in rows if r.health is not None)
    buckets: Counter[str] = Counter()
    for r in rows:
        if r.pair.status is not PairStatus.PROPOSED:
            n = r.meetings
            buckets["0" if n == 0 else "1-2" if n <= 2 else "3-4" if n <= 4 else "5+"] += 1
    names = {"5+": i18n.translate("AgencyReport", "5 or more")}
    half = (width - 8 * mm) / 2
    pairs = i18n.translate("AgencyReport", "Pairs")
    out.append(
        grid(
            [
                [
                    bars(
                        i18n.translate("AgencyReport", "Active pairs by rhythm"),
                        [(h.label, [float(health[h])]) for h in Health if health[h]],
                        [pairs],
                        width=half,
                        number="%d",
                        empty=i18n.translate("AgencyReport", "No active pair."),
                    ),
                    bars(
                        i18n.translate("AgencyReport", "Started pairs by meetings held"),
                        [
                            (names.get(k, k), [float(buckets[k])])
                            for k in ("0", "1-2", "3-4", "5+")
                            if buckets[k]
                        ],
                        [pairs],
                        width=half,
                        number="%d",
                    ),
                ]
            ],
            [half + 4 * mm, half + 4 * mm],
        )
    )
    behind = [
        (m, r) for m in f.members for r in m.pairs if r.health is not None and r.health is not Health.ON_TRACK
    ]
    if behind:
        behind.sort(key=lambda item: (_since(item[1], f) or dt.date.max, item[0].name.casefold()))
        top = behind[:LONGEST]
        out += heading(
            i18n.translate("AgencyReport", "The {count} active pairs longest without a meeting").format(
                count=num(len(top))
            )
            if len(behind) > len(top)
            else i18n.translate("AgencyReport", "Active pairs not meeting on rhythm"),
            2,
            room=20 * mm,
        )
        table_rows: list[list[object]] = [
            [
                i18n.translate("AgencyReport", "Name"),
                i18n.translate("AgencyReport", "Paired with"),
                i18n.translate("AgencyReport", "Rhythm"),
                i18n.translate("AgencyReport", "Last met"),
                i18n.translate("AgencyReport", "Since"),
            ]
        ]
        for m, r in top:
            since = _since(r, f)
            table_rows.append(
                [
                    short(m.name),
                    short(_partner(r.partner)),
                    r.health.label if r.health else "",
                    day(r.last_met) if r.last_met else i18n.translate("AgencyReport", "never"),
                    plural((f.as_of - since).days, "day") if since else "–",
                ]
            )
        out.append(table(table_rows, [width * w for w in (0.3, 0.28, 0.14, 0.14, 0.14)]))
        if len(behind) > len(top):
            out.append(
                para(
                    i18n.translate(
                        "AgencyReport",
                        "… and {count} more of the {total} active pairs not on rhythm: "
                        "each person's rhythm is in the table of people above.",
                    ).format(count=num(len(behind) - len(top)), total=num(len(behind))),
                    "small",
                )
            )
    return out


def _since(row: PairRow, f: AgencyFacts) -> dt.date | None:
    """The day a pair's rhythm is counted from: its last meeting, or its start."""
    return row.last_met or row.pair.started_on or f.program.start_date


def _rate_mean(f: AgencyFacts, mean: Mean, asked: Rate) -> str:
    if mean.value is None:
        if asked.asked:
            return i18n.translate("AgencyReport", "no answer yet ({count} asked)").format(
                count=num(asked.asked)
            )
        return i18n.translate("AgencyReport", "no answer yet")
    answered = rate(asked.answered, asked.asked)
    if f.anonymous and mean.n < FEWEST:
        return i18n.translate("AgencyReport", "not shown, fewer than {count} answers · {answered}").format(
            count=FEWEST, answered=answered
        )
    return f"{num(mean.value, 2)} · {answered}"


def _levels(f: AgencyFacts, c: Counts, width: float) -> list[Flowable]:
    out: list[Flowable] = heading(
        i18n.translate("AgencyReport", "Check-ins by Kirkpatrick level"), room=50 * mm
    )
    if not c.started:
        return [
            *out,
            para(
                i18n.translate(
                    "AgencyReport",
                    "None of their pairs has started, so nothing is measured yet: reaction, learning, "
                    "behaviour and results are measured once pairs meet and answer their check-ins.",
                )
            ),
        ]
    note = i18n.translate(
        "AgencyReport",
        "The agency's people ({agency}) and their partners apart. A check-in is asked of both sides of every "
        "pair that had started and was still running when it fell due; answers dated after {date} are not "
        "counted.",
    ).format(agency=short(f.agency), date=day(f.as_of))
    if f.anonymous:
        note += " " + i18n.translate(
            "AgencyReport", "Means of fewer than {count} answers are not shown."
        ).format(count=FEWEST)
    out.append(para(note, "small"))
    rows: list[list[object]] = [
        [
            i18n.translate("AgencyReport", "Check-in"),
            i18n.translate("AgencyReport", "Due"),
            i18n.translate("AgencyReport", "The agency's people answered"),
            i18n.translate("AgencyReport", "Their partners answered"),
        ]
    ]
    for s in f.stages:
        due = (
            (
                day(s.due)
                if s.is_due
                else i18n.translate("AgencyReport", "{date} (not yet due)").format(date=day(s.due))
            )
            if s.due
            else "–"
        )
        rows.append(
            [s.stage.label, due, rate(s.ours.answered, s.ours.asked), rate(s.theirs.answered, s.theirs.asked)]
        )
    out.append(table(rows, [width * 0.18, width * 0.24, width * 0.29, width * 0.29]))

    out += heading(
        i18n.translate("AgencyReport", "1 Reaction: satisfaction with the sessions"), 2, room=30 * mm
    )
    if f.reaction:
        rows = [
            [
                i18n.translate("AgencyReport", "Check-in"),
                i18n.translate("AgencyReport", "The agency's people: mean · answered of asked"),
                i18n.translate("AgencyReport", "Their partners: mean · answered of asked"),
            ]
        ]
        rows += [
            [s.stage.label, _rate_mean(f, split.ours, s.ours), _rate_mean(f, split.theirs, s.theirs)]
            for s, split in f.reaction
        ]
        out.append(table(rows, [width * 0.18, width * 0.41, width * 0.41]))
        out.append(
            para(
                i18n.translate(
                    "AgencyReport",
                    "Mean of the reaction statements on a scale of 1 to {scale}, per person, then over "
                    "people. Asked from the midpoint on.",
                ).format(scale=f.scale),
                "small",
            )
        )
    else:
        out.append(
            para(
                i18n.translate(
                    "AgencyReport", "Not asked yet: satisfaction is asked from the midpoint check-in on."
                )
            )
        )

    out += heading(
        i18n.translate(
            "AgencyReport", "2 Learning: the mentees' confidence, the same people before and after"
        ),
        2,
        room=35 * mm,
    )
    withheld = f.anonymous and f.learners < FEWEST
    if f.learning_stage is not None and f.learning.value is not None and not withheld:
        later = f.learning_stage.label
        learned = i18n.translate(
            "AgencyReport",
            "The mentees of these pairs rated their confidence per topic (1 to 5): {change} points on "
            "average from the baseline to the {stage}, over {mentees} who rated a topic at both and "
            "{ratings}.",
        ).format(
            change=signed(f.learning.value, 2),
            stage=later.lower(),
            mentees=plural(f.learners, "mentee"),
            ratings=plural(f.learning.n, "topic rating"),
        )
        if f.learning_stage is Stage.MIDPOINT:
            learned += " " + i18n.translate("AgencyReport", "The final check-in is not in yet.")
        out.append(para(learned))
        rows = [
            [
                i18n.translate("AgencyReport", "Topic"),
                i18n.translate("AgencyReport", "Mentees"),
                Stage.BASELINE.label,
                later,
                i18n.translate("AgencyReport", "Change"),
            ]
        ]
        hidden = i18n.translate("AgencyReport", "not shown (fewer than {count})").format(count=FEWEST)
        for t in f.topics:
            if f.anonymous and t.n < FEWEST:
                rows.append([t.topic, num(t.n), "–", "–", hidden])
            else:
                rows.append([t.topic, num(t.n), num(t.before, 2), num(t.after, 2), signed(t.change, 2)])
        out.append(table(rows, [width * 0.4, width * 0.12, width * 0.14, width * 0.14, width * 0.2]))
    elif withheld and f.learners:
        out.append(
            para(
                i18n.translate(
                    "AgencyReport",
                    "Not shown: fewer than {count} mentees rated their confidence at both check-ins "
                    "({learners}).",
                ).format(count=FEWEST, learners=num(f.learners))
            )
        )
    else:
        out.append(
            para(
                i18n.translate(
                    "AgencyReport",
                    "No mentee in these pairs has rated their confidence at both the baseline and a later "
                    "check-in yet.",
                )
            )
        )

    out += heading(
        i18n.translate("AgencyReport", "3 Behaviour: what people now do differently"), 2, room=30 * mm
    )
    if f.behaviour and f.items_stage is not None:
        rows = [
            [
                i18n.translate("AgencyReport", "Statement"),
                i18n.translate("AgencyReport", "The agency's people: mean (n)"),
                i18n.translate("AgencyReport", "Their partners: mean (n)"),
            ]
        ]
        rows += [[i.text, f.shown(i.ours), f.shown(i.theirs)] for i in f.behaviour]
        out.append(table(rows, [width * 0.5, width * 0.25, width * 0.25]))
        out.append(
            para(
                i18n.translate("AgencyReport", "At the {stage} check-in, on a scale of 1 to {scale}.").format(
                    stage=f.items_stage.label.lower(), scale=f.scale
                ),
                "small",
            )
        )
    else:
        out.append(
            para(
                i18n.translate(
                    "AgencyReport",
                    "No behaviour statement has been answered at the midpoint or final check-in yet.",
                )
            )
        )

    out += heading(i18n.translate("AgencyReport", "4 Results: goals and completed pairs"), 2, room=30 * mm)
    rows = [[i18n.translate("AgencyReport", "Measure"), i18n.translate("AgencyReport", "Result")]]
    if c.goals:
        achieved = i18n.translate("AgencyReport", "{done} of {goals} ({share})").format(
            done=num(c.goals_done), goals=plural(c.goals, "goal"), share=_pct(c.goals_done, c.goals)
        )
        if c.goals_late:
            achieved += i18n.translate(
                "AgencyReport", "; {count} past the target date without an outcome"
            ).format(count=num(c.goals_late))
    else:
        achieved = i18n.translate("AgencyReport", "no goals agreed yet")
    rows.append([i18n.translate("AgencyReport", "Goals achieved"), achieved])
    completed = i18n.translate("AgencyReport", "{count} of {pairs}").format(
        count=num(c.completed), pairs=plural(c.started, "started pair")
    )
    if c.ended_early:
        completed += i18n.translate("AgencyReport", "; {count} ended early").format(count=num(c.ended_early))
    rows.append([i18n.translate("AgencyReport", "Pairs completed"), completed])
    both = i18n.translate("AgencyReport", "the agency's people {ours}; their partners {theirs}")
    rows += [[f"“{i.text}”", both.format(ours=f.shown(i.ours), theirs=f.shown(i.theirs))] for i in f.results]
    out.append(table(rows, [width * 0.35, width * 0.65]))
    out.append(
        para(
            i18n.translate(
                "AgencyReport",
                "Goal statuses carry no date and count as recorded; a goal past its target date and not done "
                "counts as late whatever its recorded status.",
            ),
            "small",
        )
    )
    return out


def _how_soon(when_: dt.date, as_of: dt.date) -> str:
    """How far a contract's end is from the as-of date: "in 12 days", "ended 2 weeks ago"."""
    if when_ >= as_of:
        return when(when_, as_of)
    span = (as_of - when_).days
    if span == 1:
        return i18n.translate("AgencyReport", "ended 1 day ago")
    if span < 14:
        return i18n.translate("AgencyReport", "ended {count} days ago").format(count=num(span))
    if span < 61:
        return i18n.translate("AgencyReport", "ended {count} weeks ago").format(count=num(span // 7))
    return i18n.translate("AgencyReport", "ended {count} months ago").format(count=num(span // 30))


def _whom(partner: str) -> str:
    """A partner in a sentence."""
    return an_other() if partner == OTHERS else partner or "?"


def _contracts(f: AgencyFacts, c: Counts, width: float) -> list[Flowable]:
    out: list[Flowable] = heading(i18n.translate("AgencyReport", "Contracts ending"), room=40 * mm)
    end = f.program.end_date
    if not c.with_contract:
        return [
            *out,
            para(i18n.translate("AgencyReport", "No contract end date is recorded for these people.")),
        ]
    said = [
        i18n.translate("AgencyReport", "{count} of {people} have a contract end date.").format(
            count=num(c.with_contract), people=plural(c.people, "person", "people")
        )
    ]
    if end:
        still = (
            i18n.translate(
                "AgencyReport",
                "; {count} of them still in an active pair, which will end early unless the contract is "
                "extended or the pair finishes first",
            ).format(count=num(c.leaving_active))
            if c.leaving_active
            else ""
        )
        before = (
            i18n.translate("AgencyReport", "{count} ends before the program ends on {date}{still}.")
            if c.before_end == 1
            else i18n.translate("AgencyReport", "{count} end before the program ends on {date}{still}.")
        )
        said.append(before.format(count=num(c.before_end), date=day(end), still=still))
    else:
        said.append(i18n.translate("AgencyReport", "The program has no end date."))
    ended = (
        i18n.translate("AgencyReport", "; {count} had ended already").format(count=num(c.ended))
        if c.ended
        else ""
    )
    said.append(
        i18n.translate("AgencyReport", "Counted from {date}: {windows}{ended}.").format(
            date=day(f.as_of), windows=_windows(c), ended=ended
        )
    )
    out.append(para(" ".join(said)))
    chosen = [
        m
        for m in f.members
        if m.contract_end is not None
        and ((end is not None and m.contract_end < end) or (m.contract_end - f.as_of).days <= max(WINDOWS))
    ]
    if not chosen:
        out.append(
            para(
                i18n.translate("AgencyReport", "None ends before the program or within {days} days.").format(
                    days=max(WINDOWS)
                )
            )
        )
        return out
    several = f.site is None and len(f.sites) > 1
    head: list[object] = [
        i18n.translate("AgencyReport", "Name"),
        *([i18n.translate("AgencyReport", "Client site")] if several else []),
        i18n.translate("AgencyReport", "Contract ends"),
        i18n.translate("AgencyReport", "How soon"),
        i18n.translate("AgencyReport", "Pair on {date}").format(date=day(f.as_of)),
    ]
    shares = (0.2, 0.18, 0.18, 0.18, 0.26) if several else (0.28, 0.22, 0.2, 0.3)
    warn = ParagraphStyle("warn", parent=styles()["cell"], textColor=WARN)
    early_end = i18n.translate("AgencyReport", "{date}, before the program ends")
    paired = i18n.translate("AgencyReport", "{status} with {partner}")
    rows: list[list[object]] = [head]
    for m in sorted(chosen, key=lambda m: (m.contract_end or dt.date.max, m.name.casefold())):
        assert m.contract_end is not None
        row = m.open_pair()
        early = end is not None and m.contract_end < end
        texts = [
            short(m.name),
            *([short(m.site) or "–"] if several else []),
            early_end.format(date=day(m.contract_end)) if early else day(m.contract_end),
            _how_soon(m.contract_end, f.as_of),
            paired.format(status=row.pair.status.label, partner=short(_whom(row.partner)))
            if row
            else i18n.translate("AgencyReport", "no open pair"),
        ]
        if early and row is not None and row.pair.status is PairStatus.ACTIVE:  # in colour, every cell
            rows.append([Paragraph(markup(text, warn.fontName), warn) for text in texts])
        else:
            rows.append(list(texts))
    out.append(table(rows, [width * w for w in shares]))
    out.append(
        para(
            i18n.translate(
                "AgencyReport",
                "Listed: contracts that end before the program ends or within {days} days of {date}. "
                "In colour: the person is still in an active pair.",
            ).format(days=max(WINDOWS), date=day(f.as_of)),
            "small",
        )
    )
    return out


def agency_story(f: AgencyFacts, width: float) -> list[Flowable]:
    """The pages of the agency report, as flowables, in the language spoken (``i18n.speaking``)."""
    c = counts(f)
    if f.site is not None:
        subtitle = i18n.translate(
            "AgencyReport", "Agency report · {program} · client site {site} · figures as of {date}"
        ).format(
            program=short(f.program.name),
            site=short(f.site) or i18n.translate("AgencyReport", "(none recorded)"),
            date=day(f.as_of),
        )
    else:
        subtitle = i18n.translate("AgencyReport", "Agency report · {program} · figures as of {date}").format(
            program=short(f.program.name), date=day(f.as_of)
        )
    story: list[Flowable] = [para(short(f.agency), "title", outline=0), para(subtitle, "subtitle")]
    if f.anonymous:
        story.append(
            para(
                i18n.translate(
                    "AgencyReport",
                    "Only {agency}'s people are named: their partners appear as “{others}”, their managers "
                    "at the client are left out, the names of the client's staff are taken out of recorded "
                    "reasons, and no mean of fewer than {count} answers is shown.",
                ).format(agency=short(f.agency), others=others(), count=FEWEST),
                "small",
            )
        )
    story += heading(i18n.translate("AgencyReport", "In short"), room=50 * mm)
    story += [point(sentence) for sentence in _in_short(f, c)]
    story += [Spacer(1, 2 * mm), _key_figures(f, c, width)]
    if f.site is None and len(f.sites) > 1:
        story += _sites(f, width)
    story += _people(f, width)
    story += _meetings(f, c, width)
    story += _levels(f, c, width)
    story += _contracts(f, c, width)
    story += heading(i18n.translate("AgencyReport", "How the figures are counted"), room=30 * mm)
    story.append(
        para(
            i18n.translate(
                "AgencyReport",
                "Everything is as of {date}: meetings and check-ins dated later are left out, and a pair is "
                "shown as it stood that day (one that ended later was still active, one that started later "
                "was still a proposal). The agency, client site and contract end are those recorded for each "
                "person now; contracts are counted from the as-of date. Goal statuses and archiving carry no "
                "date and count as recorded. Expected meetings: one within {grace} days of a pair's start, "
                "then one every {cadence} days, up to the as-of date or the pair's end.",
            ).format(date=day(f.as_of), grace=num(f.program.grace_days), cadence=num(f.program.cadence_days)),
            "small",
        )
    )
    return story


def write_agency_report(
    doc: Document,
    program: Program,
    agency: str,
    path: Path,
    *,
    client_site: str | None = None,
    others_anonymous: bool = False,
    paper: str = "A4",
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Written:
    """Write one agency's report as of ``today`` (default: the real today), in the file's language;
    ``progress`` gets percentages and may raise to stop. An agency the program does not have is
    refused before anything is written."""
    with i18n.speaking(doc.organisation().language):  # in this thread only
        return _write(doc, program, agency, path, client_site, others_anonymous, paper, today, progress)


def _write(
    doc: Document,
    program: Program,
    agency: str,
    path: Path,
    client_site: str | None,
    others_anonymous: bool,
    paper: str,
    today: dt.date | None,
    progress: Progress | None,
) -> Written:
    report_progress = progress or (lambda percent: None)
    facts = agency_facts(
        doc, program, agency, client_site=client_site, as_of=today, others_anonymous=others_anonymous
    )
    report_progress(10)
    organisation = facts.organisation
    if facts.site is not None:
        title = i18n.translate("AgencyReport", "{agency} at {site}: agency report").format(
            agency=facts.agency, site=facts.site or i18n.translate("AgencyReport", "no recorded site")
        )
    else:
        title = i18n.translate("AgencyReport", "{agency}: agency report").format(agency=facts.agency)

    def build(target: str) -> int:
        report = Report(
            target,
            title=title,
            client=organisation.name,
            logo=organisation.logo,
            paper=paper,
            as_of=facts.as_of,
            language=organisation.language,
            audience=i18n.translate("AgencyReport", "{agency} and the client").format(agency=facts.agency)
            if others_anonymous
            else None,
        )
        story = agency_story(facts, report.width)
        report_progress(20)
        expected = 4 + len(facts.members) // 30  # pages, roughly

        def page_done(page: int) -> None:
            report_progress(20 + 79 * min(page, expected) // expected)

        report.on_page = page_done
        report.build(story, canvasmaker=NumberedCanvas)
        report_progress(100)
        return report.pages

    return write(path, build)
