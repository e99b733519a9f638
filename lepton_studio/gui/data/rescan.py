"""Compare a dataset with the disk: new pictures, files that are gone (no Qt).

``find_changes`` runs on a worker: it lists the dataset's folder again (folder sources),
checks the new files exactly as the import did (``scan``), and notes the items whose file
no longer exists. ``apply_changes`` is the edit an undo command makes of it: new pictures
go to training (``assign_new_items``: validation and test stay as they were), missing
ones leave the dataset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lepton_studio.core.data import edits
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import Candidates, Skipped, from_folder
from lepton_studio.core.project import DatasetSpec
from lepton_studio.core.tasks import CancelToken, EventCallback, ignore_event


@dataclass
class DiskChanges:
    added: list[tuple[str, str]] = field(default_factory=list)  # (path, class name)
    added_keys: list[str] = field(default_factory=list)         # dataset spelling of each
    new_classes: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)        # new files that cannot be used
    missing: list[int] = field(default_factory=list)            # indexes of items whose file is gone
    missing_paths: list[str] = field(default_factory=list)
    listed: bool = True  # False when the source cannot be listed again (CSV, picked files)

    def is_empty(self) -> bool:
        return not (self.added or self.missing or self.skipped)

    def added_per_class(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for _path, name in self.added:
            out[name] = out.get(name, 0) + 1
        return out


def find_changes(dataset: DatasetSpec, token: CancelToken | None = None,
                 on_event: EventCallback = ignore_event) -> DiskChanges:
    """What changed on disk since the dataset was made (worker thread)."""
    changes = DiskChanges()
    for index, item in enumerate(dataset.items):
        if index % 256 == 0 and token is not None:
            token.check()
        if not dataset.resolve(item.path).is_file():
            changes.missing.append(index)
            changes.missing_paths.append(str(dataset.resolve(item.path)))
    root = Path(dataset.root) if dataset.root else None
    if dataset.source != "folder" or root is None or not root.is_dir():
        changes.listed = False
        return changes
    listing = from_folder(root)
    known = {item.path for item in dataset.items}
    fresh: list[tuple[Path, str]] = []
    keys: dict[str, str] = {}
    for path, label in listing.items:
        key = edits.item_key(dataset, path)
        if key not in known:
            fresh.append((path, label))
            keys[str(path)] = key
    if not fresh:
        return changes
    report = scan(Candidates("folder", root, fresh), on_event=on_event, token=token)
    classes = set(dataset.class_names)
    for item in report.items:
        changes.added.append((str(item.path), item.label))
        changes.added_keys.append(keys[str(item.path)])
        if item.label not in classes:
            classes.add(item.label)
            changes.new_classes.append(item.label)
    changes.skipped = list(report.skipped)
    return changes


def apply_changes(dataset: DatasetSpec, changes: DiskChanges) -> edits.Revert:
    """Missing items leave, new pictures join training; one revert for both."""
    removed = edits.remove_items(dataset, changes.missing)
    added = edits.add_items(dataset, changes.added, changes.added_keys)
    return edits.combine(removed, added)
