"""Report figures against a bare reportlab document of the same content, rounds interleaved.

The baseline is built with plain reportlab from the report's content taken out beforehand (every
paragraph's text, every table's cells and column widths, every chart's numbers): the same tables
and charts on the same paper, without what rmdesk adds (reading the file and working out the
figures, header and footer with "Page n of N", the outline, fitting text, looking for fonts).
Both write a file in the same folder.

- One pair report (of the first active pair): target within 1.2x of the baseline.
- The program report of the demo file (about 2,500 pairs at 5,000 participants): target within
  1.3x of the baseline and under 5 s.

Run: python benchmarks/bench_reports.py [--participants N] [--rounds K] [--only pair|program]
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from common import SCRATCH, SIZE, Figure, arguments, collect, demo, figure, print_figures
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from rmdesk.domain import Pair
from rmdesk.reports.facts import pair_facts
from rmdesk.reports.layout import fonts, styles
from rmdesk.reports.pair_report import pair_story, write_pair_report
from rmdesk.reports.program_report import program_story, write_program_report
from rmdesk.store import Document, queries

AS_OF = dt.date(2026, 11, 29)
WIDTH = A4[0] - 36 * mm


def content(story: list[Flowable]) -> list[tuple[Any, ...]]:
    """What a story shows, as plain data: paragraphs' markup, tables' cells, charts' numbers."""
    out: list[tuple[Any, ...]] = []
    for item in story:
        if isinstance(item, KeepTogether):
            out += content(item._content)
        elif isinstance(item, Paragraph):
            out.append(("p", item.text, item.style.name))
        elif isinstance(item, Table):
            cells = [[_cell(c) for c in row] for row in item._cellvalues]
            out.append(("t", cells, list(item._colWidths)))
        elif isinstance(item, Drawing):
            out.append(_chart(item))
    return out


def _cell(value: Any) -> Any:
    if isinstance(value, Paragraph):
        return ("p", value.text, value.style.name)
    if isinstance(value, Drawing):
        return _chart(value)
    if isinstance(value, list):
        return " ".join(v.text for v in value if isinstance(v, Paragraph))
    return str(value)


def _chart(drawing: Drawing) -> tuple[Any, ...]:
    for shape in drawing.contents:
        if isinstance(shape, HorizontalBarChart):
            return ("bars", drawing.width, drawing.height, shape.data, list(shape.categoryAxis.categoryNames))
        if isinstance(shape, Pie):
            return ("pie", drawing.width, drawing.height, shape.data)
    return ("empty", drawing.width, drawing.height)


def bare(parts: list[tuple[Any, ...]], path: Path) -> None:
    """The same content as a plain reportlab document."""
    style = styles()
    story: list[Flowable] = []
    for part in parts:
        if part[0] == "p":
            story.append(Paragraph(part[1], style[part[2]]))
        elif part[0] == "t":
            cells = [
                [
                    Paragraph(c[1], style[c[2]])
                    if isinstance(c, tuple) and c[0] == "p"
                    else _bare_chart(c)
                    if isinstance(c, tuple)
                    else c
                    for c in row
                ]
                for row in part[1]
            ]
            grid = Table(cells, colWidths=part[2], repeatRows=1, splitInRow=1)
            grid.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), "DejaVu", 8.5, 11),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#cbd2d9"),
                        ("FONTNAME", (0, 0), (-1, 0), "DejaVu-Bold"),
                        ("BACKGROUND", (0, 0), (-1, 0), "#f0f4f8"),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.8, "#2f6f9f"),
                    ]
                )
            )
            story.append(grid)
        else:
            story.append(_bare_chart(part))
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
    )
    doc.build(story)


def _bare_chart(part: tuple[Any, ...]) -> Flowable:
    drawing = Drawing(part[1], part[2])
    drawing.initialFontName = "DejaVu"
    if part[0] == "bars":
        chart = HorizontalBarChart()
        chart.x, chart.y, chart.width, chart.height = part[1] * 0.4, 4, part[1] * 0.5, part[2] - 30
        chart.data = part[3]
        chart.categoryAxis.categoryNames = part[4]
        chart.categoryAxis.labels.fontName = chart.barLabels.fontName = "DejaVu"
        chart.valueAxis.labels.fontName = "DejaVu"
        chart.barLabelFormat = "%.1f"
        drawing.add(chart)
    elif part[0] == "pie":
        chart = Pie()
        chart.x, chart.y, chart.width, chart.height = 10, 8, 95, 95
        chart.data = part[3]
        chart.labels = None
        drawing.add(chart)
    return drawing


def run(name: str, path: Path, measured: Any, baseline: Any, rounds: int, size: int, **kw: Any) -> Figure:
    """Rounds of ``measured(doc)`` and ``baseline()`` in turn; each round of the report opens the
    file afresh (untimed), as an export does, so nothing read by an earlier round is reused."""

    @contextmanager
    def a() -> Iterator[Any]:
        with Document.open(path, readonly=True) as doc:
            yield lambda: measured(doc)

    @contextmanager
    def b() -> Iterator[Any]:
        yield baseline

    return figure(name, a, b, rounds, size=size, **kw)


BARE = (
    "plain reportlab (SimpleDocTemplate) of the same paragraphs, tables and charts, no header/footer, "
    "outline or fonts looked for"
)


def pair_figure(size: int, rounds: int) -> Figure:
    path = demo(size)
    with Document.open(path, readonly=True) as doc:
        pair = doc.all(Pair, "status = 'active'")[0]
        parts = content(pair_story(pair_facts(doc, pair.id, AS_OF), WIDTH))
    return run(
        "pair report",
        path,
        lambda doc: write_pair_report(doc, pair.id, SCRATCH / "pair.pdf", today=AS_OF),
        lambda: bare(parts, SCRATCH / "pair-bare.pdf"),
        rounds,
        size,
        target="1.2x",
        within=1.2,
        baseline_is=BARE,
        note="read, lay out, write the file",
    )


def program_figure(size: int, rounds: int) -> Figure:
    path = demo(size)
    with Document.open(path, readonly=True) as doc:
        program = queries.programs(doc)[0]
        pairs = doc.counts()["pairs"]
        parts = content(program_story(doc, program, WIDTH, AS_OF, lambda percent: None))
    pages: list[int] = []
    made = run(
        "program report",
        path,
        lambda doc: pages.append(
            write_program_report(doc, program, SCRATCH / "program.pdf", today=AS_OF).pages
        ),
        lambda: bare(parts, SCRATCH / "program-bare.pdf"),
        rounds,
        size,
        target="1.3x, <5 s",
        within=1.3,
        limit=5.0,
        baseline_is=BARE,
    )
    made.note = f"{pairs:,} pairs, {pages[-1]} pages; slowest round {max(made.measured):.2f} s"
    return made


def figures(size: int = SIZE, rounds: int | None = None, only: str | None = None) -> list[Figure]:
    fonts()
    found: list[Figure] = []
    if only != "program":
        collect(found, "pair report", lambda: pair_figure(size, rounds or 21), size)
    if only != "pair":
        collect(found, "program report", lambda: program_figure(size, rounds or 7), size)
    return found


def main() -> None:
    args = arguments(
        __doc__.splitlines()[0],
        extra=[("--only", {"choices": ["pair", "program"], "help": "one figure only"})],
    )
    print_figures(figures(args.participants, args.rounds, args.only))


if __name__ == "__main__":
    main()
