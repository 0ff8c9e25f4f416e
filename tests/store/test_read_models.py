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
