"""Edits shown in place on the demo file: a person archived from the participants page, a
logged meeting undone (Edit > Undo) on the meetings page, and a person dropped into another box
of the talent map, each until what shows it has repainted.

Run: python benchmarks/bench_edits.py [--participants N] [--rounds K]   (offscreen)

- archive: one active person selected (untimed), the Archive button clicked until the table, which
  shows active people, has repainted without them; restored by Undo after the round, untimed.
  Baseline: a bare UPDATE of that person's ``archived`` (own transaction, synchronous FULL), the
  page's bare rows (``bare.PEOPLE``, read before the clock) kept by a list comprehension without
  them, a plain ``QTableView`` reset + repainted; the person restored after the round, untimed.
- undo: a meeting logged through the page's form (untimed), then Edit > Undo until the table has
  repainted without it. Baseline: a bare INSERT of a meeting (untimed), then a bare DELETE of it
  (own transaction), the page's bare rows without it, a plain ``QTableView`` reset + repainted.
- re-rate: the first person of the "Core player" box dropped on the "Star" box (a ``QDropEvent`` given
  to the box, as Qt does at a drop) until both boxes have repainted; undone after the round,
  untimed. Baseline: a bare UPDATE of the two ratings, two plain ``QListView``s reset with the
  names of the box left and the box entered, repainted.
- act on an alert: the first "no meeting" alert acted on (its meeting form opened, notes written,
  OK) until the list of alerts has repainted without it. Baseline: the bare form of the forms'
  figures shown until painted, a bare INSERT of a meeting, the alerts' texts (prepared before
  the clock) less one in a plain ``QTableView``, reset and repainted.

Target as for a page: within 2x of the baseline and under 100 ms.
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
from bench_forms import fields_of, meeting_writer, shown_bare_form
from bench_pages import Window, per_section
from common import SIZE, Figure, arguments, bare_connect, copy_of, figure, print_figures

ROUNDS = 9
NAMES = {
    "Participants": "participants: a person archived and shown",
    "Meetings": "meetings: a meeting undone",
    "Talent map": "talent map: a person re-rated by a drop",
    "Alerts": "alerts: a missing meeting logged from its alert",
}


def shown_page(win: Window, section: str) -> tuple[Any, list[Any]]:
    """The section in view, loaded afresh and painted: its page and the widgets that show rows."""
    window = win.window
    window.navList.setCurrentRow(win.sections.index(section))
    page = window.pages.currentWidget()
    page.set_document(window.document, window.program)
    parts = painting.shown_parts(page)
    win.watch.settle(parts)
    return page, parts


def archive_figure(win: Window, size: int, rounds: int) -> Figure:
    window, watch = win.window, win.watch
    page, parts = shown_page(win, "Participants")
    chosen: list[str] = []

    @contextmanager
    def archived() -> Iterator[Callable[[], object]]:
        page.table.selectRow(7)
        chosen.append(page.selected()[0].id)
        watch.settle()
        before = page.model.rowCount()

        def work() -> None:
            page.archiveButton.click()
            watch.wait(parts)

        yield work
        assert page.model.rowCount() == before - 1, "the person archived is still listed"
        window.actionUndo.trigger()
        watch.settle(parts)

    conn = bare_connect(copy_of(win.path, f"archive-bare-{size}.rmdesk"))  # never the window's file
    ctx = bare.context(conn)
    ids = [
        row[0] for row in conn.execute(bare.PEOPLE.replace("SELECT p.name,", "SELECT p.id, p.name,", 1), ctx)
    ]
    rows = conn.execute(bare.PEOPLE, ctx).fetchall()
    size_of = page.size()
    plain = bare.table_window(rows, size_of.width(), size_of.height())
    table = plain.models[0]

    @contextmanager
    def plain_archived() -> Iterator[Callable[[], object]]:
        person = chosen[-1]
        table.set_rows(rows)
        watch.settle(plain.parts())

        def work() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE participants SET archived = 1 WHERE id = ?", [person])
            conn.execute("COMMIT")
            table.set_rows([row for row, row_id in zip(rows, ids, strict=True) if row_id != person])
            watch.wait(plain.parts())

        yield work
        conn.execute("UPDATE participants SET archived = 0 WHERE id = ?", [person])
        conn.commit()

    try:
        return figure(
            NAMES["Participants"],
            archived,
            plain_archived,
            rounds,
            target="2x, <100 ms",
            within=2.0,
            limit=0.1,
            size=size,
            baseline_is="a bare UPDATE of the person's archived flag (own transaction, synchronous FULL); "
            "the page's bare rows (read before the clock) without them, a plain QTableView reset + repainted",
        )
    finally:
        plain.close()
        conn.close()


def undo_figure(win: Window, size: int, rounds: int) -> Figure:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    window, watch = win.window, win.watch
    page, parts = shown_page(win, "Meetings")

    def logged(dialog: Any) -> int:
        dialog.notesEdit.setPlainText("Tried three prompt templates on the weekly report.")
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    @contextmanager
    def undone() -> Iterator[Callable[[], object]]:
        saved = QDialog.exec
        QDialog.exec = logged  # type: ignore[method-assign]
        try:
            page.add()
        finally:
            QDialog.exec = saved  # type: ignore[method-assign]
        watch.settle(parts)
        before = page.model.rowCount()

        def work() -> None:
            window.actionUndo.trigger()
            watch.wait(parts)

        yield work
        assert page.model.rowCount() == before - 1, "the meeting undone is still listed"

    conn = bare_connect(copy_of(win.path, f"undo-bare-{size}.rmdesk"))
    write_meeting = meeting_writer(conn)
    rows = conn.execute(bare.MEETINGS, bare.context(conn)).fetchall()
    size_of = page.size()
    plain = bare.table_window(rows, size_of.width(), size_of.height())
    table = plain.models[0]

    @contextmanager
    def plain_undone() -> Iterator[Callable[[], object]]:
        meeting = write_meeting()
        conn.commit()
        table.set_rows([(meeting["date"], "", meeting["duration_min"], "", "", meeting["notes"]), *rows])
        watch.settle(plain.parts())

        def work() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM meetings WHERE id = ?", [meeting["id"]])
            conn.execute("COMMIT")
            table.set_rows(rows)
            watch.wait(plain.parts())

        yield work

    try:
        return figure(
            NAMES["Meetings"],
            undone,
            plain_undone,
            rounds,
            target="2x, <100 ms",
            within=2.0,
            limit=0.1,
            size=size,
            baseline_is="a bare DELETE of a meeting inserted before the clock (own transaction, synchronous "
            "FULL); the page's bare rows without it, a plain QTableView reset + repainted",
        )
    finally:
        plain.close()
        conn.close()


def rated_figure(win: Window, size: int, rounds: int) -> Figure:
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDropEvent

    from rmdesk.gui.pages.talent_map import MIME

    window, watch = win.window, win.watch
    page, _ = shown_page(win, "Talent map")
    source, target = page.boxes[(2, 2)], page.boxes[(3, 3)]
    parts = [source.viewport(), target.viewport()]
    moved: list[str] = []

    @contextmanager
    def rated() -> Iterator[Callable[[], object]]:
        person = source.item(0).data(Qt.ItemDataRole.UserRole)
        moved.append(person)
        data = QMimeData()
        data.setData(MIME, person.encode())
        event = QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        watch.settle()

        def work() -> None:
            target.dropEvent(event)  # what Qt calls at the drop; the map shows it once the drag has ended
            watch.wait(parts)

        yield work
        assert person in [target.item(i).data(Qt.ItemDataRole.UserRole) for i in range(target.count())]
        window.actionUndo.trigger()
        watch.settle()

    conn = bare_connect(copy_of(win.path, f"rate-bare-{size}.rmdesk"))
    names = {
        box: [(cell.item(i).data(Qt.ItemDataRole.DisplayRole),) for i in range(cell.count())]
        for box, cell in ((2, source), (3, target))
    }
    plain = bare.BareWindow(bare.Bare("lists", lambda *_: [], "", grid=((0, 0), (0, 1))), 900, 500)
    plain.show([names[2], names[3]])

    @contextmanager
    def plain_rated() -> Iterator[Callable[[], object]]:
        person = moved[-1]
        plain.show([names[2], names[3]])
        watch.settle(plain.parts())

        def work() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE participants SET performance = 3, potential = 3 WHERE id = ?", [person])
            conn.execute("COMMIT")
            plain.show([names[2][1:], sorted([*names[3], names[2][0]])])
            watch.wait(plain.parts())

        yield work
        conn.execute("UPDATE participants SET performance = 2, potential = 2 WHERE id = ?", [person])
        conn.commit()

    try:
        return figure(
            NAMES["Talent map"],
            rated,
            plain_rated,
            rounds,
            target="2x, <100 ms",
            within=2.0,
            limit=0.1,
            size=size,
            baseline_is="a bare UPDATE of the person's two ratings (own transaction, synchronous FULL); two "
            "plain QListViews (the boxes left and entered) reset with their names + repainted",
        )
    finally:
        plain.close()
        conn.close()


def acted_figure(win: Window, size: int, rounds: int) -> Figure:
    """The first "no meeting for N days" alert acted on: the meeting form opened from it, notes
    written, OK, until the list of alerts has repainted without it."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from rmdesk.domain.health import Action

    window, watch = win.window, win.watch
    page, parts = shown_page(win, "Alerts")
    sample: list[Any] = []

    def answered(dialog: Any) -> bool:
        dialog.show()
        watch.wait([dialog])
        sample.append(dialog)
        dialog.notesEdit.setPlainText("Caught up on the backlog.")
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    page.open_dialog = answered

    @contextmanager
    def acted() -> Iterator[Callable[[], object]]:
        alert = next(a for a in page.model.rows_shown() if a.action is Action.LOG_MEETING)
        watch.settle()

        def work() -> None:
            page.act(alert)
            watch.wait(parts)

        yield work
        assert alert not in page.model.every_row(), "the alert acted on is still listed"

    with acted() as once:  # one, untimed, to learn the form's fields and size
        once()
    fields, width, height = fields_of(sample[0]), sample[0].width(), sample[0].height()
    conn = bare_connect(copy_of(win.path, f"act-bare-{size}.rmdesk"))
    write_meeting = meeting_writer(conn)
    rows = [(alert.due, alert.message, alert.action.value) for alert in page.model.rows_shown()]
    size_of = page.size()
    plain = bare.table_window(rows, size_of.width(), size_of.height())
    table = plain.models[0]
    program = window.program.id

    @contextmanager
    def plain_acted() -> Iterator[Callable[[], object]]:
        made: list[Any] = []
        table.set_rows(rows)
        watch.settle(plain.parts())

        def work() -> None:
            _, dialog = shown_bare_form(conn, program, fields, (width, height), watch)
            made.append(dialog)
            conn.execute("BEGIN IMMEDIATE")
            write_meeting(notes="Caught up on the backlog.")
            conn.execute("COMMIT")
            dialog.hide()
            table.set_rows(rows[1:])
            watch.wait(plain.parts())

        yield work
        for dialog in made:
            dialog.deleteLater()

    try:
        return figure(
            NAMES["Alerts"],
            acted,
            plain_acted,
            rounds,
            target="2x, <100 ms",
            within=2.0,
            limit=0.1,
            size=size,
            baseline_is="the bare meeting form (the forms' figures), shown until painted; a bare INSERT of a "
            "meeting; the alerts' texts (prepared before the clock) less one, a plain QTableView reset + "
            "repainted",
        )
    finally:
        plain.close()
        conn.close()


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    def measure(win: Window, section: str) -> Figure:
        if section == "Participants":
            return archive_figure(win, size, rounds or ROUNDS)
        if section == "Talent map":
            return rated_figure(win, size, rounds or ROUNDS)
        if section == "Alerts":
            return acted_figure(win, size, rounds or ROUNDS)
        return undo_figure(win, size, rounds or ROUNDS)

    return per_section(size, "edits", NAMES, measure)


growth = figures


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
