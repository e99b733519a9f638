"""int8 figures: float vs dynamic vs static (QDQ; U8S8 as the app, and S8S8) ONNX models.

For each dataset (``benchmarks/datasets.py``) and template: train briefly, export the
float ONNX model with the app's static int8 (calibrated on up to 200 training pictures,
as the Export step does: uint8 activations, int8 weights), make the dynamic int8 and the
static S8S8 (int8 activations) versions of the same float file, and print per model: test accuracy, file size and onnxruntime CPU latency, batch 1, the
median of ``--runs`` runs with one thread (``core.export.compare.median_latency_ms``).

    nice -n 10 .venv/bin/python benchmarks/int8.py [--datasets photos characters shapes]
        [--templates small-cnn tiny-resnet mobile] [--per-class 120] [--epochs 15] [--runs 200]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def figures(dataset_name: str, template: str, work: Path, args) -> dict:
    import torch

    from benchmarks.datasets import make
    from lepton_studio.core.data.dataset_builder import dataset_from_scan
    from lepton_studio.core.data.scan import scan
    from lepton_studio.core.data.sources import from_folder
    from lepton_studio.core.export import export_run
    from lepton_studio.core.export.compare import median_latency_ms
    from lepton_studio.core.export.exporter import INT8_FILE, _split_pixels
    from lepton_studio.core.export.predictor import onnx_probabilities
    from lepton_studio.core.export.quantize import DYNAMIC, quantize_onnx
    from lepton_studio.core.export.verify import accuracy
    from lepton_studio.core.project import ImageSettings, Project, TrainingSettings
    from lepton_studio.core.tasks import CancelToken, ignore_event
    from lepton_studio.core.templates import make_template
    from lepton_studio.core.training.runner import run_training

    torch.set_num_threads(1)
    data = work / f"data-{dataset_name}"
    if not data.exists():
        make(dataset_name, data, args.per_class, seed=1)
    image = ImageSettings(args.size, "rgb", "stretch")
    dataset = dataset_from_scan(scan(from_folder(data)), image=image, ratios=(0.7, 0.15, 0.15))
    project = Project.new(f"{dataset_name}-{template}",
                          make_template(template, "rgb", args.size, len(dataset.class_names)))
    project.dataset = dataset
    cache = work / "cache"
    run = run_training(project, cache, threads=1,
                       settings=TrainingSettings(epochs=args.epochs, device="cpu"))
    folder = work / f"{dataset_name}-{template}"
    report = export_run(project, fmt="onnx", out_dir=folder, quantize=True, cache_root=cache)
    q = report.quantization
    dynamic = folder / "model.dynamic.onnx"
    quantize_onnx(folder / "model.onnx", dynamic, None, work, method=DYNAMIC)
    pixels, labels = _split_pixels(dataset, cache, "test", 0, ignore_event, CancelToken())
    s8s8 = folder / "model.s8s8.onnx"
    calibration = _split_pixels(dataset, cache, "train", 200, ignore_event, CancelToken())[0]
    from lepton_studio.core.data.decode import to_model_input
    quantize_onnx(folder / "model.onnx", s8s8, to_model_input(calibration), work, activations="int8")
    rows = {}
    for name, path in (("float", folder / "model.onnx"), ("dynamic int8", dynamic),
                       (f"{q.method} int8 U8S8 (app)", folder / INT8_FILE),
                       ("static int8 S8S8", s8s8)):
        rows[name] = {"accuracy": accuracy(onnx_probabilities(path, pixels), labels),
                      "bytes": path.stat().st_size,
                      "latency_ms": median_latency_ms(path, runs=args.runs, threads=1)}
    return {"dataset": dataset_name, "template": template, "classes": len(dataset.class_names),
            "test_images": len(labels), "best_val_accuracy": run.best_val_accuracy,
            "calibration_images": q.calibration_images, "default": q.default, "models": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", nargs="+", default=["photos", "characters", "shapes"])
    parser.add_argument("--templates", nargs="+", default=["small-cnn", "tiny-resnet", "mobile"])
    parser.add_argument("--per-class", type=int, default=120)
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--size", type=int, default=32)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    import onnxruntime

    rows = []
    with tempfile.TemporaryDirectory(prefix="lepton-int8-") as tmp:
        for dataset_name in args.datasets:
            for template in args.templates:
                rows.append(figures(dataset_name, template, Path(tmp), args))
                print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print(f"onnxruntime {onnxruntime.__version__}, {platform.processor() or platform.machine()}, "
          f"1 thread, batch 1, median of {args.runs} runs; {args.per_class} pictures per class, "
          f"{args.size} px, {args.epochs} epochs\n")
    print("| dataset | template | model | test accuracy | file size | CPU ms/picture | speed-up |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        base = r["models"]["float"]["latency_ms"]
        for name, m in r["models"].items():
            print(f"| {r['dataset']} ({r['test_images']} test) | {r['template']} | {name} | "
                  f"{m['accuracy']:.1%} | {m['bytes'] / 1e3:,.0f} kB | {m['latency_ms']:.3f} | "
                  f"{base / m['latency_ms']:.2f}× |")


if __name__ == "__main__":
    main()
