"""The checks on opening give the same answer whether they run one after another or at once."""

import pytest

from rmdesk.store import DamagedFile, Document, document, verified
from tests.store.damage import edit, flip, table_page


@pytest.fixture(params=["one after another", "at once"])
def how(request, monkeypatch):
    if request.param == "at once":  # as for a large file: several connections
        monkeypatch.setattr(document, "CHECK_APART_FROM", 0)
    return request.param


def test_a_healthy_file_opens_and_is_not_checked_again_until_it_changes(demo_file, how, monkeypatch):
    Document.open(demo_file).close()
    assert verified.known(verified.read_state(demo_file))
    checked = []
    monkeypatch.setattr(document.contract, "value_problems", lambda *a, **k: checked.append(1) or [])
    Document.open(demo_file, readonly=True).close()
    assert checked == []  # unchanged since it passed
    edit(demo_file, "UPDATE participants SET notes = 'changed elsewhere' WHERE rowid = 1")
    Document.open(demo_file, readonly=True).close()
    assert checked  # changed by another program: checked again


def test_edits_in_rmdesk_keep_the_file_known(demo_file, how):
    from rmdesk.domain import Participant

    with Document.open(demo_file, snapshot=False) as doc:
        doc.add(Participant(name="Added here"))
    assert verified.known(verified.read_state(demo_file))


@pytest.mark.parametrize(
    "spoil, expected",
    [
        ("UPDATE evaluations SET answers = '{\"q\": 99}' WHERE rowid = 4", "holds 99 inside answers"),
        ("UPDATE goals SET progress = 250 WHERE rowid = 2", "holds 250 in progress"),
        ("UPDATE meetings SET topics = 'not json' WHERE rowid = 3", "holds 'not json' in topics"),
        ("UPDATE pairs SET mentor_id = 'nobody' WHERE rowid = 1", "points to a missing participants row"),
    ],
)
def test_a_broken_value_is_found_either_way(demo_file, how, spoil, expected):
    edit(demo_file, spoil)
    for readonly in (True, False):
        with pytest.raises(DamagedFile, match=expected):
            Document.open(demo_file, readonly=readonly)


def test_broken_pages_are_found_either_way(demo_file, how):
    flip(demo_file, table_page(demo_file, "evaluations"), offset=0, count=12)
    with pytest.raises(DamagedFile, match=r"^Demo program.rmdesk is damaged \(.*\)\. Restore a snapshot"):
        Document.open(demo_file)
