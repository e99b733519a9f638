"""int8 quantisation of an exported ONNX model with onnxruntime's tools.

Static quantisation (``quant_pre_process``, then ``quantize_static``: QDQ format,
per-channel int8 weights, uint8 activations — "U8S8" —, MinMax calibration on a sample
of the user's training pictures prepared as the app prepares them) quantises convolutions
properly and keeps accuracy close to the float model. U8S8, not S8S8: with onnxruntime
1.32's CPU provider, S8S8 left 6 of the 9 convolutions of tiny-resnet unfused (float
Conv between DequantizeLinear and QuantizeLinear: slower than the float model), where
U8S8 fused all 9 into QLinearConv and ran 2.2× faster; on the other templates both run
alike (docs/benchmarks.md, ``benchmarks/int8.py``). ``activations="int8"`` keeps S8S8
for measuring. Dynamic quantisation (weights only)
is kept only where static cannot apply — no training pictures on this computer, or
onnxruntime's static tools failed on this graph — and ``Quantization.fallback`` says why.
``torch.ao.quantization`` is deprecated and not used.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

STATIC = "static"
DYNAMIC = "dynamic"
CALIBRATION_BATCH = 16
NO_TRAINING_PICTURES = "no_training_pictures"  # reasons for falling back to dynamic
STATIC_FAILED = "static_failed"


@dataclass
class Quantization:
    method: str  # "static" or "dynamic"
    path: Path
    float_bytes: int
    int8_bytes: int
    calibration_images: int
    fallback: str | None = None  # why dynamic was used: NO_TRAINING_PICTURES / STATIC_FAILED


@contextlib.contextmanager
def _quiet():
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # onnxruntime.quantization logs through the root logger
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        root.setLevel(level)


def quantize_onnx(float_path: Path, int8_path: Path, calibration: np.ndarray | None,
                  work_dir: Path, method: str | None = None,
                  activations: str = "uint8") -> Quantization:
    """Write an int8 version of ``float_path``. ``calibration``: float32 N×C×H×W in [0, 1]
    (training pictures only: never the test split). ``method=DYNAMIC`` forces dynamic."""
    forced = method == DYNAMIC  # asked for (the benchmark compares both)
    method = STATIC if not forced and calibration is not None and len(calibration) else DYNAMIC
    fallback = None if method == STATIC or forced else NO_TRAINING_PICTURES
    if method == STATIC:
        try:
            _static(float_path, int8_path, calibration, work_dir, activations)
        except Exception as exc:  # onnxruntime's tools raise many types
            log.warning("static quantisation failed, using dynamic: %s", exc, exc_info=True)
            method, fallback = DYNAMIC, STATIC_FAILED
    if method == DYNAMIC:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        with _quiet():
            quantize_dynamic(str(float_path), str(int8_path), weight_type=QuantType.QInt8)
    return Quantization(method, int8_path, float_path.stat().st_size, int8_path.stat().st_size,
                        len(calibration) if method == STATIC else 0, fallback)


def _static(float_path: Path, int8_path: Path, calibration: np.ndarray, work_dir: Path,
            activations: str = "uint8") -> None:
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )
    from onnxruntime.quantization.shape_inference import quant_pre_process

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self._batches = iter([{"image": np.ascontiguousarray(calibration[i:i + CALIBRATION_BATCH])}
                                  for i in range(0, len(calibration), CALIBRATION_BATCH)])

        def get_next(self):
            return next(self._batches, None)

    prepared = work_dir / "quant-prepared.onnx"
    with _quiet():
        try:
            quant_pre_process(str(float_path), str(prepared))
            source = prepared
        except Exception as exc:
            log.info("quantisation pre-processing skipped: %s", exc)
            source = float_path
        quantize_static(str(source), str(int8_path), Reader(), quant_format=QuantFormat.QDQ,
                        activation_type=QuantType.QInt8 if activations == "int8" else QuantType.QUInt8,
                        weight_type=QuantType.QInt8,
                        per_channel=True, calibrate_method=CalibrationMethod.MinMax)
    prepared.unlink(missing_ok=True)
