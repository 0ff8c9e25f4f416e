"""Work that takes a while, and the one way anything that fails reaches the user.

``LongWork`` runs a core function on another thread with its own connection to the
file, shows one modal progress window with Cancel (only if the work lasts), and hands
the result back on the GUI thread. ``attempt`` runs a quick edit a page makes. Both send
every failure down the same path: a refusal (the file, a rule, the disk) becomes a
sentence in a message box; anything unexpected becomes the crash report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from rmdesk.domain.validation import ValidationError
from rmdesk.store.errors import Cancelled, DocumentError

T = TypeVar("T")
Progress = Callable[[int, str], None]  # percent done, what is happening now; raises Cancelled
REFUSALS = (DocumentError, ValidationError, OSError)


def sentence(error: BaseException) -> str:
    """What a refusal says to a person: the core's own sentence, or the disk's reason and the file."""
    if isinstance(error, OSError) and not isinstance(error, DocumentError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror or error}{where}."
    return str(error)


class Messages:
    """Where refusals are told; tests replace :meth:`refusal`."""

    @staticmethod
    def refusal(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)


def unexpected(error: BaseException) -> None:
    """Anything the code did not foresee: logged and shown as the crash report."""
    from rmdesk.gui import crash

    crash.report(type(error), error, error.__traceback__)


def attempt(parent: QWidget | None, title: str, edit: Callable[[], object]) -> bool:
    """Run an edit; a refusal is told next to what the user did (never the crash dialog).
    Returns whether the edit went through."""
    try:
        edit()
    except REFUSALS as error:
        Messages.refusal(parent, title, sentence(error))
        return False
    return True


class _Runner(QThread):
    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[Progress], Any]):
        super().__init__()
        self.job = job

    def progress(self, percent: int, text: str = "") -> None:
        if self.isInterruptionRequested():
            raise Cancelled
        self.progressed.emit(percent, text)

    def run(self) -> None:
        try:
            result = self.job(self.progress)
        except BaseException as error:  # every failure goes back to the GUI thread, one path
            self.failed.emit(error)
            return
        self.succeeded.emit(result)


class LongWork(QObject, Generic[T]):
    """One piece of long work: ``job(progress)`` off the GUI thread, ``done(result)`` back on it.

    ``still_current`` says whether the result still belongs to what the window shows (the same
    file and program); a result that no longer does is dropped. ``cancelled`` runs when the user
    pressed Cancel; ``always`` after any outcome, once the rest is told, also when the work is
    dropped. Use :meth:`stop_all` when a window closes or changes file or program.
    """

    running: ClassVar[set[LongWork[Any]]] = set()
    DELAY_MS = 400  # quick work shows no progress window at all

    def __init__(
        self,
        parent: QWidget,
        title: str,
        job: Callable[[Progress], T],
        done: Callable[[T], None],
        *,
        label: str | None = None,  # "Working..." when None
        still_current: Callable[[], bool] = lambda: True,
        cancelled: Callable[[], None] | None = None,
        always: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.owner, self.title = parent, title
        self.done, self.still_current, self.on_cancel, self.always = done, still_current, cancelled, always
        self.dropped = False  # the window went away or moved on: deliver nothing
        self.finished = False
        self.runner = _Runner(job)
        self.dialog = QProgressDialog(
            label if label is not None else self.tr("Working..."), self.tr("Cancel"), 0, 100, parent
        )
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(self.DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self.cancel)
        self.runner.progressed.connect(self._progressed)
        self.runner.succeeded.connect(self._succeeded)
        self.runner.failed.connect(self._failed)

    def start(self) -> LongWork[T]:
        LongWork.running.add(self)
        self.runner.start()
        return self

    def cancel(self) -> None:
        self.runner.requestInterruption()

    def wait(self) -> None:
        self.runner.wait()

    @classmethod
    def stop_all(cls, window: QWidget | None = None) -> None:
        """Cancel the work of ``window`` (or all) and wait for it: no thread outlives its window."""
        for work in list(cls.running):
            if window is None or work.owner.window() is window:
                work.dropped = True
                work.cancel()
                work.wait()
                work._finish()
                work._always()

    def _progressed(self, percent: int, text: str) -> None:
        if not self.finished:
            self.dialog.setValue(max(0, min(percent, 99)))
            if text:
                self.dialog.setLabelText(text)

    def _finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        self.runner.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        LongWork.running.discard(self)
        self.deleteLater()

    def _succeeded(self, result: T) -> None:
        self._finish()
        if not self.dropped and self.still_current():
            self.done(result)
        self._always()

    def _always(self) -> None:
        """Clean-up the caller asked for, once, whatever the outcome (dropped work included)."""
        hook, self.always = self.always, None
        if hook is not None:
            hook()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        try:
            self._tell(error)
        finally:
            self._always()

    def _tell(self, error: BaseException) -> None:
        if self.dropped:
            return
        if isinstance(error, Cancelled):
            if self.on_cancel is not None:
                self.on_cancel()
        elif not self.still_current():
            return
        elif isinstance(error, REFUSALS):
            Messages.refusal(self.owner, self.title, sentence(error))
        else:
            unexpected(error)
