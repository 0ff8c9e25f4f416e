"""Long work off the GUI thread: where each outcome is told, what the file holds, no thread left."""

import sys
import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from rmdesk.domain import Participant
from rmdesk.gui import crash
from rmdesk.gui.work import LongWork, Messages, attempt
from rmdesk.store import Document, DocumentError


@pytest.fixture
def told(monkeypatch):
    """Refusals and crash reports as they reach the user, with the thread they were shown on."""
    seen = []
    gui = QApplication.instance().thread()

    def refusal(parent, title, text):
        seen.append(("refusal", title, text, QThread.currentThread() is gui))

    def report(cls, summary, text):
        seen.append(("crash", summary, text, QThread.currentThread() is gui))

    monkeypatch.setattr(Messages, "refusal", staticmethod(refusal))
    monkeypatch.setattr(crash.CrashDialog, "show_report", classmethod(report))
    return seen


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def run(qtbot, work):
    work.start()
    qtbot.waitUntil(lambda: work not in LongWork.running, timeout=10_000)
    assert work.runner.isFinished()


def people(path):
    with Document.open(path, readonly=True) as doc:
        return doc.counts()["participants"]


def test_the_result_arrives_on_the_gui_thread_from_work_on_its_own_connection(qtbot, owner, told, doc):
    threads, results = [], []

    def job(progress):
        threads.append(threading.current_thread())
        with doc.twin(readonly=False) as twin:
            progress(50, "Adding")
            twin.add(Participant(name="Siti"))
            return twin.counts()["participants"]

    def done(result):
        results.append((result, QThread.currentThread() is QApplication.instance().thread()))

    run(qtbot, LongWork(owner, "Add", job, done))
    assert results == [(1, True)] and threads[0] is not threading.main_thread()
    doc.forget_reads()
    assert [p.name for p in doc.shared(Participant)] == ["Siti"] and told == []


def test_a_refusal_is_a_sentence_and_an_unexpected_error_is_the_crash_report(qtbot, owner, told, data_dir):
    def refused(progress):
        raise DocumentError("Client.rmdesk is open read-only; changes cannot be saved.")

    def broken(progress):
        raise RuntimeError("the printer caught fire")

    run(qtbot, LongWork(owner, "Export", refused, lambda result: None))
    run(qtbot, LongWork(owner, "Export", broken, lambda result: None))
    assert told[0] == ("refusal", "Export", "Client.rmdesk is open read-only; changes cannot be saved.", True)
    kind, summary, report, on_gui = told[1]
    assert (kind, on_gui) == ("crash", True)
    assert summary == "An unexpected error stopped the last action: the printer caught fire"
    assert (
        report.splitlines()[-1] == "RuntimeError: (message left out: it may hold names or other entered text)"
    )
    assert "the printer caught fire" in crash.last_report_file().read_text(encoding="utf-8")


def test_cancel_rolls_back_what_the_work_wrote(qtbot, owner, told, doc):
    started, cancelled = threading.Event(), []

    def job(progress):
        with doc.twin(readonly=False) as twin, twin.action("Add many"):
            twin.add(Participant(name="Half written"))
            started.set()
            while True:
                progress(10, "")
                QThread.msleep(5)

    work = LongWork(owner, "Import", job, lambda result: None, cancelled=lambda: cancelled.append(True))
    work.start()
    assert started.wait(5)
    work.cancel()
    qtbot.waitUntil(lambda: work not in LongWork.running, timeout=10_000)
    assert cancelled == [True] and told == []
    assert people(doc.path) == 0


def test_a_result_for_a_file_or_program_no_longer_shown_is_dropped(qtbot, owner, told):
    shown = {"program": "Pilot 2026"}
    results = []

    def job(progress):
        shown["program"] = "Cohort 2"  # the user switched program meanwhile
        return ["proposals for Pilot 2026"]

    current = "Pilot 2026"
    run(
        qtbot,
        LongWork(owner, "Suggest", job, results.append, still_current=lambda: shown["program"] == current),
    )
    assert results == [] and told == []


def test_stop_all_cancels_and_waits_so_no_thread_outlives_its_window(qtbot, owner, told):
    delivered = []

    def job(progress):
        while True:
            progress(1, "")
            QThread.msleep(5)

    works = [LongWork(owner, "Long", job, delivered.append).start() for _ in range(2)]
    LongWork.stop_all(owner.window())
    assert all(w.runner.isFinished() for w in works) and not LongWork.running
    qtbot.wait(50)
    assert delivered == [] and told == []


def test_an_edit_a_page_makes_is_refused_in_a_sentence(owner, told, doc):
    person = doc.add(Participant(name="Budi", employee_no="NDS-1"))
    other = Participant(name="Adi", employee_no="NDS-1")
    assert attempt(owner, "Add participant", lambda: doc.add(other)) is False
    assert told == [("refusal", "Add participant", "Employee number NDS-1 already belongs to Budi.", True)]
    assert attempt(owner, "Rename", lambda: doc.update(person)) is True and len(told) == 1


def test_an_error_on_another_thread_is_shown_by_the_gui_thread_once(qtbot, told, data_dir, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash, "record_hard_crashes", lambda: None)
    crash.install()
    errors = [RuntimeError("first"), RuntimeError("second")]

    def fail():
        raise errors.pop(0)

    for _ in range(2):
        thread = threading.Thread(target=fail)
        thread.start()
        thread.join()
    qtbot.waitUntil(lambda: len(told) == 2)
    assert [(kind, summary.split(": ")[-1], on_gui) for kind, summary, _, on_gui in told] == [
        ("crash", "first", True),
        ("crash", "second", True),
    ]


def test_the_next_start_offers_the_last_report_once(monkeypatch, data_dir):
    offered = []
    monkeypatch.setattr(
        crash.CrashDialog, "offer_last", classmethod(lambda cls, when, text: offered.append(text))
    )
    crash.last_report_file().write_text("Traceback ... RuntimeError: boom", encoding="utf-8")
    crash.offer_last_report()
    crash.offer_last_report()
    assert offered == ["Traceback ... RuntimeError: boom"]
    assert not crash.last_report_file().exists()


def test_a_report_shown_while_another_is_open_is_not_stacked(monkeypatch, data_dir):
    shown = []

    def show(cls, summary, text):
        shown.append(summary)
        if len(shown) == 1:  # while the first is on screen, something else fails
            crash.excepthook(RuntimeError, RuntimeError("second"), None)

    monkeypatch.setattr(crash.CrashDialog, "show_report", classmethod(show))
    crash.excepthook(RuntimeError, RuntimeError("first"), None)
    assert shown == ["An unexpected error stopped the last action: first"]
