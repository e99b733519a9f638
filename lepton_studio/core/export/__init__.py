"""Export a trained run (ONNX, TorchScript, Lepton bundle, …) and predict with any of them.

The formats are declared once in ``formats.py``. Qt-free; torch is imported only inside
the functions that need it. See docs/export.md.
"""

from . import formats
from .bundle import project_from_bundle
from .exporter import export_run, is_earlier_export
from .opening import load_predictor
from .predictor import Prediction, Predictor, collect_images, project_predictor
from .preprocessing import preprocessing_spec
from .verify import ExportReport, ParityCheck, QuantizationCheck

__all__ = [
    "ExportReport",
    "ParityCheck",
    "Prediction",
    "Predictor",
    "QuantizationCheck",
    "collect_images",
    "export_run",
    "formats",
    "is_earlier_export",
    "load_predictor",
    "preprocessing_spec",
    "project_from_bundle",
    "project_predictor",
]
