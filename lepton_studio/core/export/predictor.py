"""Predictors: the app's network, a bundle's or an ONNX file, behind one interface.

``opening.load_predictor(path)`` opens a project, a bundle folder or an ONNX export folder
with these classes; none of them needs the training images. Every predictor decodes files with ``core/data/decode.py`` (the code the image cache
and each export's ``predict.py`` run), so a picture gets the same pixels everywhere:

* a ``.lepton`` project: the run's network in PyTorch, through the evaluation code
  (``evaluation.predict_probabilities``) — this is "the app's own prediction";
* a bundle folder: the same network rebuilt from ``graph.json`` + safetensors;
* an ONNX export folder: onnxruntime on ``model.onnx`` (or its int8 version).

Export folders are checked against their ``manifest.json`` first (sizes and hashes).
This module knows no export format: the registry (``formats.py``) says which reader
opens which folder.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .. import problems as P
from ..data import decode
from ..problems import LeptonError, Problem
from ..project import ImageSettings
from ..safe_files import read_capped
from ..tasks import CancelToken, EventCallback, Progress, ignore_event
from .manifest import LABELS_FILE, PREPROCESSING_FILE, Manifest, read_manifest
from .preprocessing import image_settings_from_spec

log = logging.getLogger(__name__)

PREDICT_BATCH = 64
MAX_LABELS_BYTES = 16 * 2**20


@dataclass(frozen=True)
class Prediction:
    """One picture's result: the ``top`` classes with their probabilities, best first,
    and every class's probability (in label order). ``problem`` is set, and the rest
    empty, when the file could not be decoded."""

    path: str | None
    top: list[tuple[str, float]]
    probabilities: list[float]
    problem: Problem | None = None
    score: float | None = None  # confidence.unknown_score of the calibrated probabilities
    unsure: bool = False  # below the run's threshold: "not sure — none of the classes?"

    @property
    def label(self) -> str | None:
        """The answer: the best class, or None when the model is not sure."""
        return None if self.unsure else self.best_guess

    @property
    def best_guess(self) -> str | None:
        return self.top[0][0] if self.top else None

    @property
    def probability(self) -> float | None:
        return self.top[0][1] if self.top else None

    def to_dict(self) -> dict[str, Any]:
        if self.problem is not None:
            return {"path": self.path, "error": self.problem.to_dict()}
        return {"path": self.path, "label": self.label, "probability": self.probability,
                "unsure": self.unsure, "score": self.score, "best_guess": self.best_guess,
                "top": [{"label": name, "probability": p} for name, p in self.top],
                "probabilities": list(self.probabilities)}


class Predictor:
    """Base class: subclasses give ``_probabilities(uint8 NHWC) -> float (N, K)``, already
    calibrated (the temperature is applied to the logits, in our network call or inside
    the exported model). ``threshold`` sets "not sure" answers apart (None: never)."""

    kind = "base"

    def __init__(self, source: Path, labels: Sequence[str], image: ImageSettings,
                 threshold: float | None = None) -> None:
        self.source = Path(source)
        self.labels = list(labels)
        self.image = image
        self.threshold = threshold

    @property
    def channels(self) -> int:
        return 3 if self.image.color == "rgb" else 1

    def describe(self) -> dict[str, Any]:
        return {"kind": self.kind, "source": str(self.source), "labels": self.labels,
                "image": self.image.to_dict(), "threshold": self.threshold}

    def _probabilities(self, images: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    # --- public -----------------------------------------------------------------------------

    def preprocess_file(self, path: str | os.PathLike[str]) -> np.ndarray:
        """``(size, size, C)`` uint8, exactly as training saw it. Raises DecodeError."""
        return decode.preprocess_file(path, self.image.size, self.image.color, self.image.resize)

    def prepare_array(self, image: np.ndarray) -> np.ndarray:
        """Any uint8 picture (H×W, H×W×1/3/4) -> the model's ``(size, size, C)`` pixels.

        Pixels already at the model's size and channels are used as they are; others go
        through the same Pillow conversion and resize as files."""
        arr = np.asarray(image)
        if arr.dtype == np.uint8 and arr.shape == (self.image.size, self.image.size, self.channels):
            return arr
        from PIL import Image

        if arr.dtype != np.uint8:
            raise ValueError(f"expected uint8 pixels, got {arr.dtype}")
        if arr.ndim == 3 and arr.shape[2] == 1:
            arr = arr[:, :, 0]
        pil = Image.fromarray(arr)
        pil = decode._to_color(pil, self.image.color)
        return decode.resize_to_array(pil, self.image.size, self.image.resize)

    def probabilities(self, images: np.ndarray, token: CancelToken | None = None) -> np.ndarray:
        """Probabilities ``(N, K)`` for prepared uint8 ``(N, size, size, C)`` pixels."""
        images = np.asarray(images)
        if images.ndim == 3:
            images = images[None]
        expected = (self.image.size, self.image.size, self.channels)
        if images.dtype != np.uint8 or images.shape[1:] != expected:
            raise ValueError(f"expected uint8 N×{expected}, got {images.dtype} {images.shape}")
        parts = []
        for start in range(0, len(images), PREDICT_BATCH):
            if token is not None:
                token.check()
            parts.append(np.asarray(self._probabilities(images[start:start + PREDICT_BATCH]),
                                    dtype=np.float32))
        if not parts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        return np.concatenate(parts)

    def predict_arrays(self, images: Iterable[np.ndarray] | np.ndarray, top_k: int = 3,
                       paths: Sequence[str | None] | None = None) -> list[Prediction]:
        """Predictions for pictures given as arrays (see ``prepare_array``)."""
        prepared = [self.prepare_array(image) for image in images]
        if not prepared:
            return []
        probs = self.probabilities(np.stack(prepared))
        names = list(paths) if paths is not None else [None] * len(prepared)
        return [self._prediction(name, row, top_k) for name, row in zip(names, probs, strict=True)]

    def predict_files(self, paths: Iterable[str | os.PathLike[str]], top_k: int = 3,
                      on_event: EventCallback = ignore_event,
                      token: CancelToken | None = None) -> list[Prediction]:
        """Decode and classify each file; an undecodable file gets a ``problem``."""
        from ..data.sources import SKIP_CODES

        files = [str(p) for p in paths]
        results: list[Prediction | None] = [None] * len(files)
        for start in range(0, len(files), PREDICT_BATCH):
            if token is not None:
                token.check()
            chunk = range(start, min(start + PREDICT_BATCH, len(files)))
            good, pixels = [], []
            for index in chunk:
                try:
                    pixels.append(self.preprocess_file(files[index]))
                    good.append(index)
                except decode.DecodeError as exc:
                    values = {"path": files[index], "name": Path(files[index]).name,
                              "detail": exc.detail}
                    results[index] = Prediction(files[index], [], [], Problem(
                        SKIP_CODES.get(exc.kind, P.DATA_CORRUPT), None, values))
            if pixels:
                probs = self.probabilities(np.stack(pixels))
                for index, row in zip(good, probs, strict=True):
                    results[index] = self._prediction(files[index], row, top_k)
            on_event(Progress("predict", chunk.stop, len(files)))
        return [r for r in results if r is not None]

    def _prediction(self, path: str | None, row: np.ndarray, top_k: int) -> Prediction:
        from ..confidence import is_unsure, unknown_score

        order = np.argsort(-row, kind="stable")[:max(1, top_k)]
        score = unknown_score(row)
        return Prediction(path, [(self.labels[i], float(row[i])) for i in order],
                          [float(v) for v in row], score=float(score),
                          unsure=bool(is_unsure(score, self.threshold)))


class TorchPredictor(Predictor):
    """A Lepton network in PyTorch on the CPU: the app's own prediction."""

    def __init__(self, source: Path, labels: Sequence[str], image: ImageSettings, network,
                 kind: str = "project", run_id: str | None = None, temperature: float = 1.0,
                 threshold: float | None = None) -> None:
        super().__init__(source, labels, image, threshold)
        self.network = network.to("cpu").eval()
        self.kind = kind
        self.run_id = run_id
        self.temperature = float(temperature)

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "run": self.run_id, "temperature": self.temperature}

    def _probabilities(self, images: np.ndarray) -> np.ndarray:
        from ..evaluation import predict_probabilities

        return predict_probabilities(self.network, images, device="cpu",
                                     temperature=self.temperature)


class OnnxPredictor(Predictor):
    """onnxruntime on an exported ONNX file; the input is made by ``decode.to_model_input``."""

    kind = "onnx"

    def __init__(self, source: Path, labels: Sequence[str], image: ImageSettings,
                 model_path: Path, threshold: float | None = None) -> None:
        super().__init__(source, labels, image, threshold)
        self.model_path = Path(model_path)
        self.session = onnx_session(self.model_path)
        self._check_signature()

    def _check_signature(self) -> None:
        inputs, outputs = self.session.get_inputs(), self.session.get_outputs()
        folder = str(self.source)
        if len(inputs) != 1 or inputs[0].name != "image" or not any(o.name == "probabilities"
                                                                    for o in outputs):
            raise LeptonError(P.EXPORT_MISMATCH, path=folder,
                              reason="the model has no 'image' input or 'probabilities' output")
        shape = list(inputs[0].shape)
        expected = [self.channels, self.image.size, self.image.size]
        if len(shape) != 4 or [d for d in shape[1:]] != expected:
            raise LeptonError(P.EXPORT_MISMATCH, path=folder,
                              reason=f"the model takes {shape[1:]} but preprocessing.json "
                                     f"says {expected}")
        out_shape = next(o.shape for o in outputs if o.name == "probabilities")
        classes = out_shape[-1] if out_shape and isinstance(out_shape[-1], int) else None
        if classes is not None and classes != len(self.labels):
            raise LeptonError(P.EXPORT_LABELS_MISMATCH, path=folder, labels=len(self.labels),
                              outputs=classes)

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "model_file": self.model_path.name}

    def _probabilities(self, images: np.ndarray) -> np.ndarray:
        return self.session.run(["probabilities"], {"image": decode.to_model_input(images)})[0]


def onnx_probabilities(path: Path, pixels: np.ndarray) -> np.ndarray:
    """onnxruntime's probabilities for prepared uint8 N×H×W×C pixels (the export check)."""
    session = onnx_session(Path(path))
    parts = [session.run(["probabilities"], {"image": decode.to_model_input(pixels[i:i + PREDICT_BATCH])})[0]
             for i in range(0, len(pixels), PREDICT_BATCH)]
    return np.concatenate(parts) if parts else np.zeros((0, 0), np.float32)


def onnx_session(path: Path):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own exception types
        raise LeptonError(P.EXPORT_MISMATCH, path=str(path.parent),
                          reason=f"onnxruntime cannot load {path.name}: {str(exc)[:160]}") from None


# --- opening ------------------------------------------------------------------------------------

def read_labels(path: Path, folder: Path) -> list[str]:
    try:
        text = read_capped(path, MAX_LABELS_BYTES).decode("utf-8")
    except LeptonError as exc:
        if exc.code == P.FILE_TOO_LARGE:
            raise LeptonError(P.EXPORT_MISMATCH, path=str(folder),
                              reason="labels.txt is too large") from None
        raise
    except UnicodeDecodeError:
        raise LeptonError(P.EXPORT_MISMATCH, path=str(folder),
                          reason="labels.txt is not UTF-8 text") from None
    labels = text.split("\n")
    if labels and labels[-1] == "":
        labels.pop()
    labels = [line.rstrip("\r") for line in labels]
    if len(labels) < 2 or any(not name for name in labels):
        raise LeptonError(P.EXPORT_MISMATCH, path=str(folder),
                          reason="labels.txt needs one non-empty class name per line")
    return labels


def read_export_folder(folder: Path, kinds: tuple[str, ...], known: tuple[str, ...] | None = None
                       ) -> tuple[Manifest, list[str], ImageSettings]:
    """Check ``folder`` against its manifest; its labels and image settings.

    A kind outside ``known`` (the registry's ids; None: any) makes the manifest invalid;
    a known kind outside ``kinds`` is one this caller does not open."""
    manifest, labels, image, _ = read_export_folder_with_confidence(folder, kinds, known)
    return manifest, labels, image


def read_export_folder_with_confidence(
        folder: Path, kinds: tuple[str, ...], known: tuple[str, ...] | None = None
) -> tuple[Manifest, list[str], ImageSettings, tuple[float, float | None]]:
    """``read_export_folder`` plus the export's ``(temperature, threshold)`` from its
    preprocessing.json (an export made before calibration existed: ``(1.0, None)``)."""
    import json

    from ..confidence import read_confidence_section

    manifest = read_manifest(folder, required=(LABELS_FILE, PREPROCESSING_FILE), kinds=known)
    if manifest.kind not in kinds:
        raise LeptonError(P.MODEL_PATH_UNSUPPORTED, path=str(folder),
                          reason=f"a {manifest.kind} export, which Lepton Studio does not load")
    labels = read_labels(manifest.path_of(LABELS_FILE), folder)
    try:
        spec = json.loads(read_capped(manifest.path_of(PREPROCESSING_FILE), MAX_LABELS_BYTES))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise LeptonError(P.EXPORT_MISMATCH, path=str(folder),
                          reason="preprocessing.json is not valid JSON") from None
    image = image_settings_from_spec(spec, str(folder))
    try:
        confidence = read_confidence_section(spec)
    except ValueError as exc:
        raise LeptonError(P.EXPORT_MISMATCH, path=str(folder),
                          reason=f"preprocessing.json: {exc}") from None
    declared = manifest.document.get("num_classes")
    if isinstance(declared, int) and declared != len(labels):
        raise LeptonError(P.EXPORT_LABELS_MISMATCH, path=str(folder), labels=len(labels),
                          outputs=declared)
    return manifest, labels, image, confidence


def resolve_run_id(project, text: str | None) -> str | None:
    """Accept ``3`` for ``run-3`` (what ``lepton-studio info`` numbers), else the id as is."""
    if text and text.isdigit() and project.run(text) is None and project.run(f"run-{text}"):
        return f"run-{text}"
    return text


def project_predictor(project, run_id: str | None = None, source: str | Path = "") -> TorchPredictor:
    """The app's predictor for an open project (no file involved)."""
    from ..calibration import run_calibration
    from ..checkpoints import chosen_run, load_run_model
    from .preprocessing import run_image_settings

    run = chosen_run(project, run_id)
    image = run_image_settings(project, run)
    calibration = run_calibration(run)
    return TorchPredictor(Path(source), project.dataset.class_names, image,
                          load_run_model(project, run), "project", run.id,
                          calibration.temperature, calibration.threshold)


def collect_images(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given (any extension: the decoder judges them), and the pictures inside
    folders (by extension, recursively, sorted)."""
    found: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and decode.has_image_extension(p)))
        else:
            found.append(path)
    return found
