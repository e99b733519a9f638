"""Live feedback: shapes on wires, problems in red with the right words, the inspector
editing through the undo stack, the summary, templates and the dataset."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox

from lepton_studio.core.problems import KERNEL_TOO_LARGE
from lepton_studio.core.shapes import analyse
from lepton_studio.core.templates import make_template
from lepton_studio.gui.canvas import commands as cmd
from lepton_studio.gui.canvas.editor import CanvasEditor, DatasetFacts
from lepton_studio.gui.errors import problem_text


def make_editor(qtbot, graph) -> CanvasEditor:
    editor = CanvasEditor(graph)
    qtbot.addWidget(editor)
    editor.resize(1100, 750)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def convs(editor):
    return [n.id for n in editor.graph.nodes.values() if n.block == "conv2d"]


def test_wires_show_their_tensor_shape_and_blocks_their_parameter_count(qtbot):
    editor = make_editor(qtbot, make_template("small-cnn", "rgb", 64, 5))
    first = convs(editor)[0]
    edge = editor.graph.edges_from(first)[0]
    assert editor.scene.wire_items[edge].label == "32×64×64"
    item = editor.scene.node_items[first]
    assert item.cost == "864 parameters"  # 3·3·3·32, no bias
    assert "32 filter" in item.summary


def test_a_kernel_too_big_turns_the_block_red_and_says_why(qtbot):
    editor = make_editor(qtbot, make_template("small-cnn", "rgb", 32, 3))
    last = convs(editor)[-1]
    editor.stack.push(cmd.SetParamCommand(editor.graph, last, "padding", "valid"))
    editor.stack.push(cmd.SetParamCommand(editor.graph, last, "kernel", 15))
    analysis = editor.scene.analysis
    item = editor.scene.node_items[last]
    assert item.has_error
    problem = analysis.problems_for(last)[0]
    assert problem.code == KERNEL_TOO_LARGE
    message, hint = problem_text(problem)
    assert message.startswith("The window (15×15) is larger than its input")
    assert message in item.toolTip() and hint.replace('"', "&quot;") in item.toolTip()
    # downstream wires carry nothing: no shape, drawn broken
    downstream = editor.graph.edges_from(last)[0]
    assert editor.scene.wire_items[downstream].broken
    # the inspector says it too, and Train is refused with the reason
    editor.scene.select_nodes([last])
    assert editor.inspector.problem_box.isVisible()
    assert message in editor.inspector.problem_box.text()
    assert not editor.summary.train_button.isEnabled()
    assert message in editor.summary.status.text()
    # undo back: the block is fine again
    editor.stack.undo()
    editor.stack.undo()
    qtbot.waitUntil(lambda: not editor.scene.node_items[last].has_error)  # next loop turn
    assert editor.scene.analysis.valid and editor.summary.train_button.isEnabled() is False


def test_a_block_off_the_path_is_dimmed_not_red(qtbot):
    editor = make_editor(qtbot, make_template("small-cnn"))
    from PySide6.QtCore import QPointF

    node_id = editor.add_block("dense", QPointF(600, 0))
    editor.scene.refresh_analysis()
    item = editor.scene.node_items[node_id]
    assert item.has_warning and not item.has_error
    assert item.opacity() < 1.0


def test_inspector_edits_go_through_the_undo_stack(qtbot):
    editor = make_editor(qtbot, make_template("small-cnn"))
    first = convs(editor)[0]
    editor.scene.select_nodes([first])
    filters = editor.inspector.editors["filters"]
    assert isinstance(filters, QSpinBox) and filters.maximum() == 2048 and filters.minimum() == 1
    filters.setValue(48)
    assert editor.graph.node(first).params["filters"] == 48
    filters.setValue(64)  # same setting again: merges into one step
    assert editor.stack.count() == 1
    padding = editor.inspector.editors["padding"]
    assert isinstance(padding, QComboBox)
    padding.setCurrentIndex(padding.findData("valid"))
    bias = editor.inspector.editors["bias"]
    assert isinstance(bias, QCheckBox)
    bias.setChecked(True)
    assert editor.graph.node(first).params["padding"] == "valid"
    assert editor.graph.node(first).params["bias"] is True
    assert editor.stack.count() == 3
    editor.stack.undo()
    editor.stack.undo()
    editor.stack.undo()
    assert editor.graph.node(first).params["filters"] == 32
    assert filters.value() == 32  # the widget follows the graph
    assert padding.currentData() == "same" and not bias.isChecked()


def test_inspector_renames_and_rewires(qtbot):
    editor = make_editor(qtbot, make_template("small-cnn"))
    first = convs(editor)[0]
    editor.scene.select_nodes([first])
    inspector = editor.inspector
    inspector.label_edit.setText("stem")
    inspector.label_edit.editingFinished.emit()
    assert editor.graph.node(first).label == "stem"
    assert editor.scene.node_items[first].title == "stem"
    box = inspector.input_boxes[0]
    assert box.currentData() == editor.graph.input_node().id
    box.setCurrentIndex(box.findData(None))
    box.activated.emit(box.currentIndex())
    assert editor.graph.edges_to(first) == []
    editor.stack.undo()
    assert editor.graph.edges_to(first)[0].source == editor.graph.input_node().id


def test_summary_shows_totals_of_the_analysis(qtbot):
    graph = make_template("tiny-resnet", "rgb", 64, 4)
    editor = make_editor(qtbot, graph)
    expected = analyse(graph)
    assert editor.summary.params_value.text().replace(",", "") == str(expected.total_params)
    assert "MB" in editor.summary.size_value.text()
    assert not editor.summary.train_button.isEnabled()  # no pictures yet
    editor.set_dataset(DatasetFacts(("a", "b", "c", "d"), 64, "rgb"))
    assert editor.summary.train_button.isEnabled()
    editor.set_dataset(DatasetFacts(("a", "b", "c"), 64, "rgb"))
    assert not editor.summary.train_button.isEnabled()  # 4 outputs, 3 classes
    assert editor.follow_dataset()
    assert editor.graph.output_node().params["classes"] == 3
    qtbot.waitUntil(editor.summary.train_button.isEnabled)


def test_templates_are_sized_for_the_dataset_and_undoable(qtbot):
    editor = make_editor(qtbot, make_template("small-cnn"))
    before = editor.graph.to_dict()
    editor.set_dataset(DatasetFacts(tuple("abcdefg"), 96, "gray"))
    editor.apply_template("mobile")
    graph = editor.graph
    assert graph.output_node().params["classes"] == 7
    assert graph.input_node().params == {"size": 96, "color": "gray"}
    assert len(editor.scene.node_items) == len(graph.nodes)
    editor.stack.undo()
    assert editor.graph.to_dict() == before


def test_auto_arrange_lays_out_by_depth_in_one_step(qtbot):
    editor = make_editor(qtbot, make_template("tiny-resnet", "rgb", 64, 2))
    graph = editor.graph
    for node_id in graph.nodes:
        editor.stack.push(cmd.MoveNodesCommand(graph, {node_id: (graph.node(node_id).position,
                                                                  (0.0, 0.0))}))
    count = editor.stack.count()
    assert editor.auto_arrange()
    assert editor.stack.count() == count + 1
    for edge in graph.edges:  # every wire runs downwards
        assert graph.node(edge.source).position[1] < graph.node(edge.target).position[1]
    positions = [graph.node(n).position for n in graph.nodes]
    assert len(set(positions)) == len(positions)  # no two blocks on top of each other
