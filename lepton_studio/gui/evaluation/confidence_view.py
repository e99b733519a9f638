"""The Confidence tab: is the model's confidence honest, and when should it say "not sure"?

It shows the calibration error before and after temperature scaling with a reliability
diagram, and the "not sure" threshold as a slider. Moving the slider shows, live, how
many validation (and evaluated) pictures would be set aside; ``thresholdChanged`` lets
the page redraw the confusion matrix and the mistakes, and ``thresholdCommitted`` (on
release) makes it an undoable edit of the run.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.gui.evaluation.reliability import ReliabilityDiagram
from lepton_studio.gui.evaluation.results_view import Card
from lepton_studio.gui.training import texts

STEPS = 1000  # slider positions: thresholds 0.000 … 1.000


def percent(value: float | None) -> str:
    return texts.percent(value)  # the user's decimal sign, one format everywhere


class ConfidenceView(QWidget):
    thresholdChanged = Signal(object)  # float, live while dragging
    thresholdCommitted = Signal(object)  # float, when the user lets go
    calibrateRequested = Signal()  # a run from before calibration: fit one now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation = None
        self.calibration = None
        self.ece = Card()
        self.temperature = Card()
        self.set_aside = Card()
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in (self.ece, self.temperature, self.set_aside):
            cards.addWidget(card, 1)
        bold = QFont(self.font())
        bold.setBold(True)
        self.diagram_title = QLabel()
        self.diagram_title.setFont(bold)
        self.diagram_hint = QLabel()
        self.diagram_hint.setWordWrap(True)
        self.diagram = ReliabilityDiagram()

        self.threshold_title = QLabel()
        self.threshold_title.setFont(bold)
        self.threshold_hint = QLabel()
        self.threshold_hint.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, STEPS)
        self.slider.setPageStep(STEPS // 50)
        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderReleased.connect(self._commit)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(70)
        self.reset = QPushButton()
        self.reset.clicked.connect(self._reset)
        self.tune = QPushButton()
        self.tune.clicked.connect(self.tune_on_background)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.value_label)
        row.addWidget(self.reset)
        row.addWidget(self.tune)
        self.live = QLabel()
        self.live.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.calibrate = QPushButton()
        self.calibrate.clicked.connect(self.calibrateRequested)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.calibrate)

        threshold_box = QVBoxLayout()
        threshold_box.addWidget(self.threshold_title)
        threshold_box.addWidget(self.threshold_hint)
        threshold_box.addLayout(row)
        threshold_box.addWidget(self.live)
        threshold_box.addStretch(1)
        diagram_box = QVBoxLayout()
        diagram_box.addWidget(self.diagram_title)
        diagram_box.addWidget(self.diagram_hint)
        diagram_box.addWidget(self.diagram, 1)
        columns = QHBoxLayout()
        columns.addLayout(diagram_box, 1)
        columns.addSpacing(16)
        columns.addLayout(threshold_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(cards)
        layout.addLayout(note_row)
        layout.addLayout(columns, 1)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ece.title.setText(self.tr("Calibration error"))
        self.ece.help.setText(self.tr("How far the model's confidence is from how often it is "
                                      "right (lower is better): before → after calibration."))
        self.temperature.title.setText(self.tr("Temperature"))
        self.temperature.help.setText(self.tr("Above 1: the model was too sure of itself and its "
                                              "confidence is toned down; below 1: the opposite."))
        self.set_aside.title.setText(self.tr("Not sure"))
        self.set_aside.help.setText(self.tr("Pictures checked here that the model sets aside as "
                                            "“none of the classes?”."))
        self.diagram_title.setText(self.tr("Reliability"))
        self.diagram_hint.setText(self.tr("Each bar: of the pictures answered with that "
                                          "confidence, the share that was right. Honest "
                                          "confidence touches the dashed line."))
        self.diagram.set_texts(self.tr("Confidence"), self.tr("Right answers"),
                               self.tr("Before calibration"), self.tr("After calibration"))
        self.threshold_title.setText(self.tr("When to say “not sure”"))
        self.threshold_hint.setText(self.tr("Below this confidence the model answers “Not sure — "
                                            "none of the classes?” instead of a class: in Try It, "
                                            "on the command line and in every export."))
        self.reset.setToolTip(self.tr("Go back to the threshold that keeps 95% of the "
                                      "validation pictures"))
        self.calibrate.setText(self.tr("Calibrate Now"))
        self.calibrate.setToolTip(self.tr("Fit the model's confidence on the validation pictures, "
                                          "without training again"))
        self.tune.setText(self.tr("Tune on Background"))
        self.tune.setToolTip(self.tr("Choose the threshold that best keeps the validation "
                                     "pictures and sets the background pictures (none of the "
                                     "classes) aside"))
        self._update()

    # --- data ----------------------------------------------------------------------------
    def set_evaluation(self, evaluation) -> None:
        self.evaluation = evaluation
        self.calibration = evaluation.calibration if evaluation is not None else None
        if evaluation is not None and len(evaluation.labels):
            figures = evaluation.calibration_figures()
            self.diagram.set_bins(figures["reliability_before"], figures["reliability_after"])
            self._figures = figures
        else:
            self.diagram.set_bins([], [])
            self._figures = None
        blocker = QSignalBlocker(self.slider)
        threshold = self.threshold()
        self.slider.setValue(round((threshold or 0.0) * STEPS))
        del blocker
        self._update()

    def threshold(self) -> float | None:
        return self.calibration.threshold if self.calibration is not None else None

    def set_threshold(self, value: float | None) -> None:
        """Show ``value`` (e.g. after undo) without emitting a commit."""
        if self.calibration is None:
            return
        self.calibration.threshold = value
        blocker = QSignalBlocker(self.slider)
        self.slider.setValue(round((value or 0.0) * STEPS))
        del blocker
        self._update()

    def _on_slider(self, value: int) -> None:
        if self.calibration is None:
            return
        self.calibration.threshold = value / STEPS
        self._update()
        self.thresholdChanged.emit(self.calibration.threshold)
        if not self.slider.isSliderDown():  # keys and clicks: one edit each; drags: on release
            self._commit()

    def _commit(self) -> None:
        if self.calibration is not None:
            self.thresholdCommitted.emit(self.calibration.threshold)

    def tune_on_background(self) -> None:
        """Move the threshold to the one that best tells validation from background pictures."""
        from lepton_studio.core.calibration import balanced_threshold

        ev, calibration = self.evaluation, self.calibration
        if ev is None or calibration is None or ev.background_scores is None:
            return
        value = balanced_threshold(calibration.val_scores, ev.background_scores)
        if value is None:
            return
        self.set_threshold(value)
        self.thresholdChanged.emit(value)
        self._commit()

    def _reset(self) -> None:
        if self.calibration is None or self.calibration.suggested_threshold is None:
            return
        blocker = QSignalBlocker(self.slider)
        self.slider.setValue(round(self.calibration.suggested_threshold * STEPS))
        del blocker
        self.calibration.threshold = self.calibration.suggested_threshold
        self._update()
        self.thresholdChanged.emit(self.calibration.threshold)
        self._commit()

    def _update(self) -> None:
        calibration, ev = self.calibration, self.evaluation
        fitted = calibration is not None and calibration.fitted
        self.slider.setEnabled(fitted)
        self.calibrate.setVisible(ev is not None and calibration is not None and not fitted)
        has_background = ev is not None and ev.background_scores is not None
        self.tune.setVisible(has_background)
        self.tune.setEnabled(fitted and has_background and bool(calibration.val_scores))
        self.reset.setEnabled(fitted and calibration.suggested_threshold is not None)
        suggested = calibration.suggested_threshold if fitted else None
        self.reset.setText(self.tr("Suggested ({value})").format(value=percent(suggested))
                           if suggested is not None else self.tr("Suggested"))
        figures = getattr(self, "_figures", None)
        if figures is not None:
            self.ece.value.setText(f"{percent(figures['ece_before'])} → {percent(figures['ece_after'])}")
        else:
            self.ece.value.setText("–")
        self.temperature.value.setText(f"{calibration.temperature:.2f}" if fitted else "–")
        if ev is None or calibration is None:
            self.note.setText("")
            self.value_label.setText("–")
            self.live.setText("")
            self.set_aside.value.setText("–")
            return
        if not fitted:
            self.note.setText(self.tr("This model was trained before Lepton Studio calibrated its "
                                      "models: its confidence is shown as it is and it never "
                                      "answers “not sure”. Calibrate it now (a few seconds, no "
                                      "training)."))
        else:
            self.note.setText("")
        threshold = calibration.threshold
        self.value_label.setText(percent(threshold))
        unsure = ev.unsure(threshold)
        total = len(ev.labels)
        self.set_aside.value.setText(f"{int(unsure.sum())} / {total}")
        if not fitted:
            self.live.setText("")
            return
        held = calibration.set_aside(threshold)
        validation = "" if not calibration.val_scores else self.tr("{held} of {total} validation pictures ({share}) would be set "
                             "aside.").format(held=held, total=calibration.images,
                                              share=percent(held / max(calibration.images, 1)))
        wrong = int((unsure & (ev.predictions != ev.labels)).sum()) if total else 0
        checked = self.tr("Of the {total} pictures checked here: {unsure} set aside, {wrong} of "
                          "them would have been wrong answers.").format(
            total=total, unsure=int(unsure.sum()), wrong=wrong)
        background = ""
        if ev.background_scores is not None:
            count = len(ev.background_scores)
            caught = ev.background_set_aside(threshold)
            background = self.tr("Background pictures (none of the classes): {caught} of {total} "
                                 "({share}) set aside, as they should be.").format(
                caught=caught, total=count, share=percent(caught / max(count, 1)))
        self.live.setText("\n".join(text for text in (validation, checked, background) if text))
