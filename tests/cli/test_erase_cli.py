"""rmdesk erase and rmdesk audit as a person types them: real processes, real files."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib

from rmdesk.domain import Pair, Participant
from rmdesk.store import Document
from rmdesk.store import snapshots as snaps

from .test_cli import rmdesk


def someone_paired(path):
    with Document.open(path) as doc:  # opening for editing takes a snapshot, which holds them
        pair = doc.all(Pair, "status = 'active'", order_by="id")[0]
        return doc.get(Participant, pair.mentee_id)


def test_a_dry_run_says_what_goes_and_changes_nothing(demo_file):
    person = someone_paired(demo_file)
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    result = rmdesk("erase", demo_file, person.employee_no, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Erase {person.name}:")
    for words in (
        "Pair ",
        "Meeting of ",
        "Evaluation of ",
        "Change log: ",
        "1 snapshot of the file",
        "Dry run",
    ):
        assert words in result.stdout
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before


def test_erase_asks_first_and_runs_with_yes(demo_file):
    person = someone_paired(demo_file)
    asked = rmdesk("erase", demo_file, person.id)  # no terminal to ask at
    assert asked.returncode == 2 and "add --yes" in asked.stderr
    assert person.name.encode() in demo_file.read_bytes()
    done = rmdesk("erase", demo_file, person.id, "--yes")
    assert done.returncode == 0, done.stderr
    assert "cannot be undone" in done.stdout and f"Erased {person.name}; 1 snapshot rewritten." in done.stdout
    for path in [demo_file, *(s.path for s in snaps.for_document(demo_file))]:
        data = path.read_bytes()
        assert not [t for t in (person.name, person.email, person.employee_no) if t.encode() in data], path
    again = rmdesk("erase", demo_file, person.employee_no, "--yes")
    assert again.returncode == 2 and again.stderr.startswith("rmdesk: Nobody in ")


def test_audit_lists_filters_and_writes_csv(demo_file, tmp_path):
    person = someone_paired(demo_file)
    exported = rmdesk("export", demo_file, tmp_path / "lists.xlsx")
    assert exported.returncode == 0, exported.stderr
    listing = rmdesk("audit", demo_file)
    assert listing.returncode == 0
    first = listing.stdout.splitlines()[0]
    assert "Export" in first and "lists.xlsx" in first
    theirs = rmdesk("audit", demo_file, "--person", person.employee_no).stdout
    assert "Export" in theirs and len(theirs.splitlines()) < len(listing.stdout.splitlines())
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert (
        rmdesk("audit", demo_file, "--since", tomorrow).stdout.strip() == "Nothing recorded for that choice."
    )
    out = tmp_path / "audit.csv"
    written = rmdesk("audit", demo_file, "--csv", out)
    assert written.returncode == 0 and written.stdout.startswith(f"Wrote {out}")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["When (local time)", "When (UTC)", "User", "Kind"]
    assert rows[1][3] == "Export"
    # The CSV export is recorded too (in the data folder: the audit opened the file read-only).
    assert "audit trail" in rmdesk("audit", demo_file).stdout.splitlines()[0]


def test_a_restore_is_in_the_audit(demo_file):
    someone_paired(demo_file)
    restored = rmdesk("restore", demo_file, "1")
    assert restored.returncode == 0, restored.stderr
    assert "Restore" in rmdesk("audit", demo_file).stdout.splitlines()[0]


def test_an_unexpected_failure_leaves_no_argument_in_the_log(demo_file, data_dir, monkeypatch):
    import sys

    from rmdesk import cli

    def broken(args):
        raise RuntimeError(f"cannot handle {args.person}")

    monkeypatch.setitem(cli.COMMANDS, "erase", ("erase", broken))
    monkeypatch.setattr(sys, "argv", ["rmdesk", "erase", str(demo_file), "NDS-77777"])
    assert cli.main(["erase", str(demo_file), "NDS-77777"]) == 70
    written = (data_dir / "logs" / "last-command-error.txt").read_text(encoding="utf-8")
    assert "RuntimeError" in written and "NDS-77777" not in written and demo_file.name not in written
