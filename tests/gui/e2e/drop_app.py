"""Test helper: the real app on an X display, on its welcome screen, waiting for a file dropped on it.

Prints where the middle of its window is on the screen, then the file it opened and quits (or
quits after 30 s).
"""

import json

from PySide6.QtCore import QTimer

from rmdesk.gui.app import application
from rmdesk.gui.main_window import MainWindow

app = application()
window = MainWindow()
window.setGeometry(0, 0, 760, 600)
window.show()


def report() -> None:
    middle = window.mapToGlobal(window.rect().center())
    print(json.dumps({"to": [middle.x(), middle.y()]}), flush=True)


def opened() -> None:
    if window.document is None:
        return
    print(json.dumps({"opened": str(window.document.path)}), flush=True)
    QTimer.singleShot(300, app.quit)


watch = QTimer()
watch.timeout.connect(opened)
watch.start(100)
QTimer.singleShot(800, report)
QTimer.singleShot(30_000, app.quit)
app.exec()
window.close_document()
