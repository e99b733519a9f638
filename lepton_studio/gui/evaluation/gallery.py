"""A grid of pictures with captions; thumbnails are decoded on a worker thread.

``set_entries(entries)`` shows captions and grey placeholders at once, then fills the
thumbnails as the worker makes them (``QImage``; turned into icons here, on the GUI
thread). A newer ``set_entries`` cancels the older loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from lepton_studio.gui.evaluation.images import THUMB_PX, file_thumbnail

MAX_ENTRIES = 600


@dataclass(frozen=True)
class GalleryEntry:
    path: str
    caption: str
    tooltip: str = ""
    data: Any = None  # whatever the page needs back when the entry is chosen


@dataclass(frozen=True)
class _Thumb:
    generation: int
    index: int
    image: QImage | None


class ImageGallery(QListWidget):
    """Pictures in a wrapping grid; ``entryChosen(entry)`` on click or Enter."""

    entryChosen = Signal(object)

    def __init__(self, tasks, parent: QWidget | None = None, px: int = THUMB_PX) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.px = px
        self.entries: list[GalleryEntry] = []
        self._generation = 0
        self._task = None
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(px, px))
        self.setGridSize(QSize(px + 40, px + 46))
        self.setSpacing(4)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        placeholder = QPixmap(px, px)
        placeholder.fill(QColor(128, 128, 128, 60))
        self._placeholder = QIcon(placeholder)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def set_entries(self, entries: list[GalleryEntry]) -> None:
        self.stop()
        self.clear()
        self.entries = list(entries)[:MAX_ENTRIES]
        self._generation += 1
        for index, entry in enumerate(self.entries):
            item = QListWidgetItem(self._placeholder, entry.caption)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(entry.tooltip or entry.caption)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addItem(item)
        self.scrollToTop()
        if self.entries:
            self._load([e.path for e in self.entries], self._generation)

    def stop(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
        self._task = None

    def _load(self, paths: list[str], generation: int) -> None:
        px = self.px

        def work(token, emit):
            for index, path in enumerate(paths):
                token.check()
                emit(_Thumb(generation, index, file_thumbnail(path, px)))

        self._task = self.tasks.run(work, on_event=self._on_thumb, owner=self,
                                    name="_thumbnails")

    def _on_thumb(self, event: Any) -> None:
        if not isinstance(event, _Thumb) or event.generation != self._generation:
            return
        item = self.item(event.index)
        if item is not None and event.image is not None:
            item.setIcon(QIcon(QPixmap.fromImage(event.image)))

    def _chosen(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is not None and 0 <= int(index) < len(self.entries):
            self.entryChosen.emit(self.entries[int(index)])
