"""Find the best model for me…: the model search with a live leaderboard.

Threads (as in ``session.py``): the search runs on a worker with a *private* copy of
the project (graph, dataset, settings; the existing runs only to count them). Its
events come to this dialog on the GUI thread and fill the leaderboard. When the search
ends (finished, out of time or cancelled) the worker has stopped, so its new runs and
their weights are handed to the open project here, on the GUI thread, and the winner
becomes the project's model (``core.training.search.apply_winner``); the project is
then saved as training saves it.

The dialog is window-modal but never blocks: the event loop runs while it is open.
Closing it while the search runs asks the search to stop and waits for the end.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.problems import LeptonError
from lepton_studio.gui.training import texts

if TYPE_CHECKING:
    from lepton_studio.core.project import Project
    from lepton_studio.gui.shell import Shell

BUDGET_MINUTES = (2, 5, 15, 30)
DEFAULT_MINUTES = 5
NAME, ACCURACY, SIZE, TIME, STATUS = range(5)


def model_name(english: str) -> str:
    """A template's name in the user's language ("Your model" included)."""
    if english == "Your model":
        return QCoreApplication.translate("SearchDialog", "Your model")
    return QCoreApplication.translate("Templates", english)


def candidate_label(info: dict[str, Any]) -> str:
    """E.g. "Tiny ResNet · 64 px · Light · lr 0.003", translated."""
    augment = texts.augment_names(short=True).get(info["augment"], info["augment"])
    return QCoreApplication.translate("SearchDialog", "{model} · {size} px · {augment} · lr {rate}").format(
        model=model_name(info["model"]), size=info["image_size"], augment=augment,
        rate=texts.number(info["learning_rate"]))


def reason_sentence(reason) -> str:
    """The winner's sentence in the user's language, from the reason's code and values."""
    from lepton_studio.core.training.search import CONTEXT, REASONS

    values = dict(reason.values)
    for key in ("model", "default"):
        if key in values:
            values[key] = model_name(values[key])
    template = QCoreApplication.translate(CONTEXT, REASONS[reason.code])
    return template.format(**values)


def parameters_text(params: int, size_mb: float) -> str:
    from PySide6.QtCore import QLocale

    locale = QLocale()
    return QCoreApplication.translate("SearchDialog", "{params} · {mb} MB").format(
        params=locale.toString(int(params)), mb=locale.toString(float(size_mb), "f", 2))


class SearchDialog(QDialog):
    """Choose a time, start, watch the leaderboard, get the winner (or cancel)."""

    searchFinished = Signal(object)  # the SearchResult, once merged into the project

    def __init__(self, shell: Shell, parent: QWidget | None = None, saver=None) -> None:
        """``saver``: the ``ProjectSaver`` that saves the project afterwards (the Train
        step's, which outlives this dialog); None: one of its own."""
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.shell, self.saver = shell, saver
        self.task = None
        self.target: Project | None = None
        self.result = None
        self.search_function = None  # run_search, or a stand-in with its signature (tests)
        self._work: Project | None = None
        self._runs_before = 0
        self._rows: dict[str, int] = {}
        self._best: dict[str, float] = {}
        self._seconds: dict[str, float] = {}
        self._budget_s = 0.0
        self._started_at: float | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.budget_label = QLabel()
        self.budget = QComboBox()
        self.budget.setObjectName("searchBudget")
        self.start_button = QPushButton()
        self.start_button.setObjectName("startSearch")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelSearch")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeSearch")
        top = QHBoxLayout()
        top.addWidget(self.budget_label)
        top.addWidget(self.budget)
        top.addStretch(1)
        top.addWidget(self.start_button)
        top.addWidget(self.cancel_button)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("searchLeaderboard")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        # Names wrap rather than lose their end: size, preset and rate tell rows apart.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ACCURACY, SIZE, TIME, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.progress = QProgressBar()
        self.progress.setObjectName("searchProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.time_left = QLabel()
        self.reason = QLabel()
        self.reason.setObjectName("searchReason")
        self.reason.setWordWrap(True)
        bold = QFont(self.reason.font())
        bold.setBold(True)
        self.reason.setFont(bold)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.time_left)
        closing = QHBoxLayout()
        closing.addWidget(self.reason, 1)
        closing.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(closing)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        self._update_buttons()
        self.setMinimumSize(560, 320)
        self.resize(820, 460)

    # --- texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find the Best Model"))
        self.intro.setText(self.tr(
            "Lepton Studio tries a few models and settings, gives the promising ones more "
            "time and keeps the best. Models are compared on the validation pictures only; "
            "the test pictures stay untouched for your evaluation. Every model tried is kept "
            "in the list of runs."))
        self.budget_label.setText(self.tr("Time to spend:"))
        current = self.budget.currentData() or DEFAULT_MINUTES
        self.budget.clear()
        for minutes in BUDGET_MINUTES:
            self.budget.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        self.budget.setCurrentIndex(BUDGET_MINUTES.index(current))
        self.start_button.setText(self.tr("Start"))
        self.cancel_button.setText(self.tr("Cancel Search"))
        self.close_button.setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Model"), self.tr("Validation accuracy"), self.tr("Parameters · size"),
            self.tr("Time"), self.tr("Status")])

    def status_text(self, status: str, rung: int = 0, epoch: int = 0, epochs: int = 0) -> str:
        from lepton_studio.core.training import search as S

        if status == S.RUNNING:
            if epochs:
                return self.tr("Round {round}: epoch {epoch} of {epochs}").format(
                    round=rung, epoch=epoch, epochs=epochs)
            return self.tr("Round {round}: preparing").format(round=rung)
        names = {
            S.WAITING: self.tr("Waiting"),
            S.DONE: self.tr("Finished round {round}").format(round=rung),
            S.DROPPED: self.tr("Left behind in round {round}").format(round=rung),
            S.STOPPED: self.tr("Stopped"),
            S.FAILED: self.tr("Failed"),
            S.WINNER: self.tr("Winner"),
            "early_stopped": self.tr("Finished round {round}").format(round=rung),
            "not_run": self.tr("No time left"),
        }
        return names.get(status, status)

    # --- commands -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None

    def budget_seconds(self) -> float:
        return 60.0 * float(self.budget.currentData() or DEFAULT_MINUTES)

    def start(self) -> bool:
        from lepton_studio.gui.training.session import (
            blocking_problem,
            run_settings,
            training_threads,
        )

        project = self.shell.document.project
        if self.running or project is None or blocking_problem(project) is not None:
            return False
        preferences = self.shell.settings
        settings = run_settings(project, preferences)
        work = project.training_copy(settings)
        cache_root, threads = preferences.image_cache_root(), training_threads(preferences)
        budget_s = self.budget_seconds()
        function = self.search_function
        self.target, self._work, self._runs_before = project, work, len(work.runs)
        self.result = None
        self._reset_table()
        self._budget_s, self._started_at = budget_s, time.monotonic()

        def search(token, emit):
            # Worker thread: touches only ``work`` and plain values.
            from lepton_studio.core.training.search import run_search

            return (function or run_search)(work, cache_root, budget_s, on_event=emit,
                                            token=token, threads=threads, settings=settings)

        self.task = self.shell.tasks.run(
            search, name="model_search", owner=self, on_event=self.handle_event,
            on_success=self._on_success, on_failure=self._on_failure,
            on_finished=self._on_finished)
        self.reason.setText(self.tr("Measuring how fast each model trains…"))
        self.timer.start()
        self._tick()
        self._update_buttons()
        return True

    def cancel(self) -> None:
        """Stop after the current batch; finished models are kept, the best one wins."""
        if self.task is not None:
            self.task.cancel()
            self.reason.setText(self.tr("Stopping… the models trained so far are kept."))
            self._update_buttons()

    def reject(self) -> None:  # Escape, the window's close button
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _update_buttons(self) -> None:
        running = self.running
        stopping = running and self.task.token.cancelled
        self.start_button.setEnabled(not running and self.shell.document.project is not None)
        self.budget.setEnabled(not running)
        self.cancel_button.setEnabled(running and not stopping)
        self.close_button.setEnabled(not running)

    # --- events (GUI thread) ----------------------------------------------------------------------
    def handle_event(self, event: Any) -> None:
        from lepton_studio.core.training import search as S

        if isinstance(event, S.SearchStarted):
            self._budget_s = event.budget_s
            self._reset_table()
            for info in event.candidates:
                self._add_row(info)
            self.reason.setText(self.tr("Trying %n model(s)…", "", len(event.candidates)))
        elif isinstance(event, S.CandidateAdded):
            self._add_row(event.candidate)
        elif isinstance(event, S.CandidateStarted):
            self._set(event.candidate_id, STATUS, self.status_text(S.RUNNING, event.rung))
        elif isinstance(event, S.CandidateEpoch):
            if event.val_accuracy is not None:
                best = max(self._best.get(event.candidate_id, 0.0), event.val_accuracy)
                self._best[event.candidate_id] = best
                self._set(event.candidate_id, ACCURACY, texts.percent(best))
            self._set(event.candidate_id, STATUS,
                      self.status_text(S.RUNNING, event.rung, event.epoch, event.epochs))
            self._show_time(event.elapsed_s, event.budget_s)
        elif isinstance(event, S.CandidateFinished):
            seconds = self._seconds.get(event.candidate_id, 0.0) + event.seconds
            self._seconds[event.candidate_id] = seconds
            self._set(event.candidate_id, TIME, texts.duration(seconds))
            status = S.STOPPED if event.status == "stopped" else (
                S.FAILED if event.status == "failed" else S.DONE)
            self._set(event.candidate_id, STATUS, self.status_text(status, event.rung))
            self._show_time(event.elapsed_s, event.budget_s)
        elif isinstance(event, S.RungFinished):
            for candidate_id in event.dropped:
                self._set(candidate_id, STATUS, self.status_text(S.DROPPED, event.rung))
        elif isinstance(event, S.SearchFinished):
            self.show_result(event.result)

    def show_result(self, result) -> None:
        """The final leaderboard, best first, the winner in bold, and why it won."""
        self.result = result
        self.table.setRowCount(0)
        self._rows.clear()
        for row in result.leaderboard():
            info = {"id": row.candidate_id, "model": row.model, "image_size": row.image_size,
                    "augment": row.augment, "learning_rate": row.learning_rate,
                    "params": row.params, "size_mb": row.size_mb, "is_default": row.is_default}
            self._add_row(info)
            self._set(row.candidate_id, ACCURACY, texts.percent(row.val_accuracy))
            self._set(row.candidate_id, TIME, texts.duration(row.seconds) if row.runs else "–")
            status = row.status if row.runs else "not_run"
            self._set(row.candidate_id, STATUS, self.status_text(status, row.rung))
            if row.status == "winner":
                self._embolden(row.candidate_id)
        self.progress.setValue(1000)
        self.time_left.setText(self.tr("Done in {time}").format(time=texts.duration(result.elapsed_s)))
        self.reason.setText(reason_sentence(result.reason))

    def _reset_table(self) -> None:
        self.table.setRowCount(0)
        self._rows.clear()
        self._best.clear()
        self._seconds.clear()
        self.progress.setValue(0)
        self.time_left.clear()

    def _add_row(self, info: dict[str, Any]) -> None:
        from lepton_studio.core.training import search as S

        if info["id"] in self._rows:
            return  # listed from the start; trains now with time left over
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._rows[info["id"]] = row
        name = candidate_label(info)
        if info.get("is_default"):
            name = self.tr("{name} (default)").format(name=name)
        cells = [name, "–", parameters_text(info["params"], info["size_mb"]), "–",
                 self.status_text(S.WAITING)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == NAME:
                item.setToolTip(text)
            if column in (ACCURACY, SIZE, TIME):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _set(self, candidate_id: str, column: int, text: str) -> None:
        row = self._rows.get(candidate_id)
        if row is not None:
            self.table.item(row, column).setText(text)

    def _embolden(self, candidate_id: str) -> None:
        row = self._rows[candidate_id]
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            font = item.font()
            font.setBold(True)
            item.setFont(font)

    def cell(self, candidate_id: str, column: int) -> str:
        """The text in a candidate's cell (tests)."""
        return self.table.item(self._rows[candidate_id], column).text()

    def _show_time(self, elapsed_s: float, budget_s: float) -> None:
        if budget_s > 0:
            self.progress.setValue(int(1000 * min(1.0, elapsed_s / budget_s)))
            self.time_left.setText(self.tr("{time} left").format(
                time=texts.about(max(0.0, budget_s - elapsed_s))))

    def _tick(self) -> None:
        if self.running and self._started_at is not None:
            self._show_time(time.monotonic() - self._started_at, self._budget_s)

    # --- the end (GUI thread; the worker has stopped) ---------------------------------------------
    def _on_success(self, result) -> None:
        from lepton_studio.core.training.search import apply_winner

        project = self.shell.document.project
        work = self._work
        if project is None or project is not self.target or work is None:
            return
        for run in work.runs[self._runs_before:]:
            prefix = f"runs/{run.id}/"
            project.add_run(run)
            project.blobs.update({k: v for k, v in work.blobs.items() if k.startswith(prefix)})
        if result.winner_run_id is not None:
            apply_winner(project, result)
            # The graph was replaced outside the undo stack: its old steps no longer apply.
            self.shell.document.undo_stack.clear()
        self.shell.document.mark_modified()
        self.show_result(result)
        self._save()
        self.searchFinished.emit(result)

    def _save(self) -> None:
        if self.saver is None:
            from lepton_studio.gui.training.persist import ProjectSaver

            self.saver = ProjectSaver(self.shell, self)
        self.saver.request()

    def _on_failure(self, error: BaseException) -> None:
        if isinstance(error, LeptonError):
            from lepton_studio.gui.errors import problem_sentence

            self.reason.setText(problem_sentence(error.problem))
            return
        from lepton_studio.gui import errors

        errors.report_exception(type(error), error, error.__traceback__, context="model search")

    def _on_finished(self) -> None:
        self.task, self._work = None, None
        self.timer.stop()
        self._update_buttons()

