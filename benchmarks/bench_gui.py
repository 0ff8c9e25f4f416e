"""GUI figures on the 5,000-participant demo: the participants table and start-up.

Run: python benchmarks/bench_gui.py   (offscreen; ratios against baselines measured in this run)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from common import SCRATCH, report, timed

from rmdesk.demo import generate
from rmdesk.store import Document, queries

SIZE = 5000


def table_figures(path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from rmdesk.gui.app import application
    from rmdesk.gui.models import ParticipantTableModel, _none_last

    application()
    with Document.open(path, readonly=True) as doc:
        people = queries.people(doc, queries.programs(doc)[0].id)
    rows = people.people
    model = ParticipantTableModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    columns = model.columns

    def show() -> None:
        model.set_people(people)

    def baseline_show() -> None:
        [model.search_text(p) for p in rows]  # the one pass over the rows that showing needs

    report(
        f"table: show {SIZE:,} rows",
        timed(show),
        timed(baseline_show),
        "target within 3x of a list comprehension",
    )

    ratios = []
    for number, column in enumerate(columns):
        given = column.key
        key = (lambda p, k=given: _none_last(k(p))) if given else (lambda p, c=column: c.text(p).lower())

        def sort(number: int = number) -> None:
            model._keys.clear()  # measure the first sort by this column, not a cached one
            model.sort(number, Qt.SortOrder.AscendingOrder)

        def baseline_sort(key=key) -> None:
            sorted(rows, key=key)

        mine, base = timed(sort), timed(baseline_sort)
        ratios.append(mine / base)
        report(f"table: sort by {column.title}", mine, base, "target within 3x of sorted()")
    print(f"{'table: sort, worst column':<48} ratio {max(ratios):5.2f}x")

    texts = [model.search_text(p).lower() for p in rows]
    model.set_filter("")

    def typed(word: str = "sar") -> None:
        model.set_filter(word)

    def baseline_filter(word: str = "sar") -> None:
        [p for p, text in zip(rows, texts, strict=True) if word in text]

    report("table: filter by a typed word", timed(typed), timed(baseline_filter), "target within 3x")


BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1180, 760); w.show(); app.processEvents()
"""

RMDESK = """
import sys
from pathlib import Path
from rmdesk.gui.app import application
from rmdesk.gui.main_window import MainWindow
from rmdesk.store import Document
app = application()
w = MainWindow(); w.show_document(Document.open(Path(sys.argv[1]))); w.show(); app.processEvents()
assert w.participants.model.rowCount() > 0
w.close()
"""


def startup(path: Path) -> None:
    def run(code: str) -> float:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code, str(path)], check=True, capture_output=True)
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    Document.open(path).close()  # the snapshot of this file state exists, as after a first open
    report(
        "start to a usable window on the 5k file",
        run(RMDESK),
        run(BARE),
        "target within 2x of a bare PySide6 window, under 1.5 s",
    )


def main() -> None:
    path = SCRATCH / "big.rmdesk"
    generate(path, participants=SIZE)
    table_figures(path)
    startup(path)


if __name__ == "__main__":
    main()
