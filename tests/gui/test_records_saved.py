"""A record saved, changed or deleted from its page is shown at once, selected, without the
program's records being read again, and the table then shows what a fresh read shows."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from rmdesk.domain import Pair, PairStatus
from rmdesk.gui.dialogs.evaluation import EvaluationDialog
from rmdesk.gui.dialogs.goal import GoalDialog
from rmdesk.gui.dialogs.meeting import MeetingDialog
from rmdesk.gui.dialogs.participant import ParticipantDialog
from rmdesk.store import queries

from .conftest import reopen


def shown(page):
    """Every row the page's table shows, cell by cell, in its order."""
    model = page.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())
    ]


def as_read_afresh(page):
    """What the page shows once it has read the program's records again (same sort and search)."""
    page.set_document(page.doc, page.program)
    return shown(page)


def counting_reads(monkeypatch, name):
    """The reads of the program's records of kind ``name``: None for a whole read, else the ids."""
    reads = []
    real = getattr(queries, name)
    monkeypatch.setattr(
        queries, name, lambda doc, program_id, ids=None: reads.append(ids) or real(doc, program_id, ids)
    )
    return reads


def one_row_added(page, reads, count):
    """The page shows one row more, read alone (not the program's records again)."""
    return len(reads) == 1 and reads[0] is not None and len(shown(page)) == count + 1


def ok(dialog):
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog.result() == QDialog.DialogCode.Accepted


def test_a_goal_added_changed_and_deleted_is_shown_in_place_under_the_sort_and_search(
    window, demo_file, qtbot, monkeypatch
):
    window.go_to(window.dashboard)
    goals_before = window.dashboard.figures.goals
    window.go_to(window.goals)
    page = window.goals
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by the goal's words
    page.searchEdit.setText("linkedin")  # the search texts are built already
    before = shown(page)
    reads = counting_reads(monkeypatch, "goals")
    words = iter(
        ["Share one LinkedIn lesson a week", "Share two LinkedIn lessons a week", "Share a LinkedIn post"]
    )

    def form(row):
        dialog = GoalDialog(page.doc, page.program, page.pairs, page.record(row) if row else None, page)
        qtbot.addWidget(dialog)
        dialog.specificEdit.setPlainText(next(words))
        dialog.measureEdit.setPlainText("Posts counted on the team page.")
        return ok(dialog)

    monkeypatch.setattr(page, "open_form", form)
    page.addButton.click()
    assert len(shown(page)) == len(before) + 1
    assert page.selected().specific == "Share one LinkedIn lesson a week"
    assert window.actionUndo.text() == "&Undo Add Goal"
    after_add = shown(page)
    assert reads == [{page.selected().id}]  # the new goal read, not the program's 6,000
    assert after_add == as_read_afresh(page)

    page.table.selectRow(after_add.index(next(r for r in after_add if r[2].startswith("Share one"))))
    changed_id = page.selected().id
    reads.clear()
    page.edit()
    assert reads == [{changed_id}]
    assert (
        page.selected().id == changed_id and page.selected().specific == "Share two LinkedIn lessons a week"
    )
    after_edit = shown(page)
    assert after_edit == as_read_afresh(page) and len(after_edit) == len(after_add)

    page.table.selectRow(next(n for n, r in enumerate(after_edit) if r[2].startswith("Share two")))
    monkeypatch.setattr(page, "confirm", lambda question: True)
    reads.clear()
    page.delete()
    assert reads == [{changed_id}] and shown(page) == before == as_read_afresh(page)
    assert page.selected() is None
    with reopen(demo_file) as doc:
        assert queries.goals(doc, page.program.id, {changed_id}) == []
    page.addButton.click()  # added again, then the other pages read it when shown
    window.go_to(window.dashboard)
    assert window.dashboard.figures.goals == goals_before + 1


def test_a_meeting_and_an_evaluation_show_in_place_and_a_first_meeting_reads_all_again(
    window, demo_file, qtbot, monkeypatch
):
    window.go_to(window.meetings)
    page = window.meetings
    reads = counting_reads(monkeypatch, "meetings")
    active = next(label for label in page.pairs if label.status is PairStatus.ACTIVE)
    proposal = next(label for label in page.pairs if label.status is PairStatus.PROPOSED)
    chosen = iter([active, proposal])

    def form(row):
        dialog = MeetingDialog(page.doc, page.program, page.pairs, None, next(chosen).id, page)
        qtbot.addWidget(dialog)
        dialog.ask = lambda question, can_cancel=False: True  # start the proposal from its first meeting
        dialog.notesEdit.setPlainText("Tried prompt templates together.")
        return ok(dialog)

    monkeypatch.setattr(page, "open_form", form)
    count = len(shown(page))
    page.addButton.click()
    assert one_row_added(page, reads, count)
    logged = page.selected()
    assert logged.notes == "Tried prompt templates together." and logged.pair_id == active.id
    assert shown(page) == as_read_afresh(page)

    reads.clear()
    window.actionUndo.trigger()  # the meeting undone: gone in place
    assert reads == [{logged.id}] and len(shown(page)) == count and shown(page) == as_read_afresh(page)
    assert window.actionRedo.text() == "&Redo Log Meeting"
    reads.clear()
    window.actionRedo.trigger()  # and back, selected
    assert reads == [{logged.id}] and page.selected() == logged and len(shown(page)) == count + 1
    assert window.actionUndo.text() == "&Undo Log Meeting"

    reads.clear()
    page.addButton.click()  # the proposal's first meeting starts it: the whole window reads anew
    assert None in reads and len(shown(page)) == count + 2
    with reopen(demo_file) as doc:
        assert doc.get(Pair, proposal.id).status is PairStatus.ACTIVE
    reads.clear()
    window.actionUndo.trigger()  # undoing it changes the pair too: everything is read again
    assert None in reads and len(shown(page)) == count + 1
    with reopen(demo_file) as doc:
        assert doc.get(Pair, proposal.id).status is PairStatus.PROPOSED

    window.go_to(window.evaluations)
    page = window.evaluations
    reads = counting_reads(monkeypatch, "evaluations")

    def answer(row):
        dialog = EvaluationDialog(page.doc, page.program, page.pairs, None, pair_id=active.id, parent=page)
        qtbot.addWidget(dialog)
        dialog.dateEdit.setDate(dt.date(2026, 11, 2))
        dialog.answers["sessions_useful"].setCurrentIndex(5)
        dialog.commentsEdit.setPlainText("Useful from the first session.")
        return ok(dialog)

    monkeypatch.setattr(page, "open_form", answer)
    count = len(shown(page))
    page.addButton.click()
    assert one_row_added(page, reads, count)
    assert page.selected().comments == "Useful from the first session."
    assert shown(page) == as_read_afresh(page)


def test_people_archived_edited_and_undone_are_shown_in_place(window, demo_file, qtbot, monkeypatch):
    page = window.participants
    reads = []
    real = queries.people
    monkeypatch.setattr(
        queries, "people", lambda doc, program_id: reads.append(program_id) or real(doc, program_id)
    )
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # by department
    before = shown(page)
    page.table.selectRow(5)
    [chosen] = page.selected()
    page.archiveButton.click()  # archived: gone from "Active people", nothing else read
    assert reads == [] and len(shown(page)) == len(before) - 1 and page.selected() == []
    assert window.actionUndo.text() == "&Undo Archive Participant"
    after = shown(page)
    assert after == as_read_afresh(page)
    reads.clear()
    window.actionUndo.trigger()  # back, selected
    assert reads == [] and shown(page) == before and [p.id for p in page.selected()] == [chosen.id]

    def form(person):
        dialog = ParticipantDialog(page.doc, page.model.people, page.program, person, page)
        qtbot.addWidget(dialog)
        dialog.departmentCombo.setCurrentText("Sustainability Office")  # a department new to the file
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "open_form", form)
    page.edit()
    assert reads == [] and page.selected()[0].department == "Sustainability Office"
    assert page.departmentFilter.findData("Sustainability Office") >= 0  # the filter offers it
    held = {p.id: p for p in page.model.people.people}  # what the next form lists
    assert len(held) == 60 and held[chosen.id].department == "Sustainability Office"
    assert shown(page) == as_read_afresh(page)
    with reopen(demo_file) as doc:
        assert [p.department for p in queries.person_rows(doc, [chosen.id])] == ["Sustainability Office"]


def test_acting_on_alerts_works_out_the_alerts_of_that_pair_alone(window, demo_file, qtbot, monkeypatch):
    """A meeting logged and a goal marked done from their alerts: the alerts of that pair are
    worked out again (the others kept), and the list is what a fresh look gives."""
    window.go_to(window.alerts)
    page = window.alerts
    looks = []
    real = queries.program_alerts
    monkeypatch.setattr(
        queries, "program_alerts", lambda *a, **k: looks.append(k.get("only")) or real(*a, **k)
    )

    def answer(dialog):
        qtbot.addWidget(dialog)
        if isinstance(dialog, MeetingDialog):
            dialog.notesEdit.setPlainText("Caught up on the backlog.")
        else:
            dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("done"))
        return ok(dialog)

    monkeypatch.setattr(page, "open_dialog", answer)
    for action in ("log_meeting", "edit_goal"):
        alert = next(a for a in page.model.rows_shown() if a.action.value == action)
        before = [a for a in page.model.every_row() if a.pair_id != alert.pair_id]
        looks.clear()
        page.act(alert)
        assert looks == [{alert.pair_id}]  # that pair's alerts alone
        assert alert not in page.model.every_row()
        assert [a for a in page.model.every_row() if a.pair_id != alert.pair_id] == before
        after = page.model.every_row()
        page.set_document(page.doc, page.program)
        assert page.model.every_row() == after  # what a fresh look gives, in the same order
