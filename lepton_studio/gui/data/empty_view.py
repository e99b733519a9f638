"""The Data step before any picture is in the project: three ways to start an import."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget

from . import import_state as S
from .buckets import local_paths


class EmptyDataView(QWidget):
    """Start an import: ``importRequested(kind, path)`` (path "" unless a folder was dropped)."""

    importRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons: dict[str, QCommandLinkButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        for kind in (S.FOLDER, S.CSV, S.FILES):
            button = QCommandLinkButton()
            button.setMaximumWidth(640)
            button.clicked.connect(lambda _=False, k=kind: self.importRequested.emit(k, ""))
            self.buttons[kind] = button
            layout.addWidget(button)
        self.drop_hint = QLabel()
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.drop_hint)
        layout.addStretch(1)
        self.retranslate()

    def set_enabled_for_project(self, has_project: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(has_project)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        from pathlib import Path

        paths = local_paths(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        first = Path(paths[0])
        if first.is_dir():
            self.importRequested.emit(S.FOLDER, str(first))
        elif first.suffix.lower() in (".csv", ".tsv", ".txt"):
            self.importRequested.emit(S.CSV, str(first))
        else:
            self.importRequested.emit(S.FILES, "")

    def retranslate(self) -> None:
        from lepton_studio.gui.step_status import step_title

        self.title.setText(step_title("data"))
        self.intro.setText(self.tr("Bring in the pictures the model learns from. Each picture "
                                   "belongs to a class: the kind of thing the model will learn "
                                   "to recognise. Every file is checked first, and you decide "
                                   "what happens to problem files."))
        self.buttons[S.FOLDER].setText(self.tr("Import a folder"))
        self.buttons[S.FOLDER].setDescription(self.tr("A folder with one sub-folder of pictures "
                                                      "per class"))
        self.buttons[S.CSV].setText(self.tr("Import a CSV file"))
        self.buttons[S.CSV].setDescription(self.tr("A list of picture paths and their classes"))
        self.buttons[S.FILES].setText(self.tr("Sort pictures into classes"))
        self.buttons[S.FILES].setDescription(self.tr("Pick or drop pictures and give each "
                                                     "group a class"))
        self.drop_hint.setText(self.tr("Tip: you can also drop a folder here."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
