"""Wizard page 6: how much the training pictures are varied, with a live grid of examples,
and whether a mirrored or turned picture is still the same class (symmetry_questions.py).

The examples are made by the core's ``augment_batch`` (what training does) on a worker:
torch is imported there, when this page is first shown, so the window never waits for
it. Only numpy arrays come back; the page turns them into pixmaps.
"""

from __future__ import annotations

import random

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.data.augment import PRESETS

from . import texts
from .context import WizardContext, WizardPageBase
from .image_page import array_to_qimage, pick_samples
from .symmetry_questions import SymmetryQuestions

COLUMNS = 5  # augmented versions per sample, after the original
ROWS = 3
CELL_PX = 80


def _augment_examples(paths: list[str], size: int, color: str, policy: str, preset: str,
                      seed: int, mirror: bool = False, turn: bool = False):
    def work(token, _emit):
        import torch

        from lepton_studio.core.data.augment import augment_batch, batch_to_tensor
        from lepton_studio.core.data.decode import DecodeError, preprocess_file

        arrays = []
        for path in paths:
            try:
                arrays.append(preprocess_file(path, size, color, policy))
            except DecodeError:
                continue
        if not arrays:
            return np.zeros((0, size, size, 3), np.uint8), []
        batch = np.stack(arrays)
        x = batch_to_tensor(batch)
        generator = torch.Generator().manual_seed(seed)
        columns = []
        for _ in range(COLUMNS):
            token.check()
            y = augment_batch(x, preset, generator, mirror=mirror, turn=turn)
            columns.append((y.permute(0, 2, 3, 1) * 255).round().clamp(0, 255)
                           .to(torch.uint8).numpy().copy())
        return batch, columns
    return work


class AugmentPage(WizardPageBase):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.helps: dict[str, QLabel] = {}
        choices = QHBoxLayout()
        choices.setSpacing(16)
        for i, preset in enumerate(PRESETS):
            radio = QRadioButton()
            help_label = QLabel()
            help_label.setWordWrap(True)
            help_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            help_label.setContentsMargins(22, 0, 0, 0)
            self.radios[preset], self.helps[preset] = radio, help_label
            self.group.addButton(radio, i)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(radio)
            box.addWidget(help_label)
            box.addStretch(1)
            choices.addLayout(box, 1)
        self.group.idToggled.connect(lambda _i, on: on and self._on_preset())
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.status = QLabel()
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.new_examples)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.again_button)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(4)
        self.cells: list[list[QLabel]] = []
        self.original_caption = QLabel()
        self.varied_caption = QLabel()
        self.grid.addWidget(self.original_caption, 0, 0)
        self.grid.addWidget(self.varied_caption, 0, 1, 1, COLUMNS)
        for row in range(ROWS):
            cells = []
            for column in range(COLUMNS + 1):
                cell = QLabel()
                cell.setFixedSize(CELL_PX, CELL_PX)
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setStyleSheet("background: palette(mid); border-radius: 3px;")
                self.grid.addWidget(cell, row + 1, column)
                cells.append(cell)
            self.cells.append(cells)
        self.grid.setColumnStretch(COLUMNS + 1, 1)
        self.symmetry = SymmetryQuestions()
        self.symmetry.changed.connect(self._on_symmetry)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explain)
        layout.addLayout(choices)
        layout.addWidget(self.symmetry)
        layout.addLayout(status_row)
        layout.addWidget(self.grid_widget)
        layout.addStretch(1)
        scroll = QScrollArea()  # a short window scrolls rather than squeezing the pictures
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scroll)
        self.task = None
        self.seed = 0
        self._dirty = False
        self._shown_key: tuple | None = None
        self.examples: tuple[np.ndarray, list[np.ndarray]] | None = None
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        preset = self.state.augment if self.state.augment in PRESETS else "light"
        self.radios[preset].setChecked(True)
        for kind, question in self.symmetry.questions.items():
            question.set_choice(getattr(self.state, kind))
        self._refresh()

    def cleanupPage(self) -> None:  # noqa: N802
        if self.task is not None:
            self.task.cancel()

    def new_examples(self) -> None:
        self.seed = random.randrange(1, 1 << 30)
        self._refresh()

    def _on_preset(self) -> None:
        self.state.augment = PRESETS[max(0, self.group.checkedId())]
        self._refresh()

    def _on_symmetry(self, kind: str, choice: str) -> None:
        setattr(self.state, kind, choice)
        self._refresh()  # a "Yes" shows in the examples

    def _key(self) -> tuple:
        image = self.state.image
        return (tuple(pick_samples(self.state, ROWS)), image.size, image.color, image.resize,
                self.state.augment, self.seed, self.state.mirror == "yes", self.state.turn == "yes")

    def _refresh(self) -> None:
        if self.task is not None:
            self._dirty = True
            return
        key = self._key()
        if key == self._shown_key:
            return
        paths, size, color, policy, preset, seed, mirror, turn = key
        if not paths:
            return
        self.status.setText(self.tr("Preparing examples…"))
        self.again_button.setEnabled(False)
        self.task = self.context.tasks.run(
            _augment_examples(list(paths), size, color, policy, preset, seed, mirror, turn),
            on_success=lambda result: self._on_examples(key, result),
            on_finished=self._on_finished, name="_augment_preview", owner=self)

    def _on_examples(self, key: tuple, result) -> None:
        self._shown_key = key
        self.examples = result
        self._draw()
        self.symmetry.show_pictures(result[0])
        self.status.setText(self.tr("Each row: one of your pictures, then five ways training "
                                    "might show it."))

    def _on_finished(self) -> None:
        self.task = None
        self.again_button.setEnabled(True)
        if self._dirty:
            self._dirty = False
            self._refresh()

    def _draw(self) -> None:
        if self.examples is None:
            return
        originals, columns = self.examples
        for row, cells in enumerate(self.cells):
            for column, cell in enumerate(cells):
                if row >= len(originals):
                    cell.clear()
                    continue
                arr = originals[row] if column == 0 else columns[column - 1][row]
                pixmap = QPixmap.fromImage(array_to_qimage(arr))
                mode = (Qt.TransformationMode.SmoothTransformation if pixmap.width() > CELL_PX
                        else Qt.TransformationMode.FastTransformation)
                cell.setPixmap(pixmap.scaled(CELL_PX, CELL_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                             mode))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Variations while training"))
        self.setSubTitle(self.tr("Showing the model slightly changed copies of each picture "
                                 "(shifted, slightly turned, lighter or darker) teaches it to "
                                 "recognise things however they appear."))
        self.explain.setText(self.tr("Your files are not changed: the variations are made anew "
                                     "each time training looks at a picture."))
        for preset, radio in self.radios.items():
            radio.setText(texts.preset_name(preset))
            self.helps[preset].setText(texts.preset_help(preset))
        self.symmetry.retranslate()
        self.again_button.setText(self.tr("New examples"))
        self.original_caption.setText(self.tr("Original"))
        self.varied_caption.setText(self.tr("As training may see it"))
        if self.task is not None:
            self.status.setText(self.tr("Preparing examples…"))
