"""Pictures per class: one row per class with its name, a bar, the count and a few thumbnails.

Painted with QPainter (long class names stay readable, hundreds of classes stay cheap).
The bar's colour says whether the class is big enough; the thumbnails show what the
class holds, so a wrongly sorted folder stands out at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from .thumbnails import ThumbnailService

OK, FEW, TOO_FEW, DROPPED = "ok", "few", "too_few", "dropped"
COLOURS = {
    OK: QColor(56, 132, 244),
    FEW: QColor(230, 140, 20),
    TOO_FEW: QColor(214, 60, 50),
    DROPPED: QColor(160, 160, 160),
}
MAX_THUMBS = 8
MAX_BAR = 480  # px: on wide windows the thumbnails stay near their bar


@dataclass(frozen=True)
class Bar:
    name: str
    count: int
    state: str = OK
    paths: tuple[str, ...] = field(default_factory=tuple)  # a few pictures of the class


class ClassBarChart(QWidget):
    """One row per class; the longest bar is the largest class."""

    MARGIN = 6
    GAP = 3

    def __init__(self, thumbnails: ThumbnailService | None = None, thumb_px: int = 40,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.thumbnails, self.thumb_px = thumbnails, thumb_px
        self._wanted: set[str] = set()
        if thumbnails is not None:
            thumbnails.ready.connect(self._on_thumbnail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self._wanted = {p for bar in self.bars for p in bar.paths}
        self.updateGeometry()
        self.update()

    def _has_thumbs(self) -> bool:
        return self.thumbnails is not None and any(bar.paths for bar in self.bars)

    def _row_height(self) -> int:
        text = QFontMetrics(self.font()).height() + 8
        return max(text, self.thumb_px + 6) if self._has_thumbs() else text

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, max(1, len(self.bars)) * self._row_height() + 2 * self.MARGIN)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.sizeHint().height())

    def _on_thumbnail(self, path: str) -> None:
        if path in self._wanted:
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        row = self._row_height()
        width = self.width() - 2 * self.MARGIN
        locale = QLocale()
        thumbs = self._has_thumbs()
        thumb_step = self.thumb_px + self.GAP
        thumbs_w = 0
        if thumbs:
            fitting = max(0, int((width * 0.45) // thumb_step))
            thumbs_w = min(MAX_THUMBS, fitting) * thumb_step
        label_w = min(max((metrics.horizontalAdvance(b.name) for b in self.bars), default=0) + 14,
                      int(width * 0.3))
        count_w = max((metrics.horizontalAdvance(locale.toString(b.count)) for b in self.bars),
                      default=0) + 12
        bar_left = self.MARGIN + label_w
        bar_space = min(MAX_BAR, max(10, width - label_w - count_w - thumbs_w - 8))
        thumbs_left = bar_left + bar_space + count_w + 8
        largest = max((b.count for b in self.bars), default=0) or 1
        text = self.palette().color(QPalette.ColorRole.WindowText)
        placeholder = QColor(self.palette().color(QPalette.ColorRole.Mid))
        placeholder.setAlpha(60)
        visible = event.rect()
        for i, bar in enumerate(self.bars):
            top = self.MARGIN + i * row
            if top > visible.bottom() or top + row < visible.top():
                continue
            painter.setPen(text)
            name = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, label_w - 6)
            painter.drawText(QRectF(self.MARGIN, top, label_w - 6, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, name)
            length = bar_space * bar.count / largest
            bar_h = min(row - 8, metrics.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(COLOURS.get(bar.state, COLOURS[OK]))
            if length > 0:
                painter.drawRoundedRect(QRectF(bar_left, top + (row - bar_h) / 2, max(2.0, length),
                                               bar_h), 3, 3)
            painter.setPen(text)
            painter.drawText(QRectF(bar_left + length + 5, top, count_w, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             locale.toString(bar.count))
            if thumbs and thumbs_w:
                self._paint_thumbs(painter, bar, thumbs_left, top + (row - self.thumb_px) / 2,
                                   thumbs_w // thumb_step, placeholder)
        painter.end()

    def _paint_thumbs(self, painter: QPainter, bar: Bar, left: float, top: float, count: int,
                      placeholder: QColor) -> None:
        px = self.thumb_px
        for j, path in enumerate(bar.paths[:count]):
            cell = QRectF(left + j * (px + self.GAP), top, px, px)
            pixmap = self.thumbnails.pixmap(path)
            if pixmap is None:
                broken = self.thumbnails.is_broken(path)
                painter.fillRect(cell, QColor(214, 60, 50, 60) if broken else placeholder)
                continue
            size = pixmap.size().scaled(px, px, Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(cell.left() + (px - size.width()) / 2,
                            cell.top() + (px - size.height()) / 2, size.width(), size.height())
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
