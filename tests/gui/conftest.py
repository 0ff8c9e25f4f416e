"""GUI fixtures: settings in a tmp folder, a main window on a copy of the demo file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

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
