"""The two questions of the Variations page: is a mirrored / turned picture still the
same class? Each shows the user's own pictures next to their mirrored (turned) copies, so
the answer can be seen rather than guessed. Answers go to ``ImportState.mirror`` / ``turn``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.gui import symmetry_texts as T

from .image_page import array_to_qimage

PREVIEW_PX = 46
SAMPLES = {"mirror": 3, "turn": 2}  # six small pictures in each row


def _views(kind: str, picture: np.ndarray) -> list[np.ndarray]:
    """The picture, then its mirrored copy, or its quarter-turned and upside-down copies."""
    if kind == "mirror":
        return [picture, picture[:, ::-1]]
    return [picture, np.rot90(picture, 1), np.rot90(picture, 2)]


class SymmetryQuestion(QWidget):
    """One question: the preview, the explanation and Automatic / Yes / No."""

    changed = Signal(str)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.question = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        self.question.setFont(font)
        self.question.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        choices = QHBoxLayout()
        choices.setSpacing(16)
        for i, choice in enumerate(T.CHOICES):
            radio = QRadioButton()
            radio.setObjectName(f"{kind}_{choice}")
            self.radios[choice] = radio
            self.group.addButton(radio, i)
            choices.addWidget(radio)
        choices.addStretch(1)
        self.group.idToggled.connect(lambda i, on: on and self.changed.emit(T.CHOICES[i]))

        self.previews = QWidget()
        grid = QGridLayout(self.previews)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(3)
        self.cells: list[list[QLabel]] = []
        columns = len(_views(kind, np.zeros((2, 2, 3), np.uint8)))
        samples = SAMPLES[kind]
        for sample in range(samples):
            cells = []
            for column in range(columns):
                cell = QLabel()
                cell.setFixedSize(PREVIEW_PX, PREVIEW_PX)
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setStyleSheet("background: palette(mid); border-radius: 3px;")
                grid.addWidget(cell, 0, sample * (columns + 1) + column)
                cells.append(cell)
            if sample < samples - 1:
                grid.setColumnMinimumWidth(sample * (columns + 1) + columns, 10)
            self.cells.append(cells)
        self.caption = QLabel()
        self.caption.setObjectName("symmetryCaption")

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.question)
        text.addWidget(self.explain)
        text.addLayout(choices)
        pictures = QVBoxLayout()
        pictures.setSpacing(2)
        pictures.addWidget(self.previews)
        pictures.addWidget(self.caption)
        pictures.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(text, 1)
        layout.addLayout(pictures)

    def set_choice(self, choice: str) -> None:
        self.radios[choice if choice in self.radios else "auto"].setChecked(True)

    def choice(self) -> str:
        return T.CHOICES[max(0, self.group.checkedId())]

    def show_pictures(self, originals: np.ndarray) -> None:
        for sample, cells in enumerate(self.cells):
            views = _views(self.kind, originals[sample]) if sample < len(originals) else []
            for cell, view in zip(cells, views or [None] * len(cells), strict=True):
                if view is None:
                    cell.clear()
                    continue
                pixmap = QPixmap.fromImage(array_to_qimage(np.ascontiguousarray(view)))
                cell.setPixmap(pixmap.scaled(PREVIEW_PX, PREVIEW_PX,
                                             Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def retranslate(self) -> None:
        self.question.setText(T.question(self.kind))
        self.explain.setText(T.explanation(self.kind))
        for choice, radio in self.radios.items():
            radio.setText(T.choice_name(choice))
        self.radios["auto"].setToolTip(T.choice_help(self.kind))
        self.caption.setText(self.tr("Yours, then mirrored") if self.kind == "mirror"
                             else self.tr("Yours, then turned and upside down"))


class SymmetryQuestions(QFrame):
    """Both questions, one under the other."""

    changed = Signal(str, str)  # kind, choice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.questions = {kind: SymmetryQuestion(kind) for kind in T.KINDS}
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for kind, question in self.questions.items():
            question.changed.connect(lambda choice, kind=kind: self.changed.emit(kind, choice))
            layout.addWidget(question)

    def show_pictures(self, originals: np.ndarray) -> None:
        for question in self.questions.values():
            question.show_pictures(originals)

    def retranslate(self) -> None:
        for question in self.questions.values():
            question.retranslate()
