"""Where a written report is, when no program on this computer would open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from rmdesk.gui.forms.ui_not_opened import Ui_NotOpenedDialog
from rmdesk.gui.widgets.fields import error_style


class NotOpenedDialog(QDialog, Ui_NotOpenedDialog):
    """The full path to copy, and the folder to try instead; ``opener`` is the page's own, so tests
    that replace it decide whether the folder opens too."""

    def __init__(self, path: Path, opener: Callable[[Path], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.path, self.opener = path, opener
        self.folder = path if path.is_dir() else path.parent
        if path.is_dir():
            self.messageLabel.setText(
                self.tr(
                    "The reports are saved, but their folder could not be opened: no file manager "
                    "seems to be set up on this computer. They are here:"
                )
            )
        else:
            self.messageLabel.setText(
                self.tr(
                    "The report is saved, but it could not be opened: no program for PDF files "
                    "seems to be set up on this computer. It is here:"
                )
            )
        self.showFolderButton.setVisible(not path.is_dir())  # the folder itself just failed to open
        self.pathEdit.setText(str(path))
        self.pathEdit.setCursorPosition(0)
        self.noteLabel.hide()
        self.showFolderButton.clicked.connect(self.show_folder)
        self.copyPathButton.clicked.connect(self.copy_path)
        self.resize(560, 0)
        self._fit_height()

    def show_folder(self) -> None:
        if self.opener(self.folder):
            self.accept()
            return
        self._note(
            self.tr(
                "The folder {folder} could not be opened either. "
                "Copy the path and paste it into your file manager."
            ).format(folder=self.folder),
            error=True,
        )

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.path))
        self._note(self.tr("The path is on the clipboard."))

    def _note(self, text: str, *, error: bool = False) -> None:
        self.noteLabel.setText(text)
        self.noteLabel.setStyleSheet(error_style(self) if error else "")
        self.noteLabel.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped text needs at the current width: nothing clipped, no gaps."""
        self.mainLayout.activate()
        self.resize(self.width(), self.mainLayout.totalHeightForWidth(self.width()))


class ResultOpener:
    """For a page (a QWidget) that writes files: opens what it wrote, or says where it is, since a
    silent failure looks like a lost report. Tests replace :meth:`open_in_viewer`."""

    not_opened: NotOpenedDialog | None = None  # says where the result is when it did not open

    def open_in_viewer(self, path: Path) -> bool:
        """Open a file or folder with the desktop's program for it; False when none did."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_result(self, path: Path) -> None:
        if self.open_in_viewer(path):
            return
        assert isinstance(self, QWidget)
        if self.not_opened is not None:
            self.not_opened.deleteLater()
        # looked up at each click, so the folder goes through the same opener as the report
        self.not_opened = NotOpenedDialog(path, lambda folder: self.open_in_viewer(folder), self)
        self.not_opened.open()
