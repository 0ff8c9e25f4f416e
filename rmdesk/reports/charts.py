"""Charts for the PDFs, drawn with reportlab.graphics (bar charts, pies and their legends)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from rmdesk.reports.layout import ACCENT, INK, MUTED, SECOND, fonts

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


def bars(
    title: str,
    rows: Sequence[tuple[str, Sequence[float | None]]],
    series: Sequence[str],
    *,
    width: float,
    maximum: float | None = None,
    number: str = "%.1f",
) -> Drawing:
    """Horizontal bars, one group per row and one bar per series; missing values are left out."""
    family = fonts()
    count = max(len(rows), 1)
    per_row = 14 * max(len(series), 1) + 6
    legend_height = 16 if len(series) > 1 else 0
    height = 24 + legend_height + count * per_row
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName="DejaVu-Bold", fontSize=10, fillColor=INK))
    if not rows:
        drawing.add(String(0, height - 30, "No answers yet.", fontName=family, fontSize=9, fillColor=MUTED))
        return drawing
    chart = HorizontalBarChart()
    label_width = min(max(len(label) for label, _ in rows) * 5.2 + 8, width * 0.42)
    chart.x, chart.y = label_width, 4
    chart.width, chart.height = width - label_width - 40, count * per_row
    # reportlab draws the first series at the bottom of a group: feed them in reverse so the
    # first series reads first, top to bottom, as in the legend.
    order = list(reversed(range(len(series))))
    chart.data = [[values[i] for _, values in reversed(rows)] for i in order]  # None: no bar, no label
    chart.categoryAxis.categoryNames = [label for label, _ in reversed(rows)]
    chart.categoryAxis.labels.fontName = family
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin = 0
    top = maximum or max((v for _, values in rows for v in values if v is not None), default=1) or 1
    chart.valueAxis.valueMax = top
    chart.valueAxis.visible = False
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.barLabelFormat = number
    chart.barLabels.fontName = family
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    for position, index in enumerate(order):
        chart.bars[position].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[position].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = label_width, height - 24
        legend.fontName, legend.fontSize = family, 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 80
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, name in enumerate(series)]
        drawing.add(legend)
    return drawing


def pie(title: str, parts: Sequence[tuple[str, float]], *, width: float) -> Drawing:
    """A pie with its legend at the side (for shares such as employment types)."""
    family = fonts()
    height = 130.0
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName="DejaVu-Bold", fontSize=10, fillColor=INK))
    shown = [(label, value) for label, value in parts if value > 0]
    if not shown:
        drawing.add(String(0, height - 30, "No data yet.", fontName=family, fontSize=9, fillColor=MUTED))
        return drawing
    chart = Pie()
    chart.x, chart.y, chart.width, chart.height = 10, 8, 95, 95
    chart.data = [value for _, value in shown]
    chart.labels = None
    chart.slices.strokeColor = colors.white
    for index in range(len(shown)):
        chart.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(chart)
    total = sum(chart.data)
    legend = Legend()
    legend.x, legend.y = 125, height - 30
    legend.fontName, legend.fontSize = family, 8
    legend.alignment = "right"
    legend.columnMaximum = 12  # one column beside the pie
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], f"{label}: {value:g} ({value / total:.0%})")
        for i, (label, value) in enumerate(shown)
    ]
    drawing.add(legend)
    return drawing
