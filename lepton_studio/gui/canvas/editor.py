"""The layer canvas as one widget: palette | canvas | inspector and summary.

``CanvasEditor`` is the controller the gestures and the view talk to: it turns every
request into an undo command on the stack it was given (the document's, in the app) and
owns the canvas actions (cut, copy, paste, duplicate, delete, auto-arrange, zoom) and the
"Start from template" menu. It holds no model state of its own: the graph is the truth.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core import problems as P
from lepton_studio.core.blocks import get_block
from lepton_studio.core.graph import MAX_BLOCKS, Edge, Graph
from lepton_studio.core.problems import LeptonError, Problem
from lepton_studio.core.templates import ROW_GAP, TEMPLATES, make_template
from lepton_studio.gui.canvas import clipboard
from lepton_studio.gui.canvas import commands as cmd
from lepton_studio.gui.canvas.catalogue import block_icon, block_name, categories, category_name
from lepton_studio.gui.canvas.inspector import Inspector
from lepton_studio.gui.canvas.interactions import visible_scene_rect, wire_refusal
from lepton_studio.gui.canvas.layout import arrange
from lepton_studio.gui.canvas.node_item import HEIGHT, WIDTH, NodeItem
from lepton_studio.gui.canvas.palette import BlockPalette
from lepton_studio.gui.canvas.scene import CanvasScene
from lepton_studio.gui.canvas.summary import ModelSummary, Readiness, train_readiness
from lepton_studio.gui.canvas.view import CanvasView
from lepton_studio.gui.canvas.wire_item import WireItem
from lepton_studio.gui.errors import problem_text, show_problem

SNAP = 10.0
PASTE_OFFSET = 40.0
MESSAGE_MS = 7000


@dataclass(frozen=True)
class DatasetFacts:
    """What the canvas needs to know of the project's pictures."""

    class_names: tuple[str, ...]
    image_size: int
    color: str
    has_pictures: bool = True


def free_spot(taken, position: tuple[float, float], gap: float = 12.0) -> tuple[float, float]:
    """``position``, or the nearest place below it where a block covers no other block."""
    x, y = position

    def overlaps(px: float, py: float) -> bool:
        return any(abs(px - ox) < WIDTH + gap and abs(py - oy) < HEIGHT + gap
                   for ox, oy in taken)
    for _ in range(1000):  # a canvas holds at most MAX_BLOCKS blocks: this always ends
        if not overlaps(x, y):
            break
        y += ROW_GAP
    return (x, y)


def _snap(value: float) -> float:
    return round(value / SNAP) * SNAP


class CanvasEditor(QWidget):
    trainRequested = Signal()
    fixRequested = Signal(object)  # a Fix in another step (the summary's button)
    message = Signal(str)  # a short note for the status bar as well

    def __init__(self, graph: Graph | None = None, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack: QUndoStack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.dataset: DatasetFacts | None = None
        self._paste_count = 0
        self._sized = False
        self.scene = CanvasScene(graph if graph is not None else Graph(), self)
        self.view = CanvasView(self.scene, self)
        self.palette_panel = BlockPalette()
        self.inspector = Inspector()
        self.summary = ModelSummary()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("canvasMessage")
        self.message_label.setVisible(False)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(lambda: self.message_label.setVisible(False))

        self._make_actions()
        self._make_toolbar()

        canvas_box = QWidget()
        canvas_layout = QVBoxLayout(canvas_box)
        canvas_layout.setContentsMargins(0, 0, 0, 0)
        canvas_layout.setSpacing(0)
        canvas_layout.addWidget(self.view, 1)
        canvas_layout.addWidget(self.message_label)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.inspector)
        right.addWidget(self.summary)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 0)
        right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.palette_panel)
        self.splitter.addWidget(canvas_box)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([210, 600, 270])
        self.right_panel = right

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.palette_panel.blockActivated.connect(self.add_block_from_palette)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.analysisChanged.connect(self._analysis_changed)
        self.scene.graphReplaced.connect(self._selection_changed)
        self.summary.problemChosen.connect(self.reveal_node)
        self.summary.trainRequested.connect(self.trainRequested)
        self.summary.fixRequested.connect(self.fixRequested)
        self.inspector.fixRequested.connect(self.fixRequested)
        self.inspector.message.connect(self.show_message)
        self.view.zoomChanged.connect(self._zoom_changed)
        self._connect_stack()
        self.inspector.set_graph(self.scene.graph, self.stack)
        self.retranslate()
        self._update_background()
        self._selection_changed()
        self._analysis_changed(self.scene.analysis)

    # --- setup ---------------------------------------------------------------------------
    @property
    def graph(self) -> Graph:
        return self.scene.graph

    def set_graph(self, graph: Graph) -> None:
        self.scene.set_graph(graph)
        self.inspector.set_graph(graph, self.stack)
        self._paste_count = 0
        QTimer.singleShot(0, self.view.show_model)

    def set_undo_stack(self, stack: QUndoStack) -> None:
        self.stack = stack
        self.inspector.set_graph(self.graph, stack)
        self._connect_stack()

    def set_dataset(self, dataset: DatasetFacts | None) -> None:
        self.dataset = dataset
        self.inspector.set_dataset_locked(dataset is not None)
        self._update_readiness()

    def set_batch_size(self, batch_size: int) -> None:
        """The memory check of the analysis depends on the training batch size."""
        if batch_size != self.scene.batch_size:
            self.scene.batch_size = batch_size
            self.scene.schedule_analysis()

    def detach(self) -> None:
        self.scene.detach()
        self.inspector.detach()

    def _connect_stack(self) -> None:
        stack = self.stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)

    def _action(self, shortcuts=(), slot=None, widget_shortcut: bool = True) -> QAction:
        action = QAction(self)
        keys = []
        for shortcut in shortcuts:
            if isinstance(shortcut, QKeySequence.StandardKey):
                keys.extend(QKeySequence.keyBindings(shortcut))
            else:
                keys.append(QKeySequence(shortcut))
        if keys:
            action.setShortcuts(keys)
            # only while the canvas has focus: text fields keep their own Ctrl+C, Delete...
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.undo_action = self._action(slot=lambda: self.stack.undo())
        self.redo_action = self._action(slot=lambda: self.stack.redo())
        self.cut_action = self._action([std.Cut], self.cut)
        self.copy_action = self._action([std.Copy], self.copy)
        self.paste_action = self._action([std.Paste], lambda: self.paste())
        self.duplicate_action = self._action(["Ctrl+D"], self.duplicate)
        self.delete_action = self._action([std.Delete, "Backspace"], self.delete_selection)
        self.select_all_action = self._action([std.SelectAll], self.select_all)
        self.arrange_action = self._action(["Ctrl+L"], self.auto_arrange)
        self.fit_action = self._action(["Ctrl+0"], self.view.fit)
        self.zoom_100_action = self._action(["Ctrl+1"], self.view.reset_zoom)
        self.zoom_in_action = self._action([std.ZoomIn], lambda: self.view.zoom_by(1.25))
        self.zoom_out_action = self._action([std.ZoomOut], lambda: self.view.zoom_by(0.8))
        self.rename_action = self._action(["F2"], self.rename_selected)
        for action in (self.cut_action, self.copy_action, self.paste_action,
                       self.duplicate_action, self.delete_action, self.select_all_action,
                       self.arrange_action, self.rename_action):
            self.view.addAction(action)  # their shortcuts work while the canvas has focus

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.template_menu = QMenu(self)
        self.template_button = QPushButton()
        self.template_button.setMenu(self.template_menu)
        self.toolbar.addWidget(self.template_button)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.arrange_action)
        self.toolbar.addAction(self.fit_action)
        self.toolbar.addAction(self.zoom_100_action)
        self.toolbar.addAction(self.zoom_out_action)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toolbar.addWidget(self.zoom_label)
        self.toolbar.addAction(self.zoom_in_action)

    def _rebuild_template_menu(self) -> None:
        self.template_menu.clear()
        for template in TEMPLATES.values():
            action = self.template_menu.addAction(
                QCoreApplication.translate("Templates", template.name))
            action.setToolTip(QCoreApplication.translate("Templates", template.description))
            action.setStatusTip(action.toolTip())
            action.triggered.connect(lambda _c=False, t=template.id: self.apply_template(t))
        self.template_menu.setToolTipsVisible(True)

    # --- language and look ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.template_button.setText(self.tr("Start from template"))
        self.template_button.setToolTip(self.tr(
            "Replace the model with a ready-made one, sized for your pictures. "
            "You can undo this."))
        self._rebuild_template_menu()
        texts = {
            self.undo_action: (self.tr("Undo"), self.tr("Undo the last change")),
            self.redo_action: (self.tr("Redo"), self.tr("Redo the change you undid")),
            self.cut_action: (self.tr("Cut"), ""),
            self.copy_action: (self.tr("Copy"), ""),
            self.paste_action: (self.tr("Paste"), ""),
            self.duplicate_action: (self.tr("Duplicate"), ""),
            self.delete_action: (self.tr("Delete"), ""),
            self.select_all_action: (self.tr("Select All"), ""),
            self.arrange_action: (self.tr("Auto-arrange"),
                                  self.tr("Lay the blocks out neatly, from the input down")),
            self.fit_action: (self.tr("Fit"), self.tr("Show the whole model (Ctrl+0)")),
            self.zoom_100_action: (self.tr("1:1"), self.tr("Actual size (Ctrl+1)")),
            self.zoom_in_action: (self.tr("Zoom In"), ""),
            self.zoom_out_action: (self.tr("Zoom Out"), ""),
            self.rename_action: (self.tr("Rename…"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip or text)
        self.zoom_in_action.setText("+")
        self.zoom_out_action.setText("−")
        self._zoom_changed(self.view.zoom())
        self.view.viewport().update()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = max(self.width(), 600)
            side = int(min(240, max(170, width * 0.19)))
            right = int(min(340, max(240, width * 0.27)))
            self.splitter.setSizes([side, max(200, width - side - right), right])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.scene.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._update_background()
        super().changeEvent(event)

    def _update_background(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        mid = palette.color(QPalette.ColorRole.Mid)
        dots = mid if abs(mid.lightness() - base.lightness()) > 25 else palette.color(
            QPalette.ColorRole.PlaceholderText)
        self.scene.update_background(base, dots)

    def empty_hint(self) -> str:
        return self.tr("Drag blocks here from the list on the left, or click "
                       "“Start from template” above.")

    # --- feedback ------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self._message_timer.start(MESSAGE_MS)
        self.message.emit(text)

    def _zoom_changed(self, level: float) -> None:
        self.zoom_label.setText(self.tr("{percent}%").format(percent=round(level * 100)))

    def _selection_changed(self) -> None:
        nodes = self.scene.selected_node_ids()
        edges = self.scene.selected_edges()
        self.inspector.show_nodes(nodes)
        for action in (self.cut_action, self.copy_action, self.duplicate_action):
            action.setEnabled(bool(nodes))
        self.delete_action.setEnabled(bool(nodes or edges))
        self.rename_action.setEnabled(len(nodes) == 1)

    def _analysis_changed(self, analysis) -> None:
        self.summary.set_analysis(analysis)
        self.inspector.set_analysis(analysis)
        self._update_readiness()

    def _update_readiness(self) -> None:
        self.summary.set_readiness(self.readiness())

    def readiness(self) -> Readiness:
        dataset = self.dataset
        return train_readiness(self.scene.analysis, self.graph,
                               list(dataset.class_names) if dataset else None,
                               dataset.has_pictures if dataset else False)

    # --- the controller API (gestures, view, palette) ------------------------------------
    def add_block(self, block_id: str, scene_pos: QPointF) -> str | None:
        """Add a block centred on ``scene_pos`` (a drop)."""
        try:
            get_block(block_id)
        except LeptonError:
            return None
        if not self._room_for(1):
            return None
        position = (_snap(scene_pos.x() - WIDTH / 2), _snap(scene_pos.y() - HEIGHT / 2))
        position = self._free_spot(position)  # never on top of another block
        command = cmd.AddNodeCommand(self.graph, block_id, position=position)
        self.stack.push(command)
        self.scene.select_nodes([command.node_id])
        return command.node_id

    def add_block_from_palette(self, block_id: str) -> str | None:
        """Double-click / Enter in the palette: below the selected block (wired to it), or
        in the middle of the view."""
        selected = self.scene.selected_node_ids()
        after = selected[0] if len(selected) == 1 else None
        if after is not None:
            x, y = self.graph.node(after).position
            position = (x, y + ROW_GAP)
        else:
            centre = visible_scene_rect(self.view).center()
            position = (_snap(centre.x() - WIDTH / 2), _snap(centre.y() - HEIGHT / 2))
        position = self._free_spot(position)
        if not self._room_for(1):
            return None
        node_id = cmd.add_node_after(self.stack, self.graph, block_id, position, after)
        self.scene.select_nodes([node_id])
        self.view.ensureVisible(self.scene.node_items[node_id], 40, 40)
        return node_id

    def _room_for(self, count: int) -> bool:
        """Whether ``count`` more blocks fit under the graph's cap; says why not."""
        if len(self.graph) + count <= MAX_BLOCKS:
            return True
        show_problem(self, Problem(P.GRAPH_TOO_LARGE, None,
                                   {"count": len(self.graph) + count, "maximum": MAX_BLOCKS}))
        return False

    def _free_spot(self, position: tuple[float, float]) -> tuple[float, float]:
        return free_spot([n.position for n in self.graph.nodes.values()], position)

    def wire(self, source: str, target: str, target_input: int, replacing: Edge | None) -> bool:
        refusal = wire_refusal(self.graph, source, target, target_input, replacing)
        if refusal:
            self.show_message(refusal)
            return False
        if replacing is None:
            self.stack.push(cmd.ConnectCommand(self.graph, source, target, target_input))
        else:
            cmd.rewire(self.stack, self.graph, replacing, source, target, target_input)
        return True

    def unwire(self, edge: Edge) -> None:
        if edge in self.graph.edges:
            self.stack.push(cmd.DisconnectCommand(self.graph, edge))

    def move_nodes(self, moves) -> None:
        snapped = {node_id: (old, (_snap(new[0]), _snap(new[1])))
                   for node_id, (old, new) in moves.items()}
        moves = {k: v for k, v in snapped.items() if tuple(v[0]) != tuple(v[1])}
        if moves:
            self.stack.push(cmd.MoveNodesCommand(self.graph, moves))
        else:  # snapped back to where they were: put the items back too
            for node_id in snapped:
                self.scene.node_items[node_id].setPos(*self.graph.node(node_id).position)

    def nudge(self, dx: float, dy: float) -> None:
        moves = {}
        for node_id in self.scene.selected_node_ids():
            x, y = self.graph.node(node_id).position
            moves[node_id] = ((x, y), (x + dx, y + dy))
        if moves:
            self.stack.push(cmd.MoveNodesCommand(self.graph, moves, nudge=True))

    def focus_inspector(self) -> None:
        self.inspector.focus_first()

    def reveal_node(self, node_id: str) -> None:
        item = self.scene.node_items.get(node_id)
        if item is None:
            return
        self.scene.select_nodes([node_id])
        self.view.centerOn(item)

    # --- edit actions --------------------------------------------------------------------
    def delete_selection(self) -> bool:
        return cmd.delete_items(self.stack, self.graph, self.scene.selected_node_ids(),
                                self.scene.selected_edges())

    def select_all(self) -> None:
        self.scene.select_nodes(list(self.graph.nodes))

    def copy(self) -> bool:
        nodes = self.scene.selected_node_ids()
        if not nodes:
            return False
        clipboard.copy_fragment(clipboard.fragment(self.graph, nodes))
        self._paste_count = 0
        return True

    def cut(self) -> bool:
        nodes = self.scene.selected_node_ids()
        if not nodes:
            return False
        clipboard.copy_fragment(clipboard.fragment(self.graph, nodes))
        self._paste_count = 0
        cmd.remove_nodes(self.stack, self.graph, nodes, self.tr("Cut %n block(s)", "", len(nodes)))
        return True

    def paste(self, at: QPointF | None = None) -> list[str]:
        data = clipboard.pasted_fragment()
        if data is None:
            return []
        return self._insert(data, at, self.tr("Paste %n block(s)", "", len(data["nodes"])))

    def duplicate(self) -> list[str]:
        nodes = self.scene.selected_node_ids()
        if not nodes:
            return []
        data = clipboard.fragment(self.graph, nodes)
        left, top, _r, _b = clipboard.bounds(data)
        at = QPointF(left + PASTE_OFFSET, top + PASTE_OFFSET)
        return self._insert(data, at, self.tr("Duplicate %n block(s)", "", len(nodes)),
                            top_left=True)

    def _insert(self, data, at: QPointF | None, text: str, top_left: bool = False) -> list[str]:
        left, top, right, bottom = clipboard.bounds(data)
        if at is None:
            visible = visible_scene_rect(self.view)
            inside = visible.adjusted(0, 0, -WIDTH, -HEIGHT)
            if inside.contains(QPointF(left, top)) and inside.contains(QPointF(right, bottom)):
                self._paste_count += 1  # the originals are in view: offset each paste a bit
                step = PASTE_OFFSET * self._paste_count
                offset = (step, step)
            else:
                centre = visible.center()
                offset = (centre.x() - (left + right + WIDTH) / 2,
                          centre.y() - (top + bottom + HEIGHT) / 2)
        elif top_left:
            offset = (at.x() - left, at.y() - top)
        else:
            offset = (at.x() - (left + right + WIDTH) / 2, at.y() - (top + bottom + HEIGHT) / 2)
        offset = (_snap(offset[0]), _snap(offset[1]))
        if not self._room_for(len(data["nodes"])):
            return []
        new_ids = cmd.add_fragment(self.stack, self.graph, data, offset, text)
        self.scene.select_nodes(new_ids)
        return new_ids

    def rename_selected(self) -> None:
        if len(self.scene.selected_node_ids()) == 1:
            self.inspector.label_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.inspector.label_edit.selectAll()

    def auto_arrange(self) -> bool:
        if not self.graph.nodes:
            return False
        origin = self.graph.input_node().position if self.graph.input_node() else (0.0, 0.0)
        positions = arrange(self.graph, origin)
        moves = {node_id: (self.graph.node(node_id).position, pos)
                 for node_id, pos in positions.items()
                 if tuple(self.graph.node(node_id).position) != tuple(pos)}
        if not moves:
            return False
        self.stack.push(cmd.MoveNodesCommand(self.graph, moves, text=self.tr("Auto-arrange")))
        QTimer.singleShot(0, self.view.fit)
        return True

    def template_graph(self, template_id: str) -> Graph:
        dataset = self.dataset
        if dataset is None:
            return make_template(template_id)
        return make_template(template_id, dataset.color, dataset.image_size,
                             max(2, len(dataset.class_names)))

    def apply_template(self, template_id: str) -> None:
        template = TEMPLATES[template_id]
        graph = self.template_graph(template_id)
        name = QCoreApplication.translate("Templates", template.name)
        self.stack.push(cmd.LoadGraphCommand(
            self.graph, graph.to_dict(), self.tr("Start from template {name}").format(name=name)))
        self.view.show_model()
        self.show_message(self.tr("The model is now “{name}”. Undo brings the previous one "
                                  "back.").format(name=name))

    def follow_dataset(self) -> bool:
        """Make the input and output blocks match the dataset (one undo step)."""
        dataset = self.dataset
        if dataset is None:
            return False
        wanted = []
        for node in self.graph.nodes_of("input"):
            wanted += [(node.id, "size", dataset.image_size), (node.id, "color", dataset.color)]
        for node in self.graph.nodes_of("output"):
            wanted.append((node.id, "classes", max(2, len(dataset.class_names))))
        changes = [(n, k, v) for n, k, v in wanted if self.graph.node(n).params.get(k) != v]
        if not changes:
            return False
        self.stack.beginMacro(self.tr("Follow the dataset"))
        try:
            for node_id, name, value in changes:
                try:
                    self.stack.push(cmd.SetParamCommand(self.graph, node_id, name, value))
                except LeptonError as exc:
                    self.show_message(" ".join(problem_text(exc.problem)).strip())
        finally:
            self.stack.endMacro()
        return True

    # --- context menus -------------------------------------------------------------------
    def context_menu(self, scene_pos: QPointF, global_pos, item) -> None:
        menu = self.build_context_menu(scene_pos, item)
        menu.exec(global_pos)

    def build_context_menu(self, scene_pos: QPointF, item) -> QMenu:
        menu = QMenu(self)
        if isinstance(item, NodeItem):
            edit = menu.addAction(self.tr("Edit Settings"))
            edit.triggered.connect(self.focus_inspector)
            menu.addAction(self.rename_action)
            menu.addSeparator()
            for action in (self.cut_action, self.copy_action, self.duplicate_action):
                menu.addAction(action)
            wires = [e for e in self.graph.edges if item.node_id in (e.source, e.target)]
            if wires:
                unwire = menu.addAction(self.tr("Remove Its Wires"))
                unwire.triggered.connect(lambda: cmd.remove_edges(self.stack, self.graph, wires))
            menu.addSeparator()
            menu.addAction(self.delete_action)
        elif isinstance(item, WireItem):
            remove = menu.addAction(self.tr("Remove Wire"))
            remove.triggered.connect(lambda: self.unwire(item.edge))
        else:
            where = QPointF(scene_pos)
            add_menu = menu.addMenu(self.tr("Add Block"))
            for category, specs in categories():
                sub = add_menu.addMenu(category_name(category))
                for spec in specs:
                    action = sub.addAction(block_icon(spec), block_name(spec))
                    action.triggered.connect(
                        lambda _c=False, b=spec.id: self.add_block(b, where))
            paste = menu.addAction(self.paste_action.text())
            paste.setEnabled(clipboard.has_fragment())
            paste.triggered.connect(lambda: self.paste(where))
            menu.addSeparator()
            menu.addAction(self.select_all_action)
            menu.addAction(self.arrange_action)
            menu.addAction(self.fit_action)
            menu.addSeparator()
            menu.addMenu(self.template_menu).setText(self.template_button.text())
        return menu
