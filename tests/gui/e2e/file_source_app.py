"""Test helper: a stand-in for a file manager on an X display. Its window holds one file; pressing
the mouse on it and moving starts a drag of that file (text/uri-list, as file managers send).

Prints where the middle of its window is on the screen; quits when the drag ends.

    python file_source_app.py FILE
"""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QTimer, QUrl
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
path = Path(sys.argv[1])


class FileIcon(QLabel):
    def __init__(self) -> None:
        super().__init__(path.name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.buttons() & Qt.MouseButton.LeftButton and not self.dragging:
            self.dragging = True
            mime = QMimeData()
            mime.setUrls([QUrl.fromLocalFile(str(path))])
            drag = QDrag(self)
            drag.setMimeData(mime)
            done = drag.exec(Qt.DropAction.CopyAction)
            print(json.dumps({"drag": done.name}), flush=True)
            QTimer.singleShot(200, app.quit)


icon = FileIcon()
icon.setGeometry(860, 100, 300, 200)
icon.show()


def report() -> None:
    middle = icon.mapToGlobal(icon.rect().center())
    print(json.dumps({"from": [middle.x(), middle.y()]}), flush=True)


QTimer.singleShot(800, report)
QTimer.singleShot(30_000, app.quit)
app.exec()
