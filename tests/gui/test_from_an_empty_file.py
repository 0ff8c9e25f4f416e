"""A whole program run as a new user runs it: File > New, forms, drags, and no demo anywhere.

Every dialog is the real one with its real widgets; only ``exec`` is replaced by a function
that fills the form and presses OK, as the officer would.
"""

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox

from rmdesk.domain import Evaluation, Meeting, Pair, PairStatus, Participant, ProgramStatus, Stage
from rmdesk.gui.dialogs.evaluation import EvaluationDialog
from rmdesk.gui.dialogs.goal import GoalDialog
from rmdesk.gui.dialogs.meeting import MeetingDialog
from rmdesk.gui.dialogs.move import MoveDialog
from rmdesk.gui.dialogs.participant import ParticipantDialog
from rmdesk.gui.dialogs.passphrase import PassphraseDialog
from rmdesk.gui.dialogs.program import ProgramDialog
from rmdesk.gui.main_window import MainWindow

from .conftest import finish_work, reopen, without_a_passphrase
from .test_board import at_card, card_data
from .test_board import drop as board_drop
from .test_talent_and_goals import drop as talent_drop

TODAY = dt.date.today()
START, END = TODAY - dt.timedelta(days=60), TODAY + dt.timedelta(days=150)


def press_ok(dialog: QDialog) -> int:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled(), getattr(dialog, "errors", None) and dialog.errors.visible()
    ok.click()
    return dialog.result()


def retype(qtbot, field, text):
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def set_level(dialog, topic, column, level):
    table = dialog.topicsTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == topic)
    spin = table.cellWidget(row, column)
    assert isinstance(spin, QSpinBox)
    spin.setValue(level)


@pytest.fixture
def run(qtbot, tmp_path, monkeypatch):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    monkeypatch.setattr(win, "ask_save_path", lambda title: tmp_path / "PT Contoh Maju.rmdesk")
    yield win
    win.close_document()


def test_a_whole_program_from_file_new_to_closing_it(run, qtbot, tmp_path, monkeypatch):
    win = run
    path = tmp_path / "PT Contoh Maju.rmdesk"

    # File > New, then the program's settings.
    def program_form(dialog):
        retype(qtbot, dialog.nameEdit, "Pilot 2026")
        retype(qtbot, dialog.startDateEdit, START.isoformat())
        retype(qtbot, dialog.endDateEdit, END.strftime("%d/%m/%Y"))
        return press_ok(dialog)

    monkeypatch.setattr(ProgramDialog, "exec", program_form)
    monkeypatch.setattr(PassphraseDialog, "exec", without_a_passphrase)
    win.new_file()
    assert win.program is not None and win.program.name == "Pilot 2026"
    assert (win.program.start_date, win.program.end_date) == (START, END)
    assert win.program.status is ProgramStatus.PLANNED and win.phaseButton.text() == "Start Program..."

    # People, typed into the participant form.
    def add_person(name, role, grade, born, offers=(), wants=(), agency="", contract_end=None):
        def fill(dialog):
            qtbot.keyClicks(dialog.nameEdit, name)
            dialog.gradeSpin.setValue(grade)
            dialog.birthYearSpin.setValue(born)
            dialog.roleCombo.setCurrentIndex(dialog.roleCombo.findData(role))
            for topic, level in offers:
                set_level(dialog, topic, 1, level)
            for topic, level in wants:
                set_level(dialog, topic, 2, level)
            if agency:
                dialog.employmentCombo.setCurrentIndex(dialog.employmentCombo.findData("outsourced"))
                dialog.agencyCombo.setCurrentText(agency)
                qtbot.keyClicks(dialog.contractEndEdit, contract_end.isoformat())
            return press_ok(dialog)

        monkeypatch.setattr(ParticipantDialog, "exec", fill)
        win.participants.addButton.click()

    win.go_to(win.participants)
    add_person("Siti Rahma", "mentor", 3, 2000, offers=[("AI tools", 5)])
    contract_end = TODAY + dt.timedelta(days=30)
    add_person(
        "Rina Putri", "mentor", 4, 1999, offers=[("Social media and branding", 4)],
        agency="PT Mitra Karya Solusi", contract_end=contract_end,
    )  # fmt: skip
    add_person("Budi Santoso", "mentee", 11, 1970, wants=[("AI tools", 4)])
    add_person("Hendra Wijaya", "mentee", 12, 1968, wants=[("Social media and branding", 5)])
    assert win.participants.countLabel.text() == "4 people"
    with reopen(path) as doc:
        people = {p.name: p for p in doc.all(Participant)}
    assert set(people) == {"Siti Rahma", "Rina Putri", "Budi Santoso", "Hendra Wijaya"}

    # Talent map: Siti is rated a star by a drag.
    win.go_to(win.talent)
    talent_drop(win.talent.boxes[(3, 3)], [people["Siti Rahma"].id])
    with reopen(path) as doc:
        assert (
            doc.get(Participant, people["Siti Rahma"].id).performance,
            doc.get(Participant, people["Siti Rahma"].id).potential,
        ) == (3, 3)
    # A junior with high potential and a topic to teach at 5 is a candidate reverse mentor: starred.
    star_box, unrated = win.talent.boxes[(3, 3)], win.talent.boxes[None]
    qtbot.waitUntil(lambda: star_box.count() == 1)
    assert star_box.item(0).data() == "★ Siti Rahma"
    assert sorted(unrated.item(i).data() for i in range(unrated.count())) == [
        "Budi Santoso",
        "Hendra Wijaya",
        "Rina Putri",
    ]

    # Pairing board: one pair by a drop, the other by suggestions.
    win.go_to(win.pairing)
    board = win.pairing
    siti, budi = people["Siti Rahma"].id, people["Budi Santoso"].id
    board_drop(board.menteesView, card_data("mentor", siti), at_card(board.menteesView, budi))
    monkeypatch.setattr(board, "review", lambda result: result.proposals)
    board.suggestButton.click()
    qtbot.waitUntil(lambda: board.worker is None and board.models["pair"].rowCount() == 2, timeout=10_000)
    assert [c.status_text for c in board.models["pair"].cards] == ["Proposed", "Proposed"]

    # Program > Start Program: both proposals are ticked and start a week after the program.
    started_on = START + dt.timedelta(days=7)

    def start_form(dialog):
        assert isinstance(dialog, MoveDialog) and dialog.pairsList.count() == 2
        retype(qtbot, dialog.dateEdit, started_on.isoformat())
        return press_ok(dialog) == QDialog.DialogCode.Accepted

    monkeypatch.setattr(win, "open_dialog", start_form)
    win.phaseButton.click()
    assert win.program.status is ProgramStatus.RUNNING and win.phaseButton.text() == "Close Program..."
    assert [c.status for c in board.models["pair"].cards] == ["active", "active"]
    with reopen(path) as doc:
        pairs = {(p.mentor_id, p.mentee_id): p for p in doc.all(Pair)}
    first = pairs[(siti, budi)]
    assert first.status is PairStatus.ACTIVE and first.started_on == started_on

    # A meeting logged from the pair's card.
    met_on = started_on + dt.timedelta(days=10)
    board.pairsView.setCurrentIndex(board.models["pair"].index(board.models["pair"].row_of(first.id)))

    def meeting_form(dialog):
        assert isinstance(dialog, MeetingDialog)
        retype(qtbot, dialog.dateEdit, met_on.isoformat())
        dialog.topicsList.item(0).setCheckState(Qt.CheckState.Checked)
        return press_ok(dialog) == QDialog.DialogCode.Accepted

    monkeypatch.setattr(board, "open_dialog", meeting_form)
    board.meetingButton.click()

    # A goal from a template, and baseline evaluations from both sides.
    def goal_form(dialog):
        dialog.pairCombo.setCurrentIndex(dialog.pairCombo.findData(first.id))
        dialog.templateCombo.setCurrentIndex(1)
        return press_ok(dialog)

    monkeypatch.setattr(GoalDialog, "exec", goal_form)
    win.go_to(win.goals)
    win.goals.addButton.click()

    def evaluation_by(respondent):
        def fill(dialog):
            dialog.pairCombo.setCurrentIndex(dialog.pairCombo.findData(first.id))
            dialog.stageCombo.setCurrentIndex(dialog.stageCombo.findData("baseline"))
            dialog.respondentCombo.setCurrentIndex(dialog.respondentCombo.findData(respondent))
            retype(qtbot, dialog.dateEdit, started_on.isoformat())
            for combo in dialog.answers.values():
                combo.setCurrentIndex(4)
            dialog.confidence["AI tools"].setCurrentIndex(2)
            dialog.save()
            return dialog.result()

        return fill

    win.go_to(win.evaluations)
    for respondent in ("mentee", "mentor"):
        monkeypatch.setattr(EvaluationDialog, "exec", evaluation_by(respondent))
        win.evaluations.addButton.click()
    workbooks = tmp_path / "workbooks"
    workbooks.mkdir()
    said = []
    monkeypatch.setattr(win.evaluations, "ask_folder", lambda: workbooks)
    monkeypatch.setattr(win.evaluations, "ask_stage", lambda: Stage.MIDPOINT)
    monkeypatch.setattr(win.evaluations, "report", lambda title, text: said.append(text))
    win.evaluations.exportButton.click()
    finish_work(qtbot)
    assert said == [f"Wrote 2 workbooks to {workbooks}."] and len(list(workbooks.glob("*.xlsx"))) == 2
    with reopen(path) as doc:
        assert [m.date for m in doc.all(Meeting)] == [met_on]
        assert len(doc.all(Evaluation, "pair_id = ? AND stage = 'baseline'", [first.id])) == 2

    # The alert for the contract that ends before the program, and the dashboard's figures.
    win.go_to(win.alerts)
    messages = [a.message for a in win.alerts.model.rows_shown()]
    assert any(
        f"Rina Putri's contract with PT Mitra Karya Solusi ends {contract_end}" in m for m in messages
    ), messages
    win.go_to(win.dashboard)
    assert win.dashboard.figures.meetings == 1 and win.dashboard.figures.pairs == 2
    assert win.dashboard.kpis["meetings"].text().startswith("<b>1</b> meeting of about ")
    assert win.dashboard.kpis["pairs"].text() == "<b>2</b> pairs"
    # A baseline alone is no change: the same mentees are compared before and after.
    assert win.dashboard.confidence.rows == []
    # A confidence of 2 on the 1-5 scale reaches a quarter of the way, whatever the other bars hold.
    assert win.dashboard.confidence.fraction(2.0) == 0.25

    # Reports: the program report and a pair report, read back from the PDFs.
    win.go_to(win.reports)
    page = win.reports
    monkeypatch.setattr(page, "ask_pdf_path", lambda suggested: tmp_path / "program.pdf")
    monkeypatch.setattr(page, "open_in_viewer", lambda path: True)
    page.exportButton.click()
    qtbot.waitUntil(lambda: page.worker is None and bool(page.written), timeout=20_000)
    program_text = "\n".join(p.extract_text() for p in PdfReader(str(tmp_path / "program.pdf")).pages)
    assert "1 held" in program_text and "Siti Rahma" in program_text and "Budi Santoso" in program_text
    assert "Nothing needs attention" not in program_text
    assert page.pairsList.count() == 2
    folder = tmp_path / "pairs"
    folder.mkdir()
    monkeypatch.setattr(page, "ask_folder", lambda: folder)
    page.written = []
    page.pairsRadio.setChecked(True)
    page.allButton.click()
    page.exportButton.click()
    qtbot.waitUntil(lambda: page.worker is None and bool(page.written), timeout=20_000)
    pair_pdf = next(p for p in folder.glob("*.pdf") if "Siti Rahma" in p.name)
    pair_text = "\n".join(p.extract_text() for p in PdfReader(str(pair_pdf)).pages)
    assert "Active since" in pair_text and str(met_on) in pair_text

    # Program > Close Program: it lists what is missing, then completes the pairs.
    closed_on = TODAY

    def close_form(dialog):
        notes = [dialog.notesList.item(i).text() for i in range(dialog.notesList.count())]
        assert any("no final evaluation" in n for n in notes)
        retype(qtbot, dialog.dateEdit, closed_on.isoformat())
        return press_ok(dialog) == QDialog.DialogCode.Accepted

    monkeypatch.setattr(win, "open_dialog", close_form)
    win.phaseButton.click()
    assert win.program.status is ProgramStatus.CLOSED and win.phaseButton.text() == "Reopen Program"
    with reopen(path) as doc:
        finished = doc.all(Pair)
    assert {(p.status, p.ended_on) for p in finished} == {(PairStatus.COMPLETED, closed_on)}
    assert win.actionUndo.text() == "&Undo Close Program Pilot 2026"
