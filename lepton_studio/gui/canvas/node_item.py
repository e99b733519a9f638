"""A block on the canvas: a view of one graph node, drawn from the node and its analysis.

The item never changes the graph. The scene gives it the node's data (``update_node``)
and what shape inference found (``update_analysis``); the user moving it is turned into
a command by the move gesture when the mouse is released.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from lepton_studio.core.blocks import BlockSpec, get_block
from lepton_studio.core.graph import Node
from lepton_studio.core.problems import ERROR, Problem
from lepton_studio.gui.canvas.catalogue import (
    block_help,
    block_name,
    category_colour,
    paint_block_icon,
)
from lepton_studio.gui.canvas.texts import param_summary, params_text

if TYPE_CHECKING:
    from lepton_studio.core.shapes import NodeInfo
    from lepton_studio.gui.canvas.wire_item import WireItem

WIDTH = 184.0
HEIGHT = 64.0
PORT_RADIUS = 5.5
PORT_HIT_RADIUS = 11.0
ERROR_COLOUR = QColor(215, 40, 40)
WARNING_OPACITY = 0.55
SIMPLE_BELOW = 0.35  # zoom level under which blocks are drawn without text


@dataclass(frozen=True)
class Port:
    """A port of a node: ``kind`` "in" (with ``index``) or "out"."""

    node_id: str
    kind: str
    index: int = 0


class NodeItem(QGraphicsItem):
    """One block: icon, title (label or block name), settings summary, parameter count."""

    def __init__(self, node: Node) -> None:
        super().__init__()
        self.node_id = node.id
        self.spec: BlockSpec = get_block(node.block)
        self.title = ""
        self.subtitle = ""
        self.summary = ""
        self.cost = ""
        self.problems: list[Problem] = []
        self.problem_texts: list[tuple[str, str]] = []
        self.on_path = True
        self.wires: set[WireItem] = set()
        self.connected_inputs: set[int] = set()
        self.port_states: dict[int, bool] | None = None  # while a wire is dragged: accepts?
        self.output_dimmed = False
        self.hover_port: int | None = None  # input index snapped to, or -1 for the output
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.update_node(node)
        self.setPos(QPointF(*node.position))

    # --- data from the scene -------------------------------------------------------------
    def update_node(self, node: Node) -> None:
        name = block_name(self.spec)
        self.title = node.label or name
        self.subtitle = name if node.label else ""
        self.summary = param_summary(self.spec, node.params)
        self.update_tooltip()
        self.update()

    def update_analysis(self, info: NodeInfo | None, problems: list[Problem],
                        texts: list[tuple[str, str]]) -> None:
        """Show the parameter count, and red (error) or dimmed (warning) state."""
        known = info is not None and info.shape is not None  # unknown behind a problem
        self.cost = params_text(info.params) if known else ""
        self.problems, self.problem_texts = problems, texts
        self.on_path = info.on_path if info is not None else True
        dim = not self.has_error and bool(problems)
        self.setOpacity(WARNING_OPACITY if dim else 1.0)
        self.update_tooltip()
        self.update()

    def set_connected_inputs(self, indexes: set[int]) -> None:
        if indexes != self.connected_inputs:
            self.connected_inputs = indexes
            self.update()

    @property
    def has_error(self) -> bool:
        return any(p.severity == ERROR for p in self.problems)

    @property
    def has_warning(self) -> bool:
        return bool(self.problems) and not self.has_error

    def update_tooltip(self) -> None:
        parts = [f"<b>{escape(self.title)}</b>"]
        if self.subtitle:
            parts.append(f"<i>{escape(self.subtitle)}</i>")
        help_text = block_help(self.spec)
        if help_text:
            parts.append(escape(help_text))
        colour = ERROR_COLOUR.name() if self.has_error else "#9a6a00"
        for message, hint in self.problem_texts:
            text = f"<span style='color:{colour}'><b>{escape(message)}</b></span>"
            if hint:
                text += f"<br>{escape(hint)}"
            parts.append(text)
        self.setToolTip("<p style='white-space:normal'>" + "<br><br>".join(parts) + "</p>")

    # --- geometry ------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt name
        margin = PORT_RADIUS + 3
        return QRectF(-3, -margin, WIDTH + 6, HEIGHT + 2 * margin)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, WIDTH, HEIGHT), 7, 7)
        return path

    def input_count(self) -> int:
        return self.spec.num_inputs

    def has_output(self) -> bool:
        return self.spec.has_output

    def input_pos(self, index: int) -> QPointF:
        """Where input ``index`` sits, in item coordinates (top edge)."""
        count = max(1, self.input_count())
        return QPointF(WIDTH * (index + 1) / (count + 1), 0.0)

    def output_pos(self) -> QPointF:
        return QPointF(WIDTH / 2, HEIGHT)

    def port_scene_pos(self, port: Port) -> QPointF:
        local = self.output_pos() if port.kind == "out" else self.input_pos(port.index)
        return self.mapToScene(local)

    def ports(self) -> list[Port]:
        found = [Port(self.node_id, "in", i) for i in range(self.input_count())]
        if self.has_output():
            found.append(Port(self.node_id, "out"))
        return found

    def port_at(self, scene_pos: QPointF, radius: float = PORT_HIT_RADIUS) -> Port | None:
        """The port under ``scene_pos`` (within ``radius``), nearest first."""
        best, best_distance = None, radius
        for port in self.ports():
            delta = self.port_scene_pos(port) - scene_pos
            distance = (delta.x() ** 2 + delta.y() ** 2) ** 0.5
            if distance <= best_distance:
                best, best_distance = port, distance
        return best

    # --- state while a wire is dragged ---------------------------------------------------
    def set_port_states(self, states: dict[int, bool] | None, output_dimmed: bool = False) -> None:
        self.port_states, self.output_dimmed = states, output_dimmed
        self.hover_port = None
        self.update()

    def set_hover_port(self, index: int | None) -> None:
        if index != self.hover_port:
            self.hover_port = index
            self.update()

    # --- Qt hooks ------------------------------------------------------------------------
    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for wire in self.wires:
                wire.update_path()
        return value  # what the base class returns; calling it crashes PySide6 6.12

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        palette = widget.palette() if widget is not None else QPalette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        accent = category_colour(self.spec.category)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

        body = QRectF(0, 0, WIDTH, HEIGHT)
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        if detail < SIMPLE_BELOW:  # too small to read: a coloured box is enough (and fast)
            painter.setPen(QPen(ERROR_COLOUR, 3 / max(detail, 0.01)) if self.has_error
                           else Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight) if self.isSelected()
                             else accent)
            painter.drawRect(body)
            return
        fill = QColor(base)
        fill = fill.lighter(125) if dark else fill
        if self.has_error:
            fill = _blend(base, ERROR_COLOUR, 0.12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(body, 7, 7)

        # category colour strip along the left edge
        strip = QPainterPath()
        strip.addRoundedRect(QRectF(0, 0, 12, HEIGHT), 7, 7)
        clip = QPainterPath()
        clip.addRect(QRectF(0, 0, 5, HEIGHT))
        painter.setBrush(accent)
        painter.drawPath(strip.intersected(clip))

        if self.isSelected():
            border = QPen(palette.color(QPalette.ColorRole.Highlight), 2.6)
        elif self.has_error:
            border = QPen(ERROR_COLOUR, 2.4)
        else:
            border = QPen(_blend(base, text, 0.35), 1.1)
        painter.setPen(border)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(body.adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)
        if self.isSelected() and self.has_error:
            painter.setPen(QPen(ERROR_COLOUR, 1.6))
            painter.drawRoundedRect(body.adjusted(3, 3, -3, -3), 5, 5)

        self._paint_texts(painter, text)
        self._paint_ports(painter, base, text, accent)

    def _paint_texts(self, painter: QPainter, text: QColor) -> None:
        scene = self.scene()
        font = QFont(scene.font() if scene is not None else QFont())
        muted = QColor(text)
        muted.setAlphaF(0.68)
        icon_rect = QRectF(11, 7, 18, 18)
        paint_block_icon(painter, icon_rect, self.spec)

        title_font = QFont(font)
        title_font.setBold(True)
        left = icon_rect.right() + 6
        right = WIDTH - 8 - (16 if self.problems else 0)
        metrics = QFontMetricsF(title_font)
        wanted = metrics.horizontalAdvance(self.title)
        if wanted > right - left:  # shrink a little before cutting the name short
            title_font.setPointSizeF(font.pointSizeF() * max(0.85, (right - left) / wanted))
            metrics = QFontMetricsF(title_font)
        painter.setFont(title_font)
        painter.setPen(text)
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, right - left)
        painter.drawText(QRectF(left, 6, right - left, 20),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
        if self.problems:
            self._paint_badge(painter, QRectF(WIDTH - 22, 8, 15, 15))

        small = QFont(font)
        small.setPointSizeF(max(6.5, font.pointSizeF() * 0.88))
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        lines = [", ".join(t for t in (self.subtitle, self.summary) if t), self.cost]
        painter.setPen(muted)
        y = 27.0
        for line in lines:
            if line:
                shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, WIDTH - 19)
                painter.drawText(QRectF(11, y, WIDTH - 19, 16),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            y += 16

    def _paint_badge(self, painter: QPainter, rect: QRectF) -> None:
        colour = ERROR_COLOUR if self.has_error else QColor(200, 140, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(rect)
        painter.setPen(QPen(QColor(255, 255, 255), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        c = rect.center()
        painter.drawLine(QPointF(c.x(), rect.top() + 3.5), QPointF(c.x(), c.y() + 1.5))
        painter.drawPoint(QPointF(c.x(), rect.bottom() - 3.5))

    def _paint_ports(self, painter: QPainter, base: QColor, text: QColor, accent: QColor) -> None:
        for index in range(self.input_count()):
            accepts = None if self.port_states is None else self.port_states.get(index, False)
            self._paint_port(painter, self.input_pos(index), index in self.connected_inputs,
                             accepts, self.hover_port == index, base, text, accent)
        if self.has_output():
            accepts = None if self.port_states is None else not self.output_dimmed
            self._paint_port(painter, self.output_pos(), bool(self.wires_out()), accepts,
                             self.hover_port == -1, base, text, accent)

    def _paint_port(self, painter: QPainter, pos: QPointF, connected: bool, accepts: bool | None,
                    hover: bool, base: QColor, text: QColor, accent: QColor) -> None:
        radius = PORT_RADIUS * (1.5 if hover else 1.0)
        colour = QColor(accent)
        if accepts is False:
            colour = _blend(base, text, 0.25)
        painter.setPen(QPen(colour if accepts is not False else _blend(base, text, 0.3), 1.6))
        if connected or hover:
            painter.setBrush(colour)
        else:
            painter.setBrush(base)
        if accepts is True and not hover:
            painter.setPen(QPen(QColor(40, 170, 80), 2.2))
        painter.drawEllipse(pos, radius, radius)

    def wires_out(self) -> list[WireItem]:
        return [w for w in self.wires if w.source_item is self]


def _blend(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))
