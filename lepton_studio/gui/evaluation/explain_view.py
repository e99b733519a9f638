"""The Explain tab: one picture as the model saw it, with a Grad-CAM heat map of where
it looked for a chosen class, and a slider for how strongly the map is drawn."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFont, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.gui.evaluation.bars import ProbabilityBars
from lepton_studio.gui.evaluation.images import array_to_qimage, heat_image

DEFAULT_OPACITY = 50
TOP_ROWS = 5


class ScaledImage(QWidget):
    """Paints a ``QImage`` as large as fits, keeping its proportions (sharp pixels for
    tiny model inputs, smooth for larger ones)."""

    def __init__(self, parent: QWidget | None = None, minimum: int = 160) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.placeholder = ""
        self._minimum = minimum
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self.update()

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 420)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._minimum, self._minimum)

    def image_rect(self) -> QRectF:
        if self.image is None or self.image.isNull():
            return QRectF()
        w, h = self.image.width(), self.image.height()
        scale = min(self.width() / w, self.height() / h)
        return QRectF((self.width() - w * scale) / 2, (self.height() - h * scale) / 2,
                      w * scale, h * scale)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        if self.image is None or self.image.isNull():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(20, 20, -20, -20),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
            return
        rect = self.image_rect()
        smooth = rect.width() < 3 * self.image.width()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)
        painter.drawImage(rect, self.image)
        painter.end()


class HeatLegend(QWidget):
    """The colour scale: cold (less attention) to hot (more)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lepton_studio.core.explain import colour_map

        strip = colour_map(np.linspace(0, 1, 256)[None, :]).repeat(2, axis=0)
        self._strip = array_to_qimage(strip)
        self.less, self.more = "less", "more"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.fontMetrics().height() + 16)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        metrics = self.fontMetrics()
        left_w = metrics.horizontalAdvance(self.less) + 8
        right_w = metrics.horizontalAdvance(self.more) + 8
        bar = QRectF(left_w, 4, max(10, self.width() - left_w - right_w), self.height() - 8)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(0, 0, left_w - 4, self.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.less)
        painter.drawImage(bar, self._strip)
        painter.drawText(QRectF(bar.right() + 4, 0, right_w, self.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.more)
        painter.end()


class ExplainView(QWidget):
    """Shows an ``Explained`` result. ``classChosen(index)``: the user wants the heat map
    of another class; ``openRequested()``: pick a picture file."""

    classChosen = Signal(int)
    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = None
        self.class_names: list[str] = []
        self.image = ScaledImage()
        self.name = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.name.setFont(bold)
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.true_label = QLabel()
        self.says_label = QLabel()
        self.bars = ProbabilityBars(rows=3)
        self.class_combo = QComboBox()
        self.class_combo.currentIndexChanged.connect(self._on_class)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(DEFAULT_OPACITY)
        self.opacity.valueChanged.connect(self._redraw)
        self.legend = HeatLegend()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.openRequested)
        self.heat_for_label = QLabel()
        self.opacity_label = QLabel()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.heat_for_label, self.class_combo)
        form.addRow(self.opacity_label, self.opacity)
        form.addRow("", self.legend)

        side = QFrame()
        side.setObjectName("explainSide")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 0, 0, 0)
        side_layout.addWidget(self.name)
        side_layout.addWidget(self.true_label)
        side_layout.addSpacing(6)
        side_layout.addWidget(self.says_label)
        side_layout.addWidget(self.bars)
        side_layout.addSpacing(10)
        side_layout.addLayout(form)
        side_layout.addWidget(self.note)
        side_layout.addStretch(1)
        side_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.setMinimumWidth(260)
        side.setMaximumWidth(420)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.image, 3)
        layout.addWidget(side, 2)
        self.retranslate()
        self.set_result(None)

    def retranslate(self) -> None:
        self.says_label.setText(self.tr("The model says:"))
        self.heat_for_label.setText(self.tr("Where it looked for:"))
        self.opacity_label.setText(self.tr("Heat map strength:"))
        self.legend.less, self.legend.more = self.tr("less"), self.tr("more")
        self.legend.update()
        self.open_button.setText(self.tr("Open a Picture…"))
        self.image.set_placeholder(self.tr(
            "Choose a picture in Results, Mistakes or Try it, or open one, to see where the "
            "model looked."))
        self.open_button.setToolTip(self.tr("Explain any picture file"))
        self._describe()

    # --- state ---------------------------------------------------------------------------
    def set_class_names(self, names: list[str]) -> None:
        self.class_names = list(names)
        blocker = QSignalBlocker(self.class_combo)
        self.class_combo.clear()
        self.class_combo.addItems(self.class_names)
        del blocker

    def set_result(self, result) -> None:
        """Show an ``Explained`` (or nothing)."""
        self.result = result
        has = result is not None
        for widget in (self.name, self.true_label, self.says_label, self.bars,
                       self.class_combo, self.opacity, self.legend, self.heat_for_label,
                       self.opacity_label):
            widget.setVisible(has)
        if has:
            blocker = QSignalBlocker(self.class_combo)
            self.class_combo.setCurrentIndex(result.heat_class)
            del blocker
            names = self.class_names
            order = np.argsort(-result.probabilities, kind="stable")[:TOP_ROWS]
            marked = names[result.true_label] if result.true_label is not None else None
            self.bars.set_rows([(names[i], float(result.probabilities[i])) for i in order],
                               marked)
            has_heat = result.heat is not None
            self.opacity.setEnabled(has_heat)
            self.class_combo.setEnabled(has_heat)
        self._describe()
        self._redraw()

    def set_busy(self, busy: bool) -> None:
        self.class_combo.setEnabled(not busy and (self.result is None or self.result.heat is not None))
        if busy:
            self.note.setText(self.tr("Working out where the model looked…"))
        else:
            self._describe()

    def _describe(self) -> None:
        r = self.result
        if r is None:
            self.note.setText("")
            return
        self.name.setText(r.name)
        names = self.class_names
        if r.true_label is not None:
            self.true_label.setText(self.tr("True class: {name}").format(name=names[r.true_label]))
        self.true_label.setVisible(r.true_label is not None)
        if r.heat is None:
            self.note.setText(self.tr("This model has no convolution layers, so it cannot show "
                                      "where it looked."))
        else:
            self.note.setText(self.tr("Warm colours mark the parts of the picture that made the "
                                      "model think “{name}”. The picture is shown as the model "
                                      "sees it.").format(name=names[r.heat_class]))

    def _redraw(self) -> None:
        r = self.result
        if r is None:
            self.image.set_image(None)
            return
        self.image.set_image(heat_image(r.pixels, r.heat, self.opacity.value() / 100))

    def _on_class(self, index: int) -> None:
        if index >= 0 and self.result is not None and index != self.result.heat_class:
            self.classChosen.emit(index)

    def pixmap(self) -> QPixmap:
        return self.image.grab()
