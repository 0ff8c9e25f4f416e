"""Meetings, evaluations and alerts through their forms, checked in the file."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from rmdesk.domain import Evaluation, Meeting, MeetingMode, Pair, Participant, Program, Respondent, Stage
from rmdesk.domain.health import Action
from rmdesk.gui.dialogs.evaluation import EvaluationDialog
from rmdesk.gui.dialogs.meeting import MeetingDialog
from rmdesk.gui.pages.alerts import AlertsPage
from rmdesk.gui.widgets.fields import LONG_LIST
from rmdesk.store import Document, queries
from rmdesk.store.lifecycle import start_pairs

from .conftest import finish_work, reopen


def test_log_a_meeting_with_topics_and_goals(window, demo_file, qtbot):
    window.go_to(window.meetings)
    page = window.meetings
    before = page.model.rowCount()
    label = page.pairs[0]
    dialog = MeetingDialog(window.document, window.program, page.pairs, pair_id=label.id)
    qtbot.addWidget(dialog)
    dialog.dateEdit.selectAll()
    qtbot.keyClicks(dialog.dateEdit, "20/11/2026")
    dialog.durationSpin.setValue(45)
    dialog.modeCombo.setCurrentIndex(dialog.modeCombo.findData("online"))
    dialog.topicsList.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.goalsList.count() > 0
    dialog.goalsList.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.notesEdit, "Built a first prompt library.")
    qtbot.mouseClick(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    window.document_changed()
    assert page.model.rowCount() == before + 1
    assert window.actionUndo.text() == "&Undo Log Meeting"
    with reopen(demo_file) as doc:
        [saved] = doc.all(Meeting, "notes = ?", ["Built a first prompt library."])
    assert (saved.pair_id, saved.date, saved.duration_min) == (label.id, dt.date(2026, 11, 20), 45)
    assert saved.mode is MeetingMode.ONLINE and saved.topics == ["AI tools"]
    assert len(saved.goal_ids) == 1


def test_evaluation_form_follows_the_questionnaire_and_reads_back(window, demo_file, qtbot):
    window.go_to(window.evaluations)
    page = window.evaluations
    dialog = EvaluationDialog(
        window.document, window.program, page.pairs, pair_id=page.pairs[1].id, stage=Stage.MIDPOINT
    )
    qtbot.addWidget(dialog)
    assert list(dialog.answers) == [
        "sessions_useful",
        "safe_to_speak",
        "learned_new",
        "used_at_work",
        "changed_view",
        "team_benefit",
    ]
    assert dialog.answers["sessions_useful"].itemText(5) == "5 strongly agree"
    dialog.respondentCombo.setCurrentIndex(dialog.respondentCombo.findData("mentor"))
    dialog.answers["sessions_useful"].setCurrentIndex(5)
    dialog.answers["used_at_work"].setCurrentIndex(4)
    dialog.confidence["AI tools"].setCurrentIndex(3)
    qtbot.keyClicks(dialog.commentsEdit, "More practice next month.")
    dialog.save()
    with reopen(demo_file) as doc:
        [saved] = doc.all(Evaluation, "comments = ?", ["More practice next month."])
    assert saved.stage is Stage.MIDPOINT and saved.respondent is Respondent.MENTOR
    assert saved.answers == {"sessions_useful": 5, "used_at_work": 4}
    assert saved.confidence == {"AI tools": 3}


def test_an_empty_evaluation_is_not_saved(window, qtbot):
    dialog = EvaluationDialog(
        window.document, window.program, queries.pairs(window.document, window.program.id)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.problemLabel.isVisible()
    assert dialog.problemLabel.text() == "Answer at least one question or topic before saving."


def test_alerts_list_and_one_click_to_log_the_missing_meeting(window, qtbot, monkeypatch):
    page = AlertsPage(today=dt.date(2026, 11, 25))
    qtbot.addWidget(page)
    page.set_document(window.document, window.program)
    shown = page.model.rows_shown()
    assert shown and shown[0].severity == 2
    assert {a.action for a in shown} >= {Action.LOG_MEETING, Action.EDIT_GOAL, Action.CONTRACT_ENDS}
    opened = []
    monkeypatch.setattr(page, "open_dialog", lambda dialog: opened.append(dialog) or False)
    first = page.model.index(0, 2)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(first).center()
    )
    assert isinstance(opened[0], MeetingDialog)
    assert opened[0].pairCombo.currentData() == shown[0].pair_id
    page.kindFilter.setCurrentIndex(page.kindFilter.findData("edit_goal"))
    assert page.model.rows_shown() and all(a.action is Action.EDIT_GOAL for a in page.model.rows_shown())


def test_log_meeting_from_a_pair_card(window, monkeypatch):
    window.go_to(window.pairing)
    board = window.pairing
    opened = []
    monkeypatch.setattr(board, "open_dialog", lambda dialog: opened.append(dialog) or False)
    assert not board.meetingButton.isEnabled()
    board.pairsView.setCurrentIndex(board.models["pair"].index(0))
    board.meetingButton.click()
    assert opened[0].pairCombo.currentData() == board.models["pair"].cards[0].id


def test_export_blank_workbooks_then_import_the_filled_ones(window, demo_file, tmp_path, monkeypatch, qtbot):
    import openpyxl

    window.go_to(window.evaluations)
    page = window.evaluations
    said = []
    monkeypatch.setattr(page, "report", lambda title, text: said.append((title, text)))
    monkeypatch.setattr(page, "ask_folder", lambda: tmp_path)
    monkeypatch.setattr(page, "ask_stage", lambda: Stage.FINAL)
    page.exportButton.click()
    finish_work(qtbot)
    files = sorted(tmp_path.glob("*.xlsx"))
    assert said[-1][1] == f"Wrote {len(files)} workbooks to {tmp_path}."
    book = openpyxl.load_workbook(files[0])
    book.worksheets[0]["D8"] = 5
    book.worksheets[1]["D8"] = "lots"
    book.save(files[0])
    before = page.model.rowCount()
    monkeypatch.setattr(page, "ask_workbooks", lambda: [files[0]])
    page.importButton.click()
    finish_work(qtbot)
    assert said[-1][0] == "Nothing was imported" and "'lots' is not a whole number from 1 to 5" in said[-1][1]
    assert page.model.rowCount() == before
    book.worksheets[1]["D8"] = 4
    book.save(files[0])
    page.importButton.click()
    finish_work(qtbot)
    assert said[-1] == ("Import finished", "Imported 2 evaluations.")
    assert page.model.rowCount() == before + 2
    assert window.actionUndo.text() == "&Undo Import 2 Evaluations"


def test_dashboard_shows_the_figures_as_charts(window, qtbot):
    window.go_to(window.dashboard)
    page = window.dashboard
    assert page.kpis["enrolled"].text() == "<b>60</b> enrolled"
    assert page.kpis["pairs"].text() == "<b>23</b> pairs"
    roles = page.charts["roles"]
    assert roles.rows == [("Reverse mentor", [30.0]), ("Mentee", [30.0])]
    assert roles.accessibleDescription() == "Reverse mentor: 30; Mentee: 30"
    assert page.confidence.series_names == ["Baseline", "Final"] and page.confidence.rows
    for chart in [*page.charts.values(), page.confidence]:
        assert chart.height() >= chart.sizeHint().height()  # no row is cut off
    image = page.grab().toImage()
    assert image.width() > 0


def test_the_questionnaire_can_be_edited_and_the_evaluation_form_follows(window, demo_file, qtbot):
    from rmdesk.domain import Program
    from rmdesk.domain.templates import Questionnaire
    from rmdesk.gui.dialogs.questionnaire import QuestionnaireDialog

    dialog = QuestionnaireDialog(window.document, window.program)
    qtbot.addWidget(dialog)
    assert dialog.itemsTable.rowCount() == 6
    dialog.itemsTable.setCurrentCell(1, 1)
    dialog.removeButton.click()
    dialog.add_statement()
    dialog.itemsTable.item(dialog.itemsTable.rowCount() - 1, 1).setText(
        "My team now uses a new digital tool."
    )
    dialog.itemsTable.cellWidget(dialog.itemsTable.rowCount() - 1, 0).setCurrentIndex(3)  # results
    dialog.scaleCombo.setCurrentIndex(dialog.scaleCombo.findData(7))
    dialog.save()
    window.document_changed()
    with reopen(demo_file) as doc:
        saved = Questionnaire.of(doc.get(Program, window.program.id).settings)
    assert saved.scale == 7 and len(saved.items) == 6
    assert "safe_to_speak" not in [q.key for q in saved.items]
    assert saved.items[-1].key == "my_team_now_uses" and saved.items[-1].level == "results"
    assert window.actionUndo.text() == "&Undo Edit Program"
    form = EvaluationDialog(
        window.document, window.program, queries.pairs(window.document, window.program.id)
    )
    qtbot.addWidget(form)
    assert list(form.answers)[-1] == "my_team_now_uses"
    assert form.answers["my_team_now_uses"].itemText(7) == "7 strongly agree"


def test_a_questionnaire_needs_a_statement(window, qtbot):
    from rmdesk.gui.dialogs.questionnaire import QuestionnaireDialog

    dialog = QuestionnaireDialog(window.document, window.program)
    qtbot.addWidget(dialog)
    dialog.show()
    while dialog.itemsTable.rowCount():
        dialog.itemsTable.setCurrentCell(0, 1)
        dialog.removeButton.click()
    dialog.save()
    assert dialog.problemLabel.isVisible() and dialog.problemLabel.text() == "Keep at least one statement."
    dialog.hide()  # leave the changed form without the discard question


def test_meetings_and_evaluations_open_newest_first_and_goals_soonest_first(window):
    """The tables sort what the file gives in its own order: the latest records on top, goals by
    the date they are due (those without one last)."""
    shown = {}
    for page, column in ((window.meetings, 0), (window.evaluations, 0), (window.goals, 3)):
        window.go_to(page)
        model = page.model
        shown[page] = [model.index(row, column).data() for row in range(model.rowCount())]
        assert len(shown[page]) > 20
    for page in (window.meetings, window.evaluations):
        dated = [day for day in shown[page] if day]
        assert dated == sorted(dated, reverse=True) and dated[0] > dated[-1]
    due = shown[window.goals]
    dated = [day for day in due if day]
    assert dated == sorted(dated) and due[: len(dated)] == dated  # undated goals come last


def test_a_form_offers_every_pair_of_a_large_program_and_saves_the_one_chosen(tmp_path, qtbot):
    """A long pick list is handed to the box whole, not measured name by name: every pair is
    offered in order, hostile names as they are, the pair asked for is chosen, the one picked saved."""
    path = tmp_path / "large.rmdesk"
    hostile = ["=1+1 / مرحبا", "名前 🙂\x00", "x" * 10_000, "a/b"]
    count = LONG_LIST + 30
    with Document.create(path, organisation="PT Besar") as doc:
        with doc.action("Plan the program"):
            program = doc.add(Program(name="Large"))
            made = []
            for n in range(count):
                mentor = doc.add(Participant(name=hostile[n] if n < len(hostile) else f"Mentor {n:03}"))
                mentee = doc.add(Participant(name=f"Mentee {n:03}"))
                made.append(doc.add(Pair(program_id=program.id, mentor_id=mentor.id, mentee_id=mentee.id)))
        start_pairs(doc, made, dt.date(2026, 3, 2))
    with Document.open(path) as doc:
        pairs = queries.pairs(doc, program.id)
        wanted = pairs[-3]
        dialog = MeetingDialog(doc, program, pairs, pair_id=wanted.id)
        qtbot.addWidget(dialog)
        combo = dialog.pairCombo
        assert [combo.itemText(i) for i in range(combo.count())] == [label.text for label in pairs]
        assert [combo.itemData(i) for i in range(combo.count())] == [label.id for label in pairs]
        assert combo.count() == count and combo.currentData() == wanted.id
        assert any("名前 🙂\x00" in combo.itemText(i) for i in range(count))
        dialog.show()
        qtbot.waitExposed(dialog)
        # As tall as the other boxes of the form, and as wide as the form's column (no name measured).
        assert combo.height() == dialog.modeCombo.height()
        assert combo.width() >= dialog.modeCombo.width()
        qtbot.keyClicks(combo, "xx")  # typed on the closed box: the first pair it starts with
        assert combo.currentText() == f"{'x' * 10_000} → Mentee 002"
        chosen = combo.currentData()
        dialog.notesEdit.setPlainText("Picked from a long list.")
        qtbot.mouseClick(
            dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    with reopen(path) as doc:
        [saved] = doc.all(Meeting, "notes = ?", ["Picked from a long list."])
    assert saved.pair_id == chosen != wanted.id
