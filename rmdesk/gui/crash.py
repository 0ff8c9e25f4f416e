"""Unexpected errors: logged to a file and shown with a copyable report; the app keeps running.

Safe from any thread (a report made elsewhere is shown by the GUI thread), never two reports
on screen at once, and the last report is offered again at the next start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import faulthandler
import logging
import platform
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from rmdesk import __version__
from rmdesk.store.logs import report_lines
from rmdesk.store.paths import log_dir

log = logging.getLogger("rmdesk")


def log_file() -> Path:
    return log_dir() / "rmdesk.log"


def last_report_file() -> Path:
    """The newest crash report not yet seen again at a start."""
    return log_dir() / "last-crash.txt"


def setup_logging() -> None:
    if any(isinstance(h, logging.FileHandler) for h in log.handlers):
        return
    handler = logging.FileHandler(log_file(), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


class CrashDialog:
    """The error dialogs' entry points; tests replace :meth:`show_report` and :meth:`offer_last`."""

    @classmethod
    def show_report(cls, summary: str, report: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
        box.setText(
            summary
            + "\n\n"
            + QCoreApplication.translate(
                "CrashDialog",
                "Your file is safe: every change you made before this was saved. "
                "The details below are also in {log}.",
            ).format(log=log_file())
        )
        box.setDetailedText(report)
        box.exec()

    @classmethod
    def offer_last(cls, when: str, report: str) -> None:
        """At a start: the last session met an error; show or copy its report."""
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "rmdesk met an error last time"))
        box.setText(
            QCoreApplication.translate(
                "CrashDialog",
                "An unexpected error happened on {when}. Your file was safe. If it keeps happening, "
                "copy the report and send it to whoever supports rmdesk for you.",
            ).format(when=when)
        )
        box.setDetailedText(report)
        copy = box.addButton(
            QCoreApplication.translate("CrashDialog", "Copy Report"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(report)


def report_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The report kept in the log folder and offered for copying: where it failed, without the
    error's message (it may hold what someone typed; the dialog shows it, the files never do)."""
    lines = report_lines(kind, error, tb)
    head = (
        f"rmdesk {__version__}, Python {platform.python_version()}, {platform.platform()}\n"
        f"{dt.datetime.now().isoformat(timespec='seconds')}\n\n"
    )
    return head + "".join(lines)


class _Relay(QObject):
    """Carries a report made on another thread to the GUI thread, where dialogs may live."""

    reported = Signal(str, str)


_relay: _Relay | None = None
_fault_log = None  # kept open for faulthandler, which writes to it when the process dies
_showing = False  # a report is on screen: later ones are logged, not stacked on top of it


def _show(summary: str, report: str) -> None:
    global _showing
    if _showing:
        return
    _showing = True
    try:
        CrashDialog.show_report(summary, report)
    finally:
        _showing = False


def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Log an unexpected error, keep it for the next start, and show it from the GUI thread."""
    text = report_text(kind, error, tb)
    log.error("Unexpected error\n%s", text)
    with contextlib.suppress(OSError):  # the log has it; a full disk must not turn one error into two
        last_report_file().write_text(text, encoding="utf-8")
    summary = QCoreApplication.translate(
        "CrashDialog", "An unexpected error stopped the last action: {error}"
    ).format(error=error)
    app = QApplication.instance()
    if app is not None and QThread.currentThread() is not app.thread():
        if _relay is not None:
            _relay.reported.emit(summary, text)
        return
    _show(summary, text)


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    report(kind, error, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def offer_last_report() -> None:
    """If the last session met an error, say so once and offer its report."""
    path = last_report_file()
    try:
        text = path.read_text(encoding="utf-8")
        when = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        path.replace(path.with_name("last-crash-seen.txt"))
    except OSError:
        return
    CrashDialog.offer_last(when, text)


def record_hard_crashes() -> None:
    """A crash Python cannot catch (in Qt, in SQLite) still leaves its stack in crash.log."""
    global _fault_log
    if _fault_log is None:
        _fault_log = open(log_dir() / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 - kept open
        faulthandler.enable(_fault_log)


def install() -> None:
    """Log to the user's log folder, record hard crashes there too, and catch uncaught errors
    on every thread."""
    global _relay
    setup_logging()
    record_hard_crashes()
    if _relay is None:
        _relay = _Relay()
        _relay.reported.connect(_show)
    sys.excepthook = excepthook
    threading.excepthook = _thread_hook
