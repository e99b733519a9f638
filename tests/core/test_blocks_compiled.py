"""Every block's inferred shape and parameter count equal the compiled module's."""

import itertools

import pytest
import torch

from lepton_studio.core.blocks import all_blocks
from lepton_studio.core.compiler import build_model, plan
from lepton_studio.core.graph import Graph
from lepton_studio.core.shapes import analyse

SINGLE_INPUT_CASES = [
    ("conv2d", {"filters": 5, "kernel": k, "stride": s, "padding": pad, "dilation": d, "bias": b})
    for k, s, pad, d, b in itertools.product((1, 2, 3, 4), (1, 2, 3), ("same", "valid"), (1, 2), (True, False))
] + [
    ("sepconv2d", {"filters": 6, "kernel": k, "stride": s, "padding": pad})
    for k, s, pad in itertools.product((2, 3, 5), (1, 2), ("same", "valid"))
] + [
    (pool, {"size": k, "stride": s, "padding": pad})
    for pool, k, s, pad in itertools.product(("maxpool", "avgpool"), (2, 3), (0, 1, 2), ("same", "valid"))
] + [
    ("batchnorm", {}), ("dropout", {"rate": 0.5}), ("globalavgpool", {}), ("flatten", {}),
] + [("activation", {"function": f}) for f in ("relu", "leaky_relu", "gelu", "silu", "sigmoid", "tanh")]


def run(graph, size, channels=3):
    analysis = analyse(graph, memory_bytes=None)
    assert analysis.valid, [p.message() for p in analysis.problems]
    model = build_model(graph, analysis).eval()
    shapes = {}
    hooks = [model.layers[name].register_forward_hook(
        lambda module, args, out, name=name: shapes.__setitem__(name, tuple(out.shape[1:])))
        for name in model.layer_names()]
    with torch.no_grad():
        model(torch.rand(2, channels, size, size))
    for hook in hooks:
        hook.remove()
    return analysis, model, shapes


@pytest.mark.parametrize("block,params", SINGLE_INPUT_CASES)
@pytest.mark.parametrize("size", [8, 13])
def test_single_input_block_shape_and_params(block, params, size):
    graph = Graph()
    graph.add_node("input", {"size": size}, node_id="in")
    graph.add_node(block, params, node_id="x")
    graph.add_node("flatten", node_id="flat")
    graph.add_node("output", {"classes": 3}, node_id="out")
    for a, b in [("in", "x"), ("x", "flat"), ("flat", "out")]:
        graph.connect(a, b)
    analysis, model, shapes = run(graph, size)
    name = next(step.name for step in plan(graph) if step.node_id == "x")
    assert shapes[name] == analysis.nodes["x"].shape
    real = sum(p.numel() for p in model.layers[name].parameters())
    assert real == analysis.nodes["x"].params


@pytest.mark.parametrize("merge", ["add", "concat"])
def test_merge_blocks_and_dense(merge):
    graph = Graph()
    graph.add_node("input", {"size": 9, "color": "gray"}, node_id="in")
    graph.add_node("conv2d", {"filters": 4}, node_id="a")
    graph.add_node("conv2d", {"filters": 4, "kernel": 1}, node_id="b")
    graph.add_node(merge, node_id="m")
    graph.add_node("globalavgpool", node_id="g")
    graph.add_node("dense", {"units": 7}, node_id="d")
    graph.add_node("output", {"classes": 2}, node_id="out")
    for a, b, port in [("in", "a", 0), ("in", "b", 0), ("a", "m", 0), ("b", "m", 1),
                       ("m", "g", 0), ("g", "d", 0), ("d", "out", 0)]:
        graph.connect(a, b, port)
    analysis, model, shapes = run(graph, 9, channels=1)
    names = {step.node_id: step.name for step in plan(graph)}
    for node_id in ("a", "b", "m", "g", "d", "out"):
        assert shapes[names[node_id]] == analysis.nodes[node_id].shape
    assert sum(p.numel() for p in model.parameters()) == analysis.total_params


def test_every_block_is_covered_by_these_tests():
    covered = {b for b, _ in SINGLE_INPUT_CASES} | {"input", "output", "add", "concat", "dense"}
    assert {spec.id for spec in all_blocks()} - covered <= {"backbone_efficientnet_lite0"}
