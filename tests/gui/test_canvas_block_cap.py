"""The canvas refuses blocks beyond the graph's cap with the problem's sentence (issue 21, 6)."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from lepton_studio.core import graph as graph_module
from lepton_studio.core import problems as P
from lepton_studio.core.graph import Graph
from lepton_studio.gui.canvas import editor as editor_module
from lepton_studio.gui.canvas.editor import CanvasEditor


def test_adding_or_pasting_beyond_the_cap_is_refused_with_the_reason(qtbot, monkeypatch):
    monkeypatch.setattr(graph_module, "MAX_BLOCKS", 3)
    monkeypatch.setattr(editor_module, "MAX_BLOCKS", 3)
    shown = []
    monkeypatch.setattr(editor_module, "show_problem", lambda parent, problem: shown.append(problem))
    graph = Graph()
    graph.add_node("input", node_id="in")
    graph.add_node("conv2d", node_id="conv")
    editor = CanvasEditor(graph)
    qtbot.addWidget(editor)

    assert editor.add_block("dense", QPointF(0, 300)) is not None  # the third fits
    assert editor.add_block("dense", QPointF(0, 400)) is None
    assert editor.add_block_from_palette("dropout") is None
    editor.scene.select_nodes(["conv"])
    editor.copy_action.trigger()
    assert editor.paste() == []
    assert len(graph) == 3
    assert [p.code for p in shown] == [P.GRAPH_TOO_LARGE] * 3
    assert shown[0].values == {"count": 4, "maximum": 3}
