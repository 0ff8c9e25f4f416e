"""Agency Report... on the agencies page: for the agency chosen in the filter, written in the
background, opened (or where it is said), others named or not as chosen; a refusal is told."""

import datetime as dt

from pypdf import PdfReader

from rmdesk.domain import Participant
from rmdesk.reports.agency_facts import OTHERS

from .conftest import finish_work

AGENCY = "PT Mitra Karya Solusi"


def words(path):
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def choose(page, agency):
    page.kindFilter.setCurrentIndex(page.kindFilter.findData(agency))


def test_the_report_of_the_agency_in_the_filter_names_no_one_else(
    window, qtbot, tmp_path, monkeypatch, refusals
):
    window.go_to(window.agencies)
    page = window.agencies
    assert not page.reportButton.isEnabled()  # "All agencies": no agency to report on yet
    assert page.reportButton.toolTip() == "Choose an agency in the filter first"
    choose(page, AGENCY)
    assert page.reportButton.isEnabled()
    asked, opened = [], []
    target = tmp_path / "for the agency.pdf"
    monkeypatch.setattr(page, "ask_pdf_path", lambda suggested: asked.append(suggested) or target)
    monkeypatch.setattr(page, "open_in_viewer", lambda path: opened.append(path) or True)
    page.anonymousCheck.click()
    assert page.anonymousCheck.isChecked()
    page.reportButton.click()
    finish_work(qtbot)
    assert asked == [f"{AGENCY} - agency report.pdf"]
    assert opened == [target] and page.not_opened is None
    pages = len(PdfReader(str(target)).pages)
    assert page.statusLabel.text() == f"Wrote {target} ({pages} pages, figures as of {dt.date.today()})."
    assert page.reportButton.isEnabled() and refusals == []
    text = words(target)
    assert f"Confidential: for {AGENCY} and the client only." in text and OTHERS in text
    people = window.document.all(Participant)
    ours = [p for p in people if p.agency == AGENCY]
    shown = {r.name for r in page.model.rows_shown()}
    assert {p.name for p in ours if not p.archived} == shown
    for person in ours:
        assert person.name in text
    for person in people:
        if person.agency == AGENCY or any(person.name in p.name for p in ours):
            continue  # the demo draws names from a short list: someone may share a name with them
        for value in (person.name, person.email, person.employee_no):
            assert value not in text, value


def test_named_and_not_opened_says_where_it_is(window, qtbot, tmp_path, monkeypatch):
    window.go_to(window.agencies)
    page = window.agencies
    choose(page, AGENCY)
    target = tmp_path / "mitra.pdf"
    monkeypatch.setattr(page, "ask_pdf_path", lambda suggested: target)
    monkeypatch.setattr(page, "open_in_viewer", lambda path: False)
    page.reportButton.click()
    finish_work(qtbot)
    told = page.not_opened
    assert told is not None and told.isVisible() and told.pathEdit.text() == str(target)
    assert OTHERS not in words(target)  # named: the partners are in it
    told.close()


def test_a_report_that_cannot_be_written_is_told_and_nothing_is_left(
    window, qtbot, tmp_path, monkeypatch, refusals
):
    window.go_to(window.agencies)
    page = window.agencies
    choose(page, AGENCY)
    monkeypatch.setattr(page, "ask_pdf_path", lambda suggested: tmp_path / "no such folder" / "x.pdf")
    page.reportButton.click()
    finish_work(qtbot)
    assert [title for title, _ in refusals] == ["Agency Report"]
    assert page.statusLabel.text() == "Nothing was written." and page.reportButton.isEnabled()
    monkeypatch.setattr(page, "ask_pdf_path", lambda suggested: None)  # Cancel in the file dialog
    page.reportButton.click()
    assert page.worker is None and page.statusLabel.text() == "Nothing was written."
