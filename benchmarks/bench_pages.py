"""Each page of the window opened on the demo file, against a bare SELECT of the same rows shown
in plain Qt views.

Run: python benchmarks/bench_pages.py [--participants N] [--rounds K] [--page NAME...]

rmdesk (A): the real main window (1920x1080 offscreen screen). Each round opens the file afresh
(untimed: nothing read before, as after File > Open), lets the window land on the participants
page (or on the reports page, when the participants page is the one measured), paint and do
what it does a moment after showing a file (the retention notice); the clock then runs from the
click in the side navigation (``navList.setCurrentRow``) until every item view and chart of the
page in sight has painted. The page is built once before the rounds; its first visit in the
process (building the page, importing its module) is told in the note.

Bare (B): :mod:`bare` says, per page, the bare SELECT of the rows the page shows (on a fresh
``sqlcipher3`` connection each round, untimed to open), the models reset with them, and the
views brought in sight in a plain window of the page's size, until painted. Rows shown by both
sides are counted, and a difference is told.

Target: within 2x of the baseline, and under 100 ms (under 400 ms at 20,000 people).
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import bare
import painting
from common import SIZE, Figure, arguments, bare_connect, collect, copy_of, demo, figure, print_figures

ROUNDS = 7
LANDING = 0  # the participants page: where a window opening a file lands


def limit(size: int) -> float:
    """The page target: 100 ms at the reference size, 400 ms from 20,000 people."""
    return 0.4 if size >= 20_000 else 0.1


def table_texts(root: Any) -> list[tuple[str, ...]]:
    """Every cell's text of the first table in sight of ``root`` (what the page shows)."""
    from PySide6.QtWidgets import QTableView

    for view in root.findChildren(QTableView):
        if view.isVisible():
            model = view.model()
            columns = model.columnCount()
            return [
                tuple(str(model.index(r, c).data() or "") for c in range(columns))
                for r in range(model.rowCount())
            ]
    return []


def chart_rows(root: Any) -> list[tuple[str, list[tuple[str, list[float | None]]]]]:
    """Every chart's title and rows (label, values) as the page drew them."""
    return [
        (str(w.title), list(w.rows))
        for w in root.findChildren(object)
        if hasattr(w, "rows") and hasattr(w, "title") and hasattr(w, "set_rows")
    ]


class Window:
    """rmdesk's main window, opening a fresh copy of the file for every round."""

    def __init__(self, path: Path) -> None:
        from rmdesk.gui.main_window import SECTIONS, MainWindow

        self.app = painting.app()
        self.path = path
        self.sections = [name for name, _, _ in SECTIONS]
        self.window = MainWindow()
        self.window.resize(1600, 950)
        self.window.show()
        self.watch = painting.PaintWatch()

    def reopen(self, landing: int) -> Any:
        """Close the file and open it again (nothing read yet), landing on section ``landing``."""
        from rmdesk.gui.main_window import AFTER_SHOWN
        from rmdesk.store import Document

        window = self.window
        window.close_document()
        window.navList.setCurrentRow(landing)
        window.show_document(Document.open(self.path, snapshot=False))
        self.watch.settle(painting.shown_parts(window.pages.currentWidget()))
        # What the window does once a file has been shown (the retention notice), done before the
        # click, as for someone who looks at the window a moment before choosing a page.
        painting.pause(AFTER_SHOWN / 1000 + 0.05)
        return window.document

    def click(self, row: int) -> Callable[[], object]:
        """The work of one visit: the click, then events until the page in sight has painted."""
        window, watch = self.window, self.watch

        def work() -> None:
            window.navList.setCurrentRow(row)
            watch.wait(painting.shown_parts(window.pages.currentWidget()))

        return work

    def close(self) -> None:
        self.window.close_document()
        self.window.close()


def per_section(
    size: int, copy_name: str, names: dict[str, str], measure: Callable[[Window, str], Figure]
) -> list[Figure]:
    """``measure(window, section)`` for each section of ``names`` (section: figure name), in one
    window on a copy of the demo file; a figure that fails is kept as a failure."""
    found: list[Figure] = []
    win = Window(copy_of(demo(size), f"{copy_name}-{size}.rmdesk"))
    try:
        win.reopen(0)
        for section, name in names.items():
            collect(found, name, lambda section=section: measure(win, section), size)
    finally:
        win.close()
    return found


def page_figure(win: Window, row: int, size: int, rounds: int) -> Figure:
    name = win.sections[row]
    spec = bare.PAGES.get(name)
    landing = LANDING if row != LANDING else len(win.sections) - 1

    # The first visit in this process: the page is built (its module imported) and loaded.
    doc = win.reopen(landing)
    statements: list[str] = []
    doc.conn.set_trace_callback(statements.append)
    started = time.perf_counter()
    win.watch.clear()
    win.click(row)()
    first = time.perf_counter() - started
    doc.conn.set_trace_callback(None)
    page = win.window.pages.currentWidget()
    shown = painting.rows_shown(page) if spec.layout != "bars" else sum(len(c) for _, c in chart_rows(page))
    selects = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    prepared: dict[str, Any] = {}
    if name == "Alerts":
        prepared["rows"] = table_texts(page)
    if name == "Dashboard":
        prepared["sql"] = selects
        prepared["rows"] = chart_rows(page)
    if spec is None:
        texts = table_texts(page)
        spec = dataclasses.replace(bare.GENERIC, columns=max((len(t) for t in texts[:1]), default=1))
        prepared = {"sql": selects, "rows": texts}
    size_of = page.size()

    @contextmanager
    def visit() -> Iterator[Callable[[], object]]:
        win.reopen(landing)
        win.watch.clear()
        yield win.click(row)

    plain = bare.BareWindow(spec, size_of.width(), size_of.height())
    conn = bare_connect(win.path, writing=False)
    ctx = bare.context(conn)
    conn.close()
    counted: list[int] = []

    @contextmanager
    def bare_visit() -> Iterator[Callable[[], object]]:
        plain.park()
        win.watch.settle()
        conn = bare_connect(win.path, writing=False)

        def work() -> None:
            panes = spec.read(conn, ctx, prepared)
            plain.show(panes)
            win.watch.wait(plain.parts())
            counted.append(spec.count(panes))

        try:
            yield work
        finally:
            conn.close()

    try:
        made = figure(
            f"page: {name.lower()}",
            visit,
            bare_visit,
            rounds,
            target=f"2x, <{limit(size) * 1000:.0f} ms",
            within=2.0,
            limit=limit(size),
            size=size,
            baseline_is=spec.says,
        )
    finally:
        plain.close()
    rows_note = (
        f"{shown:,} rows shown"
        if counted and counted[-1] == shown
        else (f"rows shown: rmdesk {shown:,}, bare {counted[-1] if counted else 0:,} (they differ)")
    )
    made.note = (
        f"{rows_note}; {len(selects)} SELECTs; first visit in the process (page built) {first * 1000:.0f} ms"
    )
    return made


def figures(size: int = SIZE, rounds: int | None = None, pages: list[str] | None = None) -> list[Figure]:
    """Every page opened (or those named in ``pages``), at ``size`` participants."""
    rounds = rounds or ROUNDS
    painting.app()
    path = copy_of(demo(size), f"pages-{size}.rmdesk")
    win = Window(path)
    found: list[Figure] = []
    try:
        for row, name in enumerate(win.sections):
            if pages and not any(p.lower() in name.lower() for p in pages):
                continue
            collect(found, f"page: {name.lower()}", lambda row=row: page_figure(win, row, size, rounds), size)
    finally:
        win.close()
    return found


growth = figures


def main() -> None:
    args = arguments(__doc__.splitlines()[0], extra=[("--page", {"nargs": "*", "help": "pages to open"})])
    print_figures(figures(args.participants, args.rounds, args.page))


if __name__ == "__main__":
    main()
