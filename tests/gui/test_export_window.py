"""File > Export... from the window: the form, the file, progress off the GUI thread, and Cancel."""

import time

import openpyxl
from PySide6.QtWidgets import QDialogButtonBox

from rmdesk.gui.dialogs.export import ExportChoice, ExportDialog
from rmdesk.sheets import export

from .conftest import finish_work


def choosing(monkeypatch, window, *, csv=False, what=None, anonymise=False):
    """Answer the export form as a person would: click the format, pick the lists, tick anonymise."""
    seen = []

    def answer(dialog):
        seen.append(dialog)
        assert isinstance(dialog, ExportDialog) and dialog.xlsxRadio.isChecked()
        (dialog.csvRadio if csv else dialog.xlsxRadio).click()
        dialog.whatCombo.setCurrentIndex(dialog.whatCombo.findData(what))
        if anonymise:
            dialog.anonymiseCheck.click()
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return True

    monkeypatch.setattr(window, "open_dialog", answer)
    return seen


def test_file_export_writes_the_workbook_in_the_background(window, qtbot, monkeypatch, tmp_path, refusals):
    assert window.actionExport.isEnabled() and window.actionExport.text() == "&Export..."
    choosing(monkeypatch, window, anonymise=True)
    asked = []
    target = tmp_path / "out" / "export.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(window, "ask_export_path", lambda choice: asked.append(choice) or target)
    window.actionExport.trigger()
    finish_work(qtbot)
    assert asked == [ExportChoice(".xlsx", None, True)]
    assert refusals == []
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[0] == "Participants" and book["Participants"]["A2"].value.startswith(
        "Participant "
    )
    assert window.statusbar.currentMessage() == (
        "Exported 60 participants, 60 enrolments, 23 pairs, 51 goals, 81 meetings and 120 evaluations "
        f"to {target}"
    )


def test_one_list_as_csv(window, qtbot, monkeypatch, tmp_path, refusals):
    choosing(monkeypatch, window, csv=True, what="meetings")
    monkeypatch.setattr(window, "ask_export_path", lambda choice: tmp_path / "meetings.csv")
    window.actionExport.trigger()
    finish_work(qtbot)
    assert refusals == []
    assert (tmp_path / "meetings.csv").read_bytes().startswith(b"\xef\xbb\xbfProgram,")


def test_cancel_leaves_no_file(window, qtbot, monkeypatch, tmp_path, refusals):
    choosing(monkeypatch, window)
    target = tmp_path / "out" / "export.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(window, "ask_export_path", lambda choice: target)
    reading = export.read_tables

    def slow(*args, **kwargs):
        time.sleep(0.3)  # long enough for Cancel to be pressed first
        return reading(*args, **kwargs)

    monkeypatch.setattr(export, "read_tables", slow)
    from rmdesk.gui.work import LongWork

    window.actionExport.trigger()
    (work,) = LongWork.running
    work.dialog.canceled.emit()  # what the progress window's Cancel button sends
    finish_work(qtbot)
    assert list(target.parent.iterdir()) == []
    assert refusals == []
    assert window.statusbar.currentMessage() == "Export cancelled; no file was written."


def test_a_refused_export_is_one_sentence(window, qtbot, monkeypatch, tmp_path, refusals):
    choosing(monkeypatch, window)
    monkeypatch.setattr(window, "ask_export_path", lambda choice: tmp_path / "gone" / "x.xlsx")
    window.actionExport.trigger()
    finish_work(qtbot)
    assert refusals == [
        ("Export", f"The folder {tmp_path / 'gone'} does not exist; create it or choose another.")
    ]


def test_the_form_defaults_to_a_whole_workbook_and_says_what_anonymising_does(window):
    dialog = ExportDialog(window)
    assert dialog.choice() == ExportChoice(".xlsx", None, False)
    assert [dialog.whatCombo.itemText(i) for i in range(dialog.whatCombo.count())] == [
        "Everything",
        "Participants",
        "Enrolments",
        "Pairs",
        "Goals",
        "Meetings",
        "Evaluations",
    ]
    assert not dialog.anonymiseNote.isEnabled()
    dialog.anonymiseCheck.setChecked(True)
    assert dialog.anonymiseNote.isEnabled() and dialog.choice().anonymise
    assert dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "&Export..."
