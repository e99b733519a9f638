"""Where each step of the user's path stands, computed from the project alone.

The side bar shows one ``StepStatus`` per step: done, ready (possible, nothing done yet),
needs attention, or not yet possible, with a translated reason. The functions here are
pure (project in, status out), so a step page does not have to exist to be summarised,
and a later page may refine its step by editing ``STATUS_FUNCTIONS``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from lepton_studio.core.project import Project

CONTEXT = "Steps"
STEPS = ("data", "model", "train", "evaluate", "export")
MIN_IMAGES_PER_CLASS = 10
# "interrupted": saved while training (then read after a crash); its best model is usable.
TRAINED_STATUSES = ("finished", "early_stopped", "stopped", "interrupted")
# Runs that went to their end (all epochs, or early stopping decided): the Train step is done.
COMPLETE_STATUSES = ("finished", "early_stopped")


class State(Enum):
    DONE = "done"
    READY = "ready"
    ATTENTION = "attention"
    BLOCKED = "blocked"


@dataclass(frozen=True)
class StepStatus:
    state: State
    reason: str  # translated, one short sentence


def step_title(step: str) -> str:
    """The translated name of a step, as the side bar and page headers show it."""
    titles = {
        "start": QCoreApplication.translate("Steps", "Start"),
        "data": QCoreApplication.translate("Steps", "Data"),
        "model": QCoreApplication.translate("Steps", "Model"),
        "train": QCoreApplication.translate("Steps", "Train"),
        "evaluate": QCoreApplication.translate("Steps", "Evaluate"),
        "export": QCoreApplication.translate("Steps", "Export"),
    }
    return titles[step]


def trained_runs(project: Project) -> list:
    """Runs whose weights exist, so they can be evaluated and exported."""
    from lepton_studio.core.project import run_blob_key

    return [run for run in project.runs
            if run.status in TRAINED_STATUSES and run_blob_key(run.id) in project.blobs]


def data_status(project: Project) -> StepStatus:
    dataset = project.dataset
    if dataset is None or not dataset.items:
        return StepStatus(State.READY, QCoreApplication.translate("Steps", "Add the pictures to learn from."))
    used = [item for item in dataset.items if not item.excluded]
    counts = Counter(item.label for item in used)
    if len(dataset.class_names) < 2 or len(counts) < 2:
        return StepStatus(State.ATTENTION, QCoreApplication.translate("Steps", "A classifier needs at least two classes."))
    small = [index for index in range(len(dataset.class_names))
             if counts.get(index, 0) < MIN_IMAGES_PER_CLASS]
    if small:
        return StepStatus(State.ATTENTION, QCoreApplication.translate("Steps", "%n class(es) have fewer than {minimum} pictures.", None, len(small)).format(minimum=MIN_IMAGES_PER_CLASS))
    text = QCoreApplication.translate("Steps", "%n picture(s)", None, len(used)) + " · " + QCoreApplication.translate("Steps", "%n class(es)", None, len(dataset.class_names))
    return StepStatus(State.DONE, text)


def _analysis(project: Project):
    from lepton_studio.core.shapes import analyse

    return analyse(project.graph, memory_bytes=None)


def model_status(project: Project) -> StepStatus:
    if len(project.graph) == 0:
        return StepStatus(State.READY, QCoreApplication.translate("Steps", "Start from a template or add blocks."))
    errors = _analysis(project).errors
    if errors:
        return StepStatus(State.ATTENTION, QCoreApplication.translate("Steps", "%n problem(s) to fix.", None, len(errors)))
    return StepStatus(State.DONE, QCoreApplication.translate("Steps", "%n block(s), ready to train.", None, len(project.graph)))


def train_status(project: Project) -> StepStatus:
    if project.dataset is None or not project.dataset.items:
        return StepStatus(State.BLOCKED, QCoreApplication.translate("Steps", "Add pictures first."))
    if len(project.graph) == 0 or _analysis(project).errors:
        return StepStatus(State.BLOCKED, QCoreApplication.translate("Steps", "Fix the model first."))
    runs = trained_runs(project)
    complete = [run for run in runs if run.status in COMPLETE_STATUSES]
    if complete:
        return StepStatus(State.DONE, QCoreApplication.translate("Steps", "%n trained model(s).", None, len(complete)))
    if runs:  # only runs stopped part-way: usable, but the step is not done (issue #22)
        run = runs[-1]
        planned = int((run.settings or {}).get("epochs") or 0)
        done = len(run.history or [])
        if planned > 0:
            return StepStatus(State.READY, QCoreApplication.translate(
                "Steps", "Stopped after {done} of {planned} epochs.").format(
                done=done, planned=planned))
        return StepStatus(State.READY, QCoreApplication.translate("Steps", "Stopped before the end."))
    return StepStatus(State.READY, QCoreApplication.translate("Steps", "Ready to train."))


def evaluate_status(project: Project) -> StepStatus:
    if not trained_runs(project):
        return StepStatus(State.BLOCKED, QCoreApplication.translate("Steps", "Train a model first."))
    return StepStatus(State.READY, QCoreApplication.translate("Steps", "See how well the model does."))


def export_status(project: Project) -> StepStatus:
    if not trained_runs(project):
        return StepStatus(State.BLOCKED, QCoreApplication.translate("Steps", "Train a model first."))
    return StepStatus(State.READY, QCoreApplication.translate("Steps", "Save the model for other programs."))


STATUS_FUNCTIONS: dict[str, Callable[[Project], StepStatus]] = {
    "data": data_status,
    "model": model_status,
    "train": train_status,
    "evaluate": evaluate_status,
    "export": export_status,
}


def no_project_status() -> StepStatus:
    return StepStatus(State.BLOCKED, QCoreApplication.translate("Steps", "Open or create a project first."))


def all_statuses(project: Project | None) -> dict[str, StepStatus]:
    if project is None:
        blocked = no_project_status()
        return {step: blocked for step in STEPS}
    return {step: STATUS_FUNCTIONS[step](project) for step in STEPS}
