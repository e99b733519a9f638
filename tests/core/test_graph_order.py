"""Insertion at a given place in the node and wire order (what exact undo relies on)."""

from lepton_studio.core.graph import Edge, Graph


def test_add_node_at_an_index_keeps_the_rest_of_the_order():
    graph = Graph()
    for node_id in ("a", "b", "c"):
        graph.add_node("dense", node_id=node_id)
    graph.add_node("dropout", node_id="x", index=1)
    assert list(graph.nodes) == ["a", "x", "b", "c"]
    graph.add_node("dropout", node_id="y", index=99)
    assert list(graph.nodes)[-1] == "y"


def test_connect_at_an_index_puts_the_wire_there():
    graph = Graph()
    for node_id in ("a", "b", "c", "d"):
        graph.add_node("dense", node_id=node_id)
    graph.connect("a", "b")
    graph.connect("b", "c")
    graph.connect("c", "d", index=0)
    assert graph.edges == [Edge("c", "d"), Edge("a", "b"), Edge("b", "c")]
    # removing and putting back at the same place restores the exact JSON
    before = graph.to_dict()
    edge = graph.edges[1]
    graph.disconnect(edge)
    graph.connect(edge.source, edge.target, edge.target_input, index=1)
    assert graph.to_dict() == before
