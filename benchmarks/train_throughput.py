"""Training throughput: Lepton Studio's trainer against two plain PyTorch baselines.

Same model (the Small CNN template), same images (generated camera-like JPEGs), same batch size, same thread count,
in one process:

  (a) a plain PyTorch loop over float tensors already in memory (the fastest honest
      baseline: no decoding, no augmentation);
  (b) the usual script: a ``Dataset`` that opens every file with Pillow each epoch,
      under a ``DataLoader`` (``--workers`` processes);
  app: ``lepton_studio.core.training.trainer.train`` fed from the image cache, with
      augmentation off (like-for-like with (a)) and on ("light").

Images/s are measured from the second epoch on. Run:
    .venv/bin/python benchmarks/train_throughput.py [--images 2000] [--size 64] [--epochs 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def make_images(root: Path, count: int, source_size: int, classes: int) -> list[tuple[Path, int]]:
    """Camera-like JPEGs (4:3, ``source_size`` wide): smooth gradients, a shape, noise."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.default_rng(0)
    width, height = source_size, source_size * 3 // 4
    ramp = np.linspace(0, 1, width, dtype=np.float32)[None, :, None]
    items = []
    for index in range(count):
        label = index % classes
        colour = rng.uniform(40, 215, 3).astype(np.float32)
        pixels = colour * (0.6 + 0.4 * ramp) + rng.normal(0, 12, (height, width, 3))
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        draw = ImageDraw.Draw(image)
        r = int(rng.integers(height // 8, height // 3))
        x, y = int(rng.integers(r, width - r)), int(rng.integers(r, height - r))
        fill = tuple(int(v) for v in rng.integers(0, 256, 3))
        if label % 2:
            draw.ellipse([x - r, y - r, x + r, y + r], fill=fill)
        else:
            draw.rectangle([x - r, y - r, x + r, y + r], fill=fill)
        path = root / f"c{label}" / f"{index:05d}.jpg"
        path.parent.mkdir(parents=True, exist_ok=True)
        image.filter(ImageFilter.SMOOTH).save(path, quality=90)
        items.append((path, label))
    return items


def plain_in_memory(graph, x: np.ndarray, y: np.ndarray, batch: int, epochs: int) -> list[float]:
    import torch

    from lepton_studio.core.compiler import build_model

    torch.manual_seed(0)
    model = build_model(graph).train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()
    images = torch.from_numpy(x).permute(0, 3, 1, 2).float().div(255).contiguous()
    labels = torch.from_numpy(y).long()
    rates = []
    for _ in range(epochs):
        order = torch.randperm(len(images))
        start = time.perf_counter()
        for i in range(0, len(images) - 1, batch):
            idx = order[i:i + batch]
            optimizer.zero_grad()
            loss = loss_fn(model(images[idx]), labels[idx])
            loss.backward()
            optimizer.step()
        rates.append(len(images) / (time.perf_counter() - start))
    return rates


def pillow_dataloader(graph, items, size: int, batch: int, epochs: int, workers: int) -> list[float]:
    import torch
    from PIL import Image

    from lepton_studio.core.compiler import build_model

    class FolderDataset(torch.utils.data.Dataset):
        def __len__(self):
            return len(items)

        def __getitem__(self, index):
            path, label = items[index]
            with Image.open(path) as image:
                image = image.convert("RGB").resize((size, size), Image.BILINEAR)
                array = np.asarray(image, dtype=np.float32) / 255.0
            return torch.from_numpy(array).permute(2, 0, 1), label

    torch.manual_seed(0)
    model = build_model(graph).train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()
    loader = torch.utils.data.DataLoader(FolderDataset(), batch_size=batch, shuffle=True,
                                         num_workers=workers, persistent_workers=workers > 0)
    rates = []
    for _ in range(epochs):
        start = time.perf_counter()
        for images, labels in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(images), labels)
            loss.backward()
            optimizer.step()
        rates.append(len(items) / (time.perf_counter() - start))
    return rates


def app_trainer(graph, x, y, batch: int, epochs: int, augment: str, threads: int) -> list[float]:
    from lepton_studio.core.project import TrainingSettings
    from lepton_studio.core.training.events import EpochEnded
    from lepton_studio.core.training.trainer import TrainingData, train

    rates = []
    settings = TrainingSettings(epochs=epochs, batch_size=batch, learning_rate=1e-3, optimizer="adam",
                                augment=augment, early_stopping_patience=None, device="cpu")
    train(graph, TrainingData(x, y), settings,
          lambda e: rates.append(e.images_per_s) if isinstance(e, EpochEnded) else None, threads=threads)
    return rates


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=2000)
    parser.add_argument("--size", type=int, default=64, help="training image size")
    parser.add_argument("--source-size", type=int, default=640, help="width of the generated JPEG photos")
    parser.add_argument("--classes", type=int, default=10)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, help="DataLoader workers for baseline (b)")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved repetitions")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    import torch

    from lepton_studio.core.data.cache import ImageCache
    from lepton_studio.core.templates import make_template

    torch.set_num_threads(args.threads)
    graph = make_template("small-cnn", "rgb", args.size, args.classes)
    with tempfile.TemporaryDirectory() as tmp:
        items = make_images(Path(tmp) / "images", args.images, args.source_size, args.classes)
        cache = ImageCache(Path(tmp) / "cache", args.size, "rgb", "stretch")
        start = time.perf_counter()
        cache.fill([p for p, _ in items])
        fill_s = time.perf_counter() - start
        x = cache.get([p for p, _ in items])
        y = np.array([label for _, label in items], dtype=np.int64)

        runs = {
            "(a) plain loop, tensors in memory": lambda: plain_in_memory(graph, x, y, args.batch, args.epochs),
            f"(b) Pillow Dataset + DataLoader ({args.workers} workers)": lambda: pillow_dataloader(
                graph, items, args.size, args.batch, args.epochs, args.workers),
            "app trainer, augmentation off": lambda: app_trainer(graph, x, y, args.batch, args.epochs, "none", args.threads),
            "app trainer, light augmentation": lambda: app_trainer(graph, x, y, args.batch, args.epochs, "light", args.threads),
        }
        # Interleaved rounds; each method's best steady epoch (from the second on) counts,
        # which keeps a busy neighbour process from deciding the ratios.
        results = {name: 0.0 for name in runs}
        for _ in range(args.rounds):
            for name, run in runs.items():
                results[name] = max(results[name], max(run()[1:]))
    a = results["(a) plain loop, tensors in memory"]
    b = next(v for k, v in results.items() if k.startswith("(b)"))
    print(f"torch {torch.__version__}, {args.threads} threads, {args.images} JPEG photos "
          f"{args.source_size}x{args.source_size * 3 // 4} trained at {args.size}x{args.size}, "
          f"batch {args.batch}, Small CNN, CPU")
    print(f"image cache fill (first decode of every file): {args.images / fill_s:.0f} images/s")
    print(f"{'':42} {'images/s':>9} {'vs (a)':>7} {'vs (b)':>7}")
    for name, rate in results.items():
        print(f"{name:42} {rate:9.0f} {rate / a:7.2f} {rate / b:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
