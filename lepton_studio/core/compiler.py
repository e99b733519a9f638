"""Graph -> ``torch.nn.Module``: the blocks on the input-output path, run in order.

The module's submodules are named after the blocks (``conv2d_1``, ``batchnorm_2``...) so
that checkpoints, Grad-CAM layer choices and error messages read well. The forward pass
is a fixed sequence of calls over a list of tensors, so tracing (TorchScript) and ONNX
export see a plain static graph.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from .blocks import get_block
from .graph import Graph
from .problems import LeptonError
from .shapes import Analysis, analyse, check_buildable


@dataclass(frozen=True)
class Step:
    """One call in the forward pass: module ``name`` applied to earlier results."""

    node_id: str
    name: str
    sources: tuple[int, ...]  # indices into the list of results; 0 is the network input


def input_sources(graph: Graph) -> dict[str, list[str | None]]:
    """``graph.inputs_of`` for every node at once, in one pass over the wires."""
    sources = {node_id: [None] * get_block(node.block).num_inputs
               for node_id, node in graph.nodes.items()}
    for edge in graph.edges:
        ports = sources[edge.target]
        if edge.target_input < len(ports):
            ports[edge.target_input] = edge.source
    return sources


def plan(graph: Graph, analysis: Analysis | None = None) -> list[Step]:
    """The forward pass as data; raises the first error if the graph cannot run."""
    analysis = analysis or analyse(graph, memory_bytes=None)
    if analysis.errors:
        raise LeptonError(analysis.errors[0].code, analysis.errors[0].node_id,
                          **analysis.errors[0].values)
    counts: Counter[str] = Counter()
    slot = {}
    steps: list[Step] = []
    inputs = input_sources(graph)
    for node_id in analysis.order:
        node = graph.nodes[node_id]
        if node.block == "input":
            slot[node_id] = 0
            continue
        counts[node.block] += 1
        sources = tuple(slot[s] for s in inputs[node_id] if s is not None)
        steps.append(Step(node_id, f"{node.block}_{counts[node.block]}", sources))
        slot[node_id] = len(steps)
    return steps


def build_model(graph: Graph, analysis: Analysis | None = None, load_pretrained: bool = True) -> Any:
    """A fresh ``LeptonNetwork`` for a valid graph: random weights, except pretrained
    blocks, which load theirs unless ``load_pretrained`` is False (used when a trained
    checkpoint is about to be loaded, so the weights package is not needed)."""
    if not load_pretrained:
        from .blocks.pretrained import without_pretrained_weights

        with without_pretrained_weights():
            return build_model(graph, analysis)
    from .network import LeptonNetwork

    analysis = analysis or analyse(graph, memory_bytes=None)
    steps = plan(graph, analysis)
    check_buildable(analysis)  # before torch allocates a single weight
    inputs = input_sources(graph)
    modules = {}
    for step in steps:
        node = graph.nodes[step.node_id]
        source_shapes = [analysis.output_shape(s) for s in inputs[step.node_id]]
        modules[step.name] = get_block(node.block).build(node.params, source_shapes)
    input_node = graph.input_node()
    input_shape = analysis.output_shape(input_node.id) if input_node else None
    return LeptonNetwork(steps, modules, input_shape)
