"""The window's opener: one dialog for each refusal, never the crash report; passphrases asked again."""

import pytest

from rmdesk.demo import generate
from rmdesk.gui import app as gui_app
from rmdesk.gui import crash
from rmdesk.gui.main_window import SECTIONS, MainWindow
from tests.cli.test_odd_files import CASES
from tests.store.damage import edit, fill, flip, small_disk, table_page


@pytest.fixture
def crashes(monkeypatch):
    seen = []
    monkeypatch.setattr(crash, "report", lambda *args: seen.append(args))
    return seen


def _open_and_look_everywhere(qtbot, path):
    win = MainWindow()
    qtbot.addWidget(win)
    doc = gui_app.open_document(path, win)
    if doc is not None:
        win.show_document(doc)
        for row in range(len(SECTIONS)):
            win.go_to(win.section(row))
        win.close_document()
    return doc


@pytest.mark.parametrize("case", [*CASES, "damaged pages"])
def test_an_odd_file_is_one_dialog_or_opens(case, qtbot, demo_file, refusals, crashes):
    if case == "damaged pages":
        flip(demo_file, table_page(demo_file, "meetings"), offset=0, count=12)
    else:
        edit(demo_file, *CASES[case])
    doc = _open_and_look_everywhere(qtbot, demo_file)
    assert crashes == []
    if doc is None:
        [(title, text)] = refusals
        assert title == "Cannot open file" and text.count("Restore a snapshot") == 1 and "\n" not in text
    else:
        assert refusals == [] and case == "no organisation row"


def test_a_file_opens_when_no_snapshot_can_be_taken_and_the_window_says_why(
    qtbot, demo_file, tmp_path, monkeypatch, refusals, crashes
):
    with small_disk(tmp_path / "data-disk", "1m") as disk:
        (disk / "snapshots").mkdir()
        monkeypatch.setenv("RMDESK_DATA_DIR", str(disk))
        fill(disk)
        doc = gui_app.open_document(demo_file)
        assert doc is not None
        doc.close()
    [(title, text)] = refusals
    assert title == "No snapshot taken" and "is full" in text and "damaged" not in text


@pytest.fixture
def encrypted(tmp_path):
    return generate(tmp_path / "client.rmdesk", participants=8, passphrase="kopi susu 42")


def test_an_empty_passphrase_is_asked_again_not_called_a_foreign_file(encrypted, monkeypatch, refusals):
    answers = iter(["", "teh manis", "kopi\x00susu", "kopi susu 42"])
    prompts = []
    monkeypatch.setattr(
        gui_app, "ask_passphrase", lambda parent, prompt: prompts.append(prompt) or next(answers)
    )
    doc = gui_app.open_document(encrypted)
    assert doc is not None and doc.counts()["participants"] == 8
    doc.close()
    assert prompts == [
        "client.rmdesk is encrypted. Enter its passphrase to open it.",
        "client.rmdesk is encrypted. Enter its passphrase to open it.",  # nothing typed: asked again
        "The passphrase for client.rmdesk is wrong.",
        "A passphrase cannot contain a NUL character. Type it again.",
    ]
    assert refusals == []


def test_giving_up_on_the_passphrase_opens_nothing_and_says_nothing_more(encrypted, monkeypatch, refusals):
    monkeypatch.setattr(gui_app, "ask_passphrase", lambda parent, prompt: None)
    assert gui_app.open_document(encrypted) is None
    assert refusals == []


def test_the_restore_list_marks_a_snapshot_taken_from_another_file(tmp_path):
    import datetime as dt

    from rmdesk.gui.dialogs.restore_snapshot import taken_text
    from rmdesk.store.snapshots import Contents, Snapshot

    taken = dt.datetime(2026, 3, 1, 9, 30)
    here = Snapshot(tmp_path / "a.rmdesk", taken)
    there = Snapshot(
        tmp_path / "b.rmdesk", taken, source="/shared/copy.rmdesk", elsewhere="/shared/copy.rmdesk"
    )
    assert taken_text(Contents(here)) == "2026-03-01 09:30:00"
    assert taken_text(Contents(there)) == "2026-03-01 09:30:00, from /shared/copy.rmdesk"


@pytest.mark.parametrize("table", ["participants_list", "participants", "meetings"])
def test_a_known_file_whose_pages_rotted_is_closed_with_one_dialog(
    table, qtbot, demo_file, refusals, monkeypatch
):
    """The window checks a known file's pages while it shows it: damage met by the first page's
    reads or found by the check closes the file with one dialog, and nothing was written."""
    from rmdesk.store import snapshots
    from tests.store.test_damaged_writes import known_but_rotted

    known_but_rotted(demo_file, table)
    monkeypatch.setattr(snapshots, "take", lambda doc, force=False: None)  # its snapshot taken before
    before = demo_file.read_bytes()
    win = MainWindow()
    qtbot.addWidget(win)
    # the participants page reads its list from the index; the rest is found by the check
    assert win.open_path(demo_file) == (table != "participants_list")
    qtbot.waitUntil(lambda: win.document is None)
    [(title, text)] = refusals
    assert title == "Cannot open file" and "is damaged" in text and text.count("Restore a snapshot") == 1
    assert demo_file.read_bytes() == before
