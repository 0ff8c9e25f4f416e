"""Cards on the pairing board: one list model per area and one painted delegate, no widget per card."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

MIME = "application/x-rmdesk-card"
CARD_ROLE = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex
GOOD, BAD, WARN = QColor("#1b7f3b"), QColor("#b00020"), QColor("#a15c00")


@dataclass(frozen=True)
class Card:
    kind: str  # "mentor", "mentee" or "pair"
    id: str  # participant id, or pair id
    title: str
    detail: str
    topics: str
    score: float | None = None
    warning: str = ""  # shown in amber on the card
    locked: bool = False
    search: str = ""


@dataclass(frozen=True)
class Preview:
    """What the card under a drag would become: its score, or the rule it breaks."""

    row: int
    text: str
    allowed: bool


class CardModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cards: list[Card] = []
        self.shown: list[int] = []
        self.preview: Preview | None = None
        self._needles: list[str] = []

    def set_cards(self, cards: list[Card]) -> None:
        self.beginResetModel()
        self.cards = cards
        self.shown = self._filtered()
        self.preview = None
        self.endResetModel()

    def set_filter(self, *needles: str) -> None:
        """Show the cards whose text holds every one of ``needles`` (any case)."""
        self.beginResetModel()
        self._needles = [n.strip().lower() for n in needles if n.strip()]
        self.shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        needles = self._needles
        if not needles:
            return list(range(len(self.cards)))
        return [i for i, c in enumerate(self.cards) if all(n in c.search for n in needles)]

    def card(self, index: Index) -> Card:
        return self.cards[self.shown[index.row()]]

    def row_of(self, card_id: str) -> int:
        for row, i in enumerate(self.shown):
            if self.cards[i].id == card_id:
                return row
        return -1

    def set_preview(self, preview: Preview | None) -> None:
        old = self.preview
        self.preview = preview
        for p in (old, preview):
            if p is not None and 0 <= p.row < len(self.shown):
                self.dataChanged.emit(self.index(p.row), self.index(p.row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.card(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (card.title, card.detail, card.topics, card.warning) if x)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.title}, {card.detail}"
        if role == CARD_ROLE:
            return card
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:  # noqa: N802 - Qt API
        data = QMimeData()
        cards = [self.card(i) for i in indexes if i.isValid()][:1]
        if cards:
            data.setData(MIME, json.dumps({"kind": cards[0].kind, "id": cards[0].id}).encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        # The target answers Copy: the page redraws from the file, so the view must not remove rows.
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


def dragged(data: QMimeData) -> tuple[str, str] | None:
    """(kind, id) of the card a drag carries, or None for anything else."""
    if not data.hasFormat(MIME):
        return None
    try:
        found = json.loads(bytes(data.data(MIME).data()).decode())
        return str(found["kind"]), str(found["id"])
    except (ValueError, KeyError, TypeError):
        return None


class CardDelegate(QStyledItemDelegate):
    """Paints a card: name, department and generation, topics, and a score or warning badge."""

    HEIGHT = 68

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card = index.data(CARD_ROLE)
        model = index.model()
        preview = model.preview if isinstance(model, CardModel) else None
        palette = option.palette
        rect: QRect = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = (
            palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        )
        targeted = preview is not None and preview.row == index.row()
        if targeted:
            assert preview is not None
            border = GOOD if preview.allowed else BAD
        painter.setPen(border)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        if selected or targeted:
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        inner = rect.adjusted(10, 6, -10, -6)
        badge = ""
        badge_color = palette.color(QPalette.ColorRole.Text)
        if targeted:
            assert preview is not None
            badge, badge_color = preview.text, GOOD if preview.allowed else BAD
        elif card.score is not None:
            badge = f"{card.score:g}"
        title_font = QFont(option.font)
        title_font.setBold(True)
        metrics_height = painter.fontMetrics().height()
        line = QRect(inner.left(), inner.top(), inner.width(), metrics_height + 2)
        if badge:
            painter.setFont(title_font)
            painter.setPen(badge_color)
            width = painter.fontMetrics().horizontalAdvance(badge) + 8
            painter.drawText(line.adjusted(line.width() - width, 0, 0, 0), Qt.AlignmentFlag.AlignRight, badge)
            line.setRight(line.right() - width)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = card.title
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, line.width()),
        )
        painter.setFont(option.font)
        for number, (text, color) in enumerate(
            (
                (card.detail, palette.color(QPalette.ColorRole.PlaceholderText)),
                (
                    card.warning or card.topics,
                    WARN if card.warning else palette.color(QPalette.ColorRole.Text),
                ),
            )
        ):
            row = QRect(
                inner.left(), inner.top() + (number + 1) * (metrics_height + 1), inner.width(), metrics_height
            )
            painter.setPen(color)
            painter.drawText(
                row,
                Qt.AlignmentFlag.AlignLeft,
                painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, row.width()),
            )
        painter.restore()


class CardView(QListView):
    """One area of the board. Drops are handed to the page with the card dropped on, if any."""

    dropped = Signal(str, str, object)  # dragged kind, dragged id, target Card or None
    hovering = Signal(str, str, object)  # the same while a drag moves; the page answers with a preview

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.area = ""  # "mentor", "mentee" or "pair", set by the page
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(0)

    def card_model(self) -> CardModel:
        model = self.model()
        assert isinstance(model, CardModel)
        return model

    def target_at(self, event: QDropEvent | QDragMoveEvent) -> Card | None:
        index = self.indexAt(event.position().toPoint())
        return self.card_model().card(index) if index.isValid() else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if dragged(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        found = dragged(event.mimeData())
        if not found:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.hovering.emit(found[0], found[1], self.target_at(event))

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt API
        self.card_model().set_preview(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        found = dragged(event.mimeData())
        self.card_model().set_preview(None)
        if not found:
            event.ignore()
            return
        # The page changes the file and redraws; the view must not move items itself.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(found[0], found[1], self.target_at(event))
