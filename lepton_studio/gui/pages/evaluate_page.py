"""Evaluate step: how well the chosen run does on pictures it never learned from, where
it goes wrong, where it looks (Grad-CAM), and trying it on new pictures.

Every computation (evaluation, heat maps, predictions, thumbnails, the report) runs on
the shell's task manager; the widgets in ``gui/evaluation/`` only show the results.
The run is the project's selected run, with a picker to choose another.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.problems import LeptonError, Problem
from lepton_studio.core.tasks import Progress
from lepton_studio.gui.errors import problem_sentence
from lepton_studio.gui.evaluation.confidence_view import ConfidenceView
from lepton_studio.gui.evaluation.explain_view import ExplainView
from lepton_studio.gui.evaluation.mistakes_view import MistakesView
from lepton_studio.gui.evaluation.results_view import ResultsView
from lepton_studio.gui.evaluation.run_picker import RunPicker
from lepton_studio.gui.evaluation.try_view import MAX_ROWS, TryItView
from lepton_studio.gui.pages.base import StepPage, heading_font
from lepton_studio.gui.project_subscription import ProjectSubscription
from lepton_studio.gui.step_status import step_title, trained_runs

if TYPE_CHECKING:
    from lepton_studio.gui.shell import Shell

IMAGE_FILTER = "*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp"


def dataset_signature(project) -> str:
    """Changes whenever the pictures, labels, splits or image settings change."""
    dataset = project.dataset
    if dataset is None:
        return ""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((dataset.root, dataset.class_names, dataset.image.to_dict())).encode())
    for item in dataset.items:
        digest.update(f"{item.path}\0{item.label}\0{item.split}\0{item.excluded}\n".encode(
            "utf-8", "surrogatepass"))
    return digest.hexdigest()


def decode_problem(path: str, exc) -> Problem:
    """The data problem for a picture file the decoder refused."""
    from lepton_studio.core import problems as P
    from lepton_studio.core.data.sources import SKIP_CODES

    return Problem(SKIP_CODES.get(exc.kind, P.DATA_CORRUPT), None,
                   {"path": str(path), "name": Path(path).name, "detail": exc.detail})


class _TryFailed:
    def __init__(self, path: str, problem: Problem) -> None:
        self.path, self.problem = path, problem


class StatusRow(QStackedWidget):
    """The page's sentence and its progress row in turn, in one place as tall as the taller
    of the two: the tabs below do not jump when the progress row goes (issue #22)."""

    def __init__(self, sentence: QLabel, progress: QWidget) -> None:
        super().__init__()
        self.sentence, self.progress = sentence, progress
        self.addWidget(sentence)
        self.addWidget(progress)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = max(1, self.width())
        height = max(self.progress.sizeHint().height(), self.sentence.heightForWidth(width))
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the sentence wraps differently


class EvaluatePage(StepPage):
    step_id = "evaluate"

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.evaluation = None
        self.session = None
        self._key: tuple[str, str] | None = None
        self._eval_task = None
        self._eval_generation = 0
        self._explain_task = None
        self._try_task = None
        self._report_task = None
        self.last_report: Path | None = None
        self._subscription = ProjectSubscription(self, self._on_project_event)

        self.title = QLabel()
        self.title.setFont(heading_font(self.font()))
        self.run_label = QLabel()
        self.runs = RunPicker()
        self.runs.runChosen.connect(self._on_run_chosen)
        self.again = QPushButton()
        self.again.clicked.connect(lambda: self.start_evaluation(force=True))
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.save_report)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.run_label)
        header.addWidget(self.runs)
        header.addWidget(self.again)
        header.addWidget(self.report_button)

        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_evaluation)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        # The sentence and the progress row take turns in one place: the tabs below never
        # jump when the progress row goes (issue #22).
        self.status_row = StatusRow(self.subtitle, self.progress_box)

        self.results = ResultsView(shell.tasks)
        self.mistakes = MistakesView(shell.tasks)
        self.confidence = ConfidenceView()
        self.confidence.thresholdChanged.connect(self._on_threshold_moved)
        self.confidence.thresholdCommitted.connect(self._commit_threshold)
        self.confidence.calibrateRequested.connect(self.calibrate_run)
        self._calibrate_task = None
        self.explain = ExplainView()
        self.try_it = TryItView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for widget in (self.results, self.mistakes, self.confidence, self.explain, self.try_it):
            self.tabs.addTab(widget, "")
        self.results.pictureChosen.connect(self._explain_entry)
        self.mistakes.pictureChosen.connect(self._explain_entry)
        self.explain.classChosen.connect(self._explain_class)
        self.explain.openRequested.connect(self._open_for_explain)
        self.try_it.filesChosen.connect(self.try_files)
        self.try_it.openFilesRequested.connect(self._open_try_files)
        self.try_it.openFolderRequested.connect(self._open_try_folder)
        self.try_it.cameraRequested.connect(self.take_photo)
        self.try_it.resultChosen.connect(self._show_explained)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.go_train = QPushButton()
        self.go_train.clicked.connect(lambda: self.shell.go_to("train"))
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.go_train, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.status_row)
        content_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        self._content = content

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self.retranslate()
        self.project_changed()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(step_title(self.step_id))
        self.run_label.setText(self.tr("Model:"))
        self.again.setText(self.tr("Evaluate Again"))
        self.again.setToolTip(self.tr("Check the model on its pictures once more (for example "
                                      "after changing the pictures)"))
        self.report_button.setText(self.tr("Save Report…"))
        self.report_button.setToolTip(self.tr("Save the results as a web page you can share"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.go_train.setText(self.tr("Go to Train"))
        self.tabs.setTabText(0, self.tr("Results"))
        self.tabs.setTabText(2, self.tr("Confidence"))
        self.tabs.setTabText(3, self.tr("Explain"))
        self.tabs.setTabText(4, self.tr("Try It"))
        for view in (self.results, self.mistakes, self.confidence, self.explain, self.try_it):
            view.retranslate()
        self._update_mistakes_tab()
        self._update_subtitle()
        self._update_empty()
        self.runs.retranslate()

    def _update_mistakes_tab(self) -> None:
        ev = self.evaluation
        count = len(ev.misclassified()) if ev is not None else 0
        text = self.tr("Mistakes")
        self.tabs.setTabText(1, f"{text} ({count})" if ev is not None else text)

    def _update_subtitle(self, text: str | None = None) -> None:
        self._fill_subtitle(text)
        self.status_row.updateGeometry()  # its height follows the sentence

    def _fill_subtitle(self, text: str | None = None) -> None:
        if text is not None:
            self.subtitle.setText(text)
            return
        ev = self.evaluation
        if ev is None:
            self.subtitle.setText("")
            return
        count = len(ev.paths)
        if count == 0:
            self.subtitle.setText(self.tr("There are no test or validation pictures to check "
                                          "the model on. Split the pictures in the Data step."))
        elif ev.split == "test":
            self.subtitle.setText(self.tr("Checked on %n test picture(s) the model never "
                                          "learned from.", "", count))
        else:
            self.subtitle.setText(self.tr("Checked on %n validation picture(s). There are no "
                                          "test pictures; validation pictures helped choose the "
                                          "best epoch, so the figures may be a little "
                                          "optimistic.", "", count))

    def _update_empty(self) -> None:
        project = self.project
        has_runs = project is not None and bool(trained_runs(project))
        self.stack.setCurrentIndex(1 if has_runs else 0)
        self.again.setEnabled(has_runs)
        self.report_button.setEnabled(self.evaluation is not None and bool(self.evaluation.paths))
        self.runs.setVisible(has_runs)
        self.run_label.setVisible(has_runs)
        if project is None:
            self.empty_label.setText(self.tr("Open or create a project first."))
            self.go_train.hide()
        elif not has_runs:
            self.empty_label.setText(self.tr("Train a model first; then you can see here how "
                                             "well it does, where it goes wrong, and try it on "
                                             "new pictures."))
            self.go_train.show()

    # --- the shell's calls ---------------------------------------------------------------
    def project_changed(self) -> None:
        self._subscription.follow(self.project)
        self._stop_all()
        self.evaluation = None
        self.session = None
        self._key = None
        self.results.set_evaluation(None)
        self.mistakes.set_evaluation(None)
        self.confidence.set_evaluation(None)
        self.explain.set_result(None)
        self.try_it.clear()
        self.runs.set_project(self.project)
        self._update_mistakes_tab()
        self._update_subtitle()
        self._update_empty()
        if self.isVisible():
            self.ensure_evaluated()

    def content_changed(self) -> None:
        if self.project is None:
            return
        self.runs.set_project(self.project)
        self._update_empty()
        if self.isVisible():
            self.ensure_evaluated()

    def activated(self) -> None:
        self.runs.set_project(self.project)
        self._update_empty()
        self.ensure_evaluated()

    # --- evaluation ----------------------------------------------------------------------
    def current_key(self) -> tuple[str, str] | None:
        run_id = self.runs.current_run_id()
        if self.project is None or run_id is None:
            return None
        return run_id, dataset_signature(self.project)

    def ensure_evaluated(self) -> None:
        key = self.current_key()
        if key is None or key == self._key:
            return
        self.start_evaluation()

    def start_evaluation(self, force: bool = False) -> None:
        key = self.current_key()
        if key is None:
            return
        if self._eval_task is not None and self._eval_task.is_running():
            if key == self._key and not force:
                return
            self._eval_task.cancel()
        if self.session is None or self.session.run_id != key[0] or force:
            from lepton_studio.gui.evaluation.session import ModelSession

            if self.session is not None and self.session.run_id != key[0]:
                self.explain.set_result(None)  # they showed another model's answers
                self.try_it.clear()
            self.session = ModelSession(self.project, key[0])
            self.explain.set_class_names(self.session.class_names)
            self.try_it.set_class_names(self.session.class_names)
        self._key = key
        project, run_id = self.project, key[0]
        cache_root = self.shell.settings.image_cache_root()

        def work(token, emit):
            from lepton_studio.core.checkpoints import chosen_run
            from lepton_studio.core.evaluation import evaluate_run
            from lepton_studio.core.export.preprocessing import run_image_settings

            run_image_settings(project, chosen_run(project, run_id))  # refuses changed settings
            return evaluate_run(project, cache_root, run_id, on_event=emit, token=token)

        self._eval_generation += 1
        generation = self._eval_generation

        def current(callback):
            # A replaced evaluation's late callbacks must not touch the new one's display.
            return lambda *args: callback(*args) if generation == self._eval_generation else None

        self.evaluation = None  # never show one model's figures under another's name
        self.results.set_evaluation(None)
        self.mistakes.set_evaluation(None)
        self.confidence.set_evaluation(None)
        self._update_mistakes_tab()
        self._update_empty()
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Checking the model…"))
        self._show_progress(True)
        self._update_subtitle("")
        self._eval_task = self.shell.tasks.run(
            work, name="evaluate", owner=self, on_event=current(self._on_eval_progress),
            on_success=current(self._on_evaluated), on_failure=current(self._on_eval_failed),
            on_cancelled=current(self._on_eval_cancelled))

    def _show_progress(self, shown: bool) -> None:
        self.status_row.setCurrentWidget(self.progress_box if shown else self.subtitle)
        self.status_row.updateGeometry()

    def cancel_evaluation(self) -> None:
        if self._eval_task is not None:
            self._eval_task.cancel()

    def _on_eval_progress(self, event: Any) -> None:
        if not isinstance(event, Progress):
            return
        if event.task == "cache":
            self.progress_label.setText(self.tr("Reading pictures… {done} of {total}").format(
                done=event.done, total=event.total))
        elif event.task == "predict":
            self.progress_label.setText(self.tr("Checking pictures… {done} of {total}").format(
                done=event.done, total=event.total))
        if event.total:
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.done)

    def _on_evaluated(self, evaluation) -> None:
        self._show_progress(False)
        self.evaluation = evaluation
        self.results.set_evaluation(evaluation)
        self.mistakes.set_evaluation(evaluation)
        self.confidence.set_evaluation(evaluation)
        self._update_mistakes_tab()
        self._update_subtitle()
        self._update_empty()

    def _on_eval_failed(self, error: BaseException) -> None:
        self._show_progress(False)
        self._key = None
        if isinstance(error, LeptonError):
            self._update_subtitle(problem_sentence(error.problem))
        else:
            self._update_subtitle(self.tr("The model could not be checked."))
            self.shell.tasks.report_failure("evaluate", error)

    def _on_eval_cancelled(self) -> None:
        self._show_progress(False)
        self._key = None
        self._update_subtitle(self.tr("Cancelled. Click “Evaluate Again” to check the model."))

    def _on_run_chosen(self, run_id: str) -> None:
        project = self.project
        if project is not None and project.run(run_id) is not None:
            project.choose_run(run_id)  # not an edit: no "unsaved changes"
        self.explain.set_result(None)
        self.try_it.clear()
        self.ensure_evaluated()

    def _stop_all(self) -> None:
        self._eval_generation += 1  # what is still running reports to nobody
        for task in (self._eval_task, self._explain_task, self._try_task,
                     getattr(self, "_calibrate_task", None)):
            if task is not None and task.is_running():
                task.cancel()
        self._show_progress(False)

    # --- the "not sure" threshold ----------------------------------------------------------
    def _on_threshold_moved(self, threshold: float | None) -> None:
        """Live while the slider moves: the matrix, the mistakes and try-it follow."""
        self.results.refresh_unsure()
        self.mistakes.refresh_unsure()
        if self.session is not None:
            self.session.set_threshold(threshold)

    def _commit_threshold(self, threshold: float | None) -> None:
        ev, project = self.evaluation, self.project
        run = project.run(ev.run_id) if ev is not None and project is not None else None
        if run is None or not run.calibration:
            return
        old = run.calibration.get("threshold")
        if old == threshold:
            return
        from lepton_studio.gui.evaluation.threshold_command import SetThresholdCommand

        self._subscription.follow(project)  # the page shows what the project announces
        self.shell.document.undo_stack.push(SetThresholdCommand(project, run.id, old, threshold))

    def _on_project_event(self, event) -> None:
        from lepton_studio.core.project_events import RunCalibrationChanged, RunThresholdChanged

        if isinstance(event, RunThresholdChanged):
            self.apply_threshold(event.run_id, event.new)
        elif isinstance(event, RunCalibrationChanged):
            self._on_calibration_set(event.run_id)

    def calibrate_run(self) -> None:
        """Fit a calibration for a run that has none (trained before calibration existed)."""
        ev, project = self.evaluation, self.project
        if ev is None or project is None or project.run(ev.run_id) is None:
            return
        run_id, cache_root = ev.run_id, self.shell.settings.image_cache_root()

        def work(token, emit):
            from lepton_studio.core.evaluation import calibrate_run

            return calibrate_run(project, cache_root, run_id, on_event=emit, token=token)

        def done(calibration) -> None:
            from lepton_studio.gui.evaluation.threshold_command import SetCalibrationCommand

            run = project.run(run_id)
            if run is None or self.project is not project:
                return
            self._subscription.follow(project)  # the page follows what the project announces
            self.shell.document.undo_stack.push(SetCalibrationCommand(
                project, run_id, run.calibration, calibration.to_dict()))

        self.confidence.calibrate.setEnabled(False)
        self._calibrate_task = self.shell.tasks.run(
            work, name="calibrate", owner=self, on_success=done,
            on_failure=self._on_calibrate_failed,
            on_finished=lambda: self.confidence.calibrate.setEnabled(True))

    def _on_calibrate_failed(self, error: BaseException) -> None:
        if isinstance(error, LeptonError):
            self.shell.show_problem(error)
        else:
            self.shell.tasks.report_failure("calibrate", error)

    def _on_calibration_set(self, run_id: str) -> None:
        """A run's calibration was set or taken back: evaluate it again with it."""
        self.session = None  # its predictor holds the old temperature
        if self.runs.current_run_id() == run_id:
            self.start_evaluation(force=True)

    def apply_threshold(self, run_id: str, threshold: float | None) -> None:
        """The run's stored threshold changed (a push, undo or redo): show it."""
        ev = self.evaluation
        if ev is None or ev.run_id != run_id or ev.calibration is None:
            return
        if ev.calibration.threshold != threshold:
            self.confidence.set_threshold(threshold)
        self._on_threshold_moved(threshold)

    # --- explain -------------------------------------------------------------------------
    def _explain_entry(self, entry) -> None:
        ev = self.evaluation
        if ev is None or entry.data is None:
            return
        index = int(entry.data)
        self.explain_file(ev.paths[index], true_label=int(ev.labels[index]))

    def explain_file(self, path: str, true_label: int | None = None,
                     class_index: int | None = None) -> None:
        """Show ``path`` in the Explain tab with the heat map of ``class_index`` (default:
        the model's answer)."""
        session = self.session or self._new_session()
        if session is None:
            return
        self.tabs.setCurrentWidget(self.explain)

        def work(token, emit):
            from lepton_studio.core.data.decode import DecodeError

            try:
                pixels = session.pixels_of_file(path)
            except DecodeError as exc:
                problem = decode_problem(path, exc)
                raise LeptonError(problem.code, None, **problem.values) from None
            token.check()
            return session.explain(pixels, Path(path).name, class_index, path, true_label)

        self._run_explain(work)

    def _explain_class(self, class_index: int) -> None:
        result, session = self.explain.result, self.session
        if result is None or session is None:
            return

        def work(token, emit):
            from lepton_studio.gui.evaluation.session import Explained

            heat = session.heat_map(result.pixels, class_index)
            return Explained(result.name, result.pixels, result.probabilities, heat, class_index,
                             result.path, result.true_label, result.unsure)

        self._run_explain(work)

    def _run_explain(self, work) -> None:
        if self._explain_task is not None and self._explain_task.is_running():
            self._explain_task.cancel()
        self.explain.set_busy(True)
        self._explain_task = self.shell.tasks.run(
            work, name="explain", owner=self, on_success=self._show_explained_here,
            on_failure=self._on_explain_failed, on_finished=lambda: self.explain.set_busy(False))

    def _show_explained_here(self, result) -> None:
        self.explain.set_result(result)

    def _show_explained(self, result) -> None:
        self.tabs.setCurrentWidget(self.explain)
        self.explain.set_result(result)

    def _on_explain_failed(self, error: BaseException) -> None:
        if isinstance(error, LeptonError):
            self.shell.show_problem(error)
        else:
            self.shell.tasks.report_failure("explain", error)

    def _open_for_explain(self) -> None:
        paths = self.ask_picture_paths(single=True)
        if paths:
            self.explain_file(paths[0])

    def _new_session(self):
        run_id = self.runs.current_run_id()
        if self.project is None or run_id is None:
            return None
        from lepton_studio.gui.evaluation.session import ModelSession

        self.session = ModelSession(self.project, run_id)
        self.explain.set_class_names(self.session.class_names)
        self.try_it.set_class_names(self.session.class_names)
        return self.session

    # --- try it --------------------------------------------------------------------------
    def ask_picture_paths(self, single: bool = False) -> list[str]:
        caption = self.tr("Open Pictures")
        filters = self.tr("Pictures ({patterns})").format(patterns=IMAGE_FILTER)
        if single:
            name, _ = QFileDialog.getOpenFileName(self, caption, "", filters)
            return [name] if name else []
        names, _ = QFileDialog.getOpenFileNames(self, caption, "", filters)
        return list(names)

    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Open a Folder of Pictures"))

    def _open_try_files(self) -> None:
        paths = self.ask_picture_paths()
        if paths:
            self.try_files(paths)

    def _open_try_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.try_files([folder])

    def try_files(self, paths: list[str]) -> None:
        """Predict each picture (folders are searched) and list the answers."""
        session = self.session or self._new_session()
        if session is None:
            return
        self.tabs.setCurrentWidget(self.try_it)
        self.try_it.set_message(self.tr("Looking at the pictures…"))

        def work(token, emit):
            from lepton_studio.core import problems as P
            from lepton_studio.core.data.decode import DecodeError
            from lepton_studio.core.export.predictor import collect_images

            files = collect_images(paths)
            if not files:
                raise LeptonError(P.PREDICT_NO_IMAGES, paths=", ".join(Path(p).name for p in paths))
            done = 0
            for path in files[:MAX_ROWS]:
                token.check()
                try:
                    pixels = session.pixels_of_file(path)
                except DecodeError as exc:
                    emit(_TryFailed(str(path), decode_problem(str(path), exc)))
                    continue
                emit(session.explain(pixels, path.name, path=str(path)))
                done += 1
            return done, len(files)

        if self._try_task is not None and self._try_task.is_running():
            self._try_task.cancel()
        self._try_task = self.shell.tasks.run(
            work, name="try", owner=self, on_event=self._on_try_event,
            on_success=self._on_try_done, on_failure=self._on_try_failed)

    def _on_try_event(self, event: Any) -> None:
        if isinstance(event, _TryFailed):
            self.try_it.add_failure(event.path, problem_sentence(event.problem))
        elif not isinstance(event, Progress):
            self.try_it.add_result(event)

    def _on_try_done(self, counts: tuple[int, int]) -> None:
        done, found = counts
        if self.try_it.failures:
            return
        text = ""
        if found > MAX_ROWS:
            text = self.tr("Showing the first {shown} of {total} pictures.").format(
                shown=MAX_ROWS, total=found)
        elif self.session is not None and self.session.explainable is False:
            text = self.tr("This model has no convolution layers, so it cannot show where it "
                           "looked; the answers are shown without heat maps.")
        self.try_it.set_message(text)

    def _on_try_failed(self, error: BaseException) -> None:
        if isinstance(error, LeptonError):
            self.try_it.set_message(problem_sentence(error.problem))
        else:
            self.try_it.set_message("")
            self.shell.tasks.report_failure("try", error)

    def take_photo(self) -> None:
        """Take a camera picture and try it; a clear message when there is no camera."""
        from lepton_studio.gui.evaluation.camera import (
            AVAILABLE,
            camera_message,
            camera_support,
            take_photo,
        )

        status = camera_support()
        if status != AVAILABLE:
            self.try_it.set_message(camera_message(status))
            return
        photo = take_photo(self)
        session = self.session or self._new_session()
        if photo is None or photo.isNull() or session is None:
            return
        from datetime import datetime

        from lepton_studio.gui.evaluation.images import qimage_to_array

        pixels_rgb = qimage_to_array(photo)
        name = self.tr("Camera photo {time}").format(time=datetime.now().strftime("%H:%M:%S"))

        def work(token, emit):
            emit(session.explain(session.pixels_of_array(pixels_rgb), name))
            return 1, 1

        self._try_task = self.shell.tasks.run(
            work, name="try", owner=self, on_event=self._on_try_event,
            on_success=self._on_try_done, on_failure=self._on_try_failed)

    # --- report --------------------------------------------------------------------------
    def ask_report_path(self) -> Path | None:
        from lepton_studio.core import paths

        project = self.project
        base = self.shell.document.path.parent if self.shell.document.path else paths.documents_dir()
        start = base / f"{_safe_name(project.name if project else 'report')} report.html"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save Report"), str(start),
                                              self.tr("Web pages (*.html)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() in (".html", ".htm") else path.with_name(path.name + ".html")

    def save_report(self) -> None:
        ev, project = self.evaluation, self.project
        if ev is None or project is None:
            return
        path = self.ask_report_path()
        if path is None:
            return
        from lepton_studio.core import report

        table = {text: QCoreApplication.translate(report.CONTEXT, text)
                 for name, text in vars(report).items() if name.startswith("T_")}
        language = self.shell.settings.language or "en"
        run = project.run(ev.run_id)
        name = project.name

        def work(token, emit):
            examples = report.pick_examples(ev)
            token.check()
            return report.write_report(path, ev, name, run, examples,
                                       translate=lambda s: table.get(s, s),
                                       language=language.replace("_", "-"))

        self.report_button.setEnabled(False)
        self._report_task = self.shell.tasks.run(
            work, name="report", owner=self, on_success=self._on_report_saved,
            on_finished=lambda: self.report_button.setEnabled(self.evaluation is not None))

    def _on_report_saved(self, path: Path) -> None:
        self.last_report = Path(path)
        self.shell.status.showMessage(self.tr("Report saved: {file}").format(file=str(path)), 8000)


def _safe_name(name: str) -> str:
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name).strip()
    return cleaned.strip(".") or "report"
