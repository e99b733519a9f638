"""``new``, ``train``, ``evaluate`` and ``info``: a project from a folder to a trained model."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core import problems as P
from ..core import settings_schema as schema
from ..core.problems import ERROR, LeptonError
from ..core.text import is_valid_text
from .output import (
    print_json,
    print_problem,
    printable,
    problem_lines,
    progress_printer,
    say,
    training_printer,
)
from .training_options import run_settings

__all__ = ["add_parsers", "run_settings"]  # run_settings: the tests' (and distributed's) helper


def add_parsers(subparsers) -> None:
    new = subparsers.add_parser("new", help="create a project from a folder of images or a CSV",
                                description="Scan the images, print what was found, split them and "
                                            "save a new project.")
    new.add_argument("project", type=Path, help="the project file to create (*.lepton)")
    new.add_argument("--data", required=True, type=Path,
                     help="a folder with one sub-folder per class, or a CSV of path,label")
    new.add_argument("--template", default="small-cnn",
                     choices=("small-cnn", "tiny-resnet", "mobile", "transfer"),
                     help="transfer: a pretrained network, best with few photos per class")
    new.add_argument("--image-size", type=int, help="pixels per side (default: from the data)")
    new.add_argument("--color", choices=("rgb", "gray"), help="colour mode (default: from the data)")
    new.add_argument("--resize", choices=("stretch", "crop", "pad"), default="stretch")
    new.add_argument("--split", default="80/10/10", help="train/validation/test percentages")
    new.add_argument("--seed", type=int, default=0)
    new.add_argument("--force", action="store_true", help="overwrite an existing project file")
    new.add_argument("--json", action="store_true", help="print the scan report as JSON")
    new.set_defaults(func=cmd_new)

    train = subparsers.add_parser("train", help="train the project's model")
    train.add_argument("project", type=Path)
    train.add_argument("--epochs", type=int, help=f"1 to {limit('epochs')}")
    train.add_argument("--batch-size", type=int, help=f"1 to {limit('batch_size')}")
    train.add_argument("--lr", type=float, help=f"learning rate, above 0 and at most {limit('learning_rate')}")
    train.add_argument("--optimizer", choices=schema.spec("optimizer").choices)
    train.add_argument("--device", default=None, help="auto, cpu, cuda or mps")
    train.add_argument("--augment", choices=schema.spec("augment").choices)
    train.add_argument("--mirror", choices=schema.spec("mirror").choices,
                       help="is a left-right mirrored picture still the same class? "
                            "(auto: checked on the validation pictures)")
    train.add_argument("--turn", choices=schema.spec("turn").choices,
                       help="is a picture turned by 90/180/270 degrees still the same class?")
    train.add_argument("--seed", type=int, help=f"0 to {limit('seed')}")
    train.add_argument("--threads", type=int, help="CPU threads (default: all cores)")
    train.add_argument("--distributed", action="store_true",
                       help="run under torchrun (one process per GPU or CPU worker)")
    train.add_argument("--auto", action="store_true",
                       help="find the best model for me: try several models within --budget")
    train.add_argument("--budget", help="time for --auto (implies it): 90s, 5m, 1h or seconds (default 5m)")
    train.add_argument("--json", action="store_true", help="print the run as JSON")
    train.set_defaults(func=cmd_train)

    evaluate = subparsers.add_parser("evaluate", help="accuracy and confusion matrix on the test split")
    evaluate.add_argument("project", type=Path)
    evaluate.add_argument("--run", help="run id (default: the selected run)")
    evaluate.add_argument("--split", choices=("train", "val", "test"))
    evaluate.add_argument("--json", action="store_true")
    evaluate.set_defaults(func=cmd_evaluate)

    info = subparsers.add_parser("info", help="what a project holds")
    info.add_argument("project", type=Path)
    info.add_argument("--json", action="store_true")
    info.set_defaults(func=cmd_info)


def parse_split(text: str) -> tuple[float, float, float]:
    try:
        parts = [float(p) for p in text.replace(",", "/").split("/")]
    except ValueError:
        parts = []
    if len(parts) != 3 or any(p < 0 for p in parts) or sum(parts) <= 0 or parts[0] <= 0:
        raise LeptonError(P.BAD_SPLIT, text=text)
    total = sum(parts)
    return (parts[0] / total, parts[1] / total, parts[2] / total)


def cmd_new(args: argparse.Namespace) -> int:
    from ..core.data.dataset_builder import dataset_from_scan
    from ..core.data.scan import scan
    from ..core.data.sources import from_csv, from_folder
    from ..core.project import ImageSettings, Project, save_project
    from ..core.templates import TEMPLATES, make_template

    ratios = parse_split(args.split)
    if schema.spec("seed").reason(args.seed) is not None:
        raise schema.spec("seed").error(args.seed)
    if not is_valid_text(str(args.project)):  # the project records its name as text
        raise LeptonError(P.PROJECT_PATH_NOT_TEXT, path=printable(args.project))
    if args.project.exists() and not args.force:
        raise LeptonError(P.PROJECT_EXISTS, path=str(args.project))
    if not args.data.exists():
        raise LeptonError(P.DATA_NOT_FOUND, path=str(args.data))
    if args.image_size is not None and not 16 <= args.image_size <= 512:
        raise LeptonError(P.BAD_IMAGE_SIZE, size=args.image_size)
    # Anything but a folder is read as a CSV, which refuses a pipe or a device by name.
    candidates = from_folder(args.data) if args.data.is_dir() else from_csv(args.data)
    report = scan(candidates, color=args.color, on_event=progress_printer(args.json))
    errors = [p for p in report.problems() if p.severity == ERROR and not p.code.startswith("data_skipped")]
    if args.json:
        print_json(report.to_dict())
    else:
        print_scan_report(report)
    if errors:
        for problem in errors:
            if not args.json:
                print_problem(problem)
        return 2
    preferred = TEMPLATES[args.template].preferred_size
    image = ImageSettings(size=args.image_size or preferred or report.suggested_size,
                          color=args.color or report.suggested_color, resize=args.resize)
    dataset = dataset_from_scan(report, image, ratios, args.seed)
    graph = make_template(args.template, image.color, image.size, len(dataset.class_names))
    project = Project.new(args.project.stem, graph)
    project.dataset = dataset
    project.training.seed = args.seed
    save_project(project, args.project)
    if not args.json:
        counts = {s: len(dataset.items_in(s)) for s in ("train", "val", "test")}
        say(f"\nSaved {args.project}: {len(dataset.class_names)} classes, "
              f"{counts['train']} training / {counts['val']} validation / {counts['test']} test images, "
              f"{image.size}×{image.size} {image.color.upper()}, template {args.template}.")
    return 0


def print_scan_report(report) -> None:
    say(f"Found {len(report.items)} usable images in {len(report.class_names)} classes "
          f"({report.total} files checked).")
    if report.csv_encoding:
        from ..core.data.csv_text import delimiter_name

        bom = " with a byte-order mark" if report.csv_bom else ""
        say(f"The CSV file was read as {report.csv_encoding}{bom}, "
            f"{delimiter_name(report.csv_delimiter or ',')}-separated.")
    names = {name: printable(name) for name in report.class_counts}
    width = max((len(n) for n in names.values()), default=5)
    for name, count in report.class_counts.items():
        say(f"  {names[name]:<{width}}  {count:>6}")
    problems = report.problems()
    if problems:
        say("Findings:")
        for problem in problems[:50]:
            mark = "error" if problem.severity == ERROR else "note"
            say(f"  [{mark}] {problem_lines(problem)[0]}")
        if len(problems) > 50:
            say(f"  … and {len(problems) - 50} more (use --json for all).")
    say(f"Suggested: {report.suggested_size}×{report.suggested_size} pixels, "
          f"{'grey' if report.suggested_color == 'gray' else 'colour'}.")


def _load(path: Path):
    from ..core.project import load_project

    return load_project(path)


def cmd_train(args: argparse.Namespace) -> int:
    if args.distributed:
        from .distributed import train_distributed

        return train_distributed(args)
    from ..core.project_lock import HOLDER_CLI, ProjectLock

    # One training of a file at a time (project_lock.py); read the file once we hold it.
    with ProjectLock(args.project, HOLDER_CLI):
        return _train_locked(args)


def save_and_tell(project, path: Path, quiet: bool = False) -> None:
    """Save; say which runs another program had saved into the file meanwhile (kept)."""
    from ..core.problems import WARNING, Problem
    from ..core.project import save_project

    kept = save_project(project, path)
    if kept and not quiet:
        problem = Problem(P.PROJECT_RUNS_KEPT, values={"count": len(kept), "path": str(path),
                                                     "runs": ", ".join(kept)}, severity=WARNING)
        say(f"Note: {problem_lines(problem)[0]}", file=sys.stderr)


def _train_locked(args: argparse.Namespace) -> int:
    from ..core import paths
    from ..core.training.runner import run_training
    from .symmetry_text import symmetry_lines

    if args.auto or args.budget:  # a budget alone means the search too
        from .search_command import cmd_train_auto

        return cmd_train_auto(args, run_settings(_load(args.project).training, args))
    project = _load(args.project)
    settings = run_settings(project.training, args)
    run = run_training(project, paths.cache_dir() / "images", training_printer(args.json),
                       threads=args.threads,
                       persist=lambda p: save_and_tell(p, args.project, args.json), settings=settings)
    if args.json:
        print_json(run.to_dict() | {"graph": None})
    else:
        accuracy = f"{run.best_val_accuracy:.1%}" if run.best_val_accuracy is not None else "n/a"
        say(f"Run {run.id} {run.status}: best validation accuracy {accuracy} at epoch "
              f"{run.best_epoch}, {run.duration_s:.0f} s on {run.device}. Saved {args.project}.")
        for line in symmetry_lines(run.settings):
            print(line)
    return 2 if run.status == "failed" else 0


def limit(name: str) -> str:
    """The largest value the settings schema allows for ``name``, as the help shows it."""
    return schema.number(schema.spec(name).maximum)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from ..core import paths
    from ..core.evaluation import evaluate_run

    project = _load(args.project)
    result = evaluate_run(project, paths.cache_dir() / "images", args.run, args.split,
                          on_event=progress_printer(args.json))
    if args.json:
        print_json(result.to_dict())
        return 0
    m = result.metrics
    say(f"Run {result.run_id} on the {result.split} split ({len(result.paths)} images)")
    say(f"Accuracy {m.accuracy:.1%}   balanced accuracy {m.balanced_accuracy:.1%}")
    names = [printable(n) for n in result.class_names]
    width = max(len(n) for n in names)
    say(f"{'class':<{width}}  precision  recall     F1  images")
    for c in m.per_class:
        say(f"{printable(c.name):<{width}}  {c.precision:>9.1%}  {c.recall:>6.1%}  {c.f1:>5.1%}  {c.support:>6}")
    say("Confusion matrix (rows: true class, columns: predicted):")
    cell = max(5, max(len(str(int(v))) for v in m.confusion.flat) + 1)
    say(" " * (width + 2) + "".join(f"{i:>{cell}}" for i in range(len(result.class_names))))
    for i, name in enumerate(names):
        say(f"{name:<{width}}  " + "".join(f"{int(v):>{cell}}" for v in m.confusion[i]) + f"   ({i})")
    calibration = result.calibration
    if calibration is None or not calibration.fitted:
        say("Confidence: not calibrated (a run from before calibration): never \"not sure\"")
    elif len(result.labels):
        figures = result.calibration_figures()
        unsure = int(result.unsure().sum())
        say(f"Confidence: temperature {calibration.temperature:.2f}, calibration error "
            f"{figures['ece_before']:.1%} -> {figures['ece_after']:.1%}; not sure below "
            f"{calibration.threshold:.1%}: {unsure} of {len(result.labels)} images")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from ..core.shapes import analyse
    from .symmetry_text import symmetry_lines

    project = _load(args.project)
    analysis = analyse(project.graph)
    dataset = project.dataset
    data = {
        "name": project.name,
        "model": {"blocks": len(project.graph), "parameters": analysis.total_params,
                  "multiply_adds": analysis.total_macs, "size_mb": round(analysis.size_mb, 3),
                  "valid": analysis.valid, "problems": [p.to_dict() for p in analysis.problems]},
        "dataset": None if dataset is None else {
            "root": dataset.root, "source": dataset.source, "classes": dataset.class_names,
            "images": {s: len(dataset.items_in(s)) for s in ("train", "val", "test")},
            "excluded": sum(1 for it in dataset.items if it.excluded),
            "image": dataset.image.to_dict()},
        "training": project.training.to_dict(),
        "runs": [{"id": r.id, "status": r.status, "epochs": len(r.history),
                  "best_epoch": r.best_epoch, "best_val_accuracy": r.best_val_accuracy,
                  "duration_s": r.duration_s, "device": r.device, "created": r.created,
                  "symmetry_check": r.settings.get("symmetry_check")}
                 for r in project.runs],
        "selected_run": project.selected_run,
    }
    if args.json:
        print_json(data)
        return 0
    model = data["model"]
    say(f"Project {printable(project.name)}")
    say(f"Model: {model['blocks']} blocks, {model['parameters']:,} parameters, "
          f"{model['multiply_adds']:,} multiply-adds, {model['size_mb']} MB"
          + ("" if model["valid"] else " — has problems:"))
    for problem in analysis.problems:
        say(f"  {problem_lines(problem)[0]}")
    if dataset is None:
        say("Dataset: none yet")
    else:
        images = data["dataset"]["images"]
        say(f"Dataset: {len(dataset.class_names)} classes ({', '.join(printable(c) for c in dataset.class_names)}); "
              f"{images['train']} train / {images['val']} validation / {images['test']} test; "
              f"{dataset.image.size}×{dataset.image.size} {dataset.image.color}")
    for run in data["runs"]:
        acc = f"{run['best_val_accuracy']:.1%}" if run["best_val_accuracy"] is not None else "n/a"
        mark = " (selected)" if run["id"] == project.selected_run else ""
        say(f"Run {run['id']}{mark}: {run['status']}, {run['epochs']} epochs, best {acc}")
        for line in symmetry_lines(run):
            say(f"  {line}")
    return 0
