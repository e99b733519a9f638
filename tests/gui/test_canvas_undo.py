"""Undo of any sequence of canvas edits gives back exactly the original graph JSON."""

from __future__ import annotations

import copy
import json
import random

import pytest
from PySide6.QtCore import QPointF

from lepton_studio.core.blocks import BOOL, CHOICE, FLOAT, INT, get_block
from lepton_studio.core.graph import Graph
from lepton_studio.core.templates import make_template
from lepton_studio.gui.canvas import commands as cmd
from lepton_studio.gui.canvas.editor import CanvasEditor
from lepton_studio.gui.canvas.interactions import wire_refusal

BLOCKS = ["conv2d", "sepconv2d", "batchnorm", "activation", "maxpool", "avgpool", "dropout",
          "dense", "flatten", "globalavgpool", "add", "concat", "input", "output"]


def dump(graph: Graph) -> str:
    return json.dumps(graph.to_dict(), sort_keys=False)


@pytest.fixture
def editor(qtbot):
    widget = CanvasEditor(make_template("tiny-resnet", "rgb", 32, 3))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    return widget


def random_value(param, rng: random.Random):
    if param.kind == BOOL:
        return rng.random() < 0.5
    if param.kind == CHOICE:
        return rng.choice(param.choices)
    low = param.minimum if param.minimum is not None else 0
    high = min(param.maximum if param.maximum is not None else 100, low + 20)
    if param.kind == INT:
        return rng.randint(int(low), int(high))
    assert param.kind == FLOAT
    return round(rng.uniform(low, high), 3)


def random_edit(editor: CanvasEditor, rng: random.Random) -> None:
    """One edit as a user could make it, through the same paths the GUI uses."""
    graph, stack, scene = editor.graph, editor.stack, editor.scene
    ids = list(graph.nodes)
    kind = rng.choice(["add", "add_after", "remove", "connect", "disconnect", "param", "move",
                       "label", "copy_paste", "duplicate", "arrange", "template", "cut",
                       "delete_mixed", "rewire", "nudge"])
    if kind == "add" or not ids:
        editor.add_block(rng.choice(BLOCKS), QPointF(rng.uniform(-300, 300), rng.uniform(-300, 900)))
    elif kind == "add_after":
        scene.select_nodes([rng.choice(ids)])
        editor.add_block_from_palette(rng.choice(BLOCKS))
    elif kind == "remove":
        cmd.remove_nodes(stack, graph, rng.sample(ids, k=min(len(ids), rng.randint(1, 3))))
    elif kind == "connect":
        for _ in range(20):
            source, target = rng.choice(ids), rng.choice(ids)
            inputs = get_block(graph.node(target).block).num_inputs
            if inputs and not wire_refusal(graph, source, target, index := rng.randrange(inputs)):
                editor.wire(source, target, index, None)
                break
    elif kind == "disconnect" and graph.edges:
        editor.unwire(rng.choice(graph.edges))
    elif kind == "rewire" and graph.edges:
        edge = rng.choice(graph.edges)
        for source in rng.sample(ids, k=len(ids)):
            if not wire_refusal(graph, source, edge.target, edge.target_input, edge):
                editor.wire(source, edge.target, edge.target_input, edge)
                break
    elif kind == "param":
        node = graph.node(rng.choice(ids))
        params = get_block(node.block).params
        if params:
            param = rng.choice(params)
            stack.push(cmd.SetParamCommand(graph, node.id, param.name, random_value(param, rng)))
    elif kind == "move":
        chosen = rng.sample(ids, k=min(len(ids), rng.randint(1, 4)))
        editor.move_nodes({n: (graph.node(n).position,
                               (rng.uniform(-500, 500), rng.uniform(-500, 1500))) for n in chosen})
    elif kind == "nudge":
        scene.select_nodes(rng.sample(ids, k=min(len(ids), 2)))
        editor.nudge(rng.choice([-10, 10, 50]), rng.choice([-10, 0, 10]))
    elif kind == "label":
        stack.push(cmd.SetLabelCommand(graph, rng.choice(ids), rng.choice(["", "stem", "branch ✓"])))
    elif kind == "copy_paste":
        scene.select_nodes(rng.sample(ids, k=min(len(ids), rng.randint(1, 5))))
        editor.copy()
        editor.paste(QPointF(rng.uniform(-200, 200), rng.uniform(0, 800)) if rng.random() < 0.5 else None)
    elif kind == "duplicate":
        scene.select_nodes(rng.sample(ids, k=min(len(ids), rng.randint(1, 4))))
        editor.duplicate()
    elif kind == "cut":
        scene.select_nodes(rng.sample(ids, k=min(len(ids), 2)))
        editor.cut()
    elif kind == "delete_mixed":
        scene.select_nodes(rng.sample(ids, k=1))
        if graph.edges:
            scene.wire_items[rng.choice(graph.edges)].setSelected(True)
        editor.delete_selection()
    elif kind == "arrange":
        editor.auto_arrange()
    elif kind == "template":
        editor.apply_template(rng.choice(["small-cnn", "tiny-resnet", "mobile"]))


@pytest.mark.parametrize("seed", range(12))
def test_undoing_random_edits_restores_the_exact_json(editor, seed):
    rng = random.Random(seed)
    original = dump(editor.graph)
    states = [original]
    for _ in range(30):
        random_edit(editor, rng)
        states.append(dump(editor.graph))
    end = states[-1]
    # undo everything: exactly the original, and the scene still mirrors the graph
    while editor.stack.canUndo():
        editor.stack.undo()
    assert dump(editor.graph) == original
    assert set(editor.scene.node_items) == set(editor.graph.nodes)
    assert set(editor.scene.wire_items) == set(editor.graph.edges)
    # redo everything: exactly the final state again
    while editor.stack.canRedo():
        editor.stack.redo()
    assert dump(editor.graph) == end
    assert set(editor.scene.wire_items) == set(editor.graph.edges)
    for node_id, item in editor.scene.node_items.items():
        assert (item.pos().x(), item.pos().y()) == editor.graph.node(node_id).position


def test_each_step_undoes_to_the_state_before_it(editor):
    rng = random.Random(99)
    states = [dump(editor.graph)]
    for _ in range(25):
        before = editor.stack.count(), editor.stack.index()
        random_edit(editor, rng)
        if editor.stack.index() != before[1]:
            states.append(dump(editor.graph))
    for expected in reversed(states[:-1]):
        editor.stack.undo()
        assert dump(editor.graph) == expected


def test_removing_a_node_and_undoing_keeps_node_and_wire_order(editor):
    graph = editor.graph
    before = copy.deepcopy(graph.to_dict())
    middle = list(graph.nodes)[len(graph.nodes) // 2]
    assert cmd.remove_nodes(editor.stack, graph, [middle])
    assert middle not in graph.nodes
    assert editor.stack.count() == 1  # one undo step for the node and its wires
    editor.stack.undo()
    assert graph.to_dict() == before
