"""A training job folder for a GPU server or a cluster: the project, its images and scripts.

``write_training_job`` copies the project (and, unless told not to, its images with their
relative paths) into one folder with ready-made torchrun scripts and a README, so that
someone with a GPU machine only copies the folder, installs the package and runs a
script. The trained project comes back as the same ``.lepton`` file with one more run.

The copied project's dataset root is the folder's ``data/`` on this computer; on the
training machine ``train --distributed`` finds the images beside the project by itself
(see ``distributed_job.relocate_dataset``), and writes the project back with this root.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .. import problems as P
from ..atomic import atomic_write_bytes
from ..problems import LeptonError
from ..project import DatasetSpec, Project, save_project
from ..tasks import CancelToken, EventCallback, Progress, ignore_event
from .distributed import JOB_DATA_FOLDER

OUTSIDE_FOLDER = "_outside_root"  # images that lay outside the dataset root
SCRIPTS = ("run_single_gpu.sh", "run_multi_gpu.sh", "run_multi_node.sh", "run_single_gpu.cmd")


@dataclass
class JobSummary:
    """What ``write_training_job`` wrote."""

    folder: Path
    project_file: Path
    scripts: list[Path] = field(default_factory=list)
    images_copied: int = 0
    bytes_copied: int = 0


def write_training_job(project: Project, project_name: str, out_dir: str | os.PathLike[str],
                       copy_images: bool = True, on_event: EventCallback = ignore_event,
                       token: CancelToken | None = None) -> JobSummary:
    """Write the job folder ``out_dir`` (new or empty) for ``project``.

    ``project_name`` is the project's file name without ``.lepton``. With
    ``copy_images=False`` the dataset keeps its root: the training machine must have
    the images at the very same place.
    """
    if project.dataset is None:
        raise LeptonError(P.NO_DATASET)
    out = Path(out_dir).resolve()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise LeptonError(P.JOB_FOLDER_NOT_EMPTY, path=str(out))
    file_name = _safe_file_name(project_name) + ".lepton"
    job_project = Project.from_dict(project.to_dict(), project.blobs)  # a deep copy
    summary = JobSummary(out, out / file_name)
    out.mkdir(parents=True, exist_ok=True)
    if copy_images:
        _copy_images(job_project.dataset, out / JOB_DATA_FOLDER, summary, on_event, token)
    save_project(job_project, summary.project_file)
    for name in SCRIPTS:
        path = out / name
        text = _script(name, file_name)
        atomic_write_bytes(path, text.encode("utf-8").replace(b"\n", b"\r\n") if name.endswith(".cmd")
                           else text.encode("utf-8"))
        if name.endswith(".sh"):
            path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        summary.scripts.append(path)
    atomic_write_bytes(out / "README.md", _readme(file_name, job_project, copy_images).encode("utf-8"))
    return summary


def _safe_file_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in name).strip("._")
    return cleaned or "project"


def _copy_images(dataset: DatasetSpec, target: Path, summary: JobSummary,
                 on_event: EventCallback, token: CancelToken | None) -> None:
    """Copy every image (relative paths kept) and point the dataset at the copy."""
    plan: list[tuple[Path, str]] = []
    missing: list[str] = []
    for item in dataset.items:
        source = dataset.resolve(item.path)
        relative = _relative_in_job(item.path)
        if not source.is_file():
            if not item.excluded:
                missing.append(str(source))
            continue
        plan.append((source, relative))
        item.path = relative
    if missing:
        raise LeptonError(P.JOB_IMAGES_MISSING, count=len(missing), path=missing[0])
    done_paths: set[str] = set()
    for number, (source, relative) in enumerate(plan, 1):
        if token is not None:
            token.check()
        if relative not in done_paths:
            done_paths.add(relative)
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
            summary.images_copied += 1
            summary.bytes_copied += destination.stat().st_size
        if number % 64 == 0 or number == len(plan):
            on_event(Progress("copy", number, len(plan)))
    dataset.root = str(target)


def _relative_in_job(item_path: str) -> str:
    """Where an item goes under ``data/``: its own relative path, or, for a file outside
    the dataset root, a name that cannot collide."""
    path = PurePosixPath(item_path.replace("\\", "/"))
    if not path.is_absolute() and ".." not in path.parts and not _has_drive(item_path):
        return path.as_posix()
    digest = hashlib.sha1(item_path.encode("utf-8")).hexdigest()[:10]
    return f"{OUTSIDE_FOLDER}/{digest}_{path.name}"


def _has_drive(item_path: str) -> bool:
    return len(item_path) > 1 and item_path[1] == ":"


# --- scripts --------------------------------------------------------------------------------

_SH_HEADER = """#!/usr/bin/env bash
# {title}
# Made by `lepton-studio job`. Extra options go to `lepton-studio train`, e.g. --epochs 40.
set -euo pipefail
cd "$(dirname "$0")"
"""

_SINGLE_GPU = _SH_HEADER + """
# --- edit these if needed --------------------------------------------------------------------
TORCHRUN="${{TORCHRUN:-torchrun}}"   # or: "python -m torch.distributed.run"

$TORCHRUN --standalone --nproc_per_node=1 \\
    -m lepton_studio.cli train "{project}" --distributed "$@"
"""

_MULTI_GPU = _SH_HEADER + """
# --- edit these if needed --------------------------------------------------------------------
GPUS="${{GPUS:-gpu}}"               # processes on this machine: "gpu" = one per GPU, or a number
TORCHRUN="${{TORCHRUN:-torchrun}}"   # or: "python -m torch.distributed.run"

$TORCHRUN --standalone --nproc_per_node="$GPUS" \\
    -m lepton_studio.cli train "{project}" --distributed "$@"
"""

_MULTI_NODE = _SH_HEADER + """
# Run this script on every machine, each with its own NODE_RANK (0, 1, ...).
# --- edit these on every machine -------------------------------------------------------------
NNODES="${{NNODES:-2}}"                  # how many machines take part
NODE_RANK="${{NODE_RANK:-0}}"            # this machine: 0 on the first, 1 on the second, ...
MAIN_HOST="${{MAIN_HOST:-192.168.1.10}}" # address of machine 0, reachable from all others
PORT="${{PORT:-29500}}"                  # a free TCP port on machine 0, open in its firewall
GPUS="${{GPUS:-gpu}}"                    # processes per machine: "gpu" = one per GPU
RENDEZVOUS="${{RENDEZVOUS:-c10d}}"       # c10d (torch's default) or static (see README)
JOB_ID="${{JOB_ID:-lepton-{job_id}}}"    # the same on every machine
TORCHRUN="${{TORCHRUN:-torchrun}}"

if [ "$RENDEZVOUS" = "static" ]; then
    # Machine NODE_RANK=0 gets rank 0, so the trained project is written there.
    $TORCHRUN --nnodes="$NNODES" --node_rank="$NODE_RANK" --nproc_per_node="$GPUS" \\
        --master_addr="$MAIN_HOST" --master_port="$PORT" \\
        -m lepton_studio.cli train "{project}" --distributed "$@"
else
    # c10d numbers the machines itself; the one given rank 0 writes the trained project
    # (its output says "Rank 0 on HOST writes ...").
    $TORCHRUN --nnodes="$NNODES" --nproc_per_node="$GPUS" \\
        --rdzv_backend=c10d --rdzv_endpoint="$MAIN_HOST:$PORT" --rdzv_id="$JOB_ID" \\
        -m lepton_studio.cli train "{project}" --distributed "$@"
fi
"""

# Windows: one process needs no torchrun; the variables below are what torchrun would set.
_SINGLE_GPU_CMD = """@echo off
rem Train on this computer's GPU (or CPU). Made by `lepton-studio job`.
rem Extra options go to `lepton-studio train`, e.g. run_single_gpu.cmd --epochs 40
setlocal
cd /d "%~dp0"
set RANK=0
set WORLD_SIZE=1
set LOCAL_RANK=0
set LOCAL_WORLD_SIZE=1
python -m lepton_studio.cli train "{project}" --distributed %*
endlocal
"""


def _script(name: str, project_file: str) -> str:
    job_id = _safe_file_name(Path(project_file).stem).lower()
    templates = {"run_single_gpu.sh": ("Train on one GPU of this machine.", _SINGLE_GPU),
                 "run_multi_gpu.sh": ("Train on every GPU of this machine (one process each).", _MULTI_GPU),
                 "run_multi_node.sh": ("Train on several machines at once.", _MULTI_NODE),
                 "run_single_gpu.cmd": ("", _SINGLE_GPU_CMD)}
    title, template = templates[name]
    return template.format(title=title, project=project_file, job_id=job_id)


def _readme(project_file: str, project: Project, images_copied: bool) -> str:
    dataset = project.dataset
    counts = {s: len(dataset.items_in(s)) for s in ("train", "val", "test")}
    images = ("The images are in `data/` (the same sub-folders as on the computer that made this "
              "folder). Copy the whole folder." if images_copied else
              f"The images were **not** copied: the training machine must have them at\n`{dataset.root}`.")
    return README.format(project=project_file, name=project.name, images=images,
                         classes=len(dataset.class_names), **counts)


README = """# Training job: {name}

This folder trains the Lepton Studio project `{project}` on a GPU machine (or several),
with PyTorch's own distributed engine (`torchrun` and DistributedDataParallel).
The dataset has {classes} classes: {train} training, {val} validation and {test} test images.
{images}

## 1. Install (once per machine)

Python 3.10 or newer, then:

```
python -m pip install lepton-studio
python -m pip install --force-reinstall torch --index-url https://download.pytorch.org/whl/cu124
python -c "import torch; print(torch.cuda.is_available(), torch.cuda.device_count())"
```

The second line puts in the CUDA build of PyTorch (pick the line for your driver on
pytorch.org, "Get started"); the third must print `True` and the number of GPUs.
`torchrun` comes with PyTorch.

## 2. Train

| Where | Command |
| --- | --- |
| One GPU | `./run_single_gpu.sh` (Windows: `run_single_gpu.cmd`) |
| All GPUs of one machine | `./run_multi_gpu.sh` |
| Several machines | edit the variables at the top of `run_multi_node.sh`, then run it on every machine (`NODE_RANK=0` on the first, `1` on the next, ...) |

Options after the script name go to `lepton-studio train`, for example
`./run_multi_gpu.sh --epochs 40 --batch-size 64`. Without a GPU the same scripts train on
the CPU (one process per CPU worker with `GPUS=2 ./run_multi_gpu.sh`).

The batch size is per process: with 4 GPUs and `--batch-size 64`, each step learns from
256 images. If a larger total batch trains worse, raise `--lr` a little (about in
proportion to the number of GPUs) or lower `--batch-size`.

Several machines: every machine needs this folder (or a shared disk). With the default
`RENDEZVOUS=c10d`, torchrun numbers the machines itself, and whichever gets rank 0 writes
the trained project (its output names it). With `RENDEZVOUS=static` it is always the
machine with `NODE_RANK=0`.

## 3. Bring the result back

The run is written into `{project}` in this folder, as it goes (the best model so far is
kept even if the job stops early). Copy `{project}` back to the computer with Lepton Studio
(into the job folder you made there, so the images are found) and open it in the app
("Open project", or from the welcome screen): the new run appears in the Train step with
its curves, and Evaluate and Export use it like any other run.
`lepton-studio info {project}` lists the runs from a terminal.

If something goes wrong, each process prints a short message; the details are in the log
file of Lepton Studio (`~/.local/state/LeptonStudio/log` on Linux). A process that waits
too long for the others stops after 30 minutes (`LEPTON_STUDIO_DIST_TIMEOUT`, seconds).
"""
