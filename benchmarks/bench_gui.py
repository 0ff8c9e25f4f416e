"""The window on the demo file: start-up, the participants table sorted and filtered, and the
memory a window takes once every page has been visited.

Run: python benchmarks/bench_gui.py [--participants N] [--rounds K]   (offscreen, 1920x1080)

- start-up: a fresh child process from its spawn until its first paint of a table holding
  rows, through rmdesk's own ``run(path)`` (open the file for editing, lock, checks, the
  participants page); the file was opened once before (its snapshot exists and it is known
  to hold the contract, as at every start after the first). Baseline: a fresh child process
  from spawn until a bare PySide6 ``QMainWindow`` of the same size has painted. Both children
  watch paint events the same way: on the first window shown and its item views' viewports
  (an application-wide Python filter would cost the program what it never pays). Target
  within 2x.
- sort: the participants page as it opens (default filter "Active people"), then a first sort
  by each of its 12 columns (``model.sort``, what a header click calls) until the table has
  repainted; one round sorts by every column in turn. Baseline: the same rows as tuples (the
  role and paired columns joined in, as a bare SELECT gives them), the page's default filter
  as a list comprehension, ``sorted(rows, key=itemgetter(i))``, a plain QTableView over a
  minimal model reset with them and repainted; column by column, in turn with rmdesk.
- filter: a typed letter in the search box ("sa" then "r") until the table has repainted.
  Baseline: a list comprehension over the same rows and their lower-case search texts
  (prepared, as the model prepares them) with the default filter, reset + repaint.
  Targets within 3x.
- memory: a child process opens the file in the window and visits every page (until each
  has painted); its peak resident memory. Baseline: a child process with a bare window per
  page holding the same rows (the bare SELECTs of ``bench_pages``) in minimal models, each
  shown and painted. Target within 1.5x.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import bare
import painting
from common import SCRATCH, SIZE, Figure, arguments, collect, copy_of, demo, figure, print_figures

HERE = Path(__file__).parent
ROUNDS = 7
CHILD_ROUNDS = 5
CHILD_TIMEOUT = 120

# What the children run: the paint watcher (told what to watch by RMDESK_BENCH_WATCH), then the
# program: rmdesk's own run(path), a bare window, or a bare window showing the participants' table.
START_RMDESK = (
    painting.WATCH_HOOK
    + """
from pathlib import Path
from rmdesk.gui.app import run
sys.exit(run(Path(sys.argv[1])))
"""
)
START_BARE = painting.WATCH_HOOK + painting.BARE_WINDOW

# The same start-up, bare: a plain connection, the participants page's bare SELECT (bare.PEOPLE),
# a minimal model, a QTableView beside a list of the eleven sections, a menu bar; no rmdesk code.
START_TABLE = (
    painting.WATCH_HOOK
    + """
import sqlcipher3
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QMainWindow, QTableView, QWidget

app = QApplication.instance() or QApplication(sys.argv[:1])

path, sql, width, height = sys.argv[1], sys.argv[2], *(int(v) for v in sys.argv[3].split("x"))
conn = sqlcipher3.connect(path)
program = conn.execute("SELECT id FROM programs ORDER BY start_date DESC, name LIMIT 1").fetchone()[0]
rows = conn.execute(sql, {"program": program}).fetchall()

class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return len(rows)
    def columnCount(self, parent=QModelIndex()):
        return len(rows[0]) if rows else 0
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            value = rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

window = QMainWindow()
window.resize(width, height)
for menu in ("File", "Edit", "Program", "View", "Help"):
    window.menuBar().addMenu(menu)
central = QWidget()
layout = QHBoxLayout(central)
sections = QListWidget()
sections.addItems([f"Section {i}" for i in range(11)])
table = QTableView()
model = Model()
table.setModel(model)
layout.addWidget(sections)
layout.addWidget(table)
window.setCentralWidget(central)
window.show()
sys.exit(app.exec())
"""
)


def child_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """The children's environment: compiled modules cached (in the scratch folder) as an installed
    program has them, even where the shell says not to write them: the warm-up round writes them."""
    given = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**given, "PYTHONPYCACHEPREFIX": str(SCRATCH / "pycache"), **(env or {})}


def child(code: str, *args: str, env: dict[str, str] | None = None) -> tuple[float, list[str]]:
    """Seconds from spawning ``python -c code`` until it prints its first line, and its output."""
    errors = SCRATCH / "child-stderr.txt"
    with errors.open("w") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=child_env(env),
            cwd=SCRATCH,  # never the working tree's folder first on sys.path
        )
        assert process.stdout is not None
        first = process.stdout.readline()
        elapsed = time.perf_counter() - started
        try:
            rest, _ = process.communicate(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            rest, _ = process.communicate()
    lines = [x for x in [first.strip(), *rest.split("\n")] if x]
    if not first.startswith(("painted", "memory")):
        told = [x for x in errors.read_text().splitlines() if x.strip() and "propagateSizeHints" not in x]
        raise RuntimeError(f"the child process said {' / '.join(lines + told[-1:])[:300]!r}")
    return elapsed, lines


def in_turn(name: str, a: Callable[[], float], b: Callable[[], float], rounds: int, **kw: Any) -> Figure:
    """A figure of values ``a()`` and ``b()`` taken in turn (one warm-up pair, not counted)."""
    a()
    b()
    measured, baseline = [], []
    for _ in range(rounds):
        measured.append(a())
        baseline.append(b())
    return Figure(name, measured, baseline, load=os.getloadavg()[0], **kw)


def startup_figure(size: int, rounds: int, *, table: bool = False) -> Figure:
    """Start-up against a bare window of the same size, or (``table``) against the bare
    equivalent of what the user sees: a window showing the same rows."""
    from rmdesk.store import Document

    path = copy_of(demo(size), f"start-{size}.rmdesk")
    Document.open(path).close()  # as after a first open: the snapshot taken, the file known to be whole
    window: list[str] = []

    def rmdesk() -> float:
        seconds, lines = child(START_RMDESK, str(path), env={"RMDESK_BENCH_WATCH": "rows"})
        window[:] = lines[0].split()[1:]
        return seconds

    def plain() -> float:
        shape = "x".join(window or ["1180", "760"])
        if table:
            return child(START_TABLE, str(path), bare.PEOPLE, shape, env={"RMDESK_BENCH_WATCH": "rows"})[0]
        return child(START_BARE, shape, env={"RMDESK_BENCH_WATCH": "window"})[0]

    if table:
        name = "start-up, against a bare window with the same table"
        baseline_is = (
            "a fresh child process from spawn until a bare PySide6 QMainWindow of the same size, with a "
            "menu bar, a list of the eleven sections and a QTableView over a minimal model of the "
            "participants page's bare SELECT (a plain sqlcipher3 connection), has painted its rows"
        )
    else:
        name = "start-up to a painted window"
        baseline_is = (
            "a fresh child process from spawn until a bare PySide6 QMainWindow of the same size has painted"
        )
    made = in_turn(name, rmdesk, plain, rounds, target="2x", within=2.0, size=size, baseline_is=baseline_is)
    made.note = (
        f"spawn to the first paint of the participants table with its rows, through rmdesk's run() "
        f"(window {'x'.join(window)})"
    )
    return made


MEMORY_RMDESK = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
import painting
from pathlib import Path
app = painting.app()
from rmdesk.gui.main_window import SECTIONS, MainWindow
from rmdesk.store import Document
window = MainWindow()
window.resize(1600, 950)
window.show()
window.show_document(Document.open(Path(sys.argv[2]), snapshot=False))
watch = painting.PaintWatch()
watch.settle(painting.shown_parts(window.pages.currentWidget()))
for row in range(len(SECTIONS)):
    if row == window.navList.currentRow():
        continue  # the page the window opened on: shown and painted already
    window.navList.setCurrentRow(row)
    watch.clear()
    watch.wait(painting.shown_parts(window.pages.currentWidget()))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"memory {peak:.1f}", flush=True)
# What the bare windows need and cannot work out bare: the alerts' texts, the dashboard's SQL and
# bars, and for a page bare.py does not describe, its SQL and its table's texts.
import bare
import bench_pages
prepared = {"sections": [name for name, _, _ in SECTIONS]}
for row, (name, _, _) in enumerate(SECTIONS):
    page = window.section(row)
    window.navList.setCurrentRow(row)
    if name == "Alerts":
        prepared[name] = {"rows": bench_pages.table_texts(page)}
    if name == "Dashboard" or name not in bare.PAGES:
        statements = []
        window.document.conn.set_trace_callback(statements.append)
        page.set_document(window.document, window.program)
        window.document.conn.set_trace_callback(None)
        selects = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
        rows = bench_pages.chart_rows(page) if name == "Dashboard" else bench_pages.table_texts(page)
        prepared[name] = {"sql": selects, "rows": rows}
Path(sys.argv[3]).write_text(json.dumps(prepared))
window.close_document()
"""

MEMORY_BARE = """
import dataclasses, json, resource, sys
sys.path.insert(0, sys.argv[1])
import painting
painting.offscreen()
from pathlib import Path
from PySide6.QtWidgets import QApplication
import bare
from common import bare_connect
app = QApplication(sys.argv[:1])
prepared = json.loads(Path(sys.argv[3]).read_text())
conn = bare_connect(Path(sys.argv[2]), writing=False)
ctx = bare.context(conn)
watch = painting.PaintWatch()
kept = []
for name in prepared["sections"]:
    spec = bare.PAGES.get(name)
    if spec is None:
        rows = prepared[name]["rows"]
        spec = dataclasses.replace(bare.GENERIC, columns=max((len(r) for r in rows[:1]), default=1))
    window = bare.BareWindow(spec, 1430, 900)
    window.show(spec.read(conn, ctx, prepared.get(name, {})))
    watch.clear()
    watch.wait(window.parts())
    kept.append(window)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"memory {peak:.1f}", flush=True)
"""


def memory_figure(size: int, rounds: int) -> Figure:
    path = copy_of(demo(size), f"memory-{size}.rmdesk")
    prepared = SCRATCH / f"memory-{size}.json"

    def mib(code: str) -> float:
        _, lines = child(code, str(HERE), str(path), str(prepared))
        return float(lines[0].split()[1])

    return in_turn(
        "memory after visiting every page",
        lambda: mib(MEMORY_RMDESK),
        lambda: mib(MEMORY_BARE),
        rounds,
        target="1.5x",
        within=1.5,
        unit="MiB",
        size=size,
        baseline_is="a child process with a bare window per page holding the same rows (the bare SELECTs "
        "of the page figures) in minimal models, each shown and painted",
        note="peak resident memory (ru_maxrss) of each child process",
    )


# Where each column of the participants table is found in the baseline's tuples:
# PersonRow's fields, then the role and "paired" joined in.
FIELDS = {
    "Name": "name",
    "Talent (perf. / pot.)": "performance",
    "Department": "department",
    "Job title": "job_title",
    "Grade": "grade",
    "Generation": "birth_year",
    "Employment": "employment_type",
    "Agency": "agency",
    "Employee no.": "employee_no",
    "Status": "archived",
    "Consent": "consent_date",
}


class Table:
    """The participants page as it opens (its default filter in force) beside a bare table."""

    def __init__(self, size: int) -> None:
        from rmdesk.gui.pages.participants import ParticipantsPage
        from rmdesk.store import Document, queries

        painting.app()
        self.doc = Document.open(copy_of(demo(size), f"table-{size}.rmdesk"), readonly=True)
        self.program = queries.programs(self.doc)[0]
        self.page = ParticipantsPage()
        self.page.resize(1430, 900)
        self.page.show()
        self.page.set_document(self.doc, self.program)
        self.model = self.page.model
        self.people = self.model.people
        self.watch = painting.PaintWatch()
        self.viewport = self.page.table.viewport()
        self.watch.settle([self.viewport])
        fields = list(self.people.people[0]._fields)
        self.index = {title: fields.index(field) for title, field in FIELDS.items() if field in fields}
        self.index["Role"], self.index["Paired"] = len(fields), len(fields) + 1
        archived = fields.index("archived")
        self.archived = archived

        def plain(value: Any) -> Any:  # None sorts nowhere in Python: the bare rows say -1
            return -1 if value is None else value

        roles, paired = self.people.roles, self.people.paired
        self.rows = [
            (*(plain(v) for v in p), roles[p.id].value if p.id in roles else "", p.id in paired)
            for p in self.people.people
        ]
        self.texts = [self.model.search_text(p).lower() for p in self.people.people]
        self.plain = bare.BareWindow(
            bare.Bare("table", lambda *_: [], "", columns=len(self.rows[0])), 1430, 900
        )
        self.plain.show([self.rows])
        self.watch.settle(self.plain.parts())
        self.shown = self.model.rowCount()

    def close(self) -> None:
        self.plain.close()
        self.page.close()
        self.doc.close()


def sort_figure(table: Table, size: int, rounds: int) -> Figure:
    from PySide6.QtCore import Qt

    model, watch = table.model, table.watch
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    ascending = Qt.SortOrder.AscendingOrder
    per_column: dict[str, list[tuple[float, float]]] = {t: [] for t in titles}
    calls: list[tuple[float, float]] = []  # the sort call alone, before painting: rmdesk, bare
    archived, bare_model = table.archived, table.plain.models[0]

    def one(column: int, title: str) -> tuple[float, float]:
        model.set_people(table.people)  # as the page reloads: no sort key worked out yet
        table.page.apply_filter()
        watch.settle([table.viewport])
        watch.clear()
        started = time.perf_counter()
        model.sort(column, ascending)
        a_call = time.perf_counter() - started
        watch.wait([table.viewport])
        a = time.perf_counter() - started
        key = itemgetter(table.index.get(title, table.index["Name"]))
        rows = table.rows
        watch.settle()
        watch.clear()
        started = time.perf_counter()
        ordered = sorted([r for r in rows if not r[archived]], key=key)
        b_call = time.perf_counter() - started
        bare_model.set_rows(ordered)
        watch.wait(table.plain.parts())
        b = time.perf_counter() - started
        per_column[title].append((a, b))
        calls.append((a_call, b_call))
        return a, b

    for column, title in enumerate(titles):  # warm-up
        one(column, title)
    for times in per_column.values():
        times.clear()
    measured, baseline = [], []
    for _ in range(rounds):
        pairs = [one(column, title) for column, title in enumerate(titles)]
        measured.append(sum(a for a, _ in pairs))
        baseline.append(sum(b for _, b in pairs))
    worst = max(
        titles,
        key=lambda t: (
            statistics.median(a for a, _ in per_column[t]) / statistics.median(b for _, b in per_column[t])
        ),
    )
    ratio = statistics.median(a for a, _ in per_column[worst]) / statistics.median(
        b for _, b in per_column[worst]
    )
    mine = statistics.median(a for a, _ in per_column[worst]) * 1000
    call_a, call_b = (statistics.median(c[i] for c in calls) * 1000 for i in (0, 1))
    return Figure(
        f"participants: sort by each of {len(titles)} columns",
        measured,
        baseline,
        target="3x",
        baseline_is="the same rows as tuples, the default filter (active people) as a list comprehension, "
        "sorted(rows, key=itemgetter(i)), a plain QTableView reset + repainted; column by column",
        within=3.0,
        size=size,
        load=os.getloadavg()[0],
        note=f"{table.shown:,} rows shown; a round is the sum of the 12 first sorts; the slowest column "
        f"against its baseline: {worst} {mine:.1f} ms, {ratio:.2f}x; the sort call alone (before painting, "
        f"median of a column): model.sort {call_a:.1f} ms, filter + sorted(itemgetter) {call_b:.1f} ms "
        f"({call_a / call_b:.1f}x)",
    )


def filter_figure(table: Table, size: int, rounds: int) -> Figure:
    search, watch = table.page.searchEdit, table.watch
    rows, texts, archived, bare_model = table.rows, table.texts, table.archived, table.plain.models[0]
    shown: list[int] = []

    @contextmanager
    def typed() -> Iterator[Callable[[], object]]:
        search.setText("sa")
        watch.settle([table.viewport])
        watch.clear()

        def work() -> None:
            search.insert("r")
            watch.wait([table.viewport])

        yield work
        shown.append(table.model.rowCount())
        search.setText("")

    @contextmanager
    def plain() -> Iterator[Callable[[], object]]:
        bare_model.set_rows([r for r, t in zip(rows, texts, strict=True) if "sa" in t and not r[archived]])
        watch.settle(table.plain.parts())
        watch.clear()

        def work() -> None:
            bare_model.set_rows(
                [r for r, t in zip(rows, texts, strict=True) if "sar" in t and not r[archived]]
            )
            watch.wait(table.plain.parts())

        yield work

    made = figure(
        "participants: filter by a typed letter",
        typed,
        plain,
        rounds,
        target="3x",
        within=3.0,
        size=size,
        baseline_is="a list comprehension over the same rows and their prepared lower-case search texts, "
        "with the default filter; a plain QTableView reset + repainted",
    )
    made.note = f"'sa' then 'r' typed: {shown[-1]:,} rows shown" if shown else ""
    return made


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    found: list[Figure] = []
    table: list[Table] = []

    def sorting() -> Figure:
        table.append(Table(size))
        return sort_figure(table[0], size, rounds or ROUNDS)

    collect(found, "participants: sort by each column", sorting, size)
    if table:
        collect(
            found,
            "participants: filter by a typed letter",
            lambda: filter_figure(table[0], size, rounds or ROUNDS),
            size,
        )
        table[0].close()
    collect(found, "start-up to a painted window", lambda: startup_figure(size, rounds or CHILD_ROUNDS), size)
    collect(
        found,
        "start-up, against a bare window with the same table",
        lambda: startup_figure(size, rounds or CHILD_ROUNDS, table=True),
        size,
    )
    collect(found, "memory after visiting every page", lambda: memory_figure(size, rounds or 3), size)
    return found


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
