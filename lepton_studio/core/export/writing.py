"""What an export format's writer gets and gives back (see ``formats.py``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ONNXRUNTIME, TORCHSCRIPT = "onnxruntime", "torchscript"  # what predict.py can run


@dataclass(frozen=True)
class WriteRequest:
    """Everything a writer may use; it writes its files into ``folder``."""

    folder: Path
    network: Any  # the run's torch module, eval mode
    channels: int
    size: int
    labels: list[str]
    spec: dict[str, Any]  # preprocessing.json
    weights: bytes  # the run's safetensors bytes, as stored in the project
    graph: dict[str, Any]  # the run's graph
    temperature: float = 1.0  # the run's calibration: every model divides its logits by it


@dataclass
class Written:
    """What a writer made: the exporter used, notes for the report, and manifest keys.

    ``manifest`` may set ``runtime`` (what ``predict.py`` runs: ``ONNXRUNTIME``,
    ``TORCHSCRIPT`` or None when it cannot run the export on its own) and
    ``runtime_model_file`` (the file it runs, when not the model file)."""

    exporter: str
    opset: int | None = None
    warnings: list[str] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)
