"""The Model page inside the main window: the project's graph, the window's Undo."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from lepton_studio.gui.canvas.editor import CanvasEditor
from lepton_studio.gui.pages.model_page import ModelPage


def open_model_page(window, qtbot) -> ModelPage:
    assert window.controller.open_sample()
    window.go_to("model")
    page = window.pages["model"]
    assert isinstance(page, ModelPage)
    qtbot.waitUntil(lambda: page.editor.isVisible())
    return page


def test_model_page_edits_the_open_projects_graph(window, qtbot):
    page = open_model_page(window, qtbot)
    editor: CanvasEditor = page.editor
    project = window.document.project
    assert editor.graph is project.graph
    assert set(editor.scene.node_items) == set(project.graph.nodes)
    # the output block follows the sample's classes
    assert project.graph.output_node().params["classes"] == len(project.dataset.class_names)
    assert not window.document.is_modified

    node_id = editor.add_block("dropout", QPointF(500, 100))
    assert node_id in project.graph.nodes
    assert window.document.is_modified
    window.actions_.undo.trigger()  # Edit → Undo of the window
    assert node_id not in project.graph.nodes
    assert not window.document.is_modified
    window.actions_.redo.trigger()
    assert node_id in project.graph.nodes


def test_train_button_goes_to_the_train_step(window, qtbot):
    page = open_model_page(window, qtbot)
    qtbot.waitUntil(page.editor.summary.train_button.isEnabled)
    page.editor.summary.train_button.click()
    assert window.step_bar.current_step() == "train"


def test_closing_the_project_empties_the_canvas(window, qtbot):
    page = open_model_page(window, qtbot)
    window.document.set_project(None)
    assert not page.editor.graph.nodes
    assert page.pages.currentWidget() is page.no_project
