"""Entities read in bulk (``from_rows``) are those read one row at a time (``from_row``)."""

import dataclasses

from rmdesk.domain import Goal, Pair, Participant
from rmdesk.store import Document
from rmdesk.store.codec import from_row, from_rows
from rmdesk.store.document import COUNTED


def test_rows_read_in_bulk_are_the_rows_read_one_by_one(demo_file):
    with Document.open(demo_file, readonly=True) as doc:
        for kind in COUNTED:
            cursor = doc.conn.execute(f"SELECT * FROM {kind.table} LIMIT 500")
            names = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            bulk = from_rows(kind, names, rows)
            single = [from_row(kind, dict(zip(names, row, strict=True))) for row in rows]
            assert bulk == single
            assert [vars(e) for e in bulk] == [vars(e) for e in single]  # field order too


def test_nulls_and_columns_not_read_become_the_defaults():
    bulk = from_rows(Participant, ["id", "name", "languages", "contract_end"], [("p1", None, None, None)])
    assert bulk == [Participant(id="p1", name=None, languages=[], contract_end=None)]  # type: ignore[arg-type]
    assert bulk[0].topics_offered == {} and bulk[0].topics_offered is not bulk[0].topics_wanted
    two = from_rows(Pair, ["id", "explanation"], [("a", "[]"), ("b", '["Same department"]')])
    assert [p.explanation for p in two] == [[], ["Same department"]]
    assert two[0].explanation is not from_rows(Pair, ["id", "explanation"], [("c", "[]")])[0].explanation
    goal = from_rows(Goal, ["id", "target_date", "status"], [("g", "2026-01-31", "done")])[0]
    assert goal == dataclasses.replace(Goal(id="g"), target_date=goal.target_date, status=goal.status)
    assert goal.target_date is not None and goal.target_date.isoformat() == "2026-01-31"
    assert goal.status.value == "done"


def test_stored_json_reads_as_the_standard_reader_reads_it_damage_included():
    import json

    import pytest

    from rmdesk.store.codec import loads

    for text in [
        '{"AI tools": 3, "Ĺ\\u00e9 名前 🙂": 5}',
        '["a", "b"]',
        "  {}",
        '{"a": 1}  ',
        "7",
        '"x"',
        "null",
    ]:
        assert loads(text) == json.loads(text)
    for damaged in ['{"a": 1', '{"a": 1} trailing', "", "   ", "{'a': 1}", "NaN-ish"]:
        with pytest.raises(json.JSONDecodeError) as standard:
            json.loads(damaged)
        with pytest.raises(json.JSONDecodeError) as ours:
            loads(damaged)
        assert (ours.value.msg, ours.value.pos) == (standard.value.msg, standard.value.pos)
