"""Export figures: parity of each format with the app, and what int8 quantisation costs.

Trains a template on a generated shapes dataset (the bundled sample's drawing code,
saved at random non-square sizes as JPEG and PNG), exports it as ONNX (+ int8),
TorchScript and a bundle, and prints:

* per format, the export's own check on the validation pictures (max |Δp|, top-1);
* ``predict.py`` of the ONNX export run on every test file, against the app's
  prediction on the same file (the end-to-end figure);
* the int8 model's size and its accuracy change on the test split.

    .venv/bin/python benchmarks/export_figures.py [--per-class 150] [--epochs 20]
        [--templates small-cnn tiny-resnet mobile] [--size 48] [--resize crop]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_dataset(folder: Path, per_class: int, seed: int = 7) -> None:
    spec = importlib.util.spec_from_file_location("make_sample", ROOT / "resources/sample/make_sample.py")
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    rng = random.Random(seed)
    for kind in sample.CLASSES:
        (folder / kind).mkdir(parents=True, exist_ok=True)
        for index in range(per_class):
            image = sample.draw_shape(kind, rng)
            w, h = rng.randint(56, 160), rng.randint(56, 160)
            image = image.resize((w, h))
            if index % 2:
                image.save(folder / kind / f"{index:04d}.jpg", quality=rng.randint(70, 95))
            else:
                image.save(folder / kind / f"{index:04d}.png")


def figures(template: str, data: Path, work: Path, args) -> dict:
    from lepton_studio.core.data.dataset_builder import dataset_from_scan
    from lepton_studio.core.data.scan import scan
    from lepton_studio.core.data.sources import from_folder
    from lepton_studio.core.export import export_run, load_predictor
    from lepton_studio.core.project import ImageSettings, Project, TrainingSettings, save_project
    from lepton_studio.core.templates import make_template
    from lepton_studio.core.training.runner import run_training

    image = ImageSettings(args.size, "rgb", args.resize)
    dataset = dataset_from_scan(scan(from_folder(data)), image=image, ratios=(0.7, 0.15, 0.15))
    project = Project.new(f"shapes-{template}", make_template(template, "rgb", args.size,
                                                             len(dataset.class_names)))
    project.dataset = dataset
    cache = work / "cache"
    run = run_training(project, cache, settings=TrainingSettings(epochs=args.epochs, device="cpu"),
                       threads=args.threads)
    save_project(project, work / f"{template}.lepton")
    out = {"template": template, "best_val_accuracy": run.best_val_accuracy}
    for fmt in ("onnx", "torchscript", "bundle"):
        report = export_run(project, fmt=fmt, out_dir=work / f"{template}-{fmt}",
                            quantize=fmt == "onnx", cache_root=cache)
        out[fmt] = report.parity.to_dict() | {"exporter": report.exporter}
        if report.quantization:
            out["int8"] = report.quantization.to_dict()
    test_files = [str(dataset.resolve(item.path)) for item in dataset.items_in("test")]
    app = load_predictor(work / f"{template}.lepton").predict_files(test_files)
    for flag, key in (("--float", "predict_py_float"), (None, "predict_py_int8")):
        cmd = [sys.executable, str(work / f"{template}-onnx" / "predict.py"), *test_files, "--json"]
        got = json.loads(subprocess.run(cmd + ([flag] if flag else []), capture_output=True,
                                        text=True, check=True).stdout)
        diff = max(float(np.abs(np.array(g["probabilities"]) - a.probabilities).max())
                   for g, a in zip(got, app, strict=True))
        same = sum(g["label"] == a.label for g, a in zip(got, app, strict=True))
        out[key] = {"images": len(app), "max_abs_diff": diff, "same_top1": same}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-class", type=int, default=150)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--size", type=int, default=48)
    parser.add_argument("--resize", default="crop", choices=("stretch", "crop", "pad"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--templates", nargs="+", default=["small-cnn", "tiny-resnet", "mobile"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lepton-export-figures-") as tmp:
        work = Path(tmp)
        make_dataset(work / "data", args.per_class)
        rows = [figures(t, work / "data", work, args) for t in args.templates]
    print(json.dumps(rows, indent=1))
    print("\n| template | val acc | ONNX max|Δp| | TorchScript max|Δp| | bundle max|Δp| | "
          "predict.py max|Δp| (test files) | int8 size | int8 accuracy change |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        q = r["int8"]
        print(f"| {r['template']} | {r['best_val_accuracy']:.1%} | {r['onnx']['max_abs_diff']:.1e} | "
              f"{r['torchscript']['max_abs_diff']:.1e} | {r['bundle']['max_abs_diff']:.1e} | "
              f"{r['predict_py_float']['max_abs_diff']:.1e} ({r['predict_py_float']['same_top1']}/"
              f"{r['predict_py_float']['images']} same top-1) | {q['float_bytes']:,} → "
              f"{q['int8_bytes']:,} B ({q['size_ratio']:.0%}) | {q['float_accuracy']:.1%} → "
              f"{q['int8_accuracy']:.1%} ({q['accuracy_change'] * 100:+.1f} pt, "
              f"{q['same_top1']}/{q['images']} same class) |")


if __name__ == "__main__":
    main()
