"""The participants page and form, driven through the widgets, checked in the file."""

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

from rmdesk.domain import EmploymentType, Enrolment, Participant, Role
from rmdesk.gui.dialogs.participant import ParticipantDialog
from rmdesk.store import queries

from .conftest import reopen


def dialog_for(window, person=None):
    page = window.participants
    dialog = ParticipantDialog(window.document, page.model.people, window.program, person)
    return dialog


def set_level(dialog, topic, column, level):
    for row in range(dialog.topicsTable.rowCount()):
        if dialog.topicsTable.item(row, 0).text() == topic:
            spin = dialog.topicsTable.cellWidget(row, column)
            assert isinstance(spin, QSpinBox)
            spin.setValue(level)
            return
    raise AssertionError(topic)


def test_new_participant_typed_in_is_saved_and_reads_back_from_disk(window, demo_file, qtbot):
    dialog = dialog_for(window)
    qtbot.addWidget(dialog)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a name is required
    qtbot.keyClicks(dialog.nameEdit, "Zo")
    dialog.nameEdit.insert("ë")  # QTest types ASCII only; a keyboard layout would give ë
    qtbot.keyClicks(dialog.nameEdit, " Anggraini")
    qtbot.keyClicks(dialog.employeeNoEdit, "OS-30001")
    qtbot.keyClicks(dialog.emailEdit, "zoe.anggraini@mitra-karya.co.id")
    dialog.birthYearSpin.setValue(2001)
    assert dialog.generationLabel.text() == "Gen Z"
    dialog.departmentCombo.setCurrentText("Marketing")
    qtbot.keyClicks(dialog.jobTitleEdit, "Social Media Analyst")
    dialog.gradeSpin.setValue(3)
    qtbot.keyClicks(dialog.managerEdit, "Siti Nur'aini")
    qtbot.keyClicks(dialog.languagesEdit, "Bahasa Indonesia, English")
    dialog.employmentCombo.setCurrentIndex(dialog.employmentCombo.findData("outsourced"))
    assert not ok.isEnabled()  # outsourced needs an agency
    assert dialog.errors.visible()["agency"].startswith("Outsourced staff need the agency")
    dialog.agencyCombo.setCurrentText("PT Mitra Karya Solusi")
    qtbot.keyClicks(dialog.contractEndEdit, "2027-03-31")
    dialog.roleCombo.setCurrentIndex(dialog.roleCombo.findData("mentor"))
    dialog.performanceCombo.setCurrentIndex(3)
    dialog.potentialCombo.setCurrentIndex(3)
    set_level(dialog, "Social media and branding", 1, 5)
    set_level(dialog, "AI tools", 2, 3)
    qtbot.keyClicks(dialog.notesEdit, "Runs the company TikTok.")
    assert ok.isEnabled(), dialog.errors.visible()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == ParticipantDialog.DialogCode.Accepted
    window.document_changed()
    assert window.actionUndo.text() == "&Undo Add Participant"

    with reopen(demo_file) as doc:
        [saved] = doc.all(Participant, "employee_no = ?", ["OS-30001"])
        siti = doc.all(Participant, "name = ?", ["Siti Nur'aini"])[0]
        program = queries.programs(doc)[0]
        [enrolled] = doc.all(Enrolment, "participant_id = ?", [saved.id])
    assert saved.name == "Zoë Anggraini" and saved.email == "zoe.anggraini@mitra-karya.co.id"
    assert (saved.birth_year, saved.grade, saved.department) == (2001, 3, "Marketing")
    assert saved.job_title == "Social Media Analyst" and saved.manager_id == siti.id
    assert saved.languages == ["Bahasa Indonesia", "English"]
    assert saved.employment_type is EmploymentType.OUTSOURCED and saved.agency == "PT Mitra Karya Solusi"
    assert saved.contract_end == dt.date(2027, 3, 31)
    assert (saved.performance, saved.potential) == (3, 3)
    assert saved.topics_offered == {"Social media and branding": 5}
    assert saved.topics_wanted == {"AI tools": 3}
    assert saved.notes == "Runs the company TikTok."
    assert enrolled.program_id == program.id and enrolled.role is Role.MENTOR


def test_editing_loads_every_field_and_saves_only_what_changed(window, demo_file, qtbot):
    page = window.participants
    page.searchEdit.setText("Siti Nur'aini")
    page.table.selectRow(0)
    [row] = page.selected()
    person = window.document.get(Participant, row.id)
    dialog = dialog_for(window, person)
    qtbot.addWidget(dialog)
    assert dialog.nameEdit.text() == "Siti Nur'aini"
    assert dialog.person() == person  # the form holds the person exactly
    dialog.jobTitleEdit.setText("Head of Digital, Finance")
    dialog.save()
    with reopen(demo_file) as doc:
        again = doc.get(Participant, person.id)
    assert again.job_title == "Head of Digital, Finance"
    assert {**vars(again), "job_title": "", "updated_at": ""} == {
        **vars(person),
        "job_title": "",
        "updated_at": "",
    }


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("emailEdit", "not-an-email", "Email 'not-an-email' is not a valid address."),
        ("managerEdit", "Nobody Here", "No participant is called 'Nobody Here': pick one from the list."),
    ],
)
def test_bad_values_show_a_message_next_to_the_field_and_block_ok(window, qtbot, field, typed, message):
    dialog = dialog_for(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.nameEdit, "Budi")
    qtbot.keyClicks(getattr(dialog, field), typed)
    label = dialog.errors.labels["email" if field == "emailEdit" else "manager_id"]
    assert label.isVisible() and label.text() == message
    assert not dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_contract_ending_before_the_program_is_flagged_for_program_members(window, qtbot):
    dialog = dialog_for(window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.nameEdit, "Rina")
    qtbot.keyClicks(dialog.contractEndEdit, "2026-01-05")
    assert "contract_end" not in dialog.problems()  # not in the program: no clash
    dialog.roleCombo.setCurrentIndex(dialog.roleCombo.findData("mentee"))
    assert (
        dialog.problems()["contract_end"] == "Contract end 2026-01-05 is before the program start 2026-06-01."
    )


def test_search_as_you_type_and_each_filter(window, qtbot):
    page = window.participants
    qtbot.keyClicks(page.searchEdit, "supply")
    assert 0 < page.model.rowCount() < 60
    assert all(
        p.department == "Supply Chain" or "supply" in p.job_title.lower() for p in page.model.rows_shown()
    )
    page.searchEdit.clear()
    checks = [
        (page.roleFilter, "mentor", lambda p: page.model.role(p) == Role.MENTOR),
        (page.generationFilter, "Gen X", lambda p: p.generation == "Gen X"),
        (page.employmentFilter, EmploymentType.OUTSOURCED, lambda p: p.employment_type == "outsourced"),
        (page.agencyFilter, "PT Daya Insani Outsourcing", lambda p: p.agency == "PT Daya Insani Outsourcing"),
        (page.pairedFilter, False, lambda p: p.id not in page.model.people.paired),
        (page.departmentFilter, "Finance", lambda p: p.department == "Finance"),
    ]
    for combo, data, rule in checks:
        combo.setCurrentIndex(combo.findData(data))
        shown = page.model.rows_shown()
        assert shown, combo.objectName()
        assert all(rule(p) for p in shown), combo.objectName()
        assert page.countLabel.text().endswith("of 60 people")
        combo.setCurrentIndex(0)
    assert page.model.rowCount() == 60


def test_archive_hides_and_the_archived_filter_shows_them(window, demo_file):
    page = window.participants
    page.table.selectRow(0)
    first_two = QItemSelection(page.model.index(0, 0), page.model.index(1, 0))
    page.table.selectionModel().select(
        first_two, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    chosen = page.selected()
    assert len(chosen) == 2
    assert page.archiveButton.text() == "Arc&hive"
    page.archiveButton.click()
    assert page.model.rowCount() == 58
    assert window.actionUndo.text() == "&Undo Archive 2 Participants"
    page.archivedFilter.setCurrentIndex(page.archivedFilter.findData(True))
    assert sorted(p.id for p in page.model.rows_shown()) == sorted(p.id for p in chosen)
    with reopen(demo_file) as doc:
        assert all(doc.get(Participant, p.id).archived for p in chosen)


def test_delete_asks_first_and_can_be_undone(window, demo_file, monkeypatch, qtbot):
    page = window.participants
    page.table.selectRow(0)
    [person] = page.selected()
    questions = []
    monkeypatch.setattr(page, "confirm", lambda q: questions.append(q) or False)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert questions and person.name in questions[0]
    assert page.model.rowCount() == 60  # said no
    monkeypatch.setattr(page, "confirm", lambda q: True)
    page.deleteButton.click()
    assert page.model.rowCount() == 59
    window.actionUndo.trigger()
    assert page.model.rowCount() == 60
    with reopen(demo_file) as doc:
        assert doc.find(Participant, person.id) is not None


def test_double_click_and_enter_open_the_form(window, monkeypatch, qtbot):
    page = window.participants
    opened = []
    monkeypatch.setattr(page, "open_form", lambda person: opened.append(person.id) or False)
    third = page.model.index(2, 0)
    rect = page.table.visualRect(third)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a hand would
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [page.model.row_at(third).id]
    page.table.setCurrentIndex(page.model.index(4, 0))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [page.model.row_at(third).id, page.model.row_at(page.model.index(4, 0)).id]


def test_tab_order_follows_the_form(window, qtbot):
    dialog = dialog_for(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.nameEdit.setFocus()
    order = []
    for _ in range(5):
        order.append(dialog.focusWidget().objectName())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert order[:4] == ["nameEdit", "employeeNoEdit", "emailEdit", "birthYearSpin"]
