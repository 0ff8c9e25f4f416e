"""What every rmdesk PDF shares: embedded fonts, styles, header, footer, outline and "Page 2 of 5".

Fonts are DejaVu Sans, embedded, so names such as "Siti Nur'aini", "José Muñoz" or "Zoë" print
as typed on any machine; characters it cannot draw get a font found on the system
(:mod:`rmdesk.reports.glyphs`). Nothing a user types can stop a report: long text wraps and
flows across pages, table rows split, header and footer text is shortened to its room, and a logo
is scaled into its box. Reports are written to a partial file and renamed, so a failed export
never leaves half a PDF.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from rmdesk.domain import i18n
from rmdesk.reports import glyphs
from rmdesk.reports.glyphs import BOLD, FAMILY

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#2f6f9f")
SECOND = colors.HexColor("#e0892f")
RULE = colors.HexColor("#cbd2d9")
SHADE = colors.HexColor("#f0f4f8")
WARN = colors.HexColor("#b4441c")
MARGIN = 18 * mm
LOGO_BOX = (32 * mm, 8 * mm)  # the header's logo: at most this wide and this tall
ELLIPSIS = "…"
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_BLANK_LINE = re.compile(r"\n[ \t]*\n+")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # never printable: a NUL, a bell...
SHORT = 160  # characters of a name in a title or a sentence; the full name is in the tables


def _day(said: i18n.Words, value: dt.date) -> str:
    return value.isoformat() if said.language == i18n.SOURCE else said.date(value)


def day(value: dt.date) -> str:
    """A date for the reader in the language spoken: "3 Agustus 2026"; an English report keeps the
    ISO date (2026-08-03), which no reader on either side of the Atlantic takes for another day."""
    return _day(i18n.current(), value)


def num(value: float, decimals: int = 0) -> str:
    """A number as the language spoken writes it: ``1,250.5`` / ``1.250,5``."""
    return i18n.current().number(value, decimals)


def pct(share: float | None) -> str:
    """A share as a percentage (``42%``), "–" when there is none."""
    return "–" if share is None else i18n.current().percent(share)


def signed(value: float, decimals: int = 1) -> str:
    """A change with its sign: ``+0.4`` / ``+0,4``, ``-1.25`` / ``-1,25``."""
    text = f"{value:+,.{decimals}f}"
    group, point = i18n.SEPARATORS.get(i18n.current().language, i18n.SEPARATORS[i18n.SOURCE])
    return text if (group, point) == (",", ".") else text.translate({44: group, 46: point})


def rate(answered: int, asked: int) -> str:
    """How many answered of how many were asked, with the share: ``3 of 4 (75%)``."""
    if not asked:
        return i18n.translate("ReportLayout", "{answered} of {asked}").format(
            answered=num(answered), asked=num(asked)
        )
    return i18n.translate("ReportLayout", "{answered} of {asked} ({share})").format(
        answered=num(answered), asked=num(asked), share=pct(answered / asked)
    )


def fonts() -> str:
    """Register the embedded fonts once; returns the family name."""
    return glyphs.family()


@cache
def styles() -> dict[str, ParagraphStyle]:
    family = fonts()
    body = ParagraphStyle(
        "body",
        fontName=family,
        bulletFontName=family,  # never a standard font the PDF would not embed
        fontSize=9.5,
        leading=13,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=3,
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle(
            "cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0, textColor=colors.black
        ),
        "cell_bold": ParagraphStyle(
            "cell_bold",
            parent=body,
            fontSize=8.5,
            leading=11,
            fontName=BOLD,
            spaceAfter=0,
            textColor=colors.black,
        ),
        "point": ParagraphStyle(
            "point", parent=body, fontSize=10, leading=14, spaceAfter=4, leftIndent=12, bulletIndent=2
        ),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=22, leading=28, spaceAfter=6),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=16, textColor=MUTED, spaceAfter=12
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=12,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
        ),
    }


def clean(text: str) -> str:
    """``text`` without control characters (a NUL or a bell prints as nothing anyway)."""
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def short(text: str, limit: int = SHORT) -> str:
    """``text`` cut to ``limit`` characters with "…", for titles and sentences."""
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def markup(text: str, font: str = FAMILY) -> str:
    """Plain text as paragraph markup: escaped (a name with "&" or "<" prints as typed), with a
    fallback font around the characters ``font`` cannot draw."""
    text = clean(text)
    if not glyphs.needs_fallback(text):
        return text.translate(_ESCAPES)
    out = []
    for chunk, name in glyphs.runs(text, font):
        safe = chunk.translate(_ESCAPES)
        out.append(safe if name in (font, None) else f'<font name="{name}">{safe}</font>')
    return "".join(out)


def para(text: str, style: str = "body", outline: int | None = None) -> Paragraph:
    """A paragraph of plain text; line breaks in it are kept. ``outline`` puts it in the PDF's
    bookmarks at that level (0 for a section, 1 below it)."""
    chosen = styles()[style]
    body = markup(text, chosen.fontName)
    if "\n" in body:
        body = body.replace("\r\n", "\n").replace("\n", "<br/>")
    result = Paragraph(body, chosen)
    if outline is not None:
        result._outline = (text, outline)
    return result


def point(text: str) -> Paragraph:
    """One point of a list, with its bullet."""
    return Paragraph(markup(text), styles()["point"], bulletText="•")


def paras(text: str, style: str = "body") -> list[Paragraph]:
    """Text with blank lines between its paragraphs, as that many paragraphs."""
    parts = [p.strip("\n") for p in _BLANK_LINE.split(text.replace("\r\n", "\n").strip())]
    return [para(p, style) for p in parts if p.strip()]


def heading(text: str, level: int = 1, *, room: float = 30 * mm, outline: bool = True) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page: it moves to the next page
    unless ``room`` is left below it for what it introduces."""
    style = styles()["h1" if level == 1 else "h2"]
    need = style.spaceBefore + style.leading * 2 + style.spaceAfter + room
    return [CondPageBreak(need), para(text, style.name, level - 1 if outline else None)]


class Marked(str):
    """A table cell's text that also names its row in the PDF's outline (a pair in a long table)."""

    outline: tuple[str, int]

    def __new__(cls, text: str, title: str, level: int = 1) -> Marked:
        made = super().__new__(cls, text)
        made.outline = (title, level)
        return made


class OutlinedTable(Table):
    """A table whose marked rows appear in the outline; its parts after a split do too (reportlab
    makes them of the same class, with the same cell objects)."""

    def draw(self) -> None:
        super().draw()
        report = getattr(self.canv, "_rmdesk_report", None)
        if report is None:
            return
        for number, row in enumerate(self._cellvalues):
            first = row[0] if row else None
            if isinstance(first, (tuple, list)):  # a paragraph cell, as reportlab holds it once laid out
                first = first[0] if first else None
            mark = getattr(first, "outline", None)
            if mark is not None:
                left, top = self.canv.absolutePosition(0, self._rowpositions[number])
                report.outline(self.canv, mark[0], mark[1], left, top)


PADDING = 6  # reportlab's cell padding left and right


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    header: bool = True,
    style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table whose cells wrap; long tables split across pages (a tall row splits too) and repeat
    their header. A cell whose text fits its column on one line is drawn as a string, without the
    cost of a paragraph; any other becomes a paragraph that wraps."""
    cell, bold = styles()["cell"], styles()["cell_bold"]
    measured: dict[tuple[str, str], float] = {}  # a long table repeats most of its short texts
    cells = []
    for r, row in enumerate(rows):
        line = []
        chosen = bold if header and r == 0 else cell
        for c, width in zip(row, widths, strict=False):
            if isinstance(c, (Flowable, list)):
                line.append(c)
                continue
            text = str(c)
            if (
                len(text) < 200
                and "\n" not in text
                and not _CONTROLS.search(text)
                and not glyphs.needs_fallback(text)
                and _measure(measured, text, chosen) <= width - 2 * PADDING
            ):
                line.append(c)
            else:
                made = _cell(text, chosen)
                if isinstance(c, Marked):
                    made.outline = c.outline
                line.append(made)
        cells.append(line)
    result = OutlinedTable(
        cells, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=1
    )
    commands: list[tuple[Any, ...]] = [  # few commands: each one visits every cell
        ("FONT", (0, 0), (-1, -1), FAMILY, cell.fontSize, cell.leading),  # never a standard font
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]  # reportlab's padding (3 above and below, 6 at the sides) and black text are kept
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    result.setStyle(TableStyle([*commands, *style]))
    return result


def _measure(seen: dict[tuple[str, str], float], text: str, style: ParagraphStyle) -> float:
    key = (text, style.fontName)
    found = seen.get(key)
    if found is None:
        widths = _advances(style.fontName)
        try:  # the font's own advance widths, summed: what stringWidth does, without its layers
            found = sum(map(widths.__getitem__, text)) * style.fontSize / 1000
        except KeyError:
            found = stringWidth(text, style.fontName, style.fontSize)
        seen[key] = found
    return found


@cache
def _advances(font: str) -> dict[str, float]:
    """Each character's advance width in thousandths of the font size."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font).face
    return {chr(code): face.getCharWidth(code) for code in face.charToGlyph}


def _cell(text: str, style: ParagraphStyle) -> Paragraph:
    body = markup(text, style.fontName)
    return Paragraph(body.replace("\n", "<br/>") if "\n" in body else body, style)


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, shortened with "…" to ``width`` points when it is wider."""
    text = short(text, 400)
    if _width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with the ellipsis
        middle = (low + high + 1) // 2
        if _width(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ""


def _width(text: str, font: str, size: float) -> float:
    return sum(stringWidth(chunk, name or font, size) for chunk, name in glyphs.runs(text, font))


def draw_text(
    canvas: pdfcanvas.Canvas, x: float, y: float, text: str, font: str, size: float, right: bool = False
) -> None:
    """One line of text in ``font``, with fallback fonts where it needs them."""
    parts = glyphs.runs(text, font)
    if right:
        x -= sum(stringWidth(chunk, name or font, size) for chunk, name in parts)
    for chunk, name in parts:
        canvas.setFont(name or font, size)
        canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, name or font, size)


def logo_reader(logo: bytes | None) -> ImageReader | None:
    """The client's logo, or None when there is none or it cannot be read (a report never fails
    on a logo)."""
    if not logo:
        return None
    try:
        reader = ImageReader(BytesIO(logo))
        width, height = reader.getSize()
    except Exception:
        return None
    return reader if width > 0 and height > 0 else None


def scaled(size: tuple[float, float], box: tuple[float, float]) -> tuple[float, float]:
    """``size`` scaled to fit ``box``, keeping its proportions."""
    factor = min(box[0] / size[0], box[1] / size[1])
    return size[0] * factor, size[1] * factor


class NumberedCanvas(pdfcanvas.Canvas):
    """Holds the pages back until the end, so each footer can say "Page n of N".

    Each held page still counts in the PDF document, so outline entries made on it point to it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._doc.pageCounter += 1  # the next page's outline entries and links name the next page
        self._doc.inObject = None
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        self._doc.pageCounter = 1
        report = getattr(self, "_rmdesk_report", None)
        if report is not None:
            report.pages = total
        for state in self._pages:
            self.__dict__.update(state)
            if report is not None:
                report.number(self, self._pageNumber, total)
            super().showPage()
        super().save()


@dataclass(frozen=True)
class Written:
    """A report on disk, how many pages it has, and any characters no font could draw."""

    path: Path
    pages: int
    undrawn: frozenset[str] = frozenset()

    @property
    def note(self) -> str:
        """What the person exporting should know (empty when all went as typed)."""
        if not self.undrawn:
            return ""
        return i18n.translate(
            "ReportLayout",
            "{file}: no font on this computer draws {characters}; they print as empty boxes. "
            "Install a font for that script and export again.",
        ).format(file=self.path.name, characters=glyphs.describe(set(self.undrawn)))


class Report(BaseDocTemplate):
    """A4 or Letter pages: the client's logo and name with the report's title on top, a
    confidentiality line and "Page n of N" below, an outline of the sections, the language set."""

    def __init__(
        self,
        path: str,
        *,
        title: str,
        client: str,
        logo: bytes | None,
        paper: str = "A4",
        as_of: dt.date | None = None,
        language: str = "en",
        audience: str | None = None,
    ) -> None:
        """``audience``: whom the footer says the report is for (default: the client)."""
        fonts()
        size = PAGE_SIZES.get(paper, A4)
        super().__init__(
            path,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=22 * mm,
            bottomMargin=20 * mm,
            title=" ".join(title.split())[:500],
            author=" ".join(client.split())[:200] or "rmdesk",
            creator="rmdesk",
            lang=language or "en",
            initialFontName=FAMILY,
            initialFontSize=9.5,
        )
        self.client, self.as_of = " ".join(client.split()), as_of
        self.words = i18n.words(language)  # the footer's language: the report's, whoever writes it
        self.audience = " ".join(clean(audience).split()) if audience else ""
        self.logo = logo_reader(logo)
        self.marks = 0
        self.pages = 0  # known once built
        self.on_page: Callable[[int], None] | None = None  # told as each page is laid out
        frame = Frame(  # no inner padding: text and tables line up with the header and footer rules
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def handle_documentBegin(self) -> None:  # noqa: N802 - reportlab API
        super().handle_documentBegin()
        self.canv._rmdesk_report = self
        self.canv.showOutline()

    def outline(self, canvas: pdfcanvas.Canvas, title: str, level: int, left: float, top: float) -> None:
        self.marks += 1
        key = f"m{self.marks}"
        canvas.bookmarkHorizontalAbsolute(key, top, left=0)
        canvas.addOutlineEntry(short(title, 200) or ELLIPSIS, key, level=level, closed=level > 0)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
        mark = getattr(flowable, "_outline", None)
        if mark is not None:
            frame = self.frame
            self.outline(self.canv, mark[0], mark[1], frame._x, frame._y + flowable.height + 14)

    def _decorate(self, canvas: pdfcanvas.Canvas, doc: BaseDocTemplate) -> None:
        if self.on_page is not None:
            self.on_page(canvas.getPageNumber())
        width, height = self.pagesize
        right, top = width - MARGIN, height - 12 * mm
        canvas.saveState()
        canvas.setFillColor(MUTED)
        x = MARGIN
        if self.logo is not None:
            w, h = scaled(self.logo.getSize(), LOGO_BOX)
            canvas.drawImage(self.logo, x, top - 1.5 * mm, w, h, mask="auto")
            x += w + 3 * mm
        room, gap = right - x, 6 * mm
        client, title = self.client, " ".join(self.title.split())
        client_width, title_width = _width(client, BOLD, 8.5), _width(title, FAMILY, 8.5)
        if client_width + gap + title_width > room:  # shorten what is too long, the client last
            client = fit(client, BOLD, 8.5, max(room * 0.45, room - gap - title_width))
            title = fit(title, FAMILY, 8.5, room - gap - _width(client, BOLD, 8.5))
        draw_text(canvas, x, top, client, BOLD, 8.5)
        draw_text(canvas, right, top, title, FAMILY, 8.5, right=True)
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, height - 14 * mm, right, height - 14 * mm)
        canvas.line(MARGIN, 14 * mm, right, 14 * mm)
        said = self.words
        whom = self.audience or self.client or said.translate("ReportLayout", "the program team")
        today = _day(said, dt.date.today())
        dates = (
            said.translate("ReportLayout", "Figures as of {date}; printed {today}.").format(
                date=_day(said, self.as_of), today=today
            )
            if self.as_of
            else said.translate("ReportLayout", "Printed {today}.").format(today=today)
        )
        confidential = said.translate("ReportLayout", "Confidential: for {whom} only. {dates}")
        footer = confidential.format(whom=whom, dates=dates)
        room = right - MARGIN - stringWidth(self._page_of(9999, 9999), FAMILY, 7.5) - 8 * mm
        if _width(footer, FAMILY, 7.5) > room:
            bare = _width(confidential.format(whom="", dates=dates), FAMILY, 7.5)
            short = fit(whom, FAMILY, 7.5, max(room - bare, 30))
            footer = fit(confidential.format(whom=short, dates=dates), FAMILY, 7.5, room)
            footer = footer.replace(ELLIPSIS + ".", ELLIPSIS)  # a shortened name ends the sentence
        draw_text(canvas, MARGIN, 10 * mm, footer, FAMILY, 7.5)
        canvas.restoreState()

    def number(self, canvas: pdfcanvas.Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FAMILY, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(self.pagesize[0] - MARGIN, 10 * mm, self._page_of(page, total))
        canvas.restoreState()

    def _page_of(self, page: int, total: int) -> str:
        return self.words.translate("ReportLayout", "Page {page} of {total}").format(page=page, total=total)


def grid(cells: list[list[Flowable]], widths: Sequence[float]) -> Table:
    """Charts side by side, without rules."""
    result = Table(cells, colWidths=list(widths), hAlign="LEFT")
    result.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]
    )
    return result


def keep(*flowables: Flowable) -> KeepTogether:
    """Flowables that stay on one page when they fit on one."""
    return KeepTogether(list(flowables))


def write(path: Path, build: Callable[[str], int]) -> Written:
    """Build a PDF into a partial file beside ``path`` and rename it into place; ``build`` returns
    the number of pages."""
    partial = path.with_name(f".{path.name}.partial")
    seen: set[str] = set()
    token = glyphs.undrawn.set(seen)
    try:
        pages = build(str(partial))
        os.replace(partial, path)
    except OSError as error:  # named by the file the person asked for, not the hidden partial one
        raise type(error)(error.errno, error.strerror, str(path)) from None
    finally:
        glyphs.undrawn.reset(token)
        partial.unlink(missing_ok=True)
    return Written(path, pages, frozenset(seen))
