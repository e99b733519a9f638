"""Checking an export against the app, and the figures an export reports.

Right after writing, each export is run on the validation pictures (the same uint8
pixels the image cache holds) next to the PyTorch model the app uses:

* ONNX — onnxruntime on the written file, fed by ``decode.to_model_input``;
* TorchScript — ``torch.jit.load`` of the written file;
* bundle — our own loader (``load_predictor``) on the written folder.

It passes when every picture gets the same top-1 class and the largest probability
difference is below ``TOLERANCE`` (1e-4). A "mismatch" where the app itself sees a
tie (its two best classes closer than ``TIE_MARGIN``) is counted as a tie, not an
error. When the validation pictures are not on this computer, seeded random pictures
are used instead, and the report says so (``source="synthetic"``).

int8 is honest: its accuracy is measured next to the float model's, and the int8 model
becomes the export's default only when it loses at most ``INT8_MAX_LOSS`` (1 point);
otherwise, or when accuracy cannot be measured, the float model stays the default.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np

TOLERANCE = 1e-4
TIE_MARGIN = 1e-6
VALIDATION, SYNTHETIC = "validation", "synthetic"
INT8_MAX_LOSS = 0.01  # accuracy the int8 model may lose and still be the default (1 point)
_EPSILON = 1e-9


@dataclass
class ParityCheck:
    images: int
    source: str  # "validation" or "synthetic"
    max_abs_diff: float
    same_top1: int
    mismatches: int
    ties: int = 0
    tolerance: float = TOLERANCE

    @property
    def passed(self) -> bool:
        return self.mismatches == 0 and self.max_abs_diff < self.tolerance

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "passed": self.passed}


@dataclass
class QuantizationCheck:
    method: str  # "static" or "dynamic"
    float_bytes: int
    int8_bytes: int
    calibration_images: int
    split: str | None  # the split accuracy was measured on ("test", else "val"), or None
    images: int
    float_accuracy: float | None
    int8_accuracy: float | None
    same_top1: int  # pictures where int8 and float agree on the class
    max_abs_diff: float  # largest probability difference int8 vs float
    default: str = "float"  # the model predict.py and the app run by default: "float" / "int8"
    max_loss: float = INT8_MAX_LOSS
    fallback: str | None = None  # why dynamic was used ("no_training_pictures", "static_failed")

    @property
    def size_ratio(self) -> float:
        return self.int8_bytes / self.float_bytes if self.float_bytes else 1.0

    @property
    def accuracy_change(self) -> float | None:
        if self.float_accuracy is None or self.int8_accuracy is None:
            return None
        return self.int8_accuracy - self.float_accuracy

    @property
    def loses_too_much(self) -> bool:
        """int8 measured worse than the float model by more than ``max_loss``."""
        change = self.accuracy_change
        return change is not None and change < -self.max_loss - _EPSILON

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "size_ratio": self.size_ratio,
                "accuracy_change": self.accuracy_change, "loses_too_much": self.loses_too_much}


def choose_default_model(check: QuantizationCheck) -> QuantizationCheck:
    """int8 becomes the default only when its accuracy was measured and is within
    ``max_loss`` of the float model's; never a worse, or an unmeasured, model."""
    measured = check.accuracy_change is not None
    return replace(check, default="int8" if measured and not check.loses_too_much else "float")


@dataclass
class ExportReport:
    """What an export wrote and how well it matches the app."""

    format: str
    out_dir: str
    model_file: str
    run_id: str
    exporter: str  # "dynamo" / "torchscript" (ONNX exporters), "torch.jit.trace", "safetensors"
    opset: int | None
    parity: ParityCheck
    files: list[str] = field(default_factory=list)
    quantization: QuantizationCheck | None = None
    warnings: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    preprocessing: dict[str, Any] = field(default_factory=dict)
    duration_s: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"format": self.format, "out_dir": self.out_dir, "model_file": self.model_file,
                "run_id": self.run_id, "exporter": self.exporter, "opset": self.opset,
                "parity": self.parity.to_dict(), "files": list(self.files),
                "quantization": self.quantization.to_dict() if self.quantization else None,
                "warnings": list(self.warnings), "labels": list(self.labels),
                "preprocessing": dict(self.preprocessing), "duration_s": self.duration_s}


def compare(reference: np.ndarray, candidate: np.ndarray, source: str,
            tolerance: float = TOLERANCE) -> ParityCheck:
    """Top-1 agreement and the largest |Δp| of two N×K probability arrays."""
    reference = np.asarray(reference, dtype=np.float64)
    candidate = np.asarray(candidate, dtype=np.float64)
    if reference.shape != candidate.shape:
        return ParityCheck(len(reference), source, float("inf"), 0, len(reference), 0, tolerance)
    if reference.size == 0:
        return ParityCheck(0, source, 0.0, 0, 0, 0, tolerance)
    diff = float(np.max(np.abs(reference - candidate)))
    ref_top, cand_top = reference.argmax(axis=1), candidate.argmax(axis=1)
    differ = ref_top != cand_top
    rows = np.arange(len(reference))
    # The app itself cannot tell these apart: its best and the export's best are tied.
    tied = differ & (reference[rows, ref_top] - reference[rows, cand_top] <= TIE_MARGIN)
    return ParityCheck(len(reference), source, diff, int((~differ).sum()),
                       int((differ & ~tied).sum()), int(tied.sum()), tolerance)


def worst(checks: list[ParityCheck]) -> ParityCheck:
    """The check that failed, else the one with the largest difference."""
    return max(checks, key=lambda c: (not c.passed, c.max_abs_diff))


def accuracy(probabilities: np.ndarray, labels: np.ndarray) -> float | None:
    if len(labels) == 0:
        return None
    return float((np.asarray(probabilities).argmax(axis=1) == np.asarray(labels)).mean())
