"""Undoable edits of the dataset, pushed on the document's undo stack.

A command calls one project edit of ``core/project_edits.py`` in ``redo`` and that
edit's revert in ``undo``; it touches the project only, never a widget. The project
announces each change (``core/project_events.py``): the Data step, the side bar and
every other view subscribe, so an Undo made while the page is hidden redraws it too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from lepton_studio.core import project_edits
from lepton_studio.core import project_events as E
from lepton_studio.core.data.edits import Revert
from lepton_studio.core.project import DatasetSpec, ImageSettings, Project
from lepton_studio.gui.undo import RevertibleCommand

CONTEXT = "DataCommands"


class DataEditCommand(RevertibleCommand):
    """One edit of the open dataset (see ``core/data/edits.py``)."""

    def __init__(self, project: Project, text: str, edit: Callable[[DatasetSpec], Revert],
                 kind: str) -> None:
        super().__init__(text, lambda: project_edits.edit_dataset(project, edit, kind))
        self.project = project


class ImportDatasetCommand(RevertibleCommand):
    """The wizard's result becomes the project's dataset; the model follows it
    (``project_edits.import_dataset``)."""

    def __init__(self, project: Project, dataset: DatasetSpec, augment: str | None = None,
                 template_id: str | None = None,
                 symmetry: tuple[str, str] | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("DataCommands", "Import pictures"),
            lambda: project_edits.import_dataset(project, dataset, augment, template_id, symmetry))
        self.project, self.dataset = project, dataset
        self.template_id = template_id  # the model chosen in the wizard (gui/model_advice.py)


class ImageSettingsCommand(RevertibleCommand):
    """Image size, colour and resize policy changed in the Data step (no new import)."""

    def __init__(self, project: Project, image: ImageSettings) -> None:
        super().__init__(
            QCoreApplication.translate("DataCommands", "Change how pictures are prepared"),
            lambda: project_edits.change_image_settings(project, image))
        self.project, self.image = project, image


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


def exclude_command(project: Project, indices: list[int], excluded: bool) -> DataEditCommand:
    from lepton_studio.core.data.edits import set_excluded

    texts = _texts()
    text = texts.exclude(len(indices)) if excluded else texts.include(len(indices))
    return DataEditCommand(project, text, lambda d: set_excluded(d, indices, excluded), E.EXCLUDED)


def move_command(project: Project, indices: list[int], label: int) -> DataEditCommand:
    from lepton_studio.core.data.edits import move_items

    name = project.dataset.class_names[label]
    text = _texts().move(len(indices)).format(name=name)
    return DataEditCommand(project, text, lambda d: move_items(d, indices, label), E.RELABELLED)


def rename_command(project: Project, index: int, name: str) -> DataEditCommand:
    from lepton_studio.core.data.edits import rename_class

    old = project.dataset.class_names[index]
    text = QCoreApplication.translate("DataCommands", "Rename class “{old}” to “{new}”").format(old=old, new=name)
    return DataEditCommand(project, text, lambda d: rename_class(d, index, name), E.CLASSES)


def merge_command(project: Project, source: int, target: int) -> DataEditCommand:
    from lepton_studio.core.data.edits import merge_classes

    names = project.dataset.class_names
    text = QCoreApplication.translate("DataCommands", "Merge class “{source}” into “{target}”").format(source=names[source],
                                                               target=names[target])
    return DataEditCommand(project, text, lambda d: merge_classes(d, source, target), E.CLASSES)


def delete_class_command(project: Project, index: int) -> DataEditCommand:
    from lepton_studio.core.data.edits import delete_class

    text = QCoreApplication.translate("DataCommands", "Delete class “{name}”").format(name=project.dataset.class_names[index])
    return DataEditCommand(project, text, lambda d: delete_class(d, index), E.CLASSES)


def add_class_command(project: Project, name: str) -> DataEditCommand:
    from lepton_studio.core.data.edits import add_class

    text = QCoreApplication.translate("DataCommands", "Add class “{name}”").format(name=name)
    return DataEditCommand(project, text, lambda d: add_class(d, name), E.CLASSES)


def add_items_command(project: Project, files: list[tuple[str, str]], keys: list[str]) -> DataEditCommand:
    from lepton_studio.core.data.edits import add_items

    text = _texts().add(len(files))
    return DataEditCommand(project, text, lambda d: add_items(d, files, keys), E.ITEMS)


def disk_changes_command(project: Project, changes: Any) -> DataEditCommand:
    from .rescan import apply_changes

    return DataEditCommand(project, QCoreApplication.translate("DataCommands", "Update pictures from disk"),
                           lambda d: apply_changes(d, changes), E.ITEMS)
