"""Spin boxes for training settings whose text is more than a plain number.

- ``AutoSpinBox``: 0 means "Automatic"; the caller sets the text shown for it, e.g.
  "Automatic (25)", so the user sees the value that will be used.
- ``LearningRateSpinBox``: small numbers in short form (0.003, 1e-05), steps that double
  or halve, 0 meaning "Automatic".
- ``EpochCountSpinBox``: "5 epochs" with the right plural, 0 meaning "Never".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from lepton_studio.gui.training.texts import epochs_text

_DIGITS = re.compile(r"\d+")


class AutoSpinBox(QSpinBox):
    """An integer setting where the minimum (0) stands for "choose for me"."""

    def __init__(self, maximum: int, parent=None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setAccelerated(True)


class EpochCountSpinBox(QSpinBox):
    """A count of epochs shown with its unit ("5 epochs"); 0 shows the special text."""

    def __init__(self, maximum: int, parent=None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt override
        return epochs_text(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt override
        match = _DIGITS.search(text)
        return int(match.group()) if match else 0

    def validate(self, text: str, pos: int):
        if text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        match = _DIGITS.search(text)
        if match is None:
            return QValidator.State.Intermediate, text, pos
        value = int(match.group())
        state = (QValidator.State.Acceptable if self.minimum() <= value <= self.maximum()
                 else QValidator.State.Invalid)
        return state, text, pos


class LearningRateSpinBox(QDoubleSpinBox):
    """A learning rate: typed freely (0.003, 3e-3), stepped by doubling and halving."""

    MINIMUM_STEP = 1e-6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDecimals(10)
        self.setRange(0.0, 1e6)  # absurd rates must still show as they are
        self.base_value = 1e-3  # where the first step up from "Automatic" lands

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        from lepton_studio.gui.numbers import plain_number

        return plain_number(value, 3, group=False)  # 0.0000066, not 6.6e-06

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        value = _parse(text)
        return value if value is not None else 0.0

    def validate(self, text: str, pos: int):
        if text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        value = _parse(text)
        if value is not None and self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        if re.fullmatch(r"[\d.,eE+\-\s]*", text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        value = self.value() or self.base_value / (2.0 if steps > 0 else 1.0)
        value *= 2.0 ** steps
        if value < self.MINIMUM_STEP:
            value = 0.0
        self.setValue(min(value, self.maximum()))


def _parse(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if ok:
        return value
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None
