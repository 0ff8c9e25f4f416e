"""The pair evaluation report: summary, goals, meetings against the cadence, results by
Kirkpatrick level, comments, signatures. Everything as of one date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rmdesk.domain.entities import PairStatus, Respondent
from rmdesk.domain.health import goal_status_shown
from rmdesk.domain.i18n import Words, words
from rmdesk.domain.templates import KIRKPATRICK_LEVELS
from rmdesk.domain.words import plural, points
from rmdesk.reports.charts import bars
from rmdesk.reports.facts import PairFacts, ended_text, pair_facts
from rmdesk.reports.layout import (
    WARN,
    NumberedCanvas,
    Report,
    Written,
    heading,
    keep,
    para,
    paras,
    short,
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
        return f"Proposed on {f.today}: the pair has not started yet."
    if f.pair.status is not PairStatus.ACTIVE:
        return ended_text(f.pair) + "."
    assert f.health is not None
    since = (
        f"{plural(f.days_since, 'day')} since the last meeting"
        if f.meetings
        else (f"{plural(f.days_since, 'day')} since the pair started, no meeting yet")
    )
    started = f.pair.started_on or f.program.start_date
    return f"Active since {started}; {f.health.label.lower()} on {f.today} ({since})."


def _satisfaction_text(f: PairFacts) -> str:
    stage, means = f.satisfaction()
    if stage is None:
        return "not asked yet (from the midpoint check-in on)"
    parts = [f"{side.label.lower()} {means[side]:.1f}" for side in SIDES if side in means]
    missing = [side.label.lower() for side in SIDES if side not in means]
    return f"{', '.join(parts)} of {f.questionnaire.scale} at the {stage.value}" + (
        f" (no answer from the {' or '.join(missing)})" if missing else ""
    )


def _confidence_text(f: PairFacts) -> str:
    stage, topics = f.confidence()
    both = [(t, b, a) for t, b, a in topics if b is not None and a is not None]
    if stage is None or not both:
        return "no rating at both the baseline and a later check-in yet"
    change = sum(a - b for _, b, a in both) / len(both)
    return f"{change:+.1f} points on average over {plural(len(both), 'topic')}, baseline to {stage.value}"


def pair_story(facts: PairFacts, width: float) -> list[Flowable]:
    """The pages of one pair's report, as flowables."""
    f, story = facts, []
    w = words(f.organisation.language)  # the file's language, whoever writes it
    done = sum(1 for g in f.goals if g.status.value == "done")
    story += [
        para(pair_title(f), "title", outline=0),
        para(
            w.translate(
                "PairReport", "Reverse-mentoring evaluation · {program} · {period} · figures as of {date}"
            ).format(program=short(f.program.name), period=f.period, date=f.today),
            "subtitle",
        ),
        table(
            [
                ["", "Reverse mentor", "Mentee"],
                ["Name", f.mentor.name, f.mentee.name],
                ["Role", f.mentor.job_title or "–", f.mentee.job_title or "–"],
                ["Department", f.mentor.department or "–", f.mentee.department or "–"],
                ["Generation", f.mentor.generation or "–", f.mentee.generation or "–"],
            ],
            [width * 0.22, width * 0.39, width * 0.39],
        ),
        Spacer(1, 3 * mm),
    ]
    summary = [
        ["Status", _state(f) + (f" Match score {points(f.pair.score)}." if f.pair.score is not None else "")],
        [
            "Meetings",
            f"{len(f.meetings)} held of about {f.expected_meetings} expected "
            f"(one every {f.program.cadence_days} days)",
        ],
        [
            "Goals",
            f"{done} of {plural(len(f.goals), 'goal')} done"
            + (f"; {f.goals_overdue} past the target date" if f.goals_overdue else "")
            if f.goals
            else "none agreed yet",
        ],
        ["Satisfaction", _satisfaction_text(f)],
        ["Confidence", _confidence_text(f)],
    ]
    story += [
        *heading(w.translate("PairReport", "Summary"), room=25 * mm),
        table(summary, [width * 0.2, width * 0.8], header=False),
    ]
    story += heading(w.translate("PairReport", "Goals"))
    if f.goals:
        rows: list[list[object]] = [["Goal", "Measure of success", "Target", "Status", "Progress"]]
        late = []
        for number, g in enumerate(f.goals, 1):
            shown = goal_status_shown(g, f.today)
            if shown != g.status.label:
                late.append(number)
                shown = f"{shown} (recorded: {g.status.label.lower()})"
            rows.append(
                [g.specific or "–", g.measure or "–", str(g.target_date or "–"), shown, f"{g.progress} %"]
            )
        style = [("TEXTCOLOR", (3, n), (3, n), WARN) for n in late]
        story.append(
            table(rows, [width * 0.3, width * 0.28, width * 0.13, width * 0.17, width * 0.12], style=style)
        )
        note = f"{done} of {plural(len(f.goals), 'goal')} done."
        if f.goals_overdue:
            note += (
                f" {plural(f.goals_overdue, 'goal')} passed {'its' if f.goals_overdue == 1 else 'their'} "
                "target date without an outcome and "
                + ("is" if f.goals_overdue == 1 else "are")
                + " shown as overdue."
            )
        story.append(para(note, "small"))
    else:
        story.append(para("No goals have been agreed yet."))
    story += heading(w.translate("PairReport", "Meetings"))
    held = len(f.meetings)
    story.append(
        para(
            f"{plural(held, 'meeting')} held; about {f.expected_meetings} expected "
            f"by {f.pair.ended_on or f.today} "
            f"at one every {f.program.cadence_days} days. {_state(f)}"
        )
    )
    if f.meetings:
        rows = [["Date", "Length", "Mode", "Topics", "Notes"]]
        rows += [
            [
                str(m.date or "undated"),
                f"{m.duration_min} min",
                m.mode.label,
                ", ".join(m.topics) or "–",
                paras(m.notes, "cell") or "–",
            ]
            for m in f.meetings
        ]
        story.append(table(rows, [width * 0.14, width * 0.1, width * 0.11, width * 0.25, width * 0.4]))
    story += _results(f, width, w)
    story += _comments(f, w)
    signatures = [["", "Name", "Signature", "Date"]]
    signatures += [
        [who, name, "", ""]
        for who, name in (
            ("Reverse mentor", short(f.mentor.name)),
            ("Mentee", short(f.mentee.name)),
            ("Program lead", ""),
        )
    ]
    sign = table(signatures, [width * 0.2, width * 0.34, width * 0.28, width * 0.18])
    sign.setStyle([("TOPPADDING", (0, 1), (-1, -1), 12), ("BOTTOMPADDING", (0, 1), (-1, -1), 12)])
    story.append(
        keep(
            para(w.translate("PairReport", "Signatures"), "h1", outline=0),
            para(
                f"We have read this evaluation of the reverse-mentoring pair {pair_title(f)} in "
                f"{short(f.program.name)}, {f.period}, with its figures as of {f.today}, and agree that it "
                "reflects our work together."
            ),
            sign,
        )
    )
    return story


def _results(f: PairFacts, width: float, w: Words) -> list[Flowable]:
    stages = [s for s in f.stages() if any(f.level_means(s, side) for side in (*SIDES, Respondent.HR))]
    out: list[Flowable] = heading(w.translate("PairReport", "Results by Kirkpatrick level"), room=40 * mm)
    if not stages:
        return [*out, para("No evaluation has been entered yet; results appear after the baseline check-in.")]
    scale = f.questionnaire.scale
    out.append(
        para(
            f"Mean answers per level on a scale of 1 to {scale}, mentee and reverse mentor apart. "
            "Reaction (satisfaction with the sessions) is asked from the midpoint on.",
            "small",
        )
    )
    head = ["Level"] + [f"{s.label}: {side.label.lower()}" for s in stages for side in SIDES]
    rows = [head]
    for level in KIRKPATRICK_LEVELS:
        cells = []
        for stage in stages:
            for side in SIDES:
                means = f.level_means(stage, side)
                cells.append(f"{means[level]:.1f}" if level in means else "–")
        if any(c != "–" for c in cells):
            rows.append([level.capitalize(), *cells])
    columns = len(stages) * 2
    out.append(table(rows, [width * 0.2, *[width * 0.8 / columns] * columns]))
    observed = [(s, f.level_means(s, Respondent.HR)) for s in stages]
    observed = [(s, m) for s, m in observed if m]
    if observed:
        out.append(
            para(
                "HR's observation: "
                + "; ".join(
                    f"{s.value} "
                    + ", ".join(f"{level} {m[level]:.1f}" for level in KIRKPATRICK_LEVELS if level in m)
                    for s, m in observed
                )
                + ".",
                "small",
            )
        )
    later_stage, topics = f.confidence()
    if topics:
        both = [(t, [float(b), float(a)]) for t, b, a in topics if b is not None and a is not None]
        one = [t for t, b, a in topics if b is None or a is None]
        later = later_stage.label if later_stage else "Later"
        chart_rows: list[tuple[str, list[float | None]]] = [(t, list(v)) for t, v in both]
        if not both:
            chart_rows = [
                (t, [None if b is None else float(b), None if a is None else float(a)]) for t, b, a in topics
            ]
        chart = bars(
            f"Learning: the mentee's confidence per topic (1 to 5), baseline and {later.lower()}",
            chart_rows,
            ["Baseline", later],
            width=width,
            maximum=5,
        )
        note = (
            f"Topics rated at only one of the two check-ins are left out of the chart: {', '.join(one)}."
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
                para(f"{e.respondent.label}, {e.stage.value} ({e.date or 'undated'})", "h2"),
                *paras(e.comments)[:1],
            )
        )
        out += paras(e.comments)[1:]
    return out


def write_pair_report(
    doc: Document, pair_id: str, path: Path, *, paper: str = "A4", today: dt.date | None = None
) -> Written:
    """Write one pair's report as of ``today`` (default: the real today)."""
    facts = pair_facts(doc, pair_id, today)

    def build(target: str) -> int:
        report = Report(
            target,
            title=words(facts.organisation.language)
            .translate("PairReport", "{pair}: evaluation")
            .format(pair=pair_title(facts)),
            client=facts.organisation.name,
            logo=facts.organisation.logo,
            paper=paper,
            as_of=facts.today,
            language=facts.organisation.language,
        )
        report.build(pair_story(facts, report.width), canvasmaker=NumberedCanvas)
        return report.pages

    return write(path, build)
