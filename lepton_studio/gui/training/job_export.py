"""Export Training Job: the project, its pictures and scripts in a folder for a GPU server.

The GUI side of ``core.training.job.write_training_job``: ask for an empty folder and
whether to copy the pictures, write the folder on a worker (with a progress dialog and
Cancel), then say where it is and which script to run. A cancelled or failed export
empties the folder again, so the next try is not refused as "not empty".
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core import problems as P
from lepton_studio.core.problems import LeptonError, Problem
from lepton_studio.core.tasks import Progress
from lepton_studio.gui.errors import show_problem
from lepton_studio.gui.open_folder import open_folder

if TYPE_CHECKING:
    from lepton_studio.core.training.job import JobSummary
    from lepton_studio.gui.shell import Shell


def folder_problem(folder: Path) -> Problem | None:
    """Why ``folder`` cannot take a job (it holds something), or None."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        return Problem(P.JOB_FOLDER_NOT_EMPTY, values={"path": str(folder)})
    return None


class CopyChoiceDialog(QDialog):
    """Copy the pictures into the job (the default), or the server already has them."""

    def __init__(self, dataset_root: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Training Job"))
        intro = QLabel(self.tr("The training machine needs the pictures of the dataset."))
        intro.setWordWrap(True)
        self.copy_radio = QRadioButton(self.tr("Copy the pictures into the job folder"))
        self.copy_radio.setChecked(True)
        self.server_radio = QRadioButton(self.tr("The server already has them"))
        where = QLabel(self.tr("They must be at the very same place there: {root}").format(
            root=dataset_root))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setContentsMargins(24, 0, 0, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.copy_radio, self.server_radio, where):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def copy_images(self) -> bool:
        return self.copy_radio.isChecked()


def ask_folder(parent: QWidget, start: str) -> str:
    """The folder to write the job into ("" when the user cancels)."""
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("JobExporter", "Choose an Empty Folder for the Training Job"),
        start)


def ask_copy_images(parent: QWidget, dataset_root: str) -> bool | None:
    """True: copy the pictures; False: the server has them; None: cancelled."""
    dialog = CopyChoiceDialog(dataset_root, parent)
    try:
        return dialog.copy_images() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class JobExporter(QObject):
    """One "Export Training Job…" at a time, for the shell's current project."""

    busyChanged = Signal(bool)
    exported = Signal(object)  # JobSummary

    def __init__(self, shell: Shell, parent: QWidget) -> None:
        super().__init__(parent)
        self.shell = shell
        self.parent_widget = parent
        self.task = None
        self.progress: QProgressDialog | None = None
        self.summary_box: QMessageBox | None = None
        self._folder: Path | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, blocked: Problem | None = None) -> bool:
        """Ask, then write the job on a worker; False when nothing was started."""
        project = self.shell.document.project
        if self.busy or project is None:
            return False
        if blocked is None and project.dataset is None:
            blocked = Problem(P.NO_DATASET)
        if blocked is not None:
            show_problem(self.parent_widget, blocked)
            return False
        chosen = ask_folder(self.parent_widget, self._start_folder())
        if not chosen:
            return False
        folder = Path(chosen)
        problem = folder_problem(folder)
        if problem is not None:
            show_problem(self.parent_widget, problem)
            return False
        copy = ask_copy_images(self.parent_widget, project.dataset.root)
        if copy is None:
            return False
        self._run(project, folder, copy)
        return True

    def _start_folder(self) -> str:
        from lepton_studio.core import paths

        path = self.shell.document.path
        return str(path.parent if path is not None else paths.documents_dir())

    def _project_name(self) -> str:
        path = self.shell.document.path
        return path.stem if path is not None else (self.shell.document.display_name() or "project")

    def _run(self, project: Any, folder: Path, copy: bool) -> None:
        from lepton_studio.core.project import Project
        from lepton_studio.core.training.job import write_training_job

        name = self._project_name()
        # A snapshot taken here: the user may go on editing while the worker writes.
        project = Project.from_dict(project.to_dict(), dict(project.blobs))

        def work(token, emit):
            try:
                return write_training_job(project, name, folder, copy_images=copy,
                                          on_event=emit, token=token)
            except BaseException:
                _empty_folder(folder)  # it was empty: everything in it is ours
                raise

        self._folder = folder
        self.progress = QProgressDialog(self.tr("Writing the training job…"), self.tr("Cancel"),
                                        0, 0, self.parent_widget)
        self.progress.setWindowTitle(self.tr("Export Training Job"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.cancel)
        self.progress.show()
        self.task = self.shell.tasks.run(
            work, name="export_training_job", owner=self, on_event=self._on_event,
            on_success=self._on_success, on_failure=self._on_failure,
            on_cancelled=self._on_cancelled, on_finished=self._on_finished)
        self.busyChanged.emit(True)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    def _on_event(self, event: Any) -> None:
        if isinstance(event, Progress) and self.progress is not None and event.total:
            self.progress.setMaximum(event.total)
            self.progress.setValue(event.done)
            self.progress.setLabelText(self.tr("Copying pictures: {done} of {total}").format(
                done=event.done, total=event.total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            progress, self.progress = self.progress, None
            progress.canceled.disconnect(self.cancel)
            progress.close()
            progress.deleteLater()

    def _on_success(self, summary: JobSummary) -> None:
        self._close_progress()
        self.shell.status.showMessage(self.tr("Training job written to {folder}.").format(
            folder=summary.folder), 8000)
        self.show_summary(summary)
        self.exported.emit(summary)

    def _on_failure(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, LeptonError):
            show_problem(self.parent_widget, error)
        else:
            self.shell.tasks.report_failure("export_training_job", error)

    def _on_cancelled(self) -> None:
        self._close_progress()
        self.shell.status.showMessage(self.tr("The training job was not written."), 6000)

    def _on_finished(self) -> None:
        self._close_progress()
        self.task = None
        self.busyChanged.emit(False)

    def summary_text(self, summary: JobSummary) -> tuple[str, str]:
        """(where the folder is, what to do with it) for the summary box."""
        steps = [
            self.tr("Copy this folder to the GPU machine, install Lepton Studio there, and "
                    "run one of its scripts:"),
            "• " + self.tr("One GPU: {script} (Windows: {cmd})").format(
                script="run_single_gpu.sh", cmd="run_single_gpu.cmd"),
            "• " + self.tr("Several GPUs of one machine: {script}").format(script="run_multi_gpu.sh"),
            "• " + self.tr("Several machines: {script} (edit the settings at its top first)").format(
                script="run_multi_node.sh"),
            "",
            self.tr("The training is saved into {project}. Copy it back and open it here: its "
                    "runs appear in the Train step. README.md in the folder explains each step."
                    ).format(project=summary.project_file.name),
        ]
        where = self.tr("The training job is in {folder}.").format(folder=summary.folder)
        if summary.images_copied:
            where += "\n" + self.tr("Pictures copied: {count}.").format(count=summary.images_copied)
        return where, "\n".join(steps)

    def show_summary(self, summary: JobSummary) -> None:
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Training Job Written"))
        where, steps = self.summary_text(summary)
        box.setText(where)
        box.setInformativeText(steps)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = box.addButton(self.tr("Open Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        folder = summary.folder
        open_button.clicked.connect(lambda: open_folder(folder, box))
        grid = box.layout()  # a QMessageBox is too narrow for these lines by default
        if isinstance(grid, QGridLayout):
            grid.addItem(QSpacerItem(520, 0, QSizePolicy.Policy.Minimum,
                                     QSizePolicy.Policy.Expanding),
                         grid.rowCount(), 0, 1, grid.columnCount())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_box = box
        box.open()


def _empty_folder(folder: Path) -> None:
    """Remove what a cancelled or failed export left in ``folder`` (checked empty before)."""
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        try:
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink()
        except OSError:
            pass
