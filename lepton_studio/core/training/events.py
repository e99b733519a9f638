"""What the trainer reports. Plain numbers only: the GUI re-emits these across threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..problems import Problem


@dataclass(frozen=True)
class TrainingStarted:
    epochs: int
    batches_per_epoch: int
    batch_size: int
    device: str
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EpochStarted:
    epoch: int  # 1-based
    epochs: int


@dataclass(frozen=True)
class BatchEnded:
    epoch: int
    batch: int  # 1-based within the epoch
    batches: int
    loss: float  # smoothed (exponential moving average)
    images_per_s: float
    eta_s: float  # remaining time for the whole run
    learning_rate: float


@dataclass(frozen=True)
class EpochEnded:
    epoch: int
    epochs: int
    train_loss: float
    train_accuracy: float
    val_loss: float | None
    val_accuracy: float | None
    learning_rate: float
    duration_s: float
    images_per_s: float
    is_best: bool

    def as_history(self) -> dict[str, Any]:
        """The JSON-safe row kept in ``RunRecord.history``."""
        return {"epoch": self.epoch, "train_loss": self.train_loss,
                "train_accuracy": self.train_accuracy, "val_loss": self.val_loss,
                "val_accuracy": self.val_accuracy, "learning_rate": self.learning_rate,
                "duration_s": self.duration_s, "images_per_s": self.images_per_s}


@dataclass(frozen=True)
class SymmetryChecked:
    """The automatic mirror/turn check decided (training/symmetry.py); ``check`` is
    ``SymmetryCheck.to_dict()``: the decisions, their reasons and the accuracies."""

    epoch: int
    check: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TrainingFinished:
    status: str  # "finished" | "stopped" | "early_stopped" | "failed"
    best_epoch: int | None
    best_val_accuracy: float | None
    epochs_run: int
    duration_s: float
    problem: Problem | None = None  # why it ended, when it was not a plain finish


@dataclass(frozen=True)
class CheckpointSaved:
    """A new best model: the runner may write it to disk right away."""

    epoch: int
    which: str  # "best" | "last"
