"""Mouse gestures on the canvas, each in its own class (as in orange-canvas-core).

The view hands mouse events to the gesture in progress. A gesture never edits the graph
itself: when it ends it asks the editor (``CanvasController``) for an undoable edit.

- ``NewWireGesture``: drag from an output port to an input port (or the other way round,
  or pick up a wire by its input end). Ports that cannot take the wire are dimmed, the
  end snaps to the nearest port that can.
- ``MoveGesture``: Qt moves the selected items; on release one command records the move.
- ``RubberBandGesture``: drag on empty canvas to select the blocks in a rectangle.
- ``PanGesture``: middle button, or left button with the space bar held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsView

from lepton_studio.core.graph import Edge, Graph
from lepton_studio.gui.canvas.node_item import NodeItem, Port
from lepton_studio.gui.canvas.wire_item import DraftWire
from lepton_studio.gui.errors import problem_sentence

if TYPE_CHECKING:
    from lepton_studio.gui.canvas.scene import CanvasScene

SNAP_DISTANCE_PX = 28.0  # how close (on screen) the mouse must come for a port to snap
REFUSAL_HIT_RADIUS = 14.0  # scene units: a release this near a refusing port explains why


class CanvasController(Protocol):
    """What gestures ask of the editor."""

    def wire(self, source: str, target: str, target_input: int, replacing: Edge | None) -> bool: ...

    def unwire(self, edge: Edge) -> None: ...

    def move_nodes(self, moves: dict[str, tuple[tuple[float, float], tuple[float, float]]]) -> None: ...

    def show_message(self, text: str) -> None: ...


def wire_refusal(graph: Graph, source: str, target: str, target_input: int,
                 moving: Edge | None = None) -> str:
    """Why this wire cannot be made, in the user's language ("" when it can); the
    graph says why (``Graph.wire_problem``), this only translates it."""
    problem = graph.wire_problem(source, target, target_input, moving)
    return problem_sentence(problem) if problem is not None else ""


class Gesture:
    """A mouse gesture in progress; the view forwards events until ``done``."""

    def __init__(self, view: QGraphicsView, controller: CanvasController) -> None:
        self.view = view
        self.controller = controller
        self.done = False

    @property
    def scene(self) -> CanvasScene:
        return self.view.scene()

    def press(self, event: QMouseEvent) -> None: ...

    def move(self, event: QMouseEvent) -> None: ...

    def release(self, event: QMouseEvent) -> None:
        self.done = True

    def cancel(self) -> None:
        self.done = True


# --- wiring ----------------------------------------------------------------------------
class NewWireGesture(Gesture):
    """Drag a wire from ``anchor``; ``moving`` is an existing wire picked up by its end."""

    def __init__(self, view: QGraphicsView, controller: CanvasController, anchor: Port,
                 moving: Edge | None = None) -> None:
        super().__init__(view, controller)
        self.anchor = anchor
        self.moving = moving
        self.target: Port | None = None
        graph = self.scene.graph
        anchor_item = self.scene.node_items[anchor.node_id]
        start = anchor_item.port_scene_pos(anchor)
        self.draft = DraftWire(start, reverse=anchor.kind == "in")
        self.scene.addItem(self.draft)
        if moving is not None:
            wire = self.scene.wire_items.get(moving)
            if wire is not None:
                wire.setVisible(False)
        # which ports can take this wire: dim the others
        self.accepting: dict[Port, bool] = {}
        for node_id, item in self.scene.node_items.items():
            if anchor.kind == "out":
                states = {}
                for index in range(item.input_count()):
                    port = Port(node_id, "in", index)
                    ok = not wire_refusal(graph, anchor.node_id, node_id, index, moving)
                    states[index] = ok
                    self.accepting[port] = ok
                item.set_port_states(states, output_dimmed=True)
            else:
                ok = item.has_output() and not wire_refusal(
                    graph, node_id, anchor.node_id, anchor.index, moving)
                if item.has_output():
                    self.accepting[Port(node_id, "out")] = ok
                item.set_port_states({i: False for i in range(item.input_count())},
                                     output_dimmed=not ok)

    def _snap(self, scene_pos: QPointF) -> Port | None:
        """The accepting port nearest the mouse, within the snap distance; or, over a
        block with exactly one accepting port, that port."""
        radius = SNAP_DISTANCE_PX / max(0.05, self.view.transform().m11())
        best, best_distance = None, radius
        for port, ok in self.accepting.items():
            if not ok:
                continue
            delta = self.scene.node_items[port.node_id].port_scene_pos(port) - scene_pos
            distance = (delta.x() ** 2 + delta.y() ** 2) ** 0.5
            if distance <= best_distance:
                best, best_distance = port, distance
        if best is not None:
            return best
        item = self.scene.node_item_at(scene_pos, self.view.transform())
        if item is not None:
            ports = [p for p, ok in self.accepting.items() if ok and p.node_id == item.node_id]
            if len(ports) == 1:
                return ports[0]
        return None

    def move(self, event: QMouseEvent) -> None:
        scene_pos = self.view.mapToScene(event.position().toPoint())
        target = self._snap(scene_pos)
        if self.target is not None and self.target != target:
            self.scene.node_items[self.target.node_id].set_hover_port(None)
        self.target = target
        if target is not None:
            item = self.scene.node_items[target.node_id]
            item.set_hover_port(target.index if target.kind == "in" else -1)
            self.draft.set_end(item.port_scene_pos(target), True)
        else:
            self.draft.set_end(scene_pos, False)

    def release(self, event: QMouseEvent) -> None:
        self.move(event)
        target = self.target
        scene_pos = self.view.mapToScene(event.position().toPoint())
        refused = "" if target is not None else self._refusal_under(scene_pos)
        self._finish()
        if target is not None:
            if self.anchor.kind == "out":
                self.controller.wire(self.anchor.node_id, target.node_id, target.index, self.moving)
            else:
                self.controller.wire(target.node_id, self.anchor.node_id, self.anchor.index,
                                     self.moving)
        elif self.moving is not None:
            self.controller.unwire(self.moving)  # dropped in the open: the wire goes
        elif refused:
            self.controller.show_message(refused)

    def _refusal_under(self, scene_pos: QPointF) -> str:
        """Why the port under the mouse refused the wire (for the message line)."""
        graph = self.scene.graph
        for item in self.scene.node_items.values():
            port = item.port_at(scene_pos, REFUSAL_HIT_RADIUS)
            if port is None:
                continue
            if self.anchor.kind == "out" and port.kind == "in":
                return wire_refusal(graph, self.anchor.node_id, port.node_id, port.index, self.moving)
            if self.anchor.kind == "in" and port.kind == "out":
                return wire_refusal(graph, port.node_id, self.anchor.node_id, self.anchor.index,
                                    self.moving)
        item = self.scene.node_item_at(scene_pos, self.view.transform())
        if item is not None and item.node_id != self.anchor.node_id:
            if self.anchor.kind == "out":
                return wire_refusal(graph, self.anchor.node_id, item.node_id, 0, self.moving)
            return wire_refusal(graph, item.node_id, self.anchor.node_id, self.anchor.index,
                                self.moving)
        return ""

    def _finish(self) -> None:
        if self.draft.scene() is not None:
            self.scene.removeItem(self.draft)
        if self.moving is not None:
            wire = self.scene.wire_items.get(self.moving)
            if wire is not None:
                wire.setVisible(True)
        self.scene.clear_port_states()
        self.done = True

    def cancel(self) -> None:
        self._finish()


# --- moving ----------------------------------------------------------------------------
class MoveGesture(Gesture):
    """Qt's own item dragging, recorded as one undoable move when the mouse is released."""

    def press(self, event: QMouseEvent) -> None:
        self.start = {item.node_id: (item.pos().x(), item.pos().y())
                      for item in self.scene.selectedItems() if isinstance(item, NodeItem)}

    def release(self, event: QMouseEvent) -> None:
        self.done = True
        moves = {}
        for node_id, old in self.start.items():
            item = self.scene.node_items.get(node_id)
            if item is None:
                continue
            new = (item.pos().x(), item.pos().y())
            if new != old:
                moves[node_id] = (self.scene.graph.node(node_id).position, new)
        if moves:
            self.controller.move_nodes(moves)

    def cancel(self) -> None:
        for node_id in self.start:  # put the items back where the graph has them
            item = self.scene.node_items.get(node_id)
            if item is not None and node_id in self.scene.graph.nodes:
                item.setPos(*self.scene.graph.node(node_id).position)
        self.done = True


# --- rubber band -----------------------------------------------------------------------
class RubberBandGesture(Gesture):
    """Select the blocks inside a dragged rectangle (Ctrl/Shift adds to the selection)."""

    def press(self, event: QMouseEvent) -> None:
        self.origin = self.view.mapToScene(event.position().toPoint())
        additive = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.ShiftModifier))
        self.kept = set(self.scene.selectedItems()) if additive else set()
        if not additive:
            self.scene.clearSelection()
        self.band = QGraphicsRectItem()
        palette = self.view.palette()
        colour = palette.highlight().color()
        self.band.setPen(colour)
        colour.setAlpha(40)
        self.band.setBrush(colour)
        self.band.setZValue(10)
        self.band.setRect(QRectF(self.origin, self.origin))
        self.scene.addItem(self.band)

    def move(self, event: QMouseEvent) -> None:
        corner = self.view.mapToScene(event.position().toPoint())
        rect = QRectF(self.origin, corner).normalized()
        self.band.setRect(rect)
        inside = {item for item in self.scene.items(rect, Qt.ItemSelectionMode.IntersectsItemShape)
                  if isinstance(item, NodeItem)}
        for item in self.scene.node_items.values():
            item.setSelected(item in inside or item in self.kept)

    def release(self, event: QMouseEvent) -> None:
        self.cancel()

    def cancel(self) -> None:
        if self.band.scene() is not None:
            self.scene.removeItem(self.band)
        self.done = True


# --- panning ---------------------------------------------------------------------------
class PanGesture(Gesture):
    """Scroll the canvas by dragging (middle button, or space + left button)."""

    def press(self, event: QMouseEvent) -> None:
        self.last = event.position().toPoint()
        self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        delta: QPoint = point - self.last
        self.last = point
        pan_by(self.view, delta.x(), delta.y())

    def release(self, event: QMouseEvent) -> None:
        self.cancel()

    def cancel(self) -> None:
        self.view.viewport().unsetCursor()
        self.done = True


def pan_by(view: QGraphicsView, dx: int, dy: int) -> None:
    """Move the content by (dx, dy) screen pixels."""
    hbar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
    hbar.setValue(hbar.value() - dx)
    vbar.setValue(vbar.value() - dy)


def visible_scene_rect(view: QGraphicsView) -> QRectF:
    return view.mapToScene(QRect(QPoint(0, 0), view.viewport().size())).boundingRect()
