"""The main window: file menu, undo/redo from the core, side navigation, program switcher."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragLeaveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from rmdesk.domain import i18n
from rmdesk.domain.entities import Pair, Program, ProgramStatus
from rmdesk.domain.words import plural
from rmdesk.gui.dialogs import preferences
from rmdesk.gui.forms.ui_main_window import Ui_MainWindow
from rmdesk.gui.forms.ui_welcome import Ui_WelcomePage
from rmdesk.gui.page import Page
from rmdesk.gui.widgets.screen_fit import bound_to_screen
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.gui.work import LongWork, Messages, Progress, attempt, sentence
from rmdesk.store import Document, DocumentError, queries
from rmdesk.store.paths import demo_file

if TYPE_CHECKING:
    from rmdesk.gui.board.page import PairingPage
    from rmdesk.gui.dialogs.erase import EraseChoice
    from rmdesk.gui.dialogs.export import ExportChoice
    from rmdesk.gui.dialogs.move import MoveDialog
    from rmdesk.gui.pages.agencies import AgenciesPage
    from rmdesk.gui.pages.alerts import AlertsPage
    from rmdesk.gui.pages.audit import AuditPage
    from rmdesk.gui.pages.dashboard import DashboardPage
    from rmdesk.gui.pages.evaluations import EvaluationsPage
    from rmdesk.gui.pages.goals import GoalsPage
    from rmdesk.gui.pages.meetings import MeetingsPage
    from rmdesk.gui.pages.participants import ParticipantsPage
    from rmdesk.gui.pages.reports import ReportsPage
    from rmdesk.gui.pages.talent_map import TalentMapPage
    from rmdesk.sheets.export import Exported
    from rmdesk.store.erasure import Outcome
    from rmdesk.store.local_copy import LocalCopy
    from rmdesk.store.snapshots import Contents

# The side navigation: label (in English; shown translated), module, class. A page and its module
# load when first shown.
SECTIONS = (
    (QT_TRANSLATE_NOOP("MainWindow", "Participants"), "rmdesk.gui.pages.participants", "ParticipantsPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Talent map"), "rmdesk.gui.pages.talent_map", "TalentMapPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Pairing board"), "rmdesk.gui.board.page", "PairingPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Goals"), "rmdesk.gui.pages.goals", "GoalsPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Meetings"), "rmdesk.gui.pages.meetings", "MeetingsPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Evaluations"), "rmdesk.gui.pages.evaluations", "EvaluationsPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Alerts"), "rmdesk.gui.pages.alerts", "AlertsPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Agencies"), "rmdesk.gui.pages.agencies", "AgenciesPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "rmdesk.gui.pages.dashboard", "DashboardPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Reports"), "rmdesk.gui.pages.reports", "ReportsPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Audit"), "rmdesk.gui.pages.audit", "AuditPage"),
)

FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "rmdesk program files (*.rmdesk)")
MAX_RECENT = 8
# Milliseconds from showing a file to the work that waits for the window's first paint (Qt paints
# on the screen's next frame, so a zero timer would run first): checking every page, long before
# anyone edits, and the retention notice.
AFTER_SHOWN = 250
NAV_STYLE = """
QListWidget#navList { font-size: 11pt; border: none; border-right: 1px solid palette(mid); }
QListWidget#navList::item { padding: 9px 14px; }
"""


class WelcomePage(QWidget, Ui_WelcomePage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.recentList.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the file name stays readable
        self.recentList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card.setMinimumWidth(440)
        margins = self.cardLayout.contentsMargins()
        # The card is centred, so it gets the height it hints: the intro's two lines must be in it.
        self.intro.setMinimumHeight(self.intro.heightForWidth(440 - margins.left() - margins.right()))


def recent_files() -> list[str]:
    value = QSettings().value("recentFiles", [])
    files = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    # Moved or deleted files drop out, and so do relative paths an older rmdesk kept (they would
    # name another file from another folder).
    return [str(f) for f in files if f and os.path.isabs(str(f)) and Path(str(f)).exists()]


def remember(path: Path) -> None:
    """Put ``path`` first among the recent files, as an absolute path (a file opened by a name
    relative to the folder rmdesk started in opens from anywhere)."""
    whole = os.path.abspath(path)
    files = [whole] + [f for f in recent_files() if os.path.abspath(f) != whole]
    QSettings().setValue("recentFiles", files[:MAX_RECENT])


class MainWindow(QMainWindow, Ui_MainWindow):
    # A file's page check, left for later by opening, is over (emitted on the check's own thread).
    pages_told = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setupUi(self)
        bound_to_screen(self)  # Designer's size, or less on a small screen
        self.document: Document | None = None
        self.program: Program | None = None
        self._local: LocalCopy | None = None  # the sync-folder original this document is a copy of
        self._stale: set[Page] = set()
        self.welcome = WelcomePage()
        self._built: dict[int, Page] = {}
        self.pages.addWidget(self.welcome)
        for name, _, _ in SECTIONS:
            QListWidgetItem(self.tr(name), self.navList)
        self.navList.currentRowChanged.connect(self._show_section)
        self.pages_told.connect(self._pages_checked)
        self.programCombo = QComboBox()
        self.programCombo.setMinimumWidth(320)
        self.programCombo.setAccessibleName(self.tr("Program"))
        self.programCombo.currentIndexChanged.connect(self._program_chosen)
        self.programBar.addWidget(QLabel(" " + self.tr("Program:") + " "))
        self.programBar.addWidget(self.programCombo)
        settings_button = QPushButton(self.tr("Settings..."))
        settings_button.clicked.connect(self.program_settings)
        self.programBar.addWidget(settings_button)
        self.phaseLabel = QLabel()
        self.phaseLabel.setAccessibleName(self.tr("Program status"))
        self.phaseLabel.setContentsMargins(12, 0, 6, 0)
        self.phaseButton = QPushButton()
        self.phaseButton.clicked.connect(self._next_phase)
        # A tool bar shows or hides its widgets through their actions, never the widgets themselves.
        self._phase_shown = [self.programBar.addWidget(w) for w in (self.phaseLabel, self.phaseButton)]
        self.navList.setStyleSheet(NAV_STYLE)
        self.navList.setFixedWidth(170)
        self.statusLabel = QLabel()
        self.statusbar.addPermanentWidget(self.statusLabel)
        self._connect_actions()
        from rmdesk.gui.encryption import Encryption

        self.encryption = Encryption(self)  # File > Encrypt, Change Passphrase, Remove Encryption; auto-lock
        self._add_desktop()
        geometry = QSettings().value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.refresh()

    # -- wiring
    def _connect_actions(self) -> None:
        shortcuts: list[tuple[QAction, QKeySequence.StandardKey]] = [
            (self.actionNew, QKeySequence.StandardKey.New),
            (self.actionOpen, QKeySequence.StandardKey.Open),
            (self.actionSaveCopy, QKeySequence.StandardKey.SaveAs),
            (self.actionClose, QKeySequence.StandardKey.Close),
            (self.actionQuit, QKeySequence.StandardKey.Quit),
            (self.actionUndo, QKeySequence.StandardKey.Undo),
            (self.actionRedo, QKeySequence.StandardKey.Redo),
            (self.actionFind, QKeySequence.StandardKey.Find),
        ]
        for action, key in shortcuts:
            action.setShortcuts(key)  # every key the platform gives the command (Redo: Ctrl+Y, Ctrl+Shift+Z)
        redo_keys = self.actionRedo.shortcuts()
        for extra in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            if extra not in redo_keys and not any(extra in a.shortcuts() for a in self.findChildren(QAction)):
                redo_keys.append(extra)
        self.actionRedo.setShortcuts(redo_keys)
        self.actionNew.triggered.connect(self.new_file)
        self.actionOpen.triggered.connect(self.choose_file)
        self.actionSaveCopy.triggered.connect(self.save_copy)
        self.actionClose.triggered.connect(self.close_document)
        self.actionQuit.triggered.connect(self.close)
        self.actionUndo.triggered.connect(lambda: self._replay("undo"))
        self.actionRedo.triggered.connect(lambda: self._replay("redo"))
        self.actionFind.triggered.connect(self.focus_search)
        self.actionNewProgram.triggered.connect(self.new_program)
        self.actionProgramSettings.triggered.connect(self.program_settings)
        self.actionQuestionnaire.triggered.connect(self.edit_questionnaire)
        self.actionOrganisation.triggered.connect(self.edit_organisation)
        self.actionMatching.triggered.connect(self.edit_matching)
        self.actionRestore.triggered.connect(self.restore_snapshot)
        self.actionImportPeople.triggered.connect(self.import_people)
        self.actionExport.triggered.connect(self.export)
        self.actionErase = QAction(self.tr("E&rase People..."), self)
        self.actionErase.setStatusTip(
            self.tr(
                "Remove a person and every trace of them for good, or anonymise a closed program's people"
            )
        )
        self.menuFile.insertAction(self.actionClose, self.actionErase)
        self.actionErase.triggered.connect(self.erase_people)
        self.actionStartProgram.triggered.connect(self.start_program)
        self.actionCloseProgram.triggered.connect(self.close_program)
        self.actionReopenProgram.triggered.connect(self.reopen_program)
        self.menuRecent.aboutToShow.connect(self._fill_recent)
        self.welcome.newButton.clicked.connect(self.new_file)
        self.welcome.openButton.clicked.connect(self.choose_file)
        self.welcome.demoButton.clicked.connect(self.open_demo)
        self.welcome.recentList.itemActivated.connect(lambda item: self.open_path(Path(item.text())))

    # -- entry points tests can replace (file dialogs)
    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open program file"), "", self.tr(FILE_FILTER))
        return Path(name) if name else None

    def ask_save_path(self, title: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, "", self.tr(FILE_FILTER))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == ".rmdesk" else path.with_name(path.name + ".rmdesk")

    # -- files
    def show_document(self, doc: Document, local: LocalCopy | None = None) -> None:
        """Show ``doc`` (with ``local``: a local copy of a file in a sync folder or on a share)."""
        LongWork.stop_all(self)  # work on the file being left must not land in the next one
        if self.document is not None:
            self.document.close()
        self.encryption.drop_locked()
        self._give_back()
        self.document = doc
        self.program = None
        self._local = local
        remember(local.original if local else doc.path)
        self.refresh()
        if self.navList.currentRow() < 0:
            self.navList.setCurrentRow(0)
        QTimer.singleShot(AFTER_SHOWN, self, lambda: self._after_shown(doc))

    def _after_shown(self, doc: Document) -> None:
        """Once the window has shown ``doc``: check every page, off the GUI thread (every write
        first waits for the check, or runs it if it comes sooner), and say whether a closed program
        is past its retention (unless the status bar already says something else)."""
        if self.document is not doc or doc.locked:
            return
        doc.when_pages_checked(lambda: self._tell_pages_checked(doc))
        if not self.statusbar.currentMessage():
            self._offer_retention(doc)

    def _tell_pages_checked(self, doc: Document) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone: nothing to tell
            self.pages_told.emit(doc)

    def _pages_checked(self, doc: Document) -> None:
        """The check of every page, which opening left for once the file was shown, is over (every
        write waited for it): a page it found damaged closes the file, as opening would have
        refused it."""
        if doc is self.document:
            self._refused_pages(doc)

    def _refused_pages(self, doc: Document) -> bool:
        """Whether ``doc``'s page check found damage; if so it is closed and that is said."""
        try:
            doc.pages_checked()
        except DocumentError as error:
            self.close_document()
            Messages.refusal(self, self.tr("Cannot open file"), sentence(error))
            return True
        return False

    def ask_risky_place(self, path: Path, warning: str) -> str | None:
        """A file in a sync folder or on a network share: "local" (work on a local copy), "here"
        (open it where it is) or None (do not open it); tests replace it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Risky place"), warning, parent=self)
        box.setInformativeText(
            self.tr(
                "rmdesk can work on a local copy and copy it back when you close the file, unless the "
                "original changed meanwhile (then both are kept)."
            )
        )
        local = box.addButton(self.tr("Work on a Local Copy"), QMessageBox.ButtonRole.AcceptRole)
        here = box.addButton(self.tr("Open Here"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(local)
        box.exec()
        clicked = box.clickedButton()
        return "local" if clicked is local else "here" if clicked is here else None

    def open_path(self, path: Path) -> bool:
        from rmdesk.gui.app import open_document
        from rmdesk.store import local_copy
        from rmdesk.store.places import risk

        local: LocalCopy | None = None
        warning = risk(path) if path.exists() else None
        if warning:
            answer = self.ask_risky_place(path, warning)
            if answer is None:
                return False
            if answer == "local":
                taken: list[LocalCopy] = []
                if not attempt(
                    self, self.tr("Cannot open file"), lambda: taken.append(local_copy.take(path))
                ):
                    return False
                local = taken[0]
        doc = open_document(local.path if local else path, self)
        if doc is None:
            if local is not None:
                local.discard()  # never opened: the original stays as it is
            return False
        try:
            self.show_document(doc, local)
        except Exception:
            if self._refused_pages(doc):  # what was read met a page the check is finding damaged
                return False
            raise
        if local is not None:
            self.statusbar.showMessage(
                self.tr("Working on a local copy of {name}; it goes back when you close the file.").format(
                    name=path.name
                ),
                8000,
            )
        return True

    def _give_back(self) -> None:
        """The document (now closed) was a local copy: put it back, or say where it was kept."""
        local, self._local = self._local, None
        if local is None:
            return
        returned = []
        if attempt(self, self.tr("Local copy"), lambda: returned.append(local.give_back())):
            if returned[0].kept_as is not None:
                Messages.refusal(self, self.tr("Local copy"), returned[0].message)
            else:
                self.statusbar.showMessage(returned[0].message, 6000)

    def _offer_retention(self, doc: Document) -> None:
        """A closed program past its retention period: say so, and where to erase or anonymise."""
        from rmdesk.store import retention

        due = retention.due(doc, dt.date.today())
        if due:
            self.statusbar.showMessage(due[0].sentence, 15_000)

    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path:
            self.open_path(path)

    def open_demo(self) -> None:
        """Open the demo program, writing it first (in the background) if it is not there yet."""
        path = demo_file()
        if path.exists():
            self.open_path(path)
            return

        writing = self.tr("Writing the demo company...")

        def write(progress: Progress) -> Path:
            from rmdesk.demo import generate

            progress(10, writing)
            return generate(path)

        def written(made: Path) -> None:
            self.open_path(made)

        LongWork(self, self.tr("Demo program"), write, written, label=writing).start()

    def new_file(self) -> None:
        path = self.ask_save_path(self.tr("New program file"))
        if path is None:
            return
        if path.exists():
            QMessageBox.warning(
                self,
                self.tr("Cannot create file"),
                self.tr("{name} already exists. Open it, or choose another name.").format(name=path.name),
            )
            return
        chosen, passphrase = self.encryption.new_file_passphrase(path.name)
        if not chosen:
            return
        try:
            # The file's reports start in the language the person making it works in.
            doc = Document.create(
                path, organisation=path.stem, passphrase=passphrase, language=preferences.language_in_use()
            )
        except DocumentError as error:
            QMessageBox.warning(self, self.tr("Cannot create file"), str(error))
            return
        self.show_document(doc)
        self.new_program()

    def save_copy(self) -> None:
        if self.document is None:
            return
        path = self.ask_save_path(self.tr("Save a copy as"))
        if path is None:
            return
        if path.resolve() == self.document.path.resolve():
            QMessageBox.information(
                self, self.tr("Save a copy"), self.tr("This file is already saved; choose another name.")
            )
            return
        try:
            self.document.save_copy(path)
        except DocumentError as error:
            QMessageBox.warning(self, self.tr("Cannot save a copy"), str(error))
            return
        self.statusbar.showMessage(self.tr("Copy saved as {path}").format(path=path), 5000)

    def ask_snapshot(self, contents: list[Contents]) -> int | None:
        """Which snapshot to bring back (newest first), shown with what each holds; tests replace it."""
        from rmdesk.gui.dialogs.restore_snapshot import RestoreSnapshotDialog

        name = self.document.path.name if self.document else self.tr("the file")
        dialog = RestoreSnapshotDialog(contents, name, self)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def restore_snapshot(self) -> None:
        """Bring back a snapshot; the version replaced is kept as a snapshot too (undo by restoring it)."""
        from rmdesk.store import snapshots

        doc = self.document
        if doc is None:
            return
        found = snapshots.for_document(doc.path, doc.passphrase)
        if not found:
            QMessageBox.information(
                self, self.tr("Restore a snapshot"), self.tr("There is no snapshot of this file yet.")
            )
            return
        from rmdesk.gui.dialogs.restore_snapshot import read_contents

        choice = self.ask_snapshot(read_contents(found, doc.passphrase))
        if choice is None:
            return
        # The document's key is wiped when it closes: the restore and the reopening use a copy.
        path, passphrase, chosen = doc.path, doc.key.copy() if doc.key else None, found[choice]
        local, self._local = self._local, None  # a local copy stays local: restored, then reopened
        self.close_document()

        checking = self.tr("Checking the snapshot of {label}...").format(label=chosen.label)
        told = self.tr("Restored the snapshot of {label}").format(label=chosen.label)
        title, cannot_open = self.tr("Restore a snapshot"), self.tr("Cannot open file")

        def work(progress: Progress) -> object:
            progress(10, checking)
            return snapshots.restore(path, chosen.path, passphrase)

        def restored(_: object) -> None:
            self.statusbar.showMessage(told, 6000)

        def reopen() -> None:  # restored or not (a refused restore leaves the file as it was)
            opened = attempt(
                self,
                cannot_open,
                lambda: self.show_document(Document.open(path, passphrase=passphrase), local),
            )
            if not opened and local is not None:
                local.release()  # the copy stays in the data folder; opening the original says where

        LongWork(self, title, work, restored, always=reopen).start()

    def close_document(self) -> None:
        LongWork.stop_all(self)
        if self.document is not None:
            self.document.close()
        self.encryption.drop_locked()
        self.document = None
        self.program = None
        self._give_back()
        self.refresh()

    def _fill_recent(self) -> None:
        self.menuRecent.clear()
        for name in recent_files():
            action = self.menuRecent.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.open_path(Path(n)))
        self.menuRecent.setEnabled(bool(recent_files()))

    # -- programs
    def _program_chosen(self) -> None:
        program = self.programCombo.currentData()
        if self.document is not None and program is not None and program != self.program:
            LongWork.stop_all(self)  # suggestions for one program never land in another
            self.program = program
            self._show_phase()
            self._reload_pages()

    def new_program(self) -> None:
        if self.document is None:
            return
        from rmdesk.gui.dialogs.program import ProgramDialog  # forms load when first opened

        dialog = ProgramDialog(self.document, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.program = dialog.program()
            self.document_changed()

    def program_settings(self) -> None:
        if self.document is None:
            return
        if self.program is None:
            self.new_program()
            return
        from rmdesk.gui.dialogs.program import ProgramDialog

        if ProgramDialog(self.document, self.program, self).exec() == QDialog.DialogCode.Accepted:
            self.document_changed()

    def edit_organisation(self) -> None:
        from rmdesk.gui.dialogs.organisation import OrganisationDialog

        if (
            self.document is not None
            and OrganisationDialog(self.document, self).exec() == QDialog.DialogCode.Accepted
        ):
            self.document_changed()

    def edit_matching(self) -> None:
        from rmdesk.gui.dialogs.matching import MatchingDialog

        if self.document is None or self.program is None:
            return
        if MatchingDialog(self.document, self.program, self).exec() == QDialog.DialogCode.Accepted:
            self.document_changed()

    def edit_questionnaire(self) -> None:
        if self.document is None or self.program is None:
            return
        from rmdesk.gui.dialogs.questionnaire import QuestionnaireDialog

        if QuestionnaireDialog(self.document, self.program, self).exec() == QDialog.DialogCode.Accepted:
            self.document_changed()

    def import_people(self) -> None:
        """File > Import People: a staff list in, checked row by row, as one undo step."""
        from rmdesk.gui.dialogs.import_people import ImportPeopleDialog

        if self.document is None:
            return
        if self.open_dialog(ImportPeopleDialog(self.document, self.program, self)):
            self.document_changed()

    def ask_export(self) -> ExportChoice | None:
        """Excel or CSV, which lists, anonymised or not (the form goes through :meth:`open_dialog`)."""
        from rmdesk.gui.dialogs.export import ExportDialog

        dialog = ExportDialog(self)
        return dialog.choice() if self.open_dialog(dialog) else None

    def ask_export_path(self, choice: ExportChoice) -> Path | None:
        """Where to write the export; tests replace it."""
        from rmdesk.domain.names import safe_file_stem

        doc = self.document
        assert doc is not None
        stem = f"{doc.path.stem} {choice.what or 'export'}" + (" (anonymised)" if choice.anonymise else "")
        kind = self.tr("Excel workbook (*.xlsx)") if choice.suffix == ".xlsx" else self.tr("CSV (*.csv)")
        suggested = doc.path.with_name(safe_file_stem(stem) + choice.suffix)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(suggested), kind)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == choice.suffix else path.with_name(path.name + choice.suffix)

    def export(self) -> None:
        """File > Export: the lists to a workbook or CSV files, off the GUI thread; Cancel leaves no file."""
        doc = self.document
        if doc is None:
            return
        choice = self.ask_export()
        path = self.ask_export_path(choice) if choice else None
        if choice is None or path is None:
            return

        def write(progress: Progress) -> Exported:
            from rmdesk.sheets.export import export_all  # openpyxl loads only when a workbook is written

            with doc.twin(readonly=True) as reader:
                return export_all(
                    reader, path, what=choice.what, anonymise=choice.anonymise, progress=progress
                )

        title = self.tr("Export")
        beside = self.tr("{count} files beside {path}")
        exported = self.tr("Exported {what} to {where}")
        not_written = self.tr("Export cancelled; no file was written.")

        def written(done: Exported) -> None:
            from rmdesk.store import audit

            shown = (
                str(done.paths[0])
                if len(done.paths) == 1
                else beside.format(count=len(done.paths), path=path)
            )
            self.statusbar.showMessage(exported.format(what=done.summary(), where=shown), 10_000)
            where = str(done.paths[0]) if len(done.paths) == 1 else f"{len(done.paths)} files beside {path}"
            anonymised = ", anonymised" if done.anonymised else ""
            with i18n.speaking("en"):  # the audit trail is kept in one language
                recorded = f"Exported {done.summary()}{anonymised} to {where}"
            attempt(self, title, lambda: audit.record(doc, "export", recorded))

        def cancelled() -> None:
            self.statusbar.showMessage(not_written, 6000)

        LongWork(
            self,
            title,
            write,
            written,
            label=self.tr("Reading the file..."),
            still_current=lambda: self.document is doc,
            cancelled=cancelled,
        ).start()

    # -- erasing people for good
    def ask_erase(self, person_id: str | None) -> EraseChoice | None:
        """Who to erase or anonymise, confirmed (the form goes through :meth:`open_dialog`)."""
        from rmdesk.gui.dialogs.erase import EraseDialog

        assert self.document is not None
        dialog = EraseDialog(self.document, self, person_id=person_id)
        return dialog.choice() if self.open_dialog(dialog) else None

    def erase_people(self) -> None:
        """File > Erase People: the person chosen on the participants page is offered first."""
        from rmdesk.store import erasure

        doc = self.document
        if doc is None:
            return
        page = self._built.get(0)
        chosen = (
            self.participants.selected() if page is not None and self.pages.currentWidget() is page else []
        )
        choice = self.ask_erase(chosen[0].id if len(chosen) == 1 else None)
        if choice is None:
            return
        run = erasure.anonymise if choice.anonymise else erasure.erase

        def work(progress: Progress) -> Outcome:
            with doc.twin(readonly=False) as writer:
                return run(writer, choice.person_ids, progress=progress)

        def done(outcome: Outcome) -> None:
            self.statusbar.showMessage(outcome.summary(), 10_000)

        def after() -> None:  # erased or refused, the file is read afresh
            doc.forget_reads()
            if self.document is doc:
                self.document_changed()

        LongWork(
            self,
            self.tr("Erase People"),
            work,
            done,
            label=self.tr("Finding every trace..."),
            still_current=lambda: self.document is doc,
            always=after,
        ).start()

    # -- the program's phases: planned, running, closed
    def open_dialog(self, dialog: QDialog) -> bool:
        """Show a form; tests replace it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _move_program(self, title: str, move: Callable[[Document, Program], object]) -> None:
        doc, program = self.document, self.program
        if doc is None or program is None:
            return
        if attempt(self, title, lambda: move(doc, program)):
            self.document_changed()

    def start_program_dialog(self, doc: Document, program: Program) -> tuple[MoveDialog, list[Pair]]:
        """The form that starts ``program``, and the proposals it lists."""
        from rmdesk.gui.dialogs.move import MoveDialog
        from rmdesk.store import lifecycle

        waiting = lifecycle.proposals(doc, program)
        names = lifecycle.pair_names(doc, waiting)
        today = dt.date.today()
        first = program.start_date if program.start_date and program.start_date > today else today
        intro = (
            self.tr("{program} starts running.").format(program=program.name)
            + " "
            + (
                self.tr("Tick the proposed pairs that start with it ({proposals}).").format(
                    proposals=plural(len(waiting), "proposal")
                )
                if waiting
                else self.tr("There is no proposed pair yet; pairs can start later from the pairing board.")
            )
        )
        dialog = MoveDialog(
            self.tr("Start program"),
            intro,
            on=first,
            ok_text=self.tr("Start Program"),
            pairs=sorted(((p.id, names[p.id]) for p in waiting), key=lambda item: item[1].lower()),
            parent=self,
        )
        return dialog, waiting

    def start_program(self) -> None:
        """The program runs; the proposals the officer ticks start with it."""
        from rmdesk.store import lifecycle

        doc, program = self.document, self.program
        if doc is None or program is None:
            return
        dialog, waiting = self.start_program_dialog(doc, program)
        if not self.open_dialog(dialog) or (on := dialog.date()) is None:
            return
        chosen = set(dialog.chosen()) if len(waiting) > 1 else {p.id for p in waiting}
        pairs = [p for p in waiting if p.id in chosen]
        self._move_program(self.tr("Start program"), lambda d, p: lifecycle.start_program(d, p, pairs, on))

    def close_program_dialog(self, doc: Document, program: Program) -> MoveDialog:
        """The form that closes ``program``, listing what is still missing."""
        from rmdesk.gui.dialogs.move import MoveDialog
        from rmdesk.store import lifecycle

        active = lifecycle.active_pairs(doc, program)
        today = dt.date.today()
        end = program.end_date if program.end_date and program.end_date < today else today
        missing = lifecycle.missing_at_close(doc, program)
        return MoveDialog(
            self.tr("Close program"),
            self.tr("Closing {program} completes its {pairs} on the date below.").format(
                program=program.name, pairs=plural(len(active), "active pair")
            )
            + " "
            + (
                self.tr("Nothing is missing.")
                if not missing
                else self.tr("These are still missing; you can close anyway.")
            )
            + " "
            + self.tr("Reopen the program or undo to go back."),
            on=end,
            ok_text=self.tr("Close Program"),
            notes=missing,
            parent=self,
        )

    def close_program(self) -> None:
        """Show what is missing, then complete the active pairs and close."""
        from rmdesk.store import lifecycle

        doc, program = self.document, self.program
        if doc is None or program is None:
            return
        dialog = self.close_program_dialog(doc, program)
        if self.open_dialog(dialog) and (on := dialog.date()):
            self._move_program(self.tr("Close program"), lambda d, p: lifecycle.close_program(d, p, on))

    def reopen_program(self) -> None:
        from rmdesk.store import lifecycle

        self._move_program(self.tr("Reopen program"), lifecycle.reopen_program)

    def _next_phase(self) -> None:
        program = self.program
        if program is None:
            return
        {
            ProgramStatus.PLANNED: self.start_program,
            ProgramStatus.RUNNING: self.close_program,
            ProgramStatus.CLOSED: self.reopen_program,
        }[program.status]()

    def _show_phase(self) -> None:
        program = self.program if self.document else None
        status = program.status if program else None
        self.actionStartProgram.setEnabled(status is ProgramStatus.PLANNED)
        self.actionCloseProgram.setEnabled(status is ProgramStatus.RUNNING)
        self.actionReopenProgram.setEnabled(status is ProgramStatus.CLOSED)
        for action in self._phase_shown:
            action.setVisible(status is not None)
        if status is None:
            return
        color = {"planned": "#3f51b5", "running": "#1b7f3b", "closed": "#546e7a"}[status.value]
        self.phaseLabel.setText(f"<span style='color:{color}'>●</span> <b>{status.label}</b>")
        self.phaseLabel.setToolTip(
            {
                ProgramStatus.PLANNED: self.tr("Not started yet: pairs are proposed on the pairing board."),
                ProgramStatus.RUNNING: self.tr("Running: its pairs meet, work on goals and are evaluated."),
                ProgramStatus.CLOSED: self.tr("Closed: its pairs are finished. Reopen it to change them."),
            }[status]
        )
        self.phaseButton.setText(
            {
                ProgramStatus.PLANNED: self.tr("Start Program..."),
                ProgramStatus.RUNNING: self.tr("Close Program..."),
                ProgramStatus.CLOSED: self.tr("Reopen Program"),
            }[status]
        )

    # -- edits and refresh
    def _replay(self, which: str) -> None:
        if self.document is None:
            return
        doc = self.document
        done: list[str] = []
        title = self.tr("Undo") if which == "undo" else self.tr("Redo")
        step = doc.undo_step() if which == "undo" else doc.redo_step()
        if attempt(self, title, lambda: done.append(doc.undo() if which == "undo" else doc.redo())):
            self.statusbar.showMessage(self.tr("{action}: {step}").format(action=title, step=done[0]), 4000)
            page = self.pages.currentWidget()
            if step is not None and isinstance(page, Page) and page.show_changes(doc.rows_changed_by(step)):
                self._page_edited(page)  # the page shows the step itself: the rest is refreshed
                return
        self.document_changed()

    def _page_edited(self, page: Page) -> None:
        """A page changed the file and shows it already: refresh everything but that page (or all of
        the window when the program itself changed: the board's first pair started starts it)."""
        doc, program = self.document, self.program
        if doc is not None and program is not None and doc.find(Program, program.id) != program:
            self.refresh()
            return
        self._update_undo()
        self._show_counts()
        self._stale = set(self._built.values()) - {page}

    def document_changed(self) -> None:
        self.refresh()

    def focus_search(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, Page):
            page.focus_search()

    def section(self, row: int) -> Page:
        """The page of a navigation row, built the first time it is asked for."""
        page = self._built.get(row)
        if page is None:
            _, module, name = SECTIONS[row]
            page = getattr(importlib.import_module(module), name)()
            assert isinstance(page, Page)
            self.pages.addWidget(page)
            page.changed.connect(self.document_changed)
            page.edited.connect(lambda page=page: self._page_edited(page))
            self._built[row] = page
            self._stale.add(page)
        return page

    @property
    def participants(self) -> ParticipantsPage:
        return self.section(0)  # type: ignore[return-value]

    @property
    def talent(self) -> TalentMapPage:
        return self.section(1)  # type: ignore[return-value]

    @property
    def pairing(self) -> PairingPage:
        return self.section(2)  # type: ignore[return-value]

    @property
    def goals(self) -> GoalsPage:
        return self.section(3)  # type: ignore[return-value]

    @property
    def meetings(self) -> MeetingsPage:
        return self.section(4)  # type: ignore[return-value]

    @property
    def evaluations(self) -> EvaluationsPage:
        return self.section(5)  # type: ignore[return-value]

    @property
    def alerts(self) -> AlertsPage:
        return self.section(6)  # type: ignore[return-value]

    @property
    def agencies(self) -> AgenciesPage:
        return self.section(7)  # type: ignore[return-value]

    @property
    def dashboard(self) -> DashboardPage:
        return self.section(8)  # type: ignore[return-value]

    @property
    def reports(self) -> ReportsPage:
        return self.section(9)  # type: ignore[return-value]

    @property
    def audit(self) -> AuditPage:
        return self.section(10)  # type: ignore[return-value]

    def _show_section(self, row: int) -> None:
        if self.document is not None and 0 <= row < len(SECTIONS):
            page = self.section(row)
            self.pages.setCurrentWidget(page)
            self._load_if_stale(page)

    def go_to(self, page: Page) -> None:
        """Show a section, as a click in the side navigation would."""
        self.navList.setCurrentRow(next(row for row, built in self._built.items() if built is page))

    def _reload_pages(self) -> None:
        """Reload the page in view now; the others when they are next shown."""
        self._stale = set(self._built.values())
        current = self.pages.currentWidget()
        if isinstance(current, Page):
            self._load_if_stale(current)

    def _load_if_stale(self, page: Page) -> None:
        if page in self._stale:
            self._stale.discard(page)
            page.set_document(self.document, self.program)

    def refresh(self) -> None:
        """Bring every part of the window in line with the file."""
        doc = self.document
        has_doc = doc is not None
        for action in (
            self.actionSaveCopy,
            self.actionClose,
            self.actionNewProgram,
            self.actionProgramSettings,
            self.actionQuestionnaire,
            self.actionOrganisation,
            self.actionMatching,
            self.actionRestore,
            self.actionImportPeople,
            self.actionExport,
            self.actionErase,
        ):
            action.setEnabled(has_doc)
        self.navList.setVisible(has_doc)
        self.programBar.setVisible(has_doc)
        if doc is None:
            self.setWindowTitle("rmdesk")
            self.welcome.recentList.clear()
            self.welcome.recentList.addItems(recent_files())
            self.welcome.recentLabel.setVisible(bool(recent_files()))
            self.welcome.recentList.setVisible(bool(recent_files()))
            self.pages.setCurrentWidget(self.welcome)
            self.programCombo.clear()
            self.statusLabel.setText("")
            self._update_undo()
            self._show_phase()
            for page in self._built.values():  # a closed file's people leave the window with it
                page.set_document(None, None)
            self._stale = set()
            self.encryption.refresh()
            return
        self.setWindowTitle(self.tr("{name} - rmdesk").format(name=doc.path.name))
        programs = queries.programs(doc)
        if self.program is not None:
            self.program = next((p for p in programs if p.id == self.program.id), None)
        if self.program is None and programs:
            self.program = programs[0]
        self.programCombo.blockSignals(True)
        self.programCombo.clear()
        for program in programs:
            self.programCombo.addItem(program.name, program)
        if self.program is not None:
            self.programCombo.setCurrentIndex([p.id for p in programs].index(self.program.id))
        else:
            self.programCombo.addItem(self.tr("No program yet: Program > New Program"), None)
        self.programCombo.blockSignals(False)
        self._show_counts()
        self._update_undo()
        self._show_phase()
        self._reload_pages()
        if self.pages.currentWidget() in (self.welcome, self.encryption.page):
            self._show_section(max(self.navList.currentRow(), 0))
        self.encryption.refresh()

    def _show_counts(self) -> None:
        doc = self.document
        if doc is None:
            return
        counts = doc.counts()
        self.statusLabel.setText(
            f"{doc.path.name}   {plural(counts['participants'], 'participant')} · "
            f"{plural(counts['pairs'], 'pair')} · {plural(counts['goals'], 'goal')}"
        )

    def _update_undo(self) -> None:
        doc = self.document
        undo = doc.undo_label() if doc else None
        redo = doc.redo_label() if doc else None
        self.actionUndo.setEnabled(undo is not None)
        self.actionUndo.setText(self.tr("&Undo {step}").format(step=undo) if undo else self.tr("&Undo"))
        self.actionRedo.setEnabled(redo is not None)
        self.actionRedo.setText(self.tr("&Redo {step}").format(step=redo) if redo else self.tr("&Redo"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        QSettings().setValue("geometry", self.saveGeometry())
        self.close_document()
        super().closeEvent(event)

    # -- desktop conventions: Edit > Preferences, the Help menu, program files dropped on the window
    def _add_desktop(self) -> None:
        from rmdesk.gui.desktop import Desktop

        self.desktop = Desktop(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        self.desktop.drag_enter(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt API
        self.desktop.drag_leave()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self.desktop.drop(event)
