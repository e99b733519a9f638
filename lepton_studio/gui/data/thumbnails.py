"""Thumbnails: made as ``QImage`` on worker threads, cached on disk, shown as ``QPixmap``.

Views ask ``ThumbnailService.pixmap(path)`` while painting; a miss queues the file and
returns None (the view draws a placeholder), and ``ready(path)`` says when to repaint.
The queue is last-in first-out, so while the user scrolls, the pictures now on screen
come first. Each thumbnail is decoded once with the app's own decoder (EXIF turned,
transparency on white) and kept as a small JPEG under ``cache_dir()/thumbnails``, keyed
by the file's path, size and modification time.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from lepton_studio.gui.workers import Task, TaskManager

THUMB_PX = 96
BATCH = 48              # files per worker task
MAX_PENDING = 600       # older requests are dropped (they scrolled out of view)
MEMORY_PIXMAPS = 1500   # about 55 MB at 96 px


@dataclass(frozen=True)
class ThumbnailMade:
    path: str
    image: QImage | None  # None: the file cannot be shown


def thumbnail_folder() -> Path:
    from lepton_studio.core import paths

    return paths.cache_dir() / "thumbnails"


def _disk_key(path: str, px: int) -> str | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    text = f"{os.path.abspath(path)}\0{st.st_size}\0{st.st_mtime_ns}\0{px}"
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def make_thumbnail(path: str, px: int = THUMB_PX, folder: Path | None = None) -> QImage | None:
    """The thumbnail of ``path`` (at most ``px`` on its long side), from disk or decoded.

    Runs on worker threads: it makes a ``QImage`` only, never a ``QPixmap``.
    """
    from PIL import Image

    from lepton_studio.core.data.decode import DecodeError, load_image

    key = _disk_key(path, px)
    if key is None:
        return None
    cached = (folder or thumbnail_folder()) / key[:2] / f"{key}.jpg"
    if cached.is_file():
        image = QImage(str(cached))
        if not image.isNull():
            return image
    try:
        picture = load_image(path, "rgb", target_size=px)
    except DecodeError:
        return None
    picture.thumbnail((px, px), Image.Resampling.BILINEAR)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_name(f"{key}.{threading.get_ident()}.tmp")
        picture.save(temporary, "JPEG", quality=88)
        os.replace(temporary, cached)
    except OSError:
        pass  # a read-only cache only costs speed
    data = picture.tobytes()
    width, height = picture.size
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def _make_batch(paths: list[str], px: int, folder: Path, token, emit) -> None:
    from lepton_studio.core.data._parallel import run_parallel, worker_count

    run_parallel(lambda path: make_thumbnail(path, px, folder), paths,
                 lambda index, image: emit(ThumbnailMade(paths[index], image)), token,
                 workers=min(2, worker_count()))  # more would take the GIL from painting


class ThumbnailService(QObject):
    """Thumbnails for views; one per Data step, shared by the wizard and the gallery."""

    ready = Signal(str)

    def __init__(self, tasks: TaskManager, px: int = THUMB_PX, folder: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.px = tasks, px
        self.folder = folder
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._broken: set[str] = set()
        self._pending: OrderedDict[str, None] = OrderedDict()
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(15)  # gather the requests of one paint
        self._timer.timeout.connect(self._start)

    def pixmap(self, path: str) -> QPixmap | None:
        """The thumbnail if made; otherwise None, and it is queued."""
        pixmap = self._pixmaps.get(path)
        if pixmap is not None:
            self._pixmaps.move_to_end(path)
            return pixmap
        if path not in self._broken:
            self.request(path)
        return None

    def is_broken(self, path: str) -> bool:
        return path in self._broken

    def request(self, path: str) -> None:
        self._pending[path] = None
        self._pending.move_to_end(path)
        while len(self._pending) > MAX_PENDING:
            self._pending.popitem(last=False)
        if not self._timer.isActive() and self._task is None:
            self._timer.start()

    def forget(self) -> None:
        """Drop queued requests (another dataset is shown)."""
        self._pending.clear()

    def invalidate(self, paths: list[str]) -> None:
        for path in paths:
            self._pixmaps.pop(path, None)
            self._broken.discard(path)

    def busy(self) -> bool:
        return self._task is not None or bool(self._pending)

    def stop(self) -> None:
        self._pending.clear()
        if self._task is not None:
            self._task.cancel()

    def _start(self) -> None:
        if self._task is not None or not self._pending:
            return
        batch = []
        while self._pending and len(batch) < BATCH:
            path, _ = self._pending.popitem(last=True)  # newest first
            if path not in self._pixmaps:
                batch.append(path)
        if not batch:
            return
        px, folder = self.px, self.folder or thumbnail_folder()
        self._task = self.tasks.run(
            lambda token, emit: _make_batch(batch, px, folder, token, emit),
            on_event=self._on_made, on_finished=self._on_batch_done, on_failure=self._on_failed,
            name="_thumbnails", owner=self)

    def _on_made(self, event: ThumbnailMade) -> None:
        if event.image is None or event.image.isNull():
            self._broken.add(event.path)
        else:
            self._pixmaps[event.path] = QPixmap.fromImage(event.image)
            while len(self._pixmaps) > MEMORY_PIXMAPS:
                self._pixmaps.popitem(last=False)
        self.ready.emit(event.path)

    def _on_failed(self, error: BaseException) -> None:
        import logging

        logging.getLogger(__name__).warning("thumbnails failed: %s", error)

    def _on_batch_done(self) -> None:
        self._task = None
        if self._pending:
            self._timer.start()
