"""Confidence that means what it says: temperature scaling and the "not sure" threshold.

After training, the run's logits on the validation split are divided by one number, the
temperature T, chosen to minimise the negative log-likelihood (LBFGS on log T, so T stays
positive). T keeps every arg-max, so accuracy and top-1 parity never change; it only
makes the probabilities honest. The threshold on the score (``confidence.unknown_score``)
is then chosen so that ``target_kept`` (95 %) of the validation pictures keep their
answer. Both are stored with the run (``RunRecord.calibration``); a run without them
(older projects) has T = 1 and no threshold.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from .confidence import SCORE_MAX_PROBABILITY, unknown_score

TARGET_KEPT = 0.95
ECE_BINS = 15
RELIABILITY_BINS = 10
MIN_TEMPERATURE, MAX_TEMPERATURE = 0.05, 20.0
PRIOR_PICTURES = 1.0  # the pull of log T towards 0, worth about one picture (see fit_temperature)
MAX_STORED_SCORES = 5000  # validation scores kept for the live slider (evenly thinned)


@dataclass
class Calibration:
    """What a run's probabilities and "not sure" answers are made of."""

    temperature: float = 1.0
    threshold: float | None = None  # the one in use (the user may move it)
    suggested_threshold: float | None = None  # the one chosen for ``target_kept``
    target_kept: float = TARGET_KEPT
    score: str = SCORE_MAX_PROBABILITY
    images: int = 0  # validation pictures it was fitted on
    nll_before: float | None = None
    nll_after: float | None = None
    ece_before: float | None = None
    ece_after: float | None = None
    val_scores: list[float] = field(default_factory=list)  # sorted, for the slider

    @property
    def fitted(self) -> bool:
        """Calibrated at all (a reopened bundle has a temperature and threshold, but not
        the validation pictures they came from)."""
        return self.images > 0 or self.threshold is not None or self.temperature != 1.0

    def set_aside(self, threshold: float | None) -> int:
        """How many of the validation pictures ``threshold`` would set aside."""
        if threshold is None or not self.val_scores:
            return 0
        below = int(np.searchsorted(np.asarray(self.val_scores, np.float32), np.float32(threshold),
                                    side="left"))
        if self.images > len(self.val_scores):  # thinned: scale back to every picture
            return round(below * self.images / len(self.val_scores))
        return below

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> Calibration:
        """Read a stored calibration; ValueError when it is impossible."""
        if not isinstance(data, dict):
            raise ValueError("calibration should be an object")
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        calibration = cls(**known)
        t = calibration.temperature
        if isinstance(t, bool) or not isinstance(t, (int, float)) or not math.isfinite(t) or t <= 0:
            raise ValueError("calibration.temperature must be a positive number")
        for name in ("threshold", "suggested_threshold"):
            value = getattr(calibration, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                      or not 0.0 <= value <= 1.0):
                raise ValueError(f"calibration.{name} must be between 0 and 1")
        if calibration.score != SCORE_MAX_PROBABILITY:
            raise ValueError(f"calibration.score {calibration.score!r} is not known")
        for name in ("nll_before", "nll_after", "ece_before", "ece_after", "target_kept"):
            value = getattr(calibration, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                      or not math.isfinite(value) or value < 0):
                raise ValueError(f"calibration.{name} must be a non-negative number")
        if not isinstance(calibration.images, int) or calibration.images < 0:
            raise ValueError("calibration.images must be a count")
        scores = calibration.val_scores
        if not isinstance(scores, list) or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in scores):
            raise ValueError("calibration.val_scores must be a list of numbers")
        calibration.temperature = float(t)
        return calibration


def run_calibration(run) -> Calibration:
    """The run's calibration, or the neutral one (T = 1, no threshold) for older runs."""
    stored = getattr(run, "calibration", None)
    return Calibration.from_dict(stored) if stored else Calibration()


# --- measuring ---------------------------------------------------------------------------------

def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = np.asarray(logits, dtype=np.float64) / float(temperature)
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)


def negative_log_likelihood(probabilities: np.ndarray, labels: np.ndarray) -> float:
    if len(labels) == 0:
        return 0.0
    picked = np.asarray(probabilities, np.float64)[np.arange(len(labels)), np.asarray(labels)]
    return float(-np.log(np.clip(picked, 1e-12, 1.0)).mean())


@dataclass(frozen=True)
class ReliabilityBin:
    low: float
    high: float
    count: int
    confidence: float  # mean top probability of the pictures in the bin
    accuracy: float  # share of them answered right


def reliability(probabilities: np.ndarray, labels: np.ndarray,
                bins: int = RELIABILITY_BINS) -> list[ReliabilityBin]:
    """Pictures grouped by their top probability: how sure vs how often right."""
    probabilities = np.asarray(probabilities)
    labels = np.asarray(labels)
    if len(labels) == 0:
        return [ReliabilityBin(i / bins, (i + 1) / bins, 0, 0.0, 0.0) for i in range(bins)]
    confidence = probabilities.max(axis=1).astype(np.float64)
    correct = (probabilities.argmax(axis=1) == labels).astype(np.float64)
    index = np.minimum((confidence * bins).astype(int), bins - 1)
    out = []
    for i in range(bins):
        chosen = index == i
        count = int(chosen.sum())
        out.append(ReliabilityBin(i / bins, (i + 1) / bins, count,
                                  float(confidence[chosen].mean()) if count else 0.0,
                                  float(correct[chosen].mean()) if count else 0.0))
    return out


def expected_calibration_error(probabilities: np.ndarray, labels: np.ndarray,
                               bins: int = ECE_BINS) -> float:
    """The pictures' weighted mean gap between confidence and accuracy, per bin."""
    total = len(labels)
    if total == 0:
        return 0.0
    return float(sum(b.count / total * abs(b.confidence - b.accuracy)
                     for b in reliability(probabilities, labels, bins)))


# --- fitting -----------------------------------------------------------------------------------

def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature minimising the NLL of ``softmax(logits / T)`` (LBFGS on log T).

    A weak pull towards T = 1 (``PRIOR_PICTURES · (log T)² / N``) keeps a small validation
    split the model gets entirely right from driving T towards 0 (every answer 100 %):
    there the NLL keeps falling as T shrinks, though nothing was learned about confidence.
    Measured on generated logits: it moves T by about 5 % on 100 pictures, 2 % on 300,
    under 1 % on 1000; 12 pictures all answered right get T ≈ 0.9 instead of ≈ 0.26."""
    import torch

    if len(labels) == 0:
        return 1.0
    z = torch.as_tensor(np.asarray(logits, np.float64))
    y = torch.as_tensor(np.asarray(labels, np.int64))
    log_t = torch.zeros((), dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS([log_t], lr=0.5, max_iter=100, line_search_fn="strong_wolfe")

    def closure():
        optimizer.zero_grad()
        loss = (torch.nn.functional.cross_entropy(z / log_t.exp(), y)
                + PRIOR_PICTURES * log_t ** 2 / len(y))
        loss.backward()
        return loss

    optimizer.step(closure)
    temperature = float(log_t.detach().exp())
    if not math.isfinite(temperature):
        return 1.0
    return min(max(temperature, MIN_TEMPERATURE), MAX_TEMPERATURE)


def threshold_for_kept(scores: np.ndarray, kept: float = TARGET_KEPT) -> float | None:
    """The largest threshold that keeps at least ``kept`` of the pictures (score >= it)."""
    scores = np.sort(np.asarray(scores, np.float32))
    if len(scores) == 0:
        return None
    allowed = int(math.floor(len(scores) * (1.0 - kept) + 1e-9))  # pictures we may set aside
    return float(scores[min(allowed, len(scores) - 1)])


def balanced_threshold(known_scores, background_scores) -> float | None:
    """The threshold that best tells known pictures from background ones: the most known
    kept plus background set aside (Youden's J), among the scores themselves."""
    known = np.sort(np.asarray(known_scores, np.float32))
    background = np.sort(np.asarray(background_scores, np.float32))
    if len(known) == 0 or len(background) == 0:
        return None
    candidates = np.unique(np.concatenate([known, background]))
    kept = 1.0 - np.searchsorted(known, candidates, side="left") / len(known)
    caught = np.searchsorted(background, candidates, side="left") / len(background)
    return float(candidates[int(np.argmax(kept + caught))])


def thinned(sorted_scores: np.ndarray, limit: int | None = None) -> list[float]:
    """At most ``limit`` (``MAX_STORED_SCORES``) scores, evenly spread, for the project file."""
    limit = MAX_STORED_SCORES if limit is None else limit
    if len(sorted_scores) > limit:
        picks = np.linspace(0, len(sorted_scores) - 1, limit).round().astype(int)
        sorted_scores = sorted_scores[picks]
    return [float(v) for v in sorted_scores]


def fit_calibration(logits: np.ndarray, labels: np.ndarray,
                    target_kept: float = TARGET_KEPT) -> Calibration:
    """Temperature, suggested threshold and before/after figures from validation logits."""
    logits, labels = np.asarray(logits, np.float32), np.asarray(labels, np.int64)
    if len(labels) == 0:
        return Calibration(target_kept=target_kept)
    temperature = fit_temperature(logits, labels)
    before, after = softmax(logits), softmax(logits, temperature)
    scores = np.sort(unknown_score(after))
    threshold = threshold_for_kept(scores, target_kept)
    return Calibration(
        temperature=temperature, threshold=threshold, suggested_threshold=threshold,
        target_kept=target_kept, images=len(labels),
        nll_before=negative_log_likelihood(before, labels),
        nll_after=negative_log_likelihood(after, labels),
        ece_before=expected_calibration_error(before, labels),
        ece_after=expected_calibration_error(after, labels),
        val_scores=thinned(scores))


def predict_logits(model, inputs: np.ndarray, device: str = "cpu", batch: int = 256) -> np.ndarray:
    """Raw logits (N×K) of ``model`` for uint8 images or float features, in batches."""
    import torch

    from .training.trainer import batch_slices, float_batch, uint8_images_tensor

    model = model.to(device).eval()
    tensor = uint8_images_tensor(inputs)
    parts = []
    with torch.inference_mode():
        for part in batch_slices(len(tensor), batch):
            parts.append(model(float_batch(tensor[part], device)).float().cpu().numpy())
    return np.concatenate(parts) if parts else np.zeros((0, 0), np.float32)
