"""Charts for the PDFs, drawn with reportlab.graphics (bar charts, pies and their keys).

Labels are shortened to their room, a key lists only the series a chart draws, and a chart that
has nothing to draw says so in words.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from rmdesk.domain import i18n
from rmdesk.reports.glyphs import BOLD, font_for
from rmdesk.reports.layout import ACCENT, INK, MUTED, SECOND, fit, fonts, num, pct

PALETTE = (
    ACCENT,
    SECOND,
    colors.HexColor("#3f9f6f"),
    colors.HexColor("#9f3f6f"),
    colors.HexColor("#6f6f9f"),
    colors.HexColor("#9f9f3f"),
    colors.HexColor("#3f8f9f"),
    colors.HexColor("#bf5f3f"),
)


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts()  # never a standard font the PDF would not embed
    return drawing


def _label(text: str, font: str, size: float, width: float) -> tuple[str, str]:
    shown = fit(text, font, size, width)
    return shown, font_for(shown, font)


def _title(drawing: Drawing, title: str, width: float, y: float) -> None:
    text, font = _label(title, BOLD, 10, width)
    drawing.add(String(0, y, text, fontName=font, fontSize=10, fillColor=INK))


def bars(
    title: str,
    rows: Sequence[tuple[str, Sequence[float | None]]],
    series: Sequence[str],
    *,
    width: float,
    maximum: float | None = None,
    number: str = "%.1f",
    empty: str | None = None,
) -> Drawing:
    """Horizontal bars, one group per row and one bar per series; missing values are left out,
    and so is a series with no value at all (from the bars and from the key). ``number``: "%d" or
    "%.1f", the bars' figures as the language spoken writes them."""
    family = fonts()
    if empty is None:
        empty = i18n.translate("Charts", "No answers yet.")
    drawn = [i for i in range(len(series)) if any(values[i] is not None for _, values in rows)]
    series = [series[i] for i in drawn]
    rows = [(label, [values[i] for i in drawn]) for label, values in rows]
    count = max(len(rows), 1)
    per_row = 14 * max(len(series), 1) + 6
    legend_height = 16 if len(series) > 1 else 0
    height = 24 + legend_height + (count * per_row if rows and series else 12)
    drawing = _drawing(width, height)
    _title(drawing, title, width, height - 12)
    if not rows or not series:
        drawing.add(String(0, height - 30, empty, fontName=family, fontSize=9, fillColor=MUTED))
        return drawing
    chart = HorizontalBarChart()
    label_room = width * 0.42
    labels = [_label(label, family, 8, label_room - 8) for label, _ in rows]
    label_width = min(max(stringWidth(text, font, 8) for text, font in labels) + 10, label_room)
    chart.x, chart.y = label_width, 4
    chart.width, chart.height = width - label_width - 40, count * per_row
    # reportlab draws the first series at the bottom of a group: feed them in reverse so the
    # first series reads first, top to bottom, as in the key.
    order = list(reversed(range(len(series))))
    chart.data = [[values[i] for _, values in reversed(rows)] for i in order]  # None: no bar, no label
    chart.categoryAxis.categoryNames = [text for text, _ in reversed(labels)]
    chart.categoryAxis.labels.fontName = family
    for index, (_, font) in enumerate(reversed(labels)):
        if font != family:
            chart.categoryAxis.labels[index].fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin = 0
    top = maximum or max((v for _, values in rows for v in values if v is not None), default=1) or 1
    chart.valueAxis.valueMax = top
    chart.valueAxis.visible = False
    chart.valueAxis.labels.fontName = family
    chart.barSpacing = 1
    chart.groupSpacing = 6
    decimals = 0 if number == "%d" else 1
    chart.barLabelFormat = lambda value: num(value, decimals)
    chart.barLabels.fontName = family
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    for position, index in enumerate(order):
        chart.bars[position].fillColor = PALETTE[drawn[index] % len(PALETTE)]
        chart.bars[position].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = label_width, height - 24
        legend.fontName, legend.fontSize = family, 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = min(
            max(80, *(len(name) * 5.2 + 30 for name in series)), (width - label_width) / len(series)
        )
        legend.colorNamePairs = [
            (PALETTE[drawn[i] % len(PALETTE)], fit(name, family, 8, width / len(series) - 30))
            for i, name in enumerate(series)
        ]
        drawing.add(legend)
    return drawing


def pie(title: str, parts: Sequence[tuple[str, float]], *, width: float) -> Drawing:
    """A pie with its key at the side (for shares such as employment types)."""
    family = fonts()
    shown = [(label, value) for label, value in parts if value > 0]
    height = 130.0 if shown else 40.0
    drawing = _drawing(width, height)
    _title(drawing, title, width, height - 12)
    if not shown:
        nothing = i18n.translate("Charts", "No data yet.")
        drawing.add(String(0, height - 30, nothing, fontName=family, fontSize=9, fillColor=MUTED))
        return drawing
    chart = Pie()
    chart.x, chart.y, chart.width, chart.height = 8, 12, 82, 82
    chart.data = [value for _, value in shown]
    chart.labels = None
    chart.slices.strokeColor = colors.white
    for index in range(len(shown)):
        chart.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(chart)
    total = sum(chart.data)
    legend = Legend()
    legend.x, legend.y = 102, height - 30
    legend.fontName, legend.fontSize = family, 8
    legend.alignment = "right"
    legend.columnMaximum = 12  # one column beside the pie
    legend.colorNamePairs = [
        (
            PALETTE[i % len(PALETTE)],
            fit(f"{label}: {num(value)} ({pct(value / total)})", family, 8, width - 122),
        )
        for i, (label, value) in enumerate(shown)
    ]
    drawing.add(legend)
    return drawing
