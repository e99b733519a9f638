"""The confusion matrix as a heat map: counts and row percentages; click a cell.

Rows are the true classes, columns the classes the model chose. Right answers (the
diagonal) are blue, mistakes red; the colour grows with the cell's share of its row,
so a weak class stands out whatever its size. ``cellClicked(true, predicted)`` lets the
page show that cell's pictures. A matrix with one column more than rows has an "unsure"
last column (pictures the model set aside as "none of the classes?"), in amber;
``cellClicked(true, k)`` for its cells.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

MIN_CELL, MAX_CELL, GOOD_CELL = 24, 120, 58
LABEL_MAX = 130
RIGHT = QColor(47, 111, 219)
WRONG = QColor(214, 64, 54)
UNSURE = QColor(222, 150, 30)


def _mix(colour: QColor, base: QColor, share: float) -> QColor:
    a = 0.10 + 0.85 * share
    return QColor(round(base.red() * (1 - a) + colour.red() * a),
                  round(base.green() * (1 - a) + colour.green() * a),
                  round(base.blue() * (1 - a) + colour.blue() * a))


def _ink(background: QColor) -> QColor:
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor(255, 255, 255) if luminance < 140 else QColor(20, 24, 32)


class ConfusionMatrixWidget(QWidget):
    cellClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.confusion = np.zeros((0, 0), dtype=np.int64)
        self.names: list[str] = []
        self.selected: tuple[int, int] | None = None
        self._hover: tuple[int, int] | None = None
        self.true_title = "True class"
        self.predicted_title = "Predicted class"
        self.tooltip_template = "{count} of {total} {true} pictures were taken for {predicted}."
        self.right_template = "{count} of {total} {true} pictures were recognised."
        self.unsure_title = "Not sure"
        self.unsure_template = "{count} of {total} {true} pictures were set aside as not sure."

    # --- data ----------------------------------------------------------------------------
    def set_data(self, confusion: np.ndarray, names: list[str]) -> None:
        self.confusion = np.asarray(confusion, dtype=np.int64)
        self.names = list(names)
        self.selected = None
        self._hover = None
        self.updateGeometry()
        self.update()

    def set_texts(self, true_title: str, predicted_title: str, tooltip: str, right: str,
                  unsure_title: str | None = None, unsure: str | None = None) -> None:
        self.true_title, self.predicted_title = true_title, predicted_title
        self.tooltip_template, self.right_template = tooltip, right
        self.unsure_title = unsure_title or self.unsure_title
        self.unsure_template = unsure or self.unsure_template
        self.update()

    @property
    def columns(self) -> int:
        """The classes, plus one when there is an "unsure" column."""
        return int(self.confusion.shape[1]) if self.confusion.ndim == 2 and self.names else len(self.names)

    def column_name(self, column: int) -> str:
        return self.names[column] if column < len(self.names) else self.unsure_title

    def select(self, cell: tuple[int, int] | None) -> None:
        self.selected = cell
        self.update()

    # --- geometry ------------------------------------------------------------------------
    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        names = [self.column_name(c) for c in range(self.columns)]
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
        return min(widest + 10, LABEL_MAX)

    def _layout(self) -> tuple[float, float, float, bool]:
        """(left, top, cell size, vertical column labels)."""
        k = max(len(self.names), 1)
        columns = max(self.columns, 1)
        metrics = QFontMetrics(self.font())
        title_h = metrics.height() + 6
        label_w = self._label_width()
        left = title_h + label_w
        guess = max(MIN_CELL, min(MAX_CELL, (self.width() - left - 4) / columns))
        vertical = any(metrics.horizontalAdvance(self.column_name(c)) > guess - 6
                       for c in range(self.columns))
        top = title_h + (label_w if vertical else metrics.height() + 6)
        cell = min((self.width() - left - 4) / columns, (self.height() - top - 4) / k)
        return left, top, max(MIN_CELL, min(MAX_CELL, cell)), vertical

    def sizeHint(self) -> QSize:  # noqa: N802
        k = max(len(self.names), 2)
        metrics = QFontMetrics(self.font())
        extra = metrics.height() + 6 + self._label_width()
        columns = k + (self.columns - len(self.names))
        return QSize(int(extra + columns * GOOD_CELL + 4), int(extra + k * GOOD_CELL + 4))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        k = max(len(self.names), 2)
        extra = QFontMetrics(self.font()).height() + 6 + self._label_width()
        columns = k + (self.columns - len(self.names))
        return QSize(int(extra + columns * MIN_CELL + 4), int(extra + k * MIN_CELL + 4))

    def cell_rect(self, true: int, predicted: int) -> QRectF:
        left, top, cell, _ = self._layout()
        return QRectF(left + predicted * cell, top + true * cell, cell, cell)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        left, top, cell, _ = self._layout()
        k = len(self.names)
        column = int((point.x() - left) // cell)
        row = int((point.y() - top) // cell)
        if point.x() < left or point.y() < top or not (0 <= row < k and 0 <= column < self.columns):
            return None
        return row, column

    # --- events --------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = self.cell_at(event.position())
        if cell != self._hover:
            self._hover = cell
            self.setCursor(Qt.CursorShape.PointingHandCursor if cell else Qt.CursorShape.ArrowCursor)
            self.update()
        if cell is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.cell_tooltip(*cell), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            cell = self.cell_at(event.position())
            if cell is not None:
                self.select(cell)
                self.cellClicked.emit(*cell)
        super().mouseReleaseEvent(event)

    def cell_tooltip(self, true: int, predicted: int) -> str:
        count = int(self.confusion[true, predicted])
        total = int(self.confusion[true].sum())
        if predicted >= len(self.names):
            return self.unsure_template.format(count=count, total=total, true=self.names[true])
        template = self.right_template if true == predicted else self.tooltip_template
        return template.format(count=count, total=total, true=self.names[true],
                               predicted=self.names[predicted])

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        if not self.names:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        metrics = QFontMetrics(self.font())
        left, top, cell, vertical = self._layout()
        k = len(self.names)
        columns = self.columns
        title_h = metrics.height() + 6
        label_w = self._label_width()
        width = columns * cell

        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRectF(left, 0, width, title_h), Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(self.predicted_title, Qt.TextElideMode.ElideRight, int(width)))
        painter.save()
        painter.translate(0, top + k * cell / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-k * cell / 2, 0, k * cell, title_h), Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(self.true_title, Qt.TextElideMode.ElideRight, int(k * cell)))
        painter.restore()
        painter.setFont(self.font())

        for i in range(columns):
            name = self.column_name(i)
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 8)
            if i < k:
                painter.drawText(QRectF(title_h, top + i * cell, label_w - 6, cell),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            if vertical:
                painter.save()
                painter.translate(left + i * cell + cell / 2, top - 4)
                painter.rotate(-90)
                painter.drawText(QRectF(0, -cell / 2, label_w - 6, cell),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
                painter.restore()
            else:
                painter.drawText(QRectF(left + i * cell, title_h, cell, top - title_h - 2),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(cell) - 4))

        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        small_metrics = QFontMetrics(small)
        row_totals = self.confusion.sum(axis=1)
        two_lines = cell >= metrics.height() + small_metrics.height() + 6
        for t in range(k):
            for p in range(columns):
                rect = QRectF(left + p * cell, top + t * cell, cell, cell)
                count = int(self.confusion[t, p])
                share = count / row_totals[t] if row_totals[t] else 0.0
                hue = UNSURE if p >= k else RIGHT if t == p else WRONG
                colour = _mix(hue, base, share) if count else base
                painter.fillRect(rect, colour)
                painter.setPen(QPen(grid, 1))
                painter.drawRect(rect)
                ink = _ink(colour)
                painter.setPen(ink)
                if cell < 18:
                    continue
                if count == 0:  # an empty cell: a quiet 0, no percentage
                    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "0")
                    continue
                if two_lines:
                    upper = QRectF(rect.x(), rect.y() + cell / 2 - metrics.height() + 1, cell, metrics.height())
                    painter.setFont(bold if t == p else self.font())
                    painter.drawText(upper, Qt.AlignmentFlag.AlignCenter, str(count))
                    painter.setFont(small)
                    lower = QRectF(rect.x(), rect.y() + cell / 2 + 1, cell, small_metrics.height())
                    painter.drawText(lower, Qt.AlignmentFlag.AlignCenter, f"{share * 100:.0f}%")
                    painter.setFont(self.font())
                else:
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        for cell_index, width_px, colour in ((self._hover, 2, palette.color(QPalette.ColorRole.Highlight)),
                                             (self.selected, 3, text)):
            if cell_index is not None and cell_index[0] < k and cell_index[1] < columns:
                painter.setPen(QPen(colour, width_px))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.cell_rect(*cell_index).adjusted(1, 1, -1, -1))
        painter.end()
