"""Nothing writes into a damaged file: a writer checks every page before it relies on them."""

import pytest

from rmdesk.domain import Participant
from rmdesk.store import DamagedFile, Document
from rmdesk.store.check import check
from tests.store.damage import flip, rmdesk, table_page


@pytest.fixture
def rotted(demo_file):
    """A demo file with undo steps to take, then 12 bytes flipped on one page of its people."""
    with Document.open(demo_file, snapshot=False) as doc:
        for n in range(3):
            doc.add(Participant(name=f"Later addition {n}"))
        doc.undo()
    flip(demo_file, table_page(demo_file, "participants"))
    return demo_file


def test_check_finds_the_damage(rotted):
    checked = rmdesk("check", rotted)
    assert checked.returncode == 1 and checked.stdout.startswith("problem: ")


def test_undo_and_redo_refuse_a_damaged_file_and_change_nothing(rotted):
    before = rotted.read_bytes()
    for command in ("undo", "undo", "undo", "redo"):
        result = rmdesk(command, rotted)
        assert result.returncode == 2, result.stdout
        [line] = result.stderr.splitlines()
        assert (
            line.startswith("rmdesk: Demo program.rmdesk is damaged (")
            and line.count("Restore a snapshot") == 1
        )
    assert rotted.read_bytes() == before


def test_opening_for_writing_runs_the_page_check_and_refuses(rotted):
    before = rotted.read_bytes()
    with pytest.raises(DamagedFile, match=r"Restore a snapshot"):
        Document.open(rotted, snapshot=False)
    assert rotted.read_bytes() == before
    assert check(rotted) != []


def test_a_damaged_page_in_the_change_log_stops_undo_too(demo_file):
    with Document.open(demo_file, snapshot=False) as doc:
        doc.add(Participant(name="Added"))
    flip(demo_file, table_page(demo_file, "changes"), offset=0, count=1)  # its page type byte
    before = demo_file.read_bytes()
    result = rmdesk("undo", demo_file)
    assert result.returncode == 2 and "is damaged" in result.stderr
    assert demo_file.read_bytes() == before


def test_an_index_that_disagrees_with_its_table_is_damage_not_a_failed_snapshot(demo_file):
    """quick_check cannot see it; the snapshot's full check can, and then the document is blamed."""
    import sqlite3

    from tests.store.damage import PAGE

    root = table_page(demo_file, "participants_employee_no")
    data = bytearray(demo_file.read_bytes())
    data[root * PAGE - 3] ^= 0x01  # a letter of an employee number, inside the index only
    demo_file.write_bytes(bytes(data))
    conn = sqlite3.connect(demo_file)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    blamed = r"missing from index participants_employee_no\)\. Restore a snapshot"
    with pytest.raises(DamagedFile, match=blamed):
        Document.open(demo_file)
