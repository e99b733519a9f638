"""ONNX export: opset 18, a dynamic batch, input ``image``, output ``probabilities``.

The dynamo exporter (``torch.onnx.export(..., dynamo=True)`` with ``dynamic_shapes``) is
tried first; should it fail on some graph, the older TorchScript-based exporter
(``dynamo=False``, opset 17, ``dynamic_axes``) is the fallback, and the result says
which one made the file. Labels and preprocessing are also stored in the ONNX file's
``metadata_props`` so a bare ``.onnx`` still says what it expects.
"""

from __future__ import annotations

import contextlib
import json
import logging
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

OPSET = 18
FALLBACK_OPSET = 17
INPUT_NAME = "image"
OUTPUT_NAME = "probabilities"
DYNAMO = "dynamo"
TORCHSCRIPT_EXPORTER = "torchscript"


@dataclass
class OnnxExport:
    path: Path
    exporter: str  # "dynamo" or "torchscript" (the fallback)
    opset: int
    warnings: list[str] = field(default_factory=list)


@contextlib.contextmanager
def _quiet_torch_onnx():
    """The exporters log and warn a lot (missing torchvision ops, deprecations); keep
    that out of the user's terminal but in our log at debug level."""
    loggers = [logging.getLogger(name) for name in ("torch.onnx", "torch.export", "torch._dynamo",
                                                     "torch.fx", "onnxscript")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield caught
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def input_doc(channels: int, size: int) -> str:
    order = "RGB" if channels == 3 else "grey"
    return (f"float32 tensor N x {channels} x {size} x {size} ({order}, channels first), "
            f"pixel values divided by 255 so they lie in [0, 1]; no mean/std normalisation "
            f"outside the model. See preprocessing.json.")


def export_onnx(network, path: Path, channels: int, size: int, labels: list[str],
                spec: dict[str, Any], force_fallback: bool = False,
                temperature: float = 1.0) -> OnnxExport:
    """Write ``network`` (logits) as an ONNX file of probabilities to ``path``, the
    logits divided by the run's ``temperature`` inside the graph."""
    import torch

    from ._torch_models import example_input, probability_model

    model = probability_model(network, temperature)
    x = example_input(channels, size)
    messages: list[str] = []
    exporter, opset = DYNAMO, OPSET
    with _quiet_torch_onnx() as caught:
        try:
            if force_fallback:
                raise RuntimeError("dynamo exporter skipped on request")
            torch.onnx.export(model, (x,), str(path), input_names=[INPUT_NAME],
                              output_names=[OUTPUT_NAME], opset_version=OPSET,
                              dynamic_shapes={"image": {0: torch.export.Dim("batch")}},
                              dynamo=True, external_data=False, verbose=False,
                              optimize=True)
        except Exception as exc:  # any exporter failure: try the older exporter
            log.warning("dynamo ONNX export failed, using dynamo=False: %s", exc, exc_info=True)
            messages.append(f"dynamo exporter failed ({type(exc).__name__}); used dynamo=False")
            exporter, opset = TORCHSCRIPT_EXPORTER, FALLBACK_OPSET
            Path(path).unlink(missing_ok=True)
            torch.onnx.export(model, (x,), str(path), input_names=[INPUT_NAME],
                              output_names=[OUTPUT_NAME], opset_version=FALLBACK_OPSET,
                              dynamic_axes={INPUT_NAME: {0: "batch"}, OUTPUT_NAME: {0: "batch"}},
                              dynamo=False)
    for warning in caught:
        log.debug("ONNX export warning: %s", warning.message)
    _annotate(Path(path), channels, size, labels, spec)
    return OnnxExport(Path(path), exporter, opset, messages)


def _annotate(path: Path, channels: int, size: int, labels: list[str], spec: dict[str, Any]) -> None:
    """Document the input and output inside the file, for tools like Netron."""
    import onnx

    from ... import __version__

    model = onnx.load(str(path))
    model.producer_name = "Lepton Studio"
    model.producer_version = __version__
    model.doc_string = ("Image classifier made with Lepton Studio. Input 'image': "
                        + input_doc(channels, size) + " Output 'probabilities': N x "
                        f"{len(labels)} softmax probabilities in the order of labels.txt.")
    model.graph.input[0].doc_string = input_doc(channels, size)
    model.graph.output[0].doc_string = f"N x {len(labels)} class probabilities (softmax)"
    kept = [(e.key, e.value) for e in model.metadata_props if not e.key.startswith("lepton.")]
    del model.metadata_props[:]
    for key, value in kept:
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    confidence = spec.get("confidence") or {}
    for key, value in (("lepton.labels", json.dumps(labels, ensure_ascii=False)),
                       ("lepton.preprocessing", json.dumps(spec, ensure_ascii=False)),
                       ("lepton.temperature", json.dumps(confidence.get("temperature", 1.0))),
                       ("lepton.unknown_threshold", json.dumps(confidence.get("threshold")))):
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
