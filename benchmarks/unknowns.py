"""Pictures of none of the classes: does the model know it does not know?

For each picture set of ``benchmarks/datasets.py`` the first classes are *known* (the
app trains on them, as ``lepton-studio train`` does with no options: split 70/10/20,
default template, automatic settings, calibrated on validation after training) and the
rest are held out as *unknowns* the model never saw. On the known test pictures and
the unknowns it prints, per score:

* AUROC: how well the score ranks known pictures above unknown ones (0.5: chance);
* caught: the share of unknowns set aside as "not sure" by the threshold chosen on
  validation to keep 95 % of known pictures, and the share of known test pictures kept;

for the maximum softmax probability without calibration (what other tools show), the
maximum *calibrated* probability (what the app uses; also in float64, to show what
float32 outputs lose when sharpened probabilities round to 1.0), and the energy score
(``T·logsumexp(z/T)``, at T = 1 and at the fitted T). It also prints the expected
calibration error (ECE, 15 bins) on the known test pictures before and after temperature
scaling, and the NLL. The baseline is the uncalibrated softmax of the same network.

    .venv/bin/python benchmarks/unknowns.py [--datasets characters,arrows,photos,shapes]
        [--per-class 150] [--seeds 2] [--markdown]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import make  # noqa: E402  (benchmarks/datasets.py)

SPLIT = (0.7, 0.1, 0.2)
THREADS = 1
KNOWN = {"characters": 7, "arrows": 3, "photos": 4, "shapes": 3}  # the first N classes
SCORES = ("softmax", "calibrated", "calibrated_f64", "energy", "energy_T")


def auroc(known: np.ndarray, unknown: np.ndarray) -> float:
    """P(score of a known picture > score of an unknown one), ties counting half."""
    values = np.concatenate([known, unknown])
    order = values.argsort(kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(1, len(values) + 1)
    for value in np.unique(values):  # average ranks of ties
        same = values == value
        if same.sum() > 1:
            ranks[same] = ranks[same].mean()
    n_known, n_unknown = len(known), len(unknown)
    return float((ranks[:n_known].sum() - n_known * (n_known + 1) / 2) / (n_known * n_unknown))


def scores_of(logits: np.ndarray, temperature: float) -> dict[str, np.ndarray]:
    """Each score, higher meaning "more like a known class"."""
    from lepton_studio.core.calibration import softmax
    from lepton_studio.core.confidence import unknown_score

    z = logits.astype(np.float64)

    def logsumexp(x):
        top = x.max(axis=1, keepdims=True)
        return (top + np.log(np.exp(x - top).sum(axis=1, keepdims=True)))[:, 0]

    def softmax64(x):
        e = np.exp(x - x.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    return {"softmax": unknown_score(softmax(logits)),
            "calibrated": unknown_score(softmax(logits, temperature)),
            # the same in float64: what float32 probabilities lose to ties at 1.0
            "calibrated_f64": softmax64(z / temperature).max(axis=1),
            "energy": logsumexp(z),
            "energy_T": temperature * logsumexp(z / temperature)}


def pixels_of(files: list[Path], image) -> np.ndarray:
    from lepton_studio.core.data.decode import preprocess_file

    return np.stack([preprocess_file(f, image.size, image.color, image.resize) for f in files])


def one_run(name: str, folder: Path, unknown_files: list[Path], cache: Path, seed: int) -> dict:
    from lepton_studio.core.calibration import (
        expected_calibration_error,
        negative_log_likelihood,
        predict_logits,
        run_calibration,
        softmax,
        threshold_for_kept,
    )
    from lepton_studio.core.checkpoints import load_run_model
    from lepton_studio.core.data.dataset_builder import dataset_from_scan
    from lepton_studio.core.data.scan import scan
    from lepton_studio.core.data.sources import from_folder
    from lepton_studio.core.project import Project
    from lepton_studio.core.templates import make_template
    from lepton_studio.core.training.runner import load_split_arrays, run_training

    dataset = dataset_from_scan(scan(from_folder(folder)), ratios=SPLIT, seed=seed)
    image = dataset.image
    project = Project.new("bench", make_template("small-cnn", image.color, image.size,
                                                 len(dataset.class_names)))
    project.dataset = dataset
    project.training.seed = seed
    run = run_training(project, cache, threads=THREADS)
    calibration = run_calibration(run)
    t = calibration.temperature
    network = load_run_model(project, run)
    arrays = load_split_arrays(dataset, cache, ("val", "test"))
    val_logits = predict_logits(network, arrays["val"][0])
    test_logits, test_labels = predict_logits(network, arrays["test"][0]), arrays["test"][1]
    unknown_logits = predict_logits(network, pixels_of(unknown_files, image))
    val, test, unknown = (scores_of(z, t) for z in (val_logits, test_logits, unknown_logits))
    saturated = float(np.mean(np.concatenate([test["calibrated"], unknown["calibrated"]]) >= 1.0))
    row = {"temperature": t, "accuracy": float((test_logits.argmax(1) == test_labels).mean()),
           "ece_before": expected_calibration_error(softmax(test_logits), test_labels),
           "ece_after": expected_calibration_error(softmax(test_logits, t), test_labels),
           "nll_before": negative_log_likelihood(softmax(test_logits), test_labels),
           "nll_after": negative_log_likelihood(softmax(test_logits, t), test_labels),
           "saturated": saturated}
    for score in SCORES:
        cut = threshold_for_kept(val[score], 0.95)
        if score == "calibrated":  # the app's own threshold, as stored with the run
            assert abs(cut - calibration.threshold) < 1e-5, (cut, calibration.threshold)
        row[f"auroc_{score}"] = auroc(test[score], unknown[score])
        row[f"caught_{score}"] = float((unknown[score] < cut).mean())
        row[f"kept_{score}"] = float((test[score] >= cut).mean())
    return row


def bench(name: str, per_class: int, seeds: int, tmp: Path) -> list[dict]:
    everything = tmp / f"{name}-all"
    classes = make(name, everything, per_class, seed=0)
    known_folder = tmp / f"{name}-known"
    known_folder.mkdir()
    unknown_files: list[Path] = []
    for index, label in enumerate(classes):
        if index < KNOWN[name]:
            shutil.copytree(everything / label, known_folder / label)
        else:
            unknown_files += sorted((everything / label).iterdir())
    rows = []
    for seed in range(seeds):
        row = one_run(name, known_folder, unknown_files, tmp / f"cache-{name}", seed)
        rows.append(row)
        print(f"  {name} seed {seed}: acc {row['accuracy']:.3f}, T {row['temperature']:.2f}, "
              f"score 1.0 (float32) {row['saturated']:.2f}, "
              f"ECE {row['ece_before']:.3f} -> {row['ece_after']:.3f}, "
              + ", ".join(f"{s} AUROC {row[f'auroc_{s}']:.3f} caught {row[f'caught_{s}']:.2f} "
                          f"kept {row[f'kept_{s}']:.2f}" for s in SCORES), flush=True)
    return rows


def mean(rows: list[dict], key: str) -> str:
    values = [r[key] for r in rows]
    spread = statistics.stdev(values) if len(values) > 1 else 0.0
    return f"{statistics.mean(values):.3f} ± {spread:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", default="characters,arrows,photos,shapes")
    parser.add_argument("--per-class", type=int, default=150)
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(THREADS)
    results = {}
    with tempfile.TemporaryDirectory(prefix="lepton-unknowns-") as tmp:
        for name in args.datasets.split(","):
            results[name] = bench(name, args.per_class, args.seeds, Path(tmp))
    print()
    header = ("| set (known + unknown classes) | test acc | T | ECE before → after | "
              + " | ".join(f"AUROC {s}" for s in SCORES) + " | "
              + " | ".join(f"caught {s}" for s in SCORES) + " | known kept (calibrated) | "
              "NLL before → after | scores at 1.0 |")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for name, rows in results.items():
        total = {"characters": 10, "arrows": 4, "photos": 6, "shapes": 4}[name]
        cells = [f"{name} ({KNOWN[name]} + {total - KNOWN[name]})", mean(rows, "accuracy"),
                 mean(rows, "temperature"),
                 f"{mean(rows, 'ece_before')} → {mean(rows, 'ece_after')}"]
        cells += [mean(rows, f"auroc_{s}") for s in SCORES]
        cells += [mean(rows, f"caught_{s}") for s in SCORES]
        cells.append(mean(rows, "kept_calibrated"))
        cells.append(f"{mean(rows, 'nll_before')} → {mean(rows, 'nll_after')}")
        cells.append(mean(rows, "saturated"))
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
