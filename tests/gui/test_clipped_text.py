"""No text is cut off: every page of the main window and every form, in English and in Bahasa
Indonesia (whose words run longer), at 100 % and 200 % on a 1366 x 768 screen.

Each run is the app in a child process (tests/gui/clipped_text_app.py) on a screen of that many
logical pixels at that scale factor. It measures each visible label, button, group box title, tab
and column heading: the width (and for wrapped labels the height) its text needs, from the font's
metrics, against the room the widget gives it, less the style's padding. A widget pushed past the
edge of the form it is in, or squeezed lower than its text, counts as cut off too.

To look at the pictures as well:

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json QT_SCALE_FACTOR=2 \\
        python -m tests.gui.clipped_text_app FILE id FOLDER
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .every_dialog import dialog_classes

ROOT = Path(__file__).parents[2]
SCREEN = (1366, 768)  # logical pixels: 2732 x 1536 at 200 %


def run_app(demo_file: Path, data_dir: Path, folder: Path, language: str, scale: int) -> dict:
    config = folder / "screen.json"
    width, height = (side * scale for side in SCREEN)
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}]})
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "RMDESK_DATA_DIR": str(data_dir),
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.clipped_text_app", str(demo_file), language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.slow  # about 5 s a run: a child process shows 12 pages and every form
@pytest.mark.parametrize("scale", [1, 2], ids=["100%", "200%"])
@pytest.mark.parametrize("language", ["en", "id"])
def test_no_text_is_cut_off_on_any_page_or_form(demo_file, data_dir, tmp_path, language, scale):
    report = run_app(demo_file, data_dir, tmp_path, language, scale)
    assert report["errors"] == [], "\n".join(report["errors"])  # every page and form filled in
    assert report["screen"] == list(SCREEN)
    assert report["sections"][0] == {"en": "Participants", "id": "Peserta"}[language]
    assert len(report["sections"]) == 11 and len(report["dialogs"]) == len(dialog_classes())
    assert report["measured"] > 500  # widgets looked at
    assert report["clipped"] == [], "text cut off:\n" + "\n".join(report["clipped"])


def test_the_measure_finds_text_cut_off(qtbot):
    """The measuring itself: a label, a wrapped label, a button, a check box and a column heading
    given too little room are found, and the same widgets with room enough are not."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

    from .clipped_text_app import clipped, described

    form = QWidget()
    form.setObjectName("form")
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    label = QLabel("Tanggal mulai program mentoring terbalik:")
    wrapped = QLabel("Kedua pihak menjawab pernyataan ini di setiap tahap, dari 1 sampai 5. " * 3)
    wrapped.setWordWrap(True)
    button = QPushButton("&Kembalikan Bawaan")
    button.setObjectName("restoreButton")
    check = QCheckBox("Tampilkan yang saya ketik")
    table = QTableView()
    model = QStandardItemModel(2, 2)
    model.setHorizontalHeaderLabels(["Status kepegawaian", "Nama"])
    table.setModel(model)
    for widget in (label, wrapped, button, check, table):
        layout.addWidget(widget)
    form.resize(900, 400)
    form.show()
    qtbot.waitExposed(form)
    table.horizontalHeader().resizeSection(0, 500)
    assert clipped(form) == []

    for widget in (label, button, check):
        widget.setFixedWidth(60)
    wrapped.setFixedHeight(wrapped.fontMetrics().height())
    table.horizontalHeader().resizeSection(0, 40)
    found = clipped(form)
    cut = (label, wrapped, button, check, table.horizontalHeader())
    assert {id(widget) for widget, *_ in found} == {id(widget) for widget in cut}
    said = described("preferences", next(f for f in found if f[0] is button))
    assert re.fullmatch(r"preferences: restoreButton 'Kembalikan Bawaan' needs \d+ px, has \d+ px", said)
    said = described("preferences", next(f for f in found if f[0] is wrapped))
    assert re.fullmatch(r"preferences: form/QLabel '.*' needs \d+ px high, has \d+ px", said)
