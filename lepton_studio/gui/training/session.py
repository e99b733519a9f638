"""One training run at a time, off the GUI thread, kept in step with the open project.

Threads. The worker trains a *private* ``Project`` (``Project.training_copy``: a copy of
the graph and dataset made on the GUI thread at start, the list of existing runs so the
new run gets a fresh id, no blobs). The open project announces each merge
(``RunAdded``, ``RunUpdated``, ``RunChosen``), which marks the document modified. ``run_training`` writes only into that copy. Whenever it has a new best model it
calls ``persist``, which does not touch anything shared: it emits a ``RunSnapshot`` (the
run as a plain dict and its weights as immutable ``bytes``) through the workers API.
The snapshot arrives on the GUI thread, in order with the trainer's events, and only
there is it copied into the open project. So the open project is only ever read and
written by the GUI thread, and saving it (Ctrl+S, autosave, the saves made here) never
races with the trainer.

Saving. A new best model is merged at once and the project is saved at the end of that
epoch (so the weights, the best accuracy and the history agree), at most every
``SAVE_INTERVAL_S`` seconds, and always when the run ends; ``persist.py`` says where,
and how the writing stays off the GUI thread.
While a run trains, its record in the project has the status "interrupted": a file
saved meanwhile and read after a crash says the truth, and its best model is usable.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from lepton_studio.core.problems import LeptonError, Problem
from lepton_studio.core.tasks import CancelToken
from lepton_studio.gui.training.persist import ProjectSaver
from lepton_studio.gui.training.texts import INTERRUPTED, RUNNING

if TYPE_CHECKING:
    from lepton_studio.core.project import Project, RunRecord, TrainingSettings
    from lepton_studio.gui.settings import Settings
    from lepton_studio.gui.shell import Shell
    from lepton_studio.gui.workers import Task

log = logging.getLogger(__name__)

IDLE, PREPARING, TRAINING, PAUSED, STOPPING = "idle", "preparing", "training", "paused", "stopping"


@dataclass(frozen=True)
class RunBegan:
    """The worker's run record exists (sent with the trainer's ``TrainingStarted``)."""

    run: dict[str, Any]


@dataclass(frozen=True)
class RunSnapshot:
    """A copy of the run and its weights, made on the worker when a new best appears
    and once at the end (``final``)."""

    run: dict[str, Any]
    blobs: dict[str, bytes]
    selected_run: str | None
    final: bool


def run_settings(project: Project, preferences: Settings) -> TrainingSettings:
    """The project's settings for one run: "Automatic" device means the preference."""
    settings = dataclasses.replace(project.training)
    if settings.device == "auto":
        settings.device = preferences.device
    return settings


def training_threads(preferences: Settings) -> int:
    """Torch's thread count: the preference, or every core but one (the window's)."""
    from lepton_studio.core.training.device import default_threads

    return preferences.cpu_threads or default_threads(leave_one_for_gui=True)


def blocking_problem(project: Project | None) -> Problem | None:
    """Why this project cannot train now (no dataset, no training images, a broken
    model), or None. Checks the graph the way the trainer will see it."""
    from lepton_studio.core import problems as P
    from lepton_studio.core.training.runner import prepared_graph

    if project is None:
        return None
    dataset = project.dataset
    if dataset is None or not dataset.items:
        return Problem(P.NO_DATASET)
    if not dataset.items_in("train"):
        return Problem(P.NO_TRAINING_DATA)
    try:
        prepared_graph(project)
    except LeptonError as exc:
        return exc.problem
    return None


def _run_blobs(project: Project, run_id: str) -> dict[str, bytes]:
    prefix = f"runs/{run_id}/"
    return {key: value for key, value in project.blobs.items() if key.startswith(prefix)}


class TrainingSession(QObject):
    """Start, pause, resume and stop the project's training; merge its results."""

    stateChanged = Signal(str)
    eventReceived = Signal(object)  # every core event of the run, on the GUI thread
    runsChanged = Signal()  # a run of the project was added or updated
    finished = Signal(object)  # the Problem that ended the run, or None
    saved = Signal(str)  # "file" or "autosave": the project was saved while training

    SAVE_INTERVAL_S = 30.0
    STOP_TIMEOUT_S = 120.0

    def __init__(self, shell: Shell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.task: Task | None = None
        self.token: CancelToken | None = None
        self.target: Project | None = None  # the project the running (or last) run is for
        self.live_run_id: str | None = None
        self.problem: Problem | None = None  # why the last run ended, if it went wrong
        self.stopped_before_training = False  # the last start was stopped while preparing
        self._work: Project | None = None
        self._runs_before = 0
        self._phase = IDLE
        self._stopping = False
        self._save_due = False
        self._last_save = -math.inf
        self._final_merged = False
        self.saver = ProjectSaver(shell, self)
        self.saver.saved.connect(self.saved)
        self._lock = None  # the training lock of the project file (project_lock.py)

    # --- state -----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None

    @property
    def state(self) -> str:
        if self.task is None:
            return IDLE
        if self._stopping:
            return STOPPING
        if self.token is not None and self.token.paused:
            return PAUSED
        return self._phase

    def _set_phase(self, phase: str) -> None:
        self._phase = phase
        self.stateChanged.emit(self.state)

    # --- commands --------------------------------------------------------------------------
    def start(self) -> bool:
        """Train the open project with its settings; False when already running or
        the project cannot train (``problem`` then says why)."""
        project = self.shell.document.project
        if self.task is not None or project is None:
            return False
        self.problem = blocking_problem(project)
        if self.problem is not None:
            self.finished.emit(self.problem)
            return False
        if not self._take_lock(project):
            return False
        preferences = self.shell.settings
        settings = run_settings(project, preferences)
        work = project.training_copy(settings)
        cache_root = preferences.image_cache_root()
        threads = training_threads(preferences)
        self.target, self._work, self._runs_before = project, work, len(work.runs)
        self.live_run_id = None
        self.stopped_before_training = False
        self._stopping = False
        self._save_due, self._final_merged = False, False
        self._last_save = -math.inf
        runs_before = self._runs_before

        def train(token: CancelToken, emit) -> RunRecord:
            # Worker thread: touches only ``work`` and plain values.
            from lepton_studio.core.training.events import TrainingStarted
            from lepton_studio.core.training.runner import run_training

            def on_event(event: Any) -> None:
                if isinstance(event, TrainingStarted) and len(work.runs) > runs_before:
                    emit(RunBegan(work.runs[-1].to_dict()))
                emit(event)

            def persist(p: Project) -> None:
                run = p.runs[-1]
                emit(RunSnapshot(run.to_dict(), _run_blobs(p, run.id), p.selected_run,
                                 final=run.status != RUNNING))

            return run_training(work, cache_root, on_event=on_event, token=token,
                                threads=threads, persist=persist, persist_interval_s=0.0,
                                settings=settings)

        self.token = CancelToken()
        self.task = self.shell.tasks.run(
            train, token=self.token, name="training", owner=self,
            on_event=self._on_event, on_success=self._on_success,
            on_failure=self._on_failure, on_cancelled=self._on_cancelled,
            on_finished=self._on_finished)
        self._set_phase(PREPARING)
        return True

    def _take_lock(self, project: Project) -> bool:
        """Lock the project file for this run (one training of a file at a time, in any
        window or terminal), and take in the runs saved there meanwhile, so the new run
        gets a fresh id. False, with ``problem`` set, when another program trains it."""
        from lepton_studio.core.project_lock import HOLDER_WINDOW, ProjectLock

        path = self.shell.document.path
        if path is None:  # never saved: only the autosave copy, no one else has it
            return True
        lock = ProjectLock(path, HOLDER_WINDOW)
        try:
            lock.acquire()
        except LeptonError as exc:
            self.problem = exc.problem
            self.finished.emit(self.problem)
            return False
        self._lock = lock
        self.saver.take_in_external_runs(project, path)
        return True

    def _release_lock(self) -> None:
        """Once the last save of the run is written (the lock covers it), let go."""
        if self._lock is None or self.task is not None:
            return
        if self.saver.busy:
            QTimer.singleShot(100, self._release_lock)
            return
        self._lock.release()
        self._lock = None

    def pause(self) -> None:
        if self.token is not None and not self._stopping:
            self.token.pause()
            self.stateChanged.emit(self.state)

    def resume(self) -> None:
        if self.token is not None:
            self.token.resume()
            self.stateChanged.emit(self.state)

    def stop(self) -> None:
        """Ask the run to stop after the current batch; it keeps its best model."""
        if self.token is not None and not self._stopping:
            self._stopping = True
            self.token.cancel()
            self.stateChanged.emit(self.state)

    def stop_and_wait(self, timeout_s: float | None = None) -> bool:
        """Stop and wait until the run has ended and its results are in the project and
        saved (window or project closing). Delivers the worker's last events meanwhile,
        but no user input. True when the run ended in time."""
        if self.task is None:
            return self.saver.wait_idle()
        self.stop()
        task = self.task
        deadline = time.monotonic() + (timeout_s if timeout_s is not None else self.STOP_TIMEOUT_S)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            while task.is_running() and time.monotonic() < deadline:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
                if task.is_running():
                    task.wait(0.02)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
        finally:
            QApplication.restoreOverrideCursor()
        if task.is_running():
            log.error("training did not stop within the time allowed")
            return False
        return self.saver.wait_idle(max(1.0, deadline - time.monotonic()))

    # --- events from the worker (GUI thread) ---------------------------------------------
    def _on_event(self, event: Any) -> None:
        from lepton_studio.core.training.events import EpochEnded, TrainingFinished, TrainingStarted

        if isinstance(event, RunBegan):
            self._begin_run(event.run)
        elif isinstance(event, RunSnapshot):
            self._merge_snapshot(event)
        elif isinstance(event, TrainingStarted):
            self._set_phase(TRAINING)
        elif isinstance(event, EpochEnded):
            self._record_epoch(event)
        elif isinstance(event, TrainingFinished):
            self.problem = event.problem
        self.eventReceived.emit(event)
        if isinstance(event, EpochEnded):
            self._save_if_due()

    def _project(self) -> Project | None:
        """The project to merge into: the one the run started on, while it is open."""
        project = self.shell.document.project
        return project if project is not None and project is self.target else None

    def _live_record(self) -> RunRecord | None:
        project = self._project()
        if project is None or self.live_run_id is None:
            return None
        return project.run(self.live_run_id)

    def _begin_run(self, data: dict[str, Any]) -> None:
        from lepton_studio.core.project import RunRecord

        project = self._project()
        self.live_run_id = data["id"]
        if project is None:
            return
        record = RunRecord(**data)
        record.status = INTERRUPTED
        project.add_run(record)
        self.runsChanged.emit()

    def _record_epoch(self, event) -> None:
        record = self._live_record()
        if record is None:
            return
        record.history.append(event.as_history())
        if event.is_best:
            record.best_epoch = event.epoch
            record.best_val_accuracy = event.val_accuracy
        # Not announced to the whole window each epoch (a small project runs dozens of epochs
        # a second): the Train step follows ``runsChanged``; merges below announce the run.
        if not self.shell.document.is_modified:
            self.shell.document.mark_modified()
        self.runsChanged.emit()

    def _merge_snapshot(self, snapshot: RunSnapshot) -> None:
        self._merge(snapshot.run, snapshot.blobs, snapshot.selected_run, snapshot.final)
        if snapshot.final:
            self._final_merged = True
            self._save()
        else:
            self._save_due = True

    def _merge(self, data: dict[str, Any], blobs: dict[str, bytes], selected: str | None,
               final: bool, status: str | None = None) -> None:
        from lepton_studio.core.project import RunRecord, run_blob_key

        project = self._project()
        if project is None:
            return
        fresh = RunRecord(**data)
        record = project.run(fresh.id)
        if record is None:
            record = RunRecord(id=fresh.id)
            project.add_run(record)
        for name in ("created", "settings", "best_epoch", "duration_s", "device", "graph"):
            setattr(record, name, getattr(fresh, name))
        if final or len(fresh.history) >= len(record.history):
            record.history = fresh.history
        if final:
            record.best_val_accuracy = fresh.best_val_accuracy
            record.calibration = fresh.calibration  # fitted once training has ended
        record.status = status or (fresh.status if final else INTERRUPTED)
        project.blobs.update(blobs)
        has_weights = run_blob_key(fresh.id) in project.blobs
        if final and selected == fresh.id:
            project.choose_run(fresh.id)
        elif has_weights and (project.selected_run is None
                              or project.run(project.selected_run) is None):
            project.choose_run(fresh.id)
        project.run_updated(fresh.id)
        self.runsChanged.emit()

    def _save_if_due(self) -> None:
        if self._save_due and time.monotonic() - self._last_save >= self.SAVE_INTERVAL_S:
            self._save()

    def _save(self) -> None:
        if self._project() is None:
            return
        self._save_due = False
        self._last_save = time.monotonic()
        self.saver.request()

    # --- the end of the task ---------------------------------------------------------------
    def _on_success(self, run: RunRecord) -> None:
        if not self._final_merged and self._work is not None:
            self._merge(run.to_dict(), _run_blobs(self._work, run.id), self._work.selected_run,
                        final=True)
            self._save()
        if self.problem is None and run.settings.get("problem"):
            self.problem = Problem(**{k: v for k, v in run.settings["problem"].items()
                                      if k in ("code", "node_id", "values", "severity")})

    def _on_failure(self, error: BaseException) -> None:
        work = self._work
        if work is not None and len(work.runs) > self._runs_before and self.live_run_id:
            run = work.runs[-1]  # the worker has ended: its copy is safe to read now
            self._merge(run.to_dict(), _run_blobs(work, run.id), None, final=True,
                        status="failed")
            self._save()
        if isinstance(error, LeptonError):
            self.problem = error.problem
        else:
            from lepton_studio.gui import errors

            errors.report_exception(type(error), error, error.__traceback__,
                                    context="training")

    def _on_cancelled(self) -> None:
        """Stopped before training began (while preparing the images)."""
        self.stopped_before_training = True

    def _on_finished(self) -> None:
        self.task, self.token, self._work = None, None, None
        self._stopping = False
        self._phase = IDLE
        self._release_lock()
        self.stateChanged.emit(IDLE)
        self.finished.emit(self.problem)
