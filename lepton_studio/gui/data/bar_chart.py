"""Pictures per class as horizontal bars (QPainter; long class names stay readable)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

OK, FEW, TOO_FEW, DROPPED = "ok", "few", "too_few", "dropped"
COLOURS = {
    OK: QColor(56, 132, 244),
    FEW: QColor(230, 140, 20),
    TOO_FEW: QColor(214, 60, 50),
    DROPPED: QColor(160, 160, 160),
}


@dataclass(frozen=True)
class Bar:
    name: str
    count: int
    state: str = OK


class ClassBarChart(QWidget):
    """One bar per class, longest bar = the largest class; colour says small or too small."""

    MARGIN = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, max(1, len(self.bars)) * self._row_height() + 2 * self.MARGIN)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        row = self._row_height()
        width = self.width() - 2 * self.MARGIN
        locale = QLocale()
        label_w = min(max((metrics.horizontalAdvance(b.name) for b in self.bars), default=0) + 8,
                      int(width * 0.4))
        count_w = max((metrics.horizontalAdvance(locale.toString(b.count)) for b in self.bars),
                      default=0) + 10
        bar_left = self.MARGIN + label_w
        bar_space = max(10, width - label_w - count_w)
        largest = max((b.count for b in self.bars), default=0) or 1
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for i, bar in enumerate(self.bars):
            top = self.MARGIN + i * row
            painter.setPen(text)
            name = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(QRectF(self.MARGIN, top, label_w - 8, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, name)
            length = bar_space * bar.count / largest
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(COLOURS.get(bar.state, COLOURS[OK]))
            if length > 0:
                painter.drawRoundedRect(QRectF(bar_left, top + 4, max(2.0, length), row - 8), 3, 3)
            painter.setPen(text)
            painter.drawText(QRectF(bar_left + length + 5, top, count_w, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             locale.toString(bar.count))
        painter.end()
