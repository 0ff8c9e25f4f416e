"""The window's side of encryption: File > Encrypt, Change Passphrase, Remove Encryption, and the
auto-lock of an encrypted file nobody has touched for a while.

Auto-lock: after ``autoLockMinutes`` (Edit > Preferences, read by :func:`auto_lock_minutes`)
without keyboard or mouse input to rmdesk, long work is cancelled, open forms and menus close, the
document closes its connection and wipes its key (still holding the file for this editor), every
page is emptied, and the window shows only the file's name and asks for the passphrase to go on.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from rmdesk.gui.dialogs.preferences import AUTO_LOCK_SETTING as AUTO_LOCK_SETTING  # the key, for tests
from rmdesk.gui.dialogs.preferences import auto_lock_minutes
from rmdesk.gui.forms.ui_locked import Ui_LockedPage
from rmdesk.gui.work import REFUSALS, LongWork, Messages, Progress, attempt, sentence
from rmdesk.store import Document, PassphraseNeeded, queries

if TYPE_CHECKING:
    from rmdesk.gui.dialogs.passphrase import Purpose
    from rmdesk.gui.main_window import MainWindow
    from rmdesk.store.rekey import Rekeying

CLOSE_TRIES = 20  # rounds of closing forms a locking window waits through before it locks anyway

INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


class IdleWatch(QObject):
    """Says ``idle`` once no keyboard or mouse input reached the application for the minutes the
    preference sets. It watches only while :meth:`set_active` says so (an encrypted file is open)."""

    idle = Signal()
    SECONDS_PER_MINUTE = 60.0  # tests make minutes shorter

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.last_input = time.monotonic()
        self.active = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)

    def set_active(self, active: bool) -> None:
        if active == self.active:
            return
        self.active = active
        app = QApplication.instance()
        if active:
            self.last_input = time.monotonic()
            if app is not None:
                app.installEventFilter(self)
            self.timer.start(int(min(15.0, self.SECONDS_PER_MINUTE / 4) * 1000))
        else:
            self.timer.stop()
            if app is not None:
                app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT:
            self.last_input = time.monotonic()
        return False

    def limit(self) -> float | None:
        """Seconds without input that lock the file (None: never)."""
        minutes = auto_lock_minutes()
        return minutes * self.SECONDS_PER_MINUTE if minutes else None

    def check(self) -> None:
        limit = self.limit()
        if self.active and limit is not None and time.monotonic() - self.last_input >= limit:
            self.last_input = time.monotonic()
            self.idle.emit()


class LockedPage(QWidget, Ui_LockedPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.title.setStyleSheet("font-size: 20pt; font-weight: 600;")


class Encryption(QObject):
    """File > Encrypt / Change Passphrase / Remove Encryption, and the auto-lock, for one window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.locked: Document | None = None  # the document while it is locked away
        self._program_id: str | None = None  # the program shown when it locked
        self.actionEncrypt = QAction(self.tr("&Encrypt with a Passphrase..."), window)
        self.actionEncrypt.setStatusTip(self.tr("Encrypt this file and its snapshots with a passphrase"))
        self.actionChange = QAction(self.tr("Change &Passphrase..."), window)
        self.actionChange.setStatusTip(self.tr("Give this file and its snapshots a new passphrase"))
        self.actionRemove = QAction(self.tr("Remove Encr&yption..."), window)
        self.actionRemove.setStatusTip(self.tr("Store this file and its snapshots without encryption"))
        menu = window.menuFile
        following = menu.actions()[menu.actions().index(window.actionRestore) + 1 :]
        before = following[0] if following else None
        for action in (self.actionEncrypt, self.actionChange, self.actionRemove):
            menu.insertAction(before, action)  # type: ignore[arg-type]
        self.actionEncrypt.triggered.connect(self.encrypt)
        self.actionChange.triggered.connect(self.change)
        self.actionRemove.triggered.connect(self.remove)
        self.watch = IdleWatch(self)
        self.watch.idle.connect(self.lock)
        self.page = LockedPage()
        window.pages.addWidget(self.page)
        self.page.unlockButton.clicked.connect(self.unlock)
        self.page.closeButton.clicked.connect(window.close_document)

    # -- entry points tests can replace
    def ask_passphrase(self, prompt: str) -> str | None:
        """The passphrase typed to unlock, or None when the person did not give it."""
        from rmdesk.gui.app import ask_passphrase

        return ask_passphrase(self.window, prompt)

    # -- the window's state
    def refresh(self) -> None:
        """Menus and the idle watch in line with the window's document; a locked one shown as such."""
        doc = self.window.document
        encrypted = doc is not None and doc.encrypted
        self.actionEncrypt.setEnabled(doc is not None and not doc.encrypted and not doc.readonly)
        self.actionChange.setEnabled(encrypted and doc is not None and not doc.readonly)
        self.actionRemove.setEnabled(encrypted and doc is not None and not doc.readonly)
        self.watch.set_active(encrypted)
        if doc is None and self.locked is not None:
            name = self.locked.path.name
            self.window.setWindowTitle(self.tr("{name} (locked) - rmdesk").format(name=name))
            self.page.message.setText(
                self.tr(
                    "{name} was locked after a while without use: rmdesk closed it and forgot what it "
                    "showed. Enter the passphrase to go on."
                ).format(name=name)
            )
            self.window.pages.setCurrentWidget(self.page)

    def drop_locked(self) -> None:
        """Close a locked document for good (the window closes or opens another file)."""
        locked, self.locked = self.locked, None
        if locked is not None:
            locked.close()

    # -- auto-lock
    def lock(self, tries: int = 0) -> None:
        """Lock the window's encrypted document now (the idle watch calls this)."""
        window, doc = self.window, self.window.document
        if doc is None or not doc.encrypted or self.locked is not None:
            return
        LongWork.stop_all(window)
        if self._close_windows() and tries < CLOSE_TRIES:
            # Their exec() returns once this returns: lock after the code that opened them has run.
            QTimer.singleShot(50, self, lambda: self.lock(tries + 1))
            return
        self._program_id = window.program.id if window.program else None
        doc.lock_away()
        self.locked = doc
        window.document = None
        window.program = None
        for page in list(window._built.values()):
            page.set_document(None, None)
            for edit in page.findChildren(QLineEdit):
                edit.clear()  # what was typed to search may be a name
        window._stale = set(window._built.values())
        window.statusbar.clearMessage()
        window.refresh()
        QTimer.singleShot(0, self, self.unlock)

    def _close_windows(self) -> bool:
        """Close the forms, messages and menus open over the window (unsaved edits are dropped:
        the file holds every change made before). Whether any was open."""
        closed = False
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            closed = True
            following = QApplication.activePopupWidget()
            popup = following if following is not popup else None
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._over_window(widget):
                QDialog.done(widget, QDialog.DialogCode.Rejected)
                widget.hide()
                closed = True
        return closed

    def _over_window(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self.window:
                return True
            parent = parent.parentWidget()
        return False

    def unlock(self) -> bool:
        """Ask for the passphrase until it is right or the person stops; whether it unlocked."""
        doc, window = self.locked, self.window
        if doc is None:
            return True
        prompt = self.tr("{name} is locked. Enter its passphrase to go on.").format(name=doc.path.name)
        while True:
            typed = self.ask_passphrase(prompt)
            if typed is None:
                return False
            try:
                doc.unlock(typed)
            except PassphraseNeeded as error:
                prompt = str(error)
                continue
            except REFUSALS as error:
                Messages.refusal(window, self.tr("Cannot unlock"), sentence(error))
                return False
            break
        self.locked = None
        window.document = doc
        window.program = next((p for p in queries.programs(doc) if p.id == self._program_id), None)
        window.refresh()
        return True

    # -- File > Encrypt, Change Passphrase, Remove Encryption
    def encrypt(self) -> None:
        from rmdesk.gui.dialogs.passphrase import Purpose  # the form loads when first needed

        self._rekey(Purpose.ENCRYPT)

    def change(self) -> None:
        from rmdesk.gui.dialogs.passphrase import Purpose

        self._rekey(Purpose.CHANGE)

    def remove(self) -> None:
        from rmdesk.gui.dialogs.passphrase import Purpose

        self._rekey(Purpose.REMOVE)

    def _rekey(self, purpose: Purpose) -> None:
        from rmdesk.gui.dialogs.passphrase import PassphraseDialog, Purpose
        from rmdesk.store import rekey

        window, doc = self.window, self.window.document
        if doc is None:
            return
        key = doc.key
        dialog = PassphraseDialog(purpose, doc.path.name, window, key.matches if key is not None else None)
        if not window.open_dialog(dialog):
            return
        passphrase = dialog.passphrase()
        title = dialog.windowTitle()
        LongWork.stop_all(window)  # nothing else works on the file while its key changes
        prepared: list[Rekeying] = []
        told = {
            Purpose.ENCRYPT: self.tr("{name} and its snapshots are encrypted now."),
            Purpose.CHANGE: self.tr("{name} and its snapshots have the new passphrase."),
            Purpose.REMOVE: self.tr("{name} and its snapshots are no longer encrypted."),
        }[purpose].format(name=doc.path.name)
        not_changed = self.tr("{title}: cancelled; the file was not changed.").format(title=title)
        label = (
            self.tr("Writing the file under its new key...") if passphrase else self.tr("Writing the file...")
        )

        def work(progress: Progress) -> Rekeying:
            prepared.append(rekey.start(doc, passphrase, progress))
            return prepared[-1]

        def done(job: Rekeying) -> None:
            if attempt(window, title, job.finish):
                window.statusbar.showMessage(told, 8000)
            window.document_changed()

        def cancelled() -> None:
            window.statusbar.showMessage(not_changed, 6000)

        def always() -> None:
            for job in prepared:
                job.abandon()

        LongWork(
            window,
            title,
            work,
            done,
            label=label,
            still_current=lambda: window.document is doc,
            cancelled=cancelled,
            always=always,
        ).start()

    def new_file_passphrase(self, file_name: str) -> tuple[bool, str | None]:
        """File > New: (go on, the passphrase the new file gets, or None for none)."""
        from rmdesk.gui.dialogs.passphrase import PassphraseDialog, Purpose

        dialog = PassphraseDialog(Purpose.NEW_FILE, file_name, self.window)
        if not self.window.open_dialog(dialog):
            return False, None
        return True, dialog.passphrase()
