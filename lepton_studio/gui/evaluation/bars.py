"""Top predictions as horizontal bars: class name, a bar as long as its probability, %."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from lepton_studio.gui.training import texts

TOP_COLOUR = QColor(47, 111, 219)
OTHER_COLOUR = QColor(140, 150, 170)


class ProbabilityBars(QWidget):
    """Shows ``[(label, probability)]`` best first; the first bar is highlighted."""

    def __init__(self, parent: QWidget | None = None, rows: int = 3) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float]] = []
        self.marked: str | None = None  # e.g. the true class, drawn in bold
        self._expected_rows = rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, float]], marked: str | None = None) -> None:
        self.rows = list(rows)
        self.marked = marked
        self._expected_rows = max(1, len(self.rows))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(260, self._expected_rows * self._row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(140, self._expected_rows * self._row_height())

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        track = palette.color(QPalette.ColorRole.Midlight)
        row_h = self._row_height()
        label_w = min(max((metrics.horizontalAdvance(n) for n, _ in self.rows), default=0) + 8,
                      int(self.width() * 0.4))
        value_w = metrics.horizontalAdvance("100.0%") + 8
        bar_x = label_w
        bar_w = max(10, self.width() - label_w - value_w)
        for i, (name, probability) in enumerate(self.rows):
            y = i * row_h
            font = self.font()
            font.setBold(name == self.marked)
            painter.setFont(font)
            painter.setPen(text)
            painter.drawText(QRectF(0, y, label_w - 6, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 6))
            bar = QRectF(bar_x, y + 4, bar_w, row_h - 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 3, 3)
            filled = QRectF(bar.x(), bar.y(), max(0.0, min(1.0, probability)) * bar_w, bar.height())
            painter.setBrush(TOP_COLOUR if i == 0 else OTHER_COLOUR)
            if filled.width() > 0.5:
                painter.drawRoundedRect(filled, 3, 3)
            painter.setPen(text)
            painter.drawText(QRectF(bar_x + bar_w + 4, y, value_w, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             texts.percent(probability))
        painter.end()
