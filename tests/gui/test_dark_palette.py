"""rmdesk follows the system's light or dark colours: what the forms colour themselves (a problem's
sentence in red) stays readable on either."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from rmdesk.gui.dialogs.passphrase import PassphraseDialog, Purpose
from rmdesk.gui.widgets.fields import dark_palette

from .every_dialog import open_every_dialog

DARK = {
    QPalette.ColorRole.Window: "#2d2d2d",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#2a2a2a",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#2f6f9f",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6cb4ff",
    QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    QPalette.ColorRole.Mid: "#4a4a4a",
}


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    """The application in the system's light colours, or in a dark palette as dark mode sets one."""
    before = QApplication.palette()
    if request.param == "dark":
        palette = QPalette(before)
        for role, colour in DARK.items():
            palette.setColor(role, QColor(colour))
        QApplication.setPalette(palette)
    assert dark_palette() == (request.param == "dark")
    yield request.param
    QApplication.setPalette(before)


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def coloured_labels(root: QWidget) -> list[tuple[QLabel, QColor]]:
    """The labels whose style sheet sets the colour of their text, with that colour."""
    found = []
    for label in root.findChildren(QLabel):
        if match := re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", label.styleSheet()):
            found.append((label, QColor(match.group(1))))
    return found


def test_a_problem_under_a_field_is_readable_in_light_and_dark(scheme, window, qtbot):
    dialog = open_every_dialog(window)["participant"]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.emailEdit.setText("not an email")
    error = dialog.errors.labels["email"]
    qtbot.waitUntil(error.isVisible)
    [(_, colour)] = [(label, c) for label, c in coloured_labels(dialog) if label is error]
    assert contrast(colour, dialog.palette().color(QPalette.ColorRole.Window)) >= 4.5
    dialog.hide()


def test_every_coloured_sentence_of_every_form_is_readable(scheme, window, qtbot):
    dialogs = open_every_dialog(window)
    dialogs["passphrase-new"] = PassphraseDialog(Purpose.NEW_FILE, "Client.rmdesk", window)
    checked = 0
    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        window_colour = dialog.palette().color(QPalette.ColorRole.Window)
        for label, colour in coloured_labels(dialog):
            assert contrast(colour, window_colour) >= 4.5, (name, label.objectName(), colour.name())
            checked += 1
        dialog.hide()
    assert checked >= 8  # the erase warning, the passphrase lines, the forms' problem lines...


def test_the_pages_own_colours_are_readable_in_light_and_dark(scheme, window, qtbot):
    """The talent map's candidates, the alerts that are urgent and the board's coloured lines."""
    from PySide6.QtCore import Qt

    from rmdesk.gui.board.page import HINT_STYLE, HINT_STYLE_ON_DARK

    base = QApplication.palette().color(QPalette.ColorRole.Base)
    window.go_to(window.talent)
    candidates = [
        box.item(row)
        for box in window.talent.boxes.values()
        for row in range(box.count())
        if str(box.item(row).data()).startswith("★ ")
    ]
    assert candidates
    ink = candidates[0].data(Qt.ItemDataRole.ForegroundRole).color()
    paper = candidates[0].data(Qt.ItemDataRole.BackgroundRole).color()
    assert contrast(ink, paper) >= 4.5

    window.go_to(window.alerts)
    model = window.alerts.model
    urgent = [
        model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    urgent = [brush.color() for brush in urgent if brush is not None]
    assert urgent and all(contrast(colour, base) >= 4.5 for colour in urgent)

    styles = HINT_STYLE_ON_DARK if scheme == "dark" else HINT_STYLE
    for style in styles.values():
        colour = QColor(re.search(r"#[0-9a-fA-F]{6}", style).group(0))
        assert contrast(colour, QApplication.palette().color(QPalette.ColorRole.Window)) >= 4.5
