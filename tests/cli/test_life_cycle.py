"""A program run from the terminal: new file, pairs, start, end, report, close; real processes."""

import datetime as dt
import json

import pytest
from pypdf import PdfReader

from rmdesk.domain import Pair, PairStatus, Participant, ProgramStatus, Role, i18n
from rmdesk.store import Document, queries
from rmdesk.store.edits import save_participant

from .test_cli import rmdesk

TODAY = dt.date.today()
START, END = TODAY - dt.timedelta(days=60), TODAY + dt.timedelta(days=150)


def add_people(path):
    """Staff as a script would add them (the command line has no person form)."""
    with Document.open(path, snapshot=False) as doc:
        program = queries.programs(doc)[0]
        for name, role, grade, offers, wants in (
            ("Siti Rahma", Role.MENTOR, 3, {"AI tools": 5}, {}),
            ("Rina Putri", Role.MENTOR, 4, {"Social media and branding": 4}, {}),
            ("Budi Santoso", Role.MENTEE, 11, {}, {"AI tools": 4}),
            ("Hendra Wijaya", Role.MENTEE, 12, {}, {"Social media and branding": 5}),
        ):
            person = Participant(name=name, grade=grade, topics_offered=offers, topics_wanted=wants)
            save_participant(doc, person, program.id, role)


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_a_program_from_rmdesk_new_to_closing_it(tmp_path):
    path = tmp_path / "PT Contoh Maju.rmdesk"
    made = rmdesk("new", path, "--organisation", "PT Contoh Maju", "--program", "Pilot 2026",
                  "--start", START, "--end", END)  # fmt: skip
    assert made.returncode == 0, made.stderr
    said = i18n.words("en")
    assert f"Program 'Pilot 2026': {said.date(START)} to {said.date(END)}, planned" in made.stdout
    again = rmdesk("new", path)
    assert again.returncode == 2 and "already exists" in again.stderr
    add_people(path)

    suggested = rmdesk("pair", path, "--apply")
    assert suggested.returncode == 0 and "2 proposed pairs, total score" in suggested.stdout
    listed = json.loads(rmdesk("pairs", path, "--json").stdout)
    assert listed["program"] == "Pilot 2026"
    assert [p["status"] for p in listed["pairs"]] == ["proposed", "proposed"]
    first, second = listed["pairs"]

    started = rmdesk("start", path, first["id"][:8], "--on", START + dt.timedelta(days=3))
    assert started.returncode == 0 and "Started 1 pair" in started.stdout
    rest = rmdesk("start", path, "--all-proposed", "--on", START + dt.timedelta(days=5))
    assert rest.returncode == 0 and "Started 1 pair" in rest.stdout
    twice = rmdesk("start", path, first["id"])
    assert twice.returncode == 2 and "already started on" in twice.stderr and "Traceback" not in twice.stderr

    no_reason = rmdesk("end", path, second["id"])
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    ended = rmdesk("end", path, second["id"], "--reason", "Contract ended", "--on", TODAY)
    assert ended.returncode == 0, ended.stderr
    table = rmdesk("pairs", path).stdout
    assert "[Ended early]" in table and "(Contract ended)" in table and "[Active]" in table

    report = rmdesk("report", path, "--out", tmp_path / "program.pdf")
    assert report.returncode == 0, report.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(str(tmp_path / "program.pdf")).pages)
    assert first["mentor"] in text and second["mentee"] in text
    pair_pdf = tmp_path / "pair.pdf"
    assert rmdesk("report", path, "--pair", first["id"], "--out", pair_pdf).returncode == 0
    assert "Active since" in PdfReader(str(pair_pdf)).pages[0].extract_text()
    assert rmdesk("report", path, "--pair", second["id"], "--out", pair_pdf).returncode == 0
    assert f"Ended early on {TODAY}: Contract ended." in PdfReader(str(pair_pdf)).pages[0].extract_text()

    closed = rmdesk("program", path, "--close", "--on", TODAY)
    assert closed.returncode == 0, closed.stderr
    assert "note: " in closed.stdout and "1 active pair completed" in closed.stdout
    with Document.open(path, readonly=True) as doc:
        assert queries.programs(doc)[0].status is ProgramStatus.CLOSED
        statuses = {p.id: p.status for p in doc.all(Pair)}
    assert statuses == {first["id"]: PairStatus.COMPLETED, second["id"]: PairStatus.ENDED_EARLY}
    assert rmdesk("program", path, "--close").returncode == 2  # already closed: one sentence
    assert rmdesk("program", path, "--reopen").returncode == 0
    assert rmdesk("undo", path).stdout.startswith("Undo Reopen Program")
    history = rmdesk("history", path).stdout
    assert ("Close Program Pilot 2026" in history and "End Rina Putri" in history) or "Early" in history


def test_dates_and_ids_that_are_wrong_get_one_sentence(tmp_path):
    path = tmp_path / "x.rmdesk"
    bad_date = rmdesk("new", path, "--start", "2026-02-30")
    assert (
        bad_date.returncode == 2 and "'2026-02-30' is not a date; write it as YYYY-MM-DD" in bad_date.stderr
    )
    assert not path.exists()
    assert rmdesk("new", path, "--program", "P").returncode == 0
    unknown = rmdesk("start", path, "0000abcd")
    assert unknown.returncode == 2 and "there is no pair with the id 0000abcd" in unknown.stderr
    assert rmdesk("start", path, "--all-proposed").stdout.strip() == "There is no proposed pair to start."
