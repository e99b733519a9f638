"""Edits of a whole project that touch more than one part, each returning its ``Revert``.

A dataset edit may change the number of classes, an image-settings edit the picture the
model receives, an import everything: the model's Image input and Classifier output
follow (``Graph.configure_io``) and the revert puts the old values back, so undo
restores the project's JSON exactly. Undo commands (``gui/data/commands.py``,
``gui/training/commands.py``) call these in ``redo`` and the revert in ``undo``; the
project and its graph announce every change to their subscribers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .data.edits import Revert
from .graph import Graph
from .project import DatasetSpec, ImageSettings, Project, TrainingSettings


def follow_dataset(graph: Graph, color: str | None = None, size: int | None = None,
                   classes: int | None = None) -> Revert:
    """``graph.configure_io(...)``, returning how to put the old settings back."""
    old: dict[tuple[str, str], Any] = {}
    for node in graph.nodes_of("input"):
        for name in ("color", "size"):
            old[(node.id, name)] = node.params.get(name)
    for node in graph.nodes_of("output"):
        old[(node.id, "classes")] = node.params.get("classes")
    graph.configure_io(color, size, classes)

    def revert() -> None:
        for (node_id, name), value in old.items():
            node = graph.nodes.get(node_id)
            if node is not None and value is not None and node.params.get(name) != value:
                graph.set_param(node_id, name, value)
    return revert


def edit_dataset(project: Project, edit: Callable[[DatasetSpec], Revert], kind: str) -> Revert:
    """Apply one ``data/edits.py`` edit to the project's dataset (``kind``: what it does,
    a ``project_events`` constant); the Classifier output follows the class count."""
    dataset = project.dataset
    if dataset is None:
        raise ValueError("the project has no dataset")
    classes = len(dataset.class_names)
    revert_items = edit(dataset)
    revert_graph = None
    if len(dataset.class_names) != classes:
        revert_graph = follow_dataset(project.graph, classes=len(dataset.class_names))
    project.dataset_edited(kind)

    def revert() -> None:
        if revert_graph is not None:
            revert_graph()
        revert_items()
        project.dataset_edited(kind)
    return revert


def change_image_settings(project: Project, image: ImageSettings) -> Revert:
    """New size, colour or resize policy, without importing again; the Image input
    follows (a model with a pretrained backbone then sees the size it asks for)."""
    old = project.set_image_settings(image)
    revert_graph = follow_dataset(project.graph, image.color, image.size)

    def revert() -> None:
        revert_graph()
        project.set_image_settings(old)
    return revert


def change_training(project: Project, **changes: Any) -> Revert:
    """Training settings (checked by the settings schema)."""
    old = project.set_training(**changes)

    def revert() -> None:
        if old:
            project.set_training(**old)
    return revert


def restore_default_training(project: Project) -> Revert:
    old = project.replace_training(TrainingSettings())

    def revert() -> None:
        if old:
            project.set_training(**old)
    return revert


def import_dataset(project: Project, dataset: DatasetSpec, augment: str | None = None,
                   template_id: str | None = None,
                   symmetry: tuple[str, str] | None = None) -> Revert:
    """The import wizard's result becomes the project's dataset; the model follows it.

    With ``template_id`` the model is replaced by that template (sized for the data);
    otherwise only its Image input and Classifier output are set from the dataset.
    ``augment`` and ``symmetry`` (mirror, turn) are the wizard's answers.
    """
    changes: dict[str, Any] = {}
    if augment is not None:
        changes["augment"] = augment
    if symmetry is not None:
        changes["mirror"], changes["turn"] = symmetry
    old_dataset = project.set_dataset(dataset)
    old_training = project.set_training(**changes)
    image, classes = dataset.image, len(dataset.class_names)
    old_graph: dict[str, Any] | None = None
    revert_graph: Revert | None = None
    if template_id is not None:
        from .templates import make_template

        old_graph = project.graph.to_dict()
        fresh = make_template(template_id, image.color, image.size, classes)
        project.graph.load_dict(fresh.to_dict())
    else:
        revert_graph = follow_dataset(project.graph, image.color, image.size, classes)

    def revert() -> None:
        if old_graph is not None:
            project.graph.load_dict(old_graph)
        elif revert_graph is not None:
            revert_graph()
        if old_training:
            project.set_training(**old_training)
        project.set_dataset(old_dataset)
    return revert
