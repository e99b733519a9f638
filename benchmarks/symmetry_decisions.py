"""What the automatic mirror/turn check decides on each benchmark picture set, and what
mirroring costs or gains there (docs/augmentation.md).

For each set of ``benchmarks/datasets.py`` and seed: the app with its defaults (mirror and
turn "auto"), then with mirroring forced on (the old default: half the pictures mirrored);
test accuracy, the check's decision and its three accuracies, and the seconds per run.

    PYTHONPATH=. python benchmarks/symmetry_decisions.py [--per-class 60] [--seeds 1]
        [--datasets shapes,characters,arrows,photos] [--threads 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import DATASETS, make  # noqa: E402


def one_run(report, cache: Path, seed: int, threads: int, **settings):
    import dataclasses

    from lepton_studio.core.data.dataset_builder import dataset_from_scan
    from lepton_studio.core.evaluation import evaluate_run
    from lepton_studio.core.project import Project
    from lepton_studio.core.templates import make_template
    from lepton_studio.core.training.runner import run_training
    from lepton_studio.core.training.symmetry import symmetry_of_run

    dataset = dataset_from_scan(report, seed=seed)
    image = dataset.image
    project = Project.new("bench", make_template("small-cnn", image.color, image.size,
                                                 len(dataset.class_names)))
    project.dataset = dataset
    project.training = dataclasses.replace(project.training, seed=seed, device="cpu", **settings)
    run = run_training(project, cache, threads=threads)
    accuracy = evaluate_run(project, cache, split="test").metrics.accuracy
    return accuracy, symmetry_of_run(run.settings), run.duration_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=60)
    parser.add_argument("--seeds", type=int, default=1)
    parser.add_argument("--datasets", default=",".join(DATASETS))
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    from lepton_studio.core.data.scan import scan
    from lepton_studio.core.data.sources import from_folder

    print("| set | seed | auto: test acc | mirror / turn decided | plain / mirrored / turned val acc "
          "(epoch) | mirror forced on: test acc | s (auto / forced) |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.datasets.split(","):
            folder = Path(tmp) / name
            make(name, folder, args.per_class, seed=0)
            report = scan(from_folder(folder))
            cache = Path(tmp) / f"cache-{name}"
            for seed in range(args.seeds):
                auto, check, auto_s = one_run(report, cache, seed, args.threads)
                forced, _c, forced_s = one_run(report, cache, seed, args.threads, mirror="yes", turn="no")
                decided = (f"{'on' if check.mirror else 'off'} ({check.mirror_reason}) / "
                           f"{'on' if check.turn else 'off'} ({check.turn_reason})")
                measured = ("-" if check.plain is None else
                            f"{check.plain:.2f} / {check.mirrored:.2f} / {check.turned:.2f} ({check.epoch})")
                print(f"| {name} | {seed} | {auto:.3f} | {decided} | {measured} | {forced:.3f} "
                      f"| {auto_s:.0f} / {forced_s:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
