"""File > Import People driven as an officer drives it: guessed columns, a changed mapping, the
preview and the refused rows, Cancel leaving the file as it was, then the import itself."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox

from rmdesk.domain import Enrolment, Participant
from rmdesk.gui.dialogs.import_people import ImportPeopleDialog
from rmdesk.gui.main_window import MainWindow
from rmdesk.store import Document

from .conftest import finish_work, reopen

STAFF = (
    "Daftar karyawan\n"
    "\n"
    "NIK;Nama Lengkap;Unit;Golongan;Peran;Kota\n"
    "NDS-90001;Ravi a/l Muthu;Finance;3;mentor terbalik;Medan\n"
    "NDS-90002;=Budi Santoso;Sales;11;mentee;Jakarta\n"
    "NDS-90003;Siti Aminah;IT;sebelas;mentee;Surabaya\n"
)


def combo_for(dialog, header):
    row = next(
        r for r in range(dialog.mappingTable.rowCount()) if dialog.mappingTable.item(r, 0).text() == header
    )
    combo = dialog.mappingTable.cellWidget(row, 2)
    assert isinstance(combo, QComboBox)
    return combo


def test_the_wizard_guesses_previews_lists_bad_rows_and_imports_in_one_step(
    window, qtbot, tmp_path, demo_file
):
    staff = tmp_path / "karyawan.csv"
    staff.write_text(STAFF, encoding="utf-8")
    dialog = ImportPeopleDialog(window.document, window.program, window)
    qtbot.addWidget(dialog)
    dialog.ask_open_path = lambda: staff
    dialog.show()
    dialog.chooseButton.click()
    finish_work(qtbot)
    assert dialog.fileLabel.text() == "karyawan.csv: 3 rows under the header on row 3."
    assert combo_for(dialog, "NIK").currentData() == "employee_no"
    assert combo_for(dialog, "Nama Lengkap").currentData() == "name"
    assert combo_for(dialog, "Golongan").currentData() == "grade"
    assert combo_for(dialog, "Kota").currentData() == "location"
    assert combo_for(dialog, "Unit").currentData() == "department"
    assert [dialog.problemsList.item(i).text() for i in range(dialog.problemsList.count())] == [
        "Row 6, Golongan: “sebelas” is not a whole number (grade)."
    ]
    assert dialog.previewTable.rowCount() == 2
    assert dialog.previewTable.item(0, 0).text() == "Ravi a/l Muthu"
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Import 2 People"

    # The officer says Golongan is not the grade after all: the preview and the problems follow.
    combo_for(dialog, "Golongan").setCurrentIndex(0)
    finish_work(qtbot)
    assert dialog.problemsList.count() == 0 and ok.text() == "Import 3 People"
    assert dialog.summaryLabel.text().startswith("3 people to add, 0 to update")

    # Cancel: the file is as it was.
    before = window.document.counts()["participants"]
    dialog.confirm = lambda question: True  # "Discard"
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    with reopen(demo_file) as doc:
        assert doc.counts()["participants"] == before


def test_import_people_from_the_file_menu_enrols_them_and_undoes_in_one_step(
    qtbot, tmp_path, demo_file, monkeypatch
):
    staff = tmp_path / "karyawan.csv"
    staff.write_text(STAFF, encoding="utf-8")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_document(Document.open(demo_file))
    win.show()

    def import_all(dialog):
        dialog.ask_open_path = lambda: staff
        dialog.show()
        dialog.chooseButton.click()
        finish_work(qtbot)
        combo_for(dialog, "Golongan").setCurrentIndex(0)
        finish_work(qtbot)
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        finish_work(qtbot)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(win, "open_dialog", import_all)
    win.actionImportPeople.trigger()
    assert win.actionUndo.text() == "&Undo Import 3 People"
    with reopen(demo_file) as doc:
        added = {p.name: p for p in doc.all(Participant, "employee_no LIKE 'NDS-9%'")}
        roles = {e.participant_id: e.role.value for e in doc.all(Enrolment)}
    assert set(added) == {"Ravi a/l Muthu", "=Budi Santoso", "Siti Aminah"}
    assert roles[added["Ravi a/l Muthu"].id] == "mentor" and roles[added["Siti Aminah"].id] == "mentee"
    assert added["Siti Aminah"].grade is None and added["Ravi a/l Muthu"].location == "Medan"
    win.actionUndo.trigger()
    with reopen(demo_file) as doc:
        assert doc.all(Participant, "employee_no LIKE 'NDS-9%'") == []
    win.close_document()
