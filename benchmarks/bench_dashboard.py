"""The dashboard on the demo file: its figures, and the page refreshed with them.

Run: python benchmarks/bench_dashboard.py [--participants N] [--rounds K]

The baseline of both is the same SQL the dashboard runs, run bare: the statements are
recorded (``set_trace_callback``, values bound in) while rmdesk works them out once, then
replayed on a fresh ``sqlcipher3`` connection each round, every row fetched. What rmdesk does
with the rows in Python (as-of dates, the stages asked, means of answered of asked) is its cost.

- figures: ``dashboard.figures(doc, program)`` on a file just opened read-only (nothing read
  before). Target: not stated; the ratio is the Python work on top of the reads.
- the page refreshed: ``page.reload()`` on the shown dashboard (1430x900, offscreen) until
  its charts have painted; baseline: the same SQL replayed plus one plain widget painting the
  same bars and labels. Target within 2x, under 100 ms (the page target).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import bare
import painting
from common import SIZE, Figure, arguments, bare_connect, collect, copy_of, demo, figure, print_figures

from rmdesk.store import Document, queries
from rmdesk.store.dashboard import figures as dashboard_figures

ROUNDS = 9


def recorded(doc: Document, work: Callable[[], object]) -> list[str]:
    """The SELECT statements ``work`` runs on ``doc``'s connection, with their values."""
    statements: list[str] = []
    doc.conn.set_trace_callback(statements.append)
    try:
        work()
    finally:
        doc.conn.set_trace_callback(None)
    return [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]


@contextmanager
def replay(path: Path, statements: list[str]) -> Iterator[Callable[[], object]]:
    """The statements run on a fresh bare connection (opened and closed untimed)."""
    conn = bare_connect(path, writing=False)

    def work() -> None:
        for sql in statements:
            conn.execute(sql).fetchall()

    try:
        yield work
    finally:
        conn.close()


def figures_figure(path: Path, size: int, rounds: int) -> Figure:
    with Document.open(path, readonly=True) as doc:
        program = queries.programs(doc)[0]
        statements = recorded(doc, lambda: dashboard_figures(doc, program))

    @contextmanager
    def mine() -> Iterator[Callable[[], object]]:
        with Document.open(path, readonly=True) as doc:
            yield lambda: dashboard_figures(doc, program)

    return figure(
        "dashboard: figures (as of today)",
        mine,
        lambda: replay(path, statements),
        rounds,
        target="",
        size=size,
        baseline_is=f"the same {len(statements)} SELECTs replayed on a bare sqlcipher3 connection, "
        "every row fetched",
    )


def page_figure(path: Path, size: int, rounds: int) -> Figure:
    from bench_pages import chart_rows

    from rmdesk.gui.pages.dashboard import DashboardPage

    painting.app()
    doc = Document.open(path, readonly=True)
    program = queries.programs(doc)[0]
    page = DashboardPage()
    page.resize(1430, 900)
    page.show()
    watch = painting.PaintWatch()
    statements = recorded(doc, lambda: page.set_document(doc, program))
    watch.settle(painting.shown_parts(page))
    charts: Any = chart_rows(page)
    plain = bare.BareWindow(bare.PAGES["Dashboard"], 1430, 900)

    @contextmanager
    def refresh() -> Iterator[Callable[[], object]]:
        doc.forget_reads()  # as after an edit elsewhere: nothing kept from the last reading
        watch.settle()
        watch.clear()

        def work() -> None:
            page.reload()
            watch.wait(painting.shown_parts(page))

        yield work

    @contextmanager
    def bare_refresh() -> Iterator[Callable[[], object]]:
        with replay(path, statements) as run:
            watch.settle()
            watch.clear()

            def work() -> None:
                run()
                plain.show([charts])
                watch.wait(plain.parts())

            yield work

    try:
        return figure(
            "dashboard: the page refreshed",
            refresh,
            bare_refresh,
            rounds,
            target="2x, <100 ms",
            within=2.0,
            limit=0.1,
            size=size,
            baseline_is=f"the same {len(statements)} SELECTs replayed bare + one plain widget painting "
            f"the same {sum(len(c) for _, c in charts)} bars and labels",
        )
    finally:
        plain.close()
        page.close()
        doc.close()


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    path = copy_of(demo(size), f"dashboard-{size}.rmdesk")
    Document.open(path, readonly=True).close()
    found: list[Figure] = []
    collect(
        found, "dashboard: figures (as of today)", lambda: figures_figure(path, size, rounds or ROUNDS), size
    )
    collect(found, "dashboard: the page refreshed", lambda: page_figure(path, size, rounds or ROUNDS), size)
    return found


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
