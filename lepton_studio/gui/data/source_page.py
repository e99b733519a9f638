"""Wizard page 1: where the pictures are (a folder per class, a CSV, or picked by hand)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import import_state as S
from .buckets import BucketEditor, local_paths
from .context import WizardContext, WizardPageBase

KINDS = (S.FOLDER, S.CSV, S.FILES)


class SourcePage(WizardPageBase):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.setAcceptDrops(True)
        self.radios: dict[str, QRadioButton] = {}
        self.radio_help: dict[str, QLabel] = {}
        self.group = QButtonGroup(self)
        choices = QHBoxLayout()
        choices.setSpacing(16)
        for column, kind in enumerate(KINDS):
            radio = QRadioButton()
            help_label = QLabel()
            help_label.setWordWrap(True)
            help_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            help_label.setContentsMargins(22, 0, 0, 0)
            self.radios[kind], self.radio_help[kind] = radio, help_label
            self.group.addButton(radio, column)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(radio)
            box.addWidget(help_label)
            box.addStretch(1)
            choices.addLayout(box, 1)
        self.group.idToggled.connect(self._on_kind)

        # folder
        self.folder_edit = QLineEdit(self.state.folder)
        self.folder_edit.textChanged.connect(self._on_folder_text)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_example = QLabel()
        self.folder_example.setWordWrap(True)
        self.folder_example.setTextFormat(Qt.TextFormat.RichText)
        folder_box = QWidget()
        fl = QVBoxLayout(folder_box)
        fl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.folder_button)
        fl.addLayout(row)
        fl.addWidget(self.folder_example)
        fl.addStretch(1)

        # CSV
        self.csv_edit = QLineEdit(self.state.csv_path)
        self.csv_edit.textChanged.connect(self._on_csv_text)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.choose_csv)
        self.csv_example = QLabel()
        self.csv_example.setWordWrap(True)
        self.csv_example.setTextFormat(Qt.TextFormat.RichText)
        csv_box = QWidget()
        cl = QVBoxLayout(csv_box)
        cl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.csv_edit, 1)
        row.addWidget(self.csv_button)
        cl.addLayout(row)
        cl.addWidget(self.csv_example)
        cl.addStretch(1)

        # picked files
        self.buckets = BucketEditor(self.state.buckets)
        self.buckets.changed.connect(self.completeChanged)

        self.details = QStackedWidget()
        for widget in (folder_box, csv_box, self.buckets):
            self.details.addWidget(widget)
        # optional background pictures (none of the classes)
        self.background_label = QLabel()
        self.background_edit = QLineEdit(self.state.background_folder)
        self.background_edit.textChanged.connect(self._on_background_text)
        self.background_button = QPushButton()
        self.background_button.clicked.connect(self.choose_background)
        self.background_help = QLabel()
        self.background_help.setWordWrap(True)
        background_row = QHBoxLayout()
        background_row.addWidget(self.background_label)
        background_row.addWidget(self.background_edit, 1)
        background_row.addWidget(self.background_button)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(line)
        layout.addWidget(self.details, 1)
        layout.addLayout(background_row)
        layout.addWidget(self.background_help)
        self.radios[self.state.kind].setChecked(True)
        self.retranslate()

    # --- choosing ----------------------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        self.radios[kind].setChecked(True)

    def _on_kind(self, button_id: int, checked: bool) -> None:
        if checked:
            self.state.kind = KINDS[button_id]
            self.details.setCurrentIndex(button_id)
            self.completeChanged.emit()

    def _on_folder_text(self, text: str) -> None:
        self.state.folder = text.strip()
        self.completeChanged.emit()

    def _on_csv_text(self, text: str) -> None:
        self.state.csv_path = text.strip()
        self.completeChanged.emit()

    def _on_background_text(self, text: str) -> None:
        self.state.background_folder = text.strip()

    def choose_background(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pictures of none of the classes"), self.state.background_folder)
        if folder:
            self.background_edit.setText(folder)

    def set_folder(self, folder: str) -> None:
        self.set_kind(S.FOLDER)
        self.folder_edit.setText(folder)

    def set_csv(self, path: str) -> None:
        self.set_kind(S.CSV)
        self.csv_edit.setText(path)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with one sub-folder per class"),
                                                  self.state.folder)
        if folder:
            self.set_folder(folder)

    def choose_csv(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("CSV file of pictures and classes"), self.state.csv_path,
            self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"))
        if name:
            self.set_csv(name)

    def accept_drop(self, paths: list[str]) -> bool:
        """A folder or CSV file dropped onto the page (outside the buckets) is chosen."""
        if not paths:
            return False
        first = Path(paths[0])
        if first.is_dir() and self.state.kind != S.FILES:
            self.set_folder(str(first))
            return True
        if first.is_file() and first.suffix.lower() in (".csv", ".tsv", ".txt"):
            self.set_csv(str(first))
            return True
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.accept_drop(local_paths(event.mimeData())):
            event.acceptProposedAction()

    def isComplete(self) -> bool:  # noqa: N802
        return self.state.source_ready()

    # --- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Where are your pictures?"))
        self.setSubTitle(self.tr("Choose how your pictures are sorted into classes. "
                                 "Nothing is copied or changed on your disk."))
        self.radios[S.FOLDER].setText(self.tr("A folder per class"))
        self.radio_help[S.FOLDER].setText(self.tr("A main folder with one sub-folder for each "
                                                  "class, named after it."))
        self.radios[S.CSV].setText(self.tr("A CSV file"))
        self.radio_help[S.CSV].setText(self.tr("A table with the path of each picture and its "
                                               "class, for example from a spreadsheet."))
        self.radios[S.FILES].setText(self.tr("Sort pictures here"))
        self.radio_help[S.FILES].setText(self.tr("Pick or drop pictures and put them into "
                                                 "classes yourself."))
        self.folder_edit.setPlaceholderText(self.tr("The main folder, e.g. {example}").format(
            example=example_folder()))
        self.folder_button.setText(self.tr("Choose folder…"))
        self.folder_example.setText(self.tr(
            "For example, <b>Pets/cat/</b> and <b>Pets/dog/</b> make the classes “cat” and "
            "“dog”. Pictures in deeper folders belong to their top sub-folder. "
            "You can also drop the folder here."))
        self.background_label.setText(self.tr("Background pictures (optional):"))
        self.background_edit.setPlaceholderText(self.tr("A folder of pictures that show none "
                                                        "of the classes"))
        self.background_button.setText(self.tr("Choose folder…"))
        self.background_help.setText(self.tr(
            "Hands, empty tables, other things the camera may see: the model never learns them "
            "as a class, but Evaluate uses them to check when it should answer “not sure”. "
            "Want them as a class of their own? Add them as a class instead."))
        self.csv_edit.setPlaceholderText(self.tr("The CSV file"))
        self.csv_button.setText(self.tr("Choose file…"))
        self.csv_example.setText(self.tr(
            "One picture per line: its path, a comma, its class, for example "
            "<tt>photos/001.jpg,cat</tt>. Paths may be relative to the CSV file's folder; a "
            "header line, semicolons or tabs are fine too."))


def example_folder() -> str:
    """A main-folder example written the way this system writes paths."""
    if sys.platform.startswith("win"):
        return "C:\\Pictures\\Pets"
    return str(Path.home() / "Pictures" / "Pets")
