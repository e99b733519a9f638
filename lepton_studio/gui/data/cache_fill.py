"""Prepare the dataset's pictures for training in the background (the image cache).

After an import (or new pictures) every used picture is decoded and resized once into
the image cache, so the first training epoch does not wait for Pillow. The fill runs on
the shell's task manager and can be stopped; what was done is kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lepton_studio.core.project import DatasetSpec
from lepton_studio.core.tasks import Progress
from lepton_studio.gui.workers import Task, TaskManager


def _fill(dataset: DatasetSpec, keys: list[str], cache_root: Path, size: int, color: str,
          policy: str):
    def work(token, emit):
        from lepton_studio.core.data.cache import ImageCache

        paths = [dataset.resolve(key) for key in keys]  # 20,000 paths: not on the GUI thread
        cache = ImageCache(cache_root, size, color, policy)
        return cache.fill(paths, on_event=emit, token=token)
    return work


class CacheFiller(QObject):
    """One fill at a time; a new ``start`` stops the previous one."""

    progress = Signal(int, int)     # done, total
    finished = Signal(object)       # FillStats, or None when stopped or failed

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.task: Task | None = None
        self.last_stats = None

    def running(self) -> bool:
        return self.task is not None

    def start(self, dataset: DatasetSpec, cache_root: Path) -> None:
        from .responsiveness import spare_the_event_loop

        self.stop()
        spare_the_event_loop()
        keys = [item.path for item in dataset.items if not item.excluded]
        image = dataset.image
        self.progress.emit(0, len(keys))
        box: list[Task] = []

        def current() -> bool:  # callbacks of a stopped fill are ignored
            return bool(box) and self.task is box[0]

        task = self.tasks.run(
            _fill(dataset, keys, Path(cache_root), image.size, image.color, image.resize),
            on_success=lambda stats: current() and self._on_done(stats),
            on_event=lambda event: current() and self._on_event(event),
            on_cancelled=lambda: current() and self.finished.emit(None),
            on_failure=lambda error: current() and self._on_failed(error),
            on_finished=lambda: current() and self._forget(),
            name="_prepare_pictures", owner=self)  # background: closing does not ask
        box.append(task)
        self.task = task

    def stop(self) -> None:
        """Stop the running fill (its rows so far stay cached); no signal follows."""
        if self.task is not None:
            self.task.cancel()
            self.task = None

    def _on_event(self, event) -> None:
        if isinstance(event, Progress):
            self.progress.emit(event.done, event.total)

    def _on_done(self, stats) -> None:
        self.last_stats = stats
        self.finished.emit(stats)

    def _on_failed(self, error: BaseException) -> None:
        self.finished.emit(None)
        self.tasks.report_failure("prepare pictures", error)

    def _forget(self) -> None:
        self.task = None
