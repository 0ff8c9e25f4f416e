"""The record forms (a goal, a meeting, an evaluation) opened from their pages on the demo file,
until painted, against a bare form of the same fields.

Run: python benchmarks/bench_forms.py [--participants N] [--rounds K]   (offscreen)

- rmdesk: the page's "Add" (``page.add()``) in the main window, the file open for editing and the
  page shown afresh (its list of pairs not read yet, as for the first form after opening the page),
  until the form has painted; the form is then closed, untimed.
- baseline: one bare SELECT of the program's pair names (a plain ``sqlcipher3`` connection), then a
  plain ``QDialog`` of the same size holding the same kinds and numbers of fields in a
  ``QFormLayout``, each beside the same label text (rich text and word wrap as in the form): each
  combo box given the same texts at once through a ``QStringListModel`` and sized by a number of
  characters (never measured text by text), each list the same items, the others empty; an OK /
  Cancel button box; shown until painted.

Target as for a page: within 2x of the baseline and under 100 ms.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import bare
import painting
from bench_pages import Window, per_section
from common import SIZE, Figure, arguments, bare_connect, copy_of, figure, print_figures

ROUNDS = 7
FORMS = {"Goals": "a goal", "Meetings": "a meeting", "Evaluations": "an evaluation"}
PAIR_NAMES = (
    "SELECT m.name || ' → ' || e.name FROM pairs x JOIN participants m ON m.id = x.mentor_id "
    "JOIN participants e ON e.id = x.mentee_id WHERE x.program_id = ?"
)


Field = tuple[str, Any, str, bool]  # kind, content, the label's text, whether it wraps


def meeting_writer(conn: Any) -> Callable[..., dict[str, Any]]:
    """A bare writer of meetings: each a copy of the first one stored, with a new id and the
    ``changes`` given; it returns the row written (the caller holds the transaction)."""
    columns = [d[0] for d in conn.execute("SELECT * FROM meetings LIMIT 1").description]
    template = dict(zip(columns, conn.execute("SELECT * FROM meetings LIMIT 1").fetchone(), strict=True))
    insert = f"INSERT INTO meetings ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"

    def write(**changes: Any) -> dict[str, Any]:
        row = {**template, "id": str(uuid.uuid4()), **changes}
        conn.execute(insert, [row[c] for c in columns])
        return row

    return write


def fields_of(dialog: Any) -> list[Field]:
    """The form's fields in order with their labels: what the bare form is made of."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QFormLayout,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    labels: dict[Any, tuple[str, bool]] = {}
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel) and field.widget():
                labels[field.widget()] = (label.widget().text(), label.widget().wordWrap())
    found: list[Field] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside an editable box or a spin box
        text, wraps = labels.get(widget, ("Field", False))
        if isinstance(widget, QComboBox):
            found.append(("combo", [widget.itemText(i) for i in range(widget.count())], text, wraps))
        elif isinstance(widget, QListWidget):
            found.append(("list", [widget.item(i).text() for i in range(widget.count())], text, wraps))
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            found.append(("text", None, text, wraps))
        elif isinstance(widget, QAbstractSpinBox):
            found.append(("spin", None, text, wraps))
        elif isinstance(widget, QLineEdit):
            found.append(("line", None, text, wraps))
    return found


def bare_form(fields: list[Field], pair_names: list[str], width: int, height: int) -> Any:
    """A plain dialog with ``fields``; the first combo box holds ``pair_names`` as read bare."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import (
        QComboBox,
        QDialog,
        QDialogButtonBox,
        QFormLayout,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QSpinBox,
        QVBoxLayout,
    )

    dialog = QDialog()
    dialog.resize(width, height)
    outer = QVBoxLayout(dialog)
    form = QFormLayout()
    outer.addLayout(form)
    pairs_given = False
    for kind, content, text, wraps in fields:
        widget: Any
        if kind == "combo":
            widget = QComboBox()
            texts = content if pairs_given else pair_names
            pairs_given = True
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(20)
            widget.setModel(QStringListModel(texts, widget))
        elif kind == "list":
            widget = QListWidget()
            widget.addItems(content)
        elif kind == "text":
            widget = QPlainTextEdit()
        elif kind == "spin":
            widget = QSpinBox()
        else:
            widget = QLineEdit()
        label = QLabel(text)
        label.setWordWrap(wraps)
        form.addRow(label, widget)
    outer.addWidget(
        QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    )
    return dialog


def shown_bare_form(
    conn: Any, program: str, fields: list[Field], size: tuple[int, int], watch: Any
) -> tuple[list[str], Any]:
    """The pair names read bare and the bare form holding them, shown until painted."""
    names = [name for (name,) in conn.execute(PAIR_NAMES, [program])]
    dialog = bare_form(fields, names, *size)
    dialog.show()
    watch.wait([dialog])
    return names, dialog


def form_figure(win: Window, section: str, size: int, rounds: int) -> Figure:
    from PySide6.QtWidgets import QDialog

    window, watch = win.window, win.watch
    row = win.sections.index(section)
    window.navList.setCurrentRow(row)
    watch.settle(painting.shown_parts(window.pages.currentWidget()))
    page = window.pages.currentWidget()
    opened: list[Any] = []

    def shown_not_waited(dialog: Any) -> int:
        """The form's exec: shown until painted, then left for the round to close, untimed."""
        dialog.show()
        watch.wait([dialog])
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    @contextmanager
    def add() -> Iterator[Callable[[], object]]:
        page.set_document(window.document, window.program)  # the page afresh: its pairs not read yet
        watch.settle(painting.shown_parts(page))
        saved = QDialog.exec
        QDialog.exec = shown_not_waited  # type: ignore[method-assign]
        try:
            yield page.add
        finally:
            QDialog.exec = saved  # type: ignore[method-assign]
            for dialog in opened:
                dialog.hide()
                dialog.deleteLater()
            opened.clear()

    with add() as work:  # one form, untimed, to learn its fields and size
        work()
        sample = opened[0]
        fields, width, height = fields_of(sample), sample.width(), sample.height()
    conn = bare_connect(win.path)
    program = window.program.id

    @contextmanager
    def plain() -> Iterator[Callable[[], object]]:
        made: list[Any] = []
        watch.settle()

        def work() -> None:
            made.append(shown_bare_form(conn, program, fields, (width, height), watch)[1])

        yield work
        for dialog in made:
            dialog.hide()
            dialog.deleteLater()

    kinds = ", ".join(
        f"{sum(1 for field in fields if field[0] == kind)} {kind}"
        for kind in sorted({field[0] for field in fields})
    )
    try:
        made = figure(
            f"form: {FORMS[section]}, opened",
            add,
            plain,
            rounds,
            target="2x, <100 ms",
            within=2.0,
            limit=0.1,
            size=size,
            baseline_is="a bare SELECT of the pair names + a plain QDialog of the same size and fields "
            f"({kinds}) beside the same labels, the combo boxes filled at once through QStringListModel and "
            "sized by characters; shown until painted",
        )
        made.note = f"{section} page's Add, the page afresh (its pairs read), until the form has painted"
        return made
    finally:
        conn.close()


def logged_figure(win: Window, size: int, rounds: int) -> Figure:
    """A meeting logged from the meetings page: the form opened, its notes written, OK, and the
    table showing the new meeting (selected)."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    window, watch = win.window, win.watch
    window.navList.setCurrentRow(win.sections.index("Meetings"))
    page = window.pages.currentWidget()
    parts = painting.shown_parts(page)
    page.set_document(window.document, window.program)
    watch.settle(parts)
    saved: list[int] = []

    def filled_and_ok(dialog: Any) -> int:
        """The form's exec: shown until painted, notes written, OK clicked (it saves and closes)."""
        dialog.show()
        watch.wait([dialog])
        dialog.notesEdit.setPlainText("Tried three prompt templates on the weekly report.")
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        saved.append(dialog.result())
        return dialog.result()

    @contextmanager
    def logged() -> Iterator[Callable[[], object]]:
        watch.settle()
        before = page.model.rowCount()
        saved_exec = QDialog.exec
        QDialog.exec = filled_and_ok  # type: ignore[method-assign]
        try:

            def work() -> None:
                page.add()
                watch.wait(parts)

            yield work
        finally:
            QDialog.exec = saved_exec  # type: ignore[method-assign]
        assert saved[-1] == QDialog.DialogCode.Accepted and page.model.rowCount() == before + 1

    conn = bare_connect(copy_of(win.path, f"logged-bare-{size}.rmdesk"))  # never the window's file
    program = window.program.id
    write_meeting = meeting_writer(conn)
    rows = conn.execute(bare.MEETINGS, bare.context(conn)).fetchall()
    sample: list[Any] = []
    with _one_form(page, sample):
        fields, width, height = fields_of(sample[0]), sample[0].width(), sample[0].height()
    size_of = page.size()
    plain = bare.table_window(rows, size_of.width(), size_of.height())
    table = plain.models[0]

    @contextmanager
    def plain_logged() -> Iterator[Callable[[], object]]:
        made: list[Any] = []
        table.set_rows(rows)
        watch.settle(plain.parts())

        def work() -> None:
            names, dialog = shown_bare_form(conn, program, fields, (width, height), watch)
            made.append(dialog)
            conn.execute("BEGIN IMMEDIATE")
            row = write_meeting(notes="Tried three prompt templates.")
            conn.execute("COMMIT")
            dialog.hide()
            table.set_rows(
                [
                    (row["date"], names[0], row["duration_min"], row["mode"], row["topics"], row["notes"]),
                    *rows,
                ]
            )
            watch.wait(plain.parts())

        yield work
        for dialog in made:
            dialog.deleteLater()

    try:
        made = figure(
            "meetings: a meeting logged, saved and shown",
            logged,
            plain_logged,
            rounds,
            target="2x, <100 ms",
            within=2.0,
            limit=0.1,
            size=size,
            baseline_is="the bare form as above, shown until painted; a bare INSERT of a meeting row (own "
            "transaction, synchronous FULL); the page's bare rows (read before the clock) with the new "
            "one on top, a plain QTableView reset + repainted",
        )
        made.note = "Log Meeting..., notes written, OK, until the table shows the meeting (selected)"
        return made
    finally:
        plain.close()
        conn.close()


@contextmanager
def _one_form(page: Any, opened: list[Any]) -> Iterator[None]:
    """The page's form opened once, untimed, to learn its fields and size."""
    from PySide6.QtWidgets import QDialog

    def shown(dialog: Any) -> int:
        dialog.show()
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    saved = QDialog.exec
    QDialog.exec = shown  # type: ignore[method-assign]
    try:
        page.add()
        yield
    finally:
        QDialog.exec = saved  # type: ignore[method-assign]
        for dialog in opened:
            dialog.hide()
            dialog.deleteLater()


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    names = {section: f"form: {what}, opened" for section, what in FORMS.items()}
    names["Logged"] = "meetings: a meeting logged, saved and shown"

    def measure(win: Window, section: str) -> Figure:
        if section == "Logged":
            return logged_figure(win, size, rounds or ROUNDS)
        return form_figure(win, section, size, rounds or ROUNDS)

    return per_section(size, "forms", names, measure)


growth = figures


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
