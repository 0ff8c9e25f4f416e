"""Qt for GUI benchmarks: one offscreen screen of a known size, and "done" meaning painted.

A GUI figure stops its clock when the widgets that show the result have received their paint
event, with Qt's events processed until then (as the event loop would), never when the model
was merely filled.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from typing import Any

from common import SCRATCH

SCREEN = (1920, 1080)


def offscreen() -> None:
    """Before Qt starts: the offscreen platform on one 1920x1080 screen, unless QT_QPA_PLATFORM
    says otherwise (``xcb`` to watch the benchmarks on a display)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    config = SCRATCH / "screen.json"
    width, height = SCREEN
    config.write_text(
        json.dumps({"screens": [{"name": "bench", "x": 0, "y": 0, "width": width, "height": height}]})
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


DIALOGS: list[str] = []  # what every modal dialog that came up said (a benchmark never waits on one)
_GUARD: list[Any] = []


def app() -> Any:
    """The QApplication, set up by rmdesk's own ``application()``, with a guard that closes any
    modal dialog (a refusal, a crash report) and keeps its text: the figure then fails with it."""
    offscreen()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from rmdesk.gui.app import application

    made = application()
    if not _GUARD:

        def close_dialogs() -> None:
            dialog = QApplication.activeModalWidget() or QApplication.activePopupWidget()
            if dialog is not None:
                text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
                DIALOGS.append(f"{type(dialog).__name__}: {text}")
                dialog.close()

        timer = QTimer()
        timer.timeout.connect(close_dialogs)
        timer.start(200)
        _GUARD.append(timer)
    return made


def _watcher_class() -> Any:
    from PySide6.QtCore import QEvent, QObject

    class Watcher(QObject):
        """Notes which of the widgets it is installed on received a paint event."""

        def __init__(self) -> None:
            super().__init__()
            self.painted: set[Any] = set()
            self.watched: set[Any] = set()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                self.painted.add(watched)
            return False

    return Watcher


class PaintWatch:
    """Waits, processing events, until every given widget has painted since :meth:`clear`."""

    def __init__(self) -> None:
        self._watcher = _watcher_class()()

    def watch(self, widgets: Iterable[Any]) -> list[Any]:
        found = list(widgets)
        for widget in found:
            if widget not in self._watcher.watched:
                widget.installEventFilter(self._watcher)
                self._watcher.watched.add(widget)
        return found

    def clear(self) -> None:
        self._watcher.painted.clear()

    def painted(self, widget: Any) -> bool:
        return widget in self._watcher.painted

    def wait(self, widgets: Iterable[Any], timeout: float = 20.0) -> None:
        """Process events until each of ``widgets`` has painted (watching them from now on)."""
        from PySide6.QtWidgets import QApplication

        wanted = self.watch(widgets)
        deadline = time.perf_counter() + timeout
        if DIALOGS:
            raise RuntimeError(f"a dialog came up: {DIALOGS.pop()}")
        while not all(w in self._watcher.painted for w in wanted):
            QApplication.processEvents()
            if DIALOGS:
                raise RuntimeError(f"a dialog came up: {DIALOGS.pop()}")
            if time.perf_counter() > deadline:
                missing = [type(w).__name__ for w in wanted if w not in self._watcher.painted]
                raise TimeoutError(f"not painted within {timeout:.0f} s: {', '.join(missing)}")

    def settle(self, widgets: Iterable[Any] = ()) -> None:
        """Untimed: everything shown and painted, nothing left in the event queue."""
        from PySide6.QtWidgets import QApplication

        self.clear()
        if widgets:
            self.wait(widgets)
        for _ in range(3):
            QApplication.processEvents()


def pause(seconds: float) -> None:
    """Untimed: Qt's events processed for ``seconds`` (timers due in that time fire)."""
    from PySide6.QtWidgets import QApplication

    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        QApplication.processEvents()
        time.sleep(0.005)


def shown_parts(root: Any) -> list[Any]:
    """The widgets whose painting shows ``root``'s content: the viewport of every item view in
    sight, and every widget painted by Python code (charts); ``root`` itself when it has none."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

    parts: list[Any] = []
    for view in root.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView):
            continue
        if view.isVisible() and not view.visibleRegion().isEmpty():
            parts.append(view.viewport())
    for widget in root.findChildren(QWidget):
        custom = any(
            "paintEvent" in vars(kind)
            for kind in type(widget).__mro__
            if not kind.__module__.startswith(("PySide6", "shiboken6", "builtins"))
        )
        if custom and widget.isVisible() and not widget.visibleRegion().isEmpty():
            parts.append(widget)
    return parts or [root]


def rows_shown(root: Any) -> int:
    """How many rows the item views in sight of ``root`` hold (what a page shows)."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    total = 0
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None and not isinstance(view, QHeaderView):
            total += view.model().rowCount()
    return total


def versions() -> dict[str, str]:
    """Qt's and PySide6's versions, for the machine section of the report."""
    import PySide6
    from PySide6.QtCore import qVersion

    return {"Qt": qVersion(), "PySide6": PySide6.__version__}
