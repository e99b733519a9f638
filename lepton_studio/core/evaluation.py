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
RUN_THRESHOLD: Any = ...  # "the run's own threshold" (None means no threshold at all)


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
                          token: CancelToken | None = None, device: str = "cpu",
                          temperature: float = 1.0) -> np.ndarray:
    """Softmax probabilities (N×K) of ``logits / temperature`` for uint8 N×H×W×C images,
    in batches; every export divides by the same temperature inside its model."""
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
            logits = model(batch).float()
            if temperature != 1.0:
                logits = logits / temperature
            outputs.append(torch.softmax(logits, dim=1).cpu().numpy())
            on_event(Progress("predict", part.stop, total))
    return np.concatenate(outputs) if outputs else np.zeros((0, 0), dtype=np.float32)


@dataclass
class Evaluation:
    """A run judged on one split: metrics plus every image's prediction.

    ``probabilities`` are calibrated (the run's temperature), as everywhere a probability
    is shown; ``raw_probabilities`` are the uncalibrated ones (temperature 1), for the
    before/after figures. ``calibration`` holds the run's threshold: a picture whose
    score is below it is "unsure".
    """

    run_id: str
    split: str
    class_names: list[str]
    paths: list[str]
    labels: np.ndarray
    probabilities: np.ndarray
    metrics: Metrics
    raw_probabilities: np.ndarray | None = None
    calibration: Any = None  # calibration.Calibration
    # scores of the dataset's background pictures (none of the classes), when it has some
    background_scores: np.ndarray | None = None

    def background_set_aside(self, threshold: float | None = RUN_THRESHOLD) -> int:
        """How many background pictures ``threshold`` answers "not sure" (the right answer)."""
        from .confidence import is_unsure

        if self.background_scores is None:
            return 0
        cut = self.threshold if threshold is RUN_THRESHOLD else threshold
        return int(is_unsure(self.background_scores, cut).sum())

    @property
    def predictions(self) -> np.ndarray:
        return self.probabilities.argmax(axis=1)

    @property
    def threshold(self) -> float | None:
        return self.calibration.threshold if self.calibration is not None else None

    def scores(self) -> np.ndarray:
        from .confidence import unknown_score

        if len(self.probabilities) == 0:
            return np.zeros(0, np.float32)
        return unknown_score(self.probabilities)

    def unsure(self, threshold: float | None = RUN_THRESHOLD) -> np.ndarray:
        """Which pictures are set aside as "not sure" (by the run's threshold by default)."""
        from .confidence import is_unsure

        return is_unsure(self.scores(), self.threshold if threshold is RUN_THRESHOLD else threshold)

    def confusion_with_unsure(self, threshold: float | None = RUN_THRESHOLD) -> np.ndarray:
        """K×(K+1) counts: rows true class, columns the answer, the last one "unsure"."""
        k = len(self.class_names)
        unsure = self.unsure(threshold)
        answers = np.where(unsure, k, self.predictions if len(self.labels) else 0)
        table = np.zeros((k, k + 1), dtype=np.int64)
        np.add.at(table, (self.labels.astype(np.int64), answers.astype(np.int64)), 1)
        return table

    def misclassified(self) -> list[tuple[str, int, int, float]]:
        """(path, true, predicted, confidence), the most confident mistakes first."""
        wrong = np.nonzero(self.predictions != self.labels)[0]
        rows = [(self.paths[i], int(self.labels[i]), int(self.predictions[i]),
                 float(self.probabilities[i].max())) for i in wrong]
        return sorted(rows, key=lambda row: -row[3])

    def split_mistakes(self, threshold: float | None = RUN_THRESHOLD
                       ) -> tuple[list[tuple[str, int, int, float]], list[tuple[str, int, int, float]]]:
        """The mistakes made with confidence (the ones that hurt) and those set aside as
        unsure (the model said it did not know), each surest first."""
        cut = self.threshold if threshold is RUN_THRESHOLD else threshold
        rows = self.misclassified()
        if cut is None:
            return rows, []
        from .confidence import is_unsure

        unsure = [bool(is_unsure(row[3], cut)) for row in rows]
        return ([r for r, u in zip(rows, unsure, strict=True) if not u],
                [r for r, u in zip(rows, unsure, strict=True) if u])

    def calibration_figures(self) -> dict[str, Any]:
        """ECE before and after calibration on this split, with reliability bins."""
        from .calibration import expected_calibration_error, reliability

        raw = self.raw_probabilities if self.raw_probabilities is not None else self.probabilities
        return {"ece_before": expected_calibration_error(raw, self.labels),
                "ece_after": expected_calibration_error(self.probabilities, self.labels),
                "reliability_before": reliability(raw, self.labels),
                "reliability_after": reliability(self.probabilities, self.labels)}

    def to_dict(self) -> dict[str, Any]:
        figures = self.calibration_figures() if len(self.labels) else {}
        unsure = self.unsure()
        background = ({"background": len(self.background_scores),
                       "background_set_aside": self.background_set_aside()}
                      if self.background_scores is not None else {})
        return {**background, "run": self.run_id, "split": self.split, "images": len(self.paths),
                "class_names": self.class_names, **self.metrics.to_dict(),
                "temperature": self.calibration.temperature if self.calibration else 1.0,
                "threshold": self.threshold, "unsure": int(unsure.sum()),
                "confusion_with_unsure": self.confusion_with_unsure().tolist(),
                "ece_before": figures.get("ece_before"), "ece_after": figures.get("ece_after")}


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
    from .calibration import run_calibration, softmax

    calibration = run_calibration(run)
    model = load_run_model(project, run)
    probabilities = predict_probabilities(model, images, on_event, token,
                                          temperature=calibration.temperature)
    k = len(project.dataset.class_names)
    if len(labels) == 0:
        probabilities = np.zeros((0, k), dtype=np.float32)
        raw = probabilities
    else:  # temperature 1 again, from the calibrated ones (softmax(log p * T) = softmax(z))
        raw = softmax(np.log(np.clip(probabilities.astype(np.float64), 1e-300, 1.0))
                      * calibration.temperature)
    metrics = compute_metrics(labels, probabilities.argmax(axis=1) if len(labels) else labels,
                              project.dataset.class_names)
    background = background_scores(dataset, cache_root, model, calibration.temperature,
                                   on_event, token)
    return Evaluation(run.id, split, list(project.dataset.class_names),
                      [str(project.dataset.resolve(item.path)) for item in items], labels,
                      probabilities, metrics, raw, calibration, background)


MAX_BACKGROUND = 2000  # pictures of a background folder checked (evenly picked)


def background_scores(dataset, cache_root: str | Path, model, temperature: float,
                      on_event: EventCallback = ignore_event,
                      token: CancelToken | None = None) -> np.ndarray | None:
    """The scores of the dataset's background pictures (``None`` without a usable
    folder); unreadable files are skipped, as the scan would."""
    from .confidence import unknown_score
    from .data.decode import has_image_extension
    from .training.runner import open_cache

    folder = Path(dataset.background_folder) if dataset.background_folder else None
    if folder is None or not folder.is_dir():
        return None
    try:
        files = sorted(p for p in folder.rglob("*") if p.is_file() and has_image_extension(p))
    except OSError:
        return None
    if len(files) > MAX_BACKGROUND:
        files = [files[i] for i in np.linspace(0, len(files) - 1, MAX_BACKGROUND).round().astype(int)]
    cache = open_cache(dataset, cache_root)
    cache.fill(files, on_event=on_event, token=token)
    present = [f for f in files if cache.contains(f)]
    if not present:
        return None
    probabilities = predict_probabilities(model, cache.get(present), on_event, token,
                                          temperature=temperature)
    return unknown_score(probabilities)


def calibrate_run(project, cache_root: str | Path, run_id: str | None = None,
                  on_event: EventCallback = ignore_event, token: CancelToken | None = None):
    """Fit a run's calibration afresh on the validation split (for runs trained before
    calibration existed); returns it without changing the run (the caller stores it)."""
    from . import problems as P
    from .calibration import fit_calibration, predict_logits
    from .checkpoints import chosen_run, load_run_model
    from .export.preprocessing import run_image_settings
    from .problems import LeptonError
    from .training.runner import load_split_arrays

    if project.dataset is None:
        raise LeptonError(P.NO_DATASET)
    run = chosen_run(project, run_id)
    dataset = dataclasses.replace(project.dataset, image=run_image_settings(project, run))
    images, labels = load_split_arrays(dataset, cache_root, ("val",), on_event, token)["val"]
    if len(labels) == 0:
        raise LeptonError(P.CALIBRATION_NO_VALIDATION)
    model = load_run_model(project, run)
    if token is not None:
        token.check()
    return fit_calibration(predict_logits(model, images), labels)
