"""The program report for a client's leadership, as of one date.

Up front: an executive summary (objective, dates, status and a conclusion drawn from the figures),
Kirkpatrick's four levels with their figures and how many answered, meetings against the cadence,
who is enrolled but unpaired, and the risks ranked by severity with their totals. Behind them, in
appendices: every pair, every follow-up, and the questionnaire.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from rmdesk.domain.entities import Program, ProgramStatus, Respondent, Role, Stage
from rmdesk.domain.health import Action, Alert
from rmdesk.domain.i18n import Words, words
from rmdesk.domain.templates import KIRKPATRICK_LEVELS, Questionnaire
from rmdesk.domain.words import plural
from rmdesk.reports.charts import bars, pie
from rmdesk.reports.facts import PairLine, pair_lines
from rmdesk.reports.layout import (
    Marked,
    NumberedCanvas,
    Report,
    Written,
    grid,
    heading,
    keep,
    para,
    point,
    short,
    table,
    write,
)
from rmdesk.store import queries
from rmdesk.store.dashboard import Figures, Mean, Rate, check_ins, figures
from rmdesk.store.document import Document

Progress = Callable[[int], None]  # percent; may raise to cancel
TOP_RISKS = 15
KINDS = {
    "log_meeting": "Pairs not meeting on rhythm",
    "edit_goal": "Goals past their date",
    "add_evaluation": "Missing check-ins",
    "edit_person": "People who have left",
    "contract_ends": "Contracts ending before the program",
}


def kind(action: Action) -> str:
    """What a kind of follow-up is called in the report."""
    return KINDS.get(action.value, action.value.replace("_", " ").capitalize())


SIDES = (Respondent.MENTEE, Respondent.MENTOR)


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def _mean(m: Mean, rate: Rate | None = None, digits: int = 1) -> str:
    if m.value is None:
        return "no answer yet" + (f" ({rate.asked} asked)" if rate and rate.asked else "")
    return f"{m.value:.{digits}f}" + (f" · {rate}" if rate else f" (n = {m.n})")


def ranked(alerts: list[Alert]) -> list[Alert]:
    """Most severe first, then the longest overdue, then by wording."""
    return sorted(alerts, key=lambda a: (-a.severity, a.due or dt.date.max, a.message))


def _status(program: Program, today: dt.date) -> str:
    start, end = program.start_date, program.end_date
    dates = f"{start or 'no start date'} to {end or 'no end date'}"
    if program.status is ProgramStatus.CLOSED:
        return f"runs {dates}; closed"
    if program.status is ProgramStatus.PLANNED:
        return f"runs {dates}; planned, not started yet"
    if start and end and start <= today <= end:
        day, days = (today - start).days + 1, (end - start).days + 1
        return f"runs {dates}; running, day {day} of {days} on {today}"
    if end and today > end:
        return f"ran {dates}; running past its end date ({today}), not closed yet"
    return f"runs {dates}; running"


def conclusion(f: Figures, program: Program, alerts: list[Alert]) -> list[str]:
    """What the figures say, in plain sentences."""
    if not f.enrolled:
        return [
            "Nobody is enrolled yet: there is nothing to measure. "
            "Enrol reverse mentors and mentees, then pair them."
        ]
    if not f.pairs_started:
        waiting = f"; {plural(f.pairs, 'pair')} proposed, not started" if f.pairs else ""
        return [f"{f.enrolled} enrolled, none paired yet{waiting}. The figures below start once pairs meet."]
    out = []
    pairs = (
        f"{plural(f.pairs_started, 'pair')} have started" if f.pairs_started != 1 else "1 pair has started"
    )
    parts = [f"{f.pairs_active} active"]
    if f.pairs_completed:
        parts.append(f"{f.pairs_completed} completed")
    if f.pairs_ended_early:
        parts.append(f"{f.pairs_ended_early} ended early")
    out.append(f"{pairs} ({', '.join(parts)}) out of {f.enrolled} people enrolled.")
    share = f.meetings_share
    if share is not None:
        pace = (
            "on the agreed rhythm"
            if share >= 0.9
            else "somewhat behind the agreed rhythm"
            if share >= 0.7
            else "well behind the agreed rhythm"
        )
        rhythm = (
            f" {f.pairs_on_rhythm} of {f.pairs_active} active pairs meet on rhythm today."
            if f.pairs_active
            else ""
        )
        out.append(
            f"Pairs held {f.meetings} of about {f.meetings_expected} expected meetings "
            f"({share:.0%}): {pace}.{rhythm}"
        )
    if f.learning_stage is not None and f.confidence_change.value is not None:
        final = f.stage(Stage.FINAL)
        later = (
            ""
            if f.learning_stage is Stage.FINAL
            else f" The final check-in{f' is due {final.due}' if final and final.due else ' is to come'}; "
            "the midpoint is an interim result."
        )
        direction = (
            "rose"
            if f.confidence_change.value > 0.05
            else "fell"
            if f.confidence_change.value < -0.05
            else "held steady"
        )
        out.append(
            f"Mentees' confidence {direction} by {f.confidence_change.value:+.1f} points on the 1 to 5 "
            f"scale from the baseline to the {f.learning_stage.value}, among the "
            f"{plural(f.confidence_mentees, 'mentee')} "
            f"who rated the same topics at both.{later}"
        )
    else:
        out.append("No mentee has rated their confidence at both the baseline and a later check-in yet.")
    satisfied = f.satisfaction_by_stage
    if satisfied:
        label, mentees, mentors = satisfied[-1]
        stage = f.stage(Stage(label.lower()))
        rate = stage.answered[Respondent.MENTEE] if stage else None
        out.append(
            f"Satisfaction at the {label.lower()}: mentees {mentees.text()} "
            f"and reverse mentors {mentors.text()} "
            f"on a scale of 1 to {Questionnaire.of(program.settings).scale}"
            + (f" ({rate.answered} of {rate.asked} mentees answered)." if rate else ".")
        )
    if f.goals:
        late = f"; {f.goals_overdue} are past their target date without an outcome" if f.goals_overdue else ""
        out.append(f"{f.goals_done} of {plural(f.goals, 'goal')} are done ({f.goal_completion:.0%}){late}.")
    urgent = [a for a in alerts if a.severity > 1]
    if urgent:
        most = Counter(a.action for a in urgent).most_common(1)[0][0]
        out.append(
            f"{plural(len(urgent), 'follow-up')} need action now, most of them "
            f"{kind(most).lower()}; see Risks."
        )
    elif alerts:
        out.append(f"{plural(len(alerts), 'follow-up')} are worth a look; none is urgent.")
    return out


def _key_figures(f: Figures, program: Program, width: float) -> Table:
    roles = f"{f.mentors_enrolled} reverse mentors, {f.mentees_enrolled} mentees"
    unpaired = len(f.unpaired)
    rows: list[list[str]] = [["Measure", "Result", "Based on"]]
    rows.append(
        [
            "Participants",
            f"{f.enrolled} enrolled ({roles}); {f.enrolled - unpaired} in a started pair, {unpaired} not",
            "enrolments",
        ]
    )
    if f.pairs:
        rows.append(
            [
                "Pairs",
                ", ".join(f"{n:g} {label.lower()}" for label, n in f.pairs_by_status),
                plural(f.pairs, "pair"),
            ]
        )
    if f.pairs_started:
        rows.append(
            [
                "Meetings",
                f"{f.meetings} held of about {f.meetings_expected} expected ({_pct(f.meetings_share)}); "
                f"{f.pairs_on_rhythm} of {f.pairs_active} active pairs on rhythm ({_pct(f.rhythm)})",
                f"{plural(f.pairs_started, 'started pair')}, one meeting every {program.cadence_days} days",
            ]
        )
        satisfied = f.satisfaction_by_stage
        if satisfied:
            label, mentees, mentors = satisfied[-1]
            stage = f.stage(Stage(label.lower()))
            assert stage is not None
            rows.append(
                [
                    "1 Reaction",
                    f"satisfaction {mentees.text()} (mentees), {mentors.text()} (reverse mentors) "
                    f"at the {label.lower()}",
                    f"answered: mentees {stage.answered[Respondent.MENTEE]}, "
                    f"mentors {stage.answered[Respondent.MENTOR]}",
                ]
            )
        else:
            rows.append(["1 Reaction", "not asked yet: satisfaction is asked from the midpoint on", "–"])
        if f.learning_stage is not None and f.confidence_change.value is not None:
            rows.append(
                [
                    "2 Learning",
                    f"confidence {f.confidence_change.value:+.1f} points (1 to 5), "
                    f"baseline to {f.learning_stage.value}",
                    f"the same {plural(f.confidence_mentees, 'mentee')}, "
                    f"{plural(f.confidence_change.n, 'topic rating')}",
                ]
            )
        else:
            rows.append(["2 Learning", "no rating at both the baseline and a later check-in yet", "–"])
        behaviour = [i for i in f.items if i.level == "behaviour"]
        if behaviour and f.items_stage is not None:
            first = behaviour[0]
            rows.append(
                [
                    "3 Behaviour",
                    f"“{first.text}” {first.mentees.text()} (mentees), "
                    f"{first.mentors.text()} (reverse mentors)",
                    f"{first.mentees.n} mentees, {first.mentors.n} mentors at the {f.items_stage.value}",
                ]
            )
        rows.append(
            [
                "4 Results",
                f"{f.goals_done} of {plural(f.goals, 'goal')} done ({f.goal_completion:.0%})"
                + (f", {f.goals_overdue} overdue" if f.goals_overdue else "")
                + f"; {f.pairs_completed} of {plural(f.pairs_started, 'pair')} completed",
                "goals as recorded",
            ]
        )
    if f.enrolled:
        rows.append(
            [
                "Retention",
                f"{f.still_active} of {f.enrolled} still taking part ({_pct(f.retention)}); reverse mentors "
                f"{f.mentors_still_active} of {f.mentors_enrolled}",
                "participants not archived",
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
                "No pair has started yet, so there is nothing to measure: reaction, learning, "
                "behaviour and results are measured once pairs meet and answer their check-ins."
            ),
        ]
    out.append(
        para(
            "Each level with its figures and how many people they rest on. A check-in is asked of both "
            "sides of every pair that had started and was still running when it fell due; "
            f"answers dated after {f.as_of} are not counted.",
            "small",
        )
    )
    # Check-ins answered, the base of every level.
    rows = [["Check-in", "Due", "Mentees answered", "Reverse mentors answered"]]
    for s in f.stages:
        due = f"{s.due}" + ("" if s.is_due else " (not yet due)") if s.due else "–"
        rows.append(
            [s.stage.label, due, str(s.answered[Respondent.MENTEE]), str(s.answered[Respondent.MENTOR])]
        )
    out.append(table(rows, [width * 0.2, width * 0.24, width * 0.28, width * 0.28]))

    out += heading(
        w.translate("ProgramReport", "1 Reaction: satisfaction with the sessions"), 2, room=35 * mm
    )
    satisfied = f.satisfaction_by_stage
    if satisfied:
        rows = [
            ["Check-in", "Mentees: mean (answered of asked)", "Reverse mentors: mean (answered of asked)"]
        ]
        for label, mentees, mentors in satisfied:
            stage = f.stage(Stage(label.lower()))
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
                f"Mean of the reaction statements on a scale of 1 to {scale}, per person, then over people. "
                "Not asked at the baseline, which comes before the first session; "
                "HR's observations are not counted.",
                "small",
            )
        )
    else:
        out.append(para("Not asked yet: satisfaction is asked from the midpoint check-in on."))

    out += heading(
        w.translate("ProgramReport", "2 Learning: confidence per topic, the same mentees before and after"),
        2,
        room=45 * mm,
    )
    if f.learning_stage is not None and f.confidence_by_topic:
        later = f.learning_stage.label
        chart = bars(
            f"Mentees' confidence per topic (1 to 5), baseline and {later.lower()}, the same people",
            [(f"{t.topic} (n = {t.n})", [t.before, t.after]) for t in f.confidence_by_topic],
            ["Baseline", later],
            width=width,
            maximum=5,
        )
        rows = [["Topic", "Mentees", "Baseline", later, "Change"]]
        rows += [
            [t.topic, str(t.n), f"{t.before:.2f}", f"{t.after:.2f}", f"{t.change:+.2f}"]
            for t in f.confidence_by_topic
        ]
        out.append(keep(chart))
        out.append(
            keep(
                table(rows, [width * 0.4, width * 0.15, width * 0.15, width * 0.15, width * 0.15]),
                para(
                    "Only mentees who rated a topic at both the baseline and the "
                    f"{f.learning_stage.value} count for it: {plural(f.confidence_mentees, 'mentee')}, "
                    f"{plural(f.confidence_change.n, 'topic rating')}; "
                    f"mean change {f.confidence_change.value:+.2f}."
                    + (" The final check-in is not in yet." if f.learning_stage is Stage.MIDPOINT else ""),
                    "small",
                ),
            )
        )
    else:
        out.append(
            para("No mentee has rated their confidence at both the baseline and a later check-in yet.")
        )

    out += heading(
        w.translate("ProgramReport", "3 Behaviour: what people now do differently"), 2, room=30 * mm
    )
    behaviour = [i for i in f.items if i.level == "behaviour"]
    if behaviour and f.items_stage is not None:
        rows = [["Statement", "Mentees: mean (n)", "Reverse mentors: mean (n)"]]
        rows += [[i.text, _mean(i.mentees), _mean(i.mentors)] for i in behaviour]
        out.append(table(rows, [width * 0.5, width * 0.25, width * 0.25]))
        out.append(para(f"At the {f.items_stage.value} check-in, on a scale of 1 to {scale}.", "small"))
    else:
        out.append(para("No behaviour statement has been answered at the midpoint or final check-in yet."))

    out += heading(w.translate("ProgramReport", "4 Results: goals, retention, completion"), 2, room=30 * mm)
    rows = [["Measure", "Result"]]
    rows.append(
        [
            "Goals achieved",
            f"{f.goals_done} of {plural(f.goals, 'goal')} ({f.goal_completion:.0%})"
            + (f"; {f.goals_overdue} past the target date without an outcome" if f.goals_overdue else "")
            if f.goals
            else "no goals agreed yet",
        ]
    )
    if f.enrolled:
        rows.append(["Participants retained", f"{f.still_active} of {f.enrolled} ({_pct(f.retention)})"])
        if f.mentors_enrolled:
            rows.append(
                [
                    "Reverse mentors retained",
                    f"{f.mentors_still_active} of {f.mentors_enrolled} "
                    f"({_pct(f.mentors_still_active / f.mentors_enrolled)})",
                ]
            )
    rows.append(["Promotions", "not recorded in this file"])
    rows.append(
        [
            "Pairs completed",
            f"{f.pairs_completed} of {plural(f.pairs_started, 'started pair')}"
            + (f"; {f.pairs_ended_early} ended early" if f.pairs_ended_early else ""),
        ]
    )
    for item in (i for i in f.items if i.level == "results"):
        rows.append(
            [f"“{item.text}”", f"mentees {_mean(item.mentees)}, reverse mentors {_mean(item.mentors)}"]
        )
    out.append(table(rows, [width * 0.35, width * 0.65]))
    out.append(
        para(
            "Goal statuses and archiving are counted as recorded; a goal past its target date and "
            "not done is "
            "counted as overdue whatever its recorded status.",
            "small",
        )
    )
    return out


def _meetings(f: Figures, program: Program, width: float, w: Words) -> list[Flowable]:
    out: list[Flowable] = heading(w.translate("ProgramReport", "Meetings against the cadence"), room=40 * mm)
    if not f.pairs_started:
        return [*out, para("No pair has started, so no meeting is expected yet.")]
    out.append(
        para(
            f"{f.meetings} meetings held of about {f.meetings_expected} expected ({_pct(f.meetings_share)}), "
            f"counting one within {program.grace_days} days of each pair's start and then one every "
            f"{program.cadence_days} days, up to {f.as_of} or the pair's end. "
            + (
                f"{f.pairs_on_rhythm} of {f.pairs_active} active pairs are on rhythm ({_pct(f.rhythm)}): "
                f"they met within the last {program.cadence_days + program.grace_days} days."
                if f.pairs_active
                else "No pair is active."
            )
        )
    )
    half = (width - 8 * mm) / 2
    out.append(
        grid(
            [
                [
                    bars(
                        "Active pairs by rhythm",
                        [(label, [v]) for label, v in f.health],
                        ["Pairs"],
                        width=half,
                        number="%d",
                    ),
                    bars(
                        "Started pairs by meetings held",
                        [(label, [v]) for label, v in f.meetings_per_pair],
                        ["Pairs"],
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
                        "Generation mix",
                        [(label, [v]) for label, v in f.people_by_generation],
                        ["People"],
                        width=half,
                        number="%d",
                        empty="Nobody enrolled yet.",
                    ),
                    pie("Employment", f.people_by_employment, width=half),
                ]
            ],
            [half + 4 * mm, half + 4 * mm],
        )
    )
    out += heading(w.translate("ProgramReport", "Enrolled but not paired"), 2, room=15 * mm)
    if not f.enrolled:
        out.append(para("Nobody is enrolled yet."))
    elif not f.unpaired:
        out.append(para("Everyone enrolled is in a pair that has started."))
    else:
        for role in (Role.MENTEE, Role.MENTOR):
            waiting = [(name, proposed) for name, r, proposed in f.unpaired if r is role]
            if not waiting:
                continue
            label = "mentee" if role is Role.MENTEE else "reverse mentor"
            shown = [f"{name} (proposed)" if proposed else name for name, proposed in waiting[:60]]
            more = f", and {len(waiting) - 60} more" if len(waiting) > 60 else ""
            out.append(para(f"{plural(len(waiting), label)}: " + "; ".join(shown) + more + "."))
        out.append(para("(proposed): in a pair proposed but not started.", "small"))
    return out


def _without_names(alert: Alert, lines: dict[str, PairLine]) -> str:
    line = lines.get(alert.pair_id)
    prefix = f"{line.mentor} and {line.mentee}: " if line else ""
    return alert.message[len(prefix) :] if prefix and alert.message.startswith(prefix) else alert.message


def _risks(
    alerts: list[Alert], f: Figures, lines: dict[str, PairLine], width: float, w: Words
) -> list[Flowable]:
    out: list[Flowable] = heading(w.translate("ProgramReport", "Risks and follow-ups"), room=40 * mm)
    if not alerts:
        if not f.pairs_started:
            text = (
                "No pair has started, so there is nothing to follow up yet."
                if f.enrolled
                else "Nobody is enrolled yet, so there is nothing to follow up."
            )
        else:
            text = "Nothing needs attention: every active pair meets on rhythm and is up to date."
        return [*out, para(text)]
    counts: dict[str, list[int]] = {}
    for a in alerts:
        counts.setdefault(kind(a.action), [0, 0])[0 if a.severity > 1 else 1] += 1
    rows: list[list[object]] = [["Kind", "Needs action now", "Worth a look", "Total"]]
    ranked_kinds = sorted(counts.items(), key=lambda item: (-item[1][0], -sum(item[1]), item[0]))
    rows += [[name, str(now), str(later), str(now + later)] for name, (now, later) in ranked_kinds]
    rows.append(
        [
            para(text, "cell_bold")
            for text in ("All", *(str(sum(c[i] for c in counts.values())) for i in (0, 1)), str(len(alerts)))
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
    rows = [["", "Follow-up"]]
    rows += [["Now" if a.severity > 1 else "Soon", a.message] for a in top]
    out.append(table(rows, [width * 0.09, width * 0.91]))
    if len(alerts) > len(top):
        out.append(
            para(
                f"… and {len(alerts) - len(top)} more: every follow-up is listed in Appendix B, by pair.",
                "small",
            )
        )
    return out


def _appendix_pairs(lines: list[PairLine], width: float, as_of: dt.date, w: Words) -> list[Flowable]:
    out: list[Flowable] = heading(w.translate("ProgramReport", "Appendix A: every pair"), room=40 * mm)
    if not lines:
        return [*out, para("No pairs have been made yet.")]
    out.append(
        para(
            f"As of {as_of}. Status: an active pair's rhythm (on track, overdue, stalled), or how it "
            "ended. Meetings: held / about expected. Goals late: past their target date without an "
            "outcome. Satisfaction: the latest check-in from the midpoint on, mentee / reverse mentor.",
            "small",
        )
    )
    rows: list[list[object]] = [
        [
            "Reverse mentor",
            "Mentee",
            "Status",
            "Meetings",
            "Goals done",
            "Goals late",
            "Satisfaction",
        ]
    ]
    for line in lines:
        mentee = line.satisfaction.get(Respondent.MENTEE)
        mentor = line.satisfaction.get(Respondent.MENTOR)
        feel = (
            "–"
            if mentee is None and mentor is None
            else (
                f"{'–' if mentee is None else f'{mentee:.1f}'} / {'–' if mentor is None else f'{mentor:.1f}'}"
            )
        )
        rows.append(
            [
                Marked(line.mentor, f"{line.mentor} and {line.mentee}"),
                line.mentee,
                f"{line.status}, {line.health.lower()}" if line.health != "–" else line.status,
                f"{line.meetings} / {line.expected}" if line.status != "Proposed" else str(line.meetings),
                f"{line.goals_done}/{line.goals}",
                str(line.goals_overdue) if line.goals_overdue else "–",
                feel,
            ]
        )
    widths = [0.18, 0.18, 0.2, 0.12, 0.09, 0.08, 0.15]
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
            "Pairs in the order of their most pressing follow-up; Now: one of them needs action now. "
            f"Rhythm: days since the last meeting (the program meets every {program.cadence_days} days). "
            "Goals: how many are past their target date without an outcome (the oldest date). "
            "Check-ins: the stages whose answers are missing.",
            "small",
        )
    )
    by_pair: dict[str, list[Alert]] = {}
    for a in alerts:  # already ranked
        by_pair.setdefault(a.pair_id, []).append(a)
    rows: list[list[object]] = [["Pair", "Now", "Rhythm", "Goals", "Check-ins", "People"]]
    for pair_id, found in by_pair.items():
        line = lines.get(pair_id)
        name = f"{line.mentor} and {line.mentee}" if line else "?"
        rhythm = goals = checkins = ""
        people: list[str] = []
        late = [a.due for a in found if a.action is Action.EDIT_GOAL and a.due]
        if late:
            goals = f"{len(late)} ({min(late)})"
        stages = [a.stage.value for a in found if a.action is Action.ADD_EVALUATION and a.stage]
        checkins = ", ".join(dict.fromkeys(stages))
        for a in found:
            if a.action is Action.LOG_MEETING and a.due:
                days = (as_of - a.due).days + program.cadence_days
                rhythm = f"{days} days"
            elif a.action.value in ("edit_person", "contract_ends"):
                who = "mentor" if line and a.target_id == line.mentor_id else "mentee"
                people.append(
                    f"{who} has left" if a.action is Action.EDIT_PERSON else f"{who}'s contract ends {a.due}"
                )
        urgent = "yes" if any(a.severity > 1 for a in found) else ""
        rows.append([name, urgent, rhythm, goals, checkins, "; ".join(people)])
    out.append(table(rows, [width * w for w in (0.34, 0.07, 0.11, 0.17, 0.13, 0.18)]))
    return out


def program_story(
    doc: Document, program: Program, width: float, today: dt.date, progress: Progress
) -> list[Flowable]:
    found = check_ins(doc, program, today)
    f = figures(doc, program, today, found)
    progress(10)
    lines = pair_lines(doc, program, today, found)
    by_pair = {line.pair_id: line for line in lines}
    progress(20)
    alerts = ranked(queries.program_alerts(doc, program, today, queries.alert_people(doc, program)))
    progress(30)
    w = words(doc.organisation().language)  # the file's language, whoever writes it
    story: list[Flowable] = [
        para(short(program.name), "title", outline=0),
        para(
            w.translate("ProgramReport", "Reverse-mentoring program report · figures as of {date}").format(
                date=today
            ),
            "subtitle",
        ),
    ]
    story += heading(w.translate("ProgramReport", "Executive summary"), room=60 * mm)
    if program.objective.strip():
        story.append(para("Objective: " + program.objective.strip()))
    story.append(para(f"The program {_status(program, today)}."))
    story += [point(sentence) for sentence in conclusion(f, program, alerts)]
    story += [Spacer(1, 2 * mm), _key_figures(f, program, width), Spacer(1, 2 * mm)]
    story += _levels(f, program, width, w)
    story += _meetings(f, program, width, w)
    story += _participation(f, width, w)
    story += _risks(alerts, f, by_pair, width, w)
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
    story += [
        para(
            f"Answered by both sides at each check-in on a scale of 1 (strongly disagree) to "
            f"{questionnaire.scale} (strongly agree), plus the mentee's confidence from 1 to 5 in each topic"
            + (": " + ", ".join(program.topics) + "." if program.topics else ".")
            + " The reaction statements are asked from the midpoint on."
        ),
        table(
            [
                ["Level", "Statement"],
                *[
                    [
                        f"{KIRKPATRICK_LEVELS.index(q.level) + 1} {q.level}"
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
    """Write the program report as of ``today`` (default: the real today); ``progress`` gets
    percentages and may raise to stop."""
    report_progress = progress or (lambda percent: None)
    organisation = doc.organisation()
    as_of = today or dt.date.today()

    def build(target: str) -> int:
        report = Report(
            target,
            title=words(organisation.language)
            .translate("ProgramReport", "{program}: program report")
            .format(program=program.name),
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

    return write(path, build)
