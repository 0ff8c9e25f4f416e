"""The first letter typed in the search box of the record pages (goals, meetings, evaluations) on
the demo file, until the table has repainted, against a bare search of the same rows.

Run: python benchmarks/bench_search.py [--participants N] [--rounds K]   (offscreen)

- rmdesk: the page freshly loaded (its search texts not built yet, as after opening it), then "a"
  typed in its search box until the table has painted: each row's search text is made from what
  its cells show (labels in the language spoken, topics and average answers decoded) and searched.
- baseline: the rows of the page's bare SELECT (``bare.GOALS`` / ``MEETINGS`` / ``EVALUATIONS``,
  read before the clock, their values as stored), each row's values joined and lower-cased, a list
  comprehension keeping those holding "a", a plain ``QTableView`` reset with them and repainted.

Target within 3x (the participants' typed-letter filter's target; what the page works out to
show its cells is rmdesk's cost).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bare
import painting
from bench_pages import Window, per_section
from common import SIZE, Figure, arguments, bare_connect, figure, print_figures

ROUNDS = 7
PAGES = {"Goals": bare.GOALS, "Meetings": bare.MEETINGS, "Evaluations": bare.EVALUATIONS}


def search_figure(win: Window, section: str, size: int, rounds: int) -> Figure:
    window, watch = win.window, win.watch
    window.navList.setCurrentRow(win.sections.index(section))
    page = window.pages.currentWidget()
    parts = painting.shown_parts(page)
    watch.settle(parts)
    found: list[int] = []

    @contextmanager
    def typed() -> Iterator[Callable[[], object]]:
        page.searchEdit.clear()
        page.set_document(window.document, window.program)  # loaded afresh: no search text yet
        watch.settle(parts)
        watch.clear()

        def work() -> None:
            page.searchEdit.setText("a")
            watch.wait(parts)

        yield work
        found.append(page.model.rowCount())

    conn = bare_connect(win.path, writing=False)
    try:
        rows = conn.execute(PAGES[section], bare.context(conn)).fetchall()
    finally:
        conn.close()
    size_of = page.size()
    plain = bare.table_window(rows, size_of.width(), size_of.height())
    listed = plain.models[0]

    @contextmanager
    def bare_search() -> Iterator[Callable[[], object]]:
        listed.set_rows(rows)
        watch.settle(plain.parts())
        watch.clear()

        def work() -> None:
            texts = [" ".join("" if v is None else str(v) for v in row).lower() for row in rows]
            listed.set_rows([row for row, text in zip(rows, texts, strict=True) if "a" in text])
            watch.wait(plain.parts())

        yield work

    try:
        made = figure(
            f"{section.lower()}: first search",
            typed,
            bare_search,
            rounds,
            target="3x",
            within=3.0,
            size=size,
            baseline_is="the page's bare SELECT rows (read before the clock) joined and lower-cased, a list "
            "comprehension keeping those holding the letter; a plain QTableView reset + repainted",
        )
    finally:
        plain.close()
    made.note = (
        f"'a' typed on the page freshly loaded: {found[-1]:,} of {len(rows):,} rows shown" if found else ""
    )
    return made


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    names = {section: f"{section.lower()}: first search" for section in PAGES}
    return per_section(size, "search", names, lambda win, s: search_figure(win, s, size, rounds or ROUNDS))


growth = figures


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
