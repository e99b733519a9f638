"""Where the run is: a progress bar, epoch and batch, speed, time left, best so far.

The panel keeps the last numbers it was given and writes every text from them in
``retranslate()``, so a language switch mid-run shows the new language at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.gui.training import texts
from lepton_studio.gui.training.session import IDLE, PAUSED, PREPARING, STOPPING

BAR_STEPS = 1000


@dataclass
class _Numbers:
    epoch: int = 0
    epochs: int = 0
    batch: int = 0
    batches: int = 0
    images_per_s: float = 0.0
    eta_s: float | None = None
    elapsed_s: float = 0.0
    best_accuracy: float | None = None
    best_epoch: int | None = None
    prepared: int = 0
    to_prepare: int = 0
    preparing_task: str = ""
    outcome: str = ""  # the status of the run that ended, shown while idle
    duration_s: float = 0.0


class ProgressPanel(QWidget):
    """Shows one run's progress; fed by the Train page from the session's events."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = IDLE
        self.blocked = False
        self.numbers = _Numbers()
        self.status = QLabel()
        self.status.setObjectName("trainingStatus")
        font = QFont(self.font())
        font.setBold(True)
        self.status.setFont(font)
        self.best = QLabel()
        self.best.setObjectName("trainingBest")
        self.bar = QProgressBar()
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(True)
        self.details = QLabel()
        self.details.setObjectName("trainingDetails")
        # One line, changing ten times a second: no word wrap (which would make the
        # layout recompute heights on every change), and no say in the page's width.
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.best)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.details)
        self.retranslate()

    # --- feeding ------------------------------------------------------------------------------
    def reset(self) -> None:
        self.numbers = _Numbers()
        self.retranslate()

    def set_blocked(self, blocked: bool) -> None:
        """The project cannot train yet (the page says why)."""
        self.blocked = blocked
        self.retranslate()

    def set_state(self, state: str) -> None:
        self.state = state
        self.retranslate()

    def preparing(self, task: str, done: int, total: int) -> None:
        n = self.numbers
        n.preparing_task, n.prepared, n.to_prepare = task, done, total
        self.retranslate()

    def started(self, epochs: int, batches: int) -> None:
        self.numbers.epochs, self.numbers.batches = epochs, batches
        self.retranslate()

    def batch_ended(self, epoch: int, batch: int, batches: int, images_per_s: float,
                    eta_s: float) -> None:
        n = self.numbers
        n.epoch, n.batch, n.batches = epoch, batch, batches
        n.images_per_s, n.eta_s = images_per_s, eta_s
        self.retranslate()

    def epoch_ended(self, epoch: int, epochs: int, val_accuracy: float | None,
                    train_accuracy: float, is_best: bool, duration_s: float) -> None:
        n = self.numbers
        n.epoch, n.epochs = epoch, epochs
        n.batch = n.batches
        n.elapsed_s += duration_s
        if is_best:
            n.best_accuracy = val_accuracy if val_accuracy is not None else train_accuracy
            n.best_epoch = epoch
        self.retranslate()

    def ended(self, status: str, duration_s: float) -> None:
        self.numbers.outcome, self.numbers.duration_s = status, duration_s
        self.numbers.eta_s = None
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------------
    def fraction(self) -> float:
        n = self.numbers
        if self.state == PREPARING:
            return n.prepared / n.to_prepare if n.to_prepare else 0.0
        if not n.epochs:
            return 0.0
        done = (n.epoch - 1 + (n.batch / n.batches if n.batches else 0)) if n.epoch else 0
        return max(0.0, min(1.0, done / n.epochs))

    def retranslate(self) -> None:
        n, state = self.numbers, self.state
        self.bar.setValue(round(self.fraction() * BAR_STEPS))
        if state == PREPARING:
            status = (self.tr("Looking at the pictures with the pretrained network…")
                      if n.preparing_task == "features" else self.tr("Preparing the pictures…"))
            details = (self.tr("{done} of {total} pictures").format(
                done=QLocale().toString(n.prepared), total=QLocale().toString(n.to_prepare))
                if n.to_prepare else "")
        elif state == IDLE:
            status = (texts.status_name(n.outcome) if n.outcome
                      else self.tr("Not ready to train yet") if self.blocked
                      else self.tr("Ready to train"))
            details = (self.tr("Trained for {time}.").format(time=texts.duration(n.duration_s))
                       if n.outcome and n.duration_s else "")
            reason = texts.stop_reason(n.outcome, n.epoch, n.epochs, n.best_epoch) if n.outcome else ""
            details = " ".join(part for part in (details, reason) if part)
        else:
            status = {PAUSED: self.tr("Paused"), STOPPING: self.tr("Stopping…")}.get(
                state, self.tr("Training"))
            details = self._running_details()
        self.status.setText(status)
        self.details.setText(details)
        if n.best_epoch is None:
            best = ""
        elif state == IDLE:
            best = self.tr("Best: {accuracy} (epoch {epoch})")
        else:
            best = self.tr("Best so far: {accuracy} (epoch {epoch})")
        self.best.setText(best.format(accuracy=texts.percent(n.best_accuracy), epoch=n.best_epoch))

    def _running_details(self) -> str:
        n = self.numbers
        if not n.epochs:
            return ""
        parts = [self.tr("Epoch {epoch} of {epochs}").format(epoch=max(n.epoch, 1),
                                                              epochs=n.epochs)]
        if n.batches:
            parts.append(self.tr("batch {batch} of {batches}").format(batch=n.batch,
                                                                       batches=n.batches))
        if n.images_per_s > 0:
            parts.append(self.tr("{rate} pictures/s").format(
                rate=QLocale().toString(round(n.images_per_s))))
        if n.eta_s is not None and n.images_per_s > 0:
            parts.append(self.tr("{time} left").format(time=texts.about(n.eta_s)))
        return " · ".join(parts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
