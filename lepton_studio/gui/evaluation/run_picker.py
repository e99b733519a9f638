"""Which trained run to evaluate or export: a combo box that follows ``selected_run``.

Choosing a run here makes it the project's selected run (the one the Train step marks
and the CLI exports by default), so Evaluate and Export always talk about the same model.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from lepton_studio.gui.step_status import trained_runs
from lepton_studio.gui.training import texts

CONTEXT = "RunPicker"


def run_title(run) -> str:
    """A run's name, or "Run 3" for an unnamed ``run-3``."""
    if run.name:
        return run.name
    match = re.fullmatch(r"run-(\d+)", run.id)
    if match:
        return QCoreApplication.translate("RunPicker", "Run {number}").format(number=match.group(1))
    return run.id


def run_label(run) -> str:
    """"Small CNN · 3/12/26 14:05 — 92.5% validation accuracy" (or just the name)."""
    from lepton_studio.gui.training.texts import run_name

    title = run_name(run)
    if run.best_val_accuracy is None:
        return title
    return QCoreApplication.translate("RunPicker", "{run} — {accuracy} validation accuracy").format(
        run=title, accuracy=texts.percent(run.best_val_accuracy))


class RunPicker(QComboBox):
    """The trained runs of a project, newest first; ``runChosen(run_id)`` on a choice."""

    runChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumContentsLength(14)
        self._project = None
        self.currentIndexChanged.connect(self._on_index)

    def set_project(self, project) -> None:
        """Fill from ``project`` (keeps the current choice when it still exists)."""
        self._project = project
        runs = list(reversed(trained_runs(project))) if project is not None else []
        wanted = self.current_run_id()
        if project is not None and project.selected_run in {r.id for r in runs}:
            wanted = project.selected_run
        blocker = QSignalBlocker(self)
        self.clear()
        for run in runs:
            self.addItem(run_label(run), run.id)
        index = self.findData(wanted) if wanted else -1
        self.setCurrentIndex(index if index >= 0 else (0 if runs else -1))
        del blocker
        self.setEnabled(bool(runs))

    def retranslate(self) -> None:
        self.set_project(self._project)

    def current_run_id(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def _on_index(self, index: int) -> None:
        run_id = self.itemData(index)
        if run_id:
            self.runChosen.emit(str(run_id))
