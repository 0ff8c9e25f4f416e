"""The 9-box talent map: drag a person to another box to re-rate them (one undo step each)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.entities import Participant, Program, Role
from rmdesk.domain.talent import box_name, is_candidate, is_junior_grade, level_name
from rmdesk.gui.models import Index
from rmdesk.gui.page import Page
from rmdesk.gui.work import attempt
from rmdesk.store import Document, edits, queries
from rmdesk.store.queries import TalentRow

MIME = "application/x-rmdesk-participants"
CANDIDATE_BACKGROUND = QColor("#fff4c2")
CANDIDATE_TEXT = QColor("#1a1a1a")  # dark on the pale highlight, in light and dark windows alike
Box = tuple[int, int] | None  # (performance, potential); None is "not rated"
HIGH = 3  # the highest rating, a candidate reverse mentor's potential


class BoxModel(QAbstractListModel):
    """One cell's people. Tooltips are made when asked for: a cell may hold thousands."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.people: list[TalentRow] = []
        self.candidates: set[str] = set()
        self.brush, self.ink = QBrush(CANDIDATE_BACKGROUND), QBrush(CANDIDATE_TEXT)
        self.bold = QFont()
        self.bold.setBold(True)

    def set_people(self, people: list[TalentRow], candidates: set[str]) -> None:
        self.beginResetModel()
        self.people, self.candidates = people, candidates
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.people)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.people[index.row()]
        candidate = person.id in self.candidates
        if role == Qt.ItemDataRole.DisplayRole:
            return ("★ " if candidate else "") + person.name
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        if role == Qt.ItemDataRole.ToolTipRole:
            whole = person.person()
            topics = ", ".join(f"{t} {lvl}" for t, lvl in whole.topics_offered.items())
            generation = whole.generation or QCoreApplication.translate("TalentMapPage", "Generation unknown")
            offers = QCoreApplication.translate("TalentMapPage", "Offers: {topics}").format(
                topics=topics or QCoreApplication.translate("TalentMapPage", "none")
            )
            return f"{whole.name}\n{whole.job_title}, {whole.department}\n{generation}\n{offers}"
        if candidate and role == Qt.ItemDataRole.BackgroundRole:
            return self.brush
        if candidate and role == Qt.ItemDataRole.ForegroundRole:
            return self.ink
        if candidate and role == Qt.ItemDataRole.FontRole:
            return self.bold
        return None

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt API
        data = QMimeData()
        data.setData(MIME, "\n".join(self.people[i.row()].id for i in indexes).encode())
        return data


class BoxList(QListView):
    """One cell of the grid. Drops call back into the map; the map then redraws from the file."""

    dropped = Signal(list, object)  # participant ids, the target box

    def __init__(self, box: Box, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = box
        self.people = BoxModel(self)
        self.setModel(self.people)
        self.setUniformItemSizes(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAccessibleName(
            QCoreApplication.translate("TalentMapPage", "Not rated") if box is None else box_name(*box)
        )
        self.setMinimumHeight(2 * self.fontMetrics().height() + 8)  # two names: the grid fits a small screen

    def count(self) -> int:
        return self.people.rowCount()

    def item(self, row: int) -> QModelIndex:
        return self.people.index(row, 0)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        ids = bytes(event.mimeData().data(MIME).data()).decode().split("\n")
        event.setDropAction(Qt.DropAction.CopyAction)  # the source must not remove its items itself
        event.accept()
        self.dropped.emit([i for i in ids if i], self.box)


class TalentMapPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: Document | None = None
        self.program: Program | None = None
        self.people: dict[str, TalentRow] = {}  # on the map, in name order
        self.roles: dict[str, Role] = {}
        self.candidates: set[str] = set()
        self.juniors_only = QCheckBox(self.tr("&Juniors only"))
        self.juniors_only.setToolTip(self.tr("Reverse mentors in this program, and people at grades 1 to 6"))
        self.juniors_only.toggled.connect(self.reload)
        legend = QLabel(self.tr("★ Candidate reverse mentor"))
        legend.setToolTip(self.tr("A junior with high potential who offers a topic at level 3 or more"))
        legend.setStyleSheet(
            f"background: {CANDIDATE_BACKGROUND.name()}; color: {CANDIDATE_TEXT.name()}; padding: 2px 6px;"
        )
        top = QHBoxLayout()
        top.addWidget(self.juniors_only)
        top.addStretch()
        top.addWidget(legend)

        grid = QGridLayout()
        grid.setSpacing(6)
        self.boxes: dict[Box, BoxList] = {}
        self.titles: dict[Box, QLabel] = {}
        for row, performance in enumerate((3, 2, 1)):
            side = QLabel(self.tr("{level}\nperformance").format(level=level_name(performance)))
            side.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(side, row, 0)
            for column, potential in enumerate((1, 2, 3), start=1):
                grid.addWidget(self._cell((performance, potential)), row, column)
        for column, potential in enumerate((1, 2, 3), start=1):
            under = QLabel(self.tr("{level} potential").format(level=level_name(potential)))
            under.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(under, 3, column)
        for column in (1, 2, 3):
            grid.setColumnStretch(column, 1)
        unrated = self._cell(None)
        unrated.setMaximumHeight(150)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(unrated)

    def _cell(self, box: Box) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel()
        title.setStyleSheet("font-weight: 600;")
        items = BoxList(box)
        items.dropped.connect(self.rate_people)
        self.boxes[box], self.titles[box] = items, title
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addWidget(title)
        inner.addWidget(items)
        return frame

    def set_document(self, doc: Document | None, program: Program | None) -> None:
        self.doc, self.program = doc, program
        self.reload()

    def reload(self) -> None:
        everyone: list[TalentRow] = []
        self.roles = {}
        if self.doc is not None:
            everyone = queries.talent(self.doc)
            self.roles = queries.roles(self.doc, self.program.id if self.program else None)
        if self.juniors_only.isChecked():  # asked once, not of each of thousands
            everyone = [p for p in everyone if is_junior_grade(p.grade, self.roles.get(p.id))]
        self.people = {p.id: p for p in everyone}
        self.candidates = {p.id for p in everyone if p.potential == HIGH and self._candidate(p)}
        self._fill()

    def show_changes(self, changed: dict[str, set[str]]) -> bool:
        """People re-rated (or otherwise edited) in place: their rows read again and moved to their
        boxes; only the boxes whose people changed are redrawn. Someone new to the map (restored
        from the archive, added) has it read whole."""
        doc = self.doc
        if doc is None or set(changed) != {"participants"}:
            return False
        ids = changed["participants"]
        fresh = {row.id: row for row in queries.talent(doc, ids) if self._listed(row)}
        if any(pid not in self.people for pid in fresh):
            return False
        renamed = False
        for pid in ids:
            row = fresh.get(pid)
            if row is None:
                self.people.pop(pid, None)
                continue
            renamed |= row.name != self.people[pid].name
            self.people[pid] = row
            (self.candidates.add if self._candidate(row) else self.candidates.discard)(pid)
        if renamed:  # name order, as a whole read gives it
            self.people = dict(sorted(self.people.items(), key=lambda item: item[1].name.lower()))
        self._fill()
        return True

    def _listed(self, person: TalentRow) -> bool:
        return not self.juniors_only.isChecked() or is_junior_grade(person.grade, self.roles.get(person.id))

    def _candidate(self, person: TalentRow) -> bool:
        # Only high potential can be a candidate: the rules see the others' topics never.
        return person.potential == HIGH and is_candidate(
            person.grade, person.potential, person.topics(), self.roles.get(person.id)
        )

    def _fill(self) -> None:
        """Each box holds its people in name order; a box whose people are the same is left as it is."""
        in_box: dict[Box, list[TalentRow]] = {box: [] for box in self.boxes}
        for person in self.people.values():
            box: Box = None
            if person.performance is not None and person.potential is not None:
                box = (person.performance, person.potential)
            in_box[box].append(person)
        for box, cell in self.boxes.items():  # one set of candidates: a person's star moves with their row
            model = cell.people
            if model.people != in_box[box] or model.candidates is not self.candidates:
                model.set_people(in_box[box], self.candidates)
        for box, title in self.titles.items():
            name = self.tr("Not rated (drag into a box to rate)") if box is None else box_name(*box)
            title.setText(f"{name} ({self.boxes[box].count()})")

    def rate_people(self, ids: list[str], box: Box) -> None:
        """Re-rate the dropped people; each person is one undo step."""
        if self.doc is None:
            return
        performance, potential = box if box else (None, None)
        before = self.doc.newest_action()
        moved = False
        for pid in ids:
            shown = self.people.get(pid)
            if shown is None or (shown.performance, shown.potential) == (performance, potential):
                continue
            person = self.doc.find(Participant, pid)  # whole, as the file holds it now
            if person is not None:
                moved |= attempt(
                    self, "Re-rate", partial(edits.rate, self.doc, person, performance, potential)
                )
        if moved:  # shown once the drag has fully ended
            doc = self.doc
            QTimer.singleShot(0, lambda: self.shown_after(doc, before))

    def focus_search(self) -> None:
        self.juniors_only.setFocus()
