"""README.md for the person who receives an export: what it is and how to use it."""

from __future__ import annotations

from typing import Any

from .verify import ParityCheck, QuantizationCheck

_WHAT = {
    "onnx": "an ONNX model (`{model}`), runnable with onnxruntime from Python, C++, C#, "
            "Java, JavaScript and more",
    "torchscript": "a TorchScript model (`{model}`), loadable with `torch.jit.load` in Python "
                   "or LibTorch in C++. TorchScript is deprecated in recent PyTorch but still "
                   "works; prefer the ONNX export for new projects",
    "bundle": "a Lepton bundle (`{model}` weights in safetensors + `graph.json`), which "
              "Lepton Studio and its command line reopen",
}
_NEEDS = {
    "onnx": "pip install onnxruntime pillow numpy",
    "torchscript": "pip install torch pillow numpy",
    "bundle": "pip install lepton-studio",
}


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _confidence_lines(spec: dict[str, Any]) -> list[str]:
    """The calibration and the "not sure" rule, as preprocessing.json states them."""
    section = spec.get("confidence") or {}
    temperature, threshold = section.get("temperature", 1.0), section.get("threshold")
    lines = []
    if temperature != 1.0:
        lines.append(f"  They are calibrated: the model divides its scores by {temperature:.4g} "
                     "(temperature scaling, fitted on the validation pictures) before the softmax.")
    if threshold is not None:
        lines += [f"- Not sure: when the largest probability is below {threshold:.6g} "
                  f"(`confidence.threshold` in preprocessing.json; it kept "
                  "95% of the validation pictures unless changed in the app), `predict.py` "
                  "answers \"not sure\" (`label` null in `--json`, with the `score`): the "
                  "picture may show none of the classes."]
    return lines


def render_readme(kind: str, project_name: str, run: dict[str, Any], labels: list[str],
                  spec: dict[str, Any], model_file: str, parity: ParityCheck,
                  quantization: QuantizationCheck | None = None) -> str:
    size, channels = spec["size"], spec["channels"]
    colours = "colour, channel order RGB" if channels == 3 else "grey, one channel"
    lines = [
        f"# Image classifier: {project_name}",
        "",
        "Made with Lepton Studio. This folder holds " + _WHAT[kind].format(model=model_file) + ".",
        f"It tells apart {len(labels)} classes of pictures:",
        "",
        *[f"{i}. {name}" for i, name in enumerate(labels)],
        "",
        f"Trained as run `{run.get('id')}`"
        + (f", validation accuracy {_percent(run.get('best_val_accuracy'))}."
           if run.get("best_val_accuracy") is not None else "."),
        "",
        "## Try it",
        "",
        "```",
        _NEEDS[kind],
        "python predict.py photo.jpg more_photos/ --top-k 3",
        "python predict.py photo.jpg --json",
        "```",
        "",
        "`predict.py` decodes pictures with exactly the code Lepton Studio uses (it is copied",
        "into the script) and refuses to run if a file here was changed after export.",
        "",
        "## Files",
        "",
        f"- `{model_file}`: the model" + (" (int8)" if quantization else ""),
    ]
    if quantization:
        lines.append("- `model.onnx`: the same model in float32 (`predict.py --float` uses it)")
    if kind == "bundle":
        lines.append("- `graph.json`: the layers of the model, as drawn in Lepton Studio")
    lines += [
        "- `labels.txt`: the class names, one per line, in the model's output order",
        "- `preprocessing.json`: how a picture becomes the model's input (below)",
        "- `predict.py`: the script above",
        "- `manifest.json`: sizes and SHA-256 hashes of every file",
        "",
        "## Input and output",
        "",
        f"- Input `image`: float32, shape N × {channels} × {size} × {size} (batch, channels, "
        f"height, width), {colours}, values = pixel / 255 in [0, 1].",
        "  No mean/std normalisation outside the model (mean 0, std 1): any the model needs",
        "  happens inside it.",
        f"- Resizing: `{spec['resize']}` — {spec['resize_help']}; {spec['resample']} filter.",
        "  EXIF orientation is applied; transparent pixels become white.",
        f"- Output `probabilities`: float32, shape N × {len(labels)}, softmax probabilities in "
        "the order of labels.txt.",
        *_confidence_lines(spec),
        "",
        "## Checked at export",
        "",
        f"On {parity.images} {parity.source} pictures this export gave the same top class as "
        f"Lepton Studio for {parity.same_top1} of them"
        + (f" ({parity.ties} exact ties)" if parity.ties else "")
        + f", and probabilities within {parity.max_abs_diff:.2g} (limit {parity.tolerance:g}).",
    ]
    if quantization:
        change = quantization.accuracy_change
        lines += [
            "",
            f"int8 quantisation ({quantization.method}): {quantization.float_bytes:,} bytes → "
            f"{quantization.int8_bytes:,} bytes ({quantization.size_ratio:.0%}). On "
            f"{quantization.images} {quantization.split or 'check'} pictures: accuracy "
            f"{_percent(quantization.float_accuracy)} (float) → "
            f"{_percent(quantization.int8_accuracy)} (int8)"
            + (f", change {change * 100:+.1f} points" if change is not None else "")
            + f"; same class as float for {quantization.same_top1} of {quantization.images}.",
        ]
    return "\n".join(lines) + "\n"
