"""A few thumbnails of each class, one row per class, so the user sees what each holds."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from .thumbnails import ThumbnailService

PER_CLASS = 8
MAX_CLASSES = 60


class ClassStrips(QWidget):
    """Rows of ``name`` and up to ``PER_CLASS`` thumbnails; repaints as thumbnails arrive."""

    def __init__(self, thumbnails: ThumbnailService, parent: QWidget | None = None,
                 px: int = 56) -> None:
        super().__init__(parent)
        self.thumbnails, self.px = thumbnails, px
        self.rows: list[tuple[str, list[str]]] = []
        self._wanted: set[str] = set()
        thumbnails.ready.connect(self._on_ready)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, list[str]]]) -> None:
        self.rows = [(name, paths[:PER_CLASS]) for name, paths in rows[:MAX_CLASSES]]
        self._wanted = {p for _, paths in self.rows for p in paths}
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + self.px + 10

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize((self.px + 4) * PER_CLASS, max(1, len(self.rows)) * self._row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.px * 3, self.sizeHint().height())

    def _on_ready(self, path: str) -> None:
        if path in self._wanted:
            self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        row_h = self._row_height()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        placeholder = self.palette().color(QPalette.ColorRole.Mid)
        placeholder.setAlpha(60)
        visible = self.visibleRegion().boundingRect()
        for i, (name, paths) in enumerate(self.rows):
            top = i * row_h
            if top > visible.bottom() or top + row_h < visible.top():
                continue
            painter.setPen(text)
            painter.drawText(QRectF(0, top, self.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, self.width()))
            y = top + metrics.height() + 3
            for j, path in enumerate(paths):
                x = j * (self.px + 4)
                if x + self.px > self.width():
                    break
                cell = QRectF(x, y, self.px, self.px)
                pixmap = self.thumbnails.pixmap(path)
                if pixmap is None:
                    painter.fillRect(cell, placeholder if not self.thumbnails.is_broken(path)
                                     else QColor(214, 60, 50, 60))
                    continue
                size = pixmap.size().scaled(self.px, self.px, Qt.AspectRatioMode.KeepAspectRatio)
                target = QRectF(x + (self.px - size.width()) / 2, y + (self.px - size.height()) / 2,
                                size.width(), size.height())
                painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        painter.end()
