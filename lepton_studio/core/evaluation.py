"""How good a trained model is: metrics on held-out images, and its predictions.

Metrics are computed with numpy from labels and predictions, so they can be checked by
hand on tiny examples; the model runs in batches with progress and cancellation.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .tasks import CancelToken, EventCallback, Progress, ignore_event

PREDICT_BATCH = 256


@dataclass
class ClassMetrics:
    name: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class Metrics:
    accuracy: float
    balanced_accuracy: float
    confusion: np.ndarray  # rows: true class, columns: predicted class
    per_class: list[ClassMetrics]

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "balanced_accuracy": self.balanced_accuracy,
                "confusion_matrix": self.confusion.tolist(),
                "per_class": [c.__dict__ for c in self.per_class]}

    def most_confused(self, count: int = 3) -> list[tuple[int, int, int]]:
        """(true, predicted, images) of the largest off-diagonal cells."""
        cells = [(int(self.confusion[t, p]), t, p) for t in range(len(self.confusion))
                 for p in range(len(self.confusion)) if t != p and self.confusion[t, p] > 0]
        return [(t, p, n) for n, t, p in sorted(cells, reverse=True)[:count]]


def compute_metrics(y_true: np.ndarray, y_pred: np.ndarray, class_names: list[str]) -> Metrics:
    """Accuracy, balanced accuracy, confusion matrix and per-class precision/recall/F1.

    A class never predicted has precision 0; a class absent from ``y_true`` has recall 0
    and is left out of the balanced accuracy (the mean recall of present classes).
    """
    k = len(class_names)
    y_true, y_pred = np.asarray(y_true, dtype=np.int64), np.asarray(y_pred, dtype=np.int64)
    confusion = np.zeros((k, k), dtype=np.int64)
    np.add.at(confusion, (y_true, y_pred), 1)
    true_positive = np.diag(confusion).astype(float)
    support = confusion.sum(axis=1)
    predicted = confusion.sum(axis=0)
    precision = np.divide(true_positive, predicted, out=np.zeros(k), where=predicted > 0)
    recall = np.divide(true_positive, support, out=np.zeros(k), where=support > 0)
    denominator = precision + recall
    f1 = np.divide(2 * precision * recall, denominator, out=np.zeros(k), where=denominator > 0)
    total = int(support.sum())
    present = support > 0
    return Metrics(
        accuracy=float(true_positive.sum() / total) if total else 0.0,
        balanced_accuracy=float(recall[present].mean()) if present.any() else 0.0,
        confusion=confusion,
        per_class=[ClassMetrics(class_names[i], float(precision[i]), float(recall[i]), float(f1[i]),
                                int(support[i])) for i in range(k)],
    )


def predict_probabilities(model, images_uint8: np.ndarray, on_event: EventCallback = ignore_event,
                          token: CancelToken | None = None, device: str = "cpu") -> np.ndarray:
    """Softmax probabilities (N×K) for uint8 N×H×W×C images, in batches."""
    import torch

    from .training.trainer import batch_slices, float_batch, uint8_images_tensor

    model = model.to(device, memory_format=torch.channels_last).eval()
    images = uint8_images_tensor(images_uint8)
    outputs = []
    total = len(images)
    with torch.inference_mode():
        for part in batch_slices(total, PREDICT_BATCH):
            if token is not None:
                token.check()
            batch = float_batch(images[part], device)
            outputs.append(torch.softmax(model(batch).float(), dim=1).cpu().numpy())
            on_event(Progress("predict", part.stop, total))
    return np.concatenate(outputs) if outputs else np.zeros((0, 0), dtype=np.float32)


@dataclass
class Evaluation:
    """A run judged on one split: metrics plus every image's prediction."""

    run_id: str
    split: str
    class_names: list[str]
    paths: list[str]
    labels: np.ndarray
    probabilities: np.ndarray
    metrics: Metrics

    @property
    def predictions(self) -> np.ndarray:
        return self.probabilities.argmax(axis=1)

    def misclassified(self) -> list[tuple[str, int, int, float]]:
        """(path, true, predicted, confidence), the most confident mistakes first."""
        wrong = np.nonzero(self.predictions != self.labels)[0]
        rows = [(self.paths[i], int(self.labels[i]), int(self.predictions[i]),
                 float(self.probabilities[i].max())) for i in wrong]
        return sorted(rows, key=lambda row: -row[3])

    def to_dict(self) -> dict[str, Any]:
        return {"run": self.run_id, "split": self.split, "images": len(self.paths),
                "class_names": self.class_names, **self.metrics.to_dict()}


def evaluation_split(project) -> str:
    """The test split when it has images, else validation."""
    return "test" if project.dataset.items_in("test") else "val"


def evaluate_run(project, cache_root: str | Path, run_id: str | None = None,
                 split: str | None = None, on_event: EventCallback = ignore_event,
                 token: CancelToken | None = None) -> Evaluation:
    from . import problems as P
    from .checkpoints import chosen_run, load_run_model
    from .problems import LeptonError
    from .training.runner import load_split_arrays

    if project.dataset is None:
        raise LeptonError(P.NO_DATASET)
    from .export.preprocessing import run_image_settings

    run = chosen_run(project, run_id)
    split = split or evaluation_split(project)
    items = project.dataset.items_in(split)
    # pictures prepared as the run was trained (refuses settings changed since, clearly)
    dataset = dataclasses.replace(project.dataset, image=run_image_settings(project, run))
    arrays = load_split_arrays(dataset, cache_root, (split,), on_event, token)
    images, labels = arrays[split]
    model = load_run_model(project, run)
    probabilities = predict_probabilities(model, images, on_event, token)
    if len(labels) == 0:
        probabilities = np.zeros((0, len(project.dataset.class_names)), dtype=np.float32)
    metrics = compute_metrics(labels, probabilities.argmax(axis=1) if len(labels) else labels,
                              project.dataset.class_names)
    return Evaluation(run.id, split, list(project.dataset.class_names),
                      [str(project.dataset.resolve(item.path)) for item in items], labels,
                      probabilities, metrics)
