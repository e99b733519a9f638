"""Every run of the project: its status, best validation accuracy and settings.

Tick runs to draw their curves over the live plots; pick the run whose model Evaluate
and Export use; delete runs. The widget only shows and asks: the Train page edits the
project when ``useRequested`` / ``deleteRequested`` arrive.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.gui.training import texts

if TYPE_CHECKING:
    from lepton_studio.core.project import RunRecord

ID_ROLE = Qt.ItemDataRole.UserRole
NAME, ACCURACY, STATUS, EPOCHS, IN_USE = range(5)


class RunHistory(QWidget):
    overlayChanged = Signal()
    currentRunChanged = Signal(str)  # "" when none
    useRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[RunRecord] = []
        self.selected_run: str | None = None
        self.live_run_id: str | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("runHistory")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(5)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The status (the longest text) gives way in a narrow column; the rest fit.
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        for column in (NAME, ACCURACY, EPOCHS, IN_USE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setMinimumSectionSize(24)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.details = QLabel()
        self.details.setObjectName("runDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # drawn in the palette's quieter colour
        self.use_button = QPushButton()
        self.use_button.setObjectName("useRun")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteRun")
        self.use_button.clicked.connect(lambda: self._request(self.useRequested))
        self.delete_button.clicked.connect(lambda: self._request(self.deleteRequested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.retranslate()

    # --- content ------------------------------------------------------------------------------
    def set_runs(self, runs: list[RunRecord], selected_run: str | None,
                 live_run_id: str | None) -> None:
        """Show these runs (newest first), keeping the ticks and the current row."""
        checked = set(self.checked_runs())
        current = self.current_run_id()
        self.runs, self.selected_run, self.live_run_id = list(runs), selected_run, live_run_id
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for run in reversed(self.runs):
                item = QTreeWidgetItem()
                item.setData(NAME, ID_ROLE, run.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(NAME, Qt.CheckState.Checked if run.id in checked
                                   else Qt.CheckState.Unchecked)
                for column in (ACCURACY, EPOCHS, IN_USE):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
                self.tree.addTopLevelItem(item)
                if run.id == current:
                    self.tree.setCurrentItem(item)
            if self.tree.currentItem() is None and self.tree.topLevelItemCount():
                self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._fill_texts()
        if self.current_run_id() != current:
            self.currentRunChanged.emit(self.current_run_id() or "")
        if checked != set(self.checked_runs()):
            self.overlayChanged.emit()

    def update_run(self, run: RunRecord) -> None:
        """Refresh one row (a live run's new epoch) without rebuilding the list."""
        item = self._item(run.id)
        if item is None:
            return
        with QSignalBlocker(self.tree):
            self._fill_item(item, run)
        if run.id == self.current_run_id():
            self._fill_details()

    def checked_runs(self) -> list[str]:
        return [item.data(NAME, ID_ROLE) for item in self._items()
                if item.checkState(NAME) == Qt.CheckState.Checked]

    def set_checked(self, run_id: str, checked: bool) -> None:
        item = self._item(run_id)
        if item is not None:
            item.setCheckState(NAME, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def current_run_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(NAME, ID_ROLE) if item is not None else None

    def set_current(self, run_id: str) -> None:
        item = self._item(run_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def _item(self, run_id: str) -> QTreeWidgetItem | None:
        return next((item for item in self._items() if item.data(NAME, ID_ROLE) == run_id), None)

    def _run(self, run_id: str | None) -> RunRecord | None:
        return next((run for run in self.runs if run.id == run_id), None)

    # --- reacting ---------------------------------------------------------------------------------
    def _on_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if column == NAME:
            self.overlayChanged.emit()

    def _on_current_changed(self, *_args) -> None:
        self._fill_details()
        self._update_buttons()
        self.currentRunChanged.emit(self.current_run_id() or "")

    def _request(self, signal) -> None:
        run_id = self.current_run_id()
        if run_id:
            signal.emit(run_id)

    def _update_buttons(self) -> None:
        run = self._run(self.current_run_id())
        live = run is not None and run.id == self.live_run_id
        self.use_button.setEnabled(run is not None and not live and run.id != self.selected_run
                                   and run.best_epoch is not None)
        self.delete_button.setEnabled(run is not None and not live)

    # --- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        labels = {NAME: self.tr("Run"), ACCURACY: self.tr("Accuracy"), STATUS: self.tr("Status"),
                  EPOCHS: self.tr("Epochs"), IN_USE: "★"}
        self.tree.setHeaderLabels([labels[column] for column in range(len(labels))])
        header_item = self.tree.headerItem()
        header_item.setToolTip(ACCURACY, self.tr("Best validation accuracy"))
        header_item.setToolTip(NAME, self.tr("Tick runs to compare their curves in the plots."))
        header_item.setToolTip(IN_USE, self.tr("The model that Evaluate and Export use."))
        self.hint.setText(self.tr("Tick runs to compare their curves in the plots."))
        self.use_button.setText(self.tr("Use This Model"))
        self.use_button.setToolTip(self.tr("Evaluate and Export will use this run's best model."))
        self.delete_button.setText(self.tr("Delete…"))
        self._fill_texts()

    def _fill_texts(self) -> None:
        with QSignalBlocker(self.tree):
            for item in self._items():
                run = self._run(item.data(NAME, ID_ROLE))
                if run is not None:
                    self._fill_item(item, run)
        self._fill_details()
        self._update_buttons()

    def _fill_item(self, item: QTreeWidgetItem, run: RunRecord) -> None:
        live = run.id == self.live_run_id
        item.setText(NAME, texts.run_name(run))
        item.setText(STATUS, texts.status_name(texts.RUNNING if live else run.status))
        item.setToolTip(STATUS, "" if live else texts.run_stop_reason(run))
        item.setText(ACCURACY, texts.percent(run.best_val_accuracy))
        planned = run.settings.get("epochs")
        item.setText(EPOCHS, f"{len(run.history)} / {planned}" if live and planned
                     else str(len(run.history)))
        in_use = run.id == self.selected_run
        item.setText(IN_USE, "★" if in_use else "")
        item.setToolTip(IN_USE, self.tr("Evaluate and Export use this run's model.")
                        if in_use else "")

    def _fill_details(self) -> None:
        run = self._run(self.current_run_id())
        self.details.setText(self.summary(run) if run is not None else "")
        self._update_buttons()

    def summary(self, run: RunRecord) -> str:
        """The run's settings and facts in one paragraph."""
        s = run.settings
        parts = []
        if s.get("epochs"):
            parts.append(texts.epochs_text(int(s["epochs"])))
        if s.get("batch_size"):
            parts.append(self.tr("batch size {size}").format(size=s["batch_size"]))
        if s.get("learning_rate"):
            parts.append(self.tr("learning rate {rate}").format(
                rate=texts.number(float(s["learning_rate"]))))
        if s.get("optimizer"):
            parts.append(texts.optimizer_names(short=True).get(s["optimizer"], s["optimizer"]))
        if s.get("schedule"):
            parts.append(texts.schedule_names(short=True).get(s["schedule"], s["schedule"]))
        if s.get("augment"):
            parts.append(self.tr("augmentation: {level}").format(
                level=texts.augment_names(short=True).get(s["augment"], s["augment"])))
        if s.get("early_stopping_patience"):
            parts.append(self.tr("stop early after {epochs}").format(
                epochs=texts.epochs_text(int(s["early_stopping_patience"]))))
        if s.get("label_smoothing") is not None:
            parts.append(self.tr("label smoothing {value}").format(
                value=texts.number(float(s["label_smoothing"]), 2)))
        if "seed" in s:
            parts.append(self.tr("seed {seed}").format(seed=s["seed"]))
        if run.device:
            parts.append(texts.device_short_name(run.device))
        facts = []
        if run.created:
            facts.append(self.tr("Started {time}").format(time=_local_time(run.created)))
        if run.duration_s:
            facts.append(self.tr("took {time}").format(time=texts.duration(run.duration_s)))
        if run.best_epoch is not None:
            facts.append(self.tr("best model from epoch {epoch}").format(epoch=run.best_epoch))
        accuracy = self.tr("best validation accuracy {accuracy}").format(
            accuracy=texts.percent(run.best_val_accuracy))
        lines = [f"<b>{escape(texts.run_name(run))}</b> · {escape(accuracy)}",
                 escape(" · ".join(parts))]
        if facts:
            lines.append(escape(" · ".join(facts)))
        reason = texts.run_stop_reason(run)
        if reason:
            lines.append(escape(reason))
        return "<br>".join(lines)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _local_time(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
