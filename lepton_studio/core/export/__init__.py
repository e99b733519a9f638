"""Export a trained run (ONNX, TorchScript, Lepton bundle) and predict with any of them.

Qt-free; torch is imported only inside the functions that need it. See docs/export.md.
"""

from .bundle import project_from_bundle
from .exporter import FORMATS, export_run
from .predictor import Prediction, Predictor, collect_images, load_predictor, project_predictor
from .preprocessing import preprocessing_spec
from .verify import ExportReport, ParityCheck, QuantizationCheck

__all__ = [
    "FORMATS",
    "ExportReport",
    "ParityCheck",
    "Prediction",
    "Predictor",
    "QuantizationCheck",
    "collect_images",
    "export_run",
    "load_predictor",
    "preprocessing_spec",
    "project_from_bundle",
    "project_predictor",
]
