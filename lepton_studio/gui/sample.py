"""The bundled sample project: four classes of simple shapes, ready to train."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lepton_studio.core.problems import LeptonError
from lepton_studio.gui.resources import sample_dir

if TYPE_CHECKING:
    from lepton_studio.core.project import Project

SAMPLE_IMAGE_SIZE = 64


def build_sample_project(name: str, image_size: int = SAMPLE_IMAGE_SIZE) -> Project:
    """A new (unsaved) project over the bundled images, with a template model."""
    from lepton_studio.core.data.sources import from_folder, sort_key
    from lepton_studio.core.data.split import stratified_split
    from lepton_studio.core.problems import DATA_FOLDER_MISSING
    from lepton_studio.core.project import DatasetItem, DatasetSpec, ImageSettings, Project
    from lepton_studio.core.templates import DEFAULT_TEMPLATE, make_template

    folder = sample_dir()
    if folder is None:
        raise LeptonError(DATA_FOLDER_MISSING, path="resources/sample/images", name="sample")
    candidates = from_folder(folder)
    classes = sorted({label for _, label in candidates}, key=sort_key)
    keys = [path.relative_to(folder).as_posix() for path, _ in candidates]
    labels = [label for _, label in candidates]
    splits = stratified_split(labels, seed=0, keys=keys)
    items = [DatasetItem(key, classes.index(label), split)
             for key, label, split in zip(keys, labels, splits, strict=True)]
    dataset = DatasetSpec(root=str(folder), source="folder", class_names=classes, items=items,
                          image=ImageSettings(size=image_size))
    graph = make_template(DEFAULT_TEMPLATE, "rgb", image_size, len(classes))
    return Project(name=name, graph=graph, dataset=dataset)
