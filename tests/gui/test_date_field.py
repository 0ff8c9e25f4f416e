"""The date field, driven by key presses as a user types, and a date typed in a real form read back
from the file."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from rmdesk.domain import Participant
from rmdesk.gui.dialogs.meeting import MeetingDialog
from rmdesk.gui.dialogs.participant import ParticipantDialog
from rmdesk.gui.widgets.date_field import DateField, read_date

from .conftest import reopen

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def field(qtbot):
    date_field = DateField()
    date_field.setPlaceholderText("Not set")
    qtbot.addWidget(date_field)
    return date_field


def new_participant_form(window, qtbot, person=None):
    """The participant form, shown and active so that Tab and focus behave as for a user."""
    dialog = ParticipantDialog(window.document, window.participants.model.people, window.program, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def leave_without_asking(dialog):
    dialog.hide()  # the tests below change forms on purpose; closing them should not ask


@pytest.mark.parametrize(
    "typed",
    ["2026-11-20", "20/11/2026", "20-11-2026", "20.11.2026", "20261120", "2026/11/20", " 2026-11-20 "],
)
def test_a_date_typed_in_any_usual_form_reads_as_that_date_and_shows_as_yyyy_mm_dd(field, qtbot, typed):
    qtbot.keyClicks(field, typed)
    assert field.date() == dt.date(2026, 11, 20) and field.problem() == ""
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "2026-11-20"


def test_short_days_and_months_are_read_too():
    assert read_date("5/1/2027") == dt.date(2027, 1, 5)
    assert read_date("2027-1-5") == dt.date(2027, 1, 5)
    assert read_date("") is None and read_date("   ") is None


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31/02/2026", f"“31/02/2026” is not a date. Type it as {TODAY.isoformat()}."),
        ("next week", f"“next week” is not a date. Type it as {TODAY.isoformat()}."),
        ("20/11/26", f"“20/11/26” is not a date. Type it as {TODAY.isoformat()}."),
        ("11/20/2026", f"“11/20/2026” is not a date. Type it as {TODAY.isoformat()}."),
        ("0202-11-20", "“0202-11-20” is out of range: the year must be 1900 to 2100."),
    ],
)
def test_text_that_is_not_a_date_is_kept_and_explained(field, qtbot, typed, message):
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == typed  # not dropped, not "corrected" behind the user's back
    assert field.date() is None
    assert field.problem() == message


def test_typing_into_an_empty_optional_date_never_mixes_with_the_blank_text(window, qtbot):
    dialog = new_participant_form(window, qtbot)
    end = dialog.contractEndEdit
    assert end.text() == "" and end.placeholderText() == "No end date"
    assert dialog.consentDateEdit.placeholderText() == "Not given yet"
    qtbot.keyClicks(end, "20261120")
    assert end.text() == "20261120" and end.date() == dt.date(2026, 11, 20)
    leave_without_asking(dialog)


def test_tab_into_a_date_selects_it_so_typing_or_backspace_replaces_it_all(window, qtbot):
    person = window.document.all(Participant, "contract_end IS NOT NULL")[0]
    dialog = new_participant_form(window, qtbot, person)
    end = dialog.contractEndEdit
    old = person.contract_end.isoformat()
    assert end.text() == old
    dialog.clientSiteEdit.setFocus()
    qtbot.keyClick(dialog.clientSiteEdit, Qt.Key.Key_Tab)
    assert end.hasFocus() and end.selectedText() == old
    qtbot.keyClicks(end, "2026-11-01")
    assert end.date() == dt.date(2026, 11, 1)  # nothing of the old date is kept
    qtbot.keyClick(end, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(end, "01/12/2027")
    assert end.date() == dt.date(2027, 12, 1)
    qtbot.keyClick(end, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(end, Qt.Key.Key_Backspace)
    assert end.text() == "" and end.date() is None
    leave_without_asking(dialog)


def test_delete_empties_the_whole_field_and_undo_brings_it_back(field, qtbot):
    field.setDate(dt.date(2027, 3, 31))
    field.setCursorPosition(4)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "" and field.date() is None and field.problem() == ""
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.date() == dt.date(2027, 3, 31)


def test_tab_leaves_a_date_field_for_the_next_one_empty_or_not(window, qtbot):
    dialog = new_participant_form(window, qtbot)
    end = dialog.contractEndEdit
    end.setFocus()
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert dialog.roleCombo.hasFocus()
    end.setFocus()
    qtbot.keyClicks(end, "31.3.2027")
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert dialog.roleCombo.hasFocus()
    assert end.text() == "2027-03-31"  # shown the one way dates are shown once the user moves on
    leave_without_asking(dialog)


def test_the_calendar_opens_at_today_when_empty_and_at_the_date_otherwise(field, qtbot):
    field.show()
    qtbot.keyClick(field, Qt.Key.Key_F4)
    calendar = field.calendar()
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(TODAY.year, TODAY.month, TODAY.day)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert not calendar.isVisible() and field.text() == ""  # Esc picks nothing

    field.setDate(dt.date(2027, 3, 31))
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2027, 3, 31)
    view = calendar.focusProxy()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert field.text() == "2027-04-01" and field.date() == dt.date(2027, 4, 1)

    field.calendarAction.trigger()  # the button at the end of the field
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2027, 4, 1)
    calendar.close()


def test_an_unreadable_date_blocks_ok_with_a_message_under_the_field(window, qtbot):
    dialog = new_participant_form(window, qtbot)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.nameEdit, "Rina Wulandari")
    assert ok.isEnabled()
    end = dialog.contractEndEdit
    end.setFocus()
    qtbot.keyClicks(end, "2026-1")
    assert not ok.isEnabled()  # half a date is not a date ...
    assert "contract_end" not in dialog.errors.visible()  # ... but no red while still typing it
    qtbot.keyClick(end, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(end, "31/02/2026")
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    label = dialog.errors.labels["contract_end"]
    assert label.isVisible()
    assert label.text() == f"“31/02/2026” is not a date. Type it as {TODAY.isoformat()}."
    assert not ok.isEnabled()
    assert end.text() == "31/02/2026"
    end.setFocus()
    qtbot.keyClick(end, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(end, "28/02/2027")
    assert not label.isVisible() and ok.isEnabled()
    leave_without_asking(dialog)


def test_a_contract_end_typed_in_the_participant_form_is_stored_in_the_file(window, demo_file, qtbot):
    dialog = new_participant_form(window, qtbot)
    qtbot.keyClicks(dialog.nameEdit, "Rina Wulandari")
    qtbot.keyClicks(dialog.employeeNoEdit, "OS-30002")
    dialog.contractEndEdit.setFocus()
    qtbot.keyClicks(dialog.contractEndEdit, "31/03/2027")
    qtbot.keyClick(dialog.contractEndEdit, Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == ParticipantDialog.DialogCode.Accepted
    with reopen(demo_file) as doc:
        [saved] = doc.all(Participant, "employee_no = ?", ["OS-30002"])
    assert saved.contract_end == dt.date(2027, 3, 31) and saved.consent_date is None


def test_a_date_cleared_with_delete_is_stored_as_no_date(window, demo_file, qtbot):
    person = window.document.all(Participant, "contract_end IS NOT NULL")[0]
    dialog = new_participant_form(window, qtbot, person)
    dialog.contractEndEdit.setFocus()
    qtbot.keyClick(dialog.contractEndEdit, Qt.Key.Key_Delete)
    dialog.save()
    with reopen(demo_file) as doc:
        assert doc.get(Participant, person.id).contract_end is None


def test_a_meeting_date_is_required_and_starts_at_today(window, qtbot):
    page = window.meetings
    window.go_to(page)
    dialog = MeetingDialog(window.document, window.program, page.pairs, pair_id=page.pairs[0].id)
    qtbot.addWidget(dialog)
    assert dialog.dateEdit.date() == TODAY
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.keyClick(dialog.dateEdit, Qt.Key.Key_Delete)
    assert not ok.isEnabled()
    assert dialog.errors.visible()["date"] == f"A date is needed here. Type it as {TODAY.isoformat()}."
