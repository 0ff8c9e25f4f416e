"""The program report for a client's leadership, as of one date.

Up front: an executive summary (objective, dates, status and a conclusion drawn from the figures),
Kirkpatrick's four levels with their figures and how many answered, meetings against the cadence,
who is enrolled but unpaired, and the risks ranked by severity with their totals. Behind them, in
appendices: every pair, every follow-up, and the questionnaire.

Everything is written in the file's language (File > Organisation), whatever language the window
speaks: the whole build runs in ``i18n.speaking``, in the thread that writes it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from rmdesk.domain import i18n
from rmdesk.domain.entities import PairStatus, Program, ProgramStatus, Respondent, Role, Stage
from rmdesk.domain.health import Action, Alert
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP, Words
from rmdesk.domain.templates import KIRKPATRICK_LEVELS, Questionnaire
from rmdesk.domain.words import plural
from rmdesk.reports.charts import bars, pie
from rmdesk.reports.facts import PairLine, level_name, pair_lines, stage_named
from rmdesk.reports.layout import (
    Marked,
    NumberedCanvas,
    Report,
    Written,
    day,
    grid,
    heading,
    keep,
    num,
    para,
    pct,
    point,
    rate,
    short,
    signed,
    table,
    write,
)
from rmdesk.store import queries
from rmdesk.store.dashboard import Figures, Mean, Rate, check_ins, figures
from rmdesk.store.document import Document

Progress = Callable[[int], None]  # percent; may raise to cancel
TOP_RISKS = 15
KINDS = {
    "log_meeting": QT_TRANSLATE_NOOP("ProgramReport", "Pairs not meeting on rhythm"),
    "edit_goal": QT_TRANSLATE_NOOP("ProgramReport", "Goals past their date"),
    "add_evaluation": QT_TRANSLATE_NOOP("ProgramReport", "Missing check-ins"),
    "edit_person": QT_TRANSLATE_NOOP("ProgramReport", "People who have left"),
    "contract_ends": QT_TRANSLATE_NOOP("ProgramReport", "Contracts ending before the program"),
}
BUCKETS = {  # the dashboard's buckets of meetings held and generations, as the report shows them
    "5 or more": QT_TRANSLATE_NOOP("ProgramReport", "5 or more"),
    "Unknown": QT_TRANSLATE_NOOP("ProgramReport", "Unknown"),
}


def kind(action: Action) -> str:
    """What a kind of follow-up is called in the report."""
    found = KINDS.get(action.value)
    return i18n.translate("ProgramReport", found) if found else action.value.replace("_", " ").capitalize()


def _bucket(label: str) -> str:
    found = BUCKETS.get(label)
    return i18n.translate("ProgramReport", found) if found else label


SIDES = (Respondent.MENTEE, Respondent.MENTOR)


def _text(m: Mean, digits: int = 1) -> str:
    return "–" if m.value is None else num(m.value, digits)


def _mean(m: Mean, asked: Rate | None = None, digits: int = 1) -> str:
    if m.value is None:
        if asked and asked.asked:
            return i18n.translate("ProgramReport", "no answer yet ({asked} asked)").format(
                asked=num(asked.asked)
            )
        return i18n.translate("ProgramReport", "no answer yet")
    if asked:
        return f"{num(m.value, digits)} · {rate(asked.answered, asked.asked)}"
    return f"{num(m.value, digits)} (n = {num(m.n)})"


def ranked(alerts: list[Alert]) -> list[Alert]:
    """Most severe first, then the longest overdue, then by wording."""
    return sorted(alerts, key=lambda a: (-a.severity, a.due or dt.date.max, a.message))


def _status(program: Program, today: dt.date) -> str:
    """The program's dates and where it stands, in one sentence."""
    start, end = program.start_date, program.end_date
    dates = {
        "start": day(start) if start else i18n.translate("ProgramReport", "no start date"),
        "end": day(end) if end else i18n.translate("ProgramReport", "no end date"),
        "today": day(today),
    }
    if program.status is ProgramStatus.CLOSED:
        return i18n.translate("ProgramReport", "The program runs {start} to {end}; closed.").format(**dates)
    if program.status is ProgramStatus.PLANNED:
        return i18n.translate(
            "ProgramReport", "The program runs {start} to {end}; planned, not started yet."
        ).format(**dates)
    if start and end and start <= today <= end:
        return i18n.translate(
            "ProgramReport", "The program runs {start} to {end}; running, day {day} of {days} on {today}."
        ).format(day=num((today - start).days + 1), days=num((end - start).days + 1), **dates)
    if end and today > end:
        return i18n.translate(
            "ProgramReport",
            "The program ran {start} to {end}; running past its end date ({today}), not closed yet.",
        ).format(**dates)
    return i18n.translate("ProgramReport", "The program runs {start} to {end}; running.").format(**dates)


def conclusion(f: Figures, program: Program, alerts: list[Alert]) -> list[str]:
    """What the figures say, in plain sentences."""
    if not f.enrolled:
        return [
            i18n.translate(
                "ProgramReport",
                "Nobody is enrolled yet: there is nothing to measure. "
                "Enrol reverse mentors and mentees, then pair them.",
            )
        ]
    if not f.pairs_started:
        if f.pairs:
            text = i18n.translate(
                "ProgramReport",
                "{enrolled} enrolled, none paired yet; {pairs} proposed, not started. "
                "The figures below start once pairs meet.",
            )
        else:
            text = i18n.translate(
                "ProgramReport",
                "{enrolled} enrolled, none paired yet. The figures below start once pairs meet.",
            )
        return [text.format(enrolled=num(f.enrolled), pairs=plural(f.pairs, "pair"))]
    out = []
    parts = [i18n.translate("ProgramReport", "{count} active").format(count=num(f.pairs_active))]
    if f.pairs_completed:
        parts.append(
            i18n.translate("ProgramReport", "{count} completed").format(count=num(f.pairs_completed))
        )
    if f.pairs_ended_early:
        parts.append(
            i18n.translate("ProgramReport", "{count} ended early").format(count=num(f.pairs_ended_early))
        )
    started = (
        i18n.translate("ProgramReport", "{pairs} have started ({parts}) out of {enrolled} people enrolled.")
        if f.pairs_started != 1
        else i18n.translate(
            "ProgramReport", "1 pair has started ({parts}) out of {enrolled} people enrolled."
        )
    )
    out.append(
        started.format(
            pairs=plural(f.pairs_started, "pair"), parts=", ".join(parts), enrolled=num(f.enrolled)
        )
    )
    share = f.meetings_share
    if share is not None:
        if share >= 0.9:
            held = i18n.translate(
                "ProgramReport",
                "Pairs held {held} of about {expected} expected meetings ({share}): on the agreed rhythm.",
            )
        elif share >= 0.7:
            held = i18n.translate(
                "ProgramReport",
                "Pairs held {held} of about {expected} expected meetings ({share}): "
                "somewhat behind the agreed rhythm.",
            )
        else:
            held = i18n.translate(
                "ProgramReport",
                "Pairs held {held} of about {expected} expected meetings ({share}): "
                "well behind the agreed rhythm.",
            )
        sentence = held.format(held=num(f.meetings), expected=num(f.meetings_expected), share=pct(share))
        if f.pairs_active:
            sentence += " " + i18n.translate(
                "ProgramReport", "{count} of {active} active pairs meet on rhythm today."
            ).format(count=num(f.pairs_on_rhythm), active=num(f.pairs_active))
        out.append(sentence)
    if f.learning_stage is not None and f.confidence_change.value is not None:
        change = f.confidence_change.value
        if change > 0.05:
            moved = i18n.translate(
                "ProgramReport",
                "Mentees' confidence rose by {change} points on the 1 to 5 scale from the baseline to the "
                "{stage}, among the {mentees} who rated the same topics at both.",
            )
        elif change < -0.05:
            moved = i18n.translate(
                "ProgramReport",
                "Mentees' confidence fell by {change} points on the 1 to 5 scale from the baseline to the "
                "{stage}, among the {mentees} who rated the same topics at both.",
            )
        else:
            moved = i18n.translate(
                "ProgramReport",
                "Mentees' confidence held steady by {change} points on the 1 to 5 scale from the baseline "
                "to the {stage}, among the {mentees} who rated the same topics at both.",
            )
        sentence = moved.format(
            change=signed(change),
            stage=f.learning_stage.label.lower(),
            mentees=plural(f.confidence_mentees, "mentee"),
        )
        if f.learning_stage is not Stage.FINAL:
            final = f.stage(Stage.FINAL)
            if final and final.due:
                later = i18n.translate(
                    "ProgramReport", "The final check-in is due {date}; the midpoint is an interim result."
                ).format(date=day(final.due))
            else:
                later = i18n.translate(
                    "ProgramReport", "The final check-in is to come; the midpoint is an interim result."
                )
            sentence += " " + later
        out.append(sentence)
    else:
        out.append(
            i18n.translate(
                "ProgramReport",
                "No mentee has rated their confidence at both the baseline and a later check-in yet.",
            )
        )
    satisfied = f.satisfaction_by_stage
    if satisfied:
        label, mentees, mentors = satisfied[-1]
        stage = f.stage(stage_named(label))
        answered = stage.answered[Respondent.MENTEE] if stage else None
        if answered:
            said = i18n.translate(
                "ProgramReport",
                "Satisfaction at the {stage}: mentees {mentees} and reverse mentors {mentors} on a scale of "
                "1 to {scale} ({answered} of {asked} mentees answered).",
            )
        else:
            said = i18n.translate(
                "ProgramReport",
                "Satisfaction at the {stage}: mentees {mentees} and reverse mentors {mentors} on a scale of "
                "1 to {scale}.",
            )
        out.append(
            said.format(
                stage=label.lower(),
                mentees=_text(mentees),
                mentors=_text(mentors),
                scale=Questionnaire.of(program.settings).scale,
                answered=num(answered.answered) if answered else "",
                asked=num(answered.asked) if answered else "",
            )
        )
    if f.goals:
        if f.goals_overdue:
            done = i18n.translate(
                "ProgramReport",
                "{done} of {goals} are done ({share}); {late} are past their target date without an outcome.",
            )
        else:
            done = i18n.translate("ProgramReport", "{done} of {goals} are done ({share}).")
        out.append(
            done.format(
                done=num(f.goals_done),
                goals=plural(f.goals, "goal"),
                share=pct(f.goal_completion),
                late=num(f.goals_overdue),
            )
        )
    urgent = [a for a in alerts if a.severity > 1]
    if urgent:
        most = Counter(a.action for a in urgent).most_common(1)[0][0]
        out.append(
            i18n.translate(
                "ProgramReport", "{count} need action now, most of them {kind}; see Risks."
            ).format(count=plural(len(urgent), "follow-up"), kind=kind(most).lower())
        )
    elif alerts:
        out.append(
            i18n.translate("ProgramReport", "{count} are worth a look; none is urgent.").format(
                count=plural(len(alerts), "follow-up")
            )
        )
    return out


def _key_figures(f: Figures, program: Program, width: float) -> Table:
    unpaired = len(f.unpaired)
    rows: list[list[str]] = [
        [
            i18n.translate("ProgramReport", "Measure"),
            i18n.translate("ProgramReport", "Result"),
            i18n.translate("ProgramReport", "Based on"),
        ]
    ]
    rows.append(
        [
            i18n.translate("ProgramReport", "Participants"),
            i18n.translate(
                "ProgramReport",
                "{enrolled} enrolled ({mentors} reverse mentors, {mentees} mentees); "
                "{paired} in a started pair, {unpaired} not",
            ).format(
                enrolled=num(f.enrolled),
                mentors=num(f.mentors_enrolled),
                mentees=num(f.mentees_enrolled),
                paired=num(f.enrolled - unpaired),
                unpaired=num(unpaired),
            ),
            i18n.translate("ProgramReport", "enrolments"),
        ]
    )
    if f.pairs:
        rows.append(
            [
                i18n.translate("ProgramReport", "Pairs"),
                ", ".join(f"{num(n)} {label.lower()}" for label, n in f.pairs_by_status),
                plural(f.pairs, "pair"),
            ]
        )
    if f.pairs_started:
        rows.append(
            [
                i18n.translate("ProgramReport", "Meetings"),
                i18n.translate(
                    "ProgramReport",
                    "{held} held of about {expected} expected ({share}); "
                    "{on_rhythm} of {active} active pairs on rhythm ({rhythm})",
                ).format(
                    held=num(f.meetings),
                    expected=num(f.meetings_expected),
                    share=pct(f.meetings_share),
                    on_rhythm=num(f.pairs_on_rhythm),
                    active=num(f.pairs_active),
                    rhythm=pct(f.rhythm),
                ),
                i18n.translate("ProgramReport", "{pairs}, one meeting every {days} days").format(
                    pairs=plural(f.pairs_started, "started pair"), days=num(program.cadence_days)
                ),
            ]
        )
        satisfied = f.satisfaction_by_stage
        if satisfied:
            label, mentees, mentors = satisfied[-1]
            stage = f.stage(stage_named(label))
            assert stage is not None
            mentees_asked, mentors_asked = (
                stage.answered[Respondent.MENTEE],
                stage.answered[Respondent.MENTOR],
            )
            rows.append(
                [
                    i18n.translate("ProgramReport", "1 Reaction"),
                    i18n.translate(
                        "ProgramReport",
                        "satisfaction {mentees} (mentees), {mentors} (reverse mentors) at the {stage}",
                    ).format(mentees=_text(mentees), mentors=_text(mentors), stage=label.lower()),
                    i18n.translate("ProgramReport", "answered: mentees {mentees}, mentors {mentors}").format(
                        mentees=rate(mentees_asked.answered, mentees_asked.asked),
                        mentors=rate(mentors_asked.answered, mentors_asked.asked),
                    ),
                ]
            )
        else:
            rows.append(
                [
                    i18n.translate("ProgramReport", "1 Reaction"),
                    i18n.translate(
                        "ProgramReport", "not asked yet: satisfaction is asked from the midpoint on"
                    ),
                    "–",
                ]
            )
        if f.learning_stage is not None and f.confidence_change.value is not None:
            rows.append(
                [
                    i18n.translate("ProgramReport", "2 Learning"),
                    i18n.translate(
                        "ProgramReport", "confidence {change} points (1 to 5), baseline to {stage}"
                    ).format(change=signed(f.confidence_change.value), stage=f.learning_stage.label.lower()),
                    i18n.translate("ProgramReport", "the same {mentees}, {ratings}").format(
                        mentees=plural(f.confidence_mentees, "mentee"),
                        ratings=plural(f.confidence_change.n, "topic rating"),
                    ),
                ]
            )
        else:
            rows.append(
                [
                    i18n.translate("ProgramReport", "2 Learning"),
                    i18n.translate(
                        "ProgramReport", "no rating at both the baseline and a later check-in yet"
                    ),
                    "–",
                ]
            )
        behaviour = [i for i in f.items if i.level == "behaviour"]
        if behaviour and f.items_stage is not None:
            first = behaviour[0]
            rows.append(
                [
                    i18n.translate("ProgramReport", "3 Behaviour"),
                    i18n.translate(
                        "ProgramReport", "“{statement}” {mentees} (mentees), {mentors} (reverse mentors)"
                    ).format(
                        statement=first.text, mentees=_text(first.mentees), mentors=_text(first.mentors)
                    ),
                    i18n.translate(
                        "ProgramReport", "{mentees} mentees, {mentors} mentors at the {stage}"
                    ).format(
                        mentees=num(first.mentees.n),
                        mentors=num(first.mentors.n),
                        stage=f.items_stage.label.lower(),
                    ),
                ]
            )
        if f.goals_overdue:
            results = i18n.translate(
                "ProgramReport",
                "{done} of {goals} done ({share}), {late} overdue; {completed} of {pairs} completed",
            )
        else:
            results = i18n.translate(
                "ProgramReport", "{done} of {goals} done ({share}); {completed} of {pairs} completed"
            )
        rows.append(
            [
                i18n.translate("ProgramReport", "4 Results"),
                results.format(
                    done=num(f.goals_done),
                    goals=plural(f.goals, "goal"),
                    share=pct(f.goal_completion),
                    late=num(f.goals_overdue),
                    completed=num(f.pairs_completed),
                    pairs=plural(f.pairs_started, "pair"),
                ),
                i18n.translate("ProgramReport", "goals as recorded"),
            ]
        )
    if f.enrolled:
        rows.append(
            [
                i18n.translate("ProgramReport", "Retention"),
                i18n.translate(
                    "ProgramReport",
                    "{still} of {enrolled} still taking part ({share}); reverse mentors {mentors} of {of}",
                ).format(
                    still=num(f.still_active),
                    enrolled=num(f.enrolled),
                    share=pct(f.retention),
                    mentors=num(f.mentors_still_active),
                    of=num(f.mentors_enrolled),
                ),
                i18n.translate("ProgramReport", "participants not archived"),
            ]
        )
    return table(rows, [width * 0.16, width * 0.54, width * 0.3])


def _levels(f: Figures, program: Program, width: float, w: Words) -> list[Flowable]:
    scale = Questionnaire.of(program.settings).scale
    out: list[Flowable] = heading(w.translate("ProgramReport", "Kirkpatrick's four levels"), room=50 * mm)
    if not f.pairs_started:
        return [
            *out,
            para(
                i18n.translate(
                    "ProgramReport",
                    "No pair has started yet, so there is nothing to measure: reaction, learning, "
                    "behaviour and results are measured once pairs meet and answer their check-ins.",
                )
            ),
        ]
    out.append(
        para(
            i18n.translate(
                "ProgramReport",
                "Each level with its figures and how many people they rest on. A check-in is asked of both "
                "sides of every pair that had started and was still running when it fell due; "
                "answers dated after {date} are not counted.",
            ).format(date=day(f.as_of)),
            "small",
        )
    )
    # Check-ins answered, the base of every level.
    rows = [
        [
            i18n.translate("ProgramReport", "Check-in"),
            i18n.translate("ProgramReport", "Due"),
            i18n.translate("ProgramReport", "Mentees answered"),
            i18n.translate("ProgramReport", "Reverse mentors answered"),
        ]
    ]
    for s in f.stages:
        due = (
            (
                day(s.due)
                if s.is_due
                else i18n.translate("ProgramReport", "{date} (not yet due)").format(date=day(s.due))
            )
            if s.due
            else "–"
        )
        asked = [s.answered[side] for side in SIDES]
        rows.append([s.stage.label, due, *(rate(r.answered, r.asked) for r in asked)])
    out.append(table(rows, [width * 0.2, width * 0.24, width * 0.28, width * 0.28]))

    out += heading(
        w.translate("ProgramReport", "1 Reaction: satisfaction with the sessions"), 2, room=35 * mm
    )
    satisfied = f.satisfaction_by_stage
    if satisfied:
        rows = [
            [
                i18n.translate("ProgramReport", "Check-in"),
                i18n.translate("ProgramReport", "Mentees: mean (answered of asked)"),
                i18n.translate("ProgramReport", "Reverse mentors: mean (answered of asked)"),
            ]
        ]
        for label, mentees, mentors in satisfied:
            stage = f.stage(stage_named(label))
            assert stage is not None
            rows.append(
                [
                    label,
                    _mean(mentees, stage.answered[Respondent.MENTEE], 2),
                    _mean(mentors, stage.answered[Respondent.MENTOR], 2),
                ]
            )
        out.append(table(rows, [width * 0.2, width * 0.4, width * 0.4]))
        out.append(
            para(
                i18n.translate(
                    "ProgramReport",
                    "Mean of the reaction statements on a scale of 1 to {scale}, per person, then over "
                    "people. Not asked at the baseline, which comes before the first session; "
                    "HR's observations are not counted.",
                ).format(scale=scale),
                "small",
            )
        )
    else:
        out.append(
            para(
                i18n.translate(
                    "ProgramReport", "Not asked yet: satisfaction is asked from the midpoint check-in on."
                )
            )
        )

    out += heading(
        w.translate("ProgramReport", "2 Learning: confidence per topic, the same mentees before and after"),
        2,
        room=45 * mm,
    )
    if f.learning_stage is not None and f.confidence_by_topic:
        later = f.learning_stage.label
        chart = bars(
            i18n.translate(
                "ProgramReport",
                "Mentees' confidence per topic (1 to 5), baseline and {stage}, the same people",
            ).format(stage=later.lower()),
            [(f"{t.topic} (n = {num(t.n)})", [t.before, t.after]) for t in f.confidence_by_topic],
            [Stage.BASELINE.label, later],
            width=width,
            maximum=5,
        )
        rows = [
            [
                i18n.translate("ProgramReport", "Topic"),
                i18n.translate("ProgramReport", "Mentees"),
                Stage.BASELINE.label,
                later,
                i18n.translate("ProgramReport", "Change"),
            ]
        ]
        rows += [
            [t.topic, num(t.n), num(t.before, 2), num(t.after, 2), signed(t.change, 2)]
            for t in f.confidence_by_topic
        ]
        note = i18n.translate(
            "ProgramReport",
            "Only mentees who rated a topic at both the baseline and the {stage} count for it: "
            "{mentees}, {ratings}; mean change {change}.",
        ).format(
            stage=later.lower(),
            mentees=plural(f.confidence_mentees, "mentee"),
            ratings=plural(f.confidence_change.n, "topic rating"),
            change=signed(f.confidence_change.value or 0.0, 2),
        )
        if f.learning_stage is Stage.MIDPOINT:
            note += " " + i18n.translate("ProgramReport", "The final check-in is not in yet.")
        out.append(keep(chart))
        out.append(
            keep(
                table(rows, [width * 0.4, width * 0.15, width * 0.15, width * 0.15, width * 0.15]),
                para(note, "small"),
            )
        )
    else:
        out.append(
            para(
                i18n.translate(
                    "ProgramReport",
                    "No mentee has rated their confidence at both the baseline and a later check-in yet.",
                )
            )
        )

    out += heading(
        w.translate("ProgramReport", "3 Behaviour: what people now do differently"), 2, room=30 * mm
    )
    behaviour = [i for i in f.items if i.level == "behaviour"]
    if behaviour and f.items_stage is not None:
        rows = [
            [
                i18n.translate("ProgramReport", "Statement"),
                i18n.translate("ProgramReport", "Mentees: mean (n)"),
                i18n.translate("ProgramReport", "Reverse mentors: mean (n)"),
            ]
        ]
        rows += [[i.text, _mean(i.mentees), _mean(i.mentors)] for i in behaviour]
        out.append(table(rows, [width * 0.5, width * 0.25, width * 0.25]))
        out.append(
            para(
                i18n.translate(
                    "ProgramReport", "At the {stage} check-in, on a scale of 1 to {scale}."
                ).format(stage=f.items_stage.label.lower(), scale=scale),
                "small",
            )
        )
    else:
        out.append(
            para(
                i18n.translate(
                    "ProgramReport",
                    "No behaviour statement has been answered at the midpoint or final check-in yet.",
                )
            )
        )

    out += heading(w.translate("ProgramReport", "4 Results: goals, retention, completion"), 2, room=30 * mm)
    rows = [[i18n.translate("ProgramReport", "Measure"), i18n.translate("ProgramReport", "Result")]]
    if f.goals and f.goals_overdue:
        achieved = i18n.translate(
            "ProgramReport", "{done} of {goals} ({share}); {late} past the target date without an outcome"
        )
    elif f.goals:
        achieved = i18n.translate("ProgramReport", "{done} of {goals} ({share})")
    else:
        achieved = i18n.translate("ProgramReport", "no goals agreed yet")
    rows.append(
        [
            i18n.translate("ProgramReport", "Goals achieved"),
            achieved.format(
                done=num(f.goals_done),
                goals=plural(f.goals, "goal"),
                share=pct(f.goal_completion) if f.goals else "",
                late=num(f.goals_overdue),
            ),
        ]
    )
    if f.enrolled:
        rows.append(
            [
                i18n.translate("ProgramReport", "Participants retained"),
                i18n.translate("ProgramReport", "{count} of {of} ({share})").format(
                    count=num(f.still_active), of=num(f.enrolled), share=pct(f.retention)
                ),
            ]
        )
        if f.mentors_enrolled:
            rows.append(
                [
                    i18n.translate("ProgramReport", "Reverse mentors retained"),
                    i18n.translate("ProgramReport", "{count} of {of} ({share})").format(
                        count=num(f.mentors_still_active),
                        of=num(f.mentors_enrolled),
                        share=pct(f.mentors_still_active / f.mentors_enrolled),
                    ),
                ]
            )
    rows.append(
        [
            i18n.translate("ProgramReport", "Promotions"),
            i18n.translate("ProgramReport", "not recorded in this file"),
        ]
    )
    completed = (
        i18n.translate("ProgramReport", "{completed} of {pairs}; {early} ended early")
        if f.pairs_ended_early
        else i18n.translate("ProgramReport", "{completed} of {pairs}")
    )
    rows.append(
        [
            i18n.translate("ProgramReport", "Pairs completed"),
            completed.format(
                completed=num(f.pairs_completed),
                pairs=plural(f.pairs_started, "started pair"),
                early=num(f.pairs_ended_early),
            ),
        ]
    )
    for item in (i for i in f.items if i.level == "results"):
        rows.append(
            [
                f"“{item.text}”",
                i18n.translate("ProgramReport", "mentees {mentees}, reverse mentors {mentors}").format(
                    mentees=_mean(item.mentees), mentors=_mean(item.mentors)
                ),
            ]
        )
    out.append(table(rows, [width * 0.35, width * 0.65]))
    out.append(
        para(
            i18n.translate(
                "ProgramReport",
                "Goal statuses and archiving are counted as recorded; a goal past its target date and "
                "not done is counted as overdue whatever its recorded status.",
            ),
            "small",
        )
    )
    return out


def _meetings(f: Figures, program: Program, width: float, w: Words) -> list[Flowable]:
    out: list[Flowable] = heading(w.translate("ProgramReport", "Meetings against the cadence"), room=40 * mm)
    if not f.pairs_started:
        return [
            *out,
            para(i18n.translate("ProgramReport", "No pair has started, so no meeting is expected yet.")),
        ]
    text = i18n.translate(
        "ProgramReport",
        "{held} meetings held of about {expected} expected ({share}), counting one within {grace} days of "
        "each pair's start and then one every {cadence} days, up to {date} or the pair's end.",
    ).format(
        held=num(f.meetings),
        expected=num(f.meetings_expected),
        share=pct(f.meetings_share),
        grace=num(program.grace_days),
        cadence=num(program.cadence_days),
        date=day(f.as_of),
    )
    if f.pairs_active:
        text += " " + i18n.translate(
            "ProgramReport",
            "{count} of {active} active pairs are on rhythm ({share}): they met within the last {days} days.",
        ).format(
            count=num(f.pairs_on_rhythm),
            active=num(f.pairs_active),
            share=pct(f.rhythm),
            days=num(program.cadence_days + program.grace_days),
        )
    else:
        text += " " + i18n.translate("ProgramReport", "No pair is active.")
    out.append(para(text))
    half = (width - 8 * mm) / 2
    pairs = i18n.translate("ProgramReport", "Pairs")
    out.append(
        grid(
            [
                [
                    bars(
                        i18n.translate("ProgramReport", "Active pairs by rhythm"),
                        [(label, [v]) for label, v in f.health],
                        [pairs],
                        width=half,
                        number="%d",
                    ),
                    bars(
                        i18n.translate("ProgramReport", "Started pairs by meetings held"),
                        [(_bucket(label), [v]) for label, v in f.meetings_per_pair],
                        [pairs],
                        width=half,
                        number="%d",
                    ),
                ]
            ],
            [half + 4 * mm, half + 4 * mm],
        )
    )
    return out


def _participation(f: Figures, width: float, w: Words) -> list[Flowable]:
    out: list[Flowable] = heading(w.translate("ProgramReport", "Who takes part"), room=45 * mm)
    half = (width - 8 * mm) / 2
    out.append(
        grid(
            [
                [
                    bars(
                        i18n.translate("ProgramReport", "Generation mix"),
                        [(_bucket(label), [v]) for label, v in f.people_by_generation],
                        [i18n.translate("ProgramReport", "People")],
                        width=half,
                        number="%d",
                        empty=i18n.translate("ProgramReport", "Nobody enrolled yet."),
                    ),
                    pie(i18n.translate("ProgramReport", "Employment"), f.people_by_employment, width=half),
                ]
            ],
            [half + 4 * mm, half + 4 * mm],
        )
    )
    out += heading(w.translate("ProgramReport", "Enrolled but not paired"), 2, room=15 * mm)
    if not f.enrolled:
        out.append(para(i18n.translate("ProgramReport", "Nobody is enrolled yet.")))
    elif not f.unpaired:
        out.append(para(i18n.translate("ProgramReport", "Everyone enrolled is in a pair that has started.")))
    else:
        for role in (Role.MENTEE, Role.MENTOR):
            waiting = [(name, proposed) for name, r, proposed in f.unpaired if r is role]
            if not waiting:
                continue
            label = "mentee" if role is Role.MENTEE else "reverse mentor"
            shown = "; ".join(
                i18n.translate("ProgramReport", "{name} (proposed)").format(name=name) if proposed else name
                for name, proposed in waiting[:60]
            )
            if len(waiting) > 60:
                shown = i18n.translate("ProgramReport", "{names}, and {count} more").format(
                    names=shown, count=num(len(waiting) - 60)
                )
            out.append(para(f"{plural(len(waiting), label)}: {shown}."))
        out.append(
            para(i18n.translate("ProgramReport", "(proposed): in a pair proposed but not started."), "small")
        )
    return out


def _without_names(alert: Alert, lines: dict[str, PairLine]) -> str:
    line = lines.get(alert.pair_id)
    prefix = f"{line.mentor} and {line.mentee}: " if line else ""
    return alert.message[len(prefix) :] if prefix and alert.message.startswith(prefix) else alert.message


def _risks(alerts: list[Alert], f: Figures, width: float, w: Words) -> list[Flowable]:
    out: list[Flowable] = heading(w.translate("ProgramReport", "Risks and follow-ups"), room=40 * mm)
    if not alerts:
        if not f.pairs_started:
            text = (
                i18n.translate("ProgramReport", "No pair has started, so there is nothing to follow up yet.")
                if f.enrolled
                else i18n.translate(
                    "ProgramReport", "Nobody is enrolled yet, so there is nothing to follow up."
                )
            )
        else:
            text = i18n.translate(
                "ProgramReport",
                "Nothing needs attention: every active pair meets on rhythm and is up to date.",
            )
        return [*out, para(text)]
    counts: dict[str, list[int]] = {}
    for a in alerts:
        counts.setdefault(kind(a.action), [0, 0])[0 if a.severity > 1 else 1] += 1
    rows: list[list[object]] = [
        [
            i18n.translate("ProgramReport", "Kind"),
            i18n.translate("ProgramReport", "Needs action now"),
            i18n.translate("ProgramReport", "Worth a look"),
            i18n.translate("ProgramReport", "Total"),
        ]
    ]
    ranked_kinds = sorted(counts.items(), key=lambda item: (-item[1][0], -sum(item[1]), item[0]))
    rows += [[name, num(now), num(later), num(now + later)] for name, (now, later) in ranked_kinds]
    rows.append(
        [
            para(text, "cell_bold")
            for text in (
                i18n.translate("ProgramReport", "All"),
                *(num(sum(c[i] for c in counts.values())) for i in (0, 1)),
                num(len(alerts)),
            )
        ]
    )
    out.append(table(rows, [width * 0.46, width * 0.2, width * 0.18, width * 0.16]))
    top = alerts[:TOP_RISKS]
    out += heading(
        w.translate("ProgramReport", "The {count} most pressing").format(count=len(top))
        if len(alerts) > len(top)
        else w.translate("ProgramReport", "Every follow-up"),
        2,
        room=25 * mm,
    )
    now, soon = i18n.translate("ProgramReport", "Now"), i18n.translate("ProgramReport", "Soon")
    rows = [["", i18n.translate("ProgramReport", "Follow-up")]]
    rows += [[now if a.severity > 1 else soon, a.message] for a in top]
    out.append(table(rows, [width * 0.11, width * 0.89]))
    if len(alerts) > len(top):
        out.append(
            para(
                i18n.translate(
                    "ProgramReport", "… and {count} more: every follow-up is listed in Appendix B, by pair."
                ).format(count=num(len(alerts) - len(top))),
                "small",
            )
        )
    return out


def _appendix_pairs(lines: list[PairLine], width: float, as_of: dt.date, w: Words) -> list[Flowable]:
    out: list[Flowable] = heading(w.translate("ProgramReport", "Appendix A: every pair"), room=40 * mm)
    if not lines:
        return [*out, para(i18n.translate("ProgramReport", "No pairs have been made yet."))]
    out.append(
        para(
            i18n.translate(
                "ProgramReport",
                "As of {date}. Status: an active pair's rhythm (on track, overdue, stalled), or how it "
                "ended. Meetings: held / about expected. Goals late: past their target date without an "
                "outcome. Satisfaction: the latest check-in from the midpoint on, mentee / reverse mentor.",
            ).format(date=day(as_of)),
            "small",
        )
    )
    rows: list[list[object]] = [
        [
            i18n.translate("ProgramReport", "Reverse mentor"),
            i18n.translate("ProgramReport", "Mentee"),
            i18n.translate("ProgramReport", "Status"),
            i18n.translate("ProgramReport", "Meetings"),
            i18n.translate("ProgramReport", "Goals done"),
            i18n.translate("ProgramReport", "Goals late"),
            i18n.translate("ProgramReport", "Satisfaction"),
        ]
    ]
    proposed = PairStatus.PROPOSED.label
    for line in lines:
        mentee = line.satisfaction.get(Respondent.MENTEE)
        mentor = line.satisfaction.get(Respondent.MENTOR)
        feel = (
            "–"
            if mentee is None and mentor is None
            else f"{'–' if mentee is None else num(mentee, 1)} / {'–' if mentor is None else num(mentor, 1)}"
        )
        rows.append(
            [
                Marked(
                    line.mentor,
                    i18n.translate("ProgramReport", "{mentor} and {mentee}").format(
                        mentor=line.mentor, mentee=line.mentee
                    ),
                ),
                line.mentee,
                f"{line.status}, {line.health.lower()}" if line.health != "–" else line.status,
                f"{num(line.meetings)} / {num(line.expected)}"
                if line.status != proposed
                else num(line.meetings),
                f"{num(line.goals_done)}/{num(line.goals)}",
                num(line.goals_overdue) if line.goals_overdue else "–",
                feel,
            ]
        )
    widths = [0.155, 0.155, 0.18, 0.14, 0.12, 0.125, 0.125]  # room for longer headings in other languages
    out.append(table(rows, [width * w for w in widths]))
    return out


def _appendix_risks(
    alerts: list[Alert], lines: dict[str, PairLine], program: Program, as_of: dt.date, width: float, w: Words
) -> list[Flowable]:
    """Every follow-up as a register, one line per pair, the most pressing pairs first."""
    out: list[Flowable] = heading(
        w.translate("ProgramReport", "Appendix B: every follow-up, by pair"), room=40 * mm
    )
    out.append(
        para(
            i18n.translate(
                "ProgramReport",
                "Pairs in the order of their most pressing follow-up; Now: one of them needs action now. "
                "Rhythm: days since the last meeting (the program meets every {days} days). "
                "Goals: how many are past their target date without an outcome (the oldest date). "
                "Check-ins: the stages whose answers are missing.",
            ).format(days=num(program.cadence_days)),
            "small",
        )
    )
    by_pair: dict[str, list[Alert]] = {}
    for a in alerts:  # already ranked
        by_pair.setdefault(a.pair_id, []).append(a)
    rows: list[list[object]] = [
        [
            i18n.translate("ProgramReport", "Pair"),
            i18n.translate("ProgramReport", "Now"),
            i18n.translate("ProgramReport", "Rhythm"),
            i18n.translate("ProgramReport", "Goals"),
            i18n.translate("ProgramReport", "Check-ins"),
            i18n.translate("ProgramReport", "People"),
        ]
    ]
    yes = i18n.translate("ProgramReport", "yes")
    for pair_id, found in by_pair.items():
        line = lines.get(pair_id)
        name = (
            i18n.translate("ProgramReport", "{mentor} and {mentee}").format(
                mentor=line.mentor, mentee=line.mentee
            )
            if line
            else "?"
        )
        rhythm = goals = checkins = ""
        people: list[str] = []
        late = [a.due for a in found if a.action is Action.EDIT_GOAL and a.due]
        if late:
            goals = f"{num(len(late))} ({day(min(late))})"
        stages = [a.stage.label.lower() for a in found if a.action is Action.ADD_EVALUATION and a.stage]
        checkins = ", ".join(dict.fromkeys(stages))
        for a in found:
            if a.action is Action.LOG_MEETING and a.due:
                rhythm = plural((as_of - a.due).days + program.cadence_days, "day")
            elif a.action.value in ("edit_person", "contract_ends"):
                mentor = bool(line and a.target_id == line.mentor_id)
                if a.action is Action.EDIT_PERSON:
                    people.append(
                        i18n.translate("ProgramReport", "mentor has left")
                        if mentor
                        else i18n.translate("ProgramReport", "mentee has left")
                    )
                else:
                    said = (
                        i18n.translate("ProgramReport", "mentor's contract ends {date}")
                        if mentor
                        else i18n.translate("ProgramReport", "mentee's contract ends {date}")
                    )
                    people.append(said.format(date=day(a.due) if a.due else "–"))
        urgent = yes if any(a.severity > 1 for a in found) else ""
        rows.append([name, urgent, rhythm, goals, checkins, "; ".join(people)])
    out.append(table(rows, [width * w for w in (0.3, 0.08, 0.12, 0.17, 0.13, 0.2)]))
    return out


def program_story(
    doc: Document, program: Program, width: float, today: dt.date, progress: Progress
) -> list[Flowable]:
    """The pages of the program report, as flowables, in the language spoken (``i18n.speaking``)."""
    found = check_ins(doc, program, today)
    f = figures(doc, program, today, found)
    progress(10)
    lines = pair_lines(doc, program, today, found)
    by_pair = {line.pair_id: line for line in lines}
    progress(20)
    alerts = ranked(queries.program_alerts(doc, program, today, queries.alert_people(doc, program)))
    progress(30)
    w = i18n.current()
    story: list[Flowable] = [
        para(short(program.name), "title", outline=0),
        para(
            w.translate("ProgramReport", "Reverse-mentoring program report · figures as of {date}").format(
                date=day(today)
            ),
            "subtitle",
        ),
    ]
    story += heading(w.translate("ProgramReport", "Executive summary"), room=60 * mm)
    if program.objective.strip():
        story.append(
            para(
                i18n.translate("ProgramReport", "Objective: {objective}").format(
                    objective=program.objective.strip()
                )
            )
        )
    story.append(para(_status(program, today)))
    story += [point(sentence) for sentence in conclusion(f, program, alerts)]
    story += [Spacer(1, 2 * mm), _key_figures(f, program, width), Spacer(1, 2 * mm)]
    story += _levels(f, program, width, w)
    story += _meetings(f, program, width, w)
    story += _participation(f, width, w)
    story += _risks(alerts, f, width, w)
    progress(40)
    story += _appendix_pairs(lines, width, today, w)
    if len(alerts) > TOP_RISKS:
        story += _appendix_risks(alerts, by_pair, program, today, width, w)
    questionnaire = Questionnaire.of(program.settings)
    appendix = "C" if len(alerts) > TOP_RISKS else "B"
    story += heading(
        w.translate("ProgramReport", "Appendix {letter}: the questionnaire").format(letter=appendix),
        room=40 * mm,
    )
    about = (
        i18n.translate(
            "ProgramReport",
            "Answered by both sides at each check-in on a scale of 1 (strongly disagree) to {scale} "
            "(strongly agree), plus the mentee's confidence from 1 to 5 in each topic: {topics}. "
            "The reaction statements are asked from the midpoint on.",
        )
        if program.topics
        else i18n.translate(
            "ProgramReport",
            "Answered by both sides at each check-in on a scale of 1 (strongly disagree) to {scale} "
            "(strongly agree), plus the mentee's confidence from 1 to 5 in each topic. "
            "The reaction statements are asked from the midpoint on.",
        )
    )
    story += [
        para(about.format(scale=questionnaire.scale, topics=", ".join(program.topics))),
        table(
            [
                [i18n.translate("ProgramReport", "Level"), i18n.translate("ProgramReport", "Statement")],
                *[
                    [
                        f"{KIRKPATRICK_LEVELS.index(q.level) + 1} {level_name(q.level).lower()}"
                        if q.level in KIRKPATRICK_LEVELS
                        else q.level,
                        q.text,
                    ]
                    for q in questionnaire.items
                ],
            ],
            [width * 0.2, width * 0.8],
        ),
    ]
    progress(45)
    return story


def write_program_report(
    doc: Document,
    program: Program,
    path: Path,
    *,
    paper: str = "A4",
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Written:
    """Write the program report as of ``today`` (default: the real today), in the file's language;
    ``progress`` gets percentages and may raise to stop."""
    report_progress = progress or (lambda percent: None)
    organisation = doc.organisation()
    as_of = today or dt.date.today()

    def build(target: str) -> int:
        report = Report(
            target,
            title=i18n.translate("ProgramReport", "{program}: program report").format(program=program.name),
            client=organisation.name,
            logo=organisation.logo,
            paper=paper,
            as_of=as_of,
            language=organisation.language,
        )
        story = program_story(doc, program, report.width, as_of, report_progress)
        pairs = doc.conn.execute("SELECT count(*) FROM pairs WHERE program_id = ?", [program.id]).fetchone()[
            0
        ]
        expected = 6 + pairs // 25  # pages, roughly: the appendix holds about 40 pairs a page

        def page_done(page: int) -> None:  # each page laid out: say so, and let a cancel stop it
            report_progress(45 + 54 * min(page, expected) // expected)

        report.on_page = page_done
        report.build(story, canvasmaker=NumberedCanvas)
        report_progress(100)
        return report.pages

    with i18n.speaking(organisation.language):  # the file's language, in this thread only
        return write(path, build)
