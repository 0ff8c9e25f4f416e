"""The 9-box talent map: drag a person to another box to re-rate them (one undo step each)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.entities import Participant, Program, Role
from rmdesk.domain.talent import LEVEL_NAMES, box_name, is_candidate_mentor, is_junior
from rmdesk.gui.page import Page
from rmdesk.gui.work import attempt
from rmdesk.store import Document, edits, queries

MIME = "application/x-rmdesk-participants"
CANDIDATE_BACKGROUND = QColor("#fff4c2")
Box = tuple[int, int] | None  # (performance, potential); None is "not rated"


class BoxList(QListWidget):
    """One cell of the grid. Drops call back into the map; the map then redraws from the file."""

    dropped = Signal(list, object)  # participant ids, the target box

    def __init__(self, box: Box, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = box
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAccessibleName("Not rated" if box is None else box_name(*box))
        self.setMinimumHeight(2 * self.fontMetrics().height() + 8)  # two names: the grid fits a small screen

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt API
        data = QMimeData()
        data.setData(MIME, "\n".join(i.data(Qt.ItemDataRole.UserRole) for i in items).encode())
        return data

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
        self.people: dict[str, Participant] = {}
        self.juniors_only = QCheckBox("&Juniors only")
        self.juniors_only.setToolTip("Reverse mentors in this program, and people at grades 1 to 6")
        self.juniors_only.toggled.connect(self.reload)
        legend = QLabel("★ Candidate reverse mentor")
        legend.setToolTip("A junior with high potential who offers a topic at level 3 or more")
        legend.setStyleSheet(f"background: {CANDIDATE_BACKGROUND.name()}; padding: 2px 6px;")
        top = QHBoxLayout()
        top.addWidget(self.juniors_only)
        top.addStretch()
        top.addWidget(legend)

        grid = QGridLayout()
        grid.setSpacing(6)
        self.boxes: dict[Box, BoxList] = {}
        self.titles: dict[Box, QLabel] = {}
        for row, performance in enumerate((3, 2, 1)):
            side = QLabel(f"{LEVEL_NAMES[performance]}\nperformance")
            side.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(side, row, 0)
            for column, potential in enumerate((1, 2, 3), start=1):
                grid.addWidget(self._cell((performance, potential)), row, column)
        for column, potential in enumerate((1, 2, 3), start=1):
            under = QLabel(f"{LEVEL_NAMES[potential]} potential")
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
        for cell in self.boxes.values():
            cell.clear()
        everyone: list[Participant] = []
        roles: dict[str, Role] = {}
        if self.doc is not None:
            active = [p for p in self.doc.shared(Participant) if not p.archived]
            everyone = sorted(active, key=lambda p: p.name.lower())
            roles, _ = queries.roles_and_pairing(self.doc, self.program.id if self.program else None)
        if self.juniors_only.isChecked():
            everyone = [p for p in everyone if is_junior(p, roles.get(p.id))]
        self.people = {p.id: p for p in everyone}
        bold = QFont()
        bold.setBold(True)
        for person in everyone:
            box: Box = None
            if person.performance is not None and person.potential is not None:
                box = (person.performance, person.potential)
            candidate = is_candidate_mentor(person, roles.get(person.id))
            item = QListWidgetItem(("★ " if candidate else "") + person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            topics = ", ".join(f"{t} {lvl}" for t, lvl in person.topics_offered.items()) or "none"
            item.setToolTip(
                f"{person.name}\n{person.job_title}, {person.department}\n"
                f"{person.generation or 'Generation unknown'}\nOffers: {topics}"
            )
            if candidate:
                item.setBackground(QBrush(CANDIDATE_BACKGROUND))
                item.setFont(bold)
            self.boxes[box].addItem(item)
        for box, title in self.titles.items():
            name = "Not rated (drag into a box to rate)" if box is None else box_name(*box)
            title.setText(f"{name} ({self.boxes[box].count()})")

    def rate_people(self, ids: list[str], box: Box) -> None:
        """Re-rate the dropped people; each person is one undo step."""
        if self.doc is None:
            return
        performance, potential = box if box else (None, None)
        moved = False
        for pid in ids:
            person = self.people.get(pid)
            if person is None or (person.performance, person.potential) == (performance, potential):
                continue
            moved |= attempt(self, "Re-rate", partial(edits.rate, self.doc, person, performance, potential))
        if moved:
            QTimer.singleShot(0, self.changed.emit)  # redraw after the drag has fully ended

    def focus_search(self) -> None:
        self.juniors_only.setFocus()
