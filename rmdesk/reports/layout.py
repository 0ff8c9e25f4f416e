"""What every rmdesk PDF shares: embedded fonts, styles, header, footer and "Page 2 of 5".

Fonts are DejaVu Sans, embedded, so names such as "Siti Nur'aini", "José Muñoz"
or "Zoë" print as typed on any machine. Reports are written to a partial file
and renamed, so a failed export never leaves half a PDF.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import Image

FONTS = Path(__file__).with_name("fonts")
PAGE_SIZES = {"A4": A4, "Letter": LETTER}
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#2f6f9f")
SECOND = colors.HexColor("#e0892f")
RULE = colors.HexColor("#cbd2d9")
SHADE = colors.HexColor("#f0f4f8")


@cache
def fonts() -> str:
    """Register the embedded fonts once; returns the family name."""
    for name, file in (
        ("DejaVu", "DejaVuSans.ttf"),
        ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    pdfmetrics.registerFontFamily(
        "DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique", boldItalic="DejaVu-Bold"
    )
    return "DejaVu"


@cache
def styles() -> dict[str, ParagraphStyle]:
    family = fonts()
    body = ParagraphStyle("body", fontName=family, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontSize=8.5, leading=11, fontName="DejaVu-Bold"
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName="DejaVu-Bold", fontSize=22, leading=28, spaceAfter=6
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=16, textColor=MUTED, spaceAfter=14
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName="DejaVu-Bold",
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName="DejaVu-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
        ),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: a name with "&" or "<" prints as typed)."""
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(safe, styles()[style])


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], header: bool = True) -> Table:
    """A table whose cells wrap; long tables split across pages and repeat their header."""
    cells = [
        [
            c if isinstance(c, Flowable) else para(str(c), "cell_bold" if header and r == 0 else "cell")
            for c in row
        ]
        for r, row in enumerate(rows)
    ]
    result = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    result.setStyle(TableStyle(style))
    return result


class NumberedCanvas(pdfcanvas.Canvas):
    """Holds the pages back until the end, so each footer can say "Page n of N"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("DejaVu", 8)
            self.setFillColor(MUTED)
            width = self._pagesize[0]
            self.drawRightString(width - 18 * mm, 10 * mm, f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


class Report(BaseDocTemplate):
    """A4 or Letter pages with the client's name (and logo) on top and a confidentiality line below."""

    def __init__(self, path: str, *, title: str, client: str, logo: bytes | None, paper: str = "A4") -> None:
        fonts()
        size = PAGE_SIZES.get(paper, A4)
        super().__init__(
            path,
            pagesize=size,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=22 * mm,
            bottomMargin=20 * mm,
            title=title,
            author=client or "rmdesk",
            creator="rmdesk",
        )
        self.client, self.logo = client, logo
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: pdfcanvas.Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFont("DejaVu-Bold", 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(18 * mm, height - 12 * mm, self.client)
        canvas.setFont("DejaVu", 8.5)
        canvas.drawRightString(width - 18 * mm, height - 12 * mm, self.title)
        canvas.setStrokeColor(RULE)
        canvas.line(18 * mm, height - 14 * mm, width - 18 * mm, height - 14 * mm)
        canvas.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
        canvas.setFont("DejaVu", 7.5)
        canvas.drawString(
            18 * mm,
            10 * mm,
            f"Confidential: for {self.client or 'the program team'} only. "
            f"Printed {dt.date.today().isoformat()}.",
        )
        canvas.restoreState()


def logo_image(logo: bytes | None, height: float = 18 * mm) -> Flowable | None:
    if not logo:
        return None
    from io import BytesIO

    from reportlab.lib.utils import ImageReader

    reader = ImageReader(BytesIO(logo))
    width, tall = reader.getSize()
    return Image(BytesIO(logo), width=height * width / tall, height=height, hAlign="LEFT")


def write(path: Path, build: Callable[[str], None]) -> Path:
    """Build a PDF into a partial file beside ``path`` and rename it into place."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        build(str(partial))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path
