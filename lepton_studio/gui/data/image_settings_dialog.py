"""Change how the pictures are prepared (size, colours, fitting) without importing again.

The Data step opens this from its "Picture Size…" button, and the Model step's advice
for a pretrained backbone ("set the image size to 224") opens it with that size chosen.
Accepting makes one undoable command (``ImageSettingsCommand``); the picture cache then
fills again in the background. A few of the dataset's pictures, decoded once on a worker,
show what the model will see with each choice (the core's own ``resize_to_array``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.data.decode import COLORS, POLICIES
from lepton_studio.core.project import DatasetSpec, ImageSettings

from . import texts
from .image_page import PREVIEW_PX, SAMPLES, SIZES, array_to_qimage, load_samples, radio_row

if TYPE_CHECKING:
    from lepton_studio.gui.workers import TaskManager


def sample_paths(dataset: DatasetSpec, count: int = SAMPLES) -> list[str]:
    """One used picture of each of the first classes (then more of any class)."""
    chosen, labels = [], set()
    used = [item for item in dataset.items if not item.excluded]
    for item in used:
        if len(chosen) < count and item.label not in labels:
            chosen.append(item)
            labels.add(item.label)
    for item in used:
        if len(chosen) < count and item not in chosen:
            chosen.append(item)
    return [str(dataset.resolve(item.path)) for item in chosen]


class ImageSettingsDialog(QDialog):
    """Size, colours and fitting of the dataset's pictures; ``chosen()`` after accept."""

    def __init__(self, current: ImageSettings, suggested_size: int | None = None,
                 parent: QWidget | None = None, samples: list[str] | None = None,
                 tasks: TaskManager | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageSettingsDialog")
        self.current = current
        self.suggested_size = suggested_size
        self.samples: list[tuple[str, object]] = []
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("imageSize")
        sizes = sorted(set(SIZES) | {current.size} | ({suggested_size} if suggested_size else set()))
        for size in sizes:
            self.size_combo.addItem("", size)
        self.color_group, self.color_radios, color_row = radio_row(self, COLORS)
        self.resize_group, self.resize_radios, resize_row = radio_row(self, POLICIES)
        self.resize_hint = QLabel()
        self.resize_hint.setWordWrap(True)
        # The hints change length with the choice: room for three lines keeps the buttons still.
        self.resize_hint.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.resize_group.idToggled.connect(lambda _id, on: on and self._changed())
        self.color_group.idToggled.connect(lambda _id, on: on and self._changed())
        self.size_combo.currentIndexChanged.connect(self._changed)
        self.preview_caption = QLabel()
        self.preview_caption.setVisible(bool(samples) and tasks is not None)
        self.previews: list[QLabel] = []
        preview_row = QHBoxLayout()
        shown = len(samples or []) if tasks is not None else 0
        for index in range(SAMPLES):
            label = QLabel()
            label.setFixedSize(PREVIEW_PX, PREVIEW_PX)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: palette(mid); border-radius: 4px;")
            label.setVisible(index < shown)  # grey until the pictures are decoded
            preview_row.addWidget(label)
            self.previews.append(label)
        preview_row.addStretch(1)
        self.note = QLabel()
        self.note.setObjectName("imageSettingsNote")
        self.note.setWordWrap(True)
        self.size_label, self.color_label, self.resize_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.size_label, self.size_combo)
        form.addRow(self.color_label, color_row)
        form.addRow(self.resize_label, resize_row)
        form.addRow(self.resize_hint)
        form.addRow(self.preview_caption)
        form.addRow(preview_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)

        size = suggested_size or current.size
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(size)))
        self.color_radios[current.color].setChecked(True)
        self.resize_radios[current.resize].setChecked(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.retranslate()
        if samples and tasks is not None:
            tasks.run(load_samples(samples), on_success=self._on_samples,
                      name="_image_settings_samples", owner=self)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        layout = self.layout()
        width = self.width()
        if layout.hasHeightForWidth():  # wrapped texts: as tall as they need at this width
            self.resize(width, max(self.height(), layout.totalHeightForWidth(width)))

    def chosen(self) -> ImageSettings:
        return ImageSettings(size=int(self.size_combo.currentData()),
                             color=COLORS[max(0, self.color_group.checkedId())],
                             resize=POLICIES[max(0, self.resize_group.checkedId())])

    def _changed(self, *_args) -> None:
        self._update_hint()
        self._draw()

    def _update_hint(self) -> None:
        self.resize_hint.setText(texts.resize_help(self.chosen().resize))

    def _on_samples(self, samples) -> None:
        self.samples = list(samples)[:SAMPLES]
        self._draw()

    def _draw(self) -> None:
        """What the model sees, at this size, colour and fitting (shown enlarged)."""
        from lepton_studio.core.data.decode import prepare_image, resize_to_array

        image = self.chosen()
        for index, label in enumerate(self.previews):
            if index >= len(self.samples):
                label.clear()
                continue
            _path, picture = self.samples[index]
            pixels = resize_to_array(prepare_image(picture, image.color), image.size, image.resize)
            pixmap = QPixmap.fromImage(array_to_qimage(np.asarray(pixels)))
            label.setPixmap(pixmap.scaled(PREVIEW_PX, PREVIEW_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.FastTransformation))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Picture Size and Colours"))
        text = self.tr("Every picture is brought to this size before the model sees it. "
                       "Your pictures stay as they are; they are prepared again in the "
                       "background, and Undo brings the old settings back.")
        if self.suggested_size:
            text = self.tr("The pretrained backbone sees best at {size} × {size} pixels.").format(
                size=self.suggested_size) + " " + text
        self.note.setText(text)
        self.size_label.setText(self.tr("&Size:"))
        self.size_label.setBuddy(self.size_combo)
        self.color_label.setText(self.tr("Colours:"))
        self.resize_label.setText(self.tr("Fitting:"))
        self.preview_caption.setText(self.tr("What the model sees:"))
        for index in range(self.size_combo.count()):
            size = self.size_combo.itemData(index)
            text = self.tr("{size} × {size} pixels").format(size=size)
            if size == self.suggested_size:
                text = self.tr("{size} (suggested)").format(size=text)
            self.size_combo.setItemText(index, text)
        for color, radio in self.color_radios.items():
            radio.setText(texts.color_name(color))
        for policy, radio in self.resize_radios.items():
            radio.setText(texts.resize_name(policy))
        self._update_hint()
