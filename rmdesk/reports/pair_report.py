"""The pair evaluation report: cover, goals, meetings against the cadence, results, comments, signatures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from rmdesk.domain.entities import Respondent, Stage
from rmdesk.domain.templates import KIRKPATRICK_LEVELS
from rmdesk.domain.words import points
from rmdesk.reports.charts import bars
from rmdesk.reports.facts import PairFacts, pair_facts
from rmdesk.reports.layout import NumberedCanvas, Report, logo_image, para, table, write
from rmdesk.store.document import Document


def _stages(facts: PairFacts) -> list[Stage]:
    return [s for s in Stage if any(e.stage is s for e in facts.evaluations)]


def pair_story(facts: PairFacts, width: float) -> list[Flowable]:
    """The pages of one pair's report, as flowables (the program report reuses none of it)."""
    f, story = facts, []
    logo = logo_image(f.organisation.logo)
    if logo:
        story.append(logo)
    story += [
        para(f"{f.mentor.name} and {f.mentee.name}", "title"),
        para(f"Reverse-mentoring evaluation · {f.program.name} · {f.period}", "subtitle"),
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
        Spacer(1, 4 * mm),
        para(
            f"Pair status: {f.pair.status.label}. Match score {points(f.pair.score)}."
            if f.pair.score is not None
            else f"Pair status: {f.pair.status.label}."
        ),
    ]
    story.append(para("Goals", "h1"))
    if f.goals:
        rows = [["Goal", "Measure of success", "Target", "Status", "Progress"]]
        rows += [
            [g.specific, g.measure or "–", str(g.target_date or "–"), g.status.label, f"{g.progress} %"]
            for g in f.goals
        ]
        story.append(table(rows, [width * 0.32, width * 0.3, width * 0.14, width * 0.12, width * 0.12]))
        done = sum(1 for g in f.goals if g.status.value == "done")
        story.append(para(f"{done} of {len(f.goals)} goals done.", "small"))
    else:
        story.append(para("No goals have been agreed yet."))
    story.append(para("Meetings", "h1"))
    held = len(f.meetings)
    story.append(
        para(
            f"{held} meeting{'s' if held != 1 else ''} held; about {f.expected_meetings} expected at one "
            f"every {f.program.cadence_days} days. Health on {f.today}: {f.health.label.lower()}"
            + (f" ({f.days_since} days since the last meeting)." if f.meetings else ".")
        )
    )
    if f.meetings:
        rows = [["Date", "Minutes", "Mode", "Topics", "Notes"]]
        rows += [
            [str(m.date), str(m.duration_min), m.mode.label, ", ".join(m.topics), m.notes] for m in f.meetings
        ]
        story.append(table(rows, [width * 0.15, width * 0.12, width * 0.12, width * 0.29, width * 0.32]))
    story += _results(f, width)
    story += _comments(f)
    story.append(CondPageBreak(60 * mm))
    story.append(para("Signatures", "h1"))
    signatures = [["", "Name", "Signature", "Date"]]
    signatures += [
        [who, name, "", ""]
        for who, name in (("Reverse mentor", f.mentor.name), ("Mentee", f.mentee.name), ("Program lead", ""))
    ]
    sign = table(signatures, [width * 0.2, width * 0.3, width * 0.3, width * 0.2])
    sign.setStyle([("TOPPADDING", (0, 1), (-1, -1), 12), ("BOTTOMPADDING", (0, 1), (-1, -1), 12)])
    story.append(sign)
    return story


def _results(f: PairFacts, width: float) -> list[Flowable]:
    heading = para("Evaluation results", "h1")
    stages = _stages(f)
    if not stages:
        return [
            heading,
            para("No evaluation has been entered yet; results appear after the baseline check-in."),
        ]
    scale = f.questionnaire.scale
    note = para(f"Mean answers per Kirkpatrick level, both sides, on a scale of 1 to {scale}.", "small")
    rows = []
    for level in KIRKPATRICK_LEVELS:
        values = [f.level_means(stage).get(level) for stage in stages]
        if any(v is not None for v in values):
            rows.append((level.capitalize(), values))
    chart = bars("Kirkpatrick levels by stage", rows, [s.label for s in stages], width=width, maximum=scale)
    out: list[Flowable] = [KeepTogether([heading, note, chart])]  # the heading never ends a page alone
    detail = [["Stage", "Answered by", *[level.capitalize() for level in KIRKPATRICK_LEVELS]]]
    for stage in stages:
        for respondent in (Respondent.MENTOR, Respondent.MENTEE, Respondent.HR):
            means = f.level_means(stage, respondent)
            if means:
                detail.append(
                    [
                        stage.label,
                        respondent.label,
                        *[f"{means[level]:.1f}" if level in means else "–" for level in KIRKPATRICK_LEVELS],
                    ]
                )
    out.append(table(detail, [width * 0.16, width * 0.16, *[width * 0.17] * 4]))
    before, after = f.confidence(Stage.BASELINE), f.confidence(Stage.FINAL)
    later = "Final"
    if not after:
        after, later = f.confidence(Stage.MIDPOINT), "Midpoint"
    topics = [t for t in [*before, *after] if t in before or t in after]
    topics = list(dict.fromkeys(topics))
    if topics:
        rows2 = [(t, [before.get(t), after.get(t)]) for t in topics]
        out.append(Spacer(1, 5 * mm))
        out.append(
            KeepTogether(
                [
                    bars(
                        "The mentee's confidence per topic (1 to 5)",
                        rows2,
                        ["Baseline", later],
                        width=width,
                        maximum=5,
                    )
                ]
            )
        )
    return out


def _comments(f: PairFacts) -> list[Flowable]:
    said = [e for e in f.evaluations if e.comments]
    if not said:
        return []
    out: list[Flowable] = [para("Comments", "h1")]
    for e in said:
        out.append(para(f"{e.respondent.label}, {e.stage.value} ({e.date or 'undated'})", "h2"))
        out.append(para(e.comments))
    return out


def write_pair_report(
    doc: Document, pair_id: str, path: Path, *, paper: str = "A4", today: dt.date | None = None
) -> Path:
    facts = pair_facts(doc, pair_id, today)
    title = f"{facts.mentor.name} and {facts.mentee.name}: evaluation"

    def build(target: str) -> None:
        report = Report(
            target, title=title, client=facts.organisation.name, logo=facts.organisation.logo, paper=paper
        )
        report.build(pair_story(facts, report.width), canvasmaker=NumberedCanvas)

    return write(path, build)
