"""The Lepton bundle: a folder the app and the CLI reopen without the training data.

``model.safetensors`` holds the run's weights, byte for byte as stored in the project;
``graph.json`` the graph the run trained (the network is rebuilt from it by the same
compiler); ``labels.txt`` and ``preprocessing.json`` what the classes are and how a
picture becomes the input. ``model.onnx`` is the same network for ``predict.py``, so a
bundle also runs on its own with onnxruntime, Pillow and numpy (should the ONNX exporter
fail on a graph, the bundle is still written and its README says how to run it).
Nothing is ever unpickled: weights that are not safetensors are refused before any
parser sees them.

This module uses the predictor classes; nothing in ``predictor.py`` uses it.
"""

from __future__ import annotations

import json
import logging
import re
import struct
from pathlib import Path
from typing import Any

from .. import problems as P
from ..graph import Graph
from ..problems import LeptonError
from ..project import MAX_BLOB_BYTES
from ..safe_files import read_capped
from .manifest import Manifest
from .writing import ONNXRUNTIME, Written

WEIGHTS_FILE = "model.safetensors"
GRAPH_FILE = "graph.json"
SCRIPT_MODEL_FILE = "model.onnx"  # what predict.py runs
MAX_SAFETENSORS_HEADER = 100 * 2**20
MAX_GRAPH_BYTES = 64 * 2**20
log = logging.getLogger(__name__)
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def write_bundle_model(folder: Path, weights: bytes, graph: dict[str, Any]) -> list[str]:
    """Write the weights and graph into ``folder``; returns the names written."""
    (folder / WEIGHTS_FILE).write_bytes(bytes(weights))
    (folder / GRAPH_FILE).write_text(json.dumps(graph, ensure_ascii=False, indent=1), "utf-8")
    return [WEIGHTS_FILE, GRAPH_FILE]


def write_bundle(request) -> Written:
    """The bundle's files (a ``formats.WriteRequest``): weights, graph and, for
    ``predict.py``, the same network as ONNX."""
    from .onnx_export import export_onnx

    write_bundle_model(request.folder, request.weights, request.graph)
    manifest: dict[str, Any] = {"graph_file": GRAPH_FILE, "runtime": None}
    notes: list[str] = []
    try:
        export_onnx(request.network, request.folder / SCRIPT_MODEL_FILE, request.channels,
                    request.size, request.labels, request.spec, temperature=request.temperature)
        manifest.update(runtime=ONNXRUNTIME, runtime_model_file=SCRIPT_MODEL_FILE)
    except OSError:
        raise
    except Exception as exc:  # the bundle itself is fine; predict.py cannot run it alone
        log.warning("bundle: no model.onnx for predict.py", exc_info=True)
        (request.folder / SCRIPT_MODEL_FILE).unlink(missing_ok=True)
        notes.append(f"no model.onnx for predict.py ({type(exc).__name__}); "
                     "open the bundle with Lepton Studio instead")
    return Written("safetensors", None, notes, manifest)


def bundle_outputs(folder: Path, pixels) -> dict[str, Any]:
    """The written bundle's probabilities: our loader on the weights (with the temperature
    its preprocessing.json states, as ``open_bundle`` applies it), and onnxruntime on the
    ``model.onnx`` that ``predict.py`` runs (when there is one; the temperature is inside)."""
    from ..evaluation import predict_probabilities
    from .predictor import onnx_probabilities, read_export_folder_with_confidence

    manifest, _, _, (temperature, _) = read_export_folder_with_confidence(folder, ("bundle",))
    network, _ = load_bundle_network(manifest)
    outputs = {manifest.model_file: predict_probabilities(network, pixels, device="cpu",
                                                          temperature=temperature)}
    script_model = manifest.document.get("runtime_model_file")
    if isinstance(script_model, str) and script_model in manifest.document["files"]:
        outputs[script_model] = onnx_probabilities(manifest.path_of(script_model), pixels)
    return outputs


def open_bundle(manifest: Manifest, labels: list[str], image,
                confidence: tuple[float, float | None] = (1.0, None)):
    """A bundle folder as the app's predictor (PyTorch, the same kernels as the app),
    with the export's ``(temperature, threshold)``."""
    from .predictor import TorchPredictor

    network, graph = load_bundle_network(manifest)
    classes = graph_classes(graph)
    if classes != len(labels):
        raise LeptonError(P.EXPORT_LABELS_MISMATCH, path=str(manifest.folder), labels=len(labels),
                          outputs=classes)
    run = manifest.document.get("run") or {}
    temperature, threshold = confidence
    return TorchPredictor(manifest.folder, labels, image, network, "bundle",
                          str(run.get("id")) if isinstance(run, dict) else None,
                          temperature, threshold)


def looks_like_safetensors(data: bytes) -> bool:
    """A safetensors file starts with an 8-byte little-endian header length and a JSON
    object; a pickle (``\\x80``) or a torch zip (``PK``) never does."""
    if len(data) < 10:
        return False
    (length,) = struct.unpack("<Q", data[:8])
    return 2 <= length <= min(MAX_SAFETENSORS_HEADER, len(data) - 8) and data[8:9] == b"{"


def read_bundle_graph(manifest: Manifest) -> Graph:
    folder = manifest.folder
    name = manifest.document.get("graph_file", GRAPH_FILE)
    try:
        doc = json.loads(read_capped(manifest.path_of(name), MAX_GRAPH_BYTES).decode("utf-8"))
        return Graph.from_dict(doc)
    except LeptonError as exc:
        raise LeptonError(P.EXPORT_MISMATCH, path=str(folder),
                          reason=f"{name}: {exc.problem.message()}") from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, RecursionError) as exc:
        raise LeptonError(P.EXPORT_MISMATCH, path=str(folder),
                          reason=f"{name} is not a valid model graph ({type(exc).__name__})") from None


def load_bundle_network(manifest: Manifest):
    """The bundle's network (torch module, eval mode) from graph.json + safetensors."""
    from safetensors import SafetensorError
    from safetensors.torch import load

    from ..checkpoints import load_exact_state
    from ..compiler import build_model

    folder, name = manifest.folder, manifest.model_file
    graph = read_bundle_graph(manifest)
    data = read_capped(manifest.path_of(name), MAX_BLOB_BYTES)
    if not looks_like_safetensors(data):
        raise LeptonError(P.EXPORT_UNSAFE_WEIGHTS, path=str(folder), name=name)
    try:
        state = load(data)
    except (SafetensorError, ValueError, RuntimeError) as exc:
        raise LeptonError(P.EXPORT_UNSAFE_WEIGHTS, path=str(folder), name=name,
                          reason=str(exc)[:200]) from None
    try:
        network = build_model(graph, load_pretrained=False)  # the bundle holds every weight
    except LeptonError as exc:
        raise LeptonError(P.EXPORT_MISMATCH, path=str(folder),
                          reason=f"{GRAPH_FILE}: {exc.problem.message()}") from None
    load_exact_state(network, state, lambda reason: LeptonError(
        P.EXPORT_MISMATCH, path=str(folder), reason=f"the weights do not fit the graph ({reason[:160]})"))
    return network.eval(), graph


def graph_classes(graph: Graph) -> int | None:
    node = graph.output_node()
    return int(node.params["classes"]) if node is not None else None


def project_from_bundle(folder: str | Path):
    """Reopen a bundle as a project: its graph, its labels and image settings, and one
    run holding the weights, so the app can try, evaluate on new data, or re-export it."""
    from ..calibration import Calibration
    from ..project import DatasetSpec, Project, RunRecord, run_blob_key
    from .predictor import read_export_folder_with_confidence

    manifest, labels, image, (temperature, threshold) = read_export_folder_with_confidence(
        Path(folder), kinds=("bundle",))
    graph = read_bundle_graph(manifest)
    weights = read_capped(manifest.path_of(manifest.model_file), MAX_BLOB_BYTES)
    if not looks_like_safetensors(weights):
        raise LeptonError(P.EXPORT_UNSAFE_WEIGHTS, path=str(folder), name=manifest.model_file)
    run_info = manifest.document.get("run")
    run_info = run_info if isinstance(run_info, dict) else {}
    run_id = run_info.get("id")
    run_id = run_id if isinstance(run_id, str) and _SAFE_ID.match(run_id) else "bundle"
    accuracy = run_info.get("best_val_accuracy")
    epoch = run_info.get("best_epoch")
    project = Project.new(str(manifest.document.get("project") or Path(folder).name), graph.copy())
    project.dataset = DatasetSpec(root=str(Path(folder).resolve()), source="files",
                                  class_names=list(labels), items=[], image=image)
    run = RunRecord(id=run_id, name=str(run_info.get("name") or ""), graph=graph.to_dict(),
                    best_val_accuracy=float(accuracy) if isinstance(accuracy, (int, float)) else None,
                    best_epoch=epoch if isinstance(epoch, int) else None)
    if temperature != 1.0 or threshold is not None:  # the bundle's confidence, kept as it was
        run.calibration = Calibration(temperature, threshold, threshold).to_dict()
    project.runs.append(run)
    project.selected_run = run.id
    project.blobs[run_blob_key(run.id, "best")] = weights
    return project
