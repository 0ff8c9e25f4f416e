"""The program report for a client's leadership: summary, charts, every pair, risks, the questionnaire."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from rmdesk.domain.entities import Program
from rmdesk.domain.templates import Questionnaire
from rmdesk.reports.charts import bars, pie
from rmdesk.reports.facts import PairLine, pair_lines
from rmdesk.reports.layout import NumberedCanvas, Report, logo_image, para, table, write
from rmdesk.store import queries
from rmdesk.store.dashboard import Figures, figures
from rmdesk.store.document import Document

Progress = Callable[[int], None]  # percent; may raise to cancel


def _summary(f: Figures, lines: list[PairLine], width: float) -> Table:
    changes = [
        after - before
        for _, before, after in f.confidence_by_topic
        if before is not None and after is not None
    ]
    satisfaction = f.satisfaction_by_stage[-1] if f.satisfaction_by_stage else None
    roles = dict(f.people_by_role)
    rows = [
        ["Measure", "Result"],
        [
            "Participants",
            f"{f.enrolled} enrolled: {roles.get('Reverse mentor', 0):g} reverse mentors, "
            f"{roles.get('Mentee', 0):g} mentees",
        ],
        [
            "Pairs",
            f"{f.pairs}: " + ", ".join(f"{n:g} {label.lower()}" for label, n in f.pairs_by_status)
            if f.pairs
            else "none yet",
        ],
        ["Meetings", f"{f.meetings} held, {f.meetings / max(len(lines), 1):.1f} per pair on average"],
        ["Goals", f"{f.goals_done} of {f.goals} done ({f.goal_completion:.0%})"],
        [
            "Satisfaction",
            f"{satisfaction[1]:.2f} at the {satisfaction[0].lower()} check-in (reaction items)"
            if satisfaction
            else "no evaluation yet",
        ],
        [
            "Confidence",
            f"{sum(changes) / len(changes):+.1f} points on average per topic, baseline to final "
            f"(mentees, 1 to 5)"
            if changes
            else "no final evaluation yet",
        ],
        ["Retention", f"{f.retention:.0%} of participants still taking part"],
    ]
    return table(rows, [width * 0.25, width * 0.75])


def program_story(
    doc: Document, program: Program, width: float, today: dt.date, progress: Progress
) -> list[Flowable]:
    organisation = doc.organisation()
    f = figures(doc, program)
    progress(10)
    lines = pair_lines(doc, program, today)
    progress(25)
    alerts = queries.program_alerts(doc, program, today)
    progress(35)
    story: list[Flowable] = []
    logo = logo_image(organisation.logo)
    if logo:
        story.append(logo)
    story += [
        para(program.name, "title"),
        para(
            f"Reverse-mentoring program report · {program.start_date or '?'} to {program.end_date or 'open'}"
            f" · as of {today}",
            "subtitle",
        ),
    ]
    if program.objective:
        story.append(para(program.objective))
    story += [para("Executive summary", "h1"), _summary(f, lines, width), Spacer(1, 4 * mm)]
    half = (width - 8 * mm) / 2
    health = Counter(line.health for line in lines if line.health != "–")
    charts = [
        bars(
            "Generation mix",
            [(label, [value]) for label, value in f.people_by_generation],
            ["People"],
            width=half,
            number="%d",
        ),
        pie("Employment", f.people_by_employment, width=half),
        bars(
            "Pair health",
            [
                (label, [float(health[label])])
                for label in ("On track", "Overdue", "Stalled")
                if health[label]
            ],
            ["Pairs"],
            width=half,
            number="%d",
        ),
        bars(
            "Satisfaction per stage",
            [(label, [value]) for label, value in f.satisfaction_by_stage],
            ["Mean"],
            width=half,
            maximum=float(Questionnaire.of(program.settings).scale),
            number="%.2f",
        ),
    ]
    grid = Table([[charts[0], charts[1]], [charts[2], charts[3]]], colWidths=[half + 4 * mm, half + 4 * mm])
    grid.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)])
    story.append(grid)
    story.append(
        KeepTogether(
            [
                bars(
                    "Mentees' confidence per topic, baseline and final (1 to 5)",
                    [(t, [b, a]) for t, b, a in f.confidence_by_topic],
                    ["Baseline", "Final"],
                    width=width,
                    maximum=5,
                )
            ]
        )
    )
    progress(45)
    story += [PageBreak(), para("Pairs", "h1")]
    if lines:
        rows = [["Reverse mentor", "Mentee", "Status", "Health", "Meetings", "Goals done", "Satisfaction"]]
        rows += [
            [
                line.mentor,
                line.mentee,
                line.status,
                line.health,
                str(line.meetings),
                f"{line.goals_done}/{line.goals}",
                f"{line.satisfaction:.1f}" if line.satisfaction is not None else "–",
            ]
            for line in lines
        ]
        widths = [0.2, 0.2, 0.11, 0.1, 0.12, 0.12, 0.15]
        story.append(table(rows, [width * w for w in widths]))
    else:
        story.append(para("No pairs have been made yet."))
    progress(60)
    story.append(para("Risks and follow-ups", "h1"))
    if alerts:
        kinds = Counter(a.action.value for a in alerts)
        names = {
            "log_meeting": "pairs not meeting on rhythm",
            "edit_goal": "goals past their date",
            "add_evaluation": "missing evaluations",
            "edit_person": "people leaving or contracts ending",
        }
        story.append(para("; ".join(f"{count} {names[kind]}" for kind, count in kinds.most_common()) + "."))
        urgent = [a for a in alerts if a.severity > 1][:25]
        if urgent:
            story.append(para("Needing action now:", "h2"))
            story.append(table([["Follow-up"], *[[a.message] for a in urgent]], [width]))
    else:
        story.append(para("Nothing needs attention: every pair meets on rhythm and is up to date."))
    questionnaire = Questionnaire.of(program.settings)
    story += [
        PageBreak(),
        para("Appendix: the questionnaire", "h1"),
        para(
            f"Answered by both sides at each stage on a scale of 1 (strongly disagree) to "
            f"{questionnaire.scale} (strongly agree), plus confidence from 1 to 5 in each topic: "
            + ", ".join(program.topics)
            + "."
        ),
        table(
            [["Level", "Statement"], *[[q.level.capitalize(), q.text] for q in questionnaire.items]],
            [width * 0.2, width * 0.8],
        ),
    ]
    progress(70)
    return story


def write_program_report(
    doc: Document,
    program: Program,
    path: Path,
    *,
    paper: str = "A4",
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the program report; ``progress`` gets percentages and may raise to stop."""
    report_progress = progress or (lambda percent: None)
    organisation = doc.organisation()

    def build(target: str) -> None:
        report = Report(
            target,
            title=f"{program.name}: program report",
            client=organisation.name,
            logo=organisation.logo,
            paper=paper,
        )
        story = program_story(doc, program, report.width, today or dt.date.today(), report_progress)
        total = len(story)

        def laid_out(kind: str, value: int) -> None:
            if kind == "PROGRESS" and total:
                report_progress(70 + 29 * min(value, total) // total)

        report.setProgressCallBack(laid_out)
        report.build(story, canvasmaker=NumberedCanvas)
        report_progress(100)

    return write(path, build)
