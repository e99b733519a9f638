"""Edits of a project's dataset, as plain functions over ``DatasetSpec`` (no Qt).

Each edit changes the dataset in place and returns a ``Revert``: a function that puts
back exactly what the edit changed. ``core/project_edits.py`` applies them to a project
(announcing them, keeping the model's output in step); undo commands
(``gui/data/commands.py``) call that in ``redo`` and the revert in ``undo``. As the undo
stack is linear, item indexes seen by an edit are still valid when its revert runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ..project import DatasetItem, DatasetSpec
from .dataset_builder import relative_item_path
from .split import TRAIN, assign_new_items

Revert = Callable[[], None]


def clean_class_name(name: str) -> str:
    """A class name as stored: surrounding spaces removed, inner runs of space kept."""
    return " ".join(name.split()) if name.strip() else ""


def set_excluded(dataset: DatasetSpec, indices: Iterable[int], excluded: bool) -> Revert:
    """Leave items out of (or take them back into) training, validation and test."""
    chosen = sorted(set(indices))
    old = [dataset.items[i].excluded for i in chosen]
    for i in chosen:
        dataset.items[i].excluded = excluded

    def revert() -> None:
        for i, value in zip(chosen, old, strict=True):
            dataset.items[i].excluded = value
    return revert


def move_items(dataset: DatasetSpec, indices: Iterable[int], label: int) -> Revert:
    """Give items another class; their split stays (the split sets stay comparable)."""
    if not 0 <= label < len(dataset.class_names):
        raise IndexError("no such class")
    chosen = sorted(set(indices))
    old = [dataset.items[i].label for i in chosen]
    for i in chosen:
        dataset.items[i].label = label

    def revert() -> None:
        for i, value in zip(chosen, old, strict=True):
            dataset.items[i].label = value
    return revert


def rename_class(dataset: DatasetSpec, index: int, name: str) -> Revert:
    old = dataset.class_names[index]
    dataset.class_names[index] = name

    def revert() -> None:
        dataset.class_names[index] = old
    return revert


def add_class(dataset: DatasetSpec, name: str) -> Revert:
    """A new, empty class at the end of the list."""
    dataset.class_names.append(name)
    count = len(dataset.class_names)

    def revert() -> None:
        del dataset.class_names[count - 1:]
    return revert


def _snapshot(dataset: DatasetSpec) -> Revert:
    """Keep the class list, the item list and every item's label (not the items' paths)."""
    names = list(dataset.class_names)
    items = list(dataset.items)
    labels = [item.label for item in items]

    def revert() -> None:
        dataset.class_names[:] = names
        dataset.items[:] = items
        for item, label in zip(items, labels, strict=True):
            item.label = label
    return revert


def _drop_class_index(dataset: DatasetSpec, index: int) -> None:
    """Remove class ``index`` from the names; labels above it move down by one."""
    del dataset.class_names[index]
    for item in dataset.items:
        if item.label > index:
            item.label -= 1


def merge_classes(dataset: DatasetSpec, source: int, target: int) -> Revert:
    """Every item of ``source`` goes to ``target``; ``source`` disappears."""
    if source == target:
        raise ValueError("a class cannot be merged into itself")
    revert = _snapshot(dataset)
    for item in dataset.items:
        if item.label == source:
            item.label = target
    _drop_class_index(dataset, source)
    return revert


def delete_class(dataset: DatasetSpec, index: int) -> Revert:
    """The class and its items leave the dataset (the files on disk stay)."""
    revert = _snapshot(dataset)
    dataset.items[:] = [item for item in dataset.items if item.label != index]
    _drop_class_index(dataset, index)
    return revert


def remove_items(dataset: DatasetSpec, indices: Iterable[int]) -> Revert:
    """Items leave the dataset (e.g. files that no longer exist)."""
    revert = _snapshot(dataset)
    gone = set(indices)
    dataset.items[:] = [item for i, item in enumerate(dataset.items) if i not in gone]
    return revert


def dataset_root(dataset: DatasetSpec) -> Path | None:
    return Path(dataset.root) if dataset.root else None


def item_key(dataset: DatasetSpec, path: str | Path) -> str:
    """How ``path`` is written in the dataset (relative to its root when inside it)."""
    return relative_item_path(Path(path), dataset_root(dataset))


def add_items(dataset: DatasetSpec, files: Sequence[tuple[str | Path, str]],
              keys: Sequence[str] | None = None) -> Revert:
    """Add ``(path, class name)`` pairs to training; new class names become classes.

    Files already in the dataset are skipped (an excluded one stays excluded). ``keys``
    (the dataset spellings of the paths, made off the GUI thread) avoid the per-file
    path resolution here.
    """
    revert = _snapshot(dataset)
    if keys is None:
        keys = [item_key(dataset, path) for path, _ in files]
    existing = {item.path: item.split for item in dataset.items}
    splits = assign_new_items(existing, keys)
    index = {name: i for i, name in enumerate(dataset.class_names)}
    seen = set(existing)
    for key, (_path, name) in zip(keys, files, strict=True):
        if key in seen:
            continue
        seen.add(key)
        if name not in index:
            index[name] = len(dataset.class_names)
            dataset.class_names.append(name)
        dataset.items.append(DatasetItem(key, index[name], splits.get(key, TRAIN)))
    return revert


def combine(*reverts: Revert) -> Revert:
    """One revert for several edits made in order: undone in reverse."""
    def revert() -> None:
        for step in reversed(reverts):
            step()
    return revert


def class_counts(dataset: DatasetSpec, include_excluded: bool = False) -> list[int]:
    """Items per class index (excluded ones only when asked)."""
    counts = [0] * len(dataset.class_names)
    for item in dataset.items:
        if (include_excluded or not item.excluded) and 0 <= item.label < len(counts):
            counts[item.label] += 1
    return counts
