"""Cards on the pairing board: one list model per area and one painted delegate, no widget per card."""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from rmdesk.domain.words import points

MIME = "application/x-rmdesk-card"
CARD_ROLE = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex
GOOD, BAD, WARN = QColor("#1b7f3b"), QColor("#b00020"), QColor("#a15c00")
# The edge and the word that tell a pair's status at a glance: hues apart for colour-blind eyes too
# (blue, green, grey, magenta; not the amber of a warning), each readable on a white card.
STATUS_COLORS = {
    "proposed": QColor("#3f51b5"),
    "active": GOOD,
    "completed": QColor("#546e7a"),
    "ended_early": QColor("#ad1457"),
}


@dataclass(slots=True, unsafe_hash=True)  # never changed once made; hashed by the painted-card cache
class Card:
    """One card's words. Boards make thousands at once: a frozen dataclass would set each field
    through ``object.__setattr__``, three times the cost of making this one."""

    kind: str  # "mentor", "mentee" or "pair"
    id: str  # participant id, or pair id
    title: str
    detail: str
    topics: str
    score: float | None = None
    warning: str = ""  # shown in amber on the card
    locked: bool = False
    search: str = ""
    status: str = ""  # a pair's status value ("proposed", "active"...)
    status_text: str = ""  # ...and how the card words it: "Active since 2026-06-07"


@dataclass(frozen=True)
class Preview:
    """What the card under a drag would become: its score, or the rule it breaks."""

    row: int
    text: str
    allowed: bool


def order(card: Card) -> tuple[str, str]:
    """Where a card sits in its area: by name (a pair by its reverse mentor's), then by id."""
    return card.title.casefold(), card.id


class CardModel(QStringListModel):
    """The cards of one area. The row count lives in Qt's own list (of empty strings): a view
    asks for it once per card at every layout, and thousands of calls into Python after each drop
    would cost more than a frame. ``cards`` and ``shown`` are changed before Qt's list, so a view
    told of a change finds them ready."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cards: list[Card] = []
        self.shown: list[int] = []
        self.preview: Preview | None = None
        self._needles: list[str] = []

    def set_cards(self, cards: list[Card]) -> None:
        self.cards = sorted(cards, key=order)
        self.shown = self._filtered()
        self.preview = None
        self.setStringList([""] * len(self.shown))

    # -- one card at a time: a move changes a few cards, and the board must not be rebuilt for it
    def _position(self, card_id: str) -> int:
        return next((i for i, c in enumerate(self.cards) if c.id == card_id), -1)

    def remove_card(self, card_id: str) -> None:
        at = self._position(card_id)
        if at < 0:
            return
        row = bisect.bisect_left(self.shown, at)
        visible = row < len(self.shown) and self.shown[row] == at
        del self.cards[at]
        self.shown = [i if i < at else i - 1 for i in self.shown if i != at]
        if visible:
            self.removeRows(row, 1)

    def put_card(self, card: Card) -> None:
        """Add ``card`` in its place, or replace the card with its id (moving it if its place changed)."""
        at = self._position(card.id)
        if at >= 0 and order(self.cards[at]) == order(card):
            row = bisect.bisect_left(self.shown, at)
            was_shown = row < len(self.shown) and self.shown[row] == at
            if was_shown == self._matches(card):
                self.cards[at] = card
                if was_shown:
                    self.dataChanged.emit(self.index(row), self.index(row))
                return
        self.remove_card(card.id)
        self._insert(card)

    def _insert(self, card: Card) -> None:
        at = bisect.bisect_left([order(c) for c in self.cards], order(card))
        shifted = [i if i < at else i + 1 for i in self.shown]
        if not self._matches(card):
            self.cards.insert(at, card)
            self.shown = shifted
            return
        row = bisect.bisect_left(shifted, at)
        self.cards.insert(at, card)
        self.shown = [*shifted[:row], at, *shifted[row:]]
        self.insertRows(row, 1)

    def _matches(self, card: Card) -> bool:
        return all(n in card.search for n in self._needles)

    def set_filter(self, *needles: str) -> None:
        """Show the cards whose text holds every one of ``needles`` (any case)."""
        self._needles = [n.strip().lower() for n in needles if n.strip()]
        self.shown = self._filtered()
        self.setStringList([""] * len(self.shown))

    def _filtered(self) -> list[int]:
        if not self._needles:
            return list(range(len(self.cards)))
        return [i for i, c in enumerate(self.cards) if self._matches(c)]

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.shown):
            return None  # a row Qt is about to remove
        card = self.card(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = (card.title, card.status_text, card.detail, card.topics, card.warning)
            return "\n".join(x for x in lines if x)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(x for x in (card.title, card.status_text, card.detail) if x)
        if role == CARD_ROLE:
            return card
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if not index.isValid():
            base = Qt.ItemFlag.NoItemFlags
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


def mix(base: QColor, tint: QColor, amount: float) -> QColor:
    """``base`` with ``amount`` (0 to 1) of ``tint`` in it."""

    def part(b: float, t: float) -> float:
        return b + (t - b) * amount

    return QColor.fromRgbF(
        part(base.redF(), tint.redF()), part(base.greenF(), tint.greenF()), part(base.blueF(), tint.blueF())
    )


def two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` wrapped on at most two lines of ``width``; only the end is ever cut (with an ellipsis)."""
    words, first = text.split(), ""
    for i, word in enumerate(words):
        trial = f"{first} {word}".strip()
        if metrics.horizontalAdvance(trial) > width and first:
            rest = " ".join(words[i:])
            return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        first = trial
    return [metrics.elidedText(first, Qt.TextElideMode.ElideRight, width)]


class CardDelegate(QStyledItemDelegate):
    """Paints a card: name, status, department and topics, and a score or the rule a drop would break."""

    EDGE = 5  # the coloured status edge of a pair card
    MARGIN = QSize(4, 3)  # around a card, between it and the next
    PADDING = 6  # inside a card, above and below its three lines
    WIDTH = 160  # the least width a card asks for: a narrow column elides, it never scrolls sideways

    @classmethod
    def height_for(cls, font: QFont) -> int:
        """Three lines of text (the bold first one the tallest) and the padding, in any font size."""
        bold = QFont(font)
        bold.setBold(True)
        line = max(QFontMetrics(bold).height(), QFontMetrics(font).height()) + 1
        return 3 * line + 2 * (cls.PADDING + cls.MARGIN.height()) + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.WIDTH, self.height_for(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """A card as it was painted before, when nothing it shows has changed: after a drop most
        cards in sight are the same, and copying their image is far cheaper than drawing them."""
        card: Card = index.data(CARD_ROLE)
        model = index.model()
        preview = model.preview if isinstance(model, CardModel) else None
        if preview is not None and preview.row != index.row():
            preview = None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if preview is not None:
            self._paint_card(painter, option, option.rect, card, preview, selected)
            return
        size, ratio = option.rect.size(), painter.device().devicePixelRatioF()
        palette = option.palette
        look = (card, size.width(), size.height(), selected, option.font.key(), palette.cacheKey(), ratio)
        key = f"rmdesk-card-{hash(look)}"
        image = QPixmap()
        if not QPixmapCache.find(key, image):
            image = QPixmap(size * ratio)
            image.setDevicePixelRatio(ratio)
            image.fill(
                palette.color(QPalette.ColorRole.Base)
            )  # the view's own background: opaque, fast to copy
            drawing = QPainter(image)
            self._paint_card(drawing, option, QRect(QPoint(0, 0), size), card, None, selected)
            drawing.end()
            QPixmapCache.insert(key, image)
        painter.drawPixmap(option.rect.topLeft(), image)

    def _paint_card(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        area: QRect,
        card: Card,
        preview: Preview | None,
        selected: bool,
    ) -> None:
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.Text)
        margin = self.MARGIN
        rect: QRect = area.adjusted(margin.width(), margin.height(), -margin.width(), -margin.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        border = highlight if selected else palette.color(QPalette.ColorRole.Mid)
        background = palette.color(QPalette.ColorRole.Base)
        good, bad, warn = GOOD, BAD, WARN
        status_color = STATUS_COLORS.get(card.status)
        if background.lightness() < 128:  # a dark palette: the same hues, light enough to read
            good, bad, warn = good.lighter(170), bad.lighter(170), warn.lighter(170)
            status_color = status_color.lighter(170) if status_color is not None else None
        if preview is not None:
            border = good if preview.allowed else bad
        if selected and preview is None:  # a light wash of the selection colour: the text stays as it is
            background = mix(background, highlight, 0.12)
        shape = QPainterPath()
        shape.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.fillPath(shape, background)
        if status_color is not None:  # the edge follows the card's rounded corners
            painter.save()
            painter.setClipPath(shape)
            painter.fillRect(QRect(rect.left(), rect.top(), self.EDGE + 1, rect.height()), status_color)
            painter.restore()
        painter.setPen(QPen(border, 2 if selected or preview is not None else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(shape)
        inner = rect.adjusted(10 + (self.EDGE if status_color else 0), 0, -10, 0)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        height = max(metrics.height(), QFontMetrics(option.font).height())
        inner.setTop(inner.top() + max(0, (inner.height() - 3 * (height + 1)) // 2))  # the lines, centred
        line = QRect(inner.left(), inner.top(), inner.width(), height + 2)
        badge, badge_color = "", text_color
        if preview is not None:
            badge, badge_color = (preview.text, good) if preview.allowed else ("✕", bad)
        elif card.score is not None:
            badge = points(card.score)
        if badge:
            painter.setPen(badge_color)
            width = min(metrics.horizontalAdvance(badge) + 8, inner.width() // 2)
            shown = metrics.elidedText(badge, Qt.TextElideMode.ElideRight, width)
            painter.drawText(line.adjusted(line.width() - width, 0, 0, 0), Qt.AlignmentFlag.AlignRight, shown)
            line.setRight(line.right() - width)
        painter.setPen(text_color)
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(card.title, Qt.TextElideMode.ElideRight, line.width()),
        )
        rows = [QRect(inner.left(), inner.top() + n * (height + 1), inner.width(), height) for n in (1, 2)]
        if (
            preview is not None and not preview.allowed
        ):  # the broken rule, in full words, never cut on the left
            for row, text in zip(rows, two_lines(preview.text, metrics, inner.width()), strict=False):
                painter.setPen(bad)
                painter.drawText(row, Qt.AlignmentFlag.AlignLeft, text)
            painter.restore()
            return
        if card.status_text:
            painter.setPen(status_color or text_color)
            shown = metrics.elidedText(card.status_text, Qt.TextElideMode.ElideRight, rows[0].width())
            painter.drawText(rows[0], Qt.AlignmentFlag.AlignLeft, shown)
            taken = metrics.horizontalAdvance(shown + "  ")
            rows[0] = rows[0].adjusted(taken, 0, 0, 0)
        painter.setFont(option.font)
        plain = painter.fontMetrics()
        quiet = QColor(text_color)
        quiet.setAlphaF(0.62)  # secondary, yet readable (the placeholder grey is too faint on white)
        for row, (text, color) in zip(
            rows,
            (
                (card.detail, quiet),
                (card.warning or card.topics, warn if card.warning else text_color),
            ),
            strict=True,
        ):
            if row.width() > 0:
                painter.setPen(color)
                painter.drawText(
                    row,
                    Qt.AlignmentFlag.AlignLeft,
                    plain.elidedText(text, Qt.TextElideMode.ElideRight, row.width()),
                )
        painter.restore()


def drag_chip(title: str, view: QWidget) -> QPixmap:
    """The small picture that follows the mouse: just the name, so it hides little of the board."""
    font = QFont(view.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, 180)
    size = QSize(metrics.horizontalAdvance(text) + 20, metrics.height() + 10)
    ratio = view.devicePixelRatioF()
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(view.palette().color(QPalette.ColorRole.Highlight))
    painter.setBrush(view.palette().color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(QRect(QPoint(0, 0), size).adjusted(0, 0, -1, -1), 8, 8)
    painter.setFont(font)
    painter.setPen(view.palette().color(QPalette.ColorRole.Text))
    painter.drawText(QRect(QPoint(0, 0), size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def chip_hot_spot(chip: QSize, card_height: int) -> QPoint:
    """Where the pointer holds the chip: beyond its bottom-right corner, by a little to the left and
    by half a card (plus a little) upwards, so the chip clears the card the pointer is in the middle of."""
    return QPoint(chip.width() + 8, chip.height() + card_height // 2 + 4)


CARD_IMAGES_KB = 24 * 1024  # the painted cards kept: a few screens of them, even at 200 %


class CardView(QListView):
    """One area of the board. Drops are handed to the page with the card dropped on, if any."""

    dropped = Signal(str, str, object)  # dragged kind, dragged id, target Card or None
    hovering = Signal(str, str, object)  # the same while a drag moves; the page answers with a preview

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.area = ""  # "mentor", "mentee" or "pair", set by the page
        self.setItemDelegate(CardDelegate(self))
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), CARD_IMAGES_KB))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # cards elide their text
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
        self.hovering.emit("", "", None)
        super().dragLeaveEvent(event)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N802, N803 - Qt API
        """Drag a small name chip held above and left of the pointer, half a card higher than the
        pointer: over the middle of a card, the name, score and rule of that card all stay in view."""
        indexes = [i for i in self.selectedIndexes() if i.isValid()]
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.card_model().mimeData(indexes[:1]))
        chip = drag_chip(self.card_model().card(indexes[0]).title, self)
        drag.setPixmap(chip)
        drag.setHotSpot(
            chip_hot_spot(chip.deviceIndependentSize().toSize(), self.visualRect(indexes[0]).height())
        )
        drag.exec(supportedActions, Qt.DropAction.CopyAction)

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
