"""Good defaults: the app with no options against a plain PyTorch CNN given the same time.

The dataset is generated: pictures of four shapes (circle, square, triangle, cross) with
random size, position, rotation and colours on noisy, cluttered backgrounds, 48 px. The
app goes the way ``lepton-studio new`` + ``train`` with no options do: scan, the
suggested size, the Small CNN template, every training setting on "auto". The baseline
is the usual hand-written script: a three-block CNN of similar size (conv-ReLU-pool ×3,
dense 128, output), Adam at 1e-3, batch 32, no augmentation, images already in memory,
trained for the same wall time as the app's run; we report its last model (what such a
script keeps) and its best-validation epoch (a generous variant). Test accuracy on the
same held-out test split, for several seeds.

    .venv/bin/python benchmarks/defaults_quality.py [--per-class 200] [--seeds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CLASSES = ("circle", "square", "triangle", "cross")


def make_pictures(root: Path, per_class: int, size: int = 48, seed: int = 0) -> None:
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(seed)
    for name in CLASSES:
        (root / name).mkdir(parents=True, exist_ok=True)
        for index in range(per_class):
            base = rng.uniform(30, 200, 3)
            noise = rng.normal(0, 18, (size, size, 3))
            ramp = np.linspace(-25, 25, size)[None, :, None] * rng.choice([-1, 1])
            image = Image.fromarray(np.clip(base + noise + ramp, 0, 255).astype(np.uint8))
            draw = ImageDraw.Draw(image)
            for _ in range(int(rng.integers(1, 4))):  # clutter lines
                points = [tuple(int(v) for v in rng.integers(0, size, 2)) for _ in range(2)]
                draw.line(points, fill=tuple(int(v) for v in rng.integers(0, 256, 3)), width=1)
            colour = tuple(int(v) for v in rng.integers(0, 256, 3))
            r = int(rng.integers(size // 7, size // 3))
            x, y = (int(v) for v in rng.integers(r, size - r, 2))
            angle = rng.uniform(0, np.pi)
            if name == "circle":
                draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
            elif name == "square":
                corners = [(x + r * np.cos(angle + k * np.pi / 2), y + r * np.sin(angle + k * np.pi / 2)) for k in range(4)]
                draw.polygon(corners, fill=colour)
            elif name == "triangle":
                corners = [(x + r * np.cos(angle + k * 2 * np.pi / 3), y + r * np.sin(angle + k * 2 * np.pi / 3)) for k in range(3)]
                draw.polygon(corners, fill=colour)
            else:
                w = max(2, r // 3)
                draw.rectangle([x - r, y - w, x + r, y + w], fill=colour)
                draw.rectangle([x - w, y - r, x + w, y + r], fill=colour)
            image.save(root / name / f"{index:04d}.png")


def plain_cnn(channels: int, size: int, classes: int):
    from torch import nn

    final = size // 8
    return nn.Sequential(
        nn.Conv2d(channels, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 128, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(128 * final * final, 128), nn.ReLU(), nn.Linear(128, classes))


def train_plain(arrays, classes: int, seconds: float, seed: int) -> tuple[float, float, int, int]:
    """(last-model test accuracy, best-validation test accuracy, epochs, parameters)."""
    import torch

    torch.manual_seed(seed)
    to_tensor = {k: (torch.from_numpy(x).permute(0, 3, 1, 2).float() / 255, torch.from_numpy(y))
                 for k, (x, y) in arrays.items()}
    train_x, train_y = to_tensor["train"]
    model = plain_cnn(train_x.shape[1], train_x.shape[2], classes)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()

    def accuracy(split: str) -> float:
        x, y = to_tensor[split]
        model.eval()
        with torch.no_grad():
            return float((model(x).argmax(1) == y).float().mean())

    start, epochs, best_val, best_test = time.perf_counter(), 0, -1.0, 0.0
    while time.perf_counter() - start < seconds:
        model.train()
        order = torch.randperm(len(train_x))
        for i in range(0, len(order), 32):
            index = order[i:i + 32]
            optimizer.zero_grad()
            loss_fn(model(train_x[index]), train_y[index]).backward()
            optimizer.step()
        epochs += 1
        val = accuracy("val")
        if val > best_val:
            best_val, best_test = val, accuracy("test")
    return accuracy("test"), best_test, epochs, sum(p.numel() for p in model.parameters())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=200)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()

    import torch

    from lepton_studio.core.data.dataset_builder import dataset_from_scan
    from lepton_studio.core.data.scan import scan
    from lepton_studio.core.data.sources import from_folder
    from lepton_studio.core.evaluation import evaluate_run
    from lepton_studio.core.project import Project, TrainingSettings
    from lepton_studio.core.shapes import analyse
    from lepton_studio.core.templates import make_template
    from lepton_studio.core.training.runner import load_split_arrays, run_training

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pictures"
        make_pictures(folder, args.per_class)
        report = scan(from_folder(folder))
        for seed in range(args.seeds):
            dataset = dataset_from_scan(report, ratios=(0.7, 0.1, 0.2), seed=seed)
            image = dataset.image
            project = Project.new("bench", make_template("small-cnn", image.color, image.size,
                                                         len(dataset.class_names)))
            project.dataset = dataset
            project.training = TrainingSettings(seed=seed)  # everything else automatic
            cache = Path(tmp) / "cache"
            arrays = load_split_arrays(dataset, cache, ("train", "val", "test"))
            run = run_training(project, cache)
            app_accuracy = evaluate_run(project, cache, split="test").metrics.accuracy
            last, best, epochs, params = train_plain(arrays, len(dataset.class_names), run.duration_s, seed)
            rows.append((seed, run.duration_s, len(run.history), app_accuracy, epochs, last, best))
            print(f"seed {seed}: app {app_accuracy:.3f} in {run.duration_s:.1f} s ({len(run.history)} epochs, "
                  f"{run.status}); plain CNN same time: last {last:.3f}, best-val {best:.3f} ({epochs} epochs)",
                  flush=True)
        app_params = analyse(project.graph, memory_bytes=None).total_params
    print()
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads; {len(CLASSES)} classes × "
          f"{args.per_class} pictures at {image.size} px; split 70/10/20; {args.seeds} seeds")
    print(f"parameters: app Small CNN {app_params:,}, plain CNN {params:,}")
    mean = lambda i: statistics.mean(r[i] for r in rows)  # noqa: E731
    print(f"{'':38} {'test accuracy':>13} {'test error':>10}")
    print(f"{'app, all defaults':38} {mean(3):13.3f} {1 - mean(3):10.3f}")
    print(f"{'plain CNN, same time, last model':38} {mean(5):13.3f} {1 - mean(5):10.3f}")
    print(f"{'plain CNN, same time, best-val model':38} {mean(6):13.3f} {1 - mean(6):10.3f}")
    print(f"mean training time {mean(1):.1f} s; plain CNN error / app error: "
          f"{(1 - mean(5)) / max(1 - mean(3), 1e-9):.2f}× (last), {(1 - mean(6)) / max(1 - mean(3), 1e-9):.2f}× (best-val)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
