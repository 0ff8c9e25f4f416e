"""Unexpected errors: logged to a file and shown with a copyable report; the app keeps running."""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from rmdesk import __version__
from rmdesk.store.paths import log_dir

log = logging.getLogger("rmdesk")


def log_file() -> Path:
    return log_dir() / "rmdesk.log"


def setup_logging() -> None:
    if any(isinstance(h, logging.FileHandler) for h in log.handlers):
        return
    handler = logging.FileHandler(log_file(), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


class CrashDialog:
    """The error dialog's entry point; tests replace :meth:`show_report`."""

    @classmethod
    def show_report(cls, summary: str, report: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("Something went wrong")
        box.setText(
            f"{summary}\n\nYour file is safe: every change you made before this was saved. "
            f"The details below are also in {log_file()}."
        )
        box.setDetailedText(report)
        box.exec()


def report_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(kind, error, tb)
    head = (
        f"rmdesk {__version__}, Python {platform.python_version()}, {platform.platform()}\n"
        f"{dt.datetime.now().isoformat(timespec='seconds')}\n\n"
    )
    return head + "".join(lines)


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    report = report_text(kind, error, tb)
    log.error("Unexpected error\n%s", report)
    CrashDialog.show_report(f"An unexpected error stopped the last action: {error}", report)


def install() -> None:
    """Log to the user's log folder, record hard crashes there too, and catch uncaught errors."""
    setup_logging()
    faulthandler.enable(open(log_dir() / "crash.log", "a", encoding="utf-8"))  # noqa: SIM115 - kept open
    sys.excepthook = excepthook
