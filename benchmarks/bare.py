"""The bare equivalent of each page: one bare SELECT of the rows the page shows (its shown
columns only, on a plain ``sqlcipher3`` connection), minimal Qt models that hand those values
out as text, and plain views in a window of the page's size: a ``QTableView`` for a table,
``QListView``s for lists (the board's three areas, the talent map's ten boxes).

What a page computes beyond reading (health rules, alerts, the dashboard's figures) is rmdesk's
cost: where the baseline cannot compute it bare, it reads the same inputs and shows the results
rmdesk computed, prepared before the clock starts (said in each page's ``says``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Rows = list[tuple[Any, ...]]
OPEN = "('proposed', 'active')"
PAIR_NAME = "m.name || ' → ' || e.name"
NAMES = "JOIN participants m ON m.id = x.mentor_id JOIN participants e ON e.id = x.mentee_id"


def context(conn: Any) -> dict[str, Any]:
    """The program a window shows first (as ``queries.programs``: latest start, then name)."""
    row = conn.execute(
        "SELECT id, mentor_capacity, start_date, end_date, cadence_days + grace_days FROM programs "
        "ORDER BY start_date DESC, name LIMIT 1"
    ).fetchone()
    return {
        "program": row[0],
        "capacity": row[1],
        "start": row[2],
        "end": row[3],
        "rhythm": row[4],
        "today": dt.date.today().isoformat(),
    }


PEOPLE = f"""
SELECT p.name, e.role,
       CASE WHEN EXISTS (SELECT 1 FROM pairs x WHERE x.mentor_id = p.id AND x.program_id = :program
                         AND x.status IN {OPEN})
              OR EXISTS (SELECT 1 FROM pairs x WHERE x.mentee_id = p.id AND x.program_id = :program
                         AND x.status IN {OPEN}) THEN 'Yes' ELSE '' END,
       p.performance || ' / ' || p.potential, p.department, p.job_title, p.grade, p.birth_year,
       p.employment_type, p.agency, p.employee_no, p.archived, p.consent_date
FROM participants p LEFT JOIN enrolments e ON e.participant_id = p.id AND e.program_id = :program
WHERE p.archived = 0
ORDER BY p.name COLLATE NOCASE
"""

TALENT = (
    "SELECT name, performance, potential FROM participants WHERE archived = 0 ORDER BY name COLLATE NOCASE"
)
TALENT_BOXES = [(3, 1), (3, 2), (3, 3), (2, 1), (2, 2), (2, 3), (1, 1), (1, 2), (1, 3), None]

FREE_MENTORS = f"""
SELECT p.name, p.department, p.job_title FROM participants p
JOIN enrolments r ON r.participant_id = p.id AND r.program_id = :program AND r.role = 'mentor'
WHERE p.archived = 0 AND (SELECT count(*) FROM pairs x WHERE x.mentor_id = p.id
      AND x.program_id = :program AND x.status IN {OPEN}) < :capacity
ORDER BY p.name COLLATE NOCASE
"""
FREE_MENTEES = f"""
SELECT p.name, p.department, p.job_title FROM participants p
JOIN enrolments r ON r.participant_id = p.id AND r.program_id = :program AND r.role = 'mentee'
WHERE p.archived = 0 AND NOT EXISTS (SELECT 1 FROM pairs x WHERE x.mentee_id = p.id
      AND x.program_id = :program AND x.status IN {OPEN})
ORDER BY p.name COLLATE NOCASE
"""
OPEN_PAIRS = f"""
SELECT {PAIR_NAME}, x.status, x.started_on, x.score, m.department, e.department FROM pairs x {NAMES}
WHERE x.program_id = :program AND x.status IN {OPEN}
ORDER BY m.name COLLATE NOCASE
"""

GOALS = f"""
SELECT {PAIR_NAME}, g.topic, g.specific, g.target_date, g.status, g.progress, g.measure
FROM goals g JOIN pairs x ON x.id = g.pair_id {NAMES}
WHERE x.program_id = :program ORDER BY g.target_date
"""
MEETINGS = f"""
SELECT r.date, {PAIR_NAME}, r.duration_min, r.mode, r.topics, r.notes
FROM meetings r JOIN pairs x ON x.id = r.pair_id {NAMES}
WHERE x.program_id = :program ORDER BY r.date DESC
"""
EVALUATIONS = f"""
SELECT r.date, {PAIR_NAME}, r.stage, r.respondent, r.answers, r.comments
FROM evaluations r JOIN pairs x ON x.id = r.pair_id {NAMES}
WHERE x.program_id = :program ORDER BY r.date DESC
"""
# What the alerts are worked out from (as ``queries.program_alerts`` reads it).
ALERT_INPUTS = (
    "SELECT id, mentor_id, mentee_id, status, started_on, ended_on FROM pairs WHERE program_id = :program",
    "SELECT m.pair_id, max(m.date) FROM meetings m JOIN pairs x ON x.id = m.pair_id "
    "WHERE x.program_id = :program AND m.date <= :today GROUP BY m.pair_id",
    "SELECT g.pair_id, g.specific, g.target_date FROM goals g JOIN pairs x ON x.id = g.pair_id "
    "WHERE x.program_id = :program AND g.target_date < :today AND g.status NOT IN ('done', 'not_achieved')",
    "SELECT v.pair_id, v.stage, v.respondent FROM evaluations v JOIN pairs x ON x.id = v.pair_id "
    "WHERE x.program_id = :program AND (v.date IS NULL OR v.date <= :today)",
    "SELECT id, name, archived, agency, contract_end FROM participants WHERE id IN "
    "(SELECT mentor_id FROM pairs WHERE program_id = :program UNION "
    "SELECT mentee_id FROM pairs WHERE program_id = :program)",
)
AGENCY_PEOPLE = f"""
SELECT p.agency, p.client_site, p.name, r.role, q.name, x.status,
       (SELECT max(m.date) FROM meetings m WHERE m.pair_id = x.id),
       (SELECT count(*) FROM evaluations v WHERE v.pair_id = x.id AND v.respondent = r.role),
       p.contract_end
FROM participants p
JOIN enrolments r ON r.participant_id = p.id AND r.program_id = :program
LEFT JOIN pairs x ON +x.program_id = :program AND x.status IN {OPEN}
     AND ((r.role = 'mentor' AND x.mentor_id = p.id) OR (r.role = 'mentee' AND x.mentee_id = p.id))
LEFT JOIN participants q ON q.id = CASE r.role WHEN 'mentor' THEN x.mentee_id ELSE x.mentor_id END
WHERE p.agency != '' AND p.archived = 0
ORDER BY p.agency, p.client_site, p.name
"""
REPORT_PAIRS = f"""
SELECT {PAIR_NAME} || '  (' || x.status || ')' FROM pairs x {NAMES}
WHERE x.program_id = :program AND x.status != 'proposed'
ORDER BY lower({PAIR_NAME})
"""


AUDIT_PEOPLE = "SELECT id, name, employee_no FROM participants ORDER BY name COLLATE NOCASE"
AUDIT = """
SELECT at, user, 'change', state, label FROM actions
UNION ALL SELECT at, user, kind, '', detail FROM audit
ORDER BY 1 DESC
"""


def _audit(conn: Any, ctx: dict[str, Any], prepared: dict[str, Any]) -> list[Rows]:
    conn.execute(AUDIT_PEOPLE).fetchall()  # the page's pick list of people
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit'").fetchone():
        return [conn.execute(AUDIT).fetchall()]
    return [conn.execute("SELECT at, user, 'change', state, label FROM actions ORDER BY at DESC").fetchall()]


def _one(sql: str) -> Callable[[Any, dict[str, Any], dict[str, Any]], list[Rows]]:
    return lambda conn, ctx, prepared: [conn.execute(sql, ctx).fetchall()]


def _talent(conn: Any, ctx: dict[str, Any], prepared: dict[str, Any]) -> list[Rows]:
    boxes: dict[Any, Rows] = {box: [] for box in TALENT_BOXES}
    for name, performance, potential in conn.execute(TALENT):
        box = (performance, potential) if performance is not None and potential is not None else None
        boxes[box].append((name,))
    return list(boxes.values())


def _board(conn: Any, ctx: dict[str, Any], prepared: dict[str, Any]) -> list[Rows]:
    return [conn.execute(sql, ctx).fetchall() for sql in (FREE_MENTORS, FREE_MENTEES, OPEN_PAIRS)]


def _alerts(conn: Any, ctx: dict[str, Any], prepared: dict[str, Any]) -> list[Rows]:
    for sql in ALERT_INPUTS:
        conn.execute(sql, ctx).fetchall()
    return [prepared["rows"]]


def _replayed(conn: Any, ctx: dict[str, Any], prepared: dict[str, Any]) -> list[Rows]:
    for sql in prepared["sql"]:
        conn.execute(sql).fetchall()
    return [prepared["rows"]]


@dataclass(frozen=True)
class Bare:
    """A page's bare equivalent: how it reads its rows and how it shows them."""

    layout: str  # "table", "lists" (with ``grid``) or "bars"
    read: Callable[[Any, dict[str, Any], dict[str, Any]], list[Rows]]
    says: str
    columns: int = 1
    grid: Sequence[tuple[int, int]] = ((0, 0),)
    checkable: bool = False
    prepared: dict[str, Any] = field(default_factory=dict)

    def count(self, panes: list[Rows]) -> int:
        """The rows shown: list items or table rows, or a chart's bars."""
        if self.layout == "bars":
            return sum(len(chart) for pane in panes for _, chart in pane)
        return sum(len(pane) for pane in panes)


PAGES: dict[str, Bare] = {
    "Participants": Bare(
        "table",
        _one(PEOPLE),
        "one SELECT of the active people's 13 shown columns (role and paired by join), name order; "
        "QTableView over a minimal model",
        columns=13,
    ),
    "Talent map": Bare(
        "lists",
        _talent,
        "one SELECT of the active people's name, performance, potential, put in 10 boxes; "
        "10 QListViews in the same grid",
        grid=[(r, c) for r in range(3) for c in range(3)] + [(3, 0)],
    ),
    "Pairing board": Bare(
        "lists",
        _board,
        "three SELECTs (mentors with a seat left, mentees without an open pair, open pairs with both "
        "names), name order; three QListViews",
        grid=((0, 0), (0, 1), (0, 2)),
    ),
    "Goals": Bare(
        "table", _one(GOALS), "one SELECT of the program's goals with pair names; QTableView", columns=7
    ),
    "Meetings": Bare(
        "table",
        _one(MEETINGS),
        "one SELECT of the program's meetings with pair names, topics shown as stored (JSON text); "
        "QTableView",
        columns=6,
    ),
    "Evaluations": Bare(
        "table",
        _one(EVALUATIONS),
        "one SELECT of the program's evaluations with pair names, answers shown as stored (JSON text); "
        "QTableView",
        columns=6,
    ),
    "Alerts": Bare(
        "table",
        _alerts,
        "the five SELECTs alerts are worked out from (pairs, last meetings, late goals, answers, pair "
        "members); the alert texts rmdesk worked out, prepared untimed; QTableView",
        columns=3,
    ),
    "Agencies": Bare(
        "table",
        _one(AGENCY_PEOPLE),
        "one SELECT of the outsourced people with pair, partner, last meeting, answers, contract end; "
        "QTableView",
        columns=9,
    ),
    "Dashboard": Bare(
        "bars",
        _replayed,
        "the same SQL statements the page runs, replayed on a bare connection; one plain widget "
        "painting the same bars and labels",
    ),
    "Reports": Bare(
        "lists",
        _one(REPORT_PAIRS),
        "one SELECT of the program's started pairs with names; a QListView with check boxes",
        checkable=True,
    ),
    "Audit": Bare(
        "table",
        _audit,
        "one SELECT of every undo step and audit event (when, user, kind, state, what), newest first, and "
        "one of the people for the pick list; QTableView",
        columns=5,
    ),
}

# A page not described above: the SQL it runs, replayed bare, and its table's texts (prepared).
GENERIC = Bare(
    "table",
    _replayed,
    "(no bare equivalent written for this page yet) the page's own SELECTs replayed bare, and the texts "
    "of its table prepared untimed; QTableView",
    columns=1,
)


def classes() -> dict[str, Any]:
    """The minimal Qt classes (made on first use: Qt loads only for GUI benchmarks)."""
    if _CLASSES:
        return _CLASSES
    from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QRect, Qt
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QWidget

    display, check = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole

    class TextTable(QAbstractTableModel):
        """Rows of values, each cell handed out as its text; nothing else."""

        def __init__(self, columns: int) -> None:
            super().__init__()
            self.rows: Rows = []
            self.columns = columns

        def set_rows(self, rows: Rows) -> None:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else self.columns

        def data(self, index: Any, role: int = display) -> Any:
            if role == display:
                value = self.rows[index.row()][index.column()]
                return "" if value is None else str(value)
            return None

    class TextList(QAbstractListModel):
        """Rows of values, each shown as the text of its first value (with a check box if asked)."""

        def __init__(self, checkable: bool = False) -> None:
            super().__init__()
            self.rows: Rows = []
            self.checkable = checkable

        def set_rows(self, rows: Rows) -> None:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

        def insert(self, row: int, value: tuple[Any, ...]) -> None:
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.insert(row, value)
            self.endInsertRows()

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(self.rows)

        def data(self, index: Any, role: int = display) -> Any:
            if role == display:
                return str(self.rows[index.row()][0])
            if role == check and self.checkable:
                return Qt.CheckState.Unchecked
            return None

        def flags(self, index: Any) -> Qt.ItemFlag:
            base = super().flags(index)
            return base | Qt.ItemFlag.ItemIsUserCheckable if self.checkable else base

    class Bars(QWidget):
        """Charts as the simplest painter draws them: a title, and per row a label, bars, a value."""

        def __init__(self) -> None:
            super().__init__()
            self.rows: Rows = []  # (chart title, [(label, [values])])

        def set_rows(self, rows: Rows) -> None:
            self.rows = rows
            self.update()

        def paintEvent(self, event: Any) -> None:  # noqa: N802
            painter = QPainter(self)
            painter.fillRect(self.rect(), QColor("white"))
            width = max(self.width() // 2 - 20, 100)
            x, y, line = 10, 10, 16
            for title, chart in self.rows:
                painter.drawText(QRect(x, y, width, line), 0, title)
                y += line
                top = max((v or 0 for _, values in chart for v in values), default=1) or 1
                for label, values in chart:
                    painter.drawText(QRect(x, y, width // 3, line), 0, str(label))
                    for value in values:
                        length = int((width // 2) * (value or 0) / top)
                        painter.fillRect(QRect(x + width // 3, y + 2, length, line - 4), QColor("#2f6f9f"))
                        painter.drawText(
                            QRect(x + width // 3 + length + 4, y, 60, line), 0, f"{value or 0:g}"
                        )
                        y += line
                y += line
                if y > self.height() - 4 * line:
                    x, y = x + width + 20, 10
            painter.end()

    _CLASSES.update(TextTable=TextTable, TextList=TextList, Bars=Bars)
    return _CLASSES


_CLASSES: dict[str, Any] = {}


def table_window(rows: Rows, width: int, height: int) -> BareWindow:
    """A plain window of that size showing ``rows`` in one table."""
    window = BareWindow(Bare("table", lambda *_: [], "", columns=len(rows[0]) if rows else 1), width, height)
    window.show([rows])
    return window


class BareWindow:
    """A plain top-level window of a page's size: a blank pane, and the views of the bare page."""

    def __init__(self, bare: Bare, width: int, height: int) -> None:
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QGridLayout,
            QListView,
            QStackedWidget,
            QTableView,
            QVBoxLayout,
            QWidget,
        )

        made = classes()
        self.bare = bare
        self.top = QWidget()
        self.top.resize(width, height)
        self.stack = QStackedWidget()
        QVBoxLayout(self.top).addWidget(self.stack)
        self.blank = QWidget()
        self.pane = QWidget()
        self.stack.addWidget(self.blank)
        self.stack.addWidget(self.pane)
        grid = QGridLayout(self.pane)
        self.models: list[Any] = []
        self.views: list[Any] = []
        if bare.layout == "table":
            model = made["TextTable"](bare.columns)
            view: QAbstractItemView = QTableView()
            view.setModel(model)
            grid.addWidget(view, 0, 0)
            self.models.append(model)
            self.views.append(view)
        elif bare.layout == "lists":
            for row, column in bare.grid:
                model = made["TextList"](bare.checkable)
                view = QListView()
                view.setUniformItemSizes(True)
                view.setModel(model)
                grid.addWidget(view, row, column)
                self.models.append(model)
                self.views.append(view)
        else:
            bars = made["Bars"]()
            grid.addWidget(bars, 0, 0)
            self.models.append(bars)
            self.views.append(bars)
        self.top.show()

    def parts(self) -> list[Any]:
        """The widgets whose paint shows the rows."""
        return [v.viewport() if hasattr(v, "viewport") else v for v in self.views]

    def park(self) -> None:
        """Show the blank pane (what a page is before it is clicked)."""
        self.stack.setCurrentWidget(self.blank)

    def show(self, panes: list[Rows]) -> None:
        """Reset every model with its rows and bring the views in sight."""
        for model, rows in zip(self.models, panes, strict=True):
            model.set_rows(rows)
        self.stack.setCurrentWidget(self.pane)

    def close(self) -> None:
        self.top.close()
        self.top.deleteLater()
