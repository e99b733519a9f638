"""``train --distributed`` (one process of a torchrun job) and ``job`` (a folder to train elsewhere)."""

from __future__ import annotations

import argparse
import os
import socket
import sys
from pathlib import Path

from ..core.tasks import Progress
from .output import ProgressBar, print_json, say, training_printer


def add_parsers(subparsers) -> None:
    job = subparsers.add_parser(
        "job", help="write a folder that trains the project on a GPU server or a cluster",
        description="Copy the project and its images into a folder, with torchrun scripts for "
                    "one GPU, all GPUs of a machine and several machines, and a README. "
                    "The trained project comes back as the same file with one more run.")
    job.add_argument("project", type=Path, help="the project file (*.lepton)")
    job.add_argument("--out", required=True, type=Path, help="the folder to create (new or empty)")
    job.add_argument("--no-images", action="store_true",
                     help="do not copy the images: the training machine has them at the same place")
    job.add_argument("--json", action="store_true", help="print what was written as JSON")
    job.set_defaults(func=cmd_job)


def cmd_job(args: argparse.Namespace) -> int:
    from ..core.project import load_project
    from ..core.training.job import write_training_job

    project = load_project(args.project)
    bar = ProgressBar("Copying images", enabled=not args.json)

    def on_event(event) -> None:
        if isinstance(event, Progress):
            bar.update(event.done, event.total)

    summary = write_training_job(project, args.project.stem, args.out,
                                 copy_images=not args.no_images, on_event=on_event)
    if summary.images_copied:
        bar.close()
    if args.json:
        print_json({"folder": str(summary.folder), "project": str(summary.project_file),
                    "scripts": [str(p) for p in summary.scripts],
                    "images_copied": summary.images_copied, "bytes_copied": summary.bytes_copied})
        return 0
    say(f"Wrote the training job {summary.folder}")
    say(f"  project  {summary.project_file.name}")
    if not args.no_images:
        say(f"  images   {summary.images_copied} files ({_size(summary.bytes_copied)}) in data/")
    say("  scripts  " + ", ".join(p.name for p in summary.scripts))
    say("Copy the folder to the training machine and follow its README.md.")
    return 0


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 1e6 else f"{count / 1e3:.0f} kB"


# --- train --distributed ---------------------------------------------------------------------

def train_distributed(args: argparse.Namespace) -> int:
    """One process of a torchrun job; rank 0 prints, records the run and saves the project."""
    from ..core import paths
    from ..core.project import load_project
    from ..core.training import distributed as D
    from ..core.training.distributed_job import train_project
    from .training_options import run_settings

    launch = D.launch_environment()
    main = launch.rank == 0
    project = load_project(args.project)  # every process: the same settings and data
    settings = run_settings(project.training, args)
    threads = args.threads or max(1, (os.cpu_count() or 1) // launch.local_world_size)
    context = None
    with D.terminate_as_interrupt():
        try:
            context = D.start(launch, settings.device)
            if main:
                where = f"{context.world_size} processes ({context.backend})" if context.parallel \
                    else "1 process"
                say(f"Rank 0 on {socket.gethostname()} writes {args.project.resolve()}; training on "
                      f"{where}, {context.device} here.", file=sys.stderr)
            run = train_project(project, args.project, paths.cache_dir() / "images", context,
                                settings, threads, training_printer(args.json) if main else None)
        finally:
            D.stop(context)
    if not main:
        return 2 if run.status == "failed" else 0
    if args.json:
        print_json(run.to_dict() | {"graph": None})
    else:
        accuracy = f"{run.best_val_accuracy:.1%}" if run.best_val_accuracy is not None else "n/a"
        say(f"Run {run.id} {run.status}: best validation accuracy {accuracy} at epoch "
              f"{run.best_epoch}, {run.duration_s:.0f} s on {run.settings.get('world_size', 1)} × "
              f"{run.device}. Saved {args.project}.")
    return 2 if run.status == "failed" else 0
