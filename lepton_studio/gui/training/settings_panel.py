"""The training settings: a few for everyone, the rest under "Advanced".

Each edit is an undoable command (``gui/training/commands.py``) pushed on the document's
undo stack; the form redraws from the project's ``TrainingChanged`` event, so an Undo,
a cure applied from a problem, or any other change of the settings shows here too.
"Automatic" choices show the value the trainer will use, asked of
``core/training/auto.resolve``. Pointing at a setting (or focusing it) shows its help
text under the form; the same text is its tooltip.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core import settings_schema as schema
from lepton_studio.core.problems import LeptonError
from lepton_studio.gui import symmetry_texts
from lepton_studio.gui.project_subscription import ProjectSubscription
from lepton_studio.gui.training import commands, texts
from lepton_studio.gui.training.spin_boxes import (
    AutoSpinBox,
    EpochCountSpinBox,
    LearningRateSpinBox,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

    from lepton_studio.core.project import Project
    from lepton_studio.gui.settings import Settings

log = logging.getLogger(__name__)

FIELD_WIDTH = 170  # what a field needs beside its label before the rows wrap


class _HelpWatcher(QObject):
    """Shows a setting's help when the pointer enters it or it takes the focus."""

    def __init__(self, show: Callable[[QWidget], None], parent: QObject) -> None:
        super().__init__(parent)
        self._show = show

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Enter, QEvent.Type.FocusIn):
            self._show(watched)
        return False


class SettingsPanel(QWidget):
    """Edits ``project.training``; call ``set_project`` whenever the project changes.

    ``push`` receives each edit as an undo command (the document's undo stack); without
    it (a panel on its own) the command is carried out at once.
    """

    edited = Signal()  # the user changed a setting here (after the project has it)

    def __init__(self, preferences: Settings, parent: QWidget | None = None,
                 push: Callable[[QUndoCommand], None] | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.project: Project | None = None
        self._push = push
        self._running = False
        self._subscription = ProjectSubscription(self, self._on_project_event)
        self._probed_device: str | None = None  # what "auto" resolves to here
        self._images_per_s: float | None = None  # measured on this project's last batches

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setBold(True)
        self.title.setFont(title_font)

        # Basic settings
        # Every limit comes from the one settings schema (core/settings_schema.py), which
        # the command line and the project loader read too.
        self.epochs = AutoSpinBox(int(schema.spec("epochs").maximum))
        self.device = QComboBox()
        for key in schema.spec("device").choices:
            self.device.addItem("", key)
        # Advanced settings
        self.batch_size = AutoSpinBox(int(schema.spec("batch_size").maximum))
        self.learning_rate = LearningRateSpinBox()
        self.learning_rate.setMaximum(float(schema.spec("learning_rate").maximum))
        self.optimizer = QComboBox()
        for key in schema.spec("optimizer").choices:
            self.optimizer.addItem("", key)
        self.schedule = QComboBox()
        for key in schema.spec("schedule").choices:
            self.schedule.addItem("", key)
        self.augment = QComboBox()
        for key in schema.spec("augment").choices:
            self.augment.addItem("", key)
        self.mirror, self.turn = QComboBox(), QComboBox()
        for box in (self.mirror, self.turn):
            for key in symmetry_texts.CHOICES:
                box.addItem("", key)
        self.patience = EpochCountSpinBox(int(schema.spec("early_stopping_patience").maximum))
        self.label_smoothing = QDoubleSpinBox()
        smoothing = schema.spec("label_smoothing")
        self.label_smoothing.setRange(float(smoothing.minimum), float(smoothing.maximum))
        self.label_smoothing.setSingleStep(0.05)
        self.label_smoothing.setDecimals(2)
        self.seed = QSpinBox()
        self.seed.setRange(int(schema.spec("seed").minimum), int(schema.spec("seed").maximum))

        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {
            "epochs": self.epochs, "device": self.device, "batch_size": self.batch_size,
            "learning_rate": self.learning_rate, "optimizer": self.optimizer,
            "schedule": self.schedule, "augment": self.augment, "mirror": self.mirror,
            "turn": self.turn, "patience": self.patience,
            "label_smoothing": self.label_smoothing, "seed": self.seed,
        }
        for key, editor in self.editors.items():
            label = QLabel()
            label.setBuddy(editor)
            label.setWordWrap(True)
            self.labels[key] = label
            editor.setObjectName(f"training_{key}")
            editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
                editor.setKeyboardTracking(False)  # one edit when the typing is done

        basic = QFormLayout()
        self._forms = [basic]
        self._setup_form(basic)
        for key in ("epochs", "device"):
            basic.addRow(self.labels[key], self.editors[key])

        self.advanced_button = QToolButton()
        self.advanced_button.setObjectName("advancedToggle")
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setAutoRaise(True)
        self.advanced_button.toggled.connect(self.set_advanced_visible)
        self.advanced = QWidget()
        advanced_form = QFormLayout(self.advanced)
        self._forms.append(advanced_form)
        self._setup_form(advanced_form)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        for key in ("batch_size", "learning_rate", "optimizer", "schedule", "augment",
                    "mirror", "turn", "patience", "label_smoothing", "seed"):
            advanced_form.addRow(self.labels[key], self.editors[key])
        self.defaults_button = QPushButton()
        self.defaults_button.clicked.connect(self.restore_defaults)
        defaults_row = QHBoxLayout()
        defaults_row.addStretch(1)
        defaults_row.addWidget(self.defaults_button)
        advanced_form.addRow(defaults_row)
        self.advanced.setVisible(False)

        self.estimate = QLabel()
        self.estimate.setObjectName("trainingEstimate")
        self.estimate.setWordWrap(True)
        self.help_label = QLabel()
        self.help_label.setObjectName("settingHelp")
        self.help_label.setWordWrap(True)
        self.help_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.help_label.setMargin(6)
        self.help_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self._help_key: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(basic)
        layout.addWidget(self.advanced_button)
        layout.addWidget(self.advanced)
        layout.addWidget(self.estimate)
        layout.addWidget(self.help_label)
        layout.addStretch(1)

        watcher = _HelpWatcher(self._show_help_of, self)
        for key, editor in self.editors.items():
            editor.installEventFilter(watcher)
            self.labels[key].installEventFilter(watcher)
            editor.setProperty("settingKey", key)
            self.labels[key].setProperty("settingKey", key)
        self._connect()
        self.retranslate()
        self.set_project(None)

    @staticmethod
    def _setup_form(form: QFormLayout) -> None:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _update_wrapping(self) -> None:
        """Labels beside their fields when every row fits, above them all otherwise
        (never a mix, which looks untidy in a narrow column or a wordy language)."""
        label_width = max(label.sizeHint().width() for label in self.labels.values())
        wide = self.width() >= label_width + FIELD_WIDTH
        policy = (QFormLayout.RowWrapPolicy.DontWrapRows if wide
                  else QFormLayout.RowWrapPolicy.WrapAllRows)
        for form in self._forms:
            if form.rowWrapPolicy() != policy:
                form.setRowWrapPolicy(policy)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_wrapping()

    # --- wiring -----------------------------------------------------------------------------
    def _connect(self) -> None:
        def spin(name: str, zero_is_none: bool = True) -> Callable[[Any], None]:
            return lambda value: self._set(name, (value or None) if zero_is_none else value)

        def combo(name: str, box: QComboBox) -> Callable[[int], None]:
            return lambda _index: self._set(name, box.currentData())

        self.epochs.valueChanged.connect(spin("epochs"))
        self.batch_size.valueChanged.connect(spin("batch_size"))
        self.learning_rate.valueChanged.connect(spin("learning_rate"))
        self.patience.valueChanged.connect(spin("early_stopping_patience"))
        self.label_smoothing.valueChanged.connect(spin("label_smoothing", zero_is_none=False))
        self.seed.valueChanged.connect(spin("seed", zero_is_none=False))
        self.device.currentIndexChanged.connect(combo("device", self.device))
        self.optimizer.currentIndexChanged.connect(combo("optimizer", self.optimizer))
        self.schedule.currentIndexChanged.connect(combo("schedule", self.schedule))
        self.augment.currentIndexChanged.connect(combo("augment", self.augment))
        self.mirror.currentIndexChanged.connect(combo("mirror", self.mirror))
        self.turn.currentIndexChanged.connect(combo("turn", self.turn))

    def _set(self, name: str, value: Any) -> None:
        if self.project is None:
            return
        training = self.project.training
        if name == "label_smoothing":
            value = round(float(value), 4)
        if getattr(training, name) == value:
            return
        try:
            command = commands.setting_command(self.project, name, value)
        except LeptonError:  # the schema refused it; the form's limits should prevent that
            log.warning("training setting refused", exc_info=True)
            self.load()
            return
        self.push(command)
        self.edited.emit()

    def push(self, command: QUndoCommand) -> None:
        """Carry out an edit of the settings as an undoable command."""
        if self._push is not None:
            self._push(command)
        else:
            command.redo()

    def _on_project_event(self, event: Any) -> None:
        from lepton_studio.core import project_events as E

        if isinstance(event, E.TrainingChanged):
            self.load()
        elif isinstance(event, (E.DatasetEdited, E.DatasetReplaced)):
            self.refresh_automatic()  # the automatic values follow the training pictures

    # --- showing the project ------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Show ``project``'s settings (all disabled when there is none)."""
        self.project = project
        self._subscription.follow(project)
        self._images_per_s = None
        self.load()

    def load(self) -> None:
        """Read every value from ``project.training`` (without writing anything back)."""
        from lepton_studio.core.project import TrainingSettings

        training = self.project.training if self.project is not None else TrainingSettings()
        blockers = [QSignalBlocker(editor) for editor in self.editors.values()]
        try:
            self.epochs.setValue(training.epochs or 0)
            self.batch_size.setValue(training.batch_size or 0)
            self.learning_rate.setValue(training.learning_rate or 0.0)
            self.patience.setValue(training.early_stopping_patience or 0)
            self.label_smoothing.setValue(training.label_smoothing)
            self.seed.setValue(training.seed)
            for box, value in ((self.device, training.device), (self.optimizer, training.optimizer),
                               (self.schedule, training.schedule), (self.augment, training.augment),
                               (self.mirror, training.mirror), (self.turn, training.turn)):
                box.setCurrentIndex(max(0, box.findData(value)))
        finally:
            del blockers
        editable = self.project is not None and not self._running
        for editor in self.editors.values():
            editor.setEnabled(editable)
        self.defaults_button.setEnabled(editable)
        self.refresh_automatic()

    def restore_defaults(self) -> None:
        from lepton_studio.core.project import TrainingSettings

        if self.project is None or self.project.training == TrainingSettings():
            return
        self.push(commands.defaults_command(self.project))
        self.edited.emit()

    def set_running(self, running: bool) -> None:
        """The running run keeps the settings it started with: editing waits."""
        self._running = running
        for editor in self.editors.values():
            editor.setEnabled(self.project is not None and not running)
        self.defaults_button.setEnabled(self.project is not None and not running)

    def set_advanced_visible(self, visible: bool) -> None:
        self.advanced_button.setChecked(visible)
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if visible
                                          else Qt.ArrowType.RightArrow)
        self.advanced.setVisible(visible)

    def set_probed_device(self, device: str | None) -> None:
        """What "Automatic" finds on this computer ("cpu", "cuda", "mps")."""
        self._probed_device = device
        self._refresh_device_text()

    def estimate_pending(self) -> bool:
        """True until a training speed is known (the estimate waits for it)."""
        return self._images_per_s is None

    def set_throughput(self, images_per_s: float | None) -> None:
        """Training speed measured on this project, for the time estimate."""
        self._images_per_s = images_per_s if images_per_s and images_per_s > 0 else None
        self._refresh_estimate()

    # --- automatic values -------------------------------------------------------------------
    def train_count(self) -> int:
        dataset = self.project.dataset if self.project is not None else None
        return len(dataset.items_in("train")) if dataset is not None else 0

    def automatic_values(self) -> dict[str, Any]:
        """What "Automatic" means for this project now: asked of ``auto.resolve`` itself,
        with the three automatic settings left on automatic."""
        import dataclasses

        from lepton_studio.core.project import TrainingSettings
        from lepton_studio.core.training.auto import resolve

        training = self.project.training if self.project is not None else TrainingSettings()
        automatic = dataclasses.replace(training, epochs=None, batch_size=None, learning_rate=None)
        resolved = resolve(automatic, self.train_count(), "cpu")
        return {"epochs": resolved.epochs, "batch_size": resolved.batch_size,
                "learning_rate": resolved.learning_rate}

    def planned_epochs(self) -> int:
        training = self.project.training if self.project is not None else None
        return (training.epochs if training is not None and training.epochs
                else self.automatic_values()["epochs"])

    def refresh_automatic(self) -> None:
        auto = self.automatic_values()
        automatic = self.tr("Automatic ({value})")
        if self.train_count():
            self.epochs.setSpecialValueText(automatic.format(value=auto["epochs"]))
            self.batch_size.setSpecialValueText(automatic.format(value=auto["batch_size"]))
        else:  # both follow the number of pictures, which is not known yet
            self.epochs.setSpecialValueText(texts.automatic())
            self.batch_size.setSpecialValueText(texts.automatic())
        self.learning_rate.setSpecialValueText(
            automatic.format(value=texts.number(auto["learning_rate"])))
        self.learning_rate.base_value = auto["learning_rate"]
        self.patience.setSpecialValueText(self.tr("Never"))
        self._refresh_symmetry_texts()
        self._refresh_device_text()
        self._refresh_estimate()

    def _refresh_symmetry_texts(self) -> None:
        """ "Automatic" says what the last run decided; the tooltip says why."""
        check = symmetry_texts.last_check(self.project)
        helps = self.help_texts()
        for kind, box in (("mirror", self.mirror), ("turn", self.turn)):
            for index in range(box.count()):
                key = box.itemData(index)
                box.setItemText(index, symmetry_texts.automatic_name(kind, check) if key == "auto"
                                else symmetry_texts.choice_name(key))
            tip = helps[kind]
            if check is not None:
                tip += "\n\n" + self.tr("Last run: {decision}").format(
                    decision=symmetry_texts.decision_sentence(kind, check))
            box.setToolTip(tip)

    def _refresh_device_text(self) -> None:
        names = texts.device_names()
        preference = self.preferences.device
        if preference != "auto":
            used = names.get(preference, preference)
        elif self._probed_device:
            used = texts.device_short_name(self._probed_device)
        else:
            used = ""
        auto_text = self.tr("Automatic ({value})").format(value=used) if used else names["auto"]
        for index in range(self.device.count()):
            key = self.device.itemData(index)
            self.device.setItemText(index, auto_text if key == "auto" else names[key])

    def _refresh_estimate(self) -> None:
        count = self.train_count()
        if self.project is None or count == 0:
            self.estimate.setText("")
            return
        if self._images_per_s is None:
            self.estimate.setText(self.tr("Time needed: known after the first batches."))
            return
        per_epoch = count / self._images_per_s
        total = per_epoch * self.planned_epochs()
        self.estimate.setText(self.tr("Time needed: {per_epoch} per epoch, {total} in all.").format(
            per_epoch=texts.about(per_epoch), total=texts.about(total)))

    # --- help ---------------------------------------------------------------------------------
    def help_texts(self) -> dict[str, str]:
        return {
            "epochs": self.tr(
                "How many times training goes through all the training pictures. "
                "Automatic picks a number that suits the size of your dataset. More epochs "
                "can learn more but take longer."),
            "device": self.tr(
                "Where the calculations run. Automatic follows Preferences: a graphics card "
                "when there is a usable one, otherwise the processor."),
            "batch_size": self.tr(
                "How many pictures the model looks at before each small correction. Larger "
                "batches are faster per picture but need more memory."),
            "learning_rate": self.tr(
                "How big each correction is. Too high and training goes wrong (the error "
                "becomes “not a number”); too low and the model learns slowly."),
            "optimizer": self.tr(
                "The method that corrects the model after each batch. AdamW works well "
                "almost always."),
            "schedule": self.tr(
                "How the learning rate changes during training. One-cycle warms up first, "
                "then slowly lowers it, which usually gives the best model."),
            "augment": self.tr(
                "Small random changes to the training pictures (small turns, shifts, colours), "
                "so the model learns what matters rather than the exact pixels. Strong helps "
                "small datasets."),
            "mirror": symmetry_texts.question("mirror") + " " + symmetry_texts.explanation("mirror")
            + " " + symmetry_texts.choice_help("mirror"),
            "turn": symmetry_texts.question("turn") + " " + symmetry_texts.explanation("turn")
            + " " + symmetry_texts.choice_help("turn"),
            "patience": self.tr(
                "Stop when the validation error has not improved for this many epochs. The "
                "best model is kept either way."),
            "label_smoothing": self.tr(
                "Makes the model slightly less sure of itself, which often helps with new "
                "pictures. 0 turns it off; 0.1 is a good value."),
            "seed": self.tr(
                "A number that fixes the random choices (shuffling, augmentation), so the "
                "same settings give the same result again."),
        }

    def _show_help_of(self, widget: QObject) -> None:
        key = widget.property("settingKey")
        if key:
            self._help_key = str(key)
            editor = self.editors[self._help_key]
            self.help_label.setText(editor.toolTip() if key in ("mirror", "turn")
                                    else self.help_texts()[self._help_key])

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        names = {
            "epochs": self.tr("&Epochs:"), "device": self.tr("&Device:"),
            "batch_size": self.tr("&Batch size:"), "learning_rate": self.tr("&Learning rate:"),
            "optimizer": self.tr("&Optimizer:"), "schedule": self.tr("Learning-rate &schedule:"),
            "augment": self.tr("&Augmentation:"), "mirror": self.tr("M&irrored = same class:"),
            "turn": self.tr("T&urned = same class:"), "patience": self.tr("Stop early &after:"),
            "label_smoothing": self.tr("Label s&moothing:"), "seed": self.tr("Random s&eed:"),
        }
        helps = self.help_texts()
        for key, label in self.labels.items():
            label.setText(names[key])
            label.setToolTip(helps[key])
            self.editors[key].setToolTip(helps[key])
        for box, choices in ((self.optimizer, texts.optimizer_names()),
                             (self.schedule, texts.schedule_names()),
                             (self.augment, texts.augment_names())):
            for index in range(box.count()):
                box.setItemText(index, choices[box.itemData(index)])
        self.advanced_button.setText(self.tr("Advanced settings"))
        self.defaults_button.setText(self.tr("Restore Defaults"))
        self.help_label.setText(helps[self._help_key] if self._help_key
                                else self.tr("Point at a setting to see what it does."))
        self.refresh_automatic()
        self._update_wrapping()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
