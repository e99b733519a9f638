"""The project: graph, dataset, training settings, runs and their weights, as plain data.

A project file (``*.lepton``) is one zip archive:

- ``project.json`` — ``{"format": "lepton-studio-project", "version": N, ...}`` with the
  graph, the dataset (every image with its label and split), the training settings and
  every run with its full history;
- ``blobs/<key>`` — opaque bytes kept in ``Project.blobs`` under ``<key>``, for instance
  the weights of a run as safetensors at ``runs/<run_id>/best.safetensors``.

Nothing in a project file is ever unpickled or executed. A file is untrusted input:
sizes are checked from the zip directory before anything is decompressed, the bytes
actually read are limited too, and every expected failure is a ``ProjectFileError`` with
a problem code. Saving is atomic (``atomic.py``): the old file survives a crash.

Versions: ``CURRENT_VERSION`` is what we write. An older file is upgraded step by step by
``MIGRATIONS[k]`` (version k to k + 1); a newer one is refused with ``project_newer``.
Within one version, keys we do not know are logged and ignored, so a later release may
add optional keys without a version bump; anything that changes meaning needs one.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path, PurePath
from typing import Any

from .atomic import atomic_writer
from .blocks import get_block
from .graph import Graph
from .problems import (
    PROJECT_CORRUPT,
    PROJECT_NEWER,
    PROJECT_NOT_FOUND,
    PROJECT_TOO_LARGE,
    PROJECT_UNREADABLE,
    PROJECT_UNSAFE_ENTRY,
    SAVE_UNVERIFIED,
    LeptonError,
)
from .project_events import (
    DatasetEdited,
    DatasetReplaced,
    ImageSettingsChanged,
    Observable,
    ProjectListener,
    RunAdded,
    RunCalibrationChanged,
    RunChosen,
    RunRemoved,
    RunThresholdChanged,
    RunUpdated,
    TrainingChanged,
)
from .project_sync import (
    FileState,
    file_stamp,
    locate_dataset_root,
    merge_external_runs,
    remember_file,
    store_dataset_root,
    take_root_hint,
)
from .safe_files import open_regular
from .settings_schema import MAX_SEED, read_settings, shown
from .settings_schema import SPECS as SETTING_SPECS

log = logging.getLogger(__name__)

FORMAT = "lepton-studio-project"
CURRENT_VERSION = 1
PROJECT_SUFFIX = ".lepton"
PROJECT_JSON = "project.json"
BLOB_PREFIX = "blobs/"

# Limits for reading (and, so that we never write a file we would refuse, for saving).
MAX_ENTRIES = 10_000
MAX_JSON_BYTES = 256 * 2**20
MAX_BLOB_BYTES = 2 * 2**30
MAX_TOTAL_BYTES = 4 * 2**30
MAX_FILE_BYTES = MAX_TOTAL_BYTES + MAX_JSON_BYTES  # the zip itself: contents plus directory
MAX_COMPRESSION_RATIO = 200  # deflate reaches ~1000:1 on a bomb; real JSON stays far below
RATIO_CHECK_FROM_BYTES = 2**20  # tiny entries may compress absurdly well; harmless

SPLITS = ("train", "val", "test")
COLORS = ("rgb", "gray")
RESIZE_MODES = ("stretch", "crop", "pad")
SOURCES = ("folder", "csv", "files")
BEST, LAST = "best", "last"


class ProjectFileError(LeptonError):
    """A project file could not be read or written; ``code`` says why."""


def _corrupt(reason: str) -> ProjectFileError:
    return ProjectFileError(PROJECT_CORRUPT, reason=reason)


def _now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _run_start() -> str:
    """A run's ``created``: to the microsecond, so that it tells two runs apart (the merge
    of runs saved by another program relies on it; see ``project_sync.py``)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def run_blob_key(run_id: str, which: str = BEST) -> str:
    """Key in ``Project.blobs`` of a run's weights: ``runs/<run_id>/<which>.safetensors``."""
    return f"runs/{run_id}/{which}.safetensors"


# --- reading fields of untrusted dicts ------------------------------------------------------

_KINDS: dict[str, Callable[[Any], bool]] = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "list": lambda v: isinstance(v, list),
    "dict": lambda v: isinstance(v, dict),
}
_REQUIRED = object()


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _corrupt(f"{where} is not an object")
    return value


def _log_unknown(data: dict[str, Any], cls: type, where: str, extra: tuple[str, ...] = ()) -> None:
    known = {f.name for f in fields(cls)} | set(extra)
    unknown = sorted(str(k) for k in data if k not in known)
    if unknown:
        log.warning("project file: ignoring unknown keys in %s: %s", where, ", ".join(unknown))


def _get(data: dict[str, Any], key: str, kind: str, where: str,
         default: Any = _REQUIRED, nullable: bool = False) -> Any:
    """``data[key]`` checked against ``kind``; a missing key gives ``default``."""
    if key not in data:
        if default is _REQUIRED:
            raise _corrupt(f"{where}.{key} is missing")
        return default
    value = data[key]
    if value is None and nullable:
        return None
    if not _KINDS[kind](value):
        raise _corrupt(f"{where}.{key} should be of type {kind}")
    return float(value) if kind == "float" else value


def _choice(data: dict[str, Any], key: str, choices: tuple[str, ...], where: str, default: str) -> str:
    value = _get(data, key, "str", where, default)
    if value not in choices:
        raise _corrupt(f"{where}.{key} is not one of {', '.join(choices)}")
    return value


# --- the records ------------------------------------------------------------------------------

@dataclass
class ImageSettings:
    """How every image is brought to the model's input size and colours."""

    size: int = 64
    color: str = "rgb"  # "rgb" | "gray"
    resize: str = "stretch"  # "stretch" | "crop" | "pad"

    def to_dict(self) -> dict[str, Any]:
        return {"size": self.size, "color": self.color, "resize": self.resize}

    @classmethod
    def from_dict(cls, data: Any, where: str = "image") -> ImageSettings:
        data = _object(data, where)
        _log_unknown(data, cls, where)
        size = _get(data, "size", "int", where, 64)
        low, high = _IMAGE_SIZE.minimum, _IMAGE_SIZE.maximum  # the Image input block's limits
        if not low <= size <= high:
            raise _corrupt(f"{where}.size must be between {low:g} and {high:g}, not {shown(size)}")
        return cls(size=size, color=_choice(data, "color", COLORS, where, "rgb"),
                   resize=_choice(data, "resize", RESIZE_MODES, where, "stretch"))


@dataclass
class DatasetItem:
    """One image: where it is, its class index, its split, and whether it is left out."""

    path: str  # POSIX-style; relative to DatasetSpec.root when inside it, else absolute
    label: int
    split: str  # "train" | "val" | "test"
    excluded: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "label": self.label, "split": self.split,
                "excluded": self.excluded}

    @classmethod
    def from_dict(cls, data: Any, where: str = "item") -> DatasetItem:
        # Called once per image (possibly a million times): checks are written inline,
        # and unknown keys are reported by DatasetSpec once for all items.
        if not isinstance(data, dict):
            raise _corrupt(f"{where} is not an object")
        path, label = data.get("path"), data.get("label")
        split, excluded = data.get("split"), data.get("excluded", False)
        if not isinstance(path, str) or not path:
            raise _corrupt(f"{where}.path should be a non-empty string")
        if not isinstance(label, int) or isinstance(label, bool) or label < 0:
            raise _corrupt(f"{where}.label should be a class index")
        if split not in SPLITS:
            raise _corrupt(f"{where}.split is not one of {', '.join(SPLITS)}")
        if not isinstance(excluded, bool):
            raise _corrupt(f"{where}.excluded should be of type bool")
        return cls(path, label, split, excluded)


_ITEM_KEYS = frozenset(f.name for f in fields(DatasetItem))


@dataclass
class DatasetSpec:
    """The images of a project, their classes and split, and how they are prepared."""

    root: str
    source: str  # "folder" | "csv" | "files"
    class_names: list[str]
    items: list[DatasetItem] = field(default_factory=list)
    image: ImageSettings = field(default_factory=ImageSettings)
    split_seed: int = 0
    split_ratios: tuple[float, float, float] = (0.8, 0.1, 0.1)
    # optional folder of pictures that belong to none of the classes (hands, empty
    # scenes): never trained on, only used to check the "not sure" threshold
    background_folder: str = ""

    def resolve(self, item_path: str) -> Path:
        """The file of an item on this computer (relative paths are under ``root``)."""
        path = PurePath(item_path)
        return Path(path) if path.is_absolute() else Path(self.root) / path

    def items_in(self, split: str, include_excluded: bool = False) -> list[DatasetItem]:
        return [it for it in self.items if it.split == split and (include_excluded or not it.excluded)]

    def copy(self) -> DatasetSpec:
        """A copy sharing nothing mutable (a worker may read it while the GUI edits this one)."""
        return DatasetSpec(
            self.root, self.source, list(self.class_names),
            [DatasetItem(i.path, i.label, i.split, i.excluded) for i in self.items],
            ImageSettings(**self.image.to_dict()), self.split_seed, tuple(self.split_ratios))

    def to_dict(self) -> dict[str, Any]:
        return {"root": self.root, "source": self.source, "class_names": list(self.class_names),
                "items": [item.to_dict() for item in self.items], "image": self.image.to_dict(),
                "split_seed": self.split_seed, "split_ratios": list(self.split_ratios),
                "background_folder": self.background_folder}

    @classmethod
    def from_dict(cls, data: Any, where: str = "dataset") -> DatasetSpec:
        data = _object(data, where)
        _log_unknown(data, cls, where)
        class_names = _get(data, "class_names", "list", where)
        if not all(isinstance(name, str) for name in class_names):
            raise _corrupt(f"{where}.class_names should be a list of strings")
        raw_items = _get(data, "items", "list", where, [])
        items, unknown = [], set()
        for index, raw in enumerate(raw_items):
            item = DatasetItem.from_dict(raw, f"{where}.items[{index}]")
            if item.label >= len(class_names):
                raise _corrupt(f"{where}.items[{index}].label has no class name")
            if raw.keys() - _ITEM_KEYS:
                unknown.update(str(k) for k in raw.keys() - _ITEM_KEYS)
            items.append(item)
        if unknown:
            log.warning("project file: ignoring unknown keys in %s.items: %s", where,
                        ", ".join(sorted(unknown)))
        ratios = _get(data, "split_ratios", "list", where, [0.8, 0.1, 0.1])
        if len(ratios) != 3 or not all(_KINDS["float"](r) and math.isfinite(r) and r >= 0
                                       for r in ratios) or sum(ratios) <= 0:
            raise _corrupt(f"{where}.split_ratios should be three finite, non-negative numbers")
        split_seed = _get(data, "split_seed", "int", where, 0)
        if not 0 <= split_seed <= MAX_SEED:
            raise _corrupt(f"{where}.split_seed must be between 0 and {MAX_SEED}, not {shown(split_seed)}")
        return cls(root=_get(data, "root", "str", where),
                   source=_choice(data, "source", SOURCES, where, "folder"),
                   class_names=list(class_names), items=items,
                   image=ImageSettings.from_dict(data.get("image", {}), f"{where}.image"),
                   split_seed=split_seed,
                   split_ratios=(float(ratios[0]), float(ratios[1]), float(ratios[2])),
                   background_folder=_get(data, "background_folder", "str", where, ""))


@dataclass
class TrainingSettings:
    """What the user chose for training; ``None`` means "choose from the data"."""

    epochs: int | None = None
    batch_size: int | None = None
    learning_rate: float | None = None
    optimizer: str = "adamw"
    schedule: str = "onecycle"
    augment: str = "light"
    # Does a mirrored (left-right) / turned (90/180/270 degrees) picture still belong to
    # the same class? "auto": the trainer checks on the validation pictures
    # (training/symmetry.py, docs/augmentation.md).
    mirror: str = "auto"
    turn: str = "auto"
    early_stopping_patience: int | None = 5  # None: never stop early
    label_smoothing: float = 0.1
    weight_decay: float = 5e-4
    device: str = "auto"
    seed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Any, where: str = "training") -> TrainingSettings:
        """Every field checked against ``settings_schema`` (type, choices, limits)."""
        data = _object(data, where)
        _log_unknown(data, cls, where)
        try:
            return cls(**read_settings(data, where))
        except ValueError as exc:
            raise _corrupt(str(exc)) from None


@dataclass
class RunRecord:
    """One training run: its settings, per-epoch history and the graph it trained.

    ``history`` holds one JSON-safe dict per epoch (e.g. ``{"epoch": 1, "train_loss": ..,
    "val_accuracy": ..}``); its keys belong to the trainer. Weights are in
    ``Project.blobs`` under ``run_blob_key(id, "best" | "last")``.
    """

    id: str
    name: str = ""
    created: str = field(default_factory=_run_start)  # ISO 8601, UTC
    settings: dict[str, Any] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)
    best_epoch: int | None = None
    best_val_accuracy: float | None = None
    duration_s: float = 0.0
    device: str = ""
    status: str = "finished"  # e.g. "running", "finished", "stopped", "failed"
    graph: dict[str, Any] = field(default_factory=dict)
    # temperature and "not sure" threshold (calibration.Calibration.to_dict()); None in
    # runs from before calibration existed: temperature 1, no threshold
    calibration: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "created": self.created,
                "settings": dict(self.settings), "history": [dict(h) for h in self.history],
                "best_epoch": self.best_epoch, "best_val_accuracy": self.best_val_accuracy,
                "duration_s": self.duration_s, "device": self.device, "status": self.status,
                "graph": self.graph,
                "calibration": dict(self.calibration) if self.calibration else None}

    @classmethod
    def from_dict(cls, data: Any, where: str = "run") -> RunRecord:
        data = _object(data, where)
        _log_unknown(data, cls, where)
        run_id = _get(data, "id", "str", where)
        if not _SAFE_ID.match(run_id):
            raise _corrupt(f"{where}.id is not a valid run id")
        history = _get(data, "history", "list", where, [])
        if not all(isinstance(h, dict) for h in history):
            raise _corrupt(f"{where}.history should be a list of objects")
        best_epoch = _get(data, "best_epoch", "int", where, None, nullable=True)
        if best_epoch is not None and not 0 <= best_epoch <= _EPOCHS.maximum:
            raise _corrupt(f"{where}.best_epoch must be an epoch number, not {shown(best_epoch)}")
        accuracy = _get(data, "best_val_accuracy", "float", where, None, nullable=True)
        if accuracy is not None and not 0.0 <= accuracy <= 1.0:  # also refuses nan
            raise _corrupt(f"{where}.best_val_accuracy must be between 0 and 1, not {shown(accuracy)}")
        duration = _get(data, "duration_s", "float", where, 0.0)
        if not (math.isfinite(duration) and duration >= 0):
            raise _corrupt(f"{where}.duration_s must be a finite, non-negative number")
        settings = _get(data, "settings", "dict", where, {})
        graph = _get(data, "graph", "dict", where, {})
        _check_run_settings(settings, f"{where}.settings")
        _check_run_graph(graph, f"{where}.graph")
        calibration = _get(data, "calibration", "dict", where, None, nullable=True)
        if calibration is not None:
            from .calibration import Calibration

            try:
                calibration = Calibration.from_dict(calibration).to_dict()
            except (TypeError, ValueError) as exc:
                raise _corrupt(f"{where}.calibration: {exc}") from None
        return cls(
            id=run_id,
            name=_get(data, "name", "str", where, ""),
            created=_get(data, "created", "str", where, ""),
            settings=settings,
            history=history,
            best_epoch=best_epoch,
            best_val_accuracy=accuracy,
            duration_s=duration,
            device=_get(data, "device", "str", where, ""),
            status=_get(data, "status", "str", where, "finished"),
            graph=graph,
            calibration=calibration,
        )


def _check_run_settings(settings: dict[str, Any], where: str) -> None:
    """A run's recorded settings: the training settings it used (each checked by the
    schema; "automatic" was resolved, so none may be missing) and its image settings."""
    try:
        read_settings({k: v for k, v in settings.items() if k in SETTING_SPECS}, where)
    except ValueError as exc:
        raise _corrupt(str(exc)) from None
    if "image" in settings:
        ImageSettings.from_dict(settings["image"], f"{where}.image")


def _check_run_graph(graph: dict[str, Any], where: str) -> None:
    """A run's graph must be a graph Lepton Studio can rebuild (blocks, settings of the
    right type and range, wires), or its weights cannot be used: the file is damaged."""
    if not graph:
        return
    try:
        _graph_from_dict(graph)
    except ProjectFileError as exc:
        reason = exc.problem.values.get("reason") if exc.code == PROJECT_CORRUPT else None
        raise _corrupt(f"{where}: {reason or exc.problem.message()}") from None


_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_IMAGE_SIZE = get_block("input").param("size")
_EPOCHS = SETTING_SPECS["epochs"]
_PROJECT_HEADER_KEYS = ("format", "version", "app_version")


@dataclass
class Project:
    """Everything a user builds: the one source of truth the GUI shows and edits."""

    name: str
    graph: Graph
    dataset: DatasetSpec | None = None
    training: TrainingSettings = field(default_factory=TrainingSettings)
    runs: list[RunRecord] = field(default_factory=list)
    selected_run: str | None = None
    blobs: dict[str, bytes] = field(default_factory=dict)
    # The file as last read or written here (project_sync.py); not part of the project.
    file_state: FileState | None = field(default=None, repr=False, compare=False)

    # Listeners of the edits below (project_events.py); not part of the project.
    events: Observable = field(default_factory=Observable, repr=False, compare=False)

    @classmethod
    def new(cls, name: str, graph: Graph | None = None) -> Project:
        return cls(name=name, graph=graph if graph is not None else Graph())

    def subscribe(self, listener: ProjectListener) -> Callable[[], None]:
        """Call ``listener`` with a ``project_events`` event after every edit made with
        the methods below; returns a function that unsubscribes (graph edits: subscribe
        to ``graph``)."""
        return self.events.subscribe(listener)

    def run(self, run_id: str) -> RunRecord | None:
        return next((run for run in self.runs if run.id == run_id), None)

    # --- edits, each checked and announced ------------------------------------------------
    def set_training(self, **changes: Any) -> dict[str, Any]:
        """Change training settings (checked by the settings schema: an impossible value
        raises ``bad_setting`` / ``bad_setting_choice`` and nothing changes). Returns the
        old values of what changed (``set_training(**old)`` undoes it)."""
        wanted = {}
        for name, value in changes.items():
            if name not in SETTING_SPECS:
                raise KeyError(f"no training setting called {name!r}")
            setting = SETTING_SPECS[name]
            if setting.reason(value) is not None:
                raise setting.error(value)
            wanted[name] = setting.read(value)
        new = {name: value for name, value in wanted.items()
               if getattr(self.training, name) != value}
        if not new:
            return {}
        old = {name: getattr(self.training, name) for name in new}
        for name, value in new.items():
            setattr(self.training, name, value)
        self.events.notify(TrainingChanged(old, new))
        return old

    def replace_training(self, settings: TrainingSettings) -> dict[str, Any]:
        """Every setting from ``settings`` (e.g. the defaults); returns the old values."""
        return self.set_training(**settings.to_dict())

    def set_image_settings(self, image: ImageSettings) -> ImageSettings:
        """How the pictures are prepared (size, colour, resize); returns the old settings.
        The model's Image input follows the dataset: ``data/edits.change_image_settings``
        does both."""
        if self.dataset is None:
            raise ValueError("the project has no dataset")
        _IMAGE_SIZE.coerce(image.size, None)  # the Image input block's limits (bad_param)
        if image.color not in COLORS or image.resize not in RESIZE_MODES:
            raise ValueError(f"unknown colour or resize mode: {image.color}, {image.resize}")
        old = self.dataset.image
        if old != image:
            self.dataset.image = ImageSettings(**image.to_dict())
            self.events.notify(ImageSettingsChanged(old.to_dict(), image.to_dict()))
        return old

    def set_dataset(self, dataset: DatasetSpec | None) -> DatasetSpec | None:
        """Another dataset (an import); returns the old one."""
        old, self.dataset = self.dataset, dataset
        if old is not dataset:
            self.events.notify(DatasetReplaced())
        return old

    def dataset_edited(self, kind: str) -> None:
        """Announce an in-place change of the dataset (``data/edits.py`` makes them)."""
        self.events.notify(DatasetEdited(kind))

    def add_run(self, run: RunRecord) -> None:
        self.runs.append(run)
        self.events.notify(RunAdded(run.id))

    def run_updated(self, run_id: str) -> None:
        """Announce that a run's record (history, status, weights) changed in place."""
        self.events.notify(RunUpdated(run_id))

    def set_run_threshold(self, run_id: str, threshold: float | None) -> float | None:
        """Move a calibrated run's "not sure" threshold (None: never unsure); returns the
        old one (``set_run_threshold(run_id, old)`` undoes it). A run without calibration
        (from before it existed) has no threshold to move: ValueError."""
        run = self.run(run_id)
        if run is None:
            raise KeyError(f"no run {run_id!r}")
        if not run.calibration:
            raise ValueError(f"run {run_id!r} is not calibrated")
        if threshold is not None and not 0.0 <= float(threshold) <= 1.0:
            raise ValueError("a threshold is between 0 and 1")
        new = None if threshold is None else float(threshold)
        old = run.calibration.get("threshold")
        if old != new:
            run.calibration = {**run.calibration, "threshold": new}
            self.events.notify(RunThresholdChanged(run_id, old, new))
        return old

    def set_run_calibration(self, run_id: str, calibration: dict[str, Any] | None
                            ) -> dict[str, Any] | None:
        """Give a run another calibration (``Calibration.to_dict()``; None: none, as runs
        from before calibration); returns the old one. An impossible one: ValueError."""
        from .calibration import Calibration

        run = self.run(run_id)
        if run is None:
            raise KeyError(f"no run {run_id!r}")
        new = Calibration.from_dict(calibration).to_dict() if calibration is not None else None
        old = run.calibration
        if old != new:
            run.calibration = new
            self.events.notify(RunCalibrationChanged(run_id))
        return old

    def choose_run(self, run_id: str | None) -> None:
        """The run Evaluate and Export use (``None``: none)."""
        if run_id is not None and self.run(run_id) is None:
            raise KeyError(f"no run {run_id!r}")
        old = self.selected_run
        if old != run_id:
            self.selected_run = run_id
            self.events.notify(RunChosen(old, run_id))

    def remove_run(self, run_id: str) -> None:
        """Forget a run and drop its blobs (``runs/<run_id>/...``)."""
        had = self.run(run_id) is not None
        self.runs = [run for run in self.runs if run.id != run_id]
        prefix = f"runs/{run_id}/"
        for key in [k for k in self.blobs if k.startswith(prefix)]:
            del self.blobs[key]
        if self.selected_run == run_id:
            self.choose_run(None)
        if had:
            self.events.notify(RunRemoved(run_id))

    def training_copy(self, settings: TrainingSettings | None = None) -> Project:
        """What a worker trains: nothing mutable is shared with this project (which the
        GUI keeps editing) except the existing run records, only counted for the new
        run's id. No blobs, no listeners."""
        training = TrainingSettings(**(settings or self.training).to_dict())
        return Project(name=self.name, graph=self.graph.copy(),
                       dataset=self.dataset.copy() if self.dataset is not None else None,
                       training=training, runs=list(self.runs), selected_run=None, blobs={})

    def to_dict(self) -> dict[str, Any]:
        """The ``project.json`` document (blob bytes are not part of it)."""
        from .. import __version__

        return {
            "format": FORMAT,
            "version": CURRENT_VERSION,
            "app_version": __version__,
            "name": self.name,
            "graph": self.graph.to_dict(),
            "dataset": self.dataset.to_dict() if self.dataset is not None else None,
            "training": self.training.to_dict(),
            "runs": [run.to_dict() for run in self.runs],
            "selected_run": self.selected_run,
        }

    @classmethod
    def from_dict(cls, doc: Any, blobs: dict[str, bytes] | None = None) -> Project:
        """Build a project from a ``project.json`` document of any known version."""
        doc = upgrade_document(_object(doc, "project.json"))
        _log_unknown(doc, cls, "project.json", _PROJECT_HEADER_KEYS)
        dataset = doc.get("dataset")
        runs_raw = _get(doc, "runs", "list", "project", [])
        runs = [RunRecord.from_dict(raw, f"runs[{i}]") for i, raw in enumerate(runs_raw)]
        if len({run.id for run in runs}) != len(runs):
            raise _corrupt("two runs have the same id")
        selected = _get(doc, "selected_run", "str", "project", None, nullable=True)
        if selected is not None and not any(run.id == selected for run in runs):
            log.warning("project file: selected run %r does not exist; none selected", selected)
            selected = None
        return cls(
            name=_get(doc, "name", "str", "project", "Untitled"),
            graph=_graph_from_dict(_get(doc, "graph", "dict", "project", {})),
            dataset=DatasetSpec.from_dict(dataset) if dataset is not None else None,
            training=TrainingSettings.from_dict(doc.get("training", {})),
            runs=runs,
            selected_run=selected,
            blobs=dict(blobs or {}),
        )


def _graph_from_dict(data: dict[str, Any]) -> Graph:
    """Check the graph's outline; its content (blocks, settings, wires) is the graph's job.

    A ``LeptonError`` from ``Graph.from_dict`` (an unknown block, an impossible setting)
    keeps its code and values and becomes a ``ProjectFileError``, so callers of
    ``load_project`` need to catch only that.
    """
    for key in ("nodes", "edges"):
        if not isinstance(data.get(key, []), list) or not all(
                isinstance(entry, dict) for entry in data.get(key, [])):
            raise _corrupt(f"the model graph is malformed ({key})")
    try:
        return Graph.from_dict(data)
    except ProjectFileError:
        raise
    except LeptonError as exc:
        raise ProjectFileError(exc.code, exc.problem.node_id, **exc.problem.values) from exc
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise _corrupt(f"the model graph is malformed ({type(exc).__name__})") from exc


# --- versions -------------------------------------------------------------------------------

def _v0_to_v1(doc: dict[str, Any]) -> dict[str, Any]:
    """Pre-release layout (version 0) to version 1.

    Version 0 had no ``"format"`` key; its dataset kept the split as three lists of paths
    (``"train"``, ``"val"``, ``"test"``) with labels in a ``"labels"`` map (path -> class
    index), excluded paths in ``"excluded"``, the image size as ``"image_size"``; the
    training settings were under ``"train_settings"`` with ``"lr"`` for the learning
    rate; runs did not keep their graph.
    """
    new: dict[str, Any] = {"format": FORMAT, "version": 1, "name": doc.get("name", "Untitled"),
                           "graph": doc.get("graph", {}), "selected_run": doc.get("selected_run")}
    old_dataset = doc.get("dataset")
    if old_dataset is not None:
        labels = old_dataset.get("labels", {})
        excluded = set(old_dataset.get("excluded", []))
        items = [{"path": path, "label": labels[path], "split": split, "excluded": path in excluded}
                 for split in SPLITS for path in old_dataset.get(split, [])]
        new["dataset"] = {
            "root": old_dataset["root"],
            "source": old_dataset.get("source", "folder"),
            "class_names": old_dataset["class_names"],
            "items": items,
            "image": {"size": old_dataset.get("image_size", 64)},
            "split_seed": old_dataset.get("split_seed", 0),
        }
    else:
        new["dataset"] = None
    settings = dict(doc.get("train_settings") or {})
    if "lr" in settings:
        settings["learning_rate"] = settings.pop("lr")
    new["training"] = settings
    new["runs"] = [{**run, "graph": run.get("graph", {})} for run in doc.get("runs", [])]
    return new


# MIGRATIONS[k] turns a version-k document into a version-(k + 1) one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _v0_to_v1,
}


def document_version(doc: dict[str, Any]) -> int:
    """The schema version of a ``project.json`` document; refuses what is not ours."""
    if "format" not in doc:
        # The pre-release layout had no "format" key, but always "version": 0 and a graph.
        if doc.get("version") == 0 and not isinstance(doc.get("version"), bool) and "graph" in doc:
            return 0
        raise _corrupt("not a Lepton Studio project")
    if doc["format"] != FORMAT:
        raise _corrupt("not a Lepton Studio project")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise _corrupt("the version number is missing or invalid")
    return version


def upgrade_document(doc: dict[str, Any]) -> dict[str, Any]:
    """Migrate ``doc`` to ``CURRENT_VERSION``; refuse a newer one (``project_newer``)."""
    version = document_version(doc)
    if version > CURRENT_VERSION:
        raise ProjectFileError(PROJECT_NEWER, file_version=version, our_version=CURRENT_VERSION)
    while version < CURRENT_VERSION:
        try:
            doc = MIGRATIONS[version](doc)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise _corrupt(f"cannot upgrade from version {version}") from exc
        version += 1
        doc["version"] = version
        log.info("project file upgraded to version %d", version)
    return doc


# --- the zip ----------------------------------------------------------------------------------

_DRIVE = re.compile(r"^[A-Za-z]:")


def is_safe_entry_name(name: str) -> bool:
    """A relative POSIX path without ``..``, ``.``, empty parts, backslashes or drives."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or _DRIVE.match(name):
        return False
    parts = name[:-1].split("/") if name.endswith("/") else name.split("/")
    return all(part not in ("", ".", "..") for part in parts)


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a file from its zip directory alone, before anything is decompressed."""
    if len(infos) > MAX_ENTRIES:
        raise ProjectFileError(PROJECT_TOO_LARGE, reason=f"{len(infos)} entries")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if not is_safe_entry_name(name):
            raise ProjectFileError(PROJECT_UNSAFE_ENTRY, entry=name)
        if name in seen:
            raise _corrupt(f"the entry {name} appears twice")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise _corrupt(f"the entry {name} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _corrupt(f"the entry {name} uses an unsupported compression")
        limit = MAX_JSON_BYTES if name == PROJECT_JSON else MAX_BLOB_BYTES
        if info.file_size > limit:
            raise ProjectFileError(PROJECT_TOO_LARGE,
                                   reason=f"{name} would take {info.file_size} bytes")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ProjectFileError(PROJECT_TOO_LARGE, reason=f"the contents would take over {total} bytes")
        if (info.file_size >= RATIO_CHECK_FROM_BYTES
                and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)):
            raise ProjectFileError(PROJECT_TOO_LARGE, reason=f"{name} is compressed suspiciously well")


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read one entry, never more than its declared size (checked against the limits)."""
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise _corrupt(f"the entry {info.filename} is damaged") from exc
    if len(data) != info.file_size:
        raise _corrupt(f"the entry {info.filename} does not have its declared size")
    return data


def _read_archive(archive: zipfile.ZipFile) -> tuple[dict[str, Any], dict[str, bytes]]:
    infos = archive.infolist()
    _check_directory(infos)
    doc_info = next((info for info in infos if info.filename == PROJECT_JSON), None)
    if doc_info is None:
        raise _corrupt(f"{PROJECT_JSON} is missing")
    try:
        doc = json.loads(_read_entry(archive, doc_info).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _corrupt(f"{PROJECT_JSON} is not valid JSON") from exc
    if not isinstance(doc, dict):
        raise _corrupt(f"{PROJECT_JSON} is not an object")
    blobs: dict[str, bytes] = {}
    for info in infos:
        name = info.filename
        if name == PROJECT_JSON or name.endswith("/"):
            continue
        if name.startswith(BLOB_PREFIX):
            blobs[name[len(BLOB_PREFIX):]] = _read_entry(archive, info)
        else:
            log.warning("project file: ignoring unknown entry %s", name)
    return doc, blobs


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read a ``*.lepton`` file; every expected failure is a ``ProjectFileError``."""
    path = Path(path)
    stamp = file_stamp(path)  # before reading: a later change is then seen as one
    try:
        # A FIFO, a device or a huge sparse file is refused before it is read (safe_files).
        with open_regular(path, MAX_FILE_BYTES) as handle, zipfile.ZipFile(handle) as archive:
            doc, blobs = _read_archive(archive)
        root_hint = take_root_hint(doc)
        project = Project.from_dict(doc, blobs)
    except ProjectFileError as exc:
        raise ProjectFileError(exc.code, exc.problem.node_id,
                               **{**exc.problem.values, "path": str(path)}) from exc
    except LeptonError as exc:  # not a regular file, too large
        raise ProjectFileError(exc.code, exc.problem.node_id,
                               **{**exc.problem.values, "path": str(path)}) from exc
    except FileNotFoundError as exc:
        raise ProjectFileError(PROJECT_NOT_FOUND, path=str(path)) from exc
    except IsADirectoryError as exc:
        raise ProjectFileError(PROJECT_CORRUPT, path=str(path), reason="it is a folder") from exc
    except PermissionError as exc:
        raise ProjectFileError(PROJECT_UNREADABLE, path=str(path)) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise ProjectFileError(PROJECT_CORRUPT, path=str(path), reason="not a zip file") from exc
    except OSError as exc:
        raise ProjectFileError(PROJECT_UNREADABLE, path=str(path),
                               reason=exc.strerror or type(exc).__name__) from exc
    stored_root = project.dataset.root if project.dataset is not None else None
    locate_dataset_root(project, path, root_hint)
    remember_file(project, path, stamp, dataset_root=stored_root)
    log.info("loaded project %s (%d runs, %d blobs)", path, len(project.runs), len(project.blobs))
    return project


# --- saving -----------------------------------------------------------------------------------

def _json_default(value: Any) -> Any:
    """numpy / torch scalars sneak into histories; store them as plain numbers."""
    item = getattr(value, "item", None)
    if callable(item):
        return item()
    raise TypeError(f"{type(value).__name__} cannot be stored in a project file")


def _entry(name: str, compress_type: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = compress_type
    info.external_attr = 0o644 << 16
    return info


def _zip_verifier(path: Path, data: bytes, sizes: dict[str, int]) -> Callable[[Path], None]:
    """A check of the written temp file before it replaces ``path``: the zip directory
    reads back with every entry at its size, and ``project.json`` is exactly ``data``
    (blobs are stored uncompressed, so their sizes and the file's size vouch for them)."""
    def verify(temp: Path) -> None:
        try:
            with zipfile.ZipFile(temp) as archive:
                found = {info.filename: info.file_size for info in archive.infolist()}
                same_json = found == sizes and archive.read(PROJECT_JSON) == data
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError) as exc:
            raise LeptonError(SAVE_UNVERIFIED, path=str(path),
                              reason=f"the zip does not read back: {exc}") from exc
        if not same_json:
            raise LeptonError(SAVE_UNVERIFIED, path=str(path), reason="its contents differ")
    return verify


def save_project(project: Project, path: str | os.PathLike[str], track: bool = True) -> list[str]:
    """Write ``project`` to ``path`` atomically (the old file survives any failure).

    Refuses (``project_too_large``) to write what ``load_project`` would refuse to read.
    The dataset root is stored absolute and relative to ``path`` (``project_sync``).
    When ``path`` is the file the project came from and another program saved it
    meanwhile, its runs that are not here are taken in first, and their ids returned
    (``merge_external_runs``): the caller tells the user. ``track=False`` (a copy, an
    autosave) leaves the project's link to its own file alone.
    """
    path = Path(path)
    is_project = isinstance(project, Project)  # the window saves plain snapshots too
    kept = merge_external_runs(project, path) if is_project and track else []
    doc = project.to_dict()
    root = store_dataset_root(doc, path)
    data = json.dumps(doc, ensure_ascii=False, indent=1, default=_json_default).encode("utf-8")
    if len(data) > MAX_JSON_BYTES:
        raise ProjectFileError(PROJECT_TOO_LARGE, path=str(path), reason=f"{PROJECT_JSON} is too large")
    if len(project.blobs) + 1 > MAX_ENTRIES:
        raise ProjectFileError(PROJECT_TOO_LARGE, path=str(path), reason=f"{len(project.blobs)} blobs")
    total = len(data)
    for key, blob in project.blobs.items():
        if not isinstance(key, str) or not is_safe_entry_name(key) or key.endswith("/"):
            raise ValueError(f"invalid blob key {key!r}")
        if not isinstance(blob, (bytes, bytearray, memoryview)):
            raise TypeError(f"blob {key!r} is {type(blob).__name__}, not bytes")
        size = memoryview(blob).nbytes
        total += size
        if size > MAX_BLOB_BYTES or total > MAX_TOTAL_BYTES:
            raise ProjectFileError(PROJECT_TOO_LARGE, path=str(path), reason=f"the blob {key} is too large")
    sizes = {PROJECT_JSON: len(data)} | {BLOB_PREFIX + key: memoryview(blob).nbytes
                                         for key, blob in project.blobs.items()}
    written: list = []  # the temp file's stamp, taken before it becomes ``path``
    check = _zip_verifier(path, data, sizes)

    def verify(temp: Path) -> None:
        check(temp)
        written.append(file_stamp(temp))  # a rename keeps size, mtime and inode

    with atomic_writer(path, verify=verify) as handle, \
            zipfile.ZipFile(handle, "w") as archive:
        archive.writestr(_entry(PROJECT_JSON, zipfile.ZIP_DEFLATED), data)
        for key, blob in project.blobs.items():
            # Weights barely compress; storing them keeps saving fast.
            archive.writestr(_entry(BLOB_PREFIX + key, zipfile.ZIP_STORED), bytes(blob))
    if is_project and track:
        remember_file(project, path, written[0] if written else file_stamp(path), dataset_root=root)
    log.info("saved project %s (%d bytes of JSON, %d blobs)", path, len(data), len(project.blobs))
    return kept
