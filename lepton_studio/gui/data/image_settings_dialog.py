"""Change how the pictures are prepared (size, colours, fitting) without importing again.

The Data step opens this from its "Picture Size…" button, and the Model step's advice
for a pretrained backbone ("set the image size to 224") opens it with that size chosen.
Accepting makes one undoable command (``ImageSettingsCommand``); the picture cache then
fills again in the background.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.data.decode import COLORS, POLICIES
from lepton_studio.core.project import ImageSettings

from . import texts
from .image_page import SIZES


class ImageSettingsDialog(QDialog):
    """Size, colours and fitting of the dataset's pictures; ``chosen()`` after accept."""

    def __init__(self, current: ImageSettings, suggested_size: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageSettingsDialog")
        self.current = current
        self.suggested_size = suggested_size
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("imageSize")
        sizes = sorted(set(SIZES) | {current.size} | ({suggested_size} if suggested_size else set()))
        for size in sizes:
            self.size_combo.addItem("", size)
        self.color_group = QButtonGroup(self)
        self.color_radios: dict[str, QRadioButton] = {}
        color_row = QHBoxLayout()
        for index, color in enumerate(COLORS):
            radio = QRadioButton()
            self.color_radios[color] = radio
            self.color_group.addButton(radio, index)
            color_row.addWidget(radio)
        color_row.addStretch(1)
        self.resize_group = QButtonGroup(self)
        self.resize_radios: dict[str, QRadioButton] = {}
        resize_row = QHBoxLayout()
        for index, policy in enumerate(POLICIES):
            radio = QRadioButton()
            self.resize_radios[policy] = radio
            self.resize_group.addButton(radio, index)
            resize_row.addWidget(radio)
        resize_row.addStretch(1)
        self.resize_hint = QLabel()
        self.resize_hint.setWordWrap(True)
        # The hints change length with the choice: room for three lines keeps the buttons still.
        self.resize_hint.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.resize_group.idToggled.connect(lambda _id, on: on and self._update_hint())
        self.note = QLabel()
        self.note.setObjectName("imageSettingsNote")
        self.note.setWordWrap(True)
        self.size_label, self.color_label, self.resize_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.size_label, self.size_combo)
        form.addRow(self.color_label, color_row)
        form.addRow(self.resize_label, resize_row)
        form.addRow(self.resize_hint)
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

    def _update_hint(self) -> None:
        self.resize_hint.setText(texts.resize_help(self.chosen().resize))

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
