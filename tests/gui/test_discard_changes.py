"""Esc, Cancel or closing a form after changing it asks before throwing the changes away; an
untouched form closes at once."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit

from rmdesk.gui.dialogs.goal import GoalDialog
from rmdesk.gui.dialogs.organisation import OrganisationDialog
from rmdesk.gui.dialogs.participant import ParticipantDialog
from rmdesk.gui.widgets.form_dialog import FormDialog

from .every_dialog import open_every_dialog


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def answering(monkeypatch, dialog, answer):
    """Replace the question with ``answer``; returns the questions asked."""
    asked = []
    monkeypatch.setattr(dialog, "confirm", lambda question: asked.append(question) or answer)
    return asked


def new_participant(window, qtbot):
    people = window.participants.model.people
    return shown(qtbot, ParticipantDialog(window.document, people, window.program))


def test_esc_on_an_untouched_form_closes_it_without_asking(window, qtbot, monkeypatch):
    dialog = new_participant(window, qtbot)
    asked = answering(monkeypatch, dialog, False)
    qtbot.keyClick(dialog.nameEdit, Qt.Key.Key_Escape)
    assert asked == []
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_esc_on_a_changed_form_asks_and_keeps_editing_when_told(window, qtbot, monkeypatch):
    dialog = new_participant(window, qtbot)
    qtbot.keyClicks(dialog.nameEdit, "Rina")
    asked = answering(monkeypatch, dialog, False)
    qtbot.keyClick(dialog.nameEdit, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes to this participant?"]
    assert dialog.isVisible() and dialog.nameEdit.text() == "Rina"

    asked = answering(monkeypatch, dialog, True)
    qtbot.keyClick(dialog.nameEdit, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes to this participant?"]
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_cancel_and_closing_the_window_ask_too(window, qtbot, monkeypatch):
    window.go_to(window.goals)
    dialog = shown(qtbot, GoalDialog(window.document, window.program, window.goals.pairs))
    qtbot.keyClicks(dialog.specificEdit, "Run a team retro with a shared board")
    asked = answering(monkeypatch, dialog, False)
    cancel = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert asked == ["Discard your changes to this goal?"] and dialog.isVisible()
    dialog.close()
    assert len(asked) == 2 and dialog.isVisible()
    answering(monkeypatch, dialog, True)
    dialog.close()
    assert not dialog.isVisible()


def test_a_change_undone_by_hand_is_no_change(window, qtbot, monkeypatch):
    dialog = new_participant(window, qtbot)
    qtbot.keyClicks(dialog.nameEdit, "Rina")
    for _ in "Rina":
        qtbot.keyClick(dialog.nameEdit, Qt.Key.Key_Backspace)
    asked = answering(monkeypatch, dialog, False)
    qtbot.keyClick(dialog.nameEdit, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_a_new_logo_counts_as_a_change(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtGui import QImage

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    image.save(str(tmp_path / "logo.png"))
    dialog = shown(qtbot, OrganisationDialog(window.document))
    monkeypatch.setattr(dialog, "ask_image", lambda: Path(tmp_path / "logo.png"))
    dialog.chooseLogoButton.click()
    asked = answering(monkeypatch, dialog, False)
    qtbot.keyClick(dialog.nameEdit, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes to the organisation?"] and dialog.isVisible()
    dialog.hide()


def test_esc_in_an_open_calendar_closes_only_the_calendar(window, qtbot, monkeypatch):
    dialog = new_participant(window, qtbot)
    asked = answering(monkeypatch, dialog, False)
    qtbot.keyClick(dialog.contractEndEdit, Qt.Key.Key_F4)
    calendar = dialog.contractEndEdit.calendar()
    assert calendar.isVisible()
    qtbot.keyClick(calendar.focusProxy(), Qt.Key.Key_Escape)
    assert not calendar.isVisible() and dialog.isVisible() and asked == []


FORMS = ["participant", "program", "goal", "meeting", "evaluation", "questionnaire", "matching"]


@pytest.mark.parametrize("name", [*FORMS, "organisation", "move"])
def test_every_form_asks_only_once_something_changed(window, qtbot, monkeypatch, name):
    dialog = open_every_dialog(window)[name]
    assert isinstance(dialog, FormDialog)
    shown(qtbot, dialog)
    asked = answering(monkeypatch, dialog, False)
    dialog.reject()
    assert asked == [] and not dialog.isVisible()

    dialog.show()
    typed = [w for w in dialog.findChildren(QLineEdit) if w.isVisible() and not w.isReadOnly()]
    if typed:
        field = typed[0]
        qtbot.keyClicks(field, "7")  # a name, a date, a number: the first field one can type in
    else:
        field = next(w for w in dialog.findChildren(QComboBox) if w.isVisible())
        qtbot.keyClick(field, Qt.Key.Key_Down)  # the next choice
    assert dialog.has_changes(), name
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert asked == [f"Discard your changes to {dialog.subject}?"] and dialog.isVisible()
    dialog.hide()


def test_the_question_is_asked_in_the_language_in_use(window, qtbot, monkeypatch):
    from PySide6.QtCore import QLocale

    from rmdesk.gui import app

    before = QLocale()
    app.use_language("id")
    try:
        dialog = new_participant(window, qtbot)
        qtbot.keyClicks(dialog.nameEdit, "Rina")
        asked = answering(monkeypatch, dialog, False)
        qtbot.keyClick(dialog.nameEdit, Qt.Key.Key_Escape)
        assert asked == ["Buang perubahan Anda pada peserta ini?"]
    finally:
        app.use_language("en")
        QLocale.setDefault(before)
