"""The Try it tab: drop or open pictures (or a folder, or take a camera picture) and see
the model's top answers, with a heat map of where it looked for its first choice."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.gui.evaluation.bars import ProbabilityBars
from lepton_studio.gui.evaluation.images import heat_image

ROW_PX = 112
TOP_K = 3
MAX_ROWS = 200


def paths_from_mime(mime: QMimeData) -> list[Path]:
    """Local files and folders among dropped URLs."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class ResultRow(QFrame):
    """One tried picture: the heat-mapped input, its name, and the top answers."""

    clicked = Signal(object)

    def __init__(self, result, class_names: list[str], opacity: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setObjectName("tryResult")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.picture = QLabel()
        self.picture.setFixedSize(ROW_PX, ROW_PX)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = QLabel(result.name)
        font = QFont(self.font())
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bars = ProbabilityBars(rows=TOP_K)
        self.bars.setMaximumWidth(520)
        order = np.argsort(-result.probabilities, kind="stable")[:TOP_K]
        self.top = [(class_names[i], float(result.probabilities[i])) for i in order]
        self.bars.set_rows(self.top)
        self.unsure = QLabel()
        self.unsure.setObjectName("unsureAnswer")
        self.unsure.setStyleSheet("#unsureAnswer { color: rgb(176, 106, 0); font-weight: bold; }")
        self.unsure.setVisible(bool(getattr(result, "unsure", False)))
        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addWidget(self.unsure)
        text.addWidget(self.bars)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.picture)
        layout.addSpacing(6)
        layout.addLayout(text, 3)
        layout.addStretch(1)
        self.retranslate()
        self.set_opacity(opacity)

    def retranslate(self) -> None:
        self.unsure.setText(self.tr("Not sure — none of the classes?"))
        self.unsure.setToolTip(self.tr("The model is less sure than its threshold (set in the "
                                       "Confidence tab): the picture may show none of the "
                                       "classes. Its best guesses are below."))

    def set_opacity(self, opacity: float) -> None:
        image = heat_image(self.result.pixels, self.result.heat, opacity)
        self.picture.setPixmap(QPixmap.fromImage(image).scaled(
            ROW_PX, ROW_PX, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.result)
        super().mouseReleaseEvent(event)


class TryItView(QWidget):
    """``filesChosen(paths)`` for dropped or opened pictures/folders; ``openFilesRequested``,
    ``openFolderRequested`` and ``cameraRequested`` for the buttons; ``resultChosen(result)``
    when a row is clicked."""

    filesChosen = Signal(list)
    openFilesRequested = Signal()
    openFolderRequested = Signal()
    cameraRequested = Signal()
    resultChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.class_names: list[str] = []
        self.rows: list[ResultRow] = []
        self.failures: list[tuple[str, str]] = []
        self.open_files = QPushButton()
        self.open_files.clicked.connect(self.openFilesRequested)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self.openFolderRequested)
        self.camera = QPushButton()
        self.camera.clicked.connect(self.cameraRequested)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.opacity_label = QLabel()
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(50)
        self.opacity.setMaximumWidth(160)
        self.opacity.valueChanged.connect(self._on_opacity)
        buttons = QHBoxLayout()
        for button in (self.open_files, self.open_folder, self.camera):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.opacity_label)
        buttons.addWidget(self.opacity)
        buttons.addWidget(self.clear_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("dropHint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setMinimumHeight(120)
        self.drop_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.drop_hint.setStyleSheet("#dropHint { border: 2px dashed palette(mid); "
                                     "border-radius: 10px; padding: 24px; }")
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(6)
        self.list_layout.addWidget(self.drop_hint, 1)
        self.list_layout.addStretch(0)  # pushes the rows up once the hint is hidden
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_widget)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.retranslate()
        self._update_hint()

    def retranslate(self) -> None:
        self.open_files.setText(self.tr("Open Pictures…"))
        self.open_folder.setText(self.tr("Open Folder…"))
        self.camera.setText(self.tr("Take a Photo…"))
        self.camera.setToolTip(self.tr("Take a picture with a camera attached to this computer"))
        self.clear_button.setText(self.tr("Clear"))
        self.opacity_label.setText(self.tr("Heat map:"))
        for row in self.rows:
            row.retranslate()
        self.drop_hint.setText(self.tr("Drop pictures or a folder here to see what the model "
                                       "says about them.\n\nThe pictures stay where they are; "
                                       "nothing is added to the project."))

    # --- drops ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if paths_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if paths_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.handle_drop(event.mimeData()):
            event.acceptProposedAction()

    def handle_drop(self, mime: QMimeData) -> bool:
        """Take the dropped files and folders; True when there were any."""
        paths = paths_from_mime(mime)
        if not paths:
            return False
        self.filesChosen.emit([str(p) for p in paths])
        return True

    # --- results -------------------------------------------------------------------------
    def set_class_names(self, names: list[str]) -> None:
        self.class_names = list(names)

    def clear(self) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        self.failures = []
        self.message.setText("")
        self._update_hint()

    def add_result(self, result) -> None:
        if len(self.rows) >= MAX_ROWS:
            oldest = self.rows.pop(0)
            oldest.deleteLater()
        row = ResultRow(result, self.class_names, self.opacity.value() / 100)
        row.clicked.connect(self.resultChosen)
        self.list_layout.insertWidget(self.list_layout.count() - 1, row)  # before the stretch
        self.rows.append(row)
        self._update_hint()

    def add_failure(self, path: str, text: str) -> None:
        self.failures.append((path, text))
        self.message.setText(self.tr("%n picture(s) could not be read.", "", len(self.failures))
                             + " " + text)

    def set_message(self, text: str) -> None:
        self.message.setText(text)

    def _update_hint(self) -> None:
        self.drop_hint.setVisible(not self.rows)
        self.list_layout.setStretch(self.list_layout.count() - 1, 0 if not self.rows else 1)
        self.clear_button.setEnabled(bool(self.rows) or bool(self.failures))

    def _on_opacity(self, value: int) -> None:
        for row in self.rows:
            row.set_opacity(value / 100)
