"""Undoable edits of the dataset, pushed on the document's undo stack.

A command calls one edit of ``edits.py`` (or replaces the dataset) in ``redo`` and that
edit's revert in ``undo``; it touches the project only, never a widget. When the number
of classes changes, the graph's Image input and Classifier output follow
(``Graph.configure_io``), and the undo puts their settings back. ``notify`` tells the
Data step to redraw (the window's Undo can run a command while the page is hidden).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from lepton_studio.core.graph import Graph
from lepton_studio.core.project import DatasetSpec, Project

from .edits import Revert

CONTEXT = "DataCommands"
Notify = Callable[[], None]


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


class DataEditCommand(QUndoCommand):
    """One edit of the open dataset (see ``edits.py``)."""

    def __init__(self, project: Project, text: str,
                 edit: Callable[[DatasetSpec], Revert], notify: Notify | None = None) -> None:
        super().__init__(text)
        self.project, self.edit, self.notify = project, edit, notify
        self._revert: Revert | None = None
        self._revert_graph: Revert | None = None

    def redo(self) -> None:
        dataset = self.project.dataset
        classes = len(dataset.class_names)
        self._revert = self.edit(dataset)
        self._revert_graph = None
        if len(dataset.class_names) != classes:
            self._revert_graph = follow_dataset(self.project.graph,
                                                classes=len(dataset.class_names))
        if self.notify:
            self.notify()

    def undo(self) -> None:
        if self._revert_graph is not None:
            self._revert_graph()
        if self._revert is not None:
            self._revert()
        if self.notify:
            self.notify()


class ImportDatasetCommand(QUndoCommand):
    """The wizard's result becomes the project's dataset; the model follows it.

    With ``template_id`` the model is replaced by that template (sized for the data);
    otherwise only its Image input and Classifier output are set from the dataset.
    """

    def __init__(self, project: Project, dataset: DatasetSpec, augment: str | None = None,
                 template_id: str | None = None, notify: Notify | None = None,
                 symmetry: tuple[str, str] | None = None) -> None:
        super().__init__(QCoreApplication.translate("DataCommands", "Import pictures"))
        self.project, self.dataset, self.augment = project, dataset, augment
        self.template_id, self.notify = template_id, notify
        self.symmetry = symmetry  # (mirror, turn) answers of the wizard
        self._old_symmetry = (project.training.mirror, project.training.turn)
        self._old_dataset: DatasetSpec | None = None
        self._old_augment = project.training.augment
        self._old_graph: dict[str, Any] | None = None
        self._revert_graph: Revert | None = None

    def redo(self) -> None:
        project, dataset = self.project, self.dataset
        self._old_dataset = project.dataset
        self._old_augment = project.training.augment
        self._old_symmetry = (project.training.mirror, project.training.turn)
        project.dataset = dataset
        if self.augment is not None:
            project.training.augment = self.augment
        if self.symmetry is not None:
            project.training.mirror, project.training.turn = self.symmetry
        image, classes = dataset.image, len(dataset.class_names)
        if self.template_id is not None:
            from lepton_studio.core.templates import make_template

            self._old_graph = project.graph.to_dict()
            fresh = make_template(self.template_id, image.color, image.size, classes)
            project.graph.load_dict(fresh.to_dict())
        else:
            self._revert_graph = follow_dataset(project.graph, image.color, image.size, classes)
        if self.notify:
            self.notify()

    def undo(self) -> None:
        project = self.project
        if self._old_graph is not None:
            project.graph.load_dict(self._old_graph)
            self._old_graph = None
        elif self._revert_graph is not None:
            self._revert_graph()
            self._revert_graph = None
        project.dataset = self._old_dataset
        project.training.augment = self._old_augment
        project.training.mirror, project.training.turn = self._old_symmetry
        if self.notify:
            self.notify()


# --- the edits the Data step offers, each with its undo text ----------------------------------

class DataCommands(QObject):
    """Undo texts with a count (lupdate marks plurals only in ``self.tr``)."""

    def exclude(self, n: int) -> str:
        return self.tr("Exclude %n picture(s)", "", n)

    def include(self, n: int) -> str:
        return self.tr("Include %n picture(s)", "", n)

    def move(self, n: int) -> str:
        return self.tr("Move %n picture(s) to “{name}”", "", n)

    def add(self, n: int) -> str:
        return self.tr("Add %n picture(s)", "", n)


_command_texts: list[DataCommands] = []


def _texts() -> DataCommands:
    if not _command_texts:
        _command_texts.append(DataCommands())
    return _command_texts[0]


def exclude_command(project: Project, indices: list[int], excluded: bool,
                    notify: Notify | None = None) -> DataEditCommand:
    from .edits import set_excluded

    texts = _texts()
    text = texts.exclude(len(indices)) if excluded else texts.include(len(indices))
    return DataEditCommand(project, text, lambda d: set_excluded(d, indices, excluded), notify)


def move_command(project: Project, indices: list[int], label: int,
                 notify: Notify | None = None) -> DataEditCommand:
    from .edits import move_items

    name = project.dataset.class_names[label]
    text = _texts().move(len(indices)).format(name=name)
    return DataEditCommand(project, text, lambda d: move_items(d, indices, label), notify)


def rename_command(project: Project, index: int, name: str,
                   notify: Notify | None = None) -> DataEditCommand:
    from .edits import rename_class

    old = project.dataset.class_names[index]
    text = QCoreApplication.translate("DataCommands", "Rename class “{old}” to “{new}”").format(old=old, new=name)
    return DataEditCommand(project, text, lambda d: rename_class(d, index, name), notify)


def merge_command(project: Project, source: int, target: int,
                  notify: Notify | None = None) -> DataEditCommand:
    from .edits import merge_classes

    names = project.dataset.class_names
    text = QCoreApplication.translate("DataCommands", "Merge class “{source}” into “{target}”").format(source=names[source],
                                                               target=names[target])
    return DataEditCommand(project, text, lambda d: merge_classes(d, source, target), notify)


def delete_class_command(project: Project, index: int,
                         notify: Notify | None = None) -> DataEditCommand:
    from .edits import delete_class

    text = QCoreApplication.translate("DataCommands", "Delete class “{name}”").format(name=project.dataset.class_names[index])
    return DataEditCommand(project, text, lambda d: delete_class(d, index), notify)


def add_class_command(project: Project, name: str,
                      notify: Notify | None = None) -> DataEditCommand:
    from .edits import add_class

    text = QCoreApplication.translate("DataCommands", "Add class “{name}”").format(name=name)
    return DataEditCommand(project, text, lambda d: add_class(d, name), notify)


def add_items_command(project: Project, files: list[tuple[str, str]], keys: list[str],
                      notify: Notify | None = None) -> DataEditCommand:
    from .edits import add_items

    text = _texts().add(len(files))
    return DataEditCommand(project, text, lambda d: add_items(d, files, keys), notify)


def disk_changes_command(project: Project, changes: Any,
                         notify: Notify | None = None) -> DataEditCommand:
    from .rescan import apply_changes

    return DataEditCommand(project, QCoreApplication.translate("DataCommands", "Update pictures from disk"),
                           lambda d: apply_changes(d, changes), notify)
