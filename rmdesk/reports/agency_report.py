"""The agency report: one agency's people in a program (or those at one client site), as of a date.

For an outsourcing manager: who each of the agency's people is paired with and how the pair
stands (an early end with its date and reason), meetings held against the cadence, goals done
and late, the check-ins by Kirkpatrick level with how many answered of how many were asked, and
the contracts that end before the program does or within 30, 60 and 90 days of the as-of date.
The facts and their definitions are in :mod:`rmdesk.reports.agency_facts`.

With ``others_anonymous`` the report names only the agency's people, leaves out means of fewer
than three answers, and says in its footer that it is for the agency and the client.
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

from rmdesk.domain.entities import PairStatus, Program, Role, Stage
from rmdesk.domain.health import Health, when
from rmdesk.domain.words import plural
from rmdesk.reports.agency_facts import FEWEST, OTHERS, AgencyFacts, Member, PairRow, agency_facts
from rmdesk.reports.charts import bars
from rmdesk.reports.layout import (
    MUTED,
    WARN,
    NumberedCanvas,
    Report,
    Written,
    grid,
    heading,
    markup,
    para,
    point,
    short,
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
    return f"{part / whole:.0%}" if whole else "–"


def _share(part: int, whole: int) -> str:
    return f"{part} of {whole}" + (f" ({part / whole:.0%})" if whole else "")


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
        (r.reason or "no reason recorded") for r in rows if r.pair.status is PairStatus.ENDED_EARLY
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
    return f"{name} at {short(f.site) or 'no recorded site'}" if f.site is not None else name


def _roles(c: Counts) -> str:
    parts = [plural(c.mentors, "reverse mentor")] if c.mentors else []
    return ", ".join(parts + ([plural(c.mentees, "mentee")] if c.mentees else [])) or "no role"


def _be(count: int) -> str:
    return "is" if count == 1 else "are"


def _in_short(f: AgencyFacts, c: Counts) -> list[str]:
    program = short(f.program.name)
    roles = _roles(c)
    sites = len(f.sites)
    where = f" at {plural(sites, 'client site')}" if f.site is None and sites > 1 else ""
    out = [
        f"{plural(c.people, 'person', 'people')} from {_who(f)} take part in {program} ({roles}){where}"
        + (f"; {c.left} of them have left (archived)" if c.left else "")
        + "."
    ]
    if c.people == 1:
        out[0] = out[0].replace(" take part ", " takes part ", 1)
    paired = [f"On {f.as_of}, {_share(c.in_active, c.people)} {_be(c.in_active)} in an active pair"]
    if c.proposed_only:
        paired.append(f"{c.proposed_only} {'is' if c.proposed_only == 1 else 'are'} in a proposed pair only")
    if c.ended_only:
        paired.append(f"{c.ended_only} {'has' if c.ended_only == 1 else 'have'} a pair that has finished")
    if c.unpaired:
        paired.append(f"{c.unpaired} {'is' if c.unpaired == 1 else 'are'} not paired")
    out.append("; ".join(paired) + ".")
    if c.ended_early:
        why = "; ".join(f"“{short(r, 120)}” ({n})" for r, n in c.reasons[:4])
        out.append(f"{plural(c.ended_early, 'pair')} ended early: {why}.")
    if c.started:
        rhythm = f" {c.on_rhythm} of {plural(c.active, 'active pair')} meet on rhythm." if c.active else ""
        out.append(
            f"Their {plural(c.started, 'started pair')} held {c.meetings} of about {c.expected} expected "
            f"meetings ({_pct(c.meetings, c.expected)}).{rhythm}"
        )
    if c.asked:
        out.append(f"They answered {_share(c.answered, c.asked)} of the check-ins asked of them so far.")
    if c.before_end:
        still = (
            f"; {c.leaving_active} of them {'is' if c.leaving_active == 1 else 'are'} still in an active pair"
            if c.leaving_active
            else ""
        )
        out.append(
            f"{plural(c.before_end, 'contract')} {'ends' if c.before_end == 1 else 'end'} before the program "
            f"ends on {f.program.end_date}{still}."
        )
    return out


def _key_figures(f: AgencyFacts, c: Counts, width: float) -> Flowable:
    rows: list[list[object]] = [["Measure", "Result", "Based on"]]
    rows.append(
        [
            "People",
            _roles(c) + (f"; {c.left} left (archived)" if c.left else ""),
            "enrolled in the program",
        ]
    )
    rows.append(
        [
            "Paired",
            f"{_share(c.in_active, c.people)} in an active pair"
            + (f"; {c.proposed_only} proposed only" if c.proposed_only else ""),
            plural(c.people, "person", "people"),
        ]
    )
    if c.pairs:
        parts = [f"{c.active} active", f"{c.completed} completed", f"{c.ended_early} ended early"]
        proposed = c.pairs - c.started
        parts += [f"{proposed} proposed"] if proposed else []
        rows.append(["Pairs", ", ".join(parts), plural(c.pairs, "pair")])
    if c.started:
        rows.append(
            [
                "Meetings",
                f"{c.meetings} held of about {c.expected} expected ({_pct(c.meetings, c.expected)})"
                + (f"; {c.on_rhythm} of {c.active} active pairs on rhythm" if c.active else ""),
                f"{plural(c.started, 'started pair')}, one meeting every {f.program.cadence_days} days",
            ]
        )
    rows.append(
        [
            "Goals",
            f"{c.goals_done} of {plural(c.goals, 'goal')} done ({_pct(c.goals_done, c.goals)})"
            + (f"; {c.goals_late} past the target date" if c.goals_late else "")
            if c.goals
            else "none agreed yet",
            "goals as recorded",
        ]
    )
    rows.append(
        [
            "Check-ins",
            f"{_share(c.answered, c.asked)} answered" if c.asked else "none asked yet",
            "the agency's people, stages due",
        ]
    )
    rows.append(
        [
            "Contracts",
            f"{c.before_end} end before the program ends ({f.program.end_date or 'no end date'}); "
            + ", ".join(f"{c.within[w]} within {w} days" for w in WINDOWS)
            + (f"; {c.ended} ended already" if c.ended else ""),
            f"{c.with_contract} of {plural(c.people, 'person', 'people')} with an end date",
        ]
    )
    return table(rows, [width * 0.15, width * 0.55, width * 0.3])


def _sites(f: AgencyFacts, width: float) -> list[Flowable]:
    out: list[Flowable] = heading("By client site", room=30 * mm)
    rows: list[list[object]] = [
        [
            "Client site",
            "People",
            "In an active pair",
            "Meetings held / expected",
            "On rhythm",
            "Contracts ending early",
        ]
    ]
    end = f.program.end_date
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
                site or "(no site recorded)",
                str(len(people)),
                str(sum(any(r.pair.status is PairStatus.ACTIVE for r in m.pairs) for m in people)),
                f"{sum(r.meetings for r in started)} / {sum(r.expected for r in started)}",
                f"{sum(r.health is Health.ON_TRACK for r in active)} of {len(active)}",
                str(sum(bool(end and m.contract_end and m.contract_end < end) for m in people)),
            ]
        )
    out.append(table(rows, [width * w for w in (0.3, 0.1, 0.15, 0.17, 0.12, 0.16)]))
    out.append(
        para(
            "In an active pair: on the as-of date. On rhythm: active pairs that met within the last "
            f"{f.program.cadence_days + f.program.grace_days} days. Contracts ending early: before the "
            "program ends.",
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
        extra.append("left (archived)")
    if m.manager and m.manager != OTHERS:  # "manager: employee of the client" would say nothing
        extra.append(f"manager: {m.manager}")
    if extra:
        body += (
            f'<br/><font size="7.5" color="#{MUTED.hexval()[2:]}">'
            + markup("; ".join(extra), cell.fontName)
            + "</font>"
        )
    made = Paragraph(body.replace("\n", " "), cell)
    made.outline = (m.name, level)
    return made


def _people(f: AgencyFacts, width: float) -> list[Flowable]:
    out: list[Flowable] = heading("People and their pairs", room=40 * mm)
    roles = {m.role for m in f.members}
    mixed = len(roles) > 1
    role = "" if mixed else f" All of them are {'reverse mentors' if Role.MENTOR in roles else 'mentees'}."
    out.append(
        para(
            f"As of {f.as_of}.{role} Pair: how it stood that day, or when and why it ended. Meetings: held / "
            "about expected, and an active pair's rhythm. Goals: done / agreed, and how many are past their "
            "target date without an outcome. Check-ins: the person's own answers / the check-ins asked "
            "of them for that pair."
            + (f" Everyone not from {short(f.agency)} is shown as “{OTHERS}”." if f.anonymous else ""),
            "small",
        )
    )
    sites = f.sites
    by_site = f.site is None and len(sites) > 1
    head: list[object] = ["Name", "Paired with", "Pair", "Meetings", "Goals", "Check-ins"]
    widths = [width * w for w in (0.21, 0.165, 0.24, 0.15, 0.115, 0.12)]
    for site in sites if by_site else [None]:
        people = [m for m in f.members if site is None or m.site == site]
        if by_site:
            out += heading(site or "(no site recorded)", 2, room=25 * mm)
        rows: list[list[object]] = [head]
        for m in people:
            name = _name_cell(m, 2 if by_site else 1, mixed)
            if not m.pairs:
                rows.append([name, "–", "Not paired", "–", "–", "–"])
                continue
            for number, r in enumerate(m.pairs):
                met = (
                    f"{r.meetings} / {r.expected}"
                    if r.pair.status is not PairStatus.PROPOSED
                    else str(r.meetings)
                )
                rows.append(
                    [
                        name if number == 0 else short(m.name),
                        r.partner or "?",
                        r.status,
                        met + (f", {r.health.label.lower()}" if r.health else ""),
                        f"{r.goals_done}/{r.goals}" + (f", {r.goals_late} late" if r.goals_late else ""),
                        f"{r.answered} / {r.asked}",
                    ]
                )
        out.append(table(rows, widths))
    return out


def _meetings(f: AgencyFacts, c: Counts, width: float) -> list[Flowable]:
    out: list[Flowable] = heading("Meetings against the cadence", room=40 * mm)
    if not c.started:
        return [*out, para("None of their pairs has started, so no meeting is expected yet.")]
    program = f.program
    out.append(
        para(
            f"{c.meetings} meetings held of about {c.expected} expected ({_pct(c.meetings, c.expected)}) "
            f"over {plural(c.started, 'started pair')}, counting one within {program.grace_days} days of "
            f"each pair's start and then one every {program.cadence_days} days, up to {f.as_of} or the "
            "pair's end. "
            + (
                f"{c.on_rhythm} of {plural(c.active, 'active pair')} are on rhythm "
                f"({_pct(c.on_rhythm, c.active)}): "
                f"they met within the last {program.cadence_days + program.grace_days} days."
                if c.active
                else "None of their pairs is active."
            )
        )
    )
    rows = f.rows
    health = Counter(r.health for r in rows if r.health is not None)
    buckets: Counter[str] = Counter()
    for r in rows:
        if r.pair.status is not PairStatus.PROPOSED:
            n = r.meetings
            buckets["0" if n == 0 else "1-2" if n <= 2 else "3-4" if n <= 4 else "5 or more"] += 1
    half = (width - 8 * mm) / 2
    out.append(
        grid(
            [
                [
                    bars(
                        "Active pairs by rhythm",
                        [(h.label, [float(health[h])]) for h in Health if health[h]],
                        ["Pairs"],
                        width=half,
                        number="%d",
                        empty="No active pair.",
                    ),
                    bars(
                        "Started pairs by meetings held",
                        [(k, [float(buckets[k])]) for k in ("0", "1-2", "3-4", "5 or more") if buckets[k]],
                        ["Pairs"],
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
            f"The {len(top)} active pairs longest without a meeting"
            if len(behind) > len(top)
            else "Active pairs not meeting on rhythm",
            2,
            room=20 * mm,
        )
        table_rows: list[list[object]] = [["Name", "Paired with", "Rhythm", "Last met", "Since"]]
        for m, r in top:
            since = _since(r, f)
            table_rows.append(
                [
                    short(m.name),
                    short(r.partner) or "?",
                    r.health.label if r.health else "",
                    str(r.last_met) if r.last_met else "never",
                    plural((f.as_of - since).days, "day") if since else "–",
                ]
            )
        out.append(table(table_rows, [width * w for w in (0.3, 0.28, 0.14, 0.14, 0.14)]))
        if len(behind) > len(top):
            out.append(
                para(
                    f"… and {len(behind) - len(top)} more of the {len(behind)} active pairs not on rhythm: "
                    "each person's rhythm is in the table of people above.",
                    "small",
                )
            )
    return out


def _since(row: PairRow, f: AgencyFacts) -> dt.date | None:
    """The day a pair's rhythm is counted from: its last meeting, or its start."""
    return row.last_met or row.pair.started_on or f.program.start_date


def _rate_mean(f: AgencyFacts, mean: Mean, rate: Rate) -> str:
    if mean.value is None:
        return "no answer yet" + (f" ({rate.asked} asked)" if rate.asked else "")
    if f.anonymous and mean.n < FEWEST:
        return f"not shown, fewer than {FEWEST} answers · {rate}"
    return f"{mean.value:.2f} · {rate}"


def _levels(f: AgencyFacts, c: Counts, width: float) -> list[Flowable]:
    out: list[Flowable] = heading("Check-ins by Kirkpatrick level", room=50 * mm)
    if not c.started:
        return [
            *out,
            para(
                "None of their pairs has started, so nothing is measured yet: reaction, learning, "
                "behaviour and results are measured once pairs meet and answer their check-ins."
            ),
        ]
    out.append(
        para(
            f"The agency's people ({short(f.agency)}) and their partners apart. A check-in is asked of both "
            "sides of every pair that had started and was still running when it fell due; answers dated "
            f"after {f.as_of} are not counted."
            + (f" Means of fewer than {FEWEST} answers are not shown." if f.anonymous else ""),
            "small",
        )
    )
    rows: list[list[object]] = [
        ["Check-in", "Due", "The agency's people answered", "Their partners answered"]
    ]
    for s in f.stages:
        due = f"{s.due}" + ("" if s.is_due else " (not yet due)") if s.due else "–"
        rows.append([s.stage.label, due, str(s.ours), str(s.theirs)])
    out.append(table(rows, [width * 0.18, width * 0.24, width * 0.29, width * 0.29]))

    out += heading("1 Reaction: satisfaction with the sessions", 2, room=30 * mm)
    if f.reaction:
        rows = [
            [
                "Check-in",
                "The agency's people: mean · answered of asked",
                "Their partners: mean · answered of asked",
            ]
        ]
        rows += [
            [s.stage.label, _rate_mean(f, split.ours, s.ours), _rate_mean(f, split.theirs, s.theirs)]
            for s, split in f.reaction
        ]
        out.append(table(rows, [width * 0.18, width * 0.41, width * 0.41]))
        out.append(
            para(
                f"Mean of the reaction statements on a scale of 1 to {f.scale}, per person, then over "
                "people. "
                "Asked from the midpoint on.",
                "small",
            )
        )
    else:
        out.append(para("Not asked yet: satisfaction is asked from the midpoint check-in on."))

    out += heading("2 Learning: the mentees' confidence, the same people before and after", 2, room=35 * mm)
    withheld = f.anonymous and f.learners < FEWEST
    if f.learning_stage is not None and f.learning.value is not None and not withheld:
        later = f.learning_stage.label
        out.append(
            para(
                "The mentees of these pairs rated their confidence per topic (1 to 5): "
                f"{f.learning.value:+.2f} "
                f"points on average from the baseline to the {f.learning_stage.value}, over "
                f"{plural(f.learners, 'mentee')} who rated a topic at both and "
                f"{plural(f.learning.n, 'topic rating')}."
                + (" The final check-in is not in yet." if f.learning_stage is Stage.MIDPOINT else "")
            )
        )
        rows = [["Topic", "Mentees", "Baseline", later, "Change"]]
        for t in f.topics:
            if f.anonymous and t.n < FEWEST:
                rows.append([t.topic, str(t.n), "–", "–", f"not shown (fewer than {FEWEST})"])
            else:
                rows.append([t.topic, str(t.n), f"{t.before:.2f}", f"{t.after:.2f}", f"{t.change:+.2f}"])
        out.append(table(rows, [width * 0.4, width * 0.12, width * 0.14, width * 0.14, width * 0.2]))
    elif withheld and f.learners:
        out.append(
            para(
                f"Not shown: fewer than {FEWEST} mentees rated their confidence at both check-ins "
                f"({f.learners})."
            )
        )
    else:
        out.append(
            para(
                "No mentee in these pairs has rated their confidence at both the baseline and a later "
                "check-in yet."
            )
        )

    out += heading("3 Behaviour: what people now do differently", 2, room=30 * mm)
    if f.behaviour and f.items_stage is not None:
        rows = [["Statement", "The agency's people: mean (n)", "Their partners: mean (n)"]]
        rows += [[i.text, f.shown(i.ours), f.shown(i.theirs)] for i in f.behaviour]
        out.append(table(rows, [width * 0.5, width * 0.25, width * 0.25]))
        out.append(para(f"At the {f.items_stage.value} check-in, on a scale of 1 to {f.scale}.", "small"))
    else:
        out.append(para("No behaviour statement has been answered at the midpoint or final check-in yet."))

    out += heading("4 Results: goals and completed pairs", 2, room=30 * mm)
    rows = [["Measure", "Result"]]
    rows.append(
        [
            "Goals achieved",
            f"{c.goals_done} of {plural(c.goals, 'goal')} ({_pct(c.goals_done, c.goals)})"
            + (f"; {c.goals_late} past the target date without an outcome" if c.goals_late else "")
            if c.goals
            else "no goals agreed yet",
        ]
    )
    rows.append(
        [
            "Pairs completed",
            f"{c.completed} of {plural(c.started, 'started pair')}"
            + (f"; {c.ended_early} ended early" if c.ended_early else ""),
        ]
    )
    rows += [
        [f"“{i.text}”", f"the agency's people {f.shown(i.ours)}; their partners {f.shown(i.theirs)}"]
        for i in f.results
    ]
    out.append(table(rows, [width * 0.35, width * 0.65]))
    out.append(
        para(
            "Goal statuses carry no date and count as recorded; a goal past its target date and not done "
            "counts as late whatever its recorded status.",
            "small",
        )
    )
    return out


def _how_soon(day: dt.date, as_of: dt.date) -> str:
    text = when(day, as_of)
    return f"ended {text.replace(' overdue', ' ago')}" if day < as_of else text


def _whom(partner: str) -> str:
    """A partner in a sentence."""
    return f"an {OTHERS}" if partner == OTHERS else partner or "?"


def _contracts(f: AgencyFacts, c: Counts, width: float) -> list[Flowable]:
    out: list[Flowable] = heading("Contracts ending", room=40 * mm)
    end = f.program.end_date
    if not c.with_contract:
        return [*out, para("No contract end date is recorded for these people.")]
    out.append(
        para(
            f"{c.with_contract} of {plural(c.people, 'person', 'people')} have a contract end date. "
            + (
                f"{c.before_end} {'ends' if c.before_end == 1 else 'end'} before the program ends on {end}"
                + (
                    f"; {c.leaving_active} of them still in an active pair, which will end early unless the "
                    "contract is extended or the pair finishes first"
                    if c.leaving_active
                    else ""
                )
                + ". "
                if end
                else "The program has no end date. "
            )
            + f"Counted from {f.as_of}: "
            + ", ".join(f"{c.within[w]} within {w} days" for w in WINDOWS)
            + (f"; {c.ended} had ended already" if c.ended else "")
            + "."
        )
    )
    chosen = [
        m
        for m in f.members
        if m.contract_end is not None
        and ((end is not None and m.contract_end < end) or (m.contract_end - f.as_of).days <= max(WINDOWS))
    ]
    if not chosen:
        out.append(para(f"None ends before the program or within {max(WINDOWS)} days."))
        return out
    several = f.site is None and len(f.sites) > 1
    head: list[object] = [
        "Name",
        *(["Client site"] if several else []),
        "Contract ends",
        "How soon",
        f"Pair on {f.as_of}",
    ]
    shares = (0.2, 0.18, 0.18, 0.18, 0.26) if several else (0.28, 0.22, 0.2, 0.3)
    warn = ParagraphStyle("warn", parent=styles()["cell"], textColor=WARN)
    rows: list[list[object]] = [head]
    for m in sorted(chosen, key=lambda m: (m.contract_end or dt.date.max, m.name.casefold())):
        assert m.contract_end is not None
        row = m.open_pair()
        early = end is not None and m.contract_end < end
        texts = [
            short(m.name),
            *([short(m.site) or "–"] if several else []),
            str(m.contract_end) + (", before the program ends" if early else ""),
            _how_soon(m.contract_end, f.as_of),
            f"{row.pair.status.label} with {short(_whom(row.partner))}" if row else "no open pair",
        ]
        if early and row is not None and row.pair.status is PairStatus.ACTIVE:  # in colour, every cell
            rows.append([Paragraph(markup(text, warn.fontName), warn) for text in texts])
        else:
            rows.append(list(texts))
    out.append(table(rows, [width * w for w in shares]))
    out.append(
        para(
            "Listed: contracts that end before the program ends or within "
            f"{max(WINDOWS)} days of {f.as_of}. In colour: the person is still in an active pair.",
            "small",
        )
    )
    return out


def agency_story(f: AgencyFacts, width: float) -> list[Flowable]:
    """The pages of the agency report, as flowables."""
    c = counts(f)
    site = f" · client site {short(f.site) or '(none recorded)'}" if f.site is not None else ""
    story: list[Flowable] = [
        para(short(f.agency), "title", outline=0),
        para(
            f"Agency report · {short(f.program.name)}{site} · figures as of {f.as_of}",
            "subtitle",
        ),
    ]
    if f.anonymous:
        story.append(
            para(
                f"Only {short(f.agency)}'s people are named: their partners appear as “{OTHERS}”, "
                "their managers at the client are left out, the names of the client's staff are taken "
                f"out of recorded reasons, and no mean of fewer than {FEWEST} answers is shown.",
                "small",
            )
        )
    story += heading("In short", room=50 * mm)
    story += [point(sentence) for sentence in _in_short(f, c)]
    story += [Spacer(1, 2 * mm), _key_figures(f, c, width)]
    if f.site is None and len(f.sites) > 1:
        story += _sites(f, width)
    story += _people(f, width)
    story += _meetings(f, c, width)
    story += _levels(f, c, width)
    story += _contracts(f, c, width)
    story += heading("How the figures are counted", room=30 * mm)
    story.append(
        para(
            f"Everything is as of {f.as_of}: meetings and check-ins dated later are left out, and a pair is "
            "shown as it stood that day (one that ended later was still active, one that started later was "
            "still a proposal). The agency, client site and contract end are those recorded for each person "
            "now; contracts are counted from the as-of date. Goal "
            "statuses and archiving carry no date and count as recorded. Expected meetings: one within "
            f"{f.program.grace_days} days of a pair's start, then one every {f.program.cadence_days} days, "
            "up to the as-of date or the pair's end.",
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
    """Write one agency's report as of ``today`` (default: the real today); ``progress`` gets
    percentages and may raise to stop. An agency the program does not have is refused before
    anything is written."""
    report_progress = progress or (lambda percent: None)
    facts = agency_facts(
        doc, program, agency, client_site=client_site, as_of=today, others_anonymous=others_anonymous
    )
    report_progress(10)
    organisation = facts.organisation
    where = f" at {facts.site or 'no recorded site'}" if facts.site is not None else ""

    def build(target: str) -> int:
        report = Report(
            target,
            title=f"{facts.agency}{where}: agency report",
            client=organisation.name,
            logo=organisation.logo,
            paper=paper,
            as_of=facts.as_of,
            language=organisation.language,
            audience=f"{facts.agency} and the client" if others_anonymous else None,
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
