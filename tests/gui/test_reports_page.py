"""The reports page exports in the background and opens the result."""

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
    path = write_program_report(window.document, window.program, tmp_path / "branded.pdf")
    reader = PdfReader(str(path))
    assert reader.pages[0].extract_text().startswith("PT Klien Baru Tbk")
    assert list(reader.pages[0].images)  # the logo is on the cover
