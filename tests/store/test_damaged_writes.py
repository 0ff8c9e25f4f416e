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


def known_but_rotted(path, table="participants"):
    """Damage the disk could do under the file system: the file's size and times unchanged, so
    rmdesk still knows it as one that passed every check."""
    from rmdesk.store import verified

    with Document.open(path):  # its snapshot taken, as after any first opening
        pass
    flip(path, table_page(path, table))
    verified.remember(verified.read_state(path))


def test_pages_checked_later_let_nothing_write_into_a_damaged_file(demo_file):
    """The window opens a known file at once and checks its pages while showing it: every write,
    the twins' too, waits for that check and is refused when it found damage."""
    known_but_rotted(demo_file)
    with pytest.raises(DamagedFile):
        Document.open(demo_file, snapshot=False)  # checked at once, as the command line opens it
    before = demo_file.read_bytes()
    told = []
    with Document.open(demo_file, snapshot=False, pages_later=True) as doc:
        doc.when_pages_checked(lambda: told.append(True))
        with pytest.raises(DamagedFile, match=r"Restore a snapshot"):
            doc.add(Participant(name="Never written"))
        with doc.twin(readonly=False) as twin, pytest.raises(DamagedFile):
            twin.add(Participant(name="Never written either"))
        with pytest.raises(DamagedFile):
            doc.pages_checked()
        assert told == [True]
    assert demo_file.read_bytes() == before


def test_pages_checked_later_pass_and_writes_go_on(demo_file):
    with Document.open(demo_file, snapshot=False):
        pass
    with Document.open(demo_file, snapshot=False, pages_later=True) as doc:
        assert doc._pages is not None  # known and plain: checked on a thread of its own
        doc.add(Participant(name="Written once checked"))
        doc.pages_checked()
        told = []
        doc.when_pages_checked(lambda: told.append(True))
        assert told == [True]
    with Document.open(demo_file, snapshot=False) as doc:
        assert "Written once checked" in {p.name for p in doc.all(Participant)}
