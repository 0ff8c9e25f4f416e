"""The pairing board of a program being planned: everyone of the demo file enrolled again in a
second program (as in the first), nobody paired yet, so the board holds every person's card.

Run: python benchmarks/bench_board.py [--participants N] [--rounds K]

Both figures run in the real main window (1920x1080 offscreen screen) on the board of that
program, with the file open for editing; the clock stops when Qt has painted what changed.

- build: ``page.set_document(doc, program)`` on the shown board (the people already read, as
  when the board is shown again) until its three card views have painted; baseline: three
  ``QListView``s (uniform item sizes, a minimal list model each) given the same number of
  items (the cards' titles, prepared untimed), reset and painted. Target within 3x.
- drop: a ``QDropEvent`` carrying a reverse mentor's card, given to the mentee area's
  ``dropEvent`` (as Qt does at a real drop) on the first mentee card
  (after the drag's hover, which worked out the score and preview, untimed) until the three
  card views have repainted: the move planned, the rule check, the pair saved as one undoable
  action, the touched cards changed (``show_move``), the window's undo label and counts.
  Baseline: a bare INSERT of the same pair row (its own transaction, synchronous FULL, on a
  copy of the file through ``sqlcipher3``) plus one row inserted at the top of a ``QListView``
  holding as many items as the mentee area, and its repaint. Target under 16 ms (one frame).
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import time
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bare
import painting
from common import (
    SCRATCH,
    SIZE,
    Figure,
    arguments,
    bare_connect,
    collect,
    copy_of,
    demo,
    figure,
    print_figures,
)

ROUNDS = 9
DROP_ROUNDS = 15


def planning(size: int) -> Path:
    """The demo file with a second program being planned: everyone enrolled as in the first."""
    from rmdesk.domain import Enrolment, Program, Role
    from rmdesk.store import Document

    path = SCRATCH / f"planning-{size}.rmdesk"
    if path.exists():
        return path
    making = copy_of(demo(size), f"planning-{size}.partial.rmdesk")
    with Document.open(making, snapshot=False) as doc:
        roles = doc.conn.execute("SELECT participant_id, role FROM enrolments").fetchall()
        with doc.action("Plan a second cohort"):
            program = doc.add(Program(name="Second cohort"))
            doc.add_many([Enrolment(program_id=program.id, participant_id=p, role=Role(r)) for p, r in roles])
    making.rename(path)
    return path


class Board:
    """The main window showing the second program's pairing board."""

    def __init__(self, path: Path) -> None:
        from rmdesk.gui.main_window import SECTIONS, MainWindow
        from rmdesk.store import Document

        painting.app()
        self.window = MainWindow()
        self.window.resize(1600, 950)
        self.window.show()
        self.window.show_document(Document.open(path, snapshot=False))
        combo = self.window.programCombo
        combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i) == "Second cohort"))
        row = next(i for i, (name, _, _) in enumerate(SECTIONS) if name == "Pairing board")
        self.window.navList.setCurrentRow(row)
        self.page = self.window.pages.currentWidget()
        self.watch = painting.PaintWatch()
        self.viewports = [self.page.views[area].viewport() for area in ("mentor", "mentee", "pair")]
        self.watch.settle(self.viewports)

    def close(self) -> None:
        self.window.close_document()
        self.window.close()


def build_figure(board: Board, size: int, rounds: int) -> Figure:
    page, window, watch = board.page, board.window, board.watch
    titles = [[(c.title,) for c in page.models[area].cards] for area in ("mentor", "mentee", "pair")]
    cards = sum(len(t) for t in titles)

    @contextmanager
    def build() -> Iterator[Callable[[], object]]:
        watch.settle()

        def work() -> None:
            page.set_document(window.document, window.program)
            watch.wait(board.viewports)

        yield work

    size_of = page.size()
    plain = bare.BareWindow(bare.PAGES["Pairing board"], size_of.width(), size_of.height())

    @contextmanager
    def lists() -> Iterator[Callable[[], object]]:
        panes = [list(t) for t in titles]
        watch.settle()

        def work() -> None:
            plain.show(panes)
            watch.wait(plain.parts())

        yield work

    try:
        return figure(
            "board: build",
            build,
            lists,
            rounds,
            target="3x",
            within=3.0,
            size=size,
            baseline_is="three QListViews (uniform sizes, minimal list models) reset with the same "
            "number of items (the cards' titles) and painted",
            note=f"{cards:,} cards",
        )
    finally:
        plain.close()


def drop_figure(board: Board, path: Path, size: int, rounds: int) -> Figure:
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDropEvent

    from rmdesk.gui.board.cards import MIME

    page, watch = board.page, board.watch
    view, model = page.views["mentee"], page.models["mentee"]
    couples: list[tuple[str, str]] = []

    @contextmanager
    def drop() -> Iterator[Callable[[], object]]:
        cohort = page.cohort
        target = model.card(model.index(0))
        mentor = next(m for m in cohort.free_mentors() if cohort.verdict(m.id, target.id).allowed)
        couples.append((mentor.id, target.id))
        page.on_hover("mentee", "mentor", mentor.id, target)  # the drag over the card, before the drop
        watch.settle()
        data = QMimeData()
        data.setData(MIME, json.dumps({"kind": "mentor", "id": mentor.id}).encode())
        event = QDropEvent(
            QPointF(view.visualRect(model.index(0)).center()),
            Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        before = sum(m.rowCount() for m in page.models.values())

        def work() -> None:
            view.dropEvent(event)  # what Qt calls at the drop (it delivers one only during a real drag)
            watch.wait(board.viewports)

        yield work
        after = sum(m.rowCount() for m in page.models.values())
        assert after == before - 1, f"the drop made no pair ({before} cards, then {after})"

    copy = copy_of(path, f"board-bare-{size}.rmdesk")
    conn = bare_connect(copy)
    names = [d[0] for d in conn.execute("SELECT * FROM pairs LIMIT 1").description]
    template = dict(zip(names, conn.execute("SELECT * FROM pairs LIMIT 1").fetchone(), strict=True))
    program = board.window.program.id
    insert = f"INSERT INTO pairs ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    size_of = page.size()
    plain = bare.BareWindow(bare.Bare("lists", lambda *_: [], ""), size_of.width(), size_of.height())
    plain.show([[(c.title,) for c in model.cards]])
    writes: list[float] = []
    watch.settle(plain.parts())
    listed = plain.models[0]

    @contextmanager
    def bare_drop() -> Iterator[Callable[[], object]]:
        mentor, mentee = couples[-1]
        row = {
            **template,
            "id": str(uuid.uuid4()),
            "program_id": program,
            "mentor_id": mentor,
            "mentee_id": mentee,
            "status": "proposed",
            "updated_at": dt.datetime.now().isoformat(),
        }
        values = [row[n] for n in names]
        watch.settle()

        def work() -> None:
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(insert, values)
            conn.execute("COMMIT")
            writes.append(time.perf_counter() - started)
            listed.insert(0, ("new pair",))
            watch.wait(plain.parts())

        yield work

    try:
        made = figure(
            "board: a drop, saved and shown",
            drop,
            bare_drop,
            rounds,
            target="<16 ms",
            limit=0.016,
            size=size,
            baseline_is=f"bare INSERT of the same pair row (own transaction, synchronous FULL) + one row "
            f"inserted in a QListView of {model.rowCount():,} items, repainted",
        )
        if writes:
            made.note = (
                f"the bare write alone (BEGIN IMMEDIATE, INSERT, COMMIT): median "
                f"{statistics.median(writes) * 1000:.1f} ms; the rest of either side is painting"
            )
        return made
    finally:
        plain.close()
        conn.close()


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    found: list[Figure] = []
    try:
        path = copy_of(planning(size), f"board-{size}.rmdesk")
        board = Board(path)
    except Exception as error:
        traceback.print_exc()
        return [Figure.failed("board", error, size)]
    try:
        collect(found, "board: build", lambda: build_figure(board, size, rounds or ROUNDS), size)
        collect(
            found,
            "board: a drop, saved and shown",
            lambda: drop_figure(board, path, size, rounds or DROP_ROUNDS),
            size,
        )
    finally:
        board.close()
    return found


growth = figures


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
