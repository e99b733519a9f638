"""README.md for the person who receives an export: what it is and how to use it.

English only (it travels with the model to people who may not have the app); the
format's own sentences (what it is, what to install) come from ``formats.py``.
"""

from __future__ import annotations

from typing import Any

from .verify import ParityCheck, QuantizationCheck


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


def render_readme(what: str, needs: str | None, project_name: str, run: dict[str, Any],
                  labels: list[str], spec: dict[str, Any], model_file: str, parity: ParityCheck,
                  quantization: QuantizationCheck | None = None,
                  file_notes: list[tuple[str, str]] | None = None) -> str:
    """``what`` describes the model (``{model}``: its file); ``needs`` is the pip line for
    predict.py, None when predict.py cannot run this export on its own; ``file_notes``
    the format's other files, with what each is."""
    size, channels = spec["size"], spec["channels"]
    colours = "colour, channel order RGB" if channels == 3 else "grey, one channel"
    lines = [
        f"# Image classifier: {project_name}",
        "",
        "Made with Lepton Studio. This folder holds " + what.format(model=model_file) + ".",
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
        *_try_it(needs, quantization),
        "## Files",
        "",
        *_model_lines(model_file, quantization),
        *[f"- `{name}`: {note}" for name, note in file_notes or ()],
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
        lines += ["", *_int8_lines(quantization)]
    return "\n".join(lines) + "\n"


def _try_it(needs: str | None, quantization: QuantizationCheck | None) -> list[str]:
    if needs is None:
        return ["`predict.py` cannot run this export on its own (its model.onnx could not be",
                "made). Open the folder with Lepton Studio, or from its command line:",
                "", "```", "lepton-studio predict THIS_FOLDER photo.jpg", "```", ""]
    lines = ["Needs Python 3 and these packages (Lepton Studio itself is not needed):", "",
             "```", f"pip install {needs}", "python predict.py photo.jpg more_photos/ --top-k 3",
             "python predict.py photo.jpg --json"]
    if quantization:
        other = "--int8" if quantization.default == "float" else "--float"
        lines.append(f"python predict.py photo.jpg {other}   # the "
                     f"{'int8' if other == '--int8' else 'float'} model instead")
    return [*lines, "```", "",
            "`predict.py` decodes pictures with exactly the code Lepton Studio uses (it is copied",
            "into the script) and refuses to run if a file here was changed after export.", ""]


def _model_lines(model_file: str, quantization: QuantizationCheck | None) -> list[str]:
    if quantization:
        default = "int8" if quantization.default == "int8" else "float32"
        lines = [f"- `{model_file}`: the model ({default}; `predict.py` uses it by default)"]
        if quantization.default == "int8":
            lines.append("- `model.onnx`: the same model in float32 (`predict.py --float`)")
        else:
            lines.append("- `model.int8.onnx`: the smaller int8 model (`predict.py --int8`); "
                         "see its accuracy below")
        return lines
    return [f"- `{model_file}`: the model"]


def _int8_lines(q: QuantizationCheck) -> list[str]:
    change = q.accuracy_change
    text = (f"int8 quantisation ({q.method}): {q.float_bytes:,} bytes → {q.int8_bytes:,} bytes "
            f"({q.size_ratio:.0%}). On {q.images} {q.split or 'check'} pictures: accuracy "
            f"{_percent(q.float_accuracy)} (float) → {_percent(q.int8_accuracy)} (int8)"
            + (f", change {change * 100:+.1f} points" if change is not None else "")
            + f"; same class as float for {q.same_top1} of {q.images}.")
    if q.default == "int8":
        verdict = (f"The int8 model lost at most {q.max_loss * 100:.0f} point, so it is the "
                   "default.")
    elif change is None:
        verdict = ("Its accuracy could not be measured (no labelled pictures), so the float "
                   "model stays the default.")
    else:
        verdict = (f"**Warning: the int8 model is {abs(change) * 100:.1f} points less accurate.** "
                   "The float model stays the default; use the int8 model only if size matters "
                   "more than those mistakes.")
    if q.method == "static":
        how = (f"Static int8 (QDQ, uint8 activations, int8 weights per channel), calibrated on "
               f"{q.calibration_images} training pictures.")
    elif q.fallback == "static_failed":
        how = "Dynamic int8 (weights only), because static int8 failed on this model."
    else:
        how = ("Dynamic int8 (weights only), because the training pictures were not on the "
               "computer that exported it to calibrate static int8.")
    return [text, "", how, "", verdict]
