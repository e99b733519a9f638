"""Train step: settings, Start / Pause / Resume / Stop, live progress and plots, run history.

The page assembles the widgets of ``gui/training/`` around one ``TrainingSession`` (which
runs the core trainer on a worker thread and merges its results into the project). It
also keeps the project safe when it goes away: a release hook registered with the
document controller asks before the project is closed or replaced (or the window
closes) while a run trains, then stops the run and waits until its best model is in the
project.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core import problems as P
from lepton_studio.core.problem_steps import problem_fix, problem_step
from lepton_studio.core.problems import LeptonError, Problem
from lepton_studio.gui.errors import problem_sentence
from lepton_studio.gui.pages.base import StepPage, heading_font
from lepton_studio.gui.step_status import step_title
from lepton_studio.gui.training import texts
from lepton_studio.gui.training.history import RunHistory
from lepton_studio.gui.training.job_export import JobExporter
from lepton_studio.gui.training.persist import SAVED_TO_FILE
from lepton_studio.gui.training.plots import TrainingPlots
from lepton_studio.gui.training.problem_banner import ProblemBanner
from lepton_studio.gui.training.progress import ProgressPanel
from lepton_studio.gui.training.session import (
    IDLE,
    PAUSED,
    PREPARING,
    STOPPING,
    TrainingSession,
    blocking_problem,
)
from lepton_studio.gui.training.settings_panel import SettingsPanel

if TYPE_CHECKING:
    from lepton_studio.gui.shell import Shell

def last_speed(project) -> float | None:
    """Pictures per second in the project's latest run (a first time estimate)."""
    for run in reversed(project.runs if project is not None else []):
        speeds = [row.get("images_per_s") for row in run.history if row.get("images_per_s")]
        if speeds:
            return float(speeds[-1])
    return None


class TrainPage(StepPage):
    step_id = "train"

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.session = TrainingSession(shell, self)
        self._device_probed = False
        self._blocked: Problem | None = None
        self._shown_project = None

        self.title_label = QLabel()
        self.title_label.setFont(heading_font(self.font(), 1.4))
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.no_project = QLabel()
        self.no_project.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_project.setWordWrap(True)

        # Left: settings and runs.
        self.settings_panel = SettingsPanel(shell.settings,
                                            push=shell.document.undo_stack.push)
        settings_scroll = QScrollArea()
        settings_scroll.setWidgetResizable(True)
        settings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        settings_holder = QWidget()
        holder_layout = QVBoxLayout(settings_holder)
        holder_layout.setContentsMargins(8, 8, 8, 8)
        holder_layout.addWidget(self.settings_panel)
        settings_scroll.setWidget(settings_holder)
        self.history = RunHistory()
        history_holder = QWidget()
        history_layout = QVBoxLayout(history_holder)
        history_layout.setContentsMargins(8, 8, 8, 8)
        history_layout.addWidget(self.history)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("trainTabs")
        self.tabs.addTab(settings_scroll, "")
        self.tabs.addTab(history_holder, "")
        self.tabs.setMinimumWidth(260)

        # Right: controls, problems, progress, plots.
        self.start_button = QPushButton()
        self.start_button.setObjectName("startTraining")
        self.start_button.setDefault(True)
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("pauseTraining")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopTraining")
        self.search_button = QPushButton()
        self.search_button.setObjectName("findBestModel")
        # Training elsewhere (a GPU server, a cluster): a folder with the project and scripts.
        self.job_exporter = JobExporter(shell, self)
        self.export_job_button = QPushButton()
        self.export_job_button.setObjectName("exportTrainingJob")
        for button in (self.start_button, self.pause_button, self.stop_button,
                       self.search_button, self.export_job_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.blocked_label = QLabel()
        self.blocked_label.setObjectName("blockedReason")
        self.blocked_label.setWordWrap(True)
        self.blocked_button = QPushButton()
        self.blocked_button.setObjectName("blockedGo")
        controls = QHBoxLayout()
        controls.addWidget(self.start_button)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.stop_button)
        controls.addStretch(1)
        controls.addWidget(self.export_job_button)
        # Why Start is unavailable, and where to fix it: a row of its own under the buttons.
        self.blocked_row = QFrame()
        self.blocked_row.setObjectName("blockedRow")
        self.blocked_row.setFrameShape(QFrame.Shape.StyledPanel)
        blocked_layout = QHBoxLayout(self.blocked_row)
        blocked_layout.setContentsMargins(8, 4, 4, 4)
        blocked_layout.addWidget(self.blocked_label, 1)
        blocked_layout.addWidget(self.blocked_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.banner = ProblemBanner()
        self.progress = ProgressPanel()
        self.plots = TrainingPlots()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 8)
        right_layout.setSpacing(8)
        right_layout.addLayout(controls)
        # The search on a row of its own: the window keeps fitting 1000 px in every language.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_button)
        search_row.addStretch(1)
        right_layout.addLayout(search_row)
        right_layout.addWidget(self.blocked_row)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.progress)
        right_layout.addWidget(self.plots, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("trainSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self._sized = False

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(16, 12, 8, 4)
        content_layout.setSpacing(4)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addSpacing(12)
        header.addWidget(self.intro_label, 1)
        content_layout.addLayout(header)
        content_layout.addWidget(self.splitter, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.no_project)
        self.pages.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)
        self._check_timer.timeout.connect(self.refresh_readiness)
        self._connect()
        self._remove_release_hook = shell.controller.add_release_hook(self.release_project)
        self.destroyed.connect(lambda *_args, remove=self._remove_release_hook: remove())
        self.retranslate()
        self.project_changed()

    def _connect(self) -> None:
        s = self.session
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(s.stop)
        self.search_button.clicked.connect(self.find_best_model)
        self.blocked_button.clicked.connect(self._go_to_fix)
        self.export_job_button.clicked.connect(self.export_job)
        self.job_exporter.busyChanged.connect(lambda _busy: self._update_buttons())
        s.stateChanged.connect(self._on_state)
        s.eventReceived.connect(self._on_event)
        s.runsChanged.connect(self.refresh_history)
        s.finished.connect(self._on_finished)
        s.saved.connect(self._on_saved)
        self.history.overlayChanged.connect(self.refresh_overlays)
        self.history.currentRunChanged.connect(self._show_current_run)
        self.history.useRequested.connect(self.use_run)
        self.history.deleteRequested.connect(self.delete_run)

    # --- the shell's calls -----------------------------------------------------------------
    def project_changed(self) -> None:
        project = self.project
        if self.session.running and project is not self.session.target:
            self.session.stop()  # replaced without asking (e.g. by a test): results go nowhere
        self._shown_project = project
        self.pages.setCurrentIndex(1 if project is not None else 0)
        self.settings_panel.set_project(project)
        self.banner.clear()
        self.progress.reset()
        self.plots.clear_live()
        self.refresh_history()
        self._show_current_run(self.history.current_run_id() or "")
        self.refresh_overlays()
        self.refresh_readiness()
        self._update_buttons()
        self.settings_panel.set_throughput(last_speed(project))

    def content_changed(self) -> None:
        if self.project is not self._shown_project:
            self.project_changed()
            return
        self.refresh_history()
        self.settings_panel.refresh_automatic()
        self._check_timer.start()  # the model or data may have changed: check again soon

    def activated(self) -> None:
        self.refresh_readiness()
        if not self.session.running:
            self.settings_panel.load()
        self._probe_device()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:  # the settings take about a third, within reason
            self._sized = True
            width = max(self.splitter.width(), 600)
            left = min(400, max(270, int(width * 0.32)))
            self.splitter.setSizes([left, width - left])

    def can_leave(self) -> bool:
        return True  # training goes on in the background

    # --- commands ------------------------------------------------------------------------------
    def start(self) -> None:
        self.banner.clear()
        self.progress.reset()
        self.plots.clear_live()
        if not self.session.start():
            self.refresh_readiness()

    def find_best_model(self):
        """Find the Best Model…: the model search dialog; its runs join the list after."""
        from lepton_studio.gui.training.search_dialog import SearchDialog

        if self.project is None or self.session.running:
            return None
        dialog = SearchDialog(self.shell, self, saver=self.session.saver)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.searchFinished.connect(lambda _result: self._after_search())
        dialog.open()  # window-modal; the event loop keeps running
        return dialog

    def _after_search(self) -> None:
        self.settings_panel.load()
        self.refresh_history()
        if self.project is not None and self.project.selected_run:
            self.history.set_current(self.project.selected_run)
        self.refresh_overlays()
        self.refresh_readiness()

    def export_job(self) -> bool:
        """Export Training Job…: a folder that trains this project on another machine."""
        if self.project is None:
            return False
        self.refresh_readiness()
        return self.job_exporter.start(self._blocked)

    def toggle_pause(self) -> None:
        if self.session.state == PAUSED:
            self.session.resume()
        else:
            self.session.pause()

    def release_project(self) -> bool:
        """The project is about to close (or the window): stop a running run first.

        Asks; on Yes stops the run and waits until its best model is in the project
        (and saved where it can be), so nothing is lost and no thread outlives it."""
        if not self.session.running:
            return True
        answer = QMessageBox.question(
            self.window(), self.tr("Training in progress"),
            self.tr("A model is still training. Stop the training? The best model so far "
                    "is kept."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.shell.status.showMessage(self.tr("Stopping the training…"))
        self.session.stop_and_wait()
        return True

    def use_run(self, run_id: str) -> None:
        project = self.project
        if project is None or project.run(run_id) is None:
            return
        project.choose_run(run_id)
        self.shell.status.showMessage(self.tr("Evaluate and Export now use {run}.").format(
            run=texts.run_name(project.run(run_id))), 6000)

    def delete_run(self, run_id: str) -> None:
        project = self.project
        run = project.run(run_id) if project is not None else None
        if run is None or run_id == self.session.live_run_id and self.session.running:
            return
        answer = QMessageBox.question(
            self.window(), self.tr("Delete Run"),
            self.tr("Delete {run} and its trained model? This cannot be undone.").format(
                run=texts.run_name(run)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        project.remove_run(run_id)
        self.history.set_checked(run_id, False)

    # --- reacting to the session ----------------------------------------------------------------
    def _on_state(self, state: str) -> None:
        self.progress.set_state(state)
        self.settings_panel.set_running(state != IDLE)
        self._update_buttons()
        self._report_to_status_bar()

    def _report_to_status_bar(self) -> None:
        """The window's status bar shows the run's progress on every step (issue #22)."""
        state = self.progress.state
        if state == IDLE:
            self.shell.status.set_training(None)
        else:
            self.shell.status.set_training(round(self.progress.fraction() * 100),
                                           paused=state == PAUSED,
                                           preparing=state == PREPARING)

    def _on_event(self, event: Any) -> None:
        from lepton_studio.core.tasks import Progress
        from lepton_studio.core.training.events import (
            BatchEnded,
            EpochEnded,
            SymmetryChecked,
            TrainingFinished,
            TrainingStarted,
        )

        if isinstance(event, BatchEnded):
            self.plots.add_batch(event.epoch, event.batch, event.batches, event.loss,
                                 event.learning_rate)
            self.progress.batch_ended(event.epoch, event.batch, event.batches,
                                      event.images_per_s, event.eta_s)
            if self.settings_panel.estimate_pending():  # the first estimate, early
                self.settings_panel.set_throughput(event.images_per_s)
        elif isinstance(event, EpochEnded):
            self.settings_panel.set_throughput(event.images_per_s)
            self.plots.add_epoch(event.as_history())
            self.progress.epoch_ended(event.epoch, event.epochs, event.val_accuracy,
                                      event.train_accuracy, event.is_best, event.duration_s)
            record = self.project.run(self.session.live_run_id) if self.project else None
            if record is not None:
                self.history.update_run(record)
        elif isinstance(event, Progress):
            self.progress.preparing(event.task, event.done, event.total)
        elif isinstance(event, TrainingStarted):
            self.plots.clear_live(self.session.live_run_id)
            self.progress.started(event.epochs, event.batches_per_epoch)
            self.refresh_history()
            if self.session.live_run_id:
                self.history.set_current(self.session.live_run_id)
        elif isinstance(event, TrainingFinished):
            self.progress.ended(event.status, event.duration_s)
        elif isinstance(event, SymmetryChecked):
            self._show_symmetry_decision(event.check)
        if isinstance(event, (BatchEnded, EpochEnded, Progress, TrainingStarted)):
            self._report_to_status_bar()

    def _show_symmetry_decision(self, check: dict) -> None:
        """The automatic mirror/turn check decided: say so, and show it in the settings."""
        from lepton_studio.core.training.symmetry import SymmetryCheck
        from lepton_studio.gui import symmetry_texts

        decided = SymmetryCheck.from_dict(check)
        if decided is None:
            return
        self.shell.status.showMessage(" ".join(symmetry_texts.decision_sentence(kind, decided)
                                               for kind in symmetry_texts.KINDS), 10000)
        self.settings_panel.refresh_automatic()

    def _on_finished(self, problem: Problem | None) -> None:
        self.plots.flush()
        if self.session.stopped_before_training:
            self.progress.ended("stopped", 0.0)
        self.refresh_history()
        self.refresh_overlays()
        self.settings_panel.refresh_automatic()  # "Automatic" shows the run's mirror/turn decision
        if problem is not None:
            self.show_problem(problem)
        run = self.project.run(self.session.live_run_id) if (
            self.project is not None and self.session.live_run_id) else None
        if run is not None and problem is None:
            self.shell.status.showMessage(
                self.tr("Training ended: best validation accuracy {accuracy}.").format(
                    accuracy=texts.percent(run.best_val_accuracy)), 8000)
        self.refresh_readiness()
        self._update_buttons()

    def _on_saved(self, where: str) -> None:
        run = self.project.run(self.session.live_run_id) if (
            self.project is not None and self.session.live_run_id) else None
        if run is None or run.best_epoch is None:
            return
        if where == SAVED_TO_FILE:
            text = self.tr("The best model so far is saved in the project file.")
        else:
            text = self.tr("The best model so far is kept in the autosave copy.")
        self.shell.status.showMessage(text, 5000)

    # --- problems ---------------------------------------------------------------------------------
    def show_problem(self, problem: Problem) -> None:
        """A problem from the trainer, with a button that applies the suggested cure."""
        action_text, action = self._suggested_action(problem)
        self.banner.show_problem(problem, action_text, action)

    def _suggested_action(self, problem: Problem
                          ) -> tuple[Callable[[], str] | None, Callable[[], None] | None]:
        values = problem.values
        if problem.code == P.NAN_LOSS and values.get("suggested_lr"):
            try:
                rate = float(values["suggested_lr"])
            except (TypeError, ValueError):
                return None, None
            return (lambda: self.tr("Use Learning Rate {rate}").format(rate=texts.number(rate)),
                    lambda: self._apply_setting("learning_rate", rate))
        if problem.code == P.OUT_OF_MEMORY and values.get("suggested"):
            size = int(values["suggested"])
            return (lambda: self.tr("Use Batch Size {size}").format(size=size),
                    lambda: self._apply_setting("batch_size", size))
        if problem.code == P.DEVICE_UNAVAILABLE:
            return (lambda: self.tr("Use Automatic Device"),
                    lambda: self._apply_setting("device", "auto"))
        fix = problem_fix(problem)
        if fix is not None:
            return self._go_text(fix.step), lambda: self.shell.open_fix(fix)
        return None, None

    def _apply_setting(self, name: str, value: Any) -> None:
        """A problem's cure, as one undoable edit (the form shows it from the event)."""
        from lepton_studio.gui.training.commands import setting_command

        project = self.project
        if project is None:
            return
        try:
            command = setting_command(project, name, value)
        except LeptonError as exc:  # a cure the settings schema refuses: say why
            self.shell.show_problem(exc.problem)
            return
        self.settings_panel.push(command)
        if name in ("learning_rate", "batch_size"):
            self.settings_panel.set_advanced_visible(True)

    def _go_text(self, step: str) -> Callable[[], str]:
        return lambda: self.tr("Go to {step}").format(step=step_title(step))

    # --- refreshing ---------------------------------------------------------------------------------
    def refresh_readiness(self) -> None:
        """Can this project train? Shows the reason (and where to fix it) when it cannot."""
        self._blocked = blocking_problem(self.project) if not self.session.running else None
        self._show_blocked()
        self._update_buttons()

    def _show_blocked(self) -> None:
        problem = self._blocked
        visible = problem is not None
        self.blocked_row.setVisible(visible)
        self.blocked_label.setVisible(visible)
        self.progress.set_blocked(visible)
        step = problem_step(problem) if problem is not None else None
        self.blocked_button.setVisible(step is not None)
        if problem is not None:
            self.blocked_label.setText(problem_sentence(problem))
        if step is not None:
            self.blocked_button.setText(self._go_text(step)())

    def _go_to_fix(self) -> None:
        fix = problem_fix(self._blocked) if self._blocked is not None else None
        if fix is not None:
            self.shell.open_fix(fix)

    def _update_buttons(self) -> None:
        state = self.session.state
        has = self.project is not None
        running = state != IDLE
        self.start_button.setEnabled(has and not running and self._blocked is None)
        self.search_button.setEnabled(has and not running and self._blocked is None)
        self.search_button.setToolTip(problem_sentence(self._blocked) if self._blocked else self.tr(
            "Try a few models and settings within a time you choose, and keep the best."))
        self.pause_button.setEnabled(running and state != STOPPING)
        self.stop_button.setEnabled(running and state != STOPPING)
        self.pause_button.setText(self.tr("Resume") if state == PAUSED else self.tr("Pause"))
        self.start_button.setToolTip(problem_sentence(self._blocked) if self._blocked else "")
        self.export_job_button.setEnabled(has and self._blocked is None
                                          and not self.job_exporter.busy)
        self.export_job_button.setToolTip(
            problem_sentence(self._blocked) if self._blocked else self.tr(
                "Write a folder with this project, its pictures and ready-made scripts, to "
                "train on a GPU server or several machines."))

    def refresh_history(self) -> None:
        project = self.project
        live = self.session.live_run_id if self.session.running else None
        if project is None:
            self.history.set_runs([], None, None)
        else:
            self.history.set_runs(project.runs, project.selected_run, live)
        self.tabs.setTabText(1, self._runs_tab_text())

    def refresh_overlays(self) -> None:
        project = self.project
        if project is None:
            self.plots.set_overlays([])
            return
        current = self.history.current_run_id()
        runs = []
        for run_id in self.history.checked_runs():
            run = project.run(run_id)
            if run is not None and run_id != current:
                runs.append((run.id, texts.run_name(run), run.history))
        self.plots.set_overlays(runs)

    def _show_current_run(self, run_id: str) -> None:
        """While idle the plots show the run picked in the history."""
        project = self.project
        if self.session.running or project is None:
            return
        run = project.run(run_id) if run_id else None
        self.plots.show_history(run.id if run else None, run.history if run else [])
        self.refresh_overlays()

    def _probe_device(self) -> None:
        if self._device_probed:
            return
        self._device_probed = True
        from lepton_studio.gui.status import probe_device

        self.shell.tasks.run(
            probe_device, name="_train_device_probe", owner=self,
            on_success=lambda info: self.settings_panel.set_probed_device(info.get("device")),
            on_failure=lambda _exc: self.settings_panel.set_probed_device("cpu"))

    # --- texts ---------------------------------------------------------------------------------------
    def _runs_tab_text(self) -> str:
        count = len(self.project.runs) if self.project is not None else 0
        return self.tr("Runs (%n)", "", count) if count else self.tr("Runs")

    def retranslate(self) -> None:
        self.title_label.setText(step_title(self.step_id))
        self.intro_label.setText(self.tr(
            "Teach the model with your pictures. Training runs in the background: you can "
            "keep working, and the best model is kept."))
        self.no_project.setText(self.tr("Open or create a project to train its model."))
        self.tabs.setTabText(0, self.tr("Settings"))
        self.search_button.setText(self.tr("Find the best model for me…"))
        self.tabs.setTabText(1, self._runs_tab_text())
        self.start_button.setText(self.tr("Start Training"))
        self.export_job_button.setText(self.tr("Export Training Job…"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current batch; the best model "
                                            "so far is kept."))
        self.pause_button.setToolTip(self.tr("Pause and resume the training."))
        self._show_blocked()
        self._update_buttons()
