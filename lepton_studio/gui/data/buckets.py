"""Class buckets: pictures picked or dropped by hand, each bucket one class.

The user makes a bucket per class, names it, and drops pictures (or folders of pictures)
onto it or picks them with a file dialog. The buckets are the ``ImportState.buckets``
dict; the drop logic lives in ``add_paths`` so tests can call it without a drag.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.data.decode import has_image_extension

MAX_FOLDER_FILES = 100_000


def image_files(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The picture files among ``paths``; folders are searched (sub-folders too)."""
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if has_image_extension(name) and not name.startswith("."):
                        out.append(os.path.join(folder, name))
                        if len(out) >= MAX_FOLDER_FILES:
                            return out
        elif has_image_extension(path.name):
            out.append(str(path))
    return out


def local_paths(mime: QMimeData) -> list[str]:
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


def image_filter() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Buckets", "Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)")


class Bucket(QFrame):
    """One class: its name, its pictures, and a drop target for more."""

    renamed = Signal(object, str)      # (bucket, new name)
    filesDropped = Signal(object, list)
    removeRequested = Signal(object)
    addRequested = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bucket")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.setFixedWidth(210)
        self.name = name
        self.name_edit = QLineEdit(name)
        self.name_edit.editingFinished.connect(lambda: self.renamed.emit(self, self.name_edit.text()))
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.files = QListWidget()
        self.files.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.files.setAcceptDrops(False)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.addRequested.emit(self))
        top = QHBoxLayout()
        top.addWidget(self.name_edit, 1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.add_button)
        self.retranslate()

    def set_files(self, paths: list[str]) -> None:
        self.files.clear()
        self.files.addItems([Path(p).name for p in paths[:500]])
        if len(paths) > 500:
            self.files.addItem("…")
        self._count = len(paths)
        self.files.setVisible(bool(paths))
        self._update_count()

    def _update_count(self) -> None:
        count = getattr(self, "_count", 0)
        self.count_label.setText(self.tr("%n picture(s)", "", count) if count
                                 else self.tr("Drop pictures or folders here"))

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add pictures…"))
        self.remove_button.setToolTip(self.tr("Remove this class"))
        self.name_edit.setPlaceholderText(self.tr("Class name"))
        self.files.setToolTip(self.tr("Drop pictures or folders here"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(self, paths)


class BucketEditor(QWidget):
    """A row of buckets and an "add class" button; edits ``buckets`` in place."""

    changed = Signal()

    def __init__(self, buckets: dict[str, list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buckets = buckets
        self.widgets: list[Bucket] = []
        self.new_button = QPushButton()
        self.new_button.setMinimumHeight(60)
        self.new_button.clicked.connect(lambda: self.add_bucket())
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addStretch(1)
        inner = QWidget()
        inner.setLayout(self.row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        if not self.buckets:
            for _ in range(2):
                self.buckets[self._free_name()] = []
        for name in list(self.buckets):
            self._add_widget(name)
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 260)

    # --- the model ------------------------------------------------------------------------
    def _free_name(self) -> str:
        number = len(self.buckets) + 1
        while True:
            name = self.tr("Class {number}").format(number=number)
            if name not in self.buckets:
                return name
            number += 1

    def add_bucket(self, name: str | None = None) -> Bucket:
        name = name or self._free_name()
        self.buckets.setdefault(name, [])
        bucket = self._add_widget(name)
        bucket.name_edit.setFocus()
        bucket.name_edit.selectAll()
        self.changed.emit()
        return bucket

    def add_paths(self, name: str, paths: Iterable[str]) -> int:
        """Put the pictures among ``paths`` into bucket ``name``; returns how many were new.

        A picture already in another bucket moves here (a file has one class).
        """
        files = image_files(paths)
        target = self.buckets.setdefault(name, [])
        present = set(target)
        others = {p: n for n, ps in self.buckets.items() if n != name for p in ps}
        added = 0
        for path in files:
            if path in present:
                continue
            if path in others:
                self.buckets[others[path]].remove(path)
            target.append(path)
            present.add(path)
            added += 1
        self._refresh()
        self.changed.emit()
        return added

    def rename(self, bucket: Bucket, new_name: str) -> None:
        new_name = " ".join(new_name.split())
        if not new_name or new_name == bucket.name or new_name in self.buckets:
            bucket.name_edit.setText(bucket.name)
            return
        items = [(new_name if n == bucket.name else n, ps) for n, ps in self.buckets.items()]
        self.buckets.clear()
        self.buckets.update(items)
        bucket.name = new_name
        if bucket.name_edit.text() != new_name:
            bucket.name_edit.setText(new_name)
        self.changed.emit()

    def remove(self, bucket: Bucket) -> None:
        self.buckets.pop(bucket.name, None)
        self.widgets.remove(bucket)
        bucket.deleteLater()
        self.changed.emit()

    # --- widgets ----------------------------------------------------------------------------
    def _add_widget(self, name: str) -> Bucket:
        bucket = Bucket(name)
        bucket.renamed.connect(self.rename)
        bucket.filesDropped.connect(lambda b, paths: self.add_paths(b.name, paths))
        bucket.removeRequested.connect(self.remove)
        bucket.addRequested.connect(self._pick_files)
        self.row.insertWidget(len(self.widgets), bucket)
        self.widgets.append(bucket)
        bucket.set_files(self.buckets.get(name, []))
        return bucket

    def _refresh(self) -> None:
        for bucket in self.widgets:
            bucket.set_files(self.buckets.get(bucket.name, []))

    def _pick_files(self, bucket: Bucket) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pictures of “{name}”").format(name=bucket.name), "", image_filter())
        if names:
            self.add_paths(bucket.name, names)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("+ Add a class"))
        self.hint.setText(self.tr("Make one box per class, give it the class name, then drop "
                                  "pictures or folders onto it (or click “Add pictures…”)."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
