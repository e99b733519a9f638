"""Side-by-side figures of a run's export candidates, measured on this computer.

Each candidate (today the float ONNX model and its int8 version; later pruned and
distilled runs) gets its file size, parameters, multiply-adds (MACs), CPU latency per
picture and test accuracy, so a user picks with the figures in front of them. The
candidates are made by the real export (``export_run`` with int8, into a temporary
folder), so the figures are those of what exporting would write, parity check included.

Latency is onnxruntime on the CPU, batch 1, the median of ``runs`` timed runs after a
few warm-up runs, with ``threads`` intra-op threads (1 by default: comparable between
candidates and fair to a shared or small machine). Qt-free: the command line and the
Export step's worker both call ``compare_run``.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP
from ..project import Project
from ..tasks import CancelToken, EventCallback, Progress, ignore_event

CONTEXT = "Compare"  # translation context of the candidate names
TASK = "compare"
RUNS = 50
WARMUP = 5
THREADS = 1

FLOAT, INT8 = "float", "int8"
NAMES = {FLOAT: QT_TRANSLATE_NOOP("Compare", "Original (float)"),
         INT8: QT_TRANSLATE_NOOP("Compare", "int8")}


@dataclass
class Candidate:
    """One model the user could export, with its measured figures."""

    id: str  # FLOAT / INT8 (later: pruned, distilled, combinations)
    name: str  # English; translate with CONTEXT
    file: str  # the model file in the export folder
    bytes: int
    parameters: int
    macs: int  # multiply-adds per picture
    latency_ms: float  # median per picture, batch 1
    accuracy: float | None  # on ``Comparison.split``; None without labelled pictures
    method: str | None = None  # int8: "static" or "dynamic"
    fallback: str | None = None  # int8: why dynamic ("no_training_pictures", "static_failed")


@dataclass
class Comparison:
    run_id: str
    split: str | None  # where accuracy was measured ("test", else "val"), or None
    images: int
    runs: int
    threads: int
    candidates: list[Candidate] = field(default_factory=list)
    default: str = FLOAT  # the candidate the export makes the default

    def to_dict(self) -> dict[str, Any]:
        return {"run": self.run_id, "split": self.split, "images": self.images, "runs": self.runs,
                "threads": self.threads, "default": self.default,
                "candidates": [asdict(c) for c in self.candidates]}


def compare_run(project: Project, run_id: str | None = None,
                cache_root: str | os.PathLike[str] | None = None, runs: int = RUNS,
                threads: int = THREADS, on_event: EventCallback = ignore_event,
                token: CancelToken | None = None) -> Comparison:
    """Measure the candidates of ``run_id`` (default: the selected run).

    Emits the export's ``Progress("export", ...)`` events, then
    ``Progress("compare", i, n, candidate id)`` while timing; raises ``Cancelled`` when
    ``token`` is cancelled and ``LeptonError`` on what the export refuses.
    """
    from ..graph import Graph
    from ..shapes import analyse
    from .exporter import INT8_FILE, export_run
    from .formats import ONNX_FILE

    token = token or CancelToken()
    with tempfile.TemporaryDirectory(prefix="lepton-compare-") as work:
        folder = Path(work) / "export"
        report = export_run(project, run_id, "onnx", folder, quantize=True, on_event=on_event,
                            token=token, cache_root=cache_root)
        q = report.quantization
        run = next(r for r in project.runs if r.id == report.run_id)
        analysis = analyse(Graph.from_dict(run.graph), batch_size=1, memory_bytes=None)
        files = [(FLOAT, ONNX_FILE, q.float_accuracy, None, None),
                 (INT8, INT8_FILE, q.int8_accuracy, q.method, q.fallback)]
        candidates = []
        for done, (cid, name, accuracy, method, fallback) in enumerate(files):
            on_event(Progress(TASK, done, len(files), cid))
            path = folder / name
            latency = median_latency_ms(path, runs=runs, threads=threads, token=token)
            candidates.append(Candidate(cid, NAMES[cid], name, path.stat().st_size,
                                        analysis.total_params, analysis.total_macs, latency,
                                        accuracy, method, fallback))
        on_event(Progress(TASK, len(files), len(files), "done"))
    return Comparison(report.run_id, q.split, q.images, runs, threads, candidates,
                      INT8 if q.default == "int8" else FLOAT)


def median_latency_ms(path: Path, runs: int = RUNS, threads: int = THREADS,
                      warmup: int = WARMUP, token: CancelToken | None = None) -> float:
    """Median wall time (ms) of one batch-1 onnxruntime CPU run of the model at ``path``,
    on a fixed seeded picture of the model's input shape."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    options.intra_op_num_threads = max(1, int(threads))
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    spec = session.get_inputs()[0]
    shape = [1 if not isinstance(d, int) or d <= 0 else d for d in spec.shape]
    shape[0] = 1
    feed = {spec.name: np.random.default_rng(0).random(shape, dtype=np.float32)}
    for _ in range(max(0, warmup)):
        session.run(None, feed)
    times = []
    for _ in range(max(1, runs)):
        if token is not None:
            token.check()
        start = time.perf_counter()
        session.run(None, feed)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000.0


__all__ = ["Candidate", "Comparison", "compare_run", "median_latency_ms"]
