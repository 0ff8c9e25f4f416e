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

# The paint watcher the start-up figures run first in their child processes (bench_gui's as code
# before the program, bench_frozen's as a runtime hook both apps carry). With RMDESK_BENCH_WATCH
# set ("rows": the first paint of a view showing rows; "window": the first paint of the main
# window) it prints "painted W H" at that paint and closes every window; a modal dialog is printed
# and closed (it would wait for a click). Without it, nothing happens. It watches the first window
# shown and its item views' viewports, never the whole application: a Python filter on the
# application is handed every event of every object, and turning Qt's private objects into Python
# ones makes PySide build the enums of every class it has, about 40 ms the program never pays.
WATCH_HOOK = """
import os
import sys

_WHAT = os.environ.get("RMDESK_BENCH_WATCH")
if _WHAT:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QMessageBox, QWidget

    _app = QApplication.instance() or QApplication(sys.argv[:1])

    def _shown(obj):
        if _WHAT == "window":
            return isinstance(obj, QMainWindow)
        view = obj.parent() if obj.objectName() == "qt_scrollarea_viewport" else None
        model = view.model() if isinstance(view, QAbstractItemView) else None
        return model is not None and model.rowCount() > 0

    _watched = []

    class _Done(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and _shown(obj):
                sys.stdout.write(f"painted {obj.window().width()} {obj.window().height()}\\n")
                sys.stdout.flush()
                for watched in _watched:
                    watched.removeEventFilter(self)
                QTimer.singleShot(0, _app.closeAllWindows)
            return False

    _show = QWidget.show

    def _watching_show(widget):
        if widget.isWindow() and not _watched:
            _watched.extend([widget, *(v.viewport() for v in widget.findChildren(QAbstractItemView))])
            for watched in _watched:
                watched.installEventFilter(_done)
        _show(widget)

    QWidget.show = _watching_show

    def _guard():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
            sys.stdout.write(f"dialog {text!r}\\n")
            sys.stdout.flush()
            dialog.close()

    _done = _Done()
    _timer = QTimer()
    _timer.timeout.connect(_guard)
    _timer.start(200)
"""

# A bare PySide6 window of the size given as "WxH": what start-up is compared with.
BARE_WINDOW = """
import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication.instance() or QApplication(sys.argv[:1])
width, height = (int(v) for v in sys.argv[1].split("x"))
window = QMainWindow()
window.resize(width, height)
window.show()
sys.exit(app.exec())
"""


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
        """Untimed: everything shown and painted, nothing left in the event queue, and nothing
        counted as painted since (a timed wait that follows waits for a paint of its own)."""
        from PySide6.QtWidgets import QApplication

        self.clear()
        if widgets:
            self.wait(widgets)
        for _ in range(3):
            QApplication.processEvents()
        self.clear()


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
