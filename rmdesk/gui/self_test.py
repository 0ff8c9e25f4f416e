"""``rmdesk --self-test``: does rmdesk work on this computer, as installed?

Writes a demo file into a temporary folder, opens it in the window, shows every page, suggests
pairs, and writes a program report, a pair report and an Excel export; and opens a file with a
passphrase. The libraries a one-folder build must carry (Qt and its plugins, numpy and scipy,
reportlab with its fonts and Pillow, openpyxl, SQLCipher) each do real work once. One line per
check; a failure is one line naming the check and why, and the exit code is 1.

Nothing of the user's is touched: the data folder (snapshots, settings, logs) is a temporary one
for the run. Without a display (no ``DISPLAY`` or ``WAYLAND_DISPLAY`` on Linux) the window runs
on Qt's offscreen platform; ``QT_QPA_PLATFORM`` chooses another.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QEventLoop,
    QFile,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from rmdesk import __version__
from rmdesk.domain.entities import Program
from rmdesk.domain.words import plural, points
from rmdesk.gui.main_window import SECTIONS, MainWindow
from rmdesk.store import Document, DocumentError

PROGRAM_REPORT = "program-report.pdf"
PAIR_REPORT = "pair-report.pdf"
EXPORT = "export.xlsx"
# What Qt's offscreen platform says of every window it cannot resize: not a failure, and not shown.
QUIET = ("This plugin does not support",)
WORK_TIMEOUT = 60.0  # seconds a page's long work may take before the check fails
LAST = ["suggestions", "program report", "pair report", "export"]  # the checks after the pages


def needs_offscreen() -> bool:
    """True where Qt has no screen to show a window on: Linux and the BSDs without X11 or Wayland,
    unless ``QT_QPA_PLATFORM`` names a platform."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def one_line(text: str) -> str:
    return " ".join(text.split())


def describe(error: BaseException) -> str:
    """A failure in one line: a refusal's own sentence, else the error and where it was raised."""
    from rmdesk.gui.work import REFUSALS, sentence

    if isinstance(error, REFUSALS):
        return one_line(sentence(error))
    frames = traceback.extract_tb(error.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return one_line(f"{type(error).__name__}: {error}{where}")


class Checks:
    """The checks run so far; what a dialog or an uncaught error said meanwhile fails the check."""

    def __init__(self) -> None:
        self.passed: list[str] = []
        self.failed: list[str] = []
        self.told: list[str] = []  # refusals, crash reports and stray dialogs during the current check

    def run(self, name: str, step: Callable[[], str]) -> bool:
        self.told.clear()
        detail = ""
        try:
            detail = step()
        except Exception as error:
            self.told.insert(0, describe(error))
        if self.told:
            line = f"FAILED {name}: {'; '.join(dict.fromkeys(self.told))}"
            self.failed.append(line)
            print(line, file=sys.stderr, flush=True)
            return False
        line = f"ok     {name}{': ' + detail if detail else ''}"
        self.passed.append(line)
        print(line, flush=True)
        return True

    def skipped(self, names: list[str], because: str) -> None:
        """Checks that cannot run after an earlier one failed: each is a failure too."""
        for name in names:
            line = f"FAILED {name}: not run ({because} failed)"
            self.failed.append(line)
            print(line, file=sys.stderr, flush=True)

    def hear(self, text: str) -> None:
        self.told.append(one_line(text))


@contextmanager
def temporary_data_folder(folder: Path) -> Iterator[None]:
    """``RMDESK_DATA_DIR`` set to ``folder`` for the run (snapshots, settings, logs), then as it was."""
    before = os.environ.get("RMDESK_DATA_DIR")
    os.environ["RMDESK_DATA_DIR"] = str(folder)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("RMDESK_DATA_DIR", None)
        else:
            os.environ["RMDESK_DATA_DIR"] = before


@contextmanager
def listening(checks: Checks) -> Iterator[None]:
    """Refusals, crash reports and uncaught errors (any thread) go to ``checks`` instead of a
    dialog waiting for a click; any other modal dialog that comes up is noted and closed."""
    from rmdesk.gui import crash
    from rmdesk.gui.work import Messages

    def refusal(parent: object, title: str, text: str) -> None:
        checks.hear(f"{title}: {text}")

    def show_report(cls: type, summary: str, report: str) -> None:
        checks.hear(summary)

    def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        checks.hear(describe(error.with_traceback(tb)))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def close_dialogs() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog):  # long work's progress: let it run
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        checks.hear(f"a dialog came up: {dialog.windowTitle()} {text}".strip())
        dialog.close()

    saved = (Messages.__dict__["refusal"], crash.CrashDialog.__dict__["show_report"])
    hooks = (sys.excepthook, threading.excepthook)
    Messages.refusal = staticmethod(refusal)  # type: ignore[method-assign]
    crash.CrashDialog.show_report = classmethod(show_report)  # type: ignore[method-assign,assignment]
    sys.excepthook, threading.excepthook = excepthook, thread_hook

    def qt_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        if not text.startswith(QUIET):
            print(f"qt: {one_line(text)}", file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(qt_message)
    guard = QTimer()
    guard.timeout.connect(close_dialogs)
    guard.start(250)
    try:
        yield
    finally:
        guard.stop()
        Messages.refusal, crash.CrashDialog.show_report = saved  # type: ignore[method-assign]
        sys.excepthook, threading.excepthook = hooks
        qInstallMessageHandler(previous)


def settle(app: QApplication) -> None:
    """Process events until the long work the window started has landed."""
    from rmdesk.gui.work import LongWork

    deadline = time.monotonic() + WORK_TIMEOUT
    app.processEvents()
    while LongWork.running:
        if time.monotonic() > deadline:
            raise TimeoutError(f"work still running after {WORK_TIMEOUT:.0f} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    app.processEvents()


def output_folder(given: Path | None, work: Path) -> Path:
    """Where the reports and the export go: ``given`` (made if missing), else ``work``."""
    if given is None:
        return work
    if given.exists() and not given.is_dir():
        raise DocumentError(f"{given} is a file: give --self-test a folder for its reports and export.")
    given.mkdir(parents=True, exist_ok=True)
    return given


def run(out: Path | None = None) -> int:
    """Run every check; 0 when all passed, 1 when any failed (each named on stderr).

    ``out``: a folder that keeps the reports and the export (default: a temporary one, removed)."""
    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rmdesk-self-test-", ignore_cleanup_errors=True) as scratch:
        work = Path(scratch)
        folder = output_folder(out, work)
        with temporary_data_folder(work / "data"):
            checks = Checks()
            _run_checks(checks, work, folder)
    seconds = time.perf_counter() - started
    total = len(checks.passed) + len(checks.failed)
    if checks.failed:
        print(f"self-test failed: {len(checks.failed)} of {total} checks failed", file=sys.stderr, flush=True)
        return 1
    kept = f"; the reports and the export are in {folder}" if out is not None else ""
    print(f"self-test passed: {total} checks in {seconds:.1f} s{kept}", flush=True)
    return 0


def _run_checks(checks: Checks, work: Path, folder: Path) -> None:
    from rmdesk.gui.app import application

    app = application()
    frozen = ", frozen" if getattr(sys, "frozen", False) else ""
    print(
        f"rmdesk {__version__} self-test (Python {sys.version.split()[0]}, Qt {qVersion()}, "
        f"platform {QGuiApplication.platformName()}{frozen})",
        flush=True,
    )
    with listening(checks):
        checks.run("encryption", lambda: _encryption(work / "Encrypted.rmdesk"))
        demo = work / "Demo program.rmdesk"
        after_demo = ["window", *(f"page {name}" for name, _, _ in SECTIONS), *LAST]
        if not checks.run("demo file", lambda: _demo(demo, work)):
            checks.skipped(after_demo, "the demo file")
            return
        window = MainWindow()
        window.resize(1280, 800)
        try:
            if not checks.run("window", lambda: _open(app, window, demo)):
                checks.skipped(after_demo[1:], "opening the demo file")
                return
            for row, (name, _, _) in enumerate(SECTIONS):
                checks.run(f"page {name}", functools.partial(_page, app, window, row))
            checks.run("suggestions", lambda: _suggestions(app, window))
            checks.run("program report", lambda: _program_report(window, folder / PROGRAM_REPORT))
            checks.run("pair report", lambda: _pair_report(window, folder / PAIR_REPORT))
            checks.run("export", lambda: _export(window, folder / EXPORT))
        finally:
            checks.run("close", lambda: _close(app, window))


def _demo(path: Path, work: Path) -> str:
    """The demo company, with the app's icon as its logo: Qt's SVG plugin reads it, and the
    reports draw it through Pillow."""
    from rmdesk.demo import generate
    from rmdesk.gui.dialogs.organisation import logo_png

    generate(path)
    icon = work / "logo.svg"
    if not QFile.copy(":/icons/rmdesk.svg", str(icon)):
        raise RuntimeError("the app's icon is missing from its resources")
    logo = logo_png(icon)
    if logo is None:
        raise RuntimeError("Qt cannot read SVG images: its imageformats plugin for SVG is missing")
    with Document.open(path, snapshot=False) as doc:
        doc.update(dataclasses.replace(doc.organisation(), logo=logo))
        counts = doc.counts()
    return f"{plural(counts['participants'], 'participant')}, {plural(counts['pairs'], 'pair')}, a logo"


def _encryption(path: Path) -> str:
    """SQLCipher: a file made with a passphrase opens with it, and is refused without it."""
    from rmdesk.store import PassphraseNeeded

    passphrase = "correct horse battery staple"
    Document.create(path, organisation="Self-test", passphrase=passphrase).close()
    with Document.open(path, passphrase=passphrase, snapshot=False) as doc:
        if doc.organisation().name != "Self-test":
            raise RuntimeError("the encrypted file did not give back what was written")
    try:
        Document.open(path, snapshot=False).close()
    except PassphraseNeeded:
        return "a file with a passphrase opens with it, and not without"
    raise RuntimeError("the encrypted file opened without its passphrase")


def _shown(window: MainWindow) -> tuple[Document, Program]:
    """The document and program the window shows."""
    if window.document is None or window.program is None:
        raise RuntimeError("the window shows no program")
    return window.document, window.program


def _open(app: QApplication, window: MainWindow, path: Path) -> str:
    window.show()
    if not window.open_path(path):
        raise RuntimeError("the window did not open the demo file")
    settle(app)
    _, program = _shown(window)
    return f"{program.name}, in a {window.width()}x{window.height()} window"


def _page(app: QApplication, window: MainWindow, row: int) -> str:
    window.navList.setCurrentRow(row)
    settle(app)
    page = window.section(row)
    if window.pages.currentWidget() is not page or not page.isVisible():
        raise RuntimeError("the page did not come into view")
    if page.grab().isNull():  # paints the page and everything on it
        raise RuntimeError("the page could not be painted")
    settle(app)
    return ""


def _suggestions(app: QApplication, window: MainWindow) -> str:
    from rmdesk.gui.board.suggestions import SuggestionsDialog
    from rmdesk.matching.program import load, suggest_pairs

    doc, program = _shown(window)
    cohort = window.pairing.cohort or load(doc, program)
    result = suggest_pairs(cohort)
    names = {p.id: p.name for p in cohort.ctx.people.values()}
    dialog = SuggestionsDialog(result, names, window)
    dialog.show()
    app.processEvents()
    dialog.grab()
    dialog.close()
    dialog.deleteLater()
    return f"{plural(len(result.proposals), 'proposed pair')}, total score {points(result.total)}"


def _pdf(path: Path, pages: int) -> str:
    with path.open("rb") as file:
        if file.read(5) != b"%PDF-":
            raise RuntimeError(f"{path.name} is not a PDF")
    return f"{path.name}, {plural(pages, 'page')}, {path.stat().st_size // 1024:,} KB"


def _program_report(window: MainWindow, path: Path) -> str:
    from rmdesk.reports.program_report import write_program_report

    doc, program = _shown(window)
    written = write_program_report(doc, program, path)
    return _pdf(written.path, written.pages)


def _pair_report(window: MainWindow, path: Path) -> str:
    from rmdesk.domain.entities import Pair
    from rmdesk.reports.pair_report import write_pair_report

    doc, program = _shown(window)
    pairs = doc.all(Pair, "program_id = ? AND status != 'proposed'", [program.id])
    if not pairs:
        raise RuntimeError("the demo program has no pair under way to report on")
    written = write_pair_report(doc, pairs[0].id, path)
    return _pdf(written.path, written.pages)


def _export(window: MainWindow, path: Path) -> str:
    from rmdesk.sheets.export import export_all

    doc, _ = _shown(window)
    done = export_all(doc, path)
    with path.open("rb") as file:
        if file.read(2) != b"PK":
            raise RuntimeError(f"{path.name} is not an Excel workbook")
    return f"{path.name}: {done.summary()}"


def _close(app: QApplication, window: MainWindow) -> str:
    from rmdesk.gui.work import LongWork

    window.close_document()
    window.close()
    window.deleteLater()
    app.processEvents()
    if LongWork.running:
        raise RuntimeError("work was still running after the file was closed")
    return ""
