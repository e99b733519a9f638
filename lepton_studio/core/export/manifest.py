"""``manifest.json``: what an export folder holds, with sizes and SHA-256 hashes.

Every file the export needs is listed; opening the folder checks each of them, so a
file changed, cut short or missing after export is refused with a precise problem
instead of giving silently wrong predictions. Files not listed (a user's notes, say)
are ignored. The manifest itself is not hashed: a tampered manifest can only describe
other files, and each of those is checked again for consistency when loaded.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import problems as P
from ..problems import LeptonError
from ..safe_files import check_regular_file, read_capped

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "lepton-studio-export"
MANIFEST_VERSION = 1
LABELS_FILE = "labels.txt"
PREPROCESSING_FILE = "preprocessing.json"
PREDICT_FILE = "predict.py"
README_FILE = "README.md"
MAX_MANIFEST_BYTES = 4 * 2**20
MAX_EXPORT_FILE_BYTES = 8 * 2**30  # a listed file (the model may be large, never this large)
_CHUNK = 2**20


def sha256_of(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def file_entries(folder: Path, names: list[str]) -> dict[str, dict[str, Any]]:
    """``{name: {"bytes": n, "sha256": hex}}`` for files already written in ``folder``."""
    return {name: {"bytes": (folder / name).stat().st_size, "sha256": sha256_of(folder / name)}
            for name in names}


def manifest_document(kind: str, model_file: str, files: dict[str, dict[str, Any]],
                      **extra: Any) -> dict[str, Any]:
    from ... import __version__  # the package root only (no cycle)

    return {"format": MANIFEST_FORMAT, "version": MANIFEST_VERSION, "kind": kind,
            "app_version": __version__, "model_file": model_file, **extra, "files": files}


@dataclass(frozen=True)
class Manifest:
    """A manifest that was read and whose files were all checked."""

    folder: Path
    kind: str
    model_file: str
    document: dict[str, Any]

    def path_of(self, name: str) -> Path:
        return self.folder / name

    def model_choice(self, variant: str | None = None) -> str:
        """The model file to run: the default (None), ``"float"`` or ``"int8"``.

        A quantised export lists both; which one is the default was decided at export
        from the measured accuracy (exports made before that named the int8 model).
        Raises ``export_no_int8`` when ``"int8"`` is asked of an export without one."""
        doc = self.document
        float_file = doc.get("float_model_file")
        int8_file = doc.get("int8_model_file") or (self.model_file if float_file else None)
        if variant == "int8":
            if not isinstance(int8_file, str) or int8_file not in doc["files"]:
                raise LeptonError(P.EXPORT_NO_INT8, path=str(self.folder))
            return int8_file
        if variant == "float" and isinstance(float_file, str) and float_file in doc["files"]:
            return float_file
        return self.model_file


def _invalid(folder: Path, reason: str) -> LeptonError:
    return LeptonError(P.EXPORT_MANIFEST_INVALID, path=str(folder), reason=reason)


def read_manifest(folder: str | os.PathLike[str], required: tuple[str, ...] = (),
                  kinds: tuple[str, ...] | None = None) -> Manifest:
    """Parse ``folder/manifest.json`` and check every file it lists (size, then hash).

    ``required`` names files (besides the model file) that must be listed; ``kinds`` the
    export formats accepted (the registry's ids; None: any named kind).
    """
    folder = Path(folder)
    path = folder / MANIFEST
    try:
        doc = json.loads(read_capped(path, MAX_MANIFEST_BYTES).decode("utf-8"))
    except LeptonError as exc:  # a pipe or device (said as such), or too large
        if exc.code == P.FILE_TOO_LARGE:
            raise _invalid(folder, "too large") from None
        raise
    except FileNotFoundError:
        raise _invalid(folder, "manifest.json is missing") from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _invalid(folder, type(exc).__name__) from None
    if not isinstance(doc, dict) or doc.get("format") != MANIFEST_FORMAT:
        raise _invalid(folder, "not a Lepton Studio manifest")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _invalid(folder, "no version")
    if version > MANIFEST_VERSION:
        raise LeptonError(P.EXPORT_NEWER, path=str(folder), file_version=version,
                          our_version=MANIFEST_VERSION)
    kind, model_file, files = doc.get("kind"), doc.get("model_file"), doc.get("files")
    if not isinstance(kind, str) or (kinds is not None and kind not in kinds):
        raise _invalid(folder, f"unknown kind {kind!r}")
    if not isinstance(files, dict) or not isinstance(model_file, str):
        raise _invalid(folder, "no file list")
    for name in (model_file, *required):
        if name not in files:
            raise _invalid(folder, f"{name} is not listed")
    for name, entry in files.items():
        _check_file(folder, name, entry)
    return Manifest(folder, kind, model_file, doc)


def _check_file(folder: Path, name: Any, entry: Any) -> None:
    if (not isinstance(name, str) or not name or "/" in name or "\\" in name
            or name in (".", "..") or name == MANIFEST):
        raise _invalid(folder, f"bad file name {name!r}")
    if (not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str)
            or not isinstance(entry.get("bytes"), int)):
        raise _invalid(folder, f"bad entry for {name}")
    path = folder / name
    try:
        actual = check_regular_file(path, MAX_EXPORT_FILE_BYTES)  # never hash a pipe or device
    except FileNotFoundError:
        raise LeptonError(P.EXPORT_FILE_MISSING, path=str(folder), name=name) from None
    except OSError as exc:
        raise LeptonError(P.EXPORT_FILE_MISSING, path=str(folder), name=name,
                          reason=exc.strerror or str(exc)) from None
    expected = entry["bytes"]
    if actual < expected:
        raise LeptonError(P.EXPORT_TRUNCATED, path=str(folder), name=name, actual=actual,
                          expected=expected)
    if actual != expected or sha256_of(path) != entry["sha256"].lower():
        raise LeptonError(P.EXPORT_TAMPERED, path=str(folder), name=name)
