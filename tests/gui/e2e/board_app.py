"""Test helper: the real app on an X display, showing the pairing board.

Prints where the first reverse mentor card and the first mentee card are on the
screen, then quits a moment after the board changes the file (or after 30 s).
"""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from rmdesk.gui.app import application
from rmdesk.gui.main_window import MainWindow
from rmdesk.store import Document

app = application()
window = MainWindow()
window.setGeometry(0, 0, 1200, 760)
window.show_document(Document.open(Path(sys.argv[1])))
window.go_to(window.pairing)
window.show()
window.raise_()
window.activateWindow()
board = window.pairing


def centre(view, row):
    rect = view.visualRect(view.model().index(row, 0))
    return view.viewport().mapToGlobal(rect.center())


def report():
    """Where a reverse mentor and a mentee whom no rule keeps apart are on the screen."""
    mentor, mentee = next(
        (r, e)
        for r, mentor_card in enumerate(board.models["mentor"].cards)
        for e, mentee_card in enumerate(board.models["mentee"].cards)
        if board.cohort.verdict(mentor_card.id, mentee_card.id).allowed
    )
    start, end = centre(board.mentorsView, mentor), centre(board.menteesView, mentee)
    print(
        json.dumps(
            {
                "mentor": board.models["mentor"].cards[mentor].id,
                "mentee": board.models["mentee"].cards[mentee].id,
                "from": [start.x(), start.y()],
                "to": [end.x(), end.y()],
            }
        ),
        flush=True,
    )


board.changed.connect(lambda: QTimer.singleShot(500, app.quit))
QTimer.singleShot(800, report)
QTimer.singleShot(30_000, app.quit)
app.exec()
window.close()
