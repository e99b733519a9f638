"""Graph edits, validation, notifications and the JSON round trip."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lepton_studio.core import graph as G
from lepton_studio.core.problems import LeptonError


def chain(*blocks):
    graph = G.Graph()
    last = None
    for block in blocks:
        node = graph.add_node(block)
        if last is not None:
            graph.connect(last, node.id)
        last = node.id
    return graph


def test_add_node_fills_defaults_and_validates():
    graph = G.Graph()
    node = graph.add_node("conv2d", {"filters": 8})
    assert node.params["filters"] == 8 and node.params["kernel"] == 3
    with pytest.raises(LeptonError) as err:
        graph.add_node("conv2d", {"kernel": 99})
    assert err.value.code == "bad_param"
    with pytest.raises(LeptonError) as err:
        graph.add_node("no-such-block")
    assert err.value.code == "unknown_block"


def test_set_param_coerces_and_refuses_impossible_values():
    graph = G.Graph()
    node = graph.add_node("dropout")
    graph.set_param(node.id, "rate", "0.5")
    assert node.params["rate"] == 0.5
    for bad in (1.5, -0.1, "abc", float("nan"), float("inf"), None, True):
        with pytest.raises(LeptonError):
            graph.set_param(node.id, "rate", bad)
    conv = graph.add_node("conv2d")
    with pytest.raises(LeptonError):
        graph.set_param(conv.id, "filters", 2.5)
    with pytest.raises(LeptonError):
        graph.set_param(conv.id, "padding", "sometimes")
    with pytest.raises(LeptonError):
        graph.set_param(conv.id, "no_such_setting", 1)


def test_connect_refuses_bad_wires():
    graph = G.Graph()
    a, b, out = graph.add_node("conv2d"), graph.add_node("conv2d"), graph.add_node("output")
    graph.connect(a.id, b.id)
    for args in [(a.id, b.id, 0),      # input already wired
                 (a.id, a.id, 0),      # self loop
                 (a.id, b.id, 1),      # no such port
                 (out.id, a.id, 0),    # output has no outgoing wire
                 ("ghost", b.id, 0)]:
        assert not graph.can_connect(*args)
        with pytest.raises(LeptonError):
            graph.connect(*args)
    add = graph.add_node("add")
    graph.connect(a.id, add.id, 0)
    graph.connect(b.id, add.id, 1)
    assert graph.inputs_of(add.id) == [a.id, b.id]


def test_remove_node_removes_its_wires_and_notifies_each():
    graph = chain("input", "conv2d", "globalavgpool", "output")
    events = []
    graph.subscribe(events.append)
    middle = list(graph.nodes)[1]
    graph.remove_node(middle)
    kinds = [type(e).__name__ for e in events]
    assert kinds == ["EdgeRemoved", "EdgeRemoved", "NodeRemoved"]
    assert all(middle not in (e.source, e.target) for e in graph.edges)


def test_listeners_see_every_kind_of_change_and_can_unsubscribe():
    graph = G.Graph()
    events = []
    unsubscribe = graph.subscribe(events.append)
    a = graph.add_node("input")
    b = graph.add_node("flatten")
    edge = graph.connect(a.id, b.id)
    graph.set_param(a.id, "size", 32)
    graph.set_param(a.id, "size", 32)  # no change, no event
    graph.move_node(b.id, (10, 20))
    graph.set_label(b.id, "flat")
    graph.disconnect(edge)
    assert [type(e) for e in events] == [G.NodeAdded, G.NodeAdded, G.EdgeAdded, G.ParamChanged,
                                         G.NodeMoved, G.LabelChanged, G.EdgeRemoved]
    assert events[3] == G.ParamChanged(a.id, "size", 64, 32)
    unsubscribe()
    graph.add_node("dense")
    assert len(events) == 7


def test_json_round_trip_is_exact():
    graph = chain("input", "conv2d", "batchnorm", "activation", "globalavgpool", "output")
    graph.move_node("n2", (12.5, -3))
    graph.set_label("n2", "first conv — 特征")
    data = json.loads(json.dumps(graph.to_dict()))
    again = G.Graph.from_dict(data)
    assert again.to_dict() == graph.to_dict()


def test_from_dict_refuses_damaged_data():
    with pytest.raises(LeptonError):
        G.Graph.from_dict({"nodes": [{"block": "conv2d"}]})  # no id
    with pytest.raises(LeptonError):
        G.Graph.from_dict({"nodes": [{"id": "a", "block": "input"}],
                           "edges": [{"source": "a", "target": "missing"}]})


def test_load_dict_keeps_listeners_and_announces_reset():
    graph = chain("input", "flatten", "output")
    events = []
    graph.subscribe(events.append)
    graph.load_dict(chain("input", "globalavgpool", "dense", "output").to_dict())
    assert isinstance(events[-1], G.GraphReset)
    assert [n.block for n in graph] == ["input", "globalavgpool", "dense", "output"]


def test_configure_io_follows_dataset():
    graph = chain("input", "globalavgpool", "output")
    graph.configure_io("gray", 48, 7)
    assert graph.input_node().params == {"size": 48, "color": "gray"}
    assert graph.output_node().params["classes"] == 7


BLOCKS = ["conv2d", "sepconv2d", "batchnorm", "activation", "maxpool", "dropout", "flatten", "dense"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(BLOCKS), min_size=0, max_size=12),
       st.lists(st.tuples(st.floats(-1e4, 1e4), st.floats(-1e4, 1e4)), min_size=12, max_size=12))
def test_random_graphs_round_trip(blocks, positions):
    graph = chain("input", *blocks, "output")
    for node, position in zip(graph, positions, strict=False):
        graph.move_node(node.id, position)
    assert G.Graph.from_dict(json.loads(json.dumps(graph.to_dict()))).to_dict() == graph.to_dict()
    assert graph.copy().to_dict() == graph.to_dict()
