"""The reliability diagram: how sure the model was against how often it was right.

One bar per confidence band (0–10 %, …, 90–100 %): its height is the share of right
answers among the pictures the model gave that confidence. A well-calibrated model's
bars touch the diagonal. The calibrated bars are filled; the uncalibrated ones are
outlined behind them, so the change temperature scaling made is visible at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

AFTER = QColor(47, 111, 219)
BEFORE = QColor(214, 64, 54)


class ReliabilityDiagram(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.before: list = []  # calibration.ReliabilityBin
        self.after: list = []
        self.x_title, self.y_title = "Confidence", "Right answers"
        self.legend_before, self.legend_after = "Before calibration", "After calibration"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 180)

    def set_bins(self, before: list, after: list) -> None:
        self.before, self.after = list(before), list(after)
        self.update()

    def set_texts(self, x_title: str, y_title: str, before: str, after: str) -> None:
        self.x_title, self.y_title = x_title, y_title
        self.legend_before, self.legend_after = before, after
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 280)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        left, top = line * 2 + metrics.horizontalAdvance("100%"), line * 2
        right = self.width() - metrics.horizontalAdvance("100%") / 2 - 6
        bottom = self.height() - line * 2 - 6
        plot = QRectF(left, top, max(10, right - left), max(10, bottom - top))
        painter.setPen(QPen(grid, 1))
        painter.drawRect(plot)
        for i in range(0, 11, 5):  # 0 %, 50 %, 100 % on both axes
            y = plot.bottom() - plot.height() * i / 10
            x = plot.left() + plot.width() * i / 10
            painter.setPen(text)
            painter.drawText(QRectF(left - metrics.horizontalAdvance("100%") - 6, y - line / 2,
                                    metrics.horizontalAdvance("100%") + 2, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{i * 10}%")
            painter.drawText(QRectF(x - 30, plot.bottom() + 2, 60, line),
                             Qt.AlignmentFlag.AlignCenter, f"{i * 10}%")
        painter.drawText(QRectF(plot.left(), plot.bottom() + line + 2, plot.width(), line),
                         Qt.AlignmentFlag.AlignCenter, self.x_title)
        painter.save()
        painter.translate(2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line),
                         Qt.AlignmentFlag.AlignCenter, self.y_title)
        painter.restore()
        bins = max(len(self.after), len(self.before), 1)
        width = plot.width() / bins
        for series, fill in ((self.before, False), (self.after, True)):
            colour = AFTER if fill else BEFORE
            for i, b in enumerate(series):
                if b.count == 0:
                    continue
                height = plot.height() * b.accuracy
                rect = QRectF(plot.left() + i * width + 2, plot.bottom() - height, width - 4, height)
                if fill:
                    shade = QColor(colour)
                    shade.setAlpha(170)
                    painter.fillRect(rect.adjusted(width * 0.15, 0, -width * 0.15, 0), shade)
                else:
                    painter.setPen(QPen(colour, 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect)
        painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.top()))
        x = plot.left() + 6
        for label, colour in ((self.legend_before, BEFORE), (self.legend_after, AFTER)):
            painter.fillRect(QRectF(x, top - line - 2 + line / 4, line / 2, line / 2), colour)
            painter.setPen(text)
            advance = metrics.horizontalAdvance(label)
            painter.drawText(QRectF(x + line * 0.7, top - line - 2, advance + 4, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            x += line * 0.7 + advance + line
        painter.end()
