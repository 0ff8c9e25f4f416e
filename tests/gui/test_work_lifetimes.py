"""Long work and the window's life: closing it, or changing program, while work is under way."""

import threading
import time

from rmdesk.domain import Pair, Program
from rmdesk.gui.board import page as board_page
from rmdesk.gui.pages import reports as reports_page
from rmdesk.gui.work import LongWork
from rmdesk.store.check import check

from .conftest import reopen


def held_until(gate: threading.Event, real):
    """``real``, run only once ``gate`` opens; until then the work keeps asking whether to stop."""

    def run(*args):
        progress = args[-1]
        while not gate.is_set():
            progress(1, "Waiting...")
            time.sleep(0.01)
        return real(*args)

    return run


def test_switching_program_while_suggestions_compute_never_lands_them_in_the_other(
    window, qtbot, monkeypatch
):
    other = window.document.add(Program(name="Second cohort"))
    window.document_changed()
    window.go_to(window.pairing)
    board = window.pairing
    gate = threading.Event()
    monkeypatch.setattr(board_page, "suggest_pairs", held_until(gate, board_page.suggest_pairs))
    reviewed = []
    monkeypatch.setattr(board, "review", lambda result: reviewed.append(result) or result.proposals)
    board.suggestButton.click()
    assert LongWork.running
    window.programCombo.setCurrentIndex(window.programCombo.findText("Second cohort"))
    gate.set()
    assert not LongWork.running and window.program.id == other.id
    qtbot.wait(100)
    assert reviewed == []
    assert window.document.all(Pair, "program_id = ?", [other.id]) == []
    assert board.worker is None and board.suggestButton.isEnabled()


def test_closing_the_window_during_suggestions_or_an_export_leaves_no_thread_and_a_whole_file(
    window, qtbot, monkeypatch, tmp_path, demo_file
):
    gate = threading.Event()
    monkeypatch.setattr(board_page, "suggest_pairs", held_until(gate, board_page.suggest_pairs))
    monkeypatch.setattr(reports_page, "write_reports", held_until(gate, reports_page.write_reports))
    window.go_to(window.pairing)
    window.pairing.suggestButton.click()
    window.go_to(window.reports)
    monkeypatch.setattr(window.reports, "ask_pdf_path", lambda suggested: tmp_path / "program.pdf")
    window.reports.exportButton.click()
    works = list(LongWork.running)
    assert len(works) == 2
    window.close()
    assert all(w.runner.isFinished() for w in works) and not LongWork.running
    gate.set()
    qtbot.wait(100)
    assert not (tmp_path / "program.pdf").exists()
    assert check(demo_file) == []
    with reopen(demo_file) as doc:
        assert doc.counts()["participants"] == 60


def test_a_refusal_from_every_page_is_a_sentence_never_the_crash_dialog(window, monkeypatch, refusals, qtbot):
    """A file that can no longer be written refuses every edit; each page says so in a sentence."""
    from PySide6.QtCore import Qt

    from rmdesk.gui import crash

    crashed = []
    monkeypatch.setattr(crash.CrashDialog, "show_report", classmethod(lambda cls, *a: crashed.append(a)))
    window.document.readonly = True
    read_only = f"{window.document.path.name} is open read-only; changes cannot be saved."

    people = window.participants
    people.table.selectRow(0)
    people.toggle_archived()
    monkeypatch.setattr(people, "confirm", lambda question: True)
    people.delete()

    window.go_to(window.talent)
    talent = window.talent
    person_id = talent.boxes[(1, 1)].item(0).data(Qt.ItemDataRole.UserRole)
    talent.rate_people([person_id], (3, 3))

    for page in (window.goals, window.meetings, window.evaluations):
        window.go_to(page)
        page.table.selectRow(0)
        monkeypatch.setattr(page, "confirm", lambda question: True)
        page.delete()

    window.go_to(window.pairing)
    board = window.pairing
    model = board.models["pair"]
    board.pairsView.setCurrentIndex(model.index(0))
    lock = "Unlock" if board.selected_pair().locked else "Lock"
    board.toggle_lock()
    window.actionUndo.trigger()

    assert crashed == []
    titles = [title for title, _ in refusals]
    assert titles == ["Archive", "Delete", "Re-rate", "Delete goal", "Delete meeting", "Delete evaluation",
                      lock, "Undo"]  # fmt: skip
    assert {text for _, text in refusals} == {read_only}
