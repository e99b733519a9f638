"""``export_run``: one trained run to an export folder, checked against the app.

The folder is built in a hidden staging folder beside the target and moved into place
only once the export has passed its parity check, so a failed, cancelled or refused
export never leaves a half-written folder behind. An existing target is used only when
it is empty, or holds an earlier Lepton Studio export and ``overwrite`` says to replace it.
What each format writes, needs and how it is checked comes from ``formats.py``.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from .. import problems as P
from ..problems import LeptonError
from ..project import BEST, DatasetSpec, ImageSettings, Project, run_blob_key
from ..tasks import CancelToken, EventCallback, Progress, ignore_event
from . import formats
from . import manifest as M
from .verify import (
    SYNTHETIC,
    VALIDATION,
    ExportReport,
    ParityCheck,
    QuantizationCheck,
    choose_default_model,
    compare,
    worst,
)
from .writing import WriteRequest, Written

log = logging.getLogger(__name__)

INT8_FILE = "model.int8.onnx"
MAX_CHECK_IMAGES = 1000
MAX_ACCURACY_IMAGES = 5000
CALIBRATION_IMAGES = 200
SYNTHETIC_IMAGES = 32
TASK = "export"


def export_run(project: Project, run_id: str | None = None, fmt: str = "onnx",
               out_dir: str | os.PathLike[str] = "export", quantize: bool = False,
               on_event: EventCallback = ignore_event, token: CancelToken | None = None,
               cache_root: str | os.PathLike[str] | None = None,
               max_check_images: int = MAX_CHECK_IMAGES, overwrite: bool = False) -> ExportReport:
    """Export a run (default: the selected one) of ``project`` as ``fmt`` into ``out_dir``.

    ``fmt`` is a registered format's id (``formats.ids()``). An earlier export in
    ``out_dir`` is replaced only with ``overwrite`` (else ``export_folder_exists``).
    With ``quantize`` the int8 model becomes the default model only when its measured
    accuracy is within ``verify.INT8_MAX_LOSS`` of the float model's.

    ``cache_root`` is the image cache the trainer used (default: the user cache); the
    validation pictures for the parity check, the training pictures for int8
    calibration and the test pictures for its accuracy come from there. Emits
    ``Progress("export", step, steps, message)``; raises ``Cancelled`` if ``token`` is
    cancelled, ``LeptonError`` on every expected failure.
    """
    from ..calibration import run_calibration
    from ..checkpoints import chosen_run, load_run_model
    from ..evaluation import predict_probabilities
    from .preprocessing import confident_spec, run_image_settings

    started = time.monotonic()
    token = token or CancelToken()
    kind = formats.get(fmt)
    if quantize and not kind.int8:
        raise LeptonError(P.EXPORT_QUANTIZE_ONNX_ONLY, format=fmt)
    missing = kind.missing()
    if missing:
        raise LeptonError(P.EXPORT_NEEDS_MISSING, format=fmt, modules=", ".join(missing))
    steps = 6 if quantize else 5
    progress = _Stages(on_event, steps)
    run = chosen_run(project, run_id)
    weights_key = run_blob_key(run.id, BEST)
    if weights_key not in project.blobs:
        raise LeptonError(P.NO_TRAINED_MODEL)
    image = run_image_settings(project, run)
    dataset = project.dataset
    labels = [" ".join(str(name).split()) or f"class {i}" for i, name in enumerate(dataset.class_names)]
    network = load_run_model(project, run)
    classes = _graph_classes(run.graph)
    if classes != len(labels):
        raise LeptonError(P.CLASS_COUNT_MISMATCH, model_classes=classes, dataset_classes=len(labels))
    calibration = run_calibration(run)
    temperature = calibration.temperature
    spec = confident_spec(image, temperature, calibration.threshold)
    out_dir = Path(out_dir).expanduser().absolute()
    _check_target(out_dir, overwrite)
    cache_root = Path(cache_root) if cache_root is not None else _default_cache_root()

    progress.stage("images")
    check = _split_pixels(dataset, cache_root, "val", max_check_images, on_event, token)
    source = VALIDATION
    if check is None:
        log.warning("export: validation pictures unavailable; checking on synthetic pictures")
        check, source = (_synthetic(image), np.zeros(0, np.int64)), SYNTHETIC
    check_pixels = check[0]
    reference = predict_probabilities(network, check_pixels, token=token, temperature=temperature)
    token.check()

    staging = _make_staging(out_dir)
    try:
        progress.stage("export")
        model_file = kind.model_file
        request = WriteRequest(staging, network, 3 if image.color == "rgb" else 1, image.size,
                               labels, spec, project.blobs[weights_key], run.graph, temperature)
        written = _write_model(kind, request)
        exporter, opset, warnings_out = written.exporter, written.opset, list(written.warnings)
        _write_text(staging / M.LABELS_FILE, "\n".join(labels) + "\n")
        _write_text(staging / M.PREPROCESSING_FILE, json.dumps(spec, indent=1) + "\n")
        runtime = written.manifest.get("runtime")
        _write_predict_script(staging, kind.script_needs if runtime else None, project.name, run.id)
        run_info = {"id": run.id, "name": run.name, "created": run.created,
                    "best_epoch": run.best_epoch, "best_val_accuracy": run.best_val_accuracy}
        extra: dict[str, Any] = {"project": project.name, "run": run_info,
                                 "num_classes": len(labels), "exporter": exporter, "opset": opset,
                                 "decoder_version": spec["decoder_version"],
                                 "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                 **written.manifest}
        _write_manifest(staging, fmt, model_file, extra)
        token.check()

        progress.stage("verify")
        parity = _check_written(kind, staging, reference, check_pixels, source)
        log.info("export %s parity: %s", fmt, parity.to_dict())
        if not parity.passed:
            raise LeptonError(P.EXPORT_PARITY_FAILED, format=fmt, mismatches=parity.mismatches,
                              images=parity.images, max_diff=f"{parity.max_abs_diff:.2g}")
        token.check()

        quantization = None
        final_model = model_file
        if quantize:
            progress.stage("quantize")
            quantization = _quantize(staging, model_file, dataset, cache_root, check, source,
                                     max_check_images, on_event, token)
            final_model = INT8_FILE if quantization.default == "int8" else model_file
            extra.update(float_model_file=model_file, int8_model_file=INT8_FILE,
                         int8_method=quantization.method,
                         default_model=quantization.default)

        progress.stage("write")
        from .readme import render_readme

        _write_text(staging / M.README_FILE,
                    render_readme(kind.what, kind.script_needs if runtime else None,
                                  project.name, run_info, labels, spec, final_model, parity,
                                  quantization, [(name, note) for name, note in kind.file_notes
                                                 if (staging / name).is_file()]))
        extra["checks"] = {"parity": parity.to_dict(),
                           "quantization": quantization.to_dict() if quantization else None}
        files = _write_manifest(staging, fmt, final_model, extra)
        _publish(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    progress.stage("done")
    return ExportReport(format=fmt, out_dir=str(out_dir), model_file=final_model, run_id=run.id,
                        exporter=exporter, opset=opset, parity=parity,
                        files=sorted([*files, M.MANIFEST]), quantization=quantization,
                        warnings=warnings_out, labels=labels, preprocessing=spec,
                        duration_s=round(time.monotonic() - started, 3))


class _Stages:
    def __init__(self, on_event: EventCallback, total: int) -> None:
        self.on_event, self.total, self.done = on_event, total, 0

    def stage(self, name: str) -> None:
        self.on_event(Progress(TASK, min(self.done, self.total), self.total, name))
        self.done += 1


def _default_cache_root() -> Path:
    from .. import paths

    return paths.cache_dir() / "images"


def _graph_classes(graph: dict[str, Any]) -> int | None:
    from ..graph import Graph
    from .bundle import graph_classes

    return graph_classes(Graph.from_dict(graph))


# --- pictures --------------------------------------------------------------------------------

def _split_pixels(dataset: DatasetSpec, cache_root: Path, split: str, limit: int,
                  on_event: EventCallback, token: CancelToken
                  ) -> tuple[np.ndarray, np.ndarray] | None:
    """Cached uint8 pixels and labels of up to ``limit`` pictures of ``split`` that are on
    this computer (evenly spread over the split), or None when there are none."""
    from ..training.runner import open_cache

    items = dataset.items_in(split)
    if limit and len(items) > limit:
        picks = np.linspace(0, len(items) - 1, limit).round().astype(int)
        items = [items[i] for i in sorted(set(picks.tolist()))]
    if not items:
        return None
    paths = [dataset.resolve(item.path) for item in items]
    try:
        cache = open_cache(dataset, cache_root)
        cache.fill(paths, on_event=on_event, token=token)
        present = [(p, item.label) for p, item in zip(paths, items, strict=True) if cache.contains(p)]
        if not present:
            return None
        pixels = cache.get([p for p, _ in present])
    except LeptonError as exc:
        log.warning("export: %s pictures unavailable: %s", split, exc)
        return None
    return np.ascontiguousarray(pixels), np.array([label for _, label in present], dtype=np.int64)


def _synthetic(image: ImageSettings) -> np.ndarray:
    channels = 3 if image.color == "rgb" else 1
    rng = np.random.default_rng(0)
    return rng.integers(0, 256, (SYNTHETIC_IMAGES, image.size, image.size, channels), dtype=np.uint8)


# --- writing ---------------------------------------------------------------------------------

def is_earlier_export(folder: str | os.PathLike[str]) -> bool:
    """Whether ``folder`` holds an export (which exporting there with ``overwrite`` replaces):
    the GUI asks before, the CLI wants ``--overwrite``."""
    folder = Path(folder).expanduser()
    return folder.is_dir() and _is_previous_export(folder)


def _check_target(out_dir: Path, overwrite: bool) -> None:
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise LeptonError(P.EXPORT_FOLDER_UNWRITABLE, path=str(out_dir),
                          detail="a file with this name exists")
    try:
        empty = not any(out_dir.iterdir())
    except OSError as exc:
        raise _write_error(exc, out_dir) from None
    if empty:
        return
    if not _is_previous_export(out_dir):
        raise LeptonError(P.EXPORT_FOLDER_NOT_EMPTY, path=str(out_dir))
    if not overwrite:
        raise LeptonError(P.EXPORT_FOLDER_EXISTS, path=str(out_dir))


def _is_previous_export(folder: Path) -> bool:
    try:
        doc = json.loads((folder / M.MANIFEST).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(doc, dict) and doc.get("format") == M.MANIFEST_FORMAT


def _write_error(exc: OSError, path: Path) -> LeptonError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return LeptonError(P.DISK_FULL, path=str(path))
    return LeptonError(P.EXPORT_FOLDER_UNWRITABLE, path=str(path),
                       detail=exc.strerror or type(exc).__name__)


def _make_staging(out_dir: Path) -> Path:
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.exporting-", dir=out_dir.parent))
        os.chmod(staging, 0o755)  # mkdtemp makes it private; an export is meant to be shared
        return staging
    except OSError as exc:
        raise _write_error(exc, out_dir) from None


def _write_text(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise _write_error(exc, path.parent) from None


def _write_predict_script(folder: Path, needs: str | None, project_name: str, run_id: str) -> None:
    from .predict_script import render_predict_script

    _write_text(folder / M.PREDICT_FILE, render_predict_script(needs, project_name, run_id))
    try:
        os.chmod(folder / M.PREDICT_FILE, 0o755)
    except OSError:
        pass


def _write_manifest(folder: Path, fmt: str, model_file: str, extra: dict[str, Any]) -> list[str]:
    names = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != M.MANIFEST)
    try:
        doc = M.manifest_document(fmt, model_file, M.file_entries(folder, names), **extra)
    except OSError as exc:
        raise _write_error(exc, folder) from None
    _write_text(folder / M.MANIFEST, json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    return names


def _publish(staging: Path, out_dir: Path) -> None:
    """Move the finished export into place; the manifest goes last, so a folder cut off
    half-way is never taken for a complete export."""
    try:
        if not out_dir.exists():
            os.replace(staging, out_dir)
            return
        old = out_dir / M.MANIFEST
        previous = _previous_files(out_dir)
        old.unlink(missing_ok=True)
        for name in previous:
            (out_dir / name).unlink(missing_ok=True)
        for path in sorted(staging.iterdir(), key=lambda p: p.name == M.MANIFEST):
            os.replace(path, out_dir / path.name)
        staging.rmdir()
    except OSError as exc:
        raise _write_error(exc, out_dir) from None


def _previous_files(folder: Path) -> list[str]:
    try:
        files = json.loads((folder / M.MANIFEST).read_text("utf-8")).get("files", {})
    except (OSError, UnicodeDecodeError, ValueError, AttributeError):
        return []
    return [n for n in files if isinstance(n, str) and n and "/" not in n and "\\" not in n
            and n not in (".", "..")]


# --- the format's writer and check -------------------------------------------------------

def _write_model(kind: formats.ExportFormat, request: WriteRequest) -> Written:
    common = {M.LABELS_FILE, M.PREPROCESSING_FILE, M.PREDICT_FILE, M.README_FILE, M.MANIFEST}
    try:
        written = kind.write(request)
    except LeptonError:
        raise
    except OSError as exc:
        raise _write_error(exc, request.folder) from None
    except Exception as exc:  # an exporter bug must become a message, not a traceback
        log.exception("%s export failed", kind.id)
        raise LeptonError(P.EXPORT_FAILED, format=kind.id, reason=f"{type(exc).__name__}: {exc}"[:200]
                          ) from None
    made = {p.name for p in request.folder.iterdir()}
    stray = made - set(kind.files) - common
    if kind.model_file not in made or stray:  # a format must declare what it writes
        raise LeptonError(P.EXPORT_FAILED, format=kind.id,
                          reason=f"wrote {sorted(made)}, declared {list(kind.files)}")
    return written


def _check_written(kind: formats.ExportFormat, folder: Path, reference: np.ndarray,
                   pixels: np.ndarray, source: str) -> ParityCheck:
    """The written export, run by its own runtime(s), against the app: the worst check of
    its model files (a bundle's weights and its model.onnx both count)."""
    try:
        outputs = kind.outputs(folder, pixels)
    except LeptonError:
        raise
    except Exception as exc:
        log.exception("%s export check failed", kind.id)
        raise LeptonError(P.EXPORT_FAILED, format=kind.id, reason=f"{type(exc).__name__}: {exc}"[:200]
                          ) from None
    checks = {name: compare(reference, probs, source) for name, probs in outputs.items()}
    for name, check in checks.items():
        log.info("export %s check of %s: %s", kind.id, name, check.to_dict())
    return worst(list(checks.values()))


def _quantize(folder: Path, model_file: str, dataset: DatasetSpec, cache_root: Path,
              check: tuple[np.ndarray, np.ndarray], source: str, limit: int,
              on_event: EventCallback, token: CancelToken) -> QuantizationCheck:
    from ..data.decode import to_model_input
    from .predictor import onnx_probabilities
    from .quantize import quantize_onnx
    from .verify import accuracy

    # calibration: training pictures only (never the test split, nor the parity pictures)
    calibration = _split_pixels(dataset, cache_root, "train", CALIBRATION_IMAGES, on_event, token)
    token.check()
    calib = to_model_input(calibration[0]) if calibration is not None else None
    try:
        with tempfile.TemporaryDirectory(prefix="lepton-quantize-") as work:
            result = quantize_onnx(folder / model_file, folder / INT8_FILE, calib, Path(work))
    except Exception as exc:
        log.exception("quantisation failed")
        raise LeptonError(P.EXPORT_FAILED, format="int8 ONNX",
                          reason=f"{type(exc).__name__}: {exc}"[:200]) from None
    token.check()
    split = "test"
    scored = _split_pixels(dataset, cache_root, "test", MAX_ACCURACY_IMAGES, on_event, token)
    if scored is None:
        split, scored = ("val", check) if source == VALIDATION else (None, check)
    pixels, labels = scored
    float_probs = onnx_probabilities(folder / model_file, pixels)
    int8_probs = onnx_probabilities(folder / INT8_FILE, pixels)
    agreement = compare(float_probs, int8_probs, source)
    has_labels = split is not None and len(labels) == len(pixels)
    measured = QuantizationCheck(
        method=result.method, float_bytes=result.float_bytes, int8_bytes=result.int8_bytes,
        calibration_images=result.calibration_images, split=split, images=len(pixels),
        float_accuracy=accuracy(float_probs, labels) if has_labels else None,
        int8_accuracy=accuracy(int8_probs, labels) if has_labels else None,
        same_top1=agreement.same_top1 + agreement.ties, max_abs_diff=agreement.max_abs_diff,
        fallback=result.fallback)
    log.info("export int8: %s quantisation (fallback: %s), %d calibration pictures",
             result.method, result.fallback, result.calibration_images)
    return choose_default_model(measured)


__all__ = ["ExportReport", "ParityCheck", "QuantizationCheck", "export_run", "is_earlier_export"]
