"""The reports page exports in the background and opens the result."""

from pypdf import PdfReader


def test_program_report_from_the_reports_page(window, qtbot, tmp_path, monkeypatch):
    window.go_to(window.reports)
    page = window.reports
    opened = []
    monkeypatch.setattr(page, "ask_pdf_path", lambda suggested: tmp_path / "board pack.pdf")
    monkeypatch.setattr(page, "open_file", opened.append)
    page.exportButton.click()
    qtbot.waitUntil(lambda: page.worker is None and bool(page.written), timeout=20_000)
    assert opened == [tmp_path / "board pack.pdf"]
    assert page.statusLabel.text() == f"Wrote 1 PDF to {tmp_path / 'board pack.pdf'}."
    assert "Executive summary" in PdfReader(str(tmp_path / "board pack.pdf")).pages[0].extract_text()


def test_one_pdf_per_ticked_pair(window, qtbot, tmp_path, monkeypatch):
    window.go_to(window.reports)
    page = window.reports
    monkeypatch.setattr(page, "ask_folder", lambda: tmp_path)
    monkeypatch.setattr(page, "open_file", lambda path: None)
    page.pairsRadio.setChecked(True)
    page.exportButton.click()
    assert page.statusLabel.text() == "Tick the pairs to report on first (or Tick All)."
    page.allButton.click()
    page.exportButton.click()
    qtbot.waitUntil(lambda: page.worker is None and bool(page.written), timeout=30_000)
    assert len(list(tmp_path.glob("*.pdf"))) == page.pairsList.count() == len(page.written)
