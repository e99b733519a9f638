"""``load_predictor``: open a project, a bundle folder or an ONNX export folder alike.

Which reader opens which export folder comes from the format registry (``formats.py``);
a format without a reader (TorchScript: a ``.pt`` can run code when loaded) is refused.
Pickled files are refused by name and never opened.
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import problems as P
from ..problems import LeptonError
from ..project import PROJECT_SUFFIX
from ..safe_files import check_regular_file
from . import formats
from .manifest import MANIFEST
from .predictor import (
    Predictor,
    TorchPredictor,
    project_predictor,
    read_export_folder_with_confidence,
    resolve_run_id,
)

PICKLE_SUFFIXES = frozenset({".pt", ".pth", ".pkl", ".pickle", ".pt2", ".ckpt", ".bin", ".joblib",
                             ".npy", ".npz", ".tar"})


def load_predictor(path: str | os.PathLike[str], run_id: str | None = None,
                   use_float: bool = False, use_int8: bool = False) -> Predictor:
    """A predictor for a ``.lepton`` project, a bundle folder or an ONNX export folder.

    ``run_id`` picks a run of a project (default: the selected one). A quantised export
    runs its default model (the one chosen at export from the measured accuracy);
    ``use_float`` / ``use_int8`` pick its float or int8 model instead.
    """
    path = Path(path)
    if path.suffix.lower() in PICKLE_SUFFIXES:
        raise LeptonError(P.MODEL_PATH_UNSUPPORTED, path=str(path),
                          reason="a pickled or binary PyTorch file, which can run code when opened")
    if path.exists() and not path.is_dir():
        check_regular_file(path)  # a pipe or device named x.lepton: refused, never opened
    if path.is_file() and path.suffix.lower() == PROJECT_SUFFIX:
        return _project_predictor(path, run_id)
    if path.is_file() and (path.parent / MANIFEST).is_file():
        path = path.parent  # a file inside an export folder: use the folder
    if path.is_dir():
        if not (path / MANIFEST).exists():
            raise LeptonError(P.MODEL_PATH_UNSUPPORTED, path=str(path),
                              reason="a folder without a Lepton Studio manifest.json")
        variant = "int8" if use_int8 else "float" if use_float else None
        return _folder_predictor(path, variant)
    if not path.exists():
        raise LeptonError(P.MODEL_PATH_UNSUPPORTED, path=str(path), reason="it does not exist")
    reason = ("a bare ONNX file: give the whole export folder, which holds its labels and "
              "preprocessing" if path.suffix.lower() == ".onnx" else "not a project or an export")
    raise LeptonError(P.MODEL_PATH_UNSUPPORTED, path=str(path), reason=reason)


def _project_predictor(path: Path, run_id: str | None) -> TorchPredictor:
    from ..project import load_project

    project = load_project(path)
    return project_predictor(project, resolve_run_id(project, run_id), path)


def _folder_predictor(folder: Path, variant: str | None) -> Predictor:
    readable = tuple(f.id for f in formats.all_formats() if f.open is not None)
    manifest, labels, image, confidence = read_export_folder_with_confidence(
        folder, kinds=readable, known=formats.ids())
    fmt = formats.get(manifest.kind)
    return fmt.open(manifest, labels, image, manifest.model_choice(variant), confidence)
