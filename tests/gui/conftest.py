"""GUI fixtures: settings in a tmp folder, a main window on a copy of the demo file."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from rmdesk.gui.app import application
from rmdesk.gui.main_window import MainWindow
from rmdesk.store import Document


@pytest.fixture(autouse=True)
def settings(tmp_path_factory, qapp):
    """QSettings (recent files, geometry) go to a fresh folder, never the user's."""
    folder = tmp_path_factory.mktemp("settings")
    application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    return folder


@pytest.fixture(autouse=True)
def refusals(monkeypatch):
    """Every refusal the window tells, as (title, sentence), instead of a message box to click."""
    from rmdesk.gui.work import Messages

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        Messages, "refusal", staticmethod(lambda parent, title, text: told.append((title, text)))
    )
    return told


@pytest.fixture(autouse=True)
def no_dialog_left_open(qapp):
    """A modal dialog or menu a test forgot to answer is closed after 5 s and fails the test,
    rather than hanging the whole run."""
    opened: dict[int, float] = {}
    stuck: list[str] = []

    def look() -> None:
        for widget in (QApplication.activeModalWidget(), QApplication.activePopupWidget()):
            if widget is None or isinstance(widget, QProgressDialog):  # work under way asks nothing
                continue
            since = opened.setdefault(id(widget), time.monotonic())
            if time.monotonic() - since > 5:
                stuck.append(widget.windowTitle() or type(widget).__name__)
                widget.close()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(250)
    yield
    timer.stop()
    assert not stuck, f"left open, waiting for an answer: {stuck}"


@pytest.fixture
def window(qtbot, demo_file):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_document(Document.open(demo_file))
    win.show()
    yield win
    win.close_document()


def reopen(path):
    """The file as a later session sees it."""
    return Document.open(path, readonly=True)


def finish_work(qtbot):
    """Wait for the window's long work (exports, imports, suggestions) to land."""
    from rmdesk.gui.work import LongWork

    qtbot.waitUntil(lambda: not LongWork.running, timeout=20_000)


def without_a_passphrase(dialog):
    """File > New's passphrase form answered "no passphrase" (in place of its exec)."""
    from PySide6.QtWidgets import QDialog

    dialog.encryptCheck.setChecked(False)
    dialog.accept()
    return QDialog.DialogCode.Accepted
