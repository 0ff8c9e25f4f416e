"""Every window fits a small screen: 1366 x 768 at 100, 125 and 150 % and 1024 x 768, with OK and
Cancel in view and the form scrolling when it is taller than the screen."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

from .every_dialog import dialog_classes, open_every_dialog

ROOT = Path(__file__).parents[2]
# 1366 x 768 at 150 % leaves 910 x 512 points; less a taskbar (40) and a title bar (30).
SMALLEST = (910, 442)


def fits(size, room) -> bool:
    return size[0] <= room[0] and size[1] <= room[1]


def buttons_in_view(dialog) -> bool:
    buttons = dialog.findChild(QDialogButtonBox).buttons()
    return all(
        b.isVisible() and dialog.rect().contains(QRect(b.mapTo(dialog, QPoint(0, 0)), b.size()))
        for b in buttons
    )


def test_every_dialog_fits_the_screen_it_opens_on_with_its_buttons_in_view(window, qtbot):
    dialogs = open_every_dialog(window)
    assert {type(d) for d in dialogs.values()} == dialog_classes()
    room = window.screen().availableGeometry()
    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert fits(minimum.toTuple(), SMALLEST), (name, minimum)
        assert fits(dialog.size().toTuple(), room.size().toTuple()), (name, dialog.size(), room)
        assert buttons_in_view(dialog), name
        dialog.hide()


def test_a_form_taller_than_the_screen_scrolls_to_the_field_tabbed_into(window, qtbot):
    dialog = open_every_dialog(window)["participant"]
    dialog.resize(*SMALLEST)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    scroll = dialog.findChild(QScrollArea, "formScroll")
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # the body scrolls ...
    assert buttons_in_view(dialog)  # ... and below it OK and Cancel stay in view
    field = dialog.contractEndEdit
    assert field.visibleRegion().boundingRect().height() < field.height()  # out of view for now
    dialog.clientSiteEdit.setFocus()
    qtbot.keyClick(dialog.clientSiteEdit, Qt.Key.Key_Tab)
    assert field.hasFocus()
    assert bar.value() > 0 and field.visibleRegion().boundingRect().height() == field.height()
    dialog.hide()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("screen", "scale"),
    [((1366, 768), 1.0), ((1366, 768), 1.25), ((1366, 768), 1.5), ((1024, 768), 1.0)],
    ids=["1366x768-100", "1366x768-125", "1366x768-150", "1024x768-100"],
)
def test_windows_fit_small_screens_at_every_scale(demo_file, data_dir, tmp_path, screen, scale):
    """The app in a child process on a screen of that size at that scale (offscreen)."""
    config = tmp_path / "screen.json"
    width, height = screen
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
        [sys.executable, "-m", "tests.gui.dialog_sizes_app", str(demo_file)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.splitlines()[-1])
    points = report["screen"]
    assert abs(points[0] - width / scale) <= 1 and abs(points[1] - height / scale) <= 1
    usable = (points[0], points[1] - 30)  # below the title bar
    window = report["window"]
    assert fits(window["minimum"], SMALLEST), window  # every page built: the largest minimum
    assert fits(window["size"], points), window
    assert len(report["dialogs"]) == len(dialog_classes())
    for name, sizes in report["dialogs"].items():
        assert fits(sizes["minimum"], SMALLEST), (name, sizes)
        assert fits(sizes["size"], usable), (name, sizes, points)
        assert sizes["buttons_in_view"], name
