"""Gestures on the canvas: drops from the palette, wiring with the mouse, moving,
selecting, deleting, clipboard, keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from lepton_studio.core.graph import Edge, Graph
from lepton_studio.core.templates import make_template
from lepton_studio.gui.canvas.editor import CanvasEditor
from lepton_studio.gui.canvas.node_item import HEIGHT, WIDTH, Port
from lepton_studio.gui.canvas.palette import BLOCK_ROLE
from lepton_studio.gui.canvas.view import BLOCK_MIME_TYPE, block_mime

LEFT = Qt.MouseButton.LeftButton


def make_editor(qtbot, graph: Graph) -> CanvasEditor:
    editor = CanvasEditor(graph)
    qtbot.addWidget(editor)
    editor.resize(1100, 750)
    editor.show()
    qtbot.waitExposed(editor)
    editor.view.set_zoom(1.0)
    editor.view.centerOn(editor.scene.content_rect().center())
    return editor


def chain_graph() -> Graph:
    """input -> conv, plus an unwired dense and output, laid out to fit the view."""
    graph = Graph()
    graph.add_node("input", position=(0, 0), node_id="in")
    graph.add_node("conv2d", position=(0, 110), node_id="conv")
    graph.add_node("globalavgpool", position=(260, 110), node_id="gap")
    graph.add_node("output", position=(260, 220), node_id="out")
    graph.connect("in", "conv")
    return graph


def port_point(editor: CanvasEditor, node_id: str, kind: str, index: int = 0) -> QPoint:
    item = editor.scene.node_items[node_id]
    return editor.view.mapFromScene(item.port_scene_pos(Port(node_id, kind, index)))


def drag(view, start: QPoint, end: QPoint, steps: int = 4) -> None:
    viewport = view.viewport()
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, end)


# --- palette ---------------------------------------------------------------------------
def test_drop_from_palette_creates_the_block_where_dropped(qtbot):
    editor = make_editor(qtbot, Graph())
    palette = editor.palette_panel
    palette.search.setText("max pool")
    assert palette.visible_blocks() == ["maxpool"]
    index = palette.tree.currentIndex()
    mime = palette.proxy.mimeData([index])
    assert mime.hasFormat(BLOCK_MIME_TYPE)
    node_id = editor.view.drop_mime(mime, QPointF(300, 200))
    node = editor.graph.node(node_id)
    assert node.block == "maxpool"
    assert abs(node.position[0] + WIDTH / 2 - 300) <= 5  # centred where dropped (grid-snapped)
    assert abs(node.position[1] + HEIGHT / 2 - 200) <= 5
    assert node_id in editor.scene.node_items
    assert editor.scene.selected_node_ids() == [node_id]
    editor.stack.undo()
    assert not editor.graph.nodes and not editor.scene.node_items


def test_drop_of_foreign_data_adds_nothing(qtbot):
    editor = make_editor(qtbot, Graph())
    assert editor.view.drop_mime(block_mime("no_such_block"), QPointF(0, 0)) is None
    from PySide6.QtCore import QMimeData

    text = QMimeData()
    text.setText("conv2d")
    assert editor.view.drop_mime(text, QPointF(0, 0)) is None
    assert not editor.graph.nodes


def test_enter_in_palette_adds_below_the_selected_block_and_wires_it(qtbot):
    editor = make_editor(qtbot, chain_graph())
    editor.scene.select_nodes(["conv"])
    palette = editor.palette_panel
    palette.search.setText("batch")
    palette.tree.setFocus()
    QTest.keyClick(palette.tree, Qt.Key.Key_Return)
    new = [n for n in editor.graph.nodes.values() if n.block == "batchnorm"]
    assert len(new) == 1
    assert Edge("conv", new[0].id, 0) in editor.graph.edges
    assert new[0].position[1] > editor.graph.node("conv").position[1]
    editor.stack.undo()  # block and wire in one step
    assert not editor.graph.nodes_of("batchnorm") and len(editor.graph.edges) == 1


# --- wiring ----------------------------------------------------------------------------
def test_dragging_from_an_output_port_to_an_input_port_wires_them(qtbot):
    editor = make_editor(qtbot, chain_graph())
    drag(editor.view, port_point(editor, "conv", "out"), port_point(editor, "gap", "in"))
    assert Edge("conv", "gap", 0) in editor.graph.edges
    assert Edge("conv", "gap", 0) in editor.scene.wire_items
    editor.stack.undo()
    assert Edge("conv", "gap", 0) not in editor.graph.edges


def test_the_wire_end_snaps_to_a_nearby_port(qtbot):
    editor = make_editor(qtbot, chain_graph())
    near = port_point(editor, "gap", "in") + QPoint(12, -9)
    drag(editor.view, port_point(editor, "conv", "out"), near)
    assert Edge("conv", "gap", 0) in editor.graph.edges


def test_dragging_from_an_input_port_to_an_output_port_wires_them_too(qtbot):
    editor = make_editor(qtbot, chain_graph())
    drag(editor.view, port_point(editor, "out", "in"), port_point(editor, "gap", "out"))
    assert Edge("gap", "out", 0) in editor.graph.edges


def test_ports_that_cannot_take_the_wire_are_dimmed_while_dragging(qtbot):
    editor = make_editor(qtbot, chain_graph())
    view = editor.view
    start = port_point(editor, "conv", "out")
    QTest.mousePress(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view.viewport(), start + QPoint(40, 40))
    items = editor.scene.node_items
    assert items["gap"].port_states == {0: True}
    assert items["conv"].port_states == {0: False}  # itself
    assert items["in"].port_states == {}  # no input at all
    QTest.mouseRelease(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, start + QPoint(40, 40))
    assert all(item.port_states is None for item in items.values())
    assert len(editor.graph.edges) == 1


def test_a_wire_that_would_make_a_loop_is_refused_with_a_reason(qtbot):
    editor = make_editor(qtbot, chain_graph())
    drag(editor.view, port_point(editor, "conv", "out"), port_point(editor, "gap", "in"))
    editor.unwire(Edge("in", "conv", 0))
    edges_before = list(editor.graph.edges)
    drag(editor.view, port_point(editor, "gap", "out"), port_point(editor, "conv", "in"))
    assert editor.graph.edges == edges_before
    assert "loop" in editor.message_label.text()


def test_a_wire_into_a_wired_input_or_into_the_image_input_is_refused(qtbot):
    editor = make_editor(qtbot, chain_graph())
    edges_before = list(editor.graph.edges)
    drag(editor.view, port_point(editor, "gap", "out"), port_point(editor, "conv", "in"))
    assert editor.graph.edges == edges_before  # conv's input already has a wire
    assert editor.message_label.text()
    item = editor.scene.node_items["in"]
    centre = editor.view.mapFromScene(item.sceneBoundingRect().center())
    drag(editor.view, port_point(editor, "gap", "out"), centre)
    assert editor.graph.edges == edges_before
    assert editor.stack.count() == 0


def test_picking_a_wire_up_by_its_end_and_dropping_it_in_the_open_removes_it(qtbot):
    editor = make_editor(qtbot, chain_graph())
    drag(editor.view, port_point(editor, "conv", "in"), port_point(editor, "conv", "in") + QPoint(-150, 20))
    assert editor.graph.edges == []
    editor.stack.undo()
    assert editor.graph.edges == [Edge("in", "conv", 0)]


def test_picking_a_wire_up_and_dropping_it_on_another_input_moves_it(qtbot):
    editor = make_editor(qtbot, chain_graph())
    drag(editor.view, port_point(editor, "conv", "in"), port_point(editor, "gap", "in"))
    assert editor.graph.edges == [Edge("in", "gap", 0)]
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert editor.graph.edges == [Edge("in", "conv", 0)]


# --- moving and selecting ----------------------------------------------------------------
def test_dragging_a_block_moves_it_in_one_undo_step(qtbot):
    editor = make_editor(qtbot, chain_graph())
    item = editor.scene.node_items["gap"]
    start = editor.view.mapFromScene(item.sceneBoundingRect().center() + QPointF(0, 8))
    drag(editor.view, start, start + QPoint(100, 60), steps=6)
    assert editor.graph.node("gap").position == (360.0, 170.0)
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert editor.graph.node("gap").position == (260.0, 110.0)
    assert (item.pos().x(), item.pos().y()) == (260.0, 110.0)


def test_rubber_band_selects_the_blocks_inside(qtbot):
    editor = make_editor(qtbot, chain_graph())
    view = editor.view
    top_left = view.mapFromScene(QPointF(-30, -30))
    bottom_right = view.mapFromScene(QPointF(WIDTH + 20, 110 + HEIGHT + 20))
    drag(view, top_left, bottom_right)
    assert editor.scene.selected_node_ids() == ["in", "conv"]
    assert editor.stack.count() == 0


def test_delete_key_removes_the_selection_and_its_wires(qtbot):
    editor = make_editor(qtbot, chain_graph())
    editor.scene.select_nodes(["conv"])
    editor.view.setFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)
    assert "conv" not in editor.graph.nodes and editor.graph.edges == []
    editor.scene.select_nodes(["gap"])
    QTest.keyClick(editor.view, Qt.Key.Key_Backspace)
    assert "gap" not in editor.graph.nodes
    editor.stack.undo()
    editor.stack.undo()
    assert editor.graph.to_dict() == chain_graph().to_dict()


def test_copy_paste_and_duplicate_give_new_ids_and_keep_inner_wires(qtbot):
    editor = make_editor(qtbot, chain_graph())
    editor.scene.select_nodes(["in", "conv"])
    assert editor.copy()
    new_ids = editor.paste()
    assert len(new_ids) == 2 and not set(new_ids) & {"in", "conv"}
    blocks = sorted(editor.graph.node(n).block for n in new_ids)
    assert blocks == ["conv2d", "input"]
    assert Edge(new_ids[0], new_ids[1], 0) in editor.graph.edges
    assert editor.scene.selected_node_ids() == new_ids
    duplicated = editor.duplicate()
    assert len(duplicated) == 2 and len(editor.graph.nodes) == 8
    editor.stack.undo()
    editor.stack.undo()
    assert editor.graph.to_dict() == chain_graph().to_dict()


def test_cut_removes_and_paste_brings_back(qtbot):
    editor = make_editor(qtbot, chain_graph())
    editor.scene.select_nodes(["gap", "out"])
    assert editor.cut()
    assert set(editor.graph.nodes) == {"in", "conv"}
    pasted = editor.paste()
    assert sorted(editor.graph.node(n).block for n in pasted) == ["globalavgpool", "output"]


def test_keyboard_tab_selects_blocks_and_arrows_nudge_them(qtbot):
    editor = make_editor(qtbot, chain_graph())
    view = editor.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert editor.scene.selected_node_ids() == ["in"]
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert editor.scene.selected_node_ids() == ["conv"]
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert editor.graph.node("conv").position == (20.0, 110.0)
    assert editor.stack.count() == 1  # nudges merge
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert editor.inspector.isAncestorOf(editor.focusWidget())


@pytest.mark.parametrize("keys, expected", [("Ctrl+1", 1.0)])
def test_zoom_keys(qtbot, keys, expected):
    editor = make_editor(qtbot, make_template("small-cnn"))
    view = editor.view
    view.set_zoom(0.4)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(expected)
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < 1.0  # the whole Small CNN does not fit at 100 %
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(editor.scene.content_rect())


def test_palette_search_matches_english_names_and_help(qtbot):
    editor = make_editor(qtbot, Graph())
    palette = editor.palette_panel
    palette.search.setText("")
    assert len(palette.visible_blocks()) >= 14
    palette.search.setText("shortcut")  # words of the Add block's help
    assert palette.visible_blocks() == ["add"]
    palette.search.setText("zzz")
    assert palette.visible_blocks() == []
    palette.search.setText("conv")
    assert palette.proxy.index(0, 0).isValid()
    assert palette.tree.currentIndex().data(BLOCK_ROLE) == "conv2d"


def test_context_menus_offer_what_fits_the_spot(qtbot):
    editor = make_editor(qtbot, chain_graph())
    item = editor.scene.node_items["conv"]
    texts = [a.text() for a in editor.build_context_menu(QPointF(0, 0), item).actions()]
    assert "Delete" in texts and "Copy" in texts and "Remove Its Wires" in texts
    wire = editor.scene.wire_items[Edge("in", "conv", 0)]
    menu = editor.build_context_menu(QPointF(0, 0), wire)
    [remove] = [a for a in menu.actions() if a.text() == "Remove Wire"]
    remove.trigger()
    assert editor.graph.edges == []
    empty = editor.build_context_menu(QPointF(600, 400), None)
    add_menu = next(a.menu() for a in empty.actions() if a.text() == "Add Block")
    first_category = add_menu.actions()[0].menu()
    first_category.actions()[0].trigger()  # the first block of the first category
    assert len(editor.graph.nodes) == 5
