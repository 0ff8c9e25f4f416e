"""The pair life cycle from the board and the forms, and what a new user tripped on."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from rmdesk.domain import Meeting, Pair, PairStatus, Participant
from rmdesk.gui.board.cards import two_lines
from rmdesk.gui.dialogs.meeting import MeetingDialog
from rmdesk.gui.dialogs.participant import ParticipantDialog
from rmdesk.store import queries

from .conftest import reopen
from .test_board import answer

TODAY = dt.date.today()


def test_every_shortcut_belongs_to_one_action_and_redo_works_from_the_keyboard(window, qtbot):
    owners: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in owners, f"{text} is both {owners[text]} and {action.text()}"
            owners[text] = action.text()
    redo_keys = {k.toString() for k in window.actionRedo.shortcuts()}
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= redo_keys
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.participants
    page.table.selectRow(0)
    page.toggle_archived()
    label = window.document.undo_label()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.redo_label() == label
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.document.undo_label() == label and window.document.redo_label() is None
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.document.undo_label() == label


def select_pair(board, pair_id):
    model = board.models["pair"]
    board.pairsView.setCurrentIndex(model.index(model.row_of(pair_id)))


def test_a_proposal_starts_and_an_active_pair_completes_from_the_board(window, demo_file, monkeypatch):
    window.go_to(window.pairing)
    board = window.pairing
    proposal = next(p for p in board.cohort.pairs if p.status is PairStatus.PROPOSED)
    card = board.models["pair"].cards[board.models["pair"].row_of(proposal.id)]
    assert (card.status, card.status_text) == ("proposed", "Proposed")
    select_pair(board, proposal.id)
    assert board.startButton.isEnabled() and board.unpairButton.isEnabled()
    assert not board.endButton.isEnabled() and not board.completeButton.isEnabled()
    monkeypatch.setattr(board, "open_dialog", answer(on=TODAY))
    board.startButton.click()
    card = board.models["pair"].cards[board.models["pair"].row_of(proposal.id)]
    assert (card.status, card.status_text) == ("active", f"Active since {TODAY}")
    select_pair(board, proposal.id)
    assert (
        board.endButton.isEnabled() and board.completeButton.isEnabled() and not board.startButton.isEnabled()
    )
    board.completeButton.click()
    with reopen(demo_file) as doc:
        done = doc.get(Pair, proposal.id)
    assert (done.status, done.started_on, done.ended_on) == (PairStatus.COMPLETED, TODAY, TODAY)
    assert board.models["pair"].row_of(proposal.id) == -1  # finished pairs leave the board
    assert window.actionUndo.text().startswith("&Undo Complete ")


def test_the_right_click_menu_offers_what_the_pair_can_do(window, monkeypatch):
    window.go_to(window.pairing)
    board = window.pairing
    active = next(p for p in board.cohort.pairs if p.status is PairStatus.ACTIVE and not p.locked)
    select_pair(board, active.id)
    menu = board.pair_menu()
    enabled = {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled["Start..."] is False and enabled["End Early..."] is True and enabled["Unpair"] is False
    assert enabled["Complete..."] is True and enabled["Lock"] is True
    mentor = board.cohort.person(active.mentor_id).name
    assert enabled[f"Open {mentor} (reverse mentor)"] is True
    opened = []
    monkeypatch.setattr(board, "open_dialog", lambda dialog: opened.append(dialog) or False)
    next(a for a in menu.actions() if a.text() == f"Open {mentor} (reverse mentor)").trigger()
    assert isinstance(opened[0], ParticipantDialog) and opened[0].nameEdit.text() == mentor
    monkeypatch.setattr(board, "open_dialog", answer("No time to meet", TODAY))
    next(a for a in menu.actions() if a.text() == "En&d Early...").trigger()
    assert window.document.get(Pair, active.id).end_reason == "No time to meet"


def test_a_refused_move_is_told_in_a_sentence(window, monkeypatch, refusals):
    window.go_to(window.pairing)
    board = window.pairing
    active = next(p for p in board.cohort.pairs if p.status is PairStatus.ACTIVE and p.started_on)
    select_pair(board, active.id)
    monkeypatch.setattr(
        board, "open_dialog", answer("Asked to stop", active.started_on - dt.timedelta(days=1))
    )
    board.endButton.click()
    day_before = active.started_on - dt.timedelta(days=1)
    assert refusals == [
        ("End pair early", f"The end date {day_before} is before the pair started ({active.started_on}).")
    ]
    assert window.document.get(Pair, active.id).status is PairStatus.ACTIVE


def test_a_broken_rule_wraps_and_is_only_ever_cut_at_its_end(window):
    metrics = window.fontMetrics()
    rule = "Bambang Wijaya is Rizky Pratama's manager's manager and both work in Corporate Strategy"
    lines = two_lines(rule, metrics, 180)
    assert lines[0] == rule[: len(lines[0])]  # starts at the start
    assert all(metrics.horizontalAdvance(line) <= 180 for line in lines)
    assert two_lines("short", metrics, 180) == ["short"]


def test_the_first_meeting_of_a_proposal_offers_to_start_it_and_a_future_date_asks(window, demo_file, qtbot):
    window.go_to(window.pairing)
    proposal = next(p for p in window.pairing.cohort.pairs if p.status is PairStatus.PROPOSED)
    labels = queries.pairs(window.document, window.program.id)
    dialog = MeetingDialog(window.document, window.program, labels, pair_id=proposal.id)
    qtbot.addWidget(dialog)
    asked = []
    dialog.ask = lambda question, can_cancel=False: asked.append(question) or False
    future = TODAY + dt.timedelta(days=3)
    dialog.dateEdit.selectAll()
    qtbot.keyClicks(dialog.dateEdit, future.isoformat())
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert asked == [f"This meeting is dated {future}, which is in the future. Log it anyway?"]
    assert dialog.result() != QDialog.DialogCode.Accepted  # "No" keeps the form open
    dialog.dateEdit.selectAll()
    qtbot.keyClicks(dialog.dateEdit, TODAY.isoformat())
    asked.clear()
    dialog.ask = lambda question, can_cancel=False: asked.append(question) or True
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert asked[0].endswith(f"is still a proposal. Start the pair from this meeting's date, {TODAY}?")
    with reopen(demo_file) as doc:
        started = doc.get(Pair, proposal.id)
        assert [m.date for m in doc.all(Meeting, "pair_id = ?", [proposal.id])] == [TODAY]
    assert (started.status, started.started_on) == (PairStatus.ACTIVE, TODAY)


def test_the_same_employee_number_is_refused_and_a_look_alike_is_asked_about(window, demo_file, qtbot):
    page = window.participants
    someone = window.document.all(Participant, order_by="name")[0]
    dialog = ParticipantDialog(window.document, page.model.people, window.program)
    qtbot.addWidget(dialog)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.nameEdit, someone.name)
    qtbot.keyClicks(dialog.employeeNoEdit, someone.employee_no)
    assert dialog.errors.visible()["employee_no"] == (
        f"Employee number {someone.employee_no} already belongs to {someone.name}."
    )
    assert not ok.isEnabled()
    dialog.employeeNoEdit.clear()
    qtbot.keyClicks(dialog.employeeNoEdit, "NEW-1")
    dialog.birthYearSpin.setValue(someone.birth_year)
    asked = []
    dialog.ask = lambda question: asked.append(question) or False
    ok.click()
    assert asked and f"{someone.name}, born {someone.birth_year}, is already in the file" in asked[0]
    with reopen(demo_file) as doc:
        assert doc.all(Participant, "employee_no = 'NEW-1'") == []  # "Cancel" saved nothing
    dialog.ask = lambda question: True
    ok.click()
    with reopen(demo_file) as doc:
        assert len(doc.all(Participant, "employee_no = 'NEW-1'")) == 1


def test_counts_agree_with_their_numbers_and_alerts_say_how_overdue(window):
    window.go_to(window.participants)
    page = window.participants
    page.searchEdit.setText(window.document.all(Participant, order_by="name")[0].name)
    assert page.countLabel.text().startswith("1 of ") and page.countLabel.text().endswith(" people")
    assert " participants · " in window.statusLabel.text()
    window.go_to(window.alerts)
    whens = {
        window.alerts.model.data(window.alerts.model.index(r, 0))
        for r in range(window.alerts.model.rowCount())
    }
    assert "Soon" not in whens and "Now" not in whens
    assert any(w.endswith("overdue") for w in whens), whens


def test_program_settings_show_the_phase_but_only_the_phase_moves_change_it(window):
    from rmdesk.gui.dialogs.program import ProgramDialog

    dialog = ProgramDialog(window.document, window.program)
    assert dialog.statusValue.text().startswith("Running")
    assert not hasattr(dialog, "statusCombo")
    dialog.reject()


def test_the_first_pair_started_from_the_board_starts_a_planned_program_in_the_window(
    qtbot, tmp_path, monkeypatch
):
    """The board shows its own moves in place; the window's phase follows the program all the same."""
    from rmdesk.domain import Enrolment, Program, ProgramStatus, Role
    from rmdesk.gui.main_window import MainWindow
    from rmdesk.store import Document

    path = tmp_path / "planned.rmdesk"
    with Document.create(path, organisation="PT Baru") as doc, doc.action("Plan"):
        program = doc.add(Program(name="Pilot", start_date=TODAY - dt.timedelta(days=3)))
        mentor, mentee = doc.add(Participant(name="Rina Putri")), doc.add(Participant(name="Budi Santoso"))
        doc.add(Enrolment(program_id=program.id, participant_id=mentor.id, role=Role.MENTOR))
        doc.add(Enrolment(program_id=program.id, participant_id=mentee.id, role=Role.MENTEE))
        proposal = doc.add(Pair(program_id=program.id, mentor_id=mentor.id, mentee_id=mentee.id))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_document(Document.open(path))
    assert win.program.status is ProgramStatus.PLANNED and win.phaseButton.text() == "Start Program..."
    win.go_to(win.pairing)
    board = win.pairing
    select_pair(board, proposal.id)
    monkeypatch.setattr(board, "open_dialog", answer(on=TODAY))
    board.startButton.click()
    assert win.program.status is ProgramStatus.RUNNING and win.phaseButton.text() == "Close Program..."
    assert not win.actionStartProgram.isEnabled() and win.actionCloseProgram.isEnabled()
    win.close_document()
