"""One rank of a data-parallel training job over a project (``lepton-studio train --distributed``).

The orchestration above the DDP helpers of ``distributed.py``: find the images on this
machine (a job folder keeps them in ``data/`` beside the project), decode them once
per machine, train through ``runner.run_training`` with the process's
``DistributedContext``, and let rank 0 record the run and write the project. Kept apart
from ``distributed.py`` so that the trainer can use those helpers without importing the
runner that imports the trainer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..problems import LeptonError
from .distributed import (
    JOB_DATA_FOLDER,
    DistributedContext,
    as_problem,
    is_collective_failure,
    wait_for_others,
)
from .features import frozen_backbone_split
from .runner import _feature_data, open_cache, prepared_graph, run_training

log = logging.getLogger(__name__)


# --- the project's data on every machine ---------------------------------------------------

def relocate_dataset(dataset, project_path: str | Path) -> str | None:
    """Point the dataset at the images beside the project when its root is missing here.

    A job folder made by ``lepton-studio job`` holds the images in ``data/`` beside the
    project, but the project names the folder where the job was made. Returns the old
    root when it changed the dataset (the caller saves the project with it), else None.
    """
    if dataset is None or Path(dataset.root).is_dir():
        return None
    beside = Path(project_path).resolve().parent / JOB_DATA_FOLDER
    if not beside.is_dir():
        return None
    original = dataset.root
    dataset.root = str(beside)
    log.info("dataset root %s is missing here; using %s", original, beside)
    return original


def prepare_data(project, cache_root: str | Path, context: DistributedContext, augment: str,
                 on_event: Callable[[Any], None]) -> None:
    """Decode the images (and backbone features) once per machine, then let every
    process read them: each machine's first process fills its cache while the others
    wait on a barrier."""
    graph = prepared_graph(project)  # every process refuses a broken model by itself
    if context.local_rank == 0:
        dataset = project.dataset
        split = frozen_backbone_split(graph)
        if split is not None:
            _feature_data(dataset, graph, split, cache_root, augment, on_event, None)
        else:
            paths = [dataset.resolve(item.path) for name in ("train", "val")
                     for item in dataset.items_in(name)]
            open_cache(dataset, cache_root).fill(paths, on_event=on_event)
    wait_for_others(context, "data")


def saver(project_path: str | Path, original_root: str | None,
          save: Callable[[Any, Path], None]) -> Callable[[Any], None]:
    """``persist(project)`` that writes the project with the dataset root it came with."""
    path = Path(project_path)

    def persist(project) -> None:
        if original_root is None or project.dataset is None:
            save(project, path)
            return
        here, project.dataset.root = project.dataset.root, original_root
        try:
            save(project, path)
        finally:
            project.dataset.root = here
    return persist


def train_project(project, project_path: str | Path, cache_root: str | Path,
                  context: DistributedContext, settings, threads: int | None = None,
                  on_event: Callable[[Any], None] | None = None,
                  save: Callable[[Any, Path], None] | None = None):
    """Train ``project`` as one process of a data-parallel job; rank 0 records the run
    in the project and writes it to ``project_path`` (as ``lepton-studio train`` does).

    Returns the RunRecord (complete on rank 0; other ranks hold no history).
    """
    from ..project import save_project
    from ..tasks import ignore_event

    on_event = on_event if on_event is not None and context.is_main else ignore_event
    # The root the file names, even when loading found the pictures elsewhere (beside the
    # project, see project_sync): the project goes back to where the job was made.
    state = getattr(project, "file_state", None)
    original_root = relocate_dataset(project.dataset, project_path) or (
        state.dataset_root if state is not None and project.dataset is not None
        and state.dataset_root not in (None, project.dataset.root) else None)
    persist = saver(project_path, original_root, save or save_project) if context.is_main else None
    runs_before = len(project.runs)
    try:
        prepare_data(project, cache_root, context, settings.augment, on_event)
        return run_training(project, cache_root, on_event, threads=threads, persist=persist,
                            settings=settings, distributed=context)
    except KeyboardInterrupt:
        _record_end(project, runs_before, persist, "stopped", None)
        raise
    except LeptonError as exc:
        _record_end(project, runs_before, persist, "failed", exc)
        raise
    except Exception as exc:
        if not context.parallel or not is_collective_failure(exc):
            _record_end(project, runs_before, persist, "failed", None)
            raise
        error = as_problem(exc, context, "training")
        _record_end(project, runs_before, persist, "failed", error)
        raise error from exc


def _record_end(project, runs_before: int, persist, status: str, error: LeptonError | None) -> None:
    """Rank 0 marks a run that ended half-way, keeping its best checkpoint so far."""
    if persist is None or len(project.runs) <= runs_before:
        return
    run = project.runs[-1]
    if run.status != "running":
        return
    run.status = status
    if error is not None:
        run.settings["problem"] = error.problem.to_dict()
    try:
        persist(project)
    except Exception:  # noqa: BLE001 - the original error matters more
        log.warning("could not save the project after a failed run", exc_info=True)
