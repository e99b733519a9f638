"""Wizard page 5: the size and colours the model sees, shown live on sample pictures.

A few sample pictures are decoded once on a worker; every change of size, colour or
resize policy then redraws them here with the core's own ``resize_to_array``, so the
preview is exactly what training will use.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.data.decode import COLORS, POLICIES

from . import texts
from .context import WizardContext, WizardPageBase

SIZES = (32, 48, 64, 96, 128, 160, 192, 224, 256)


def radio_row(owner, choices) -> tuple[QButtonGroup, dict[str, QRadioButton], QHBoxLayout]:
    """One radio button per choice in a row (texts set on retranslation); the group's ids
    are the choices' indexes."""
    group, radios, row = QButtonGroup(owner), {}, QHBoxLayout()
    for index, choice in enumerate(choices):
        radios[choice] = QRadioButton()
        group.addButton(radios[choice], index)
        row.addWidget(radios[choice])
    row.addStretch(1)
    return group, radios, row
PREVIEW_PX = 132
SAMPLES = 3


def array_to_qimage(arr: np.ndarray) -> QImage:
    """``(H, W, 3 or 1)`` uint8 -> an independent QImage (safe on any thread)."""
    arr = np.ascontiguousarray(arr)
    height, width = arr.shape[:2]
    if arr.ndim == 2 or arr.shape[2] == 1:
        return QImage(arr.tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()
    return QImage(arr.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def pick_samples(state, count: int = SAMPLES) -> list[str]:
    """A few pictures to preview: the least square one first, then one of other classes."""
    result = state.result
    if result is None:
        return []
    report = result.report
    usable = [item for item in report.items[:2000] if not state.is_excluded(str(item.path))]
    if not usable:
        return []
    odd = max(usable, key=lambda i: max(i.width, i.height) / max(1, min(i.width, i.height)))
    chosen, labels = [str(odd.path)], {odd.label}
    for item in usable:
        if len(chosen) >= count:
            break
        if item.label not in labels:
            chosen.append(str(item.path))
            labels.add(item.label)
    for item in usable:
        if len(chosen) >= count:
            break
        if str(item.path) not in chosen:
            chosen.append(str(item.path))
    return chosen


def load_samples(paths: list[str]):
    from lepton_studio.core.data.decode import DecodeError, load_image

    def work(_token, _emit):
        out = []
        for path in paths:
            try:
                out.append((path, load_image(path, "rgb", target_size=max(SIZES))))
            except DecodeError:
                continue
        return out
    return work


class ImagePage(WizardPageBase):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.samples: list[tuple[str, object]] = []
        self._sample_paths: list[str] = []
        self.size_combo = QComboBox()
        for size in SIZES:
            self.size_combo.addItem("", size)
        self.size_combo.currentIndexChanged.connect(self._on_changed)
        self.size_hint = QLabel()
        self.size_hint.setWordWrap(True)
        self.color_group, self.color_radios, color_row = radio_row(self, COLORS)
        self.color_group.idToggled.connect(lambda _i, on: on and self._on_changed())
        self.color_hint = QLabel()
        self.color_hint.setWordWrap(True)
        self.resize_group, self.resize_radios, resize_row = radio_row(self, POLICIES)
        self.resize_group.idToggled.connect(lambda _i, on: on and self._on_changed())
        self.resize_hint = QLabel()
        self.resize_hint.setWordWrap(True)

        self.size_label, self.color_label, self.resize_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        size_box = QVBoxLayout()
        size_box.addWidget(self.size_combo, 0, Qt.AlignmentFlag.AlignLeft)
        size_box.addWidget(self.size_hint)
        color_box = QVBoxLayout()
        color_box.addLayout(color_row)
        color_box.addWidget(self.color_hint)
        resize_box = QVBoxLayout()
        resize_box.addLayout(resize_row)
        resize_box.addWidget(self.resize_hint)
        form.addRow(self.size_label, size_box)
        form.addRow(self.color_label, color_box)
        form.addRow(self.resize_label, resize_box)

        self.preview_title = QLabel()
        self.loading = QLabel()
        self.preview = QWidget()
        self.grid = QGridLayout(self.preview)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.original_caption, self.result_caption = QLabel(), QLabel()
        self.grid.addWidget(self.original_caption, 0, 0)
        self.grid.addWidget(self.result_caption, 1, 0)
        self.before: list[QLabel] = []
        self.after: list[QLabel] = []
        for column in range(SAMPLES):
            for row, bucket in ((0, self.before), (1, self.after)):
                label = QLabel()
                label.setFixedSize(PREVIEW_PX, PREVIEW_PX)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setStyleSheet("background: palette(mid); border-radius: 4px;")
                self.grid.addWidget(label, row, column + 1)
                bucket.append(label)
        self.grid.setColumnStretch(SAMPLES + 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.loading)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        self._loading_state = False
        self.retranslate()

    # --- wizard hooks --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        image = self.state.image
        self._loading_state = True
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(image.size)))
        self.color_radios[image.color].setChecked(True)
        self.resize_radios[image.resize].setChecked(True)
        self._loading_state = False
        self._update_texts()
        paths = pick_samples(self.state)
        if paths != self._sample_paths:
            self._sample_paths = paths
            self.samples = []
            self._draw()
            if paths:
                self.loading.setVisible(True)
                self.context.tasks.run(load_samples(paths), on_success=self._on_samples,
                                       name="_image_samples", owner=self)
        else:
            self._draw()

    def _on_samples(self, samples) -> None:
        self.samples = samples
        self.loading.setVisible(False)
        self._draw()

    # --- changes -------------------------------------------------------------------------------
    def _on_changed(self, *_args) -> None:
        if self._loading_state:
            return
        image = self.state.image
        image.size = int(self.size_combo.currentData())
        image.color = COLORS[max(0, self.color_group.checkedId())]
        image.resize = POLICIES[max(0, self.resize_group.checkedId())]
        self._update_texts()
        self._draw()

    def _draw(self) -> None:
        from lepton_studio.core.data.decode import prepare_image, resize_to_array

        image = self.state.image
        for i in range(SAMPLES):
            before, after = self.before[i], self.after[i]
            if i >= len(self.samples):
                before.clear()
                after.clear()
                before.setVisible(i < len(self._sample_paths))
                after.setVisible(i < len(self._sample_paths))
                continue
            path, picture = self.samples[i]
            before.setVisible(True)
            after.setVisible(True)
            before.setToolTip(Path(path).name)
            shown = prepare_image(picture, image.color)
            original = QPixmap.fromImage(array_to_qimage(np.asarray(shown)))
            before.setPixmap(original.scaled(PREVIEW_PX, PREVIEW_PX,
                                             Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
            pixels = resize_to_array(shown, image.size, image.resize)
            result = QPixmap.fromImage(array_to_qimage(pixels))
            after.setPixmap(result.scaled(PREVIEW_PX, PREVIEW_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.FastTransformation))

    def _update_texts(self) -> None:
        report = self.state.report
        suggested_size = report.suggested_size if report else None
        suggested_color = report.suggested_color if report else None
        for index in range(self.size_combo.count()):
            size = self.size_combo.itemData(index)
            text = self.tr("{size} × {size} pixels").format(size=size)
            if size == suggested_size:
                text = self.tr("{size} (suggested)").format(size=text)
            self.size_combo.setItemText(index, text)
        self.size_hint.setText(self.tr("Suggested from your pictures, whose shorter side is "
                                       "mostly at least this long. Bigger sizes show more detail "
                                       "but train more slowly."))
        for color, radio in self.color_radios.items():
            text = texts.color_name(color)
            radio.setText(self.tr("{name} (suggested)").format(name=text)
                          if color == suggested_color else text)
        self.color_hint.setText(self.tr("Choose grey when colour does not matter for telling the "
                                        "classes apart: training gets faster."))
        for policy, radio in self.resize_radios.items():
            radio.setText(texts.resize_name(policy))
        self.resize_hint.setText(texts.resize_help(self.state.image.resize))
        self.result_caption.setText(self.tr("The model sees\n({size} × {size})").format(
            size=self.state.image.size))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Picture size and colours"))
        self.setSubTitle(self.tr("Every picture is brought to the same square size before the "
                                 "model sees it."))
        self.size_label.setText(self.tr("Size"))
        self.color_label.setText(self.tr("Colours"))
        self.resize_label.setText(self.tr("Fitting"))
        self.preview_title.setText(self.tr("Preview"))
        self.loading.setText(self.tr("Loading sample pictures…"))
        self.original_caption.setText(self.tr("Original"))
        self._update_texts()
