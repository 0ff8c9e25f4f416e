"""The reports page exports in the background and opens the result."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt


def test_program_report_from_the_reports_page(window, qtbot, tmp_path, monkeypatch):
    window.go_to(window.reports)
    page = window.reports
    opened = []
    monkeypatch.setattr(page, "ask_pdf_path", lambda suggested: tmp_path / "board pack.pdf")
    monkeypatch.setattr(page, "open_in_viewer", lambda path: opened.append(path) or True)
    page.exportButton.click()
    qtbot.waitUntil(lambda: page.worker is None and bool(page.written), timeout=20_000)
    assert opened == [tmp_path / "board pack.pdf"]
    assert page.not_opened is None  # it opened: nothing more to say
    assert page.statusLabel.text() == f"Wrote 1 PDF to {tmp_path / 'board pack.pdf'}."
    assert "Executive summary" in PdfReader(str(tmp_path / "board pack.pdf")).pages[0].extract_text()


def test_one_pdf_per_ticked_pair(window, qtbot, tmp_path, monkeypatch):
    window.go_to(window.reports)
    page = window.reports
    monkeypatch.setattr(page, "ask_folder", lambda: tmp_path)
    opened = []
    monkeypatch.setattr(page, "open_in_viewer", lambda path: opened.append(path) or True)
    page.pairsRadio.setChecked(True)
    page.exportButton.click()
    assert page.statusLabel.text() == "Tick the pairs to report on first (or Tick All)."
    page.allButton.click()
    page.exportButton.click()
    qtbot.waitUntil(lambda: page.worker is None and bool(page.written), timeout=30_000)
    assert len(list(tmp_path.glob("*.pdf"))) == page.pairsList.count() == len(page.written)
    assert page.statusLabel.text() == f"Wrote {len(page.written)} PDFs to {tmp_path}."
    assert opened == [tmp_path]  # the folder that holds them all


def test_a_report_no_program_opens_says_where_it_is(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    window.go_to(window.reports)
    page = window.reports
    target = tmp_path / "Client reports" / "board pack.pdf"
    target.parent.mkdir()
    tried = []
    monkeypatch.setattr(page, "ask_pdf_path", lambda suggested: target)
    monkeypatch.setattr(page, "open_in_viewer", lambda path: tried.append(path) and False)
    page.exportButton.click()
    qtbot.waitUntil(lambda: page.worker is None and bool(page.written), timeout=20_000)
    assert page.statusLabel.text() == f"Wrote 1 PDF to {target}."
    told = page.not_opened
    assert told is not None and told.isVisible()
    assert told.pathEdit.text() == str(target) and told.pathEdit.isReadOnly()
    assert "could not be opened" in told.messageLabel.text()
    told.copyPathButton.click()
    assert QGuiApplication.clipboard().text() == str(target)
    assert told.noteLabel.text() == "The path is on the clipboard."
    told.showFolderButton.click()  # no file manager either
    assert tried == [target, target.parent]
    assert told.isVisible()
    assert told.noteLabel.text() == (
        f"The folder {target.parent} could not be opened either. "
        "Copy the path and paste it into your file manager."
    )
    monkeypatch.setattr(page, "open_in_viewer", lambda path: tried.append(path) or True)
    told.showFolderButton.click()
    assert tried[-1] == target.parent and not told.isVisible()


def test_pair_reports_no_program_opens_name_their_folder(window, qtbot, tmp_path, monkeypatch):
    window.go_to(window.reports)
    page = window.reports
    monkeypatch.setattr(page, "ask_folder", lambda: tmp_path)
    monkeypatch.setattr(page, "open_in_viewer", lambda path: False)
    page.pairsRadio.setChecked(True)
    page.pairsList.item(0).setCheckState(Qt.CheckState.Checked)
    page.pairsList.item(1).setCheckState(Qt.CheckState.Checked)
    page.exportButton.click()
    qtbot.waitUntil(lambda: page.worker is None and bool(page.written), timeout=30_000)
    assert page.statusLabel.text() == f"Wrote 2 PDFs to {tmp_path}."
    told = page.not_opened
    assert told is not None and told.pathEdit.text() == str(tmp_path)
    assert told.messageLabel.text().startswith("The reports are saved, but their folder could not be opened")
    assert told.showFolderButton.isHidden()  # that folder is the one that just failed to open


def test_organisation_name_and_logo_reach_the_reports(window, qtbot, tmp_path, monkeypatch, demo_file):
    from PySide6.QtGui import QColor, QImage

    from rmdesk.domain import Organisation
    from rmdesk.gui.dialogs.organisation import OrganisationDialog
    from rmdesk.reports.program_report import write_program_report

    logo = tmp_path / "logo.png"
    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f9f"))
    image.save(str(logo))
    dialog = OrganisationDialog(window.document)
    qtbot.addWidget(dialog)
    dialog.nameEdit.setText("PT Klien Baru Tbk")
    monkeypatch.setattr(dialog, "ask_image", lambda: tmp_path / "notes.txt")
    (tmp_path / "notes.txt").write_text("not an image")
    dialog.choose_logo()
    assert dialog.problemLabel.text() == "notes.txt is not an image rmdesk can read (use PNG or JPEG)."
    monkeypatch.setattr(dialog, "ask_image", lambda: logo)
    dialog.choose_logo()
    assert dialog.removeLogoButton.isEnabled()
    dialog.save()
    saved = window.document.organisation()
    assert saved.name == "PT Klien Baru Tbk" and saved.logo and QImage.fromData(saved.logo).height() == 200
    assert window.document.undo_label() == f"Edit {Organisation.label}"
    path = write_program_report(window.document, window.program, tmp_path / "branded.pdf").path
    reader = PdfReader(str(path))
    assert reader.pages[0].extract_text().startswith("PT Klien Baru Tbk")
    assert all(list(page.images) for page in reader.pages)  # the logo is on every page


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_hostile_names_through_the_window_with_an_as_of_date(qtbot, tmp_path, monkeypatch):
    """Every report is written from a file of hostile names and notes, as of the date typed; the
    page never stays on "Writing..." and says which characters no font could draw."""
    from rmdesk.gui.main_window import MainWindow
    from rmdesk.store import Document
    from tests.reports.helpers import CJK, hostile, rendered

    path, pair_ids = hostile(tmp_path / "hostile.rmdesk")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_document(Document.open(path))
    win.show()
    try:
        win.go_to(win.reports)
        page = win.reports
        page.asOfEdit.setText("29/11/2026")
        page.openCheck.setChecked(False)
        monkeypatch.setattr(page, "ask_pdf_path", lambda suggested: tmp_path / "program.pdf")
        page.exportButton.click()
        qtbot.waitUntil(lambda: page.worker is None and bool(page.written), timeout=60_000)
        assert page.exportButton.isEnabled()
        program_text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "program.pdf")).pages)
        assert "figures as of 2026-11-29" in " ".join(program_text.split())
        folder = tmp_path / "pairs"
        folder.mkdir()
        monkeypatch.setattr(page, "ask_folder", lambda: folder)
        page.written = []
        page.pairsRadio.setChecked(True)
        page.allButton.click()
        page.exportButton.click()
        qtbot.waitUntil(lambda: page.worker is None and bool(page.written), timeout=120_000)
        files = sorted(folder.glob("*.pdf"))
        assert len(files) == len(page.written) == len(pair_ids) == page.pairsList.count()
        assert page.statusLabel.text().startswith(f"Wrote {len(pair_ids)} PDFs to {folder}.")
        if any(CJK[0] in " ".join(p.extract_text() for p in PdfReader(str(f)).pages) for f in files):
            assert CJK[0] not in page.statusLabel.text()
        else:
            assert f"{CJK[0]} (U+{ord(CJK[0]):04X})" in page.statusLabel.text()
        for file in files:
            assert len(rendered(file, tmp_path / "pages" / file.stem[:12], dpi=10)) == len(
                PdfReader(str(file)).pages
            )
    finally:
        win.close_document()


def test_a_report_that_fails_leaves_the_page_ready_again(window, qtbot, tmp_path, monkeypatch, refusals):
    import rmdesk.reports.program_report as program_report

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / "board pack.pdf"))

    monkeypatch.setattr(program_report, "write_program_report", full_disk)
    window.go_to(window.reports)
    page = window.reports
    monkeypatch.setattr(page, "ask_pdf_path", lambda suggested: tmp_path / "board pack.pdf")
    page.exportButton.click()
    qtbot.waitUntil(lambda: page.worker is None, timeout=20_000)
    assert page.exportButton.isEnabled() and page.statusLabel.text() == "Nothing was written."
    assert refusals and "No space left on device" in refusals[-1][-1]


def test_a_mistyped_as_of_date_is_told_before_anything_is_written(window, qtbot, monkeypatch):
    window.go_to(window.reports)
    page = window.reports
    asked = []
    monkeypatch.setattr(page, "ask_pdf_path", lambda suggested: asked.append(suggested))
    page.asOfEdit.setText("31/02/2026")
    page.exportButton.click()
    assert page.statusLabel.text().startswith("Figures as of: “31/02/2026” is not a date.") and not asked
