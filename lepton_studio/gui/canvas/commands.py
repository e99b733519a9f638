"""Undoable edits of the graph. Each command calls ``Graph`` methods only.

The scene redraws from the graph's events, so a command never touches an item; commands
that change several things are grouped with ``QUndoStack.beginMacro`` by the helper
functions below. Every command restores exactly what it changed, including where a
node or wire sat in the graph's order, so undoing any sequence of edits gives back the
very same graph JSON.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from lepton_studio.core.blocks import get_block
from lepton_studio.core.graph import Edge, Graph
from lepton_studio.gui.canvas.catalogue import block_name, param_label

CONTEXT = "CanvasCommands"

# ids for QUndoCommand.mergeWith: consecutive edits of one setting / nudges merge.
SET_PARAM_ID = 6001
NUDGE_ID = 6002

Position = tuple[float, float]


def _name(graph: Graph, node_id: str) -> str:
    node = graph.node(node_id)
    return node.label or block_name(get_block(node.block))


class AddNodeCommand(QUndoCommand):
    """Add one block; the id is chosen once, so redo after undo recreates the same node."""

    def __init__(self, graph: Graph, block: str, params: dict[str, Any] | None = None,
                 position: Position = (0.0, 0.0), label: str = "", node_id: str | None = None,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph, self.block = graph, block
        self.params = dict(params or {})
        self.position, self.label = position, label
        self.node_id = node_id or graph.new_id()
        self.setText(QCoreApplication.translate("CanvasCommands", "Add {block}").format(block=block_name(get_block(block))))

    def redo(self) -> None:
        self.graph.add_node(self.block, self.params, self.position, self.label, self.node_id)

    def undo(self) -> None:
        self.graph.remove_node(self.node_id)


class RemoveNodeCommand(QUndoCommand):
    """Remove one block whose wires are already gone (see ``remove_nodes``)."""

    def __init__(self, graph: Graph, node_id: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph, self.node_id = graph, node_id
        self.saved: dict[str, Any] = {}
        self.index = 0
        self.setText(QCoreApplication.translate("CanvasCommands", "Delete {block}").format(block=_name(graph, node_id)))

    def redo(self) -> None:
        self.index = list(self.graph.nodes).index(self.node_id)
        self.saved = copy.deepcopy(self.graph.node(self.node_id).to_dict())
        self.graph.remove_node(self.node_id)

    def undo(self) -> None:
        saved = self.saved
        self.graph.add_node(saved["block"], saved["params"], tuple(saved["position"]),
                            saved["label"], saved["id"], index=self.index)


class ConnectCommand(QUndoCommand):
    def __init__(self, graph: Graph, source: str, target: str, target_input: int = 0,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.edge = Edge(source, target, int(target_input))
        self.setText(QCoreApplication.translate("CanvasCommands", "Wire {source} to {target}").format(
            source=_name(graph, source), target=_name(graph, target)))

    def redo(self) -> None:
        self.graph.connect(self.edge.source, self.edge.target, self.edge.target_input)

    def undo(self) -> None:
        self.graph.disconnect(self.edge)


class DisconnectCommand(QUndoCommand):
    def __init__(self, graph: Graph, edge: Edge, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph, self.edge, self.index = graph, edge, 0
        self.setText(QCoreApplication.translate("CanvasCommands", "Remove wire from {source} to {target}").format(
            source=_name(graph, edge.source), target=_name(graph, edge.target)))

    def redo(self) -> None:
        self.index = self.graph.edges.index(self.edge)
        self.graph.disconnect(self.edge)

    def undo(self) -> None:
        self.graph.connect(self.edge.source, self.edge.target, self.edge.target_input,
                           index=self.index)


class SetParamCommand(QUndoCommand):
    """Change one setting; successive changes of the same setting merge into one step."""

    def __init__(self, graph: Graph, node_id: str, name: str, value: Any,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph, self.node_id, self.name = graph, node_id, name
        spec = get_block(graph.node(node_id).block).param(name)
        self.new = spec.coerce(value, node_id)  # refuse before the stack runs redo()
        self.old = graph.node(node_id).params.get(name)
        self.setText(QCoreApplication.translate("CanvasCommands", "Change {setting} of {block}").format(
            setting=param_label(spec), block=_name(graph, node_id)))

    def id(self) -> int:  # noqa: A003 - Qt name
        return SET_PARAM_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt name
        if not isinstance(other, SetParamCommand) or (other.node_id, other.name) != (
                self.node_id, self.name) or other.graph is not self.graph:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.graph.set_param(self.node_id, self.name, self.new)

    def undo(self) -> None:
        self.graph.set_param(self.node_id, self.name, self.old)


class SetLabelCommand(QUndoCommand):
    def __init__(self, graph: Graph, node_id: str, label: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph, self.node_id = graph, node_id
        self.old, self.new = graph.node(node_id).label, str(label)
        self.setText(QCoreApplication.translate("CanvasCommands", "Rename {block}").format(block=_name(graph, node_id)))

    def redo(self) -> None:
        self.graph.set_label(self.node_id, self.new)

    def undo(self) -> None:
        self.graph.set_label(self.node_id, self.old)


class MoveNodesCommand(QUndoCommand):
    """Move blocks (a drag, a nudge with the arrow keys, or auto-arrange) in one step."""

    def __init__(self, graph: Graph, moves: dict[str, tuple[Position, Position]],
                 text: str | None = None, nudge: bool = False,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph, self.nudge = graph, nudge
        self.moves = {node_id: (tuple(map(float, old)), tuple(map(float, new)))
                      for node_id, (old, new) in moves.items()}
        self.setText(text or QCoreApplication.translate("CanvasCommands", "Move %n block(s)", "", len(moves)))

    def id(self) -> int:  # noqa: A003 - Qt name
        return NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt name
        if not (isinstance(other, MoveNodesCommand) and other.nudge and self.nudge
                and other.graph is self.graph and set(other.moves) == set(self.moves)):
            return False
        for node_id, (_old, new) in other.moves.items():
            self.moves[node_id] = (self.moves[node_id][0], new)
        self.setObsolete(all(old == new for old, new in self.moves.values()))
        return True

    def redo(self) -> None:
        for node_id, (_old, new) in self.moves.items():
            self.graph.move_node(node_id, new)

    def undo(self) -> None:
        for node_id, (old, _new) in self.moves.items():
            self.graph.move_node(node_id, old)


class LoadGraphCommand(QUndoCommand):
    """Replace the whole graph (a template); undo loads the previous one back."""

    def __init__(self, graph: Graph, new: dict[str, Any], text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.old = copy.deepcopy(graph.to_dict())
        self.new = copy.deepcopy(new)
        Graph.from_dict(self.new)  # refuse a damaged description before the stack runs it
        self.setText(text)

    def redo(self) -> None:
        self.graph.load_dict(copy.deepcopy(self.new))

    def undo(self) -> None:
        self.graph.load_dict(copy.deepcopy(self.old))


# --- grouped edits ---------------------------------------------------------------------
def remove_nodes(stack: QUndoStack, graph: Graph, node_ids: Iterable[str],
                 text: str | None = None) -> bool:
    """Delete blocks and their wires as one undo step. False when there was nothing."""
    ids = [node_id for node_id in graph.nodes if node_id in set(node_ids)]
    if not ids:
        return False
    chosen = set(ids)
    edges = [e for e in graph.edges if e.source in chosen or e.target in chosen]
    if text is None:
        text = (QCoreApplication.translate("CanvasCommands", "Delete {block}").format(
            block=_name(graph, ids[0])) if len(ids) == 1
            else QCoreApplication.translate("CanvasCommands", "Delete %n block(s)", "", len(ids)))
    stack.beginMacro(text)
    try:
        for edge in edges:
            stack.push(DisconnectCommand(graph, edge))
        for node_id in ids:
            stack.push(RemoveNodeCommand(graph, node_id))
    finally:
        stack.endMacro()
    return True


def remove_edges(stack: QUndoStack, graph: Graph, edges: Iterable[Edge]) -> bool:
    chosen = [e for e in graph.edges if e in set(edges)]
    if not chosen:
        return False
    if len(chosen) == 1:
        stack.push(DisconnectCommand(graph, chosen[0]))
        return True
    stack.beginMacro(QCoreApplication.translate("CanvasCommands", "Remove %n wire(s)", "", len(chosen)))
    try:
        for edge in chosen:
            stack.push(DisconnectCommand(graph, edge))
    finally:
        stack.endMacro()
    return True


def delete_items(stack: QUndoStack, graph: Graph, node_ids: Iterable[str],
                 edges: Iterable[Edge]) -> bool:
    """Delete a selection of blocks and wires as one undo step."""
    node_ids = [n for n in graph.nodes if n in set(node_ids)]
    edges = [e for e in graph.edges if e in set(edges)
             and e.source not in node_ids and e.target not in node_ids]
    if not node_ids:
        return remove_edges(stack, graph, edges)
    if not edges:
        return remove_nodes(stack, graph, node_ids)
    stack.beginMacro(QCoreApplication.translate("CanvasCommands", "Delete %n block(s)", "", len(node_ids)))
    try:
        remove_edges(stack, graph, edges)
        remove_nodes(stack, graph, node_ids)
    finally:
        stack.endMacro()
    return True


def rewire(stack: QUndoStack, graph: Graph, old: Edge | None, source: str, target: str,
           target_input: int) -> bool:
    """Connect ``source`` to an input, first removing ``old`` (a wire being moved)."""
    if old is not None and old == Edge(source, target, target_input):
        return False
    stack.beginMacro(QCoreApplication.translate("CanvasCommands", "Wire {source} to {target}").format(
        source=_name(graph, source), target=_name(graph, target)))
    try:
        if old is not None and old in graph.edges:
            stack.push(DisconnectCommand(graph, old))
        for edge in graph.edges_to(target):
            if edge.target_input == target_input:
                stack.push(DisconnectCommand(graph, edge))
        stack.push(ConnectCommand(graph, source, target, target_input))
    finally:
        stack.endMacro()
    return True


def add_node_after(stack: QUndoStack, graph: Graph, block: str, position: Position,
                   after: str | None = None) -> str:
    """Add a block and, when ``after`` is given and accepts it, wire it in behind that block."""
    command = AddNodeCommand(graph, block, position=position)
    if after is None or after not in graph.nodes or not get_block(block).num_inputs \
            or not get_block(graph.node(after).block).has_output:
        stack.push(command)
        return command.node_id
    stack.beginMacro(command.text())
    try:
        stack.push(command)
        if graph.can_connect(after, command.node_id, 0):
            stack.push(ConnectCommand(graph, after, command.node_id, 0))
    finally:
        stack.endMacro()
    return command.node_id


def add_fragment(stack: QUndoStack, graph: Graph, fragment: dict[str, Any],
                 offset: Position = (0.0, 0.0), text: str | None = None) -> list[str]:
    """Add a copied sub-graph with fresh ids (paste, duplicate); returns the new ids."""
    nodes = [n for n in fragment.get("nodes", []) if _known_block(n.get("block"))]
    if not nodes:
        return []
    new_ids: dict[str, str] = {}
    commands = []
    taken = set(graph.nodes)
    for item in nodes:
        new_id = graph.new_id()
        while new_id in taken:
            new_id = graph.new_id()
        taken.add(new_id)
        new_ids[str(item["id"])] = new_id
        x, y = item.get("position", (0.0, 0.0))
        commands.append(AddNodeCommand(graph, item["block"], item.get("params", {}),
                                       (float(x) + offset[0], float(y) + offset[1]),
                                       item.get("label", ""), new_id))
    stack.beginMacro(text or QCoreApplication.translate("CanvasCommands", "Paste %n block(s)", "", len(nodes)))
    try:
        for command in commands:
            stack.push(command)
        for item in fragment.get("edges", []):
            source, target = new_ids.get(str(item["source"])), new_ids.get(str(item["target"]))
            index = int(item.get("target_input", 0))
            if source and target and graph.can_connect(source, target, index):
                stack.push(ConnectCommand(graph, source, target, index))
    finally:
        stack.endMacro()
    return list(new_ids.values())


def _known_block(block: Any) -> bool:
    try:
        get_block(str(block))
    except Exception:  # noqa: BLE001 - LeptonError(unknown_block): skip what we cannot add
        return False
    return True
