"""Each problem code from a minimal bad graph; totals from a known graph."""

from lepton_studio.core.graph import Graph
from lepton_studio.core.shapes import analyse


def build(blocks, wires=None, **params_by_index):
    """Nodes named by index; ``wires`` (src, dst, port) or a plain chain by default."""
    graph = Graph()
    ids = []
    for index, block in enumerate(blocks):
        ids.append(graph.add_node(block, params_by_index.get(f"p{index}"), node_id=f"b{index}").id)
    if wires is None:
        wires = [(i, i + 1, 0) for i in range(len(blocks) - 1)]
    for src, dst, port in wires:
        graph.connect(ids[src], ids[dst], port)
    return graph


def codes(graph, **kwargs):
    return {(p.code, p.node_id) for p in analyse(graph, memory_bytes=None, **kwargs).errors}


def test_valid_chain_has_shapes_params_and_macs():
    graph = build(["input", "conv2d", "maxpool", "flatten", "dense", "output"],
                  p0={"size": 8, "color": "gray"}, p1={"filters": 4, "kernel": 3},
                  p4={"units": 10}, p5={"classes": 3})
    result = analyse(graph, memory_bytes=None)
    assert result.valid
    shapes = {n: result.nodes[n].shape for n in graph.nodes}
    assert shapes == {"b0": (1, 8, 8), "b1": (4, 8, 8), "b2": (4, 4, 4), "b3": (64,),
                      "b4": (10,), "b5": (3,)}
    assert result.nodes["b1"].params == 1 * 9 * 4 + 4
    assert result.nodes["b1"].macs == 9 * 4 * 64
    assert result.total_params == 40 + (64 * 10 + 10) + (10 * 3 + 3)
    assert result.size_mb == result.total_params * 4 / 1e6


def test_missing_or_extra_ends():
    assert ("no_input", None) in codes(build(["conv2d", "output"]))
    assert ("no_output", None) in codes(build(["input", "conv2d"]))
    assert ("many_inputs", "b0") in codes(build(["input", "input", "globalavgpool", "output"],
                                               [(1, 2, 0), (2, 3, 0)]))
    assert ("many_outputs", "b3") in codes(build(["input", "globalavgpool", "output", "output"],
                                                [(0, 1, 0), (1, 2, 0), (1, 3, 0)]))


def test_cycle_is_found():
    graph = build(["input", "add", "conv2d", "globalavgpool", "output"],
                  [(0, 1, 0), (1, 2, 0), (2, 1, 1), (2, 3, 0), (3, 4, 0)])
    found = codes(graph)
    assert ("cycle", "b1") in found and ("cycle", "b2") in found


def test_no_path_and_stray_block():
    assert ("no_path", "b1") in codes(build(["input", "output"], []))
    graph = build(["input", "globalavgpool", "output", "conv2d"], [(0, 1, 0), (1, 2, 0), (0, 3, 0)])
    result = analyse(graph, memory_bytes=None)
    assert result.valid  # a stray block only warns
    assert [(p.code, p.node_id) for p in result.problems] == [("not_on_path", "b3")]


def test_unconnected_input_on_the_path():
    graph = build(["input", "add", "globalavgpool", "output"], [(0, 1, 0), (1, 2, 0), (2, 3, 0)])
    assert ("unconnected_input", "b1") in codes(graph)


def test_add_and_concat_mismatch():
    add = build(["input", "conv2d", "add", "globalavgpool", "output"],
                [(0, 1, 0), (0, 2, 0), (1, 2, 1), (2, 3, 0), (3, 4, 0)], p1={"filters": 8})
    assert ("add_mismatch", "b2") in codes(add)
    concat = build(["input", "conv2d", "concat", "globalavgpool", "output"],
                   [(0, 1, 0), (0, 2, 0), (1, 2, 1), (2, 3, 0), (3, 4, 0)], p1={"stride": 2})
    assert ("concat_mismatch", "b2") in codes(concat)
    ok = build(["input", "conv2d", "concat", "globalavgpool", "output"],
               [(0, 1, 0), (0, 2, 0), (1, 2, 1), (2, 3, 0), (3, 4, 0)], p1={"filters": 5})
    result = analyse(ok, memory_bytes=None)
    assert result.valid and result.nodes["b2"].shape == (8, 64, 64)


def test_kernel_larger_than_input_and_shrinking_to_nothing():
    big = build(["input", "conv2d", "globalavgpool", "output"],
                p0={"size": 8}, p1={"kernel": 11, "padding": "valid"})
    problems = analyse(big, memory_bytes=None).errors
    assert problems[0].code == "kernel_too_large"
    assert problems[0].values == {"kernel": 11, "height": 8, "width": 8}
    assert "11×11" in problems[0].message()
    pools = ["input"] + ["maxpool"] * 4 + ["globalavgpool", "output"]
    graph = build(pools, p0={"size": 8}, **{f"p{i}": {"padding": "same"} for i in range(1, 5)})
    assert analyse(graph, memory_bytes=None).valid  # same padding: 8 -> 4 -> 2 -> 1 -> 1
    graph = build(pools, p0={"size": 8})
    assert ("kernel_too_large", "b4") in codes(graph)  # valid: 8 -> 4 -> 2 -> 1, then 2 > 1
    zero = build(["input", "conv2d", "globalavgpool", "output"], p0={"size": 8},
                 p1={"kernel": 3, "dilation": 4, "padding": "valid"})
    assert ("kernel_too_large", "b1") in codes(zero)


def test_size_zero_from_stride():
    graph = build(["input", "avgpool", "globalavgpool", "output"], p0={"size": 8},
                  p1={"size": 1, "stride": 16})
    assert analyse(graph, memory_bytes=None).valid  # (8-1)//16+1 = 1: still one pixel
    assert ("size_zero", "b1") not in codes(graph)


def test_dense_on_an_image_is_refused_with_a_hint():
    graph = build(["input", "dense", "output"])
    problem = analyse(graph, memory_bytes=None).errors[0]
    assert problem.code == "dense_on_image" and problem.node_id == "b1"
    assert "Flatten" in problem.hint()
    assert ("dense_on_image", "b1") in codes(build(["input", "output"]))


def test_image_block_after_flatten_says_so():
    graph = build(["input", "flatten", "conv2d", "globalavgpool", "output"])
    assert ("rank_mismatch", "b2") in codes(graph)


def test_model_too_large_for_memory():
    graph = build(["input", "flatten", "dense", "output"], p0={"size": 128}, p2={"units": 4096})
    result = analyse(graph, batch_size=32, memory_bytes=2_000_000_000)
    assert [p.code for p in result.errors] == ["model_too_large"]
    assert analyse(graph, memory_bytes=64_000_000_000).valid
    assert any(p.code == "large_model" for p in result.problems)


def test_problems_of_a_stray_block_are_only_warnings():
    graph = build(["input", "globalavgpool", "output", "dense"], [(0, 1, 0), (1, 2, 0), (0, 3, 0)])
    result = analyse(graph, memory_bytes=None)
    assert result.valid
    assert {p.code for p in result.problems} == {"not_on_path", "dense_on_image"}
