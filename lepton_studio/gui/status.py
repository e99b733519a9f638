"""The status bar: what the project's state is and which device will train.

The device is found after the window has painted, on a worker (finding it imports
torch, which takes seconds): the label says "detecting…" until then.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


def probe_device(_token=None, _emit=None) -> dict[str, Any]:
    """Which device "auto" would train on, and its name (runs on a worker thread)."""
    from lepton_studio.core.training.device import resolve_device

    device = resolve_device("auto")
    name = ""
    if device.startswith("cuda"):
        import torch

        name = torch.cuda.get_device_name(0)
    return {"device": device, "name": name}


class StatusBar(QStatusBar):
    """Permanent labels for training, project state and device; transient notes on the left."""

    trainingClicked = Signal()  # the training label's link: show the Train step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.training_label = QLabel()
        self.training_label.setObjectName("trainingProgress")
        self.training_label.setTextFormat(Qt.TextFormat.RichText)
        self.training_label.setContentsMargins(10, 0, 10, 0)
        self.training_label.linkActivated.connect(lambda _link: self.trainingClicked.emit())
        self.training_label.hide()
        self.addPermanentWidget(self.training_label)
        self._training: tuple[int, bool, bool] | None = None
        self.project_label = QLabel()
        self.device_label = QLabel()
        self.project_label.setObjectName("projectState")
        self.device_label.setObjectName("deviceLabel")
        for label in (self.project_label, self.device_label):
            label.setContentsMargins(10, 0, 10, 0)
            self.addPermanentWidget(label)
        self._device: dict[str, Any] | None = None
        self._has_project = False
        self._modified = False
        self._saved = True
        self._autosaved: datetime | None = None
        self.retranslate()

    def set_project_state(self, has_project: bool, modified: bool, saved: bool = True) -> None:
        """``saved``: the project has a file (a new one has none until Save)."""
        self._has_project, self._modified, self._saved = has_project, modified, saved
        if not modified:
            self._autosaved = None
        self._update_project_label()

    def set_autosaved(self, when: datetime | None = None) -> None:
        self._autosaved = when or datetime.now()
        self._update_project_label()

    def set_training(self, percent: int | None, paused: bool = False,
                     preparing: bool = False) -> None:
        """A run's progress, seen from every step; None when no run is going."""
        training = None if percent is None else (int(percent), paused, preparing)
        if training != self._training:  # called per batch: redraw only on a change
            self._training = training
            self._update_training_label()

    def _update_training_label(self) -> None:
        if self._training is None:
            self.training_label.hide()
            return
        percent, paused, preparing = self._training
        if preparing:
            text = self.tr("Preparing the training…")
        elif paused:
            text = self.tr("Training paused at {percent} %").format(percent=percent)
        else:
            text = self.tr("Training: {percent} %").format(percent=percent)
        self.training_label.setText(f"<a href='train'>{escape(text)}</a>")
        self.training_label.setToolTip(self.tr("Show the Train step"))
        self.training_label.show()

    def set_device(self, info: dict[str, Any] | None) -> None:
        self._device = info
        self._update_device_label()

    def _update_project_label(self) -> None:
        if not self._has_project:
            text = self.tr("No project open")
        elif not self._modified:
            # A new project has no file yet: "All changes saved" would be untrue.
            text = self.tr("All changes saved") if self._saved else self.tr("Not saved yet")
        elif self._autosaved is not None:
            moment = QTime(self._autosaved.hour, self._autosaved.minute)
            text = self.tr("Unsaved changes (autosaved at {time})").format(
                time=QLocale().toString(moment, QLocale.FormatType.ShortFormat))
        else:
            text = self.tr("Unsaved changes")
        self.project_label.setText(text)

    def _update_device_label(self) -> None:
        info = self._device
        if info is None:
            text = self.tr("Device: detecting…")
        elif info.get("error"):
            text = self.tr("Device: CPU")
        elif str(info.get("device", "")).startswith("cuda"):
            text = self.tr("Device: GPU ({name})").format(name=info.get("name") or "CUDA")
        elif info.get("device") == "mps":
            text = self.tr("Device: Apple GPU")
        else:
            text = self.tr("Device: CPU")
        self.device_label.setText(text)
        self.device_label.setToolTip(self.tr("Training uses this device unless you choose "
                                             "another one in Preferences."))

    def retranslate(self) -> None:
        self._update_training_label()
        self._update_project_label()
        self._update_device_label()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
