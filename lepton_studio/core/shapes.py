"""Whole-graph checks: every node's output shape, cost, and what is wrong, as data.

Runs in microseconds for canvas-sized graphs, without torch, so the canvas calls it
after every edit. The compiler refuses a graph whose analysis has errors.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field, replace

from . import problems as P
from .blocks import Inferred, Shape, get_block
from .graph import Edge, Graph
from .problems import ERROR, WARNING, LeptonError, Problem

BYTES_PER_VALUE = 4
LARGE_MODEL_PARAMS = 50_000_000
# Training keeps weights, gradients and two Adam moments, and each activation twice
# (forward value and its gradient); half the machine's memory is what we allow.
TRAINING_COPIES_OF_WEIGHTS = 4
TRAINING_COPIES_OF_ACTIVATIONS = 2
MEMORY_SHARE = 0.5


@dataclass
class NodeInfo:
    shape: Shape | None = None
    params: int = 0
    macs: int = 0
    on_path: bool = False


@dataclass
class Analysis:
    nodes: dict[str, NodeInfo] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    order: list[str] = field(default_factory=list)  # topological order of the path's nodes
    total_params: int = 0
    total_macs: int = 0
    activation_values: int = 0  # per image, summed over the path

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def size_mb(self) -> float:
        return self.total_params * BYTES_PER_VALUE / 1e6

    def problems_for(self, node_id: str) -> list[Problem]:
        return [p for p in self.problems if p.node_id == node_id]

    def training_bytes(self, batch_size: int) -> int:
        return (self.total_params * BYTES_PER_VALUE * TRAINING_COPIES_OF_WEIGHTS
                + self.activation_values * batch_size * BYTES_PER_VALUE * TRAINING_COPIES_OF_ACTIVATIONS)

    def inference_bytes(self) -> int:
        """Weights plus one image's activations: what building and running it needs."""
        return (self.total_params + self.activation_values) * BYTES_PER_VALUE

    def output_shape(self, node_id: str) -> Shape | None:
        info = self.nodes.get(node_id)
        return info.shape if info else None


def physical_memory_bytes() -> int | None:
    """Installed RAM where the OS tells it cheaply (None elsewhere)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return _windows_memory_bytes()


def _windows_memory_bytes() -> int | None:
    try:
        import ctypes

        class _Status(ctypes.Structure):
            _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong),
                        ("total_phys", ctypes.c_ulonglong), ("avail_phys", ctypes.c_ulonglong),
                        ("total_page", ctypes.c_ulonglong), ("avail_page", ctypes.c_ulonglong),
                        ("total_virtual", ctypes.c_ulonglong), ("avail_virtual", ctypes.c_ulonglong),
                        ("avail_extended", ctypes.c_ulonglong)]

        status = _Status()
        status.length = ctypes.sizeof(_Status)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.total_phys)
    except (AttributeError, OSError, ImportError):
        pass
    return None


def check_buildable(analysis: Analysis, memory_bytes: int | None = -1) -> None:
    """Refuse (``model_too_large_to_load``) a model whose weights and one image's
    activations would not fit, before torch allocates anything: a damaged or hostile
    file can describe a Dense layer of billions of weights."""
    if memory_bytes == -1:
        memory_bytes = physical_memory_bytes()
    if not memory_bytes:
        return
    needed, available = analysis.inference_bytes(), int(memory_bytes * MEMORY_SHARE)
    if needed > available:
        raise LeptonError(P.MODEL_TOO_LARGE_TO_LOAD, needed_mb=needed // 1_000_000,
                          available_mb=available // 1_000_000)


def analyse(graph: Graph, batch_size: int = 32, memory_bytes: int | None = -1) -> Analysis:
    """Check ``graph``. ``memory_bytes`` -1 means "ask the OS"; None skips the memory check."""
    result = Analysis(nodes={node_id: NodeInfo() for node_id in graph.nodes})
    problems = result.problems

    inputs, outputs = graph.nodes_of("input"), graph.nodes_of("output")
    if not inputs:
        problems.append(Problem(P.NO_INPUT))
    elif len(inputs) > 1:
        problems.extend(Problem(P.MANY_INPUTS, n.id, {"count": len(inputs)}) for n in inputs)
    if not outputs:
        problems.append(Problem(P.NO_OUTPUT))
    elif len(outputs) > 1:
        problems.extend(Problem(P.MANY_OUTPUTS, n.id, {"count": len(outputs)}) for n in outputs)

    wiring = _Wiring(graph)
    order, in_cycle = _topological_order(graph, wiring)
    if in_cycle:
        problems.extend(Problem(P.CYCLE, node_id) for node_id in sorted(in_cycle))

    input_id = inputs[0].id if len(inputs) == 1 else None
    output_id = outputs[0].id if len(outputs) == 1 else None
    on_path = _on_path(wiring, input_id, output_id)
    if input_id and output_id and not on_path and not in_cycle:
        problems.append(Problem(P.NO_PATH, output_id))
    for node_id in graph.nodes:
        result.nodes[node_id].on_path = node_id in on_path
        if on_path and node_id not in on_path and node_id not in in_cycle:
            problems.append(Problem(P.NOT_ON_PATH, node_id, severity=WARNING))

    for node_id in order:
        _infer_node(graph, wiring, node_id, result)

    result.order = [n for n in order if n in on_path]
    for node_id in result.order:
        info = result.nodes[node_id]
        result.total_params += info.params
        result.total_macs += info.macs
        if info.shape is not None:
            values = 1
            for dim in info.shape:
                values *= dim
            result.activation_values += values

    if result.total_params > LARGE_MODEL_PARAMS:
        problems.append(Problem(P.LARGE_MODEL, None, {"params": f"{result.total_params:,}"}, WARNING))
    if memory_bytes == -1:
        memory_bytes = physical_memory_bytes()
    if memory_bytes:
        needed = result.training_bytes(batch_size)
        if needed > memory_bytes * MEMORY_SHARE:
            problems.append(Problem(P.MODEL_TOO_LARGE, None,
                                    {"needed_mb": needed // 1_000_000,
                                     "available_mb": int(memory_bytes * MEMORY_SHARE) // 1_000_000}))
    return result


class _Wiring:
    """Each node's wires in and out, indexed once per analysis (the graph keeps a flat
    list of wires; scanning it per node made analysis quadratic)."""

    def __init__(self, graph: Graph) -> None:
        self.outgoing: dict[str, list[Edge]] = {node_id: [] for node_id in graph.nodes}
        self.incoming: dict[str, list[Edge]] = {node_id: [] for node_id in graph.nodes}
        for edge in graph.edges:
            self.outgoing[edge.source].append(edge)
            self.incoming[edge.target].append(edge)

    def sources(self, node_id: str, count: int) -> list[str | None]:
        found: list[str | None] = [None] * count
        for edge in self.incoming[node_id]:
            if edge.target_input < count:
                found[edge.target_input] = edge.source
        return found


def _infer_node(graph: Graph, wiring: _Wiring, node_id: str, result: Analysis) -> None:
    node = graph.nodes[node_id]
    spec = get_block(node.block)
    info = result.nodes[node_id]
    sources = wiring.sources(node_id, spec.num_inputs)
    shapes: list[Shape] = []
    for index, source in enumerate(sources):
        if source is None:
            if info.on_path:
                result.problems.append(Problem(P.UNCONNECTED_INPUT, node_id, {"index": index + 1}))
            return
        shape = result.nodes[source].shape
        if shape is None:
            return  # the problem is upstream and already reported
        shapes.append(shape)
    try:
        inferred = spec.infer(node.params, shapes, node_id)
    except LeptonError as exc:  # e.g. a pretrained block whose weights are missing
        inferred = Inferred(None, problems=[exc.problem])
    info.shape, info.params, info.macs = inferred.shape, inferred.params, inferred.macs
    for problem in inferred.problems:
        # A block off the input-output path cannot break the model: warn only.
        result.problems.append(problem if info.on_path else replace(problem, severity=WARNING))


def _topological_order(graph: Graph, wiring: _Wiring) -> tuple[list[str], set[str]]:
    """Kahn's algorithm; nodes left over sit on (or behind) a cycle."""
    indegree = {node_id: len(wiring.incoming[node_id]) for node_id in graph.nodes}
    ready = deque(node_id for node_id, degree in indegree.items() if degree == 0)
    order: list[str] = []
    while ready:
        node_id = ready.popleft()
        order.append(node_id)
        for edge in wiring.outgoing[node_id]:
            indegree[edge.target] -= 1
            if indegree[edge.target] == 0:
                ready.append(edge.target)
    leftover = set(graph.nodes) - set(order)
    return order, _cycle_members(wiring, leftover)


def _cycle_members(wiring: _Wiring, leftover: set[str]) -> set[str]:
    """Of the nodes Kahn could not order, those that lie on a cycle themselves: the
    members of strongly connected components with more than one node (a block cannot
    feed itself). Tarjan's algorithm, iterative, so linear and safe for long chains."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    members: set[str] = set()
    for root in sorted(leftover):
        if root in index:
            continue
        work = [(root, iter([e.target for e in wiring.outgoing[root] if e.target in leftover]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for nxt in successors:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter([e.target for e in wiring.outgoing[nxt]
                                            if e.target in leftover])))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    members.update(component)
    return members


def _on_path(wiring: _Wiring, input_id: str | None, output_id: str | None) -> set[str]:
    """Nodes reachable from the input that also reach the output."""
    if input_id is None or output_id is None:
        return set()
    forward = _reach(input_id, lambda n: (e.target for e in wiring.outgoing[n]))
    backward = _reach(output_id, lambda n: (e.source for e in wiring.incoming[n]))
    return forward & backward


def _reach(start: str, neighbours) -> set[str]:
    seen, stack = {start}, [start]
    while stack:
        for nxt in neighbours(stack.pop()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen
