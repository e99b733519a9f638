"""Choosing what the user left on "auto" from the size of their data.

Measured on small datasets of 28-64 px images (see docs/benchmarks.md): AdamW with a
one-cycle schedule, label smoothing and light augmentation beats a plain Adam loop;
the epoch count aims at roughly 60k image presentations, within 10-60 epochs (30k left
handed characters under-trained: benchmarks/defaults_sweep.py, docs/defaults.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..project import TrainingSettings
from ..settings_schema import check_settings

TARGET_PRESENTATIONS = 60_000
MIN_EPOCHS, MAX_EPOCHS = 10, 60
BASE_LEARNING_RATES = {"adamw": 3e-3, "adam": 3e-3, "sgd": 0.1}


@dataclass(frozen=True)
class ResolvedSettings:
    """Every training choice made concrete; recorded with the run."""

    epochs: int
    batch_size: int
    learning_rate: float
    optimizer: str
    schedule: str
    augment: str
    mirror: str  # "yes" | "no" | "auto" (decided during the run: training/symmetry.py)
    turn: str
    early_stopping_patience: int | None
    label_smoothing: float
    weight_decay: float
    device: str
    seed: int

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def choose_batch_size(train_count: int) -> int:
    """A power of two near a tenth of the data, between 8 and 64."""
    if train_count <= 0:
        return 8
    size = 2 ** int(math.log2(max(8, train_count / 10)))
    return int(min(64, max(8, size)))


def choose_epochs(train_count: int) -> int:
    return int(min(MAX_EPOCHS, max(MIN_EPOCHS, round(TARGET_PRESENTATIONS / max(train_count, 1)))))


def resolve(settings: TrainingSettings, train_count: int, device: str) -> ResolvedSettings:
    """Fill in what is automatic. An impossible value (set in code or on the command
    line; a project file's are checked on load) is refused, never silently replaced."""
    check_settings(settings)
    return ResolvedSettings(
        epochs=settings.epochs or choose_epochs(train_count),
        batch_size=settings.batch_size or choose_batch_size(train_count),
        learning_rate=settings.learning_rate or BASE_LEARNING_RATES[settings.optimizer],
        optimizer=settings.optimizer,
        schedule=settings.schedule,
        augment=settings.augment,
        mirror=settings.mirror,
        turn=settings.turn,
        early_stopping_patience=settings.early_stopping_patience,
        label_smoothing=settings.label_smoothing,
        weight_decay=settings.weight_decay,
        device=device,
        seed=settings.seed,
    )
