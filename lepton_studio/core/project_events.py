"""What can change in a project besides its graph, as small plain-Python events.

The ``Project`` (``project.py``) emits one of these after each of its edit methods, the
way ``Graph`` emits ``NodeAdded`` and the rest: views subscribe
(``project.subscribe(listener) -> unsubscribe``) and redraw from the project, undo
commands call the edit methods, and nobody passes "tell the others" callbacks around.
Graph events keep coming from ``project.graph``; a listener that wants both subscribes
to both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# What a dataset edit did (``DatasetEdited.kind``).
EXCLUDED = "excluded"  # items left out or taken back in
RELABELLED = "relabelled"  # items moved to another class
CLASSES = "classes"  # classes added, renamed, merged or deleted
ITEMS = "items"  # items added or removed (new pictures, changes on disk)


@dataclass(frozen=True)
class TrainingChanged:
    """Training settings changed: ``old`` and ``new`` hold the changed fields only."""

    old: dict[str, Any]
    new: dict[str, Any]


@dataclass(frozen=True)
class ImageSettingsChanged:
    """Image size, colour or resize policy of the dataset changed (dicts of ``ImageSettings``)."""

    old: dict[str, Any]
    new: dict[str, Any]


@dataclass(frozen=True)
class DatasetReplaced:
    """Another dataset (or none) took the place of the old one (an import, its undo)."""


@dataclass(frozen=True)
class DatasetEdited:
    """The dataset changed in place; ``kind`` is one of the constants above."""

    kind: str


@dataclass(frozen=True)
class RunAdded:
    run_id: str


@dataclass(frozen=True)
class RunUpdated:
    """A run's record changed (a new epoch, its end, new weights)."""

    run_id: str


@dataclass(frozen=True)
class RunThresholdChanged:
    """A run's "not sure" threshold was moved (``calibration["threshold"]``; None: never)."""

    run_id: str
    old: float | None
    new: float | None


@dataclass(frozen=True)
class RunCalibrationChanged:
    """A run was given another calibration (``Calibration.to_dict()``), or had it taken
    away: its probabilities change, so whatever shows them recomputes."""

    run_id: str


@dataclass(frozen=True)
class RunRemoved:
    run_id: str


@dataclass(frozen=True)
class RunChosen:
    """Another run is the one Evaluate and Export use."""

    old: str | None
    new: str | None


ProjectEvent = (TrainingChanged | ImageSettingsChanged | DatasetReplaced | DatasetEdited
                | RunAdded | RunUpdated | RunThresholdChanged | RunCalibrationChanged
                | RunRemoved | RunChosen)
ProjectListener = Callable[[ProjectEvent], None]


class Observable:
    """``subscribe`` / notify, the same contract as ``Graph.subscribe``."""

    def __init__(self) -> None:
        self._listeners: list[ProjectListener] = []

    def subscribe(self, listener: ProjectListener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)
        return unsubscribe

    def notify(self, event: ProjectEvent) -> None:
        for listener in list(self._listeners):
            listener(event)
