"""Files that are odd but readable: every command works or refuses in one line, never a traceback,
and a refusal leaves the file as it was."""

import os
import subprocess
import sys

import pytest

from rmdesk.cli import main
from rmdesk.store import Document
from tests.store.damage import edit, flip, listing, rmdesk, table_page

READERS = [
    ["info"],
    ["info", "--json"],
    ["history"],
    ["check"],
    ["pairs"],
    ["pair"],
    ["report", "--out", "{tmp}/report.pdf"],
    ["backup", "--list"],
]
WRITERS = [["undo"], ["redo"], ["pair", "--apply"], ["start", "--all-proposed"], ["backup"]]


def run(path, command, tmp_path, capsys):
    """``rmdesk COMMAND FILE ...`` in this process: (exit code, stdout, stderr)."""
    args = [command[0], str(path), *(a.format(tmp=tmp_path) for a in command[1:])]
    try:
        code = main(args)
    except SystemExit as stop:  # argparse
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def every_command_copes(path, tmp_path, capsys, *, writers=True):
    """Each command works (exit 0) or refuses with one line on stderr and leaves the folder as it was."""
    outcomes = {}
    for command in READERS + (WRITERS if writers else []):
        before = listing(path.parent)
        code, out, err = run(path, command, tmp_path, capsys)
        assert "Traceback" not in out + err, (command, err)
        assert "did not expect" not in err, (command, err)
        if code != 0:
            lines = err.strip().splitlines()
            assert command == ["check"] or len(lines) == 1, (command, err)
            assert listing(path.parent) == before, command  # a refusal changed nothing
        outcomes[" ".join(command)] = code
    return outcomes


CASES = {
    "no organisation row": ["DELETE FROM organisation"],
    "a dropped table": ["DROP TABLE goals"],
    "an unknown enum value": ["UPDATE pairs SET status = 'paused' WHERE rowid = 3"],
    "text where a number belongs": ["UPDATE participants SET grade = 'senior' WHERE rowid = 5"],
    "malformed JSON": ["UPDATE participants SET topics_offered = '{\"AI tools\": 3' WHERE rowid = 7"],
    "JSON of the wrong shape": ['UPDATE evaluations SET answers = \'{"q1": "five"}\' WHERE rowid = 2'],
    "a logo that is not an image": ["UPDATE organisation SET logo = X'0102030405'"],
    "a pair whose mentor is gone": [
        "DELETE FROM participants WHERE id = (SELECT mentor_id FROM pairs LIMIT 1)"
    ],
    "a date that is no date": ["UPDATE meetings SET date = '2026-02-30' WHERE rowid = 1"],
    "settings that are no settings": ['UPDATE programs SET settings = \'{"questionnaire": {"items": 5}}\''],
}


@pytest.mark.parametrize("case", CASES)
def test_odd_values_never_end_in_a_traceback(case, demo_file, tmp_path, capsys):
    edit(demo_file, *CASES[case])
    outcomes = every_command_copes(demo_file, tmp_path, capsys)
    if case == "no organisation row":  # readable as a file with no client name yet
        assert outcomes["info"] == 0 and outcomes["pairs"] == 0
    else:
        assert outcomes["info"] == 2 and outcomes["undo"] == 2


CRAFTED = {
    "another table": ("tbl", "participants; DROP TABLE goals; --"),
    "a column that is SQL": ("before", '{"id": "%s", "name = 1; DROP TABLE goals; --": 1}'),
    "no JSON at all": ("before", "not json"),
    "a list, not a row": ("before", "[1, 2, 3]"),
    "a bad value": ("before", '{"id": "%s", "name": "A", "grade": "senior", "updated_at": "x"}'),
}


@pytest.mark.parametrize("case", CRAFTED)
def test_a_crafted_change_log_entry_is_refused_by_undo(case, demo_file, tmp_path, capsys):
    with Document.open(demo_file, snapshot=False) as doc:
        doc.conn.execute("UPDATE participants SET notes = 'edited' WHERE rowid = 1")  # a row to play with
        person = doc.conn.execute("SELECT id FROM participants WHERE rowid = 1").fetchone()[0]
    column, value = CRAFTED[case]
    newest = (
        "(SELECT max(id) FROM changes WHERE action_id = (SELECT max(id) FROM actions WHERE state = 'done'))"
    )
    edit(
        demo_file,
        f"UPDATE changes SET tbl = 'participants', row_id = ?, before = NULL WHERE id = {newest}",
        params=(person,),
    )
    edit(
        demo_file,
        f"UPDATE changes SET {column} = ? WHERE id = {newest}",
        params=(value.replace("%s", person),),
    )
    before = listing(demo_file.parent)
    code, _, err = run(demo_file, ["undo"], tmp_path, capsys)
    assert code == 2 and "did not expect" not in err
    [line] = err.strip().splitlines()
    assert "the change log cannot be replayed" in line and line.count("Restore a snapshot") == 1
    assert listing(demo_file.parent) == before
    with Document.open(demo_file, readonly=True) as doc:
        assert doc.counts()["goals"] > 0  # no table was dropped


def test_damaged_pages_give_one_line_for_every_command(demo_file, tmp_path, capsys):
    flip(demo_file, table_page(demo_file, "evaluations"), offset=0, count=12)
    outcomes = every_command_copes(demo_file, tmp_path, capsys)
    assert outcomes["check"] == 1 and outcomes["undo"] == 2


def test_output_into_a_closed_pipe_is_one_line_after_the_work_is_saved(demo_file):
    """`rmdesk pair --apply FILE | head -0`: the reader has gone before rmdesk writes."""
    reader_gone = subprocess.Popen(
        [sys.executable, "-m", "rmdesk", "pair", str(demo_file), "--apply"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ,
    )
    assert reader_gone.stdout is not None and reader_gone.stderr is not None
    reader_gone.stdout.close()
    err = reader_gone.stderr.read()
    assert reader_gone.wait(timeout=120) == 141
    assert err.strip() == "rmdesk: the output was cut short: the program reading it stopped before the end."
    with Document.open(demo_file, readonly=True) as doc:
        assert doc.undo_label() and "Pair" in doc.undo_label()  # the proposals were stored


def test_no_traceback_reaches_the_terminal(demo_file):
    """The same refusals, seen from a real process: stderr is the one sentence."""
    edit(demo_file, "UPDATE participants SET grade = 'senior' WHERE rowid = 5")
    for command in (["info", demo_file], ["pair", demo_file], ["undo", demo_file]):
        result = rmdesk(*command)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert result.stderr.startswith("rmdesk: Demo program.rmdesk is damaged (participants row ")
        assert "holds 'senior' in grade, not a whole number from 1 to 20 or nothing" in result.stderr
