"""A project and the file it came from: where its pictures are, and runs saved meanwhile.

Two questions a plain "write the project to the file" gets wrong:

- **Where are the pictures?** The dataset root is stored absolute, with a copy relative
  to the project file's folder (``root_from_project``). On load, the absolute root wins
  while it exists; otherwise the relative one, so a project works from any working
  folder and after the folder holding project and pictures moved (another drive, another
  computer, a job folder copied to a server). Files written before this kept whatever
  ``--data`` said, possibly relative to the working folder of the day: such a root is
  looked for beside the project file, then in the working folder.
- **Did another program save the file since we read it?** A second window, or
  ``lepton-studio train`` in a terminal, may have added a run. ``FileState`` remembers
  the file as we last read or wrote it (size, modification time, inode) and the runs it
  held. Before a save replaces a file that changed behind our back, ``merge_external_runs``
  takes the runs we do not have into the project (with their weights): a run finished
  elsewhere is never lost. A run is known by its id and its start time (``created``, to
  the microsecond). A run removed here stays removed (we knew it when we read the
  file). Two different runs with one id (both started from the same file) both stay:
  the one from the file gets a fresh id. Training takes a lock as well
  (``project_lock.py``), so two trainings of one file do not overlap at all; the merge
  covers what a lock cannot (a window that was open, untouched, during a terminal run).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from .problems import LeptonError

if TYPE_CHECKING:
    from .project import Project, RunRecord

log = logging.getLogger(__name__)

ROOT_FROM_PROJECT = "root_from_project"  # key in project.json's "dataset"
FINAL_STATUSES = ("finished", "early_stopped", "stopped", "failed")


# --- the file as we last saw it ------------------------------------------------------------

Stamp = tuple[int, int, int, int]  # size, mtime_ns, inode, device


def file_stamp(path: str | os.PathLike[str]) -> Stamp | None:
    """What tells one version of a file from the next (None when it does not exist)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev)


def absolute(path: str | os.PathLike[str]) -> str:
    return os.path.abspath(os.fspath(path))


@dataclass
class FileState:
    """The project file as this program last read or wrote it."""

    path: str  # absolute
    stamp: Stamp | None
    runs: dict[str, str] = field(default_factory=dict)  # run id -> created, as in the file
    dataset_root: str | None = None  # the root stored in the file (before relocating)


def remember_file(project: Project, path: str | os.PathLike[str], stamp: Stamp | None,
                  runs: list[RunRecord] | None = None, dataset_root: str | None = None) -> None:
    """Record that ``project`` now matches the file at ``path`` (after a load or save)."""
    runs = project.runs if runs is None else runs
    project.file_state = FileState(absolute(path), stamp, {r.id: r.created for r in runs},
                                   dataset_root)


# --- where the pictures are ----------------------------------------------------------------

def store_dataset_root(doc: dict[str, Any], path: str | os.PathLike[str]) -> str | None:
    """Make the dataset root in a ``project.json`` document absolute and add its form
    relative to the project file's folder. Returns the absolute root."""
    dataset = doc.get("dataset")
    if not isinstance(dataset, dict) or not dataset.get("root"):
        return None
    root = absolute(dataset["root"])  # a relative root means the working folder's
    dataset["root"] = root
    dataset.pop(ROOT_FROM_PROJECT, None)
    try:
        relative = os.path.relpath(root, os.path.dirname(absolute(path)))
    except ValueError:  # another drive (Windows): no relative form
        return root
    dataset[ROOT_FROM_PROJECT] = PurePath(relative).as_posix()
    return root


def take_root_hint(doc: Any) -> str | None:
    """Remove and return the relative root of a ``project.json`` document (before the
    document is checked, which does not know this key)."""
    dataset = doc.get("dataset") if isinstance(doc, dict) else None
    if not isinstance(dataset, dict):
        return None
    hint = dataset.pop(ROOT_FROM_PROJECT, None)
    return hint if isinstance(hint, str) and hint and "\x00" not in hint else None


def locate_dataset_root(project: Project, path: str | os.PathLike[str], hint: str | None) -> None:
    """Point the dataset at its pictures on this computer (see the module docstring)."""
    dataset = project.dataset
    if dataset is None or not dataset.root:
        return
    folder = Path(absolute(path)).parent
    stored = Path(dataset.root)
    candidates = [stored] if stored.is_absolute() else []
    if hint:
        candidates.append(folder / hint)
    if not stored.is_absolute():  # written before roots were stored absolute
        candidates += [folder / stored, Path.cwd() / stored]
    try:
        found = next((c for c in candidates if c.is_dir()), None)
    except OSError:  # pragma: no cover - a name the file system refuses outright
        found = None
    if found is None:  # keep a root that names the pictures, for the messages
        found = stored if stored.is_absolute() else (folder / hint if hint else folder / stored)
    chosen = absolute(found)
    if chosen != dataset.root:
        log.info("dataset root %s is not here; using %s", dataset.root, chosen)
        dataset.root = chosen


# --- runs saved by another program -----------------------------------------------------------

def _complete(run: RunRecord) -> tuple[bool, int]:
    return run.status in FINAL_STATUSES, len(run.history)


def _fresh_id(taken: set[str], wanted: str) -> str:
    number = len(taken) + 1
    while f"run-{number}" in taken:
        number += 1
    return f"run-{number}" if wanted.startswith("run-") else f"{wanted}-{number}"


def _run_blobs(blobs: dict[str, bytes], run_id: str) -> dict[str, bytes]:
    prefix = f"runs/{run_id}/"
    return {key[len(prefix):]: value for key, value in blobs.items() if key.startswith(prefix)}


def _put_blobs(project: Project, run_id: str, blobs: dict[str, bytes]) -> None:
    prefix = f"runs/{run_id}/"
    for key in [k for k in project.blobs if k.startswith(prefix)]:
        del project.blobs[key]
    for name, value in blobs.items():
        project.blobs[prefix + name] = value


def merge_external_runs(project: Project, path: str | os.PathLike[str]) -> list[str]:
    """Before saving ``project`` to ``path``: take in the runs another program saved there
    since we read or wrote it. Returns the ids (in ``project``) of the runs taken in.

    Only the file this project came from counts (a "Save as" over another file replaces
    it, as the user confirmed). A file that cannot be read is left to be replaced.
    """
    from .project import RunRecord, load_project

    state = getattr(project, "file_state", None)
    if state is None or state.path != absolute(path):
        return []
    now = file_stamp(path)
    if now is None or now == state.stamp:
        return []
    try:
        disk = load_project(path)
    except LeptonError as exc:
        log.warning("%s changed on disk but cannot be read (%s); it is replaced", path, exc)
        return []
    ours = {run.id: run for run in project.runs}
    by_created = {run.created: run for run in project.runs if run.created}
    taken = set(ours) | {run.id for run in disk.runs}
    kept: list[str] = []
    for theirs in disk.runs:
        blobs = _run_blobs(disk.blobs, theirs.id)
        mine = ours.get(theirs.id)
        if mine is None or mine.created != theirs.created:
            # The same run may be here under another id (taken in by an earlier merge).
            mine = by_created.get(theirs.created) if theirs.created else None
        if mine is not None:
            if _complete(theirs) > _complete(mine):  # finished elsewhere since we read it
                for name, value in vars(RunRecord.from_dict(theirs.to_dict())).items():
                    setattr(mine, name, value)
                _put_blobs(project, mine.id, blobs)
                kept.append(mine.id)
            continue
        if state.runs.get(theirs.id) == theirs.created:
            continue  # we had it when we read the file, and it was removed here
        run = RunRecord.from_dict(theirs.to_dict())
        if run.id in ours:  # another run under the same id: keep both
            run.id = _fresh_id(taken, theirs.id)
            taken.add(run.id)
        project.runs.append(run)
        _put_blobs(project, run.id, blobs)
        state.runs[run.id] = run.created
        kept.append(run.id)
    state.stamp = now  # merged: the next save needs to merge only what comes after
    if kept:
        log.warning("%s was saved by another program meanwhile; kept its runs %s",
                    path, ", ".join(kept))
    return kept
