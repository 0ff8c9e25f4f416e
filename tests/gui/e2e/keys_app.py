"""Test helper: the real app on an X display after one change, reporting its undo state.

Prints the window's shortcuts once it is shown, then a line each time the undo or redo
label changes; quits after 20 s or when the file is closed from the keyboard.
"""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

from rmdesk.domain import Participant
from rmdesk.gui.app import application
from rmdesk.gui.main_window import MainWindow
from rmdesk.store import Document
from rmdesk.store.edits import set_archived

app = application()
window = MainWindow()
window.setGeometry(0, 0, 1000, 700)
doc = Document.open(Path(sys.argv[1]))
window.show_document(doc)
set_archived(doc, [doc.all(Participant, order_by="name")[:1][0]], True)
window.document_changed()
window.show()
window.raise_()
window.activateWindow()
seen: list[object] = []


def state():
    return [window.document.undo_label(), window.document.redo_label()] if window.document else None


def ready():
    keys = {a.objectName(): [k.toString() for k in a.shortcuts()] for a in window.findChildren(QAction)}
    print(json.dumps({"shortcuts": keys, "state": state(), "window": int(window.winId())}), flush=True)
    seen.append(state())


def watch():
    now = state()
    if seen and now != seen[-1]:
        seen.append(now)
        print(json.dumps({"state": now}), flush=True)


QTimer.singleShot(600, ready)
timer = QTimer()
timer.timeout.connect(watch)
timer.start(50)
QTimer.singleShot(20_000, app.quit)
app.exec()
window.close()
