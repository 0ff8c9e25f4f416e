"""Read models built in SQL with only the shown columns, on real files: each gives what the
entities it replaces would give."""

from rmdesk.domain import PairStatus
from rmdesk.store import Document, queries


def test_started_pairs_are_the_pairs_past_proposal_with_their_names_in_name_order(demo_file):
    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        expected = [
            (label.pair.id, label.text, label.pair.status)
            for label in queries.pairs(doc, program.id)
            if label.pair.status is not PairStatus.PROPOSED
        ]
        found = queries.started_pairs(doc, program.id)
    assert found == expected
    assert {pair.status for pair in found} <= {
        PairStatus.ACTIVE,
        PairStatus.COMPLETED,
        PairStatus.ENDED_EARLY,
    }
    assert found and all(isinstance(pair.status, PairStatus) for pair in found)


def test_program_alerts_read_in_sql_are_those_of_the_whole_entities(demo_file):
    import datetime as dt

    from rmdesk.domain import Evaluation, Goal, Pair, Participant
    from rmdesk.domain.health import SIDES, alerts, pair_on

    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        assert program.start_date is not None
        for today in (program.start_date + dt.timedelta(days=100), dt.date.today()):
            pairs = [pair_on(p, today) for p in doc.all(Pair, "program_id = ?", [program.id])]
            people = {p.id: p for p in doc.all(Participant)}
            goals: dict = {}
            for goal in doc.all(Goal):
                goals.setdefault(goal.pair_id, []).append(goal)
            answered: dict = {}
            for evaluation in doc.all(Evaluation):
                if evaluation.respondent in SIDES and (evaluation.date is None or evaluation.date <= today):
                    answered.setdefault(evaluation.pair_id, set()).add(
                        (evaluation.stage, evaluation.respondent)
                    )
            last = queries.last_meetings(doc, program.id, today)
            expected = alerts(program, pairs, people, last, goals, answered, today)
            assert expected
            assert queries.program_alerts(doc, program, today) == expected
