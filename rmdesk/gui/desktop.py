"""What a desktop program is expected to have: Edit > Preferences, the Help menu, and program
files opened by dropping them on the window or from the file manager (macOS sends those as
file-open events, not as arguments)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QFileOpenEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from rmdesk.gui.dialogs import preferences

if TYPE_CHECKING:
    from rmdesk.gui.dialogs.help import GuideDialog
    from rmdesk.gui.main_window import MainWindow

SUFFIX = ".rmdesk"


def dropped_file(mime: QMimeData) -> tuple[Path | None, str]:
    """The one program file a drag holds, or why it cannot be opened (a sentence for the status bar)."""
    urls = mime.urls() if mime.hasUrls() else []
    if not urls:
        return None, QCoreApplication.translate(
            "Desktop", "Only rmdesk program files (.rmdesk) can be dropped here."
        )
    if len(urls) > 1:
        return None, QCoreApplication.translate(
            "Desktop", "{count} items: drop one rmdesk program file at a time."
        ).format(count=len(urls))
    url = urls[0]
    name = Path(url.path()).name or url.toString()
    if not url.isLocalFile():
        return None, QCoreApplication.translate(
            "Desktop", "{name} is not on this computer: save it to a folder first, then drop it here."
        ).format(name=name)
    path = Path(url.toLocalFile())
    if path.suffix.lower() != SUFFIX or path.is_dir():
        return None, QCoreApplication.translate(
            "Desktop", "{name} is not an rmdesk program file (.rmdesk); rmdesk opens only those."
        ).format(name=path.name)
    return path, ""


class Desktop(QObject):
    """Edit > Preferences, the Help menu and dropped files, for one window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.guide: GuideDialog | None = None
        preferences.language_in_use()  # the session's language: a change applies at the next start
        preferences.apply()
        window.setAcceptDrops(True)

        self.actionPreferences = QAction(self.tr("Pr&eferences..."), window)
        self.actionPreferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the app menu
        self.actionPreferences.setShortcuts(QKeySequence.StandardKey.Preferences)
        self.actionPreferences.setStatusTip(
            self.tr("Language, auto-lock, snapshots kept, new programs' rhythm, paper")
        )
        window.menuEdit.addSeparator()
        window.menuEdit.addAction(self.actionPreferences)
        self.actionPreferences.triggered.connect(self.edit_preferences)
        # Undo and Redo name the step in their text; the shortcuts list names the command.
        window.actionUndo.setIconText(self.tr("Undo"))
        window.actionRedo.setIconText(self.tr("Redo"))

        self.menuHelp = QMenu(self.tr("&Help"), window.menuBar())
        self.menuHelp.setObjectName("menuHelp")
        window.menuBar().addMenu(self.menuHelp)
        self.actionGuide = self.menuHelp.addAction(self.tr("&User Guide"))
        self.actionGuide.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.actionGuide.setStatusTip(self.tr("Your first program, from a staff list to the final report"))
        self.actionShortcuts = self.menuHelp.addAction(self.tr("&Keyboard Shortcuts"))
        self.menuHelp.addSeparator()
        self.actionCrashLog = self.menuHelp.addAction(self.tr("Show the &Crash Log"))
        self.actionCrashLog.setStatusTip(
            self.tr("What rmdesk recorded of unexpected errors, to send for support")
        )
        self.menuHelp.addSeparator()
        self.actionAbout = self.menuHelp.addAction(self.tr("&About rmdesk"))
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.actionGuide.triggered.connect(self.show_guide)
        self.actionShortcuts.triggered.connect(self.show_shortcuts)
        self.actionCrashLog.triggered.connect(self.show_crash_log)
        self.actionAbout.triggered.connect(self.show_about)

        app = QApplication.instance()
        if app is not None and sys.platform == "darwin":
            app.installEventFilter(self)  # a file opened from the Finder comes as an event

    # -- Edit > Preferences
    def edit_preferences(self) -> None:
        from rmdesk.gui.dialogs.preferences_dialog import PreferencesDialog

        before = preferences.language()
        if not self.window.open_dialog(PreferencesDialog(self.window)):
            return
        chosen = preferences.language()
        if chosen != before and chosen != preferences.language_in_use():
            self.window.statusbar.showMessage(
                self.tr("rmdesk starts in {language} the next time you open it.").format(
                    language=preferences.LANGUAGES[chosen]
                ),
                10_000,
            )
        else:
            self.window.statusbar.showMessage(self.tr("Preferences saved."), 4000)

    # -- the Help menu
    def show_guide(self) -> None:
        """The guide, in a window of its own that stays open beside the work."""
        from rmdesk.gui.dialogs.help import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(self.window)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_shortcuts(self) -> None:
        from rmdesk.gui.dialogs.help import ShortcutsDialog

        self.window.open_dialog(ShortcutsDialog(self.window))

    def show_crash_log(self) -> None:
        from rmdesk.gui.dialogs.help import CrashLogDialog

        self.window.open_dialog(CrashLogDialog(self.window))

    def show_about(self) -> None:
        from rmdesk.gui.dialogs.help import AboutDialog

        self.window.open_dialog(AboutDialog(self.window))

    # -- program files dropped on the window, or opened from the file manager
    def drag_enter(self, event: QDragEnterEvent) -> None:
        path, why = dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            self.window.statusbar.showMessage(why, 8000)
            return
        event.acceptProposedAction()
        self.window.statusbar.showMessage(self.tr("Drop to open {name}").format(name=path.name), 8000)

    def drag_leave(self) -> None:
        self.window.statusbar.clearMessage()

    def drop(self, event: QDropEvent) -> None:
        path, why = dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            self.window.statusbar.showMessage(why, 8000)
            return
        event.acceptProposedAction()
        self.window.statusbar.clearMessage()
        # Opened once the drop is over: the file manager is not kept waiting on a passphrase.
        QTimer.singleShot(0, lambda: self.open_file(path))

    def is_open(self, path: Path) -> bool:
        """``path`` is the file the window shows (or the original of the local copy it shows)."""
        window = self.window
        shown = [window.document.path] if window.document is not None else []
        if window._local is not None:
            shown.append(window._local.original)
        here = os.path.realpath(path)
        return any(os.path.realpath(p) == here for p in shown)

    def open_file(self, path: Path) -> None:
        if self.is_open(path):
            self.window.statusbar.showMessage(self.tr("{name} is already open.").format(name=path.name), 6000)
            return
        if not path.exists():
            self.window.statusbar.showMessage(
                self.tr("{name} is not there any more.").format(name=path.name), 8000
            )
            return
        if QApplication.activeModalWidget() is not None:
            self.window.statusbar.showMessage(
                self.tr("Close the open form first, then open {name}.").format(name=path.name), 8000
            )
            return
        self.window.open_path(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """macOS opens a file double-clicked in the Finder (or dropped on the Dock icon) with a
        file-open event to the application, also while rmdesk is starting."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            path = Path(event.file())
            QTimer.singleShot(0, lambda: self.open_file(path))
            return True
        return False
