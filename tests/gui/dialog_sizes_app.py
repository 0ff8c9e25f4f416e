"""Test helper: the app on the file given, at the screen and scale its environment sets
(QT_QPA_PLATFORM=offscreen:configfile=..., QT_SCALE_FACTOR). Shows every page and every dialog
and prints their sizes, in logical pixels, as one line of JSON. With a folder as the second
argument it also saves a picture of each dialog there, to look at.

    python -m tests.gui.dialog_sizes_app FILE [PICTURES]
"""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialogButtonBox

from rmdesk.gui.app import application
from rmdesk.gui.main_window import SECTIONS, MainWindow
from rmdesk.store import Document
from tests.gui.every_dialog import open_every_dialog


def size(widget_size):
    return [widget_size.width(), widget_size.height()]


app = application()
window = MainWindow()
window.show_document(Document.open(Path(sys.argv[1])))
window.show()
for row in range(len(SECTIONS)):  # every page built, so the window's minimum counts them all
    window.navList.setCurrentRow(row)
    app.processEvents()
report = {
    "screen": size(window.screen().availableGeometry().size()),
    "window": {"size": size(window.size()), "minimum": size(window.minimumSizeHint())},
    "dialogs": {},
}
pictures = Path(sys.argv[2]) if len(sys.argv) > 2 else None
for name, dialog in open_every_dialog(window).items():
    dialog.show()
    app.processEvents()
    buttons = dialog.findChild(QDialogButtonBox)
    inside = all(
        button.isVisible()
        and dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size()))
        for button in buttons.buttons()
    )
    report["dialogs"][name] = {
        "size": size(dialog.size()),
        "minimum": size(dialog.minimumSizeHint().expandedTo(dialog.minimumSize())),
        "buttons_in_view": inside,
    }
    if pictures is not None:
        dialog.grab().save(str(pictures / f"{name}.png"))
    dialog.hide()
print(json.dumps(report), flush=True)
window.close_document()
