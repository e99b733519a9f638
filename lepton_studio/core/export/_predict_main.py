# lepton:strip-start
# ruff: noqa: I001
"""The command-line part of every exported ``predict.py`` (a template, not app code).

``predict_script.py`` writes ``predict.py`` as: a header, the verbatim source of
``lepton_studio/core/data/decode.py`` and of ``lepton_studio/core/confidence.py``, then
this file with the block between the ``lepton:strip`` markers removed. The imports below
are only there so this template can be linted and tested in place; in ``predict.py`` the
same names come from the embedded modules above it. Everything here may use only the
standard library and numpy (onnxruntime or torch are imported when the manifest's
``runtime`` names them); it never imports lepton_studio, so every export runs where
Lepton Studio is not installed.
"""

from __future__ import annotations

from lepton_studio.core.data.decode import (  # noqa: F401
    DECODER_VERSION,
    DecodeError,
    has_image_extension,
    np,
    preprocess_file,
    to_model_input,
)
from lepton_studio.core.confidence import (  # noqa: F401
    is_unsure,
    read_confidence_section,
    unknown_score,
)

# lepton:strip-end
# --- predict.py: command line --------------------------------------------------------------
import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

_BATCH = 32
_MAX_MANIFEST_CHARS = 4 * 2**20  # as the app reads it; more is not a manifest
_HERE = os.path.dirname(os.path.abspath(__file__))


class _ExportError(Exception):
    """This folder cannot be used (missing, changed or cut-short files)."""


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_manifest(folder):
    """Check every file the manifest lists: a changed model is never used."""
    path = os.path.join(folder, "manifest.json")
    if os.path.exists(path) and not os.path.isfile(path):  # a pipe or device would block
        raise _ExportError("manifest.json is not a regular file")
    try:
        with open(path, encoding="utf-8") as handle:
            manifest = json.loads(handle.read(_MAX_MANIFEST_CHARS))
        files = manifest["files"]
        kind, model_file = manifest["kind"], manifest["model_file"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise _ExportError(f"manifest.json is missing or damaged ({exc})") from None
    for name, entry in files.items():
        path = os.path.join(folder, os.path.basename(name))
        if not os.path.isfile(path):
            raise _ExportError(f"{name} is missing; copy the whole export folder again")
        size = os.path.getsize(path)
        if size < entry["bytes"]:
            raise _ExportError(f"{name} is cut short ({size} of {entry['bytes']} bytes); "
                               "copy it again")
        if size != entry["bytes"] or _sha256(path) != entry["sha256"]:
            raise _ExportError(f"{name} was changed after export; refusing to use it")
    if not isinstance(kind, str) or model_file not in files:
        raise _ExportError("manifest.json does not name a model this script can run")
    return manifest


def _read_labels(folder):
    with open(os.path.join(folder, "labels.txt"), encoding="utf-8", newline="") as handle:
        labels = handle.read().split("\n")
    if labels and labels[-1] == "":
        labels.pop()
    return [label.rstrip("\r") for label in labels]


_LEGACY_RUNTIMES = {"onnx": "onnxruntime", "torchscript": "torchscript"}


def _model_file(manifest, use_float, use_int8):
    """The file to run: the export's default, or its float / int8 model when asked."""
    files = manifest["files"]
    model_file = manifest.get("runtime_model_file") or manifest["model_file"]
    float_file = manifest.get("float_model_file")
    int8_file = manifest.get("int8_model_file") or (manifest["model_file"] if float_file else None)
    if use_int8:
        if not int8_file or int8_file not in files:
            raise _ExportError("this export has no int8 model (it was exported without --quantize)")
        return int8_file
    if use_float and float_file and float_file in files:
        return float_file
    return model_file


def _engine(folder, manifest, use_float, use_int8):
    """A function: uint8 N x H x W x C pixels -> N x K probabilities."""
    runtime = manifest.get("runtime", _LEGACY_RUNTIMES.get(manifest["kind"]))
    model_path = os.path.join(folder, os.path.basename(_model_file(manifest, use_float, use_int8)))
    if runtime == "onnxruntime":
        try:
            import onnxruntime
        except ImportError:
            raise _ExportError("onnxruntime is not installed: pip install onnxruntime pillow numpy"
                               ) from None
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        session = onnxruntime.InferenceSession(model_path, options,
                                               providers=["CPUExecutionProvider"])
        return lambda pixels: session.run(["probabilities"], {"image": to_model_input(pixels)})[0]
    if runtime == "torchscript":
        try:
            import torch
        except ImportError:
            raise _ExportError("this TorchScript export needs PyTorch: pip install torch pillow numpy"
                               ) from None
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # TorchScript is deprecated, but still works
            module = torch.jit.load(model_path, map_location="cpu").eval()

        def run(pixels):
            with torch.no_grad():
                return module(torch.from_numpy(to_model_input(pixels))).numpy()
        return run
    raise _ExportError(f"this {manifest['kind']} export holds no model this script can run on its "
                       "own. Open the folder with Lepton Studio (lepton-studio predict FOLDER "
                       "IMAGE), or export the model as ONNX.")


def _collect(inputs):
    files = []
    for item in inputs:
        if os.path.isdir(item):
            for root, dirs, names in os.walk(item):
                dirs.sort()
                files.extend(os.path.join(root, n) for n in sorted(names) if has_image_extension(n))
        else:
            files.append(item)
    return files


def _predict(files, engine, spec, labels, top_k):
    _, threshold = read_confidence_section(spec)  # the model applies the temperature itself
    results = []
    for start in range(0, len(files), _BATCH):
        chunk = files[start:start + _BATCH]
        pixels, good = [], []
        for path in chunk:
            try:
                pixels.append(preprocess_file(path, spec["size"], spec["color"], spec["resize"]))
                good.append(path)
            except DecodeError as exc:
                results.append({"path": path, "error": {"code": exc.kind, "message": str(exc)}})
        if not pixels:
            continue
        probabilities = np.asarray(engine(np.stack(pixels)), dtype=np.float32)
        for path, row in zip(good, probabilities):  # noqa: B905 (runs on Python < 3.10 too)
            order = np.argsort(-row, kind="stable")[:max(1, top_k)]
            top = [{"label": labels[i], "probability": float(row[i])} for i in order]
            score = unknown_score(row)
            unsure = bool(is_unsure(score, threshold))
            results.append({"path": path, "label": None if unsure else top[0]["label"],
                            "probability": top[0]["probability"], "unsure": unsure,
                            "score": float(score), "best_guess": top[0]["label"], "top": top,
                            "probabilities": [float(v) for v in row]})
    order = {path: i for i, path in enumerate(files)}
    results.sort(key=lambda r: order[r["path"]])
    return results


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Classify pictures with the model in this folder (made with Lepton Studio).")
    parser.add_argument("images", nargs="+", help="image files or folders of images")
    parser.add_argument("--top-k", type=int, default=3, help="how many classes to show (default 3)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--float", action="store_true",
                        help="use the float model (quantised exports)")
    choice.add_argument("--int8", action="store_true",
                        help="use the int8 model (quantised exports; see README.md for its accuracy)")
    args = parser.parse_args(argv)
    if args.top_k < 1:
        parser.error("--top-k must be at least 1")
    try:
        manifest = _read_manifest(_HERE)
        labels = _read_labels(_HERE)
        with open(os.path.join(_HERE, "preprocessing.json"), encoding="utf-8") as handle:
            spec = json.load(handle)
        if spec.get("decoder_version") != DECODER_VERSION:
            raise _ExportError("preprocessing.json was written for another image decoder")
        try:
            read_confidence_section(spec)
        except ValueError as exc:
            raise _ExportError(f"preprocessing.json: {exc}") from None
        engine = _engine(_HERE, manifest, args.float, args.int8)
    except _ExportError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    files = _collect(args.images)
    if not files:
        print("Error: no pictures found", file=sys.stderr)
        return 2
    results = _predict(files, engine, spec, labels, args.top_k)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        for result in results:
            if "error" in result:
                print(f"{result['path']}: cannot be read ({result['error']['message']})")
                continue
            best = ", ".join(f"{t['label']} {t['probability']:.1%}" for t in result["top"])
            if result["unsure"]:
                best = f"Not sure - none of the classes? (best guesses: {best})"
            print(f"{result['path']}: {best}")
    return 2 if any("error" in r for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
