"""Small painted bar charts for the dashboard (QPainter: no extra Qt module to install).

QtCharts would need PySide6-Addons, several hundred MB more for every user; the
dashboard needs only labelled horizontal bars, one or two series.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from rmdesk.domain import i18n

COLORS = (QColor("#2f6f9f"), QColor("#e0892f"))


class BarChart(QWidget):
    """Horizontal bars: one row per label, one bar per series, the value written at the end."""

    def __init__(self, title: str, series_names: Sequence[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self.series_names = list(series_names)
        self.rows: list[tuple[str, list[float | None]]] = []
        self.maximum: float | None = None
        self.minimum = 0.0
        self.number_format = "{:g}"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)

    @property
    def title(self) -> str:
        return self._title

    @title.setter
    def title(self, text: str) -> None:
        """A new title may wrap to another number of lines: the layout asks the height again."""
        self._title = text
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def set_rows(
        self,
        rows: Sequence[tuple[str, Sequence[float | None]]],
        maximum: float | None = None,
        number_format: str = "{:g}",
        minimum: float = 0.0,
    ) -> None:
        """``minimum`` and ``maximum`` are a rating scale's ends (1 and 5): each bar then sits on a
        track of the whole scale, so 2.0 out of 5 reads as low, not as the longest bar."""
        self.rows = [(label, list(values)) for label, values in rows]
        self.maximum, self.minimum, self.number_format = maximum, minimum, number_format
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: {', '.join('-' if v is None else number_format.format(v) for v in values)}"
                for label, values in self.rows
            )
        )
        self.updateGeometry()
        self.update()

    def fraction(self, value: float) -> float:
        """How far along its scale (or along the largest value) a bar reaches, from 0 to 1."""
        top = (
            self.maximum
            or max((v for _, values in self.rows for v in values if v is not None), default=1)
            or 1
        )
        bottom = self.minimum if self.maximum is not None else 0.0
        return max(0.0, min(value, top) - bottom) / max(top - bottom, 1e-9)

    def _bars(self) -> int:
        return max((len(values) for _, values in self.rows), default=1)

    def _title_font(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _title_height(self, width: int) -> int:
        """The title wrapped to ``width``: a long title (or a longer language) takes two lines."""
        room = QRect(0, 0, max(width, 120), 10_000)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        return QFontMetrics(self._title_font()).boundingRect(room, flags, self.title).height()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        line = self.fontMetrics().height()
        legend = line + 6 if len(self.series_names) > 1 else 0
        per_row = self._bars() * (line + 2) + 8
        return self._title_height(width) + 10 + legend + max(len(self.rows), 1) * per_row

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, self.heightForWidth(self.width() if self.width() > 120 else 360))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        if self._title_height(event.size().width()) != self._title_height(event.oldSize().width()):
            self.updateGeometry()  # the title wraps to another number of lines
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, self.sizeHint().height())  # never squeeze rows away

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        line = self.fontMetrics().height()
        painter.setFont(self._title_font())
        painter.setPen(text)
        title = self._title_height(self.width())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.drawText(QRectF(0, 0, self.width(), title + 4), flags, self.title)
        painter.setFont(self.font())
        y = title + 6.0
        if len(self.series_names) > 1:
            x = 0.0
            for index, name in enumerate(self.series_names):
                painter.fillRect(QRectF(x, y + 3, 10, line - 6), COLORS[index % len(COLORS)])
                painter.setPen(text)
                painter.drawText(QRectF(x + 14, y, 200, line), Qt.AlignmentFlag.AlignLeft, name)
                x += 24 + self.fontMetrics().horizontalAdvance(name)
            y += line + 6
        if not self.rows:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(0, y, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.tr("No data yet")
            )
            return
        widest = max(self.fontMetrics().horizontalAdvance(label) for label, _ in self.rows)
        label_width = min(widest + 16, self.width() * 0.45)
        value_width = self.fontMetrics().horizontalAdvance("00.00") + 8
        span = max(self.width() - label_width - value_width, 20)
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(70)
        for label, values in self.rows:
            painter.setPen(text)
            block = len(values) * (line + 2)
            elided = self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 6))
            painter.drawText(QRectF(0, y, label_width - 8, block), Qt.AlignmentFlag.AlignVCenter, elided)
            for index, value in enumerate(values):
                bar_y = y + index * (line + 2)
                if self.maximum is not None:  # the whole scale, behind the bar
                    painter.fillRect(QRectF(label_width, bar_y + 2, span, line - 2), track)
                if value is not None:
                    width = max(span * self.fraction(value), 2.0)
                    painter.fillRect(
                        QRectF(label_width, bar_y + 2, width, line - 2), COLORS[index % len(COLORS)]
                    )
                    shown = i18n.current().localise(self.number_format.format(value))
                else:
                    width, shown = 0, "–"
                painter.setPen(text)
                painter.drawText(
                    QRectF(label_width + width + 4, bar_y, value_width, line),
                    Qt.AlignmentFlag.AlignVCenter,
                    shown,
                )
            y += block + 8
