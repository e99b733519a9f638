"""Write ``predict.py``: a stand-alone script that decodes exactly like the app.

The script is the verbatim source of ``lepton_studio/core/data/decode.py`` (read from
the installed package at export time, never a copy kept here) followed by the command
line of ``_predict_main.py``. So a picture given to ``predict.py`` becomes the same
pixels as in training and in the app's own predictions. For an ONNX export the script
needs only onnxruntime, Pillow and numpy.

Packaging note: a frozen build must ship ``decode.py``, ``confidence.py`` and
``_predict_main.py`` as source files (data), or exporting refuses with
``export_source_missing``.
"""

from __future__ import annotations

import ast
import hashlib
from importlib import resources

from .. import problems as P
from ..problems import LeptonError

DECODE_PACKAGE, DECODE_FILE = "lepton_studio.core.data", "decode.py"
CONFIDENCE_PACKAGE, CONFIDENCE_FILE = "lepton_studio.core", "confidence.py"
MAIN_PACKAGE, MAIN_FILE = "lepton_studio.core.export", "_predict_main.py"
BEGIN_DECODE = "# ======== BEGIN lepton_studio/core/data/decode.py (verbatim) ========"
END_DECODE = "# ======== END lepton_studio/core/data/decode.py ========"
BEGIN_CONFIDENCE = "# ======== BEGIN lepton_studio/core/confidence.py (verbatim) ========"
END_CONFIDENCE = "# ======== END lepton_studio/core/confidence.py ========"
STRIP_START, STRIP_END = "# lepton:strip-start", "# lepton:strip-end"


def _source(package: str, name: str) -> str:
    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        raise LeptonError(P.EXPORT_SOURCE_MISSING, name=f"{package.replace('.', '/')}/{name}") from None


def decode_source() -> str:
    """The decoder's source as installed: what goes into every predict.py."""
    return _source(DECODE_PACKAGE, DECODE_FILE)


def confidence_source() -> str:
    """The "not sure" rule's source as installed: also in every predict.py."""
    return _source(CONFIDENCE_PACKAGE, CONFIDENCE_FILE)


def main_source() -> str:
    """The command-line part, with the template-only block removed."""
    lines, keep = [], True
    for line in _source(MAIN_PACKAGE, MAIN_FILE).splitlines(keepends=True):
        if line.strip() == STRIP_START:
            keep = False
        elif line.strip() == STRIP_END:
            keep = True
        elif keep:
            lines.append(line)
    return "".join(lines)


def _top_level_names(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def render_predict_script(needs: str | None, project_name: str, run_id: str) -> str:
    """The text of predict.py; ``needs`` is the format's pip line (``formats.py``), None
    when the script cannot run this export on its own (it then says so when started)."""
    decoder, confidence, main = decode_source(), confidence_source(), main_source()
    names = [_top_level_names(text) for text in (decoder, confidence, main)]
    clash = (names[0] & names[1]) | (names[0] & names[2]) | (names[1] & names[2])
    if clash:  # a part grew a name another also defines: fail loudly in tests
        raise RuntimeError(f"predict.py would define these names twice: {sorted(clash)}")
    needs = (f"pip install {needs}" if needs else
             "Lepton Studio to run this export (lepton-studio predict FOLDER IMAGE)")
    digest = hashlib.sha256(decoder.encode("utf-8")).hexdigest()
    safe_name = " ".join(project_name.split())
    header = [
        "#!/usr/bin/env python3",
        "# predict.py: classify pictures with the model in this folder, exported by",
        f"# Lepton Studio from the project \"{safe_name}\", run {run_id}.",
        "#",
        "#   python predict.py IMAGE_OR_FOLDER... [--top-k K] [--json]",
        "#",
        f"# Needs: {needs}. It reads labels.txt, preprocessing.json and",
        "# manifest.json beside it, and refuses a model file changed after export.",
        "# The first part of this file is Lepton Studio's own image decoder, copied",
        "# verbatim at export time, so pictures are decoded exactly as in the app;",
        "# the second its \"not sure\" rule, so answers are set aside exactly as in the app.",
        f"# decode.py sha256: {digest}",
        "",
        BEGIN_DECODE,
    ]
    body = decoder if decoder.endswith("\n") else decoder + "\n"
    rule = confidence if confidence.endswith("\n") else confidence + "\n"
    return ("\n".join(header) + "\n" + body + END_DECODE + "\n\n" + BEGIN_CONFIDENCE + "\n"
            + rule + END_CONFIDENCE + "\n\n" + main)


def embedded_confidence_source(script: str) -> str:
    """The "not sure" rule inside a predict.py (for checks and tests)."""
    start = script.index(BEGIN_CONFIDENCE) + len(BEGIN_CONFIDENCE) + 1
    return script[start:script.index(END_CONFIDENCE)]


def embedded_decode_source(script: str) -> str:
    """The decoder text inside a predict.py (for checks and tests)."""
    start = script.index(BEGIN_DECODE) + len(BEGIN_DECODE) + 1
    end = script.index(END_DECODE)
    return script[start:end]
