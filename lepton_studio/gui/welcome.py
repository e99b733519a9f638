"""The Start page: new project, open, recent projects, the sample project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.gui.pages.base import heading_font
from lepton_studio.gui.resources import app_icon, sample_picture_count

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(str)
    continueRequested = Signal()
    clearRecentRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        self.title_label = QLabel()
        self.title_label.setFont(heading_font(self.font(), 1.9))
        self.tagline_label = QLabel()
        self.tagline_label.setWordWrap(True)
        header_text = QVBoxLayout()
        header_text.addWidget(self.title_label)
        header_text.addWidget(self.tagline_label)
        header = QHBoxLayout()
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(12)
        header.addLayout(header_text, 1)

        self.continue_button = self._action_button(QStyle.StandardPixmap.SP_ArrowForward,
                                                   self.continueRequested)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setDefault(True)
        bold = self.continue_button.font()
        bold.setBold(True)
        self.continue_button.setFont(bold)
        self.new_button = self._action_button(QStyle.StandardPixmap.SP_FileIcon, self.newRequested)
        self.open_button = self._action_button(QStyle.StandardPixmap.SP_DialogOpenButton,
                                               self.openRequested)
        self.sample_button = self._action_button(QStyle.StandardPixmap.SP_DirIcon,
                                                 self.sampleRequested)
        self.sample_note = QLabel()
        self.sample_note.setWordWrap(True)
        self.start_heading = QLabel()
        self.start_heading.setFont(heading_font(self.font(), 1.15))
        start = QVBoxLayout()
        start.addWidget(self.start_heading)
        start.addWidget(self.continue_button)
        start.addWidget(self.new_button)
        start.addWidget(self.open_button)
        start.addWidget(self.sample_button)
        start.addWidget(self.sample_note)
        start.addStretch(1)

        self.recent_heading = QLabel()
        self.recent_heading.setFont(heading_font(self.font(), 1.15))
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.setIconSize(QSize(24, 24))
        self.recent_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.recent_list.itemActivated.connect(self._on_recent_activated)
        self.recent_empty = QLabel()
        self.recent_empty.setWordWrap(True)
        self.clear_recent_button = QPushButton()
        self.clear_recent_button.setFlat(True)
        self.clear_recent_button.clicked.connect(self.clearRecentRequested)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_heading)
        recent.addWidget(self.recent_list, 100)
        recent.addWidget(self.recent_empty)
        recent.addWidget(self.clear_recent_button, 0, Qt.AlignmentFlag.AlignRight)
        recent.addStretch(1)  # keeps the heading and the "empty" note together at the top

        columns = QGridLayout()
        columns.setHorizontalSpacing(36)
        columns.addLayout(start, 0, 0)
        columns.addLayout(recent, 0, 1)
        columns.setColumnStretch(0, 2)
        columns.setColumnStretch(1, 3)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(40, 32, 40, 24)
        layout.setSpacing(24)
        layout.addLayout(header)
        layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._recent: list[str] = []
        self._project_name = ""
        self.retranslate()

    def _action_button(self, icon: QStyle.StandardPixmap, signal) -> QPushButton:
        button = QPushButton()
        button.setIcon(self.style().standardIcon(icon))
        button.setIconSize(QSize(20, 20))
        button.setMinimumHeight(36)
        button.setStyleSheet("text-align: left; padding-left: 10px; padding-right: 10px;")
        button.clicked.connect(signal)
        return button

    def set_recent_files(self, files: list[str]) -> None:
        self._recent = list(files)
        self.recent_list.clear()
        icon = app_icon()
        for path_text in files:
            item = QListWidgetItem(icon, "")
            item.setData(PATH_ROLE, path_text)
            item.setToolTip(path_text)
            self.recent_list.addItem(item)
        self._retranslate_recent()

    def set_current_project(self, name: str) -> None:
        self._project_name = name
        self._retranslate_continue()

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self.recentRequested.emit(item.data(PATH_ROLE))

    def _retranslate_recent(self) -> None:
        for row in range(self.recent_list.count()):
            item = self.recent_list.item(row)
            path = Path(item.data(PATH_ROLE))
            if path.exists():
                item.setText(f"{path.stem}\n{path.parent}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setText(f"{path.stem}\n" + self.tr("Not found: {folder}").format(
                    folder=path.parent))
        has = bool(self._recent)
        self.recent_list.setVisible(has)
        self.recent_empty.setVisible(not has)
        self.clear_recent_button.setVisible(has)

    def _retranslate_continue(self) -> None:
        self.continue_button.setVisible(bool(self._project_name))
        self.continue_button.setText(self.tr("Continue with “{name}”").format(
            name=self._project_name))

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Welcome to Lepton Studio"))
        self.tagline_label.setText(self.tr("Teach your computer to recognise pictures: bring "
                                           "your images, design a model, train it, check it "
                                           "and take it anywhere. No programming needed."))
        self.start_heading.setText(self.tr("Start"))
        self.new_button.setText(self.tr("New Project…"))
        self.open_button.setText(self.tr("Open Project…"))
        self.sample_button.setText(self.tr("Open the Sample Project"))
        self.sample_note.setText(self.tr("{count} pictures of circles, squares, triangles and "
                                         "stars: a quick way to try every step.").format(
            count=sample_picture_count()))
        self.recent_heading.setText(self.tr("Recent Projects"))
        self.recent_empty.setText(self.tr("Projects you open or save appear here."))
        self.clear_recent_button.setText(self.tr("Clear List"))
        self._retranslate_recent()
        self._retranslate_continue()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
