"""The network as plain data: nodes, wires, and change notification without Qt.

The canvas is a view of this graph: it subscribes to the events below and redraws; undo
commands call these methods. Every edit is validated here, so no view can make the
graph hold an unknown block, an out-of-range setting or a doubly-wired input.
"""

from __future__ import annotations

import copy
import itertools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import problems as P
from .blocks import get_block
from .problems import LeptonError

FORMAT_VERSION = 1
# Far above any model a person draws (the largest template has under 60 blocks), low
# enough that checking and drawing stay instant; a file with more is refused on load.
MAX_BLOCKS = 2_000


@dataclass
class Node:
    id: str
    block: str
    params: dict[str, Any] = field(default_factory=dict)
    position: tuple[float, float] = (0.0, 0.0)
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "block": self.block, "params": dict(self.params),
                "position": [float(self.position[0]), float(self.position[1])],
                "label": self.label}


@dataclass(frozen=True)
class Edge:
    """A wire from ``source``'s output to input number ``target_input`` of ``target``."""

    source: str
    target: str
    target_input: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "target_input": self.target_input}


def _stored_params(item: dict[str, Any]) -> dict[str, Any]:
    """A node's params as read from a file, each of the JSON type its block expects."""
    params = item.get("params", {})
    if not isinstance(params, dict):
        raise TypeError("a block's settings are not an object")
    spec = get_block(item["block"])
    checked = {}
    for name, value in params.items():
        try:
            param = spec.param(name)
        except KeyError:
            continue  # dropped, as complete_params does
        checked[name] = param.check_stored(value, str(item.get("id", "")) or None)
    return checked


# --- events ------------------------------------------------------------------------------
@dataclass(frozen=True)
class NodeAdded:
    node: Node


@dataclass(frozen=True)
class NodeRemoved:
    node: Node


@dataclass(frozen=True)
class EdgeAdded:
    edge: Edge


@dataclass(frozen=True)
class EdgeRemoved:
    edge: Edge


@dataclass(frozen=True)
class ParamChanged:
    node_id: str
    name: str
    old: Any
    new: Any


@dataclass(frozen=True)
class NodeMoved:
    node_id: str
    old: tuple[float, float]
    new: tuple[float, float]


@dataclass(frozen=True)
class LabelChanged:
    node_id: str
    old: str
    new: str


@dataclass(frozen=True)
class GraphReset:
    """Everything may have changed (after ``load_dict``): views rebuild from scratch."""


GraphEvent = NodeAdded | NodeRemoved | EdgeAdded | EdgeRemoved | ParamChanged | NodeMoved | LabelChanged | GraphReset
Listener = Callable[[GraphEvent], None]


class Graph:
    """A directed graph of blocks. Node order is insertion order (stable for saving)."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: list[Edge] = []
        self._wired: set[tuple[str, int]] = set()  # (target, input) of every wire: O(1) checks
        self._listeners: list[Listener] = []
        self._ids = itertools.count(1)

    # --- observation ---------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)
        return unsubscribe

    def _notify(self, event: GraphEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # --- queries -------------------------------------------------------------------------
    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise LeptonError(P.BAD_WIRE, node_id, reason=f"no block with id {node_id!r}") from None

    def nodes_of(self, block: str) -> list[Node]:
        return [n for n in self.nodes.values() if n.block == block]

    def input_node(self) -> Node | None:
        found = self.nodes_of("input")
        return found[0] if len(found) == 1 else None

    def output_node(self) -> Node | None:
        found = self.nodes_of("output")
        return found[0] if len(found) == 1 else None

    def inputs_of(self, node_id: str) -> list[str | None]:
        """Source node of each input port of ``node_id`` (None where unwired)."""
        count = get_block(self.node(node_id).block).num_inputs
        sources: list[str | None] = [None] * count
        for edge in self.edges:
            if edge.target == node_id and edge.target_input < count:
                sources[edge.target_input] = edge.source
        return sources

    def edges_from(self, node_id: str) -> list[Edge]:
        return [e for e in self.edges if e.source == node_id]

    def edges_to(self, node_id: str) -> list[Edge]:
        return [e for e in self.edges if e.target == node_id]

    def new_id(self) -> str:
        while True:
            candidate = f"n{next(self._ids)}"
            if candidate not in self.nodes:
                return candidate

    # --- edits ---------------------------------------------------------------------------
    def add_node(self, block: str, params: dict[str, Any] | None = None,
                 position: tuple[float, float] = (0.0, 0.0), label: str = "",
                 node_id: str | None = None, index: int | None = None) -> Node:
        """Add a block; ``index`` puts it at that place in the node order (undo uses it)."""
        spec = get_block(block)
        if len(self.nodes) >= MAX_BLOCKS:
            raise LeptonError(P.GRAPH_TOO_LARGE, None, count=len(self.nodes) + 1, maximum=MAX_BLOCKS)
        node_id = node_id or self.new_id()
        if node_id in self.nodes:
            raise LeptonError(P.BAD_WIRE, node_id, reason=f"id {node_id!r} is already used")
        node = Node(node_id, block, spec.complete_params(params, node_id),
                    (float(position[0]), float(position[1])), str(label))
        if index is None or index >= len(self.nodes):
            self.nodes[node_id] = node
        else:
            items = list(self.nodes.items())
            items.insert(max(0, index), (node_id, node))
            self.nodes = dict(items)
        self._notify(NodeAdded(node))
        return node

    def remove_node(self, node_id: str) -> Node:
        node = self.node(node_id)
        for edge in [e for e in self.edges if node_id in (e.source, e.target)]:
            self.disconnect(edge)
        del self.nodes[node_id]
        self._notify(NodeRemoved(node))
        return node

    def connect(self, source: str, target: str, target_input: int = 0,
                index: int | None = None) -> Edge:
        """Add a wire; ``index`` puts it at that place in the wire order (undo uses it)."""
        self._check_wire(source, target, target_input)
        edge = Edge(source, target, int(target_input))
        if index is None:
            self.edges.append(edge)
        else:
            self.edges.insert(max(0, index), edge)
        self._wired.add((edge.target, edge.target_input))
        self._notify(EdgeAdded(edge))
        return edge

    def can_connect(self, source: str, target: str, target_input: int = 0) -> bool:
        """Whether ``connect`` would accept this wire (used to dim ports while dragging)."""
        try:
            self._check_wire(source, target, target_input)
        except LeptonError:
            return False
        return True

    def _check_wire(self, source: str, target: str, target_input: int) -> None:
        problem = self._wire_problem(source, target, target_input, None)
        if problem is not None:
            raise LeptonError(problem.code, problem.node_id, **problem.values)

    def _wire_problem(self, source: str, target: str, target_input: int,
                      moving: Edge | None) -> P.Problem | None:
        source_spec = get_block(self.node(source).block)
        target_spec = get_block(self.node(target).block)
        if source == target:
            return P.Problem(P.WIRE_SELF, target)
        if not source_spec.has_output:
            return P.Problem(P.WIRE_FROM_OUTPUT, source)
        if not 0 <= target_input < target_spec.num_inputs:
            return P.Problem(P.WIRE_NO_INPUT, target, {"input": target_input})
        taken = (target, target_input) in self._wired
        if taken and not (moving is not None and moving.target == target
                          and moving.target_input == target_input):
            return P.Problem(P.WIRE_INPUT_TAKEN, target, {"input": target_input})
        return None

    def wire_problem(self, source: str, target: str, target_input: int = 0,
                     moving: Edge | None = None) -> P.Problem | None:
        """Why the wire ``source -> target`` cannot be made (None when it can), loops
        included; ``moving`` is a wire being dragged to this input (it frees it). The
        canvas shows the problem's sentence instead of re-checking to find one."""
        problem = self._wire_problem(source, target, target_input, moving)
        if problem is None and self.creates_cycle(source, target, ignore=moving):
            problem = P.Problem(P.WIRE_LOOP, target)
        return problem

    def creates_cycle(self, source: str, target: str, ignore: Edge | None = None) -> bool:
        """Whether a wire source -> target would close a loop (target already feeds source)."""
        if source == target:
            return True
        seen, stack = {target}, [target]
        while stack:
            current = stack.pop()
            for edge in self.edges:
                if edge.source != current or edge == ignore:
                    continue
                if edge.target == source:
                    return True
                if edge.target not in seen:
                    seen.add(edge.target)
                    stack.append(edge.target)
        return False

    def disconnect(self, edge: Edge) -> None:
        try:
            self.edges.remove(edge)
        except ValueError:
            raise LeptonError(P.BAD_WIRE, edge.target, reason="no such wire") from None
        self._wired.discard((edge.target, edge.target_input))
        self._notify(EdgeRemoved(edge))

    def set_param(self, node_id: str, name: str, value: Any) -> None:
        node = self.node(node_id)
        spec = get_block(node.block)
        try:
            param = spec.param(name)
        except KeyError:
            raise LeptonError(P.BAD_PARAM, node_id, param=name, value=value,
                              minimum="", maximum="") from None
        value = param.coerce(value, node_id)
        old = node.params.get(name)
        if old == value:
            return
        node.params[name] = value
        self._notify(ParamChanged(node_id, name, old, value))

    def move_node(self, node_id: str, position: tuple[float, float]) -> None:
        node = self.node(node_id)
        old, new = node.position, (float(position[0]), float(position[1]))
        if old == new:
            return
        node.position = new
        self._notify(NodeMoved(node_id, old, new))

    def set_label(self, node_id: str, label: str) -> None:
        node = self.node(node_id)
        old = node.label
        if old == label:
            return
        node.label = str(label)
        self._notify(LabelChanged(node_id, old, node.label))

    def configure_io(self, color: str | None = None, image_size: int | None = None,
                     num_classes: int | None = None) -> None:
        """Make the Image input and Classifier output follow the dataset."""
        for node in self.nodes_of("input"):
            if color is not None:
                self.set_param(node.id, "color", color)
            if image_size is not None:
                self.set_param(node.id, "size", image_size)
        if num_classes is not None:
            for node in self.nodes_of("output"):
                self.set_param(node.id, "classes", max(2, num_classes))

    # --- serialisation -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {"version": FORMAT_VERSION,
                "nodes": [n.to_dict() for n in self.nodes.values()],
                "edges": [e.to_dict() for e in self.edges]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Graph:
        graph = cls()
        graph._fill(data)
        return graph

    def load_dict(self, data: dict[str, Any]) -> None:
        """Replace the content in place (keeping listeners), then announce a reset."""
        fresh = Graph.from_dict(data)
        self.nodes, self.edges, self._wired = fresh.nodes, fresh.edges, fresh._wired
        self._notify(GraphReset())

    def _fill(self, data: dict[str, Any]) -> None:
        nodes = data.get("nodes", []) if isinstance(data, dict) else None
        if isinstance(nodes, list) and len(nodes) > MAX_BLOCKS:  # refused before any work
            raise LeptonError(P.GRAPH_TOO_LARGE, None, count=len(nodes), maximum=MAX_BLOCKS)
        try:
            for item in data.get("nodes", []):
                position = item.get("position", (0.0, 0.0))
                x, y = float(position[0]), float(position[1])
                if not (math.isfinite(x) and math.isfinite(y)):
                    raise ValueError("a block's position is not a finite number")
                self.add_node(item["block"], _stored_params(item), (x, y),
                              item.get("label", ""), str(item["id"]))
            for item in data.get("edges", []):
                self.connect(str(item["source"]), str(item["target"]), int(item.get("target_input", 0)))
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise LeptonError(P.BAD_WIRE, None, reason=f"damaged model description ({exc})") from None

    def copy(self) -> Graph:
        """A deep copy with no listeners."""
        return Graph.from_dict(copy.deepcopy(self.to_dict()))

    def __iter__(self) -> Iterator[Node]:
        return iter(self.nodes.values())

    def __len__(self) -> int:
        return len(self.nodes)
