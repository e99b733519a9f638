"""Preferences: language, theme, device, CPU threads, cache, autosave.

Every change applies at once (language and theme included) and is stored in the INI
file; the dialog only has a Close button. The window reacts through the signals.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.gui.settings import Settings
from lepton_studio.gui.translations import LANGUAGES, SYSTEM
from lepton_studio.gui.workers import TaskManager


def clear_image_cache(root: Path) -> None:
    """Delete the decoded-image cache and the backbone features computed from it (only
    folders the caches themselves made)."""
    from lepton_studio.core.data.cache import ImageCache
    from lepton_studio.core.training.features import clear_feature_stores, feature_store_root

    cache = ImageCache(root, 8)
    cache.clear()
    cache.close()
    clear_feature_stores(feature_store_root(root))


def cache_size(root: Path) -> int:
    """Bytes of the decoded-image cache and of the features computed from it."""
    from lepton_studio.core.paths import folder_bytes
    from lepton_studio.core.training.features import feature_store_root

    return folder_bytes(root) + folder_bytes(feature_store_root(root))


class PreferencesDialog(QDialog):
    languageChanged = Signal(str)
    themeChanged = Signal(str)
    autosaveChanged = Signal(int)

    def __init__(self, settings: Settings, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.settings = settings
        self.tasks = tasks
        self._cache_bytes: int | None = None

        self.language_combo = QComboBox()
        self.language_combo.addItem("", SYSTEM)
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.theme_combo = QComboBox()
        for theme in ("system", "light", "dark"):
            self.theme_combo.addItem("", theme)
        self.device_combo = QComboBox()
        for device in ("auto", "cpu", "cuda", "mps"):
            self.device_combo.addItem("", device)
        self.threads_spin = QSpinBox()
        self.threads_spin.setRange(0, os.cpu_count() or 1)
        self.cache_edit = QLineEdit()
        self.cache_edit.setReadOnly(True)
        self.cache_edit.setMinimumWidth(220)
        self.cache_change = QPushButton()
        self.cache_default = QPushButton()
        self.cache_size = QLabel()
        self.cache_clear = QPushButton()
        self.autosave_spin = QSpinBox()
        self.autosave_spin.setRange(0, 120)

        self.appearance_box = QGroupBox()
        self.language_label, self.theme_label = QLabel(), QLabel()
        form = QFormLayout(self.appearance_box)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.theme_label, self.theme_combo)

        self.training_box = QGroupBox()
        self.device_label, self.threads_label = QLabel(), QLabel()
        form = QFormLayout(self.training_box)
        form.addRow(self.device_label, self.device_combo)
        form.addRow(self.threads_label, self.threads_spin)

        self.storage_box = QGroupBox()
        self.cache_label, self.cache_size_label = QLabel(), QLabel()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.cache_edit, 1)
        folder_row.addWidget(self.cache_change)
        folder_row.addWidget(self.cache_default)
        size_row = QHBoxLayout()
        size_row.addWidget(self.cache_size, 1)
        size_row.addWidget(self.cache_clear)
        form = QFormLayout(self.storage_box)
        form.addRow(self.cache_label, folder_row)
        form.addRow(self.cache_size_label, size_row)

        self.projects_box = QGroupBox()
        self.autosave_label = QLabel()
        form = QFormLayout(self.projects_box)
        form.addRow(self.autosave_label, self.autosave_spin)

        for label, field in ((self.language_label, self.language_combo),
                             (self.theme_label, self.theme_combo),
                             (self.device_label, self.device_combo),
                             (self.threads_label, self.threads_spin),
                             (self.cache_label, self.cache_edit),
                             (self.autosave_label, self.autosave_spin)):
            label.setBuddy(field)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for box in (self.appearance_box, self.training_box, self.storage_box, self.projects_box):
            layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(580)

        self._load()
        self.language_combo.currentIndexChanged.connect(self._on_language)
        self.theme_combo.currentIndexChanged.connect(self._on_theme)
        self.device_combo.currentIndexChanged.connect(self._on_device)
        self.threads_spin.valueChanged.connect(self._on_threads)
        self.autosave_spin.valueChanged.connect(self._on_autosave)
        self.cache_change.clicked.connect(self._choose_cache_folder)
        self.cache_default.clicked.connect(lambda: self._set_cache_folder(""))
        self.cache_clear.clicked.connect(self._clear_cache)
        self.retranslate()
        self.refresh_cache_size()

    # --- loading and storing ------------------------------------------------------------
    def _load(self) -> None:
        s = self.settings
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            s.language if s.language in LANGUAGES else SYSTEM)))
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(s.theme)))
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(s.device)))
        self.threads_spin.setValue(s.cpu_threads)
        self.autosave_spin.setValue(s.autosave_minutes)
        self._show_cache_folder()

    def _on_language(self, _index: int) -> None:
        code = self.language_combo.currentData()
        self.settings.language = code
        self.languageChanged.emit(code)

    def _on_theme(self, _index: int) -> None:
        self.settings.theme = self.theme_combo.currentData()
        self.themeChanged.emit(self.settings.theme)

    def _on_device(self, _index: int) -> None:
        self.settings.device = self.device_combo.currentData()

    def _on_threads(self, value: int) -> None:
        self.settings.cpu_threads = value

    def _on_autosave(self, value: int) -> None:
        self.settings.autosave_minutes = value
        self.autosaveChanged.emit(value)

    # --- cache --------------------------------------------------------------------------
    def _show_cache_folder(self) -> None:
        self.cache_edit.setText(str(self.settings.effective_cache_dir()))
        self.cache_edit.setCursorPosition(0)
        self.cache_default.setEnabled(bool(self.settings.cache_dir))

    def _choose_cache_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the Cache Folder"),
                                                  str(self.settings.effective_cache_dir()))
        if folder:
            self._set_cache_folder(folder)

    def _set_cache_folder(self, folder: str) -> None:
        self.settings.cache_dir = folder
        self._show_cache_folder()
        self.refresh_cache_size()

    def refresh_cache_size(self) -> None:
        self._cache_bytes = None
        self._update_cache_size_text()
        root = self.settings.image_cache_root()
        self.tasks.run(lambda _token, _emit: cache_size(root), on_success=self._got_size,
                       name="_cache_size", owner=self)

    def _got_size(self, size: int) -> None:
        self._cache_bytes = size
        self._update_cache_size_text()

    def _update_cache_size_text(self) -> None:
        if self._cache_bytes is None:
            self.cache_size.setText(self.tr("Measuring…"))
        else:
            self.cache_size.setText(QLocale().formattedDataSize(self._cache_bytes))
        self.cache_clear.setEnabled(bool(self._cache_bytes))

    def _clear_cache(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Clear Cache"),
            self.tr("Delete the prepared copies of your pictures? Your pictures and projects "
                    "are not touched; the copies are made again when needed."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        root = self.settings.image_cache_root()
        self.cache_clear.setEnabled(False)
        self.tasks.run(lambda _token, _emit: clear_image_cache(root),
                       on_finished=self.refresh_cache_size, name="clear_cache", owner=self)

    # --- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.appearance_box.setTitle(self.tr("Appearance"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setItemText(0, self.tr("System default"))
        self.theme_label.setText(self.tr("&Theme:"))
        for index, text in enumerate((self.tr("Same as the system"), self.tr("Light"),
                                      self.tr("Dark"))):
            self.theme_combo.setItemText(index, text)
        self.training_box.setTitle(self.tr("Training"))
        self.device_label.setText(self.tr("&Device:"))
        for index, text in enumerate((self.tr("Automatic (GPU when available)"), self.tr("CPU"),
                                      self.tr("NVIDIA GPU (CUDA)"), self.tr("Apple GPU (MPS)"))):
            self.device_combo.setItemText(index, text)
        self.threads_label.setText(self.tr("CPU &threads:"))
        self.threads_spin.setSpecialValueText(self.tr("Automatic"))
        self.threads_spin.setToolTip(self.tr("How many processor cores training may use. "
                                             "Automatic leaves one free so the window stays "
                                             "responsive."))
        self.storage_box.setTitle(self.tr("Storage"))
        self.cache_label.setText(self.tr("&Cache folder:"))
        self.cache_change.setText(self.tr("Change…"))
        self.cache_default.setText(self.tr("Default"))
        self.cache_size_label.setText(self.tr("Cache size:"))
        self.cache_clear.setText(self.tr("Clear Cache"))
        self.cache_edit.setToolTip(self.tr("Prepared copies of your pictures are kept here so "
                                           "that training starts faster."))
        self.projects_box.setTitle(self.tr("Projects"))
        self.autosave_label.setText(self.tr("&Autosave every:"))
        self.autosave_spin.setSpecialValueText(self.tr("Never"))
        self.autosave_spin.setSuffix(self.tr(" min"))
        self._update_cache_size_text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
