"""The export formats, declared once: what each writes, needs, supports and how it reopens.

The exporter, the manifest check, ``load_predictor``, ``predict.py``'s header, the README,
the command line's ``--format`` choices and the Export step's list all iterate this
registry. Adding a format means one module with its writer (and reader) plus one
``register(ExportFormat(...))`` below, and the translations of its label and help.
(``predict.py`` runs what the manifest's ``runtime`` names — onnxruntime or TorchScript;
a format that needs a third runtime there also adds it to ``_predict_main._engine``.)

Labels and help texts are marked with the ``"ExportPage"`` context: the Export step
translates them with it (the texts were written there first, so translations carry over).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import problems as P
from ..i18n import QT_TRANSLATE_NOOP
from ..problems import LeptonError
from .writing import ONNXRUNTIME, TORCHSCRIPT, WriteRequest, Written

CONTEXT = "ExportPage"  # translation context of the labels and help texts


__all__ = ["ExportFormat", "WriteRequest", "Written", "all_formats", "find", "get", "ids",
           "register"]

Opener = Callable[..., Any]  # (manifest, labels, image, model_file, confidence) -> Predictor
# ``confidence`` is the export's ``(temperature, threshold)`` from preprocessing.json
# (core/confidence.py): an opener whose model does not apply the temperature itself
# applies it, and every opener sets "not sure" answers apart below the threshold.


@dataclass(frozen=True)
class ExportFormat:
    """One export format. ``files`` lists every model file it may write (the common files
    — labels, preprocessing, predict.py, README, manifest — are the exporter's)."""

    id: str
    label: str  # QT_TRANSLATE_NOOP(CONTEXT, ...)
    help: str  # QT_TRANSLATE_NOOP(CONTEXT, ...)
    folder_suffix: str  # the end of a suggested folder name
    model_file: str
    files: tuple[str, ...]
    write: Callable[..., Written]  # (WriteRequest) -> Written
    outputs: Callable[[Path, Any], dict[str, Any]]  # written export -> probabilities per model file
    what: str  # README: "This folder holds {what}." ({model} = the model file)
    script_needs: str  # README / predict.py: what to pip install to run predict.py
    needs: tuple[str, ...] = ()  # modules the export needs (import names)
    int8: bool = False  # can be made smaller with int8 quantisation
    open: Opener | None = None  # None: the app never opens such a folder
    file_notes: tuple[tuple[str, str], ...] = ()  # README: (file, what it is) besides the model

    def missing(self) -> list[str]:
        """The modules of ``needs`` that are not installed."""
        return [name for name in self.needs if importlib.util.find_spec(name) is None]


_FORMATS: dict[str, ExportFormat] = {}


def register(fmt: ExportFormat) -> Callable[[], None]:
    """Add ``fmt`` (at the end of the list); returns a function that removes it again."""
    if fmt.id in _FORMATS:
        raise ValueError(f"export format {fmt.id!r} is already registered")
    _FORMATS[fmt.id] = fmt

    def unregister() -> None:
        if _FORMATS.get(fmt.id) is fmt:
            del _FORMATS[fmt.id]
    return unregister


def all_formats() -> list[ExportFormat]:
    return list(_FORMATS.values())


def ids() -> tuple[str, ...]:
    return tuple(_FORMATS)


def get(format_id: str) -> ExportFormat:
    """The format, or ``export_format_unknown``."""
    try:
        return _FORMATS[format_id]
    except (KeyError, TypeError):
        raise LeptonError(P.EXPORT_FORMAT_UNKNOWN, format=str(format_id),
                          choices=", ".join(_FORMATS)) from None


def find(format_id: Any) -> ExportFormat | None:
    return _FORMATS.get(format_id) if isinstance(format_id, str) else None


# --- the built-in formats ------------------------------------------------------------------
# Writers and readers live in their own modules, imported only when used (torch, onnx).

def _write_onnx(request) -> Written:
    from .onnx_export import export_onnx

    result = export_onnx(request.network, request.folder / ONNX_FILE, request.channels,
                         request.size, request.labels, request.spec,
                         temperature=request.temperature)
    return Written(result.exporter, result.opset, list(result.warnings), {"runtime": ONNXRUNTIME})


def _onnx_outputs(folder: Path, pixels: Any) -> dict[str, Any]:
    from .predictor import onnx_probabilities

    return {ONNX_FILE: onnx_probabilities(folder / ONNX_FILE, pixels)}


def _open_onnx(manifest, labels, image, model_file: str, confidence):
    from .predictor import OnnxPredictor

    _, threshold = confidence  # the temperature is inside the ONNX model
    return OnnxPredictor(manifest.folder, labels, image, manifest.path_of(model_file), threshold)


def _write_torchscript(request) -> Written:
    from .torchscript_export import export_torchscript

    result = export_torchscript(request.network, request.folder / TORCHSCRIPT_FILE,
                                request.channels, request.size, request.temperature)
    return Written(result.exporter, None, list(result.warnings), {"runtime": TORCHSCRIPT})


def _torchscript_outputs(folder: Path, pixels: Any) -> dict[str, Any]:
    from .torchscript_export import torchscript_probabilities

    return {TORCHSCRIPT_FILE: torchscript_probabilities(folder / TORCHSCRIPT_FILE, pixels)}


def _write_bundle(request) -> Written:
    from .bundle import write_bundle

    return write_bundle(request)


def _bundle_outputs(folder: Path, pixels: Any) -> dict[str, Any]:
    from .bundle import bundle_outputs

    return bundle_outputs(folder, pixels)


def _open_bundle(manifest, labels, image, model_file: str, confidence):
    from .bundle import open_bundle

    return open_bundle(manifest, labels, image, confidence)


ONNX_FILE, TORCHSCRIPT_FILE = "model.onnx", "model.pt"
BUNDLE_WEIGHTS, BUNDLE_GRAPH = "model.safetensors", "graph.json"

register(ExportFormat(
    id="onnx",
    label=QT_TRANSLATE_NOOP("ExportPage", "ONNX"),
    help=QT_TRANSLATE_NOOP("ExportPage", "The usual choice: runs with onnxruntime from Python, "
                                         "C++, C#, Java or JavaScript, on most devices."),
    folder_suffix="ONNX", model_file=ONNX_FILE, files=(ONNX_FILE, "model.int8.onnx"),
    write=_write_onnx, outputs=_onnx_outputs, open=_open_onnx, int8=True,
    needs=("onnx", "onnxscript", "onnxruntime"),
    what="an ONNX model (`{model}`), runnable with onnxruntime from Python, C++, C#, Java, "
         "JavaScript and more",
    script_needs="onnxruntime pillow numpy"))

register(ExportFormat(
    id="torchscript",
    label=QT_TRANSLATE_NOOP("ExportPage", "TorchScript"),
    help=QT_TRANSLATE_NOOP("ExportPage", "For PyTorch programs (Python or C++). A TorchScript "
                                         "file can run code when it is opened: share it only "
                                         "with people who trust you."),
    folder_suffix="TorchScript", model_file=TORCHSCRIPT_FILE, files=(TORCHSCRIPT_FILE,),
    write=_write_torchscript, outputs=_torchscript_outputs, open=None,
    what="a TorchScript model (`{model}`), loadable with `torch.jit.load` in Python or LibTorch "
         "in C++. TorchScript is deprecated in recent PyTorch but still works; prefer the ONNX "
         "export for new projects",
    script_needs="torch pillow numpy"))

register(ExportFormat(
    id="bundle",
    label=QT_TRANSLATE_NOOP("ExportPage", "Lepton Studio bundle"),
    help=QT_TRANSLATE_NOOP("ExportPage", "Opens again in Lepton Studio and its command line. "
                                         "The weights are stored safely (safetensors)."),
    folder_suffix="bundle", model_file=BUNDLE_WEIGHTS,
    files=(BUNDLE_WEIGHTS, BUNDLE_GRAPH, ONNX_FILE),
    write=_write_bundle, outputs=_bundle_outputs, open=_open_bundle,
    needs=(),  # its model.onnx for predict.py is made when the ONNX exporter works
    what="a Lepton bundle (`{model}` weights in safetensors + `graph.json`), which Lepton "
         "Studio and its command line reopen, and the same model as `model.onnx` for "
         "`predict.py`",
    script_needs="onnxruntime pillow numpy",
    file_notes=((BUNDLE_GRAPH, "the layers of the model, as drawn in Lepton Studio"),
                (ONNX_FILE, "the same model as ONNX, which `predict.py` runs"))))
