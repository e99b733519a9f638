"""From a scan report to the project's dataset: classes, items, split, image settings.

Shared by the import wizard and ``lepton-studio new`` so that both make the same
dataset from the same folder. Duplicate copies and conflicting labels are kept in the
dataset but marked excluded, so the user can see and restore them.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

from ..project import DatasetItem, DatasetSpec, ImageSettings
from .scan import ScanReport
from .split import DEFAULT_RATIOS, stratified_split


def relative_item_path(path: Path, root: Path | None) -> str:
    """POSIX path relative to ``root`` when inside it, else absolute."""
    if root is not None:
        try:
            return PurePath(os.path.relpath(path, root)).as_posix() if _inside(path, root) else path.as_posix()
        except ValueError:  # another drive on Windows
            return path.as_posix()
    return path.as_posix()


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def dataset_from_scan(report: ScanReport, image: ImageSettings | None = None,
                      ratios: tuple[float, float, float] = DEFAULT_RATIOS, seed: int = 0,
                      source: str | None = None) -> DatasetSpec:
    image = image or ImageSettings(size=report.suggested_size, color=report.suggested_color)
    class_names = report.class_names
    index = {name: i for i, name in enumerate(class_names)}
    excluded = {str(p) for p in report.redundant_paths()} | {str(p) for p in report.conflicting_paths()}
    root = Path(report.root) if report.root is not None else None
    if root is not None and root.is_file():  # a CSV: paths are relative to its folder
        root = root.parent
    usable = [item for item in report.items if item.label in index]
    paths = [relative_item_path(item.path, root) for item in usable]
    splits = stratified_split([item.label for item in usable], seed, ratios, keys=paths)
    items = [DatasetItem(path, index[item.label], split, str(item.path) in excluded)
             for item, path, split in zip(usable, paths, splits, strict=False)]
    return DatasetSpec(root=str(root) if root is not None else "",
                       source=source or (report.kind if report.kind in ("folder", "csv", "files") else "files"),
                       class_names=class_names, items=items, image=image, split_seed=seed,
                       split_ratios=tuple(ratios))
