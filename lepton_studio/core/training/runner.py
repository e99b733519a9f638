"""A training run of a project, start to finish: data from the cache, train, record.

The GUI worker and the CLI both call ``run_training``; it records the run in the
project (settings, history, weights as safetensors blobs) as it goes, so a crash or a
stop keeps the best checkpoint reached.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from .. import problems as P
from ..checkpoints import state_to_bytes
from ..problems import LeptonError
from ..project import DatasetSpec, Project, RunRecord, TrainingSettings, run_blob_key
from ..shapes import analyse
from ..tasks import CancelToken, EventCallback, ignore_event
from .auto import choose_batch_size
from .events import EpochEnded
from .features import (
    FrozenSplit,
    feature_store_root,
    feature_training_inputs,
    frozen_backbone_split,
)
from .trainer import TrainingData, train


def open_cache(dataset: DatasetSpec, cache_root: str | Path):
    from ..data.cache import ImageCache

    image = dataset.image
    return ImageCache(Path(cache_root), image.size, image.color, image.resize)


def load_split_arrays(dataset: DatasetSpec, cache_root: str | Path, splits: tuple[str, ...],
                      on_event: EventCallback = ignore_event,
                      token: CancelToken | None = None) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Decoded images and labels per split, filling the image cache first if needed."""
    cache = open_cache(dataset, cache_root)
    chosen = {split: dataset.items_in(split) for split in splits}
    paths = [dataset.resolve(item.path) for items in chosen.values() for item in items]
    filled = cache.fill(paths, on_event=on_event, token=token)
    if filled.failed:  # deleted, moved or damaged since the import
        first = filled.failed[0]
        raise LeptonError(P.TRAINING_FILES_UNREADABLE, count=len(filled.failed), name=first.path.name,
                          path=str(first.path), reason=first.problem().message())
    arrays = {}
    for split, items in chosen.items():
        files = [dataset.resolve(item.path) for item in items]
        images = cache.get(files) if files else np.zeros((0, dataset.image.size, dataset.image.size,
                                                         1 if dataset.image.color == "gray" else 3), np.uint8)
        arrays[split] = (images, np.array([item.label for item in items], dtype=np.int64))
    return arrays


def load_training_data(dataset: DatasetSpec, cache_root: str | Path,
                       on_event: EventCallback = ignore_event,
                       token: CancelToken | None = None) -> TrainingData:
    arrays = load_split_arrays(dataset, cache_root, ("train", "val"), on_event, token)
    (train_x, train_y), (val_x, val_y) = arrays["train"], arrays["val"]
    if len(train_x) == 0:
        raise LeptonError(P.NO_TRAINING_DATA)
    return TrainingData(train_x, train_y, val_x, val_y)


def _same_state(state: dict[str, Any]) -> dict[str, Any]:
    return state


def _feature_data(dataset: DatasetSpec, graph, split: FrozenSplit, cache_root: str | Path,
                  augment: str, on_event: EventCallback, token: CancelToken | None,
                  threads: int | None = None, mirror: str = "auto"):
    """Cached backbone features as training data, the head to train, and how to turn
    the head's checkpoints into the whole network's."""
    from ..compiler import build_model
    from ..data.cache import _identity, settings_key
    from .device import set_threads

    set_threads(threads)  # the feature pass keeps to the caller's cores, as training does
    network = build_model(graph)
    arrays = load_split_arrays(dataset, cache_root, ("train", "val"), on_event, token)
    if len(arrays["train"][0]) == 0:
        raise LeptonError(P.NO_TRAINING_DATA)
    row_keys = {name: ["|".join(map(str, _identity(dataset.resolve(item.path))))
                       for item in dataset.items_in(name)] for name in arrays}
    image = dataset.image
    head, features = feature_training_inputs(
        network, split, arrays, row_keys, feature_store_root(cache_root),
        settings_key(image.size, image.color, image.resize), augment, on_event, token, mirror)
    head_keys = set(head.state_dict())
    backbone_state = {k: v.detach().to("cpu", copy=True) for k, v in network.state_dict().items()
                      if k not in head_keys}
    (train_x, train_y), (val_x, val_y) = features["train"], features["val"]
    data = TrainingData(train_x, train_y, val_x, val_y, features=True,
                        train_x_mirrored=features.get("train_mirrored", (None,))[0],
                        val_x_mirrored=features.get("val_mirrored", (None,))[0])
    return data, head, lambda state: {**backbone_state, **state}


def calibrate_best(graph, head, best_state: dict[str, Any], data: TrainingData):
    """The best model's calibration (temperature, "not sure" threshold) on the validation
    split already in memory: the pictures, or the cached features for ``head``."""
    from ..calibration import fit_calibration, predict_logits
    from ..compiler import build_model

    network = head if head is not None else build_model(graph, load_pretrained=False)
    network.load_state_dict(best_state)
    logits = predict_logits(network, data.val_x)
    return fit_calibration(logits, data.val_y)


def new_run_id(project: Project) -> str:
    taken = {run.id for run in project.runs}
    number = len(project.runs) + 1
    while f"run-{number}" in taken:
        number += 1
    return f"run-{number}"


def prepared_graph(project: Project, settings: TrainingSettings | None = None):
    """The project's graph made to follow its dataset, checked; a copy for the run.

    The memory estimate is checked here, before anything is built: with the run's batch
    size when ``settings`` are given, else for batches of one.
    """
    if project.dataset is None:
        raise LeptonError(P.NO_DATASET)
    dataset = project.dataset
    graph = project.graph.copy()
    graph.configure_io(dataset.image.color, dataset.image.size, len(dataset.class_names))
    batch_size = 1
    if settings is not None:
        batch_size = settings.batch_size or choose_batch_size(len(dataset.items_in("train")))
    analysis = analyse(graph, batch_size=batch_size)
    if analysis.errors:
        first = analysis.errors[0]
        raise LeptonError(first.code, first.node_id, **first.values)
    return graph


def run_training(project: Project, cache_root: str | Path,
                 on_event: EventCallback = ignore_event, token: CancelToken | None = None,
                 threads: int | None = None,
                 persist: Callable[[Project], None] | None = None,
                 persist_interval_s: float = 30.0,
                 data: TrainingData | None = None,
                 settings: TrainingSettings | None = None,
                 distributed=None) -> RunRecord:
    """Train the project's graph on its dataset and add the run to ``project.runs``.

    ``persist(project)`` (e.g. save the project file) is called when a new best model
    appears, at most every ``persist_interval_s`` seconds, and once at the end.
    ``settings`` overrides ``project.training`` for this run only. ``distributed`` (a
    ``distributed.DistributedContext``) makes this one process of a data-parallel job;
    see ``distributed_job.train_project``.
    """
    settings = settings or project.training
    token = token or CancelToken()
    graph = prepared_graph(project, settings)
    model, merge_state = None, _same_state
    if data is None:
        split = frozen_backbone_split(graph)
        if split is not None:
            data, model, merge_state = _feature_data(project.dataset, graph, split, cache_root,
                                                     settings.augment, on_event, token, threads,
                                                     settings.mirror)
        else:
            data = load_training_data(project.dataset, cache_root, on_event, token)
    run = RunRecord(id=new_run_id(project), name="", graph=graph.to_dict(), status="running",
                    settings=settings.to_dict())
    project.runs.append(run)
    last_persist = [0.0]

    def on_checkpoint(which: str, state: dict[str, Any], epoch: int) -> None:
        project.blobs[run_blob_key(run.id, which)] = state_to_bytes(merge_state(state))
        if which == "best":
            run.best_epoch = epoch
        now = time.monotonic()
        if persist and which == "best" and now - last_persist[0] >= persist_interval_s:
            last_persist[0] = now
            persist(project)

    def forward(event: Any) -> None:
        if isinstance(event, EpochEnded):
            run.history.append(event.as_history())
            if event.is_best:
                run.best_val_accuracy = event.val_accuracy
        on_event(event)

    result = train(graph, data, settings, forward, token, threads, on_checkpoint=on_checkpoint,
                   model=model, distributed=distributed)
    # The image settings go with the run: evaluation and export must prepare pictures
    # exactly as training did, even if the dataset's settings change later.
    run.settings = result.settings.to_dict() | {"cached_features": data.features,
                                                "image": project.dataset.image.to_dict(),
                                                "symmetry_check": result.symmetry}
    if data.features:  # the trainer's "none": augmentation was the mirrored copies
        run.settings["augment"] = settings.augment
        mirrored = result.symmetry.get("mirror", False)
        run.settings["feature_augment"] = "mirrored copies" if mirrored else "none"
    if distributed is not None:
        run.settings |= {"world_size": distributed.world_size, "backend": distributed.backend}
    if result.best_state is not None and data.has_validation:
        run.calibration = calibrate_best(graph, model, result.best_state, data).to_dict()
    run.status = result.status
    run.best_epoch = result.best_epoch
    run.best_val_accuracy = result.best_val_accuracy
    run.duration_s = round(result.duration_s, 3)
    run.device = result.device
    if result.best_state is not None:
        project.selected_run = run.id
    if persist:
        persist(project)
    run_problem = result.problem
    if run_problem is not None:
        run.settings["problem"] = run_problem.to_dict()
    return run
