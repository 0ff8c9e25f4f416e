"""The figures a board reads, checked against figures counted here from the file's rows.

Nothing in this file calls the code that computes the reports' figures: each count is made again
from the rows, as of a date that leaves later rows out, and looked for in the PDF's text.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from rmdesk.domain import Evaluation, Goal, Meeting, Pair, Participant, Program, Respondent, Stage
from rmdesk.reports.pair_report import write_pair_report
from rmdesk.reports.program_report import write_program_report
from rmdesk.store import Document, queries
from rmdesk.store.dashboard import figures
from tests.reports.helpers import flat

AS_OF = dt.date(2026, 11, 29)  # the demo's final check-ins fall after it, from 2026-11-30 on
LATER = dt.date(2026, 12, 10)  # some of them are in by then


def _rows(doc: Document, program: Program, as_of: dt.date):
    pairs = doc.all(Pair, "program_id = ?", [program.id])
    ids = {p.id for p in pairs}
    meetings = [m for m in doc.all(Meeting) if m.pair_id in ids and (m.date is None or m.date <= as_of)]
    evaluations = [e for e in doc.all(Evaluation) if e.pair_id in ids and (e.date is None or e.date <= as_of)]
    goals = [g for g in doc.all(Goal) if g.pair_id in ids]
    return pairs, meetings, evaluations, goals


def _status_on(pair: Pair, day: dt.date) -> str:
    if pair.status.value == "proposed" or (pair.started_on and pair.started_on > day):
        return "proposed"
    if pair.ended_on and pair.ended_on > day:
        return "active"
    return pair.status.value


def _latest(evaluations: list[Evaluation]) -> dict[tuple[str, str, str], Evaluation]:
    found = {}
    for e in sorted(evaluations, key=lambda e: (e.date is not None, e.date or dt.date.min)):
        found[(e.pair_id, e.stage.value, e.respondent.value)] = e
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from rmdesk.demo import generate

    return generate(tmp_path_factory.mktemp("figures") / "demo.rmdesk")


@pytest.mark.parametrize("as_of", [AS_OF, LATER])
def test_program_report_figures_equal_a_count_from_the_rows(demo, tmp_path, as_of):
    with Document.open(demo, readonly=True) as doc:
        program = queries.programs(doc)[0]
        pairs, meetings, evaluations, goals = _rows(doc, program, as_of)
        people = {p.id: p for p in doc.all(Participant)}
        written = write_program_report(doc, program, tmp_path / "program.pdf", today=as_of)
    whole = flat(written.path)
    assert f"figures as of {as_of}" in whole
    status = {p.id: _status_on(p, as_of) for p in pairs}
    started = [p for p in pairs if status[p.id] != "proposed"]
    latest = _latest(evaluations)

    # Learning: the same mentees at the baseline and the latest stage reached (the final once any is in).
    later = (
        "final"
        if any(k[1] == "final" and k[2] == "mentee" and e.confidence for k, e in latest.items())
        else "midpoint"
    )
    assert later == ("midpoint" if as_of == AS_OF else "final")
    paired: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for p in pairs:
        before, after = latest.get((p.id, "baseline", "mentee")), latest.get((p.id, later, "mentee"))
        if before and after:
            for topic in before.confidence.keys() & after.confidence.keys():
                paired[topic].append((before.confidence[topic], after.confidence[topic]))
    assert paired
    for topic, values in paired.items():
        n = len(values)
        b, a = sum(v[0] for v in values) / n, sum(v[1] for v in values) / n
        assert f"{topic} {n} {b:.2f} {a:.2f} {a - b:+.2f}" in whole, topic
        assert f"{topic} (n = {n})" in whole
    every = [a - b for values in paired.values() for b, a in values]
    assert f"confidence {sum(every) / len(every):+.1f} points (1 to 5), baseline to {later}" in whole

    # Response rates: asked of pairs started and still running when the stage fell due.
    due = {
        "baseline": program.start_date + dt.timedelta(days=program.grace_days),
        "midpoint": program.start_date
        + (program.end_date - program.start_date) / 2
        + dt.timedelta(days=program.grace_days),
        "final": program.end_date,
    }
    for stage, when in due.items():
        for side in ("mentee", "mentor"):
            if when <= as_of:
                asked = {p.id for p in started if not (p.ended_on and p.ended_on < when)}
            else:
                asked = {p.id for p in started if status[p.id] == "active"}
            answered = {pid for (pid, s, r) in latest if s == stage and r == side}
            asked |= answered
            share = f" ({len(answered) / len(asked):.0%})" if asked else ""
            assert f"{len(answered)} of {len(asked)}{share}" in whole, (stage, side)
    final_answers = {pid for (pid, s, r) in latest if s == "final"}
    assert bool(final_answers) == (as_of == LATER)  # nothing dated after the as-of date counts

    # Meetings held against expected: one within the grace days of the start, then one per cadence.
    held = len(meetings)
    expected = 0
    for p in started:
        end = min(as_of, p.ended_on or as_of, program.end_date)
        days = (end - p.started_on).days - program.grace_days
        expected += days // program.cadence_days + 1 if days >= 0 else 0
    assert f"{held} held of about {expected} expected ({held / expected:.0%})" in whole

    # Risks per kind, counted from the rows.
    last = {}
    for m in meetings:
        last[m.pair_id] = max(last.get(m.pair_id, m.date), m.date)
    active = [p for p in pairs if status[p.id] == "active"]
    rhythm_now = rhythm_soon = goals_late = checkins = contracts_now = contracts_soon = 0
    for p in active:
        days = (as_of - (last.get(p.id) or p.started_on)).days
        if days > 2 * program.cadence_days:
            rhythm_now += 1
        elif days > program.cadence_days + program.grace_days:
            rhythm_soon += 1
        goals_late += sum(
            1
            for g in goals
            if g.pair_id == p.id
            and g.target_date
            and g.target_date < as_of
            and g.status.value not in ("done", "not_achieved")
        )
        for stage, when in due.items():
            if when <= as_of and any((p.id, stage, side) not in latest for side in ("mentor", "mentee")):
                checkins += 1
        for person in (people[p.mentor_id], people[p.mentee_id]):
            if person.contract_end and person.contract_end < program.end_date and not person.archived:
                if person.contract_end > as_of:
                    contracts_soon += 1
                else:
                    contracts_now += 1
    assert f"Pairs not meeting on rhythm {rhythm_now} {rhythm_soon} {rhythm_now + rhythm_soon}" in whole
    if goals_late:
        assert f"Goals past their date 0 {goals_late} {goals_late}" in whole
    if checkins:
        assert f"Missing check-ins 0 {checkins} {checkins}" in whole
    if contracts_now + contracts_soon:
        total = contracts_now + contracts_soon
        assert f"Contracts ending before the program {contracts_now} {contracts_soon} {total}" in whole
    urgent = rhythm_now + contracts_now
    assert f"All {urgent} " in whole


def test_the_dashboard_tells_the_reports_figures(demo, tmp_path):
    with Document.open(demo, readonly=True) as doc:
        program = queries.programs(doc)[0]
        f = figures(doc, program, AS_OF)
        whole = flat(write_program_report(doc, program, tmp_path / "program.pdf", today=AS_OF).path)
    assert f"{f.enrolled} enrolled" in whole
    assert f"{f.meetings} held of about {f.meetings_expected} expected" in whole
    assert f"{f.pairs_on_rhythm} of {f.pairs_active} active pairs on rhythm" in whole
    assert f"{f.goals_done} of {f.goals} goals done" in whole
    for t in f.confidence_by_topic:
        assert f"{t.topic} {t.n} {t.before:.2f} {t.after:.2f} {t.change:+.2f}" in whole
    midpoint = f.stage(Stage.MIDPOINT)
    assert midpoint is not None
    satisfaction = midpoint.satisfaction[Respondent.MENTEE]
    assert f"{satisfaction.value:.2f} · {midpoint.answered[Respondent.MENTEE]}" in whole


def test_a_pair_report_uses_nothing_after_its_date(demo, tmp_path):
    with Document.open(demo, readonly=True) as doc:
        finals = [
            e
            for e in doc.all(Evaluation, "stage = 'final' AND respondent = 'mentee'")
            if e.date and e.date > AS_OF
        ]
        pair_id = finals[0].pair_id
        before = flat(write_pair_report(doc, pair_id, tmp_path / "before.pdf", today=AS_OF).path)
        after = flat(write_pair_report(doc, pair_id, tmp_path / "after.pdf", today=finals[0].date).path)
    assert "final (" not in before.lower() and "Final:" not in before
    assert f"figures as of {AS_OF}" in before
    assert "Final: mentee" in after and "baseline to final" in after
