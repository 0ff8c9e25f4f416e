"""The rmdesk command as a person types it: real processes, real files."""

import json
import os
import subprocess
import sys

from rmdesk import __version__
from rmdesk.domain import Participant
from rmdesk.store import Document


def rmdesk(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "rmdesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_version():
    result = rmdesk("--version")
    assert result.stdout.strip() == f"rmdesk {__version__}"


def test_demo_then_info_json_and_check(tmp_path):
    path = tmp_path / "Client A.rmdesk"
    made = rmdesk("demo", path, "--participants", 80, "--seed", 3)
    assert made.returncode == 0 and "80 participants" in made.stdout
    info = json.loads(rmdesk("info", path, "--json").stdout)
    assert info["counts"]["participants"] == 80
    assert info["counts"]["enrolments"] == 80
    assert info["organisation"] == "PT Nusantara Digital Sejahtera"
    text = rmdesk("info", path).stdout
    assert "participants" in text and "80" in text
    checked = rmdesk("check", path)
    assert checked.returncode == 0 and checked.stdout.strip() == "Client A.rmdesk is healthy."


def test_check_reports_damage_with_a_non_zero_exit(demo_file):
    data = bytearray(demo_file.read_bytes())
    for start in range(4096 * 3, 4096 * 30, 4096):
        data[start + 8 : start + 400] = b"\xa5" * 392
    demo_file.write_bytes(bytes(data))
    checked = rmdesk("check", demo_file)
    assert checked.returncode == 1
    assert checked.stdout.startswith("problem: ")
    assert "Traceback" not in checked.stderr


def test_undo_and_redo_from_the_terminal(demo_file):
    with Document.open(demo_file) as doc:
        person = doc.add(Participant(name="Adi Santoso"))
    undone = rmdesk("undo", demo_file)
    assert undone.stdout.strip() == "Undo Add Participant"
    with Document.open(demo_file, readonly=True) as doc:
        assert doc.find(Participant, person.id) is None
    assert rmdesk("redo", demo_file).stdout.strip() == "Redo Add Participant"
    assert "Add Participant" in rmdesk("history", demo_file).stdout
    assert rmdesk("redo", demo_file).stderr.strip() == "rmdesk: There is nothing to redo."


def test_file_commands_do_not_load_qt(demo_file):
    code = (
        "import sys; from rmdesk.cli import main; main(['info', sys.argv[1]]); "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(demo_file)], capture_output=True, text=True)
    assert result.stdout.strip().endswith("False")


def test_bad_arguments_give_usage_not_a_traceback(tmp_path):
    result = rmdesk("demo", tmp_path / "x.rmdesk", "--participants", "many")
    assert result.returncode == 2
    assert "invalid int value" in result.stderr and "Traceback" not in result.stderr
    small = rmdesk("demo", tmp_path / "y.rmdesk", "--participants", 2)
    assert small.stderr.strip() == "rmdesk: A demo needs at least 4 participants."


def test_backup_list_says_what_each_snapshot_holds(demo_file):
    from rmdesk.domain import Pair

    with Document.open(demo_file, snapshot=False) as doc:
        people, pairs = doc.counts()["participants"], doc.counts()["pairs"]
        doc.add(Participant(name="Joined first"))
    assert rmdesk("backup", demo_file).returncode == 0
    with Document.open(demo_file, snapshot=False) as doc:
        doc.delete(doc.all(Pair)[0])
    assert rmdesk("backup", demo_file).returncode == 0
    lines = rmdesk("backup", demo_file, "--list").stdout.splitlines()
    assert [line.split()[0] for line in lines[::2]] == ["1", "2"]  # the number `restore` takes
    newest, oldest = lines[1].strip(), lines[3].strip()
    client = "PT Nusantara Digital Sejahtera"
    assert newest.startswith(f"{client}: {people + 1} people, {pairs - 1} pairs, 1 program; ")
    assert oldest.startswith(f"{client}: {people + 1} people, {pairs} pairs, 1 program; ")
    assert "; last change: Delete Pair (" in newest and "; last change: Add Participant (" in oldest
