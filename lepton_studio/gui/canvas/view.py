"""The canvas view: zoom (wheel, pinch, Ctrl+0 fit, Ctrl+1 100%), pan, drops, keyboard.

Mouse gestures live in ``interactions.py``; the view only decides which one a press
starts and forwards the events. Edits go to the controller (the editor).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGestureEvent, QGraphicsView, QPinchGesture

from lepton_studio.gui.canvas.interactions import (
    CanvasController,
    Gesture,
    MoveGesture,
    NewWireGesture,
    PanGesture,
    RubberBandGesture,
    pan_by,
    visible_scene_rect,
)
from lepton_studio.gui.canvas.node_item import NodeItem, Port
from lepton_studio.gui.canvas.wire_item import WireItem

if TYPE_CHECKING:
    from lepton_studio.gui.canvas.scene import CanvasScene

BLOCK_MIME_TYPE = "application/x-lepton-studio-block"
MIN_ZOOM, MAX_ZOOM = 0.12, 3.0
NUDGE, BIG_NUDGE = 10.0, 50.0
GRID_BELOW = 0.5  # zoom level under which the dotted grid is left out

# Keys the canvas keeps for itself while it has focus, even if a window action has them.
_OWN_KEYS = (QKeySequence("Ctrl+0"), QKeySequence("Ctrl+1"), QKeySequence("Ctrl+="),
             QKeySequence("Ctrl++"), QKeySequence("Ctrl+-"))


def block_mime(block_id: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(BLOCK_MIME_TYPE, QByteArray(block_id.encode("utf-8")))
    return mime


def block_from_mime(mime: QMimeData) -> str | None:
    if not mime.hasFormat(BLOCK_MIME_TYPE):
        return None
    return bytes(mime.data(BLOCK_MIME_TYPE).data()).decode("utf-8", "replace") or None


class ViewController(CanvasController, Protocol):
    def add_block(self, block_id: str, scene_pos: QPointF) -> str | None: ...

    def nudge(self, dx: float, dy: float) -> None: ...

    def focus_inspector(self) -> None: ...

    def context_menu(self, scene_pos: QPointF, global_pos, item) -> None: ...

    def empty_hint(self) -> str: ...


class CanvasView(QGraphicsView):
    zoomChanged = Signal(float)

    def __init__(self, scene: CanvasScene, controller: ViewController, parent=None) -> None:
        super().__init__(scene, parent)
        self.controller = controller
        self.gesture: Gesture | None = None
        self.space_held = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)

    # --- zoom ----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, level: float, anchor: QPointF | None = None) -> None:
        level = max(MIN_ZOOM, min(MAX_ZOOM, level))
        factor = level / self.zoom()
        if abs(factor - 1.0) < 1e-9:
            return
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoomChanged.emit(self.zoom())

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        self.set_zoom(self.zoom() * factor, anchor)

    def fit(self) -> None:
        """Show the whole model (never enlarged past 100 %)."""
        content: QRectF = self.scene().content_rect()
        if content.isNull():
            self.set_zoom(1.0)
            self.centerOn(0, 0)
            return
        content = content.adjusted(-40, -40, 40, 60)
        view = self.viewport().rect()
        level = min(view.width() / content.width(), view.height() / content.height(), 1.0)
        self.set_zoom(level)
        self.centerOn(content.center())

    def show_model(self, readable: float = 0.7) -> None:
        """The first look at a model: all of it when that stays readable, otherwise its
        top (where the input is) at a readable size."""
        content: QRectF = self.scene().content_rect()
        if content.isNull():
            self.fit()
            return
        content = content.adjusted(-40, -40, 40, 60)
        view = self.viewport().rect()
        level = min(view.width() / content.width(), view.height() / content.height(), 1.0)
        if level >= readable:
            self.fit()
            return
        self.set_zoom(max(readable, min(1.0, view.width() / content.width())))
        visible = visible_scene_rect(self)
        self.centerOn(QPointF(content.center().x(), content.top() + visible.height() / 2))

    def reset_zoom(self) -> None:
        center = visible_scene_rect(self).center()
        self.set_zoom(1.0)
        self.centerOn(center)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        pixel = event.pixelDelta()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not ctrl and not pixel.isNull():  # a touchpad's two-finger scroll pans
            pan_by(self, pixel.x(), pixel.y())
            event.accept()
            return
        steps = event.angleDelta().y() or event.angleDelta().x()
        if steps:
            self.zoom_by(1.0015 ** steps, event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.NativeGesture:
            gesture: QNativeGestureEvent = event
            if gesture.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + gesture.value(), gesture.position())
                return True
        if isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                flags = pinch.changeFlags()
                if flags & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    self.zoom_by(pinch.scaleFactor(), self.mapFromGlobal(pinch.centerPoint().toPoint()))
                return True
        return super().viewportEvent(event)

    # --- drops from the palette ----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if block_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if block_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.drop_mime(event.mimeData(), self.mapToScene(event.position().toPoint())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop_mime(self, mime: QMimeData, scene_pos: QPointF) -> str | None:
        """Add the block a drop carries at ``scene_pos`` (its centre); the new node's id."""
        block_id = block_from_mime(mime)
        if not block_id:
            return None
        node_id = self.controller.add_block(block_id, scene_pos)
        if node_id:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        return node_id

    # --- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.gesture is not None:  # a second button during a gesture ends it
            self.gesture.cancel()
            self.gesture = None
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self.space_held):
            self._start(PanGesture(self, self.controller), event)
            return
        if button != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        scene_pos = self.mapToScene(event.position().toPoint())
        port = self._port_at(scene_pos)
        if port is not None:
            self._start(self._wire_gesture(port), event)
            return
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NodeItem):
            super().mousePressEvent(event)  # Qt selects and starts moving the items
            self._start(MoveGesture(self, self.controller), event)
            return
        if isinstance(item, WireItem):
            super().mousePressEvent(event)
            return
        self._start(RubberBandGesture(self, self.controller), event)

    def _wire_gesture(self, port: Port) -> NewWireGesture:
        if port.kind == "in":
            wired = [e for e in self.scene().graph.edges_to(port.node_id)
                     if e.target_input == port.index]
            if wired:  # pick the wire up by its end
                source = Port(wired[0].source, "out")
                return NewWireGesture(self, self.controller, source, moving=wired[0])
        return NewWireGesture(self, self.controller, port)

    def _port_at(self, scene_pos: QPointF) -> Port | None:
        radius = max(8.0, 11.0 / max(self.zoom(), 0.05))
        for item in self.scene().items(QRectF(scene_pos.x() - radius, scene_pos.y() - radius,
                                              2 * radius, 2 * radius)):
            if isinstance(item, NodeItem):
                port = item.port_at(scene_pos, radius)
                if port is not None:
                    return port
        return None

    def _start(self, gesture: Gesture, event: QMouseEvent) -> None:
        self.gesture = gesture
        gesture.press(event)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        gesture = self.gesture
        if isinstance(gesture, MoveGesture):
            super().mouseMoveEvent(event)
        elif gesture is not None:
            gesture.move(event)
            event.accept()
            return
        else:
            super().mouseMoveEvent(event)
            self._update_hover_cursor(event)

    def _update_hover_cursor(self, event: QMouseEvent) -> None:
        if self.space_held:
            return
        port = self._port_at(self.mapToScene(event.position().toPoint()))
        if port is not None:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.viewport().unsetCursor()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        gesture = self.gesture
        if isinstance(gesture, MoveGesture):
            super().mouseReleaseEvent(event)
        if gesture is not None:
            self.gesture = None
            gesture.release(event)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NodeItem):
            self.scene().select_nodes([item.node_id])
            self.controller.focus_inspector()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if self.gesture is not None:
            return
        scene_pos = self.mapToScene(event.pos())
        item = self.itemAt(event.pos())
        if isinstance(item, NodeItem | WireItem) and not item.isSelected():
            self.scene().clearSelection()
            item.setSelected(True)
        elif item is None and event.reason() == QContextMenuEvent.Reason.Keyboard:
            selected = self.scene().selectedItems()
            item = selected[0] if selected else None
            if item is not None:
                scene_pos = item.sceneBoundingRect().center()
        self.controller.context_menu(scene_pos, event.globalPos(), item)
        event.accept()

    # --- keyboard ------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            key: QKeyEvent = event
            combo = QKeySequence(key.keyCombination())
            if any(combo.matches(own) == QKeySequence.SequenceMatch.ExactMatch for own in _OWN_KEYS):
                event.accept()
                return True
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if self.select_next(forward):
                return True
        return super().event(event)

    def select_next(self, forward: bool = True) -> bool:
        """Select the next (or previous) block in the graph's order; False past the end."""
        scene = self.scene()
        order = list(scene.graph.nodes)
        if not order:
            return False
        selected = scene.selected_node_ids()
        if selected:
            index = order.index(selected[-1 if forward else 0]) + (1 if forward else -1)
        else:
            index = 0 if forward else len(order) - 1
        if not 0 <= index < len(order):
            return False
        scene.select_nodes([order[index]])
        self.ensureVisible(scene.node_items[order[index]], 60, 60)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self.gesture is not None:
                self.gesture.cancel()
                self.gesture = None
            else:
                self.scene().clearSelection()
            event.accept()
            return
        if ctrl and key == Qt.Key.Key_0:
            self.fit()
            return
        if ctrl and key == Qt.Key.Key_1:
            self.reset_zoom()
            return
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
            return
        if ctrl and key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.scene().selected_node_ids():
            self.controller.focus_inspector()
            event.accept()
            return
        combo = QKeySequence(event.keyCombination())
        for action in self.actions():  # also when the window is not active (shortcuts wait)
            if action.isEnabled() and any(
                    combo.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                    for key in action.shortcuts()):
                action.trigger()
                event.accept()
                return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and self.scene().selected_node_ids():
            step = BIG_NUDGE if mods & Qt.KeyboardModifier.ShiftModifier else NUDGE
            dx, dy = arrows[key]
            self.controller.nudge(dx * step, dy * step)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        if self.space_held:
            self.space_held = False
            self.viewport().unsetCursor()
        super().focusOutEvent(event)

    # --- drawing -------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        """The dotted grid, only where its dots can be told apart."""
        if self.zoom() >= GRID_BELOW:
            super().drawBackground(painter, rect)
        else:
            painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        if self.scene().graph.nodes:
            return
        text = self.controller.empty_hint()
        if not text:
            return
        painter.save()
        painter.resetTransform()
        colour = self.palette().color(QPalette.ColorRole.Text)
        colour.setAlphaF(0.55)
        painter.setPen(colour)
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(font)
        area = self.viewport().rect().adjusted(40, 40, -40, -40)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        painter.restore()
