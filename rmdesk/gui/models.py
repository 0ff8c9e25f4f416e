"""Thin table models over store rows, sorting and filtering in the model itself.

Sorting uses one precomputed key list per column and ``sorted`` over row
numbers; filtering is one list comprehension over a precomputed lower-case
search text. No proxy model calls ``data()`` for every row.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from rmdesk.domain.entities import EmploymentType, GoalStatus, MeetingMode, Respondent, Role, Stage, labels
from rmdesk.domain.talent import level_name
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.store.codec import made_at_once
from rmdesk.store.queries import EvaluationRow, GoalRow, MeetingRow, People, PersonRow

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


_id = attrgetter("id")  # a row's id: every row kind has one


def _place(order: list[int], keys: list[Any], row: int, descending: bool) -> int:
    """Where ``row`` goes in ``order``, rows sorted by ``keys`` as ``sorted`` sorts them (equal keys
    in row order, either way)."""
    key, low, high = keys[row], 0, len(order)
    while low < high:
        middle = (low + high) // 2
        other = order[middle]
        before = keys[other] > key if descending else keys[other] < key
        if before or (keys[other] == key and other < row):
            low = middle + 1
        else:
            high = middle
    return low


def _none_last(value: Any) -> tuple[int, Any]:
    return (1, 0) if value is None or value == "" else (0, value)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str  # in English, marked with QT_TRANSLATE_NOOP("Columns", ...); shown translated
    text: Callable[[R], str]
    key: Callable[[R], Any] | None = None  # sort key; the lower-cased text when None
    numeric: bool = False


RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind, shown through ``columns``; sort and filter keep row objects intact."""

    columns: Sequence[Column[R]] = ()
    # The roles ``extra_data`` answers: a view asks a dozen roles of every cell it paints, and
    # answering the others at once keeps painting 5,000 rows cheap.
    extra_roles: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._order: list[int] = []
        self._view: list[int] = []
        self._keys: dict[int, list[Any]] = {}
        self._search: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._needle = ""
        self._keep: Callable[[R], bool] | None = None
        self._where: dict[Any, int] | None = None  # each row's index by its id, made at the first patch

    # -- data in
    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows, self._where = rows, None
        self._keys = {}
        self._search = []  # built at the first search: a page opens without it
        self._order = list(range(len(rows)))
        if self._sort:
            self._order = self._sorted(*self._sort)
        self._view = self._filtered()
        self.endResetModel()

    def search_text(self, row: R) -> str:
        """What a search looks in: the row's shown texts (a model may say otherwise)."""
        return " ".join(column.text(row) for column in self.columns)

    def search_texts(self) -> list[str]:
        """Every row's search text, lower-cased: built column by column (a third faster than row
        by row at 56,000 evaluations) unless the model says what a row's search text is."""
        rows = self._rows
        if type(self).search_text is not RowTableModel.search_text:
            return [self.search_text(row).lower() for row in rows]
        texts = [[column.text(row) for row in rows] for column in self.columns]
        return [" ".join(parts).lower() for parts in zip(*texts, strict=True)]

    def patch(self, fresh: Sequence[R], ids: Collection[Any]) -> None:
        """Show the rows of ``ids`` as ``fresh`` gives them: in place of the rows they were, after
        the others when new, gone when ``fresh`` lacks them. The other rows keep their sort keys,
        search texts and order: a saved meeting is put in its place among 40,000 by a binary
        search, not by sorting them again."""
        replaced = {_id(row): row for row in fresh}
        rows, keys = list(self._rows), {column: list(values) for column, values in self._keys.items()}
        search = list(self._search) if len(self._search) == len(rows) else None
        where = self._positions()
        touched = sorted(where[row_id] for row_id in set(ids) if row_id in where)
        changed = [i for i in touched if _id(rows[i]) in replaced]
        gone = [i for i in touched if _id(rows[i]) not in replaced]
        order = list(self._order)
        for i in touched:  # out of the order; the changed come back by their new keys
            order.remove(i)
        for i in changed:
            rows[i] = replaced.pop(_id(rows[i]))
        for i in reversed(gone):  # a deleted row: the lists close up over it
            del rows[i]
            for values in keys.values():
                del values[i]
            if search is not None:
                del search[i]
        if len(gone) == 1:  # the rows after it move up one
            order = [i - (i > gone[0]) for i in order]
            changed = [i - (i > gone[0]) for i in changed]
        elif gone:
            order = [i - bisect_left(gone, i) for i in order]
            changed = [i - bisect_left(gone, i) for i in changed]
        changed += range(len(rows), len(rows) + len(replaced))
        where.update((row_id, len(rows) + n) for n, row_id in enumerate(replaced))
        rows += replaced.values()  # new rows, after the others
        for values in keys.values():
            values += [None] * len(replaced)
        if search is not None:
            search += [""] * len(replaced)
        for n in changed:
            for column, values in keys.items():
                values[n] = self._sort_key(column, rows[n])
            if search is not None:
                search[n] = self.search_text(rows[n]).lower()
        if self._sort is None:
            order = list(range(len(rows)))
        else:
            column, direction = self._sort
            for n in changed:
                order.insert(_place(order, keys[column], n, direction == Qt.SortOrder.DescendingOrder), n)
        self.beginResetModel()
        self._rows, self._keys, self._search, self._order = rows, keys, search or [], order
        self._where = None if gone else where  # after a deleted row, the indexes are made again
        self._view = self._filtered()
        self.endResetModel()

    def first_shown(self, rows: Sequence[R]) -> int:
        """Where the first of ``rows`` (by id) that the filter lets through is shown; -1 for none."""
        if not rows:
            return -1
        where, view = self._positions(), self._view
        at = [where[row_id] for row_id in map(_id, rows) if row_id in where]
        return min((view.index(i) for i in at if i in view), default=-1)

    def _positions(self) -> dict[Any, int]:
        if self._where is None:
            self._where = {row_id: i for i, row_id in enumerate(map(_id, self._rows))}
        return self._where

    def set_filter(self, needle: str = "", keep: Callable[[R], bool] | None = None) -> None:
        """Show rows whose text contains ``needle`` (any case) and that ``keep`` accepts."""
        self.beginResetModel()
        self._needle, self._keep = needle.strip().lower(), keep
        self._view = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        if self._needle and len(self._search) != len(self._rows):
            self._search = self.search_texts()
        needle, keep, rows, search = self._needle, self._keep, self._rows, self._search
        if keep is None:
            return [i for i in self._order if needle in search[i]] if needle else list(self._order)
        if not needle:
            return [i for i in self._order if keep(rows[i])]
        return [i for i in self._order if needle in search[i] and keep(rows[i])]

    def _sort_key(self, column: int, row: R) -> Any:
        spec = self.columns[column]
        return _none_last(spec.key(row)) if spec.key is not None else spec.text(row).lower()

    @made_at_once()  # a key per row, tuples: the collector waits
    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [self._sort_key(column, row) for row in self._rows]
        return sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows_before = [self._view[index.row()] for index in before]
        self._sort = (column, order)
        self._order = self._sorted(column, order)
        self._view = self._filtered()
        where = {row: position for position, row in enumerate(self._view)}
        after = [
            self.index(where[row], index.column()) if row in where else QModelIndex()
            for row, index in zip(rows_before, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- data out
    def row_at(self, index: Index) -> R:
        return self._rows[self._view[index.row()]]

    def every_row(self) -> list[R]:
        """The rows given, shown or not."""
        return list(self._rows)

    def rows_shown(self) -> list[R]:
        return [self._rows[i] for i in self._view]

    def total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(self._rows[self._view[index.row()]])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[index.column()].numeric else None
        if role == ROW_ROLE:
            return self._rows[self._view[index.row()]]
        if role in self.extra_roles:
            return self.extra_data(self._rows[self._view[index.row()]], role)
        return None

    def extra_data(self, row: R, role: int) -> Any:
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self.columns[section].title)
        return None


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _talent(person: PersonRow) -> str:
    if person.performance is None or person.potential is None:
        return ""
    return f"{level_name(person.performance)} / {level_name(person.potential)}"


class ParticipantTableModel(RowTableModel[PersonRow]):
    """Participants with their role and pairing in the current program."""

    extra_roles = frozenset({Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.people = People([])
        yes = QCoreApplication.translate("Columns", "Yes")
        archived, active = (
            QCoreApplication.translate("Columns", "Archived"),
            QCoreApplication.translate("Columns", "Active"),
        )
        # What an officer scans for first (role, paired, talent) comes first, in view on a small screen.
        self.columns = (
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name),
            Column(QT_TRANSLATE_NOOP("Columns", "Role"), self.role_text),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Paired"), lambda p: yes if p.id in self.people.paired else ""
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Talent (perf. / pot.)"),
                _talent,
                key=lambda p: (p.performance or 0, p.potential or 0),
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Department"), lambda p: p.department),
            Column(QT_TRANSLATE_NOOP("Columns", "Job title"), lambda p: p.job_title),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Grade"),
                lambda p: _number(p.grade),
                key=lambda p: p.grade,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Generation"), lambda p: p.generation, key=lambda p: p.birth_year
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Employment"),
                lambda p: labels(EmploymentType).get(p.employment_type, p.employment_type),
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Agency"), lambda p: p.agency),
            Column(QT_TRANSLATE_NOOP("Columns", "Employee no."), lambda p: p.employee_no),
            Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda p: archived if p.archived else active),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Consent"),
                lambda p: p.consent_date or "",
                key=lambda p: p.consent_date,
            ),
        )

    def search_text(self, p: PersonRow) -> str:
        return (
            f"{p.name} {p.employee_no} {p.email} {p.department} {p.job_title} {p.agency} "
            f"{p.location} {p.generation} {labels(EmploymentType).get(p.employment_type, '')}"
        )

    def role_text(self, person: PersonRow) -> str:
        role = self.people.roles.get(person.id)
        return role.label if role else ""

    def set_people(self, people: People) -> None:
        self.people = people
        self.set_rows(people.people)

    def patch(self, fresh: Sequence[PersonRow], ids: Collection[Any]) -> None:
        super().patch(fresh, ids)
        self.people = replace(self.people, people=self._rows)  # what the next form lists follows

    def role(self, person: PersonRow) -> Role | None:
        return self.people.roles.get(person.id)

    def extra_data(self, row: PersonRow, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name}\n{row.job_title}\n{row.email}".strip()
        return None


class GoalTableModel(RowTableModel[GoalRow]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Pair"), lambda r: r.pair),
        Column(QT_TRANSLATE_NOOP("Columns", "Topic"), lambda r: r.topic),
        Column(QT_TRANSLATE_NOOP("Columns", "Goal"), lambda r: r.specific),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Target date"),
            lambda r: r.target_date,
            key=lambda r: r.target_date,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: labels(GoalStatus).get(r.status, r.status)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Progress"),
            lambda r: f"{r.progress} %",
            key=lambda r: r.progress,
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Measure of success"), lambda r: r.measure),
    )


class MeetingTableModel(RowTableModel[MeetingRow]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.date),
        Column(QT_TRANSLATE_NOOP("Columns", "Pair"), lambda r: r.pair),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Minutes"),
            lambda r: str(r.duration_min),
            key=lambda r: r.duration_min,
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Mode"), lambda r: labels(MeetingMode).get(r.mode, r.mode)),
        Column(QT_TRANSLATE_NOOP("Columns", "Topics"), lambda r: r.topics),
        Column(QT_TRANSLATE_NOOP("Columns", "Notes"), lambda r: r.notes),
    )


def _average_text(average: float | None) -> str:
    return "" if average is None else f"{average:g}"


class EvaluationTableModel(RowTableModel[EvaluationRow]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.date),
        Column(QT_TRANSLATE_NOOP("Columns", "Pair"), lambda r: r.pair),
        Column(QT_TRANSLATE_NOOP("Columns", "Stage"), lambda r: labels(Stage).get(r.stage, r.stage)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Answered by"),
            lambda r: labels(Respondent).get(r.respondent, r.respondent),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Average answer"),
            lambda r: _average_text(r.average),  # worked out once: it decodes the answers
            key=lambda r: r.average,
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Comments"), lambda r: r.comments),
    )
