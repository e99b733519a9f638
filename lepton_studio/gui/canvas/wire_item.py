"""A wire on the canvas: a curve from an output port to an input port, labelled with the
shape of the data it carries (e.g. 64×16×16). A view of one graph edge."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from lepton_studio.core.graph import Edge
from lepton_studio.gui.canvas.node_item import ERROR_COLOUR, NodeItem, Port

LABEL_PADDING = 3.0
LABELS_BELOW = 0.35  # zoom level under which shape labels are left out


def wire_path(start: QPointF, end: QPointF) -> QPainterPath:
    """A vertical S-curve: leaves the output downwards, enters the input from above."""
    path = QPainterPath(start)
    bend = max(36.0, abs(end.y() - start.y()) * 0.5, abs(end.x() - start.x()) * 0.25)
    path.cubicTo(QPointF(start.x(), start.y() + bend), QPointF(end.x(), end.y() - bend), end)
    return path


class WireItem(QGraphicsItem):
    """One wire; ``label`` is the tensor shape text (empty when unknown)."""

    def __init__(self, edge: Edge, source_item: NodeItem, target_item: NodeItem) -> None:
        super().__init__()
        self.edge = edge
        self.source_item, self.target_item = source_item, target_item
        self.label = ""
        self.broken = False  # the data cannot flow here (upstream problem)
        self._path = QPainterPath()
        self._label_rect = QRectF()
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        source_item.wires.add(self)
        target_item.wires.add(self)
        self.update_path()

    def detach(self) -> None:
        self.source_item.wires.discard(self)
        self.target_item.wires.discard(self)

    def set_label(self, text: str, broken: bool = False) -> None:
        if (text, broken) != (self.label, self.broken):
            self.label, self.broken = text, broken
            self.update_path()

    def update_path(self) -> None:
        start = self.source_item.port_scene_pos(Port(self.edge.source, "out"))
        end = self.target_item.port_scene_pos(Port(self.edge.target, "in", self.edge.target_input))
        self.prepareGeometryChange()
        self._path = wire_path(start, end)
        self._label_rect = QRectF()
        if self.label:
            font = self._label_font()
            metrics = QFontMetricsF(font)
            width = metrics.horizontalAdvance(self.label) + 2 * LABEL_PADDING + 2
            height = metrics.height() + 2
            middle = self._path.pointAtPercent(0.5)
            self._label_rect = QRectF(middle.x() + 7, middle.y() - height / 2, width, height)
        self._bounds = self._path.boundingRect().adjusted(-4, -4, 4, 4).united(self._label_rect)
        self.update()

    def _label_font(self) -> QFont:
        scene = self.scene()
        font = QFont(scene.font() if scene is not None else QFont())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        return font

    def path(self) -> QPainterPath:
        return self._path

    def label_rect(self) -> QRectF:
        return QRectF(self._label_rect)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt name
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        outline = stroker.createStroke(self._path)
        if not self._label_rect.isNull():
            outline.addRect(self._label_rect)
        return outline

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged and value is not None:
            self.update_path()  # the scene's font sizes the label
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        palette = widget.palette() if widget is not None else QPalette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        colour = QColor(text)
        colour.setAlphaF(0.55)
        if self.isSelected():
            colour = palette.color(QPalette.ColorRole.Highlight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, 2.6 if self.isSelected() else 1.8)
        if self.broken:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        if self.label and not self._label_rect.isNull() and detail >= LABELS_BELOW:
            painter.setPen(Qt.PenStyle.NoPen)
            pill = QColor(base)
            pill.setAlphaF(0.92)
            painter.setBrush(pill)
            painter.drawRoundedRect(self._label_rect, 4, 4)
            painter.setFont(self._label_font())
            painter.setPen(ERROR_COLOUR if self.broken else text)
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self.label)


class DraftWire(QGraphicsItem):
    """The wire that follows the mouse while a new connection is being dragged."""

    def __init__(self, start: QPointF, reverse: bool = False) -> None:
        super().__init__()
        self.start, self.end = QPointF(start), QPointF(start)
        self.reverse = reverse  # dragged from an input: the curve runs end -> start
        self.snapped = False
        self._path = QPainterPath()
        self.setZValue(3)
        self._rebuild()

    def set_end(self, end: QPointF, snapped: bool) -> None:
        self.end, self.snapped = QPointF(end), snapped
        self._rebuild()

    def _rebuild(self) -> None:
        self.prepareGeometryChange()
        self._path = (wire_path(self.end, self.start) if self.reverse
                      else wire_path(self.start, self.end))
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt name
        return self._path.boundingRect().adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        palette = widget.palette() if widget is not None else QPalette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(40, 170, 80) if self.snapped else palette.color(QPalette.ColorRole.Highlight)
        pen = QPen(colour, 2.2)
        if not self.snapped:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPath(self._path)
