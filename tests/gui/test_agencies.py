"""Outsourced staff from an empty file: imported with their agencies, paired, started, and a
contract that ends before the program handled from its alert in one step, with a replacement."""

import datetime as dt
import json

from PySide6.QtWidgets import QDialogButtonBox

from rmdesk.domain import Pair, PairStatus, Participant, Program
from rmdesk.gui.dialogs import contract_end
from rmdesk.gui.dialogs.import_people import ImportPeopleDialog
from rmdesk.gui.main_window import MainWindow
from rmdesk.matching.program import load, make_pair
from rmdesk.store import lifecycle

from ..cli.test_cli import rmdesk
from .conftest import finish_work, reopen

TODAY = dt.date.today()
START, END = TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=180)
SOON = TODAY + dt.timedelta(days=20)


def staff_list(path):
    later = TODAY + dt.timedelta(days=400)
    path.write_text(
        "NIK;Nama;Peran;Golongan;Vendor/Agensi;Lokasi Kerja;Akhir Kontrak;Topik\n"
        f"OS-1;Rina Putri;mentor;3;PT Mitra Karya Solusi;Jakarta;{SOON:%d/%m/%Y};\n"
        f"OS-2;Dimas Saputra;mentor;4;PT Mitra Karya Solusi;Jakarta;{later:%d/%m/%Y};\n"
        f"OS-3;Nia Lestari;mentor;3;PT Daya Insani;Surabaya;{later:%Y-%m-%d};\n"
        "E-1;Budi Santoso;mentee;11;;;;\n"
        "E-2;Hendra Wijaya;mentee;12;;;;\n",
        encoding="utf-8",
    )
    return path


def test_a_contract_ending_is_handled_from_its_alert_and_the_agency_figures_add_up(
    qtbot, tmp_path, monkeypatch, refusals
):
    path = tmp_path / "Outsourcing.rmdesk"
    assert rmdesk("new", path, "--program", "Pilot", "--start", START, "--end", END).returncode == 0
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(path)
    staff = staff_list(tmp_path / "vendor.csv")

    def import_all(dialog):
        assert isinstance(dialog, ImportPeopleDialog)
        dialog.ask_open_path = lambda: staff
        dialog.show()
        dialog.chooseButton.click()
        finish_work(qtbot)
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        finish_work(qtbot)
        return True

    monkeypatch.setattr(win, "open_dialog", import_all)
    win.actionImportPeople.trigger()
    doc = win.document
    people = {p.name: p for p in doc.all(Participant)}
    assert (
        people["Rina Putri"].agency == "PT Mitra Karya Solusi" and people["Rina Putri"].contract_end == SOON
    )
    program = doc.get(Program, win.program.id)
    cohort = load(doc, program)
    pair = make_pair(doc, cohort, people["Rina Putri"].id, people["Budi Santoso"].id)
    lifecycle.start_pairs(doc, [pair], START + dt.timedelta(days=2))
    win.document_changed()

    win.go_to(win.alerts)
    alert = next(a for a in win.alerts.model.rows_shown() if "Rina Putri's contract" in a.message)
    asked = []
    monkeypatch.setattr(
        contract_end.ContractEnd, "confirm", staticmethod(lambda parent, q: asked.append(q) or True)
    )
    offered = []

    def choose(parent, person, proposals):
        offered.append((person, [(p.mentor.name, p.mentee.name) for p in proposals]))
        return proposals[0]

    monkeypatch.setattr(contract_end.ContractEnd, "choose", staticmethod(choose))
    win.alerts.act(alert)
    assert asked[0].startswith(f"Rina Putri's contract with PT Mitra Karya Solusi ends {SOON}.")
    ended = doc.get(Pair, pair.id)
    assert (ended.status, ended.ended_on, ended.end_reason) == (
        PairStatus.ENDED_EARLY,
        SOON,
        "Contract ended",
    )
    person, candidates = offered[0]
    assert (
        person == "Budi Santoso" and candidates and all(mentee == "Budi Santoso" for _, mentee in candidates)
    )
    new = doc.all(Pair, "mentee_id = ? AND status = 'proposed'", [people["Budi Santoso"].id])
    assert [doc.get(Participant, p.mentor_id).name for p in new] == [candidates[0][0]]
    assert refusals == []

    win.go_to(win.agencies)
    shown = {r.name: r for r in win.agencies.model.rows_shown()}
    assert set(shown) == {"Rina Putri", "Dimas Saputra", "Nia Lestari"}
    assert shown["Rina Putri"].pair_status is None and shown["Rina Putri"].ends_before_program
    win.close_document()

    figures = json.loads(rmdesk("agencies", path, "--json").stdout)
    with reopen(path) as doc:
        rows = doc.all(Participant, "agency != ''")
        open_pairs = doc.all(Pair, "status IN ('proposed', 'active')")
        paired = {p.mentor_id for p in open_pairs} | {p.mentee_id for p in open_pairs}
    expected = {}
    for p in rows:
        group = expected.setdefault((p.agency, p.client_site), {"people": 0, "paired": 0, "ending": 0})
        group["people"] += 1
        group["paired"] += p.id in paired
        group["ending"] += p.contract_end < END
    got = {
        (g["agency"], g["client_site"]): {
            "people": g["people"],
            "paired": g["paired"],
            "ending": g["contracts_ending_before_program"],
        }
        for g in figures["agencies"]
    }
    assert got == expected
    mitra = got[("PT Mitra Karya Solusi", "Jakarta")]
    assert (mitra["people"], mitra["ending"]) == (2, 1)  # Rina's contract, her pair ended for it
