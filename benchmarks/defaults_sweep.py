"""Where the automatic defaults come from: one setting changed at a time, on every picture set.

Each variant changes one automatic choice of the app (``training/auto.py`` and the
``TrainingSettings`` defaults) and keeps the rest; it trains as ``defaults_quality.py``'s
"app" column does (scan, suggested size, Small CNN), on pictures made with another seed
than the suite's (the defaults are not tuned on the pictures they are judged on). Printed:
test and validation accuracy and training time, mean over seeds, per picture set, and the
mean over sets. Mirroring stays off (the presets do not flip; ``mirror`` = "auto" keeps
it off unless the data shows it is safe).

    .venv/bin/python benchmarks/defaults_sweep.py [--datasets ...] [--seeds 2] [--per-class 150]
        [--only base,epochs-15k,...]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import DATASETS, make  # noqa: E402
from defaults_quality import THREADS, app_run, new_project, set_threads  # noqa: E402

DATA_SEED = 1  # the suite (defaults_quality.py) uses pictures made with seed 0


def epochs_for(target: int):
    """Epochs aiming at ``target`` presentations, with the app's bounds."""
    from lepton_studio.core.training import auto

    def choose(train_count: int) -> int:
        return int(min(auto.MAX_EPOCHS, max(auto.MIN_EPOCHS, round(target / max(train_count, 1)))))
    return choose


# name -> settings overrides; a callable value is given the training-split size.
VARIANTS: dict[str, dict] = {
    "base": {},
    "epochs-15k": {"epochs": epochs_for(15_000)},
    "epochs-60k": {"epochs": epochs_for(60_000)},
    "lr-1e-3": {"learning_rate": 1e-3},
    "lr-1e-2": {"learning_rate": 1e-2},
    "batch-32": {"batch_size": 32},
    "batch-128": {"batch_size": 128},
    "smoothing-0": {"label_smoothing": 0.0},
    "smoothing-0.2": {"label_smoothing": 0.2},
    "augment-none": {"augment": "none"},
    "augment-strong": {"augment": "strong"},
    "no-early-stop": {"early_stopping_patience": None},
    "decay-5e-2": {"weight_decay": 5e-2},
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", default=",".join(DATASETS))
    parser.add_argument("--per-class", type=int, default=150)
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--only", default=",".join(VARIANTS), help="comma-separated variants")
    parser.add_argument("--threads", type=int, default=THREADS, help="torch threads of every run")
    args = parser.parse_args()
    set_threads(args.threads)
    names = [n for n in args.datasets.split(",") if n]
    variants = [v for v in args.only.split(",") if v]
    for v in variants:
        if v not in VARIANTS:
            parser.error(f"unknown variant {v!r}; known: {', '.join(VARIANTS)}")

    from lepton_studio.core.data.scan import scan
    from lepton_studio.core.data.sources import from_folder

    table: dict[str, dict[str, tuple[float, float, float]]] = {v: {} for v in variants}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            make(name, Path(tmp) / name, args.per_class, seed=DATA_SEED)
            report = scan(from_folder(Path(tmp) / name))
            train_count = len(new_project(report, 0).dataset.items_in("train"))
            for variant in variants:
                settings = {k: (v(train_count) if callable(v) else v) for k, v in VARIANTS[variant].items()}
                runs = [app_run(report, Path(tmp) / "cache", seed, **settings) for seed in range(args.seeds)]
                row = (statistics.mean(r.accuracy for r in runs), statistics.mean(r.val_accuracy for r in runs),
                       statistics.mean(r.seconds for r in runs))
                table[variant][name] = row
                print(f"{name:11} {variant:15} test {row[0]:.3f}  val {row[1]:.3f}  {row[2]:5.1f} s  "
                      f"epochs {[r.epochs for r in runs]} {[r.status for r in runs]}", flush=True)

    print()
    print(f"test accuracy, mean of {args.seeds} seeds ({args.per_class} per class, pictures seed {DATA_SEED})")
    print(f"{'variant':15} " + " ".join(f"{n:>11}" for n in names) + f" {'mean':>7} {'val mean':>8} {'s':>5}")
    for variant in variants:
        rows = [table[variant][n] for n in names]
        print(f"{variant:15} " + " ".join(f"{r[0]:11.3f}" for r in rows)
              + f" {statistics.mean(r[0] for r in rows):7.3f} {statistics.mean(r[1] for r in rows):8.3f}"
              + f" {statistics.mean(r[2] for r in rows):5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
