"""Icons are drawn from SVG, so they stay sharp at any scale (200 % screens included)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from rmdesk.gui.app import application

QRC = Path(__file__).parents[2] / "resources" / "resources.qrc"


def test_every_icon_is_an_svg_drawn_at_the_size_asked(qapp):
    application()  # registers the compiled resources
    icons = re.findall(r"<file>(icons/[^<]+)</file>", QRC.read_text(encoding="utf-8"))
    assert "icons/rmdesk.svg" in icons
    for name in icons:
        assert name.endswith(".svg"), name
        icon = QIcon(f":/{name}")
        for points, scale in ((16, 1.0), (32, 2.0), (128, 2.0)):
            pixmap = icon.pixmap(QSize(points, points), scale)
            # A bitmap icon is never drawn larger than it is; an SVG is drawn for the pixels asked.
            assert pixmap.size() == QSize(int(points * scale), int(points * scale)), (name, points, scale)
            assert pixmap.deviceIndependentSize().toSize() == QSize(points, points)
