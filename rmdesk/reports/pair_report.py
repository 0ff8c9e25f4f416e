"""The pair evaluation report: summary, goals, meetings against the cadence, results by
Kirkpatrick level, comments, signatures. Everything as of one date, in the file's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rmdesk.domain import i18n
from rmdesk.domain.entities import PairStatus, Respondent, Stage
from rmdesk.domain.health import goal_status_shown
from rmdesk.domain.i18n import Words, words
from rmdesk.domain.templates import KIRKPATRICK_LEVELS
from rmdesk.domain.words import plural, points
from rmdesk.reports.charts import bars
from rmdesk.reports.facts import PairFacts, ended_text, level_name, pair_facts
from rmdesk.reports.layout import (
    WARN,
    NumberedCanvas,
    Report,
    Written,
    day,
    heading,
    keep,
    num,
    para,
    paras,
    short,
    signed,
    table,
    write,
)
from rmdesk.store.document import Document

SIDES = (Respondent.MENTEE, Respondent.MENTOR)


def pair_title(facts: PairFacts) -> str:
    """The pair's names for titles and sentences (a very long name is cut; the table has it whole)."""
    return (
        words(facts.organisation.language)
        .translate("PairReport", "{mentor} and {mentee}")
        .format(mentor=short(facts.mentor.name), mentee=short(facts.mentee.name))
    )


def _state(f: PairFacts) -> str:
    """Where the pair stands, in one sentence: never "stalled" for a pair that ended."""
    if f.pair.status is PairStatus.PROPOSED:
        return i18n.translate("PairReport", "Proposed on {date}: the pair has not started yet.").format(
            date=day(f.today)
        )
    if f.pair.status is not PairStatus.ACTIVE:
        return ended_text(f.pair) + "."
    assert f.health is not None
    started = f.pair.started_on or f.program.start_date
    said = (
        i18n.translate(
            "PairReport", "Active since {start}; {health} on {date} ({days} since the last meeting)."
        )
        if f.meetings
        else i18n.translate(
            "PairReport",
            "Active since {start}; {health} on {date} ({days} since the pair started, no meeting yet).",
        )
    )
    return said.format(
        start=day(started) if started else "None",
        health=f.health.label.lower(),
        date=day(f.today),
        days=plural(f.days_since, "day"),
    )


def _satisfaction_text(f: PairFacts) -> str:
    stage, means = f.satisfaction()
    if stage is None:
        return i18n.translate("PairReport", "not asked yet (from the midpoint check-in on)")
    parts = ", ".join(f"{side.label.lower()} {num(means[side], 1)}" for side in SIDES if side in means)
    missing = [side for side in SIDES if side not in means]
    if not missing:
        said = i18n.translate("PairReport", "{means} of {scale} at the {stage}")
    elif missing[0] is Respondent.MENTEE:
        said = i18n.translate("PairReport", "{means} of {scale} at the {stage} (no answer from the mentee)")
    else:
        said = i18n.translate(
            "PairReport", "{means} of {scale} at the {stage} (no answer from the reverse mentor)"
        )
    return said.format(means=parts, scale=f.questionnaire.scale, stage=stage.label.lower())


def _confidence_text(f: PairFacts) -> str:
    stage, topics = f.confidence()
    both = [(t, b, a) for t, b, a in topics if b is not None and a is not None]
    if stage is None or not both:
        return i18n.translate("PairReport", "no rating at both the baseline and a later check-in yet")
    change = sum(a - b for _, b, a in both) / len(both)
    return i18n.translate(
        "PairReport", "{change} points on average over {topics}, baseline to {stage}"
    ).format(change=signed(change), topics=plural(len(both), "topic"), stage=stage.label.lower())


def pair_story(facts: PairFacts, width: float) -> list[Flowable]:
    """The pages of one pair's report, as flowables."""
    f, story = facts, []
    w = i18n.current()  # the file's language (write_pair_report speaks it), whoever writes it
    none = "–"
    done = sum(1 for g in f.goals if g.status.value == "done")
    story += [
        para(pair_title(f), "title", outline=0),
        para(
            w.translate(
                "PairReport", "Reverse-mentoring evaluation · {program} · {period} · figures as of {date}"
            ).format(program=short(f.program.name), period=f.period, date=day(f.today)),
            "subtitle",
        ),
        table(
            [
                ["", i18n.translate("PairReport", "Reverse mentor"), i18n.translate("PairReport", "Mentee")],
                [i18n.translate("PairReport", "Name"), f.mentor.name, f.mentee.name],
                [
                    i18n.translate("PairReport", "Role"),
                    f.mentor.job_title or none,
                    f.mentee.job_title or none,
                ],
                [
                    i18n.translate("PairReport", "Department"),
                    f.mentor.department or none,
                    f.mentee.department or none,
                ],
                [
                    i18n.translate("PairReport", "Generation"),
                    f.mentor.generation or none,
                    f.mentee.generation or none,
                ],
            ],
            [width * 0.22, width * 0.39, width * 0.39],
        ),
        Spacer(1, 3 * mm),
    ]
    score = (
        " " + i18n.translate("PairReport", "Match score {score}.").format(score=points(f.pair.score))
        if f.pair.score is not None
        else ""
    )
    if f.goals and f.goals_overdue:
        goals = i18n.translate("PairReport", "{done} of {goals} done; {late} past the target date")
    elif f.goals:
        goals = i18n.translate("PairReport", "{done} of {goals} done")
    else:
        goals = i18n.translate("PairReport", "none agreed yet")
    summary = [
        [i18n.translate("PairReport", "Status"), _state(f) + score],
        [
            i18n.translate("PairReport", "Meetings"),
            i18n.translate(
                "PairReport", "{held} held of about {expected} expected (one every {days} days)"
            ).format(
                held=num(len(f.meetings)), expected=num(f.expected_meetings), days=num(f.program.cadence_days)
            ),
        ],
        [
            i18n.translate("PairReport", "Goals"),
            goals.format(done=num(done), goals=plural(len(f.goals), "goal"), late=num(f.goals_overdue)),
        ],
        [i18n.translate("PairReport", "Satisfaction"), _satisfaction_text(f)],
        [i18n.translate("PairReport", "Confidence"), _confidence_text(f)],
    ]
    story += [
        *heading(w.translate("PairReport", "Summary"), room=25 * mm),
        table(summary, [width * 0.2, width * 0.8], header=False),
    ]
    story += heading(w.translate("PairReport", "Goals"))
    if f.goals:
        rows: list[list[object]] = [
            [
                i18n.translate("PairReport", "Goal"),
                i18n.translate("PairReport", "Measure of success"),
                i18n.translate("PairReport", "Target"),
                i18n.translate("PairReport", "Status"),
                i18n.translate("PairReport", "Progress"),
            ]
        ]
        late = []
        for number, g in enumerate(f.goals, 1):
            shown = goal_status_shown(g, f.today)
            if shown != g.status.label:
                late.append(number)
                shown = i18n.translate("PairReport", "{shown} (recorded: {status})").format(
                    shown=shown, status=g.status.label.lower()
                )
            target = day(g.target_date) if g.target_date else none
            rows.append([g.specific or none, g.measure or none, target, shown, f"{num(g.progress)} %"])
        style = [("TEXTCOLOR", (3, n), (3, n), WARN) for n in late]
        story.append(
            table(rows, [width * 0.28, width * 0.27, width * 0.15, width * 0.17, width * 0.13], style=style)
        )
        note = i18n.translate("PairReport", "{done} of {goals} done.").format(
            done=num(done), goals=plural(len(f.goals), "goal")
        )
        if f.goals_overdue:
            passed = (
                i18n.translate(
                    "PairReport", "{goals} passed its target date without an outcome and is shown as overdue."
                )
                if f.goals_overdue == 1
                else i18n.translate(
                    "PairReport",
                    "{goals} passed their target date without an outcome and are shown as overdue.",
                )
            )
            note += " " + passed.format(goals=plural(f.goals_overdue, "goal"))
        story.append(para(note, "small"))
    else:
        story.append(para(i18n.translate("PairReport", "No goals have been agreed yet.")))
    story += heading(w.translate("PairReport", "Meetings"))
    held = len(f.meetings)
    story.append(
        para(
            i18n.translate(
                "PairReport", "{meetings} held; about {expected} expected by {date} at one every {days} days."
            ).format(
                meetings=plural(held, "meeting"),
                expected=num(f.expected_meetings),
                date=day(f.pair.ended_on or f.today),
                days=num(f.program.cadence_days),
            )
            + " "
            + _state(f)
        )
    )
    if f.meetings:
        rows = [
            [
                i18n.translate("PairReport", "Date"),
                i18n.translate("PairReport", "Length"),
                i18n.translate("PairReport", "Mode"),
                i18n.translate("PairReport", "Topics"),
                i18n.translate("PairReport", "Notes"),
            ]
        ]
        rows += [
            [
                day(m.date) if m.date else i18n.translate("PairReport", "undated"),
                i18n.translate("PairReport", "{minutes} min").format(minutes=num(m.duration_min)),
                m.mode.label,
                ", ".join(m.topics) or none,
                paras(m.notes, "cell") or none,
            ]
            for m in f.meetings
        ]
        story.append(table(rows, [width * 0.15, width * 0.11, width * 0.11, width * 0.23, width * 0.4]))
    story += _results(f, width, w)
    story += _comments(f, w)
    signatures = [
        [
            "",
            i18n.translate("PairReport", "Name"),
            i18n.translate("PairReport", "Signature"),
            i18n.translate("PairReport", "Date"),
        ]
    ]
    signatures += [
        [who, name, "", ""]
        for who, name in (
            (i18n.translate("PairReport", "Reverse mentor"), short(f.mentor.name)),
            (i18n.translate("PairReport", "Mentee"), short(f.mentee.name)),
            (i18n.translate("PairReport", "Program lead"), ""),
        )
    ]
    sign = table(signatures, [width * 0.2, width * 0.34, width * 0.28, width * 0.18])
    sign.setStyle([("TOPPADDING", (0, 1), (-1, -1), 12), ("BOTTOMPADDING", (0, 1), (-1, -1), 12)])
    story.append(
        keep(
            para(w.translate("PairReport", "Signatures"), "h1", outline=0),
            para(
                i18n.translate(
                    "PairReport",
                    "We have read this evaluation of the reverse-mentoring pair {pair} in {program}, "
                    "{period}, with its figures as of {date}, and agree that it reflects our work together.",
                ).format(
                    pair=pair_title(f), program=short(f.program.name), period=f.period, date=day(f.today)
                )
            ),
            sign,
        )
    )
    return story


def _results(f: PairFacts, width: float, w: Words) -> list[Flowable]:
    stages = [s for s in f.stages() if any(f.level_means(s, side) for side in (*SIDES, Respondent.HR))]
    out: list[Flowable] = heading(w.translate("PairReport", "Results by Kirkpatrick level"), room=40 * mm)
    if not stages:
        return [
            *out,
            para(
                i18n.translate(
                    "PairReport",
                    "No evaluation has been entered yet; results appear after the baseline check-in.",
                )
            ),
        ]
    scale = f.questionnaire.scale
    out.append(
        para(
            i18n.translate(
                "PairReport",
                "Mean answers per level on a scale of 1 to {scale}, mentee and reverse mentor apart. "
                "Reaction (satisfaction with the sessions) is asked from the midpoint on.",
            ).format(scale=scale),
            "small",
        )
    )
    head = [i18n.translate("PairReport", "Level")]
    head += [f"{s.label}: {side.label.lower()}" for s in stages for side in SIDES]
    rows = [head]
    for level in KIRKPATRICK_LEVELS:
        cells = []
        for stage in stages:
            for side in SIDES:
                means = f.level_means(stage, side)
                cells.append(num(means[level], 1) if level in means else "–")
        if any(c != "–" for c in cells):
            rows.append([level_name(level), *cells])
    columns = len(stages) * 2
    out.append(table(rows, [width * 0.2, *[width * 0.8 / columns] * columns]))
    observed = [(s, f.level_means(s, Respondent.HR)) for s in stages]
    observed = [(s, m) for s, m in observed if m]
    if observed:
        out.append(
            para(
                i18n.translate("PairReport", "HR's observation: {observed}.").format(
                    observed="; ".join(
                        f"{s.label.lower()} "
                        + ", ".join(
                            f"{level_name(level).lower()} {num(m[level], 1)}"
                            for level in KIRKPATRICK_LEVELS
                            if level in m
                        )
                        for s, m in observed
                    )
                ),
                "small",
            )
        )
    later_stage, topics = f.confidence()
    if topics:
        both = [(t, [float(b), float(a)]) for t, b, a in topics if b is not None and a is not None]
        one = [t for t, b, a in topics if b is None or a is None]
        later = later_stage.label if later_stage else i18n.translate("PairReport", "Later")
        chart_rows: list[tuple[str, list[float | None]]] = [(t, list(v)) for t, v in both]
        if not both:
            chart_rows = [
                (t, [None if b is None else float(b), None if a is None else float(a)]) for t, b, a in topics
            ]
        chart = bars(
            i18n.translate(
                "PairReport", "Learning: the mentee's confidence per topic (1 to 5), baseline and {stage}"
            ).format(stage=later.lower()),
            chart_rows,
            [Stage.BASELINE.label, later],
            width=width,
            maximum=5,
        )
        note = (
            i18n.translate(
                "PairReport",
                "Topics rated at only one of the two check-ins are left out of the chart: {topics}.",
            ).format(topics=", ".join(one))
            if one and both
            else ""
        )
        out.append(Spacer(1, 4 * mm))
        out.append(keep(chart, *([para(note, "small")] if note else [])))
    return out


def _comments(f: PairFacts, w: Words) -> list[Flowable]:
    said = [e for e in f.evaluations if e.comments.strip()]
    if not said:
        return []
    out: list[Flowable] = heading(w.translate("PairReport", "Comments"))
    for e in said:
        out.append(
            keep(
                para(
                    f"{e.respondent.label}, {e.stage.label.lower()} "
                    f"({day(e.date) if e.date else i18n.translate('PairReport', 'undated')})",
                    "h2",
                ),
                *paras(e.comments)[:1],
            )
        )
        out += paras(e.comments)[1:]
    return out


def write_pair_report(
    doc: Document, pair_id: str, path: Path, *, paper: str = "A4", today: dt.date | None = None
) -> Written:
    """Write one pair's report as of ``today`` (default: the real today), in the file's language."""
    with i18n.speaking(doc.organisation().language):  # in this thread only
        return _write(doc, pair_id, path, paper, today)


def _write(doc: Document, pair_id: str, path: Path, paper: str, today: dt.date | None) -> Written:
    facts = pair_facts(doc, pair_id, today)

    def build(target: str) -> int:
        report = Report(
            target,
            title=i18n.translate("PairReport", "{pair}: evaluation").format(pair=pair_title(facts)),
            client=facts.organisation.name,
            logo=facts.organisation.logo,
            paper=paper,
            as_of=facts.today,
            language=facts.organisation.language,
        )
        report.build(pair_story(facts, report.width), canvasmaker=NumberedCanvas)
        return report.pages

    return write(path, build)
