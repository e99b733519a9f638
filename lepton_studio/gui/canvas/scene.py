"""The canvas scene: follows the graph through its events; nothing else creates items.

Node and wire items are views only. After any change the scene re-runs shape inference
(coalesced: once per burst of events, on the next turn of the event loop) and hands each
item its shape, parameter count and problems; ``analysisChanged`` tells the summary and
the inspector.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsScene

from lepton_studio.core import graph as g
from lepton_studio.core.graph import Edge, Graph
from lepton_studio.core.shapes import Analysis, analyse
from lepton_studio.gui.canvas.catalogue import format_shape
from lepton_studio.gui.canvas.node_item import NodeItem
from lepton_studio.gui.canvas.wire_item import WireItem
from lepton_studio.gui.errors import problem_text

GRID = 20
SCENE_MARGIN = 1200.0


class CanvasScene(QGraphicsScene):
    analysisChanged = Signal(object)  # Analysis
    graphReplaced = Signal()  # a new graph, or a reset: selections and editors start over

    def __init__(self, graph: Graph | None = None, parent=None) -> None:
        super().__init__(parent)
        self.graph = Graph()
        self.node_items: dict[str, NodeItem] = {}
        self.wire_items: dict[Edge, WireItem] = {}
        self.batch_size = 32
        self._analysis: Analysis | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_analysis)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.update_background()
        self.set_graph(graph if graph is not None else Graph())

    # --- the model -----------------------------------------------------------------------
    def set_graph(self, graph: Graph) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.graph = graph
        self._unsubscribe = graph.subscribe(self._on_event)
        self.rebuild()

    def detach(self) -> None:
        """Stop listening to the graph (the scene is going away)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._timer.stop()

    def rebuild(self) -> None:
        self.clearSelection()
        for wire in self.wire_items.values():
            wire.detach()
        self.clear()
        self.node_items.clear()
        self.wire_items.clear()
        for node in self.graph.nodes.values():
            self._add_node_item(node)
        for edge in self.graph.edges:
            self._add_wire_item(edge)
        self.graphReplaced.emit()
        self.refresh_analysis()

    def _on_event(self, event: g.GraphEvent) -> None:
        if isinstance(event, g.NodeAdded):
            self._add_node_item(event.node)
        elif isinstance(event, g.NodeRemoved):
            item = self.node_items.pop(event.node.id, None)
            if item is not None:
                self.removeItem(item)
        elif isinstance(event, g.EdgeAdded):
            self._add_wire_item(event.edge)
        elif isinstance(event, g.EdgeRemoved):
            self._remove_wire_item(event.edge)
        elif isinstance(event, g.NodeMoved):
            item = self.node_items.get(event.node_id)
            if item is not None:
                item.setPos(*event.new)
        elif isinstance(event, g.ParamChanged | g.LabelChanged):
            item = self.node_items.get(event.node_id)
            if item is not None:
                item.update_node(self.graph.node(event.node_id))
        elif isinstance(event, g.GraphReset):
            self.rebuild()
            return
        self.schedule_analysis()

    def _add_node_item(self, node: g.Node) -> NodeItem:
        item = NodeItem(node)
        self.node_items[node.id] = item
        self.addItem(item)
        return item

    def _add_wire_item(self, edge: Edge) -> None:
        source = self.node_items.get(edge.source)
        target = self.node_items.get(edge.target)
        if source is None or target is None:
            return
        wire = WireItem(edge, source, target)
        self.wire_items[edge] = wire
        self.addItem(wire)
        target.set_connected_inputs(target.connected_inputs | {edge.target_input})
        source.update()

    def _remove_wire_item(self, edge: Edge) -> None:
        wire = self.wire_items.pop(edge, None)
        if wire is None:
            return
        wire.detach()
        self.removeItem(wire)
        target = self.node_items.get(edge.target)
        if target is not None:
            target.set_connected_inputs(target.connected_inputs - {edge.target_input})
        source = self.node_items.get(edge.source)
        if source is not None:
            source.update()

    # --- analysis ------------------------------------------------------------------------
    def schedule_analysis(self) -> None:
        self._analysis = None
        if not self._timer.isActive():
            self._timer.start()

    @property
    def analysis(self) -> Analysis:
        """The up-to-date analysis (computed now if an edit is still pending)."""
        if self._analysis is None:
            self.refresh_analysis()
        return self._analysis

    def refresh_analysis(self) -> None:
        self._timer.stop()
        analysis = analyse(self.graph, batch_size=self.batch_size)
        self._analysis = analysis
        by_node: dict[str, list] = {}
        for problem in analysis.problems:
            if problem.node_id is not None:
                by_node.setdefault(problem.node_id, []).append(problem)
        for node_id, item in self.node_items.items():
            problems = by_node.get(node_id, [])
            item.update_analysis(analysis.nodes.get(node_id), problems,
                                 [problem_text(p) for p in problems])
        for edge, wire in self.wire_items.items():
            info = analysis.nodes.get(edge.source)
            shape = info.shape if info is not None else None
            wire.set_label(format_shape(shape), broken=shape is None)
        self._update_scene_rect()
        self.analysisChanged.emit(analysis)

    def retranslate(self) -> None:
        for node_id, item in self.node_items.items():
            item.update_node(self.graph.node(node_id))
        self.refresh_analysis()

    def content_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.node_items.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def _update_scene_rect(self) -> None:
        content = self.content_rect()
        if content.isNull():
            content = QRectF(0, 0, 400, 300)
        self.setSceneRect(content.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))

    def update_background(self, base: QColor | None = None, dots: QColor | None = None) -> None:
        """A dotted grid, as a tiled brush (cheap to draw while panning)."""
        base = base or QColor(250, 250, 251)
        dots = dots or QColor(200, 203, 210)
        tile = QPixmap(GRID * 2, GRID * 2)
        tile.fill(base)
        painter = QPainter(tile)
        painter.setPen(dots)
        for x in (0, GRID):
            for y in (0, GRID):
                painter.drawPoint(x, y)
        painter.end()
        self.setBackgroundBrush(QBrush(tile))

    # --- selection -----------------------------------------------------------------------
    def selected_node_ids(self) -> list[str]:
        """Selected blocks, in the graph's order."""
        chosen = {item.node_id for item in self.selectedItems() if isinstance(item, NodeItem)}
        return [node_id for node_id in self.graph.nodes if node_id in chosen]

    def selected_edges(self) -> list[Edge]:
        return [item.edge for item in self.selectedItems() if isinstance(item, WireItem)]

    def select_nodes(self, node_ids: Iterable[str], clear: bool = True) -> None:
        if clear:
            self.clearSelection()
        for node_id in node_ids:
            item = self.node_items.get(node_id)
            if item is not None:
                item.setSelected(True)

    def clear_port_states(self) -> None:
        for item in self.node_items.values():
            if item.port_states is not None or item.output_dimmed:
                item.set_port_states(None)

    def node_item_at(self, pos, transform) -> NodeItem | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, transform):
            if isinstance(item, NodeItem):
                return item
        return None
