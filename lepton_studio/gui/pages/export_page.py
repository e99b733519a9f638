"""Export step: save the chosen run in one of the registered formats (``core/export/formats.py``).

The export itself (``core.export.export_run``) runs on a worker with progress and
Cancel; it checks the written model against the app's own predictions before the folder
appears, and this page shows that check (largest probability difference, same answer on
how many pictures), the int8 figures when asked for — the measured accuracy change first,
with a warning when int8 loses more than a point — and the files written. Replacing an
earlier export is asked first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.export import formats
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.tasks import Progress
from lepton_studio.gui.errors import problem_text
from lepton_studio.gui.evaluation.run_picker import RunPicker, run_title
from lepton_studio.gui.numbers import plain_number
from lepton_studio.gui.pages.base import StepPage, heading_font
from lepton_studio.gui.pages.compare_table import CompareTable, human_size
from lepton_studio.gui.step_status import step_title, trained_runs
from lepton_studio.gui.training import texts

if TYPE_CHECKING:
    from lepton_studio.gui.shell import Shell

PASS_COLOUR = "#2e9d55"
FAIL_COLOUR = "#d64036"
WARN_COLOUR = "#c77700"


def default_folder_name(project_name: str, run_name: str, suffix: str) -> str:
    """``Project - Run - <the format's folder suffix>``, safe as a folder name."""
    text = f"{project_name} - {run_name} - {suffix}"
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in text).strip()
    return cleaned.strip(".") or "export"


class ExportPage(StepPage):
    step_id = "export"

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.report = None  # the last ExportReport
        self.comparison = None  # the last core.export.compare.Comparison
        self.failed = False
        self._task = None
        self._job = "export"  # what the running task does: "export" or "compare"
        self._folder_edited = False

        self.title = QLabel()
        self.title.setFont(heading_font(self.font()))
        self.run_label = QLabel()
        self.runs = RunPicker()
        self.runs.runChosen.connect(self._on_run_chosen)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.run_label)
        header.addWidget(self.runs)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        # --- format ---
        self.format_box = QGroupBox()
        self.formats = formats.all_formats()  # the registry, as it is when the page is made
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        self.format_help: dict[str, QLabel] = {}
        grid = QGridLayout(self.format_box)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(14)
        for row, fmt in enumerate(f.id for f in self.formats):
            button = QRadioButton()
            help_label = QLabel()
            help_label.setWordWrap(True)
            help_label.setObjectName("formatHelp")
            self.format_group.addButton(button, row)
            self.format_buttons[fmt] = button
            self.format_help[fmt] = help_label
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(help_label, row, 1)
        self.format_buttons[self._first_available()].setChecked(True)
        self.format_group.idToggled.connect(self._on_format)
        self.quantize = QCheckBox()
        self.quantize_help = QLabel()
        self.quantize_help.setWordWrap(True)
        grid.addWidget(self.quantize, len(self.formats), 0, 1, 2)
        grid.addWidget(self.quantize_help, len(self.formats) + 1, 0, 1, 2)
        self.quantize_help.setContentsMargins(24, 0, 0, 0)

        # --- folder ---
        self.folder_label = QLabel()
        self.folder_edit = QLineEdit()
        self.folder_edit.textEdited.connect(self._on_folder_edited)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)

        # --- action ---
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.start_compare)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.stage_label = QLabel()
        action_row = QHBoxLayout()
        action_row.addWidget(self.export_button)
        action_row.addWidget(self.compare_button)
        action_row.addWidget(self.cancel_button)
        action_row.addWidget(self.stage_label)
        action_row.addWidget(self.progress, 1)
        action_row.addStretch(0)
        self.export_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.export_button.setMinimumWidth(140)

        # --- result ---
        self.result_box = QFrame()
        self.result_box.setObjectName("exportResult")
        self.result_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.result_title = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.result_title.setFont(bold)
        self.result_title.setWordWrap(True)
        self.result_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_folder)
        self.parity_label = QLabel()
        self.parity_label.setWordWrap(True)
        self.parity_label.setTextFormat(Qt.TextFormat.RichText)
        self.quant_label = QLabel()
        self.quant_label.setWordWrap(True)
        self.int8_verdict = QLabel()  # the measured accuracy change, prominently
        self.int8_verdict.setObjectName("int8Verdict")
        self.int8_verdict.setWordWrap(True)
        self.int8_verdict.setTextFormat(Qt.TextFormat.RichText)
        self.files_title = QLabel()
        self.files = QListWidget()
        self.files.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        result_top = QHBoxLayout()
        result_top.addWidget(self.result_title, 1)
        result_top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addLayout(result_top)
        result_layout.addWidget(self.parity_label)
        result_layout.addWidget(self.int8_verdict)
        result_layout.addWidget(self.quant_label)
        result_layout.addWidget(self.files_title)
        result_layout.addWidget(self.files)
        result_layout.addWidget(self.notes)
        self.result_box.hide()

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        content = QWidget()
        content.setMaximumWidth(1200)  # long lines are hard to read on wide screens
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.format_box)
        layout.addLayout(folder_row)
        layout.addLayout(action_row)
        self.compare_table = CompareTable()
        self.compare_table.hide()
        layout.addWidget(self.compare_table)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._form = (self.format_box, self.folder_label, self.folder_edit, self.folder_button,
                      self.export_button, self.compare_button)
        self.retranslate()
        self.project_changed()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(step_title(self.step_id))
        self.run_label.setText(self.tr("Model:"))
        self.intro.setText(self.tr(
            "Save the trained model so that other programs can use it. The export holds the "
            "class names and how pictures are prepared, and it is checked against the "
            "answers Lepton Studio gives before it is saved."))
        self.format_box.setTitle(self.tr("Format"))
        for fmt in self.formats:
            self.format_buttons[fmt.id].setText(QCoreApplication.translate(formats.CONTEXT, fmt.label))
            help_text = QCoreApplication.translate(formats.CONTEXT, fmt.help)
            missing = fmt.missing()
            if missing:
                help_text += " " + self.tr("Needs {modules}, which is not installed.").format(
                    modules=", ".join(missing))
            self.format_help[fmt.id].setText(help_text)
            self.format_buttons[fmt.id].setEnabled(not missing)
        self.quantize.setText(self.tr("Make it smaller with int8 quantisation"))
        int8_formats = ", ".join(QCoreApplication.translate(formats.CONTEXT, f.label)
                                 for f in self.formats if f.int8)
        self.quantize_help.setText(self.tr(
            "Often about three times smaller and faster, but it can cost accuracy. Compare… "
            "shows how much on this computer. Both models "
            "are measured on the test pictures; the smaller one becomes the default only if it "
            "loses at most 1 point. Formats: {formats}.").format(formats=int8_formats))
        self.folder_label.setText(self.tr("Save in:"))
        self.folder_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.compare_button.setText(self.tr("Compare…"))
        self.compare_button.setToolTip(self.tr(
            "Make the full and the int8 model of this run and measure them side by side on "
            "this computer: size, speed and accuracy on the test pictures. Nothing is saved."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.compare_table.retranslate()
        self.open_button.setText(self.tr("Open Folder"))
        self.files_title.setText(self.tr("Files written:"))
        self.runs.retranslate()
        self._update_state()
        if self.report is not None:
            self.show_report(self.report)

    # --- the shell's calls ---------------------------------------------------------------
    def project_changed(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
        self.report = None
        self.failed = False
        self.result_box.hide()
        self._folder_edited = False
        self.runs.set_project(self.project)
        self._suggest_folder()
        self._update_state()

    def content_changed(self) -> None:
        if self.project is None:
            return
        self.runs.set_project(self.project)
        self._suggest_folder()
        self._update_state()

    def activated(self) -> None:
        self.runs.set_project(self.project)
        self._suggest_folder()
        self._update_state()

    # --- form ----------------------------------------------------------------------------
    def chosen_format(self) -> str:
        return self._chosen().id

    def _chosen(self) -> formats.ExportFormat:
        """The chosen format, from the list this page was built with."""
        return self.formats[max(0, self.format_group.checkedId())]

    def _first_available(self) -> str:
        return next((f.id for f in self.formats if not f.missing()), self.formats[0].id)

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def _busy(self) -> bool:
        return self._task is not None and self._task.is_running()

    def _update_state(self) -> None:
        project = self.project
        has_runs = project is not None and bool(trained_runs(project))
        busy = self._busy()
        for widget in self._form:
            widget.setEnabled(has_runs and not busy)
        self.runs.setEnabled(has_runs and not busy)
        int8 = self._chosen().int8
        self.quantize.setEnabled(has_runs and not busy and int8)
        if not int8:
            self.quantize.setChecked(False)
        for fmt in self.formats:  # a format whose modules are missing stays off
            self.format_buttons[fmt.id].setEnabled(has_runs and not busy and not fmt.missing())
        self.runs.setVisible(has_runs)
        self.run_label.setVisible(has_runs)
        self.empty_label.setVisible(not has_runs)
        if project is None:
            self.empty_label.setText(self.tr("Open or create a project first."))
        elif not has_runs:
            self.empty_label.setText(self.tr("Train a model first; then you can export it here."))
        self.export_button.setVisible(not busy)
        self.compare_button.setVisible(not busy)
        self.compare_button.setEnabled(has_runs and not busy and formats.get("onnx").missing() == [])
        self.cancel_button.setVisible(busy)

    def _on_format(self, _id: int, checked: bool) -> None:
        if checked:
            self._suggest_folder()
            self._update_state()

    def _on_run_chosen(self, run_id: str) -> None:
        project = self.project
        if project is not None and project.run(run_id) is not None:
            project.choose_run(run_id)  # not an edit: no "unsaved changes"
        self._suggest_folder()

    def _on_folder_edited(self, _text: str) -> None:
        self._folder_edited = True

    def _base_folder(self) -> Path:
        from lepton_studio.core import paths

        path = self.shell.document.path
        return path.parent if path else paths.documents_dir()

    def _suggest_folder(self) -> None:
        project, run_id = self.project, self.runs.current_run_id()
        if self._folder_edited or project is None or run_id is None:
            return
        run = project.run(run_id)
        name = default_folder_name(project.name or "model", run_title(run) if run else run_id,
                                   self._chosen().folder_suffix)
        self.folder_edit.setText(str(self._base_folder() / name))

    def ask_folder(self) -> str:
        start = self.folder_edit.text() or str(self._base_folder())
        return QFileDialog.getExistingDirectory(self, self.tr("Choose the Export Folder"),
                                                str(Path(start).parent))

    def _choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.folder_edit.setText(folder)
            self._folder_edited = True

    # --- export --------------------------------------------------------------------------
    def start_export(self) -> None:
        project, run_id = self.project, self.runs.current_run_id()
        folder = self.folder_edit.text().strip()
        if project is None or run_id is None or self._busy():
            return
        if not folder:
            self.folder_edit.setFocus()
            return
        fmt, quantize = self.chosen_format(), self.quantize.isChecked()
        out_dir = Path(folder).expanduser()
        cache_root = self.shell.settings.image_cache_root()
        from lepton_studio.core.export.exporter import is_earlier_export

        overwrite = is_earlier_export(out_dir)
        if overwrite and not self.ask_overwrite(out_dir):
            return

        def work(token, emit):
            from lepton_studio.core.export import export_run

            return export_run(project, run_id, fmt, out_dir, quantize, on_event=emit,
                              token=token, cache_root=cache_root, overwrite=overwrite)

        self.report = None
        self.failed = False
        self._job = "export"
        self.result_box.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stage_label.setText(self.tr("Preparing…"))
        self._task = self.shell.tasks.run(
            work, name="export", owner=self, on_event=self._on_progress,
            on_success=self.show_report, on_failure=self._on_failed,
            on_cancelled=self._on_cancelled, on_finished=self._on_finished)
        self._update_state()

    def start_compare(self) -> None:
        """Measure the float and int8 models of the chosen run side by side (on a worker)."""
        project, run_id = self.project, self.runs.current_run_id()
        if project is None or run_id is None or self._busy():
            return
        cache_root = self.shell.settings.image_cache_root()

        def work(token, emit):
            from lepton_studio.core.export.compare import compare_run

            return compare_run(project, run_id, cache_root=cache_root, on_event=emit, token=token)

        self.comparison = None
        self.failed = False
        self._job = "compare"
        self.compare_table.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stage_label.setText(self.tr("Preparing…"))
        self._task = self.shell.tasks.run(
            work, name="compare", owner=self, on_event=self._on_progress,
            on_success=self.show_comparison, on_failure=self._on_failed,
            on_cancelled=self._on_cancelled, on_finished=self._on_finished)
        self._update_state()

    def show_comparison(self, comparison) -> None:
        self.comparison = comparison
        self.stage_label.setText("")
        self.compare_table.show_comparison(comparison)
        self.compare_table.show()

    def ask_overwrite(self, folder: Path) -> bool:
        """Whether to replace the earlier export in ``folder`` (other files stay)."""
        answer = QMessageBox.question(
            self, self.tr("Replace the Earlier Export?"),
            self.tr("{folder} already holds an export. Replace it with this one? Other files "
                    "in the folder are kept.").format(folder=folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def cancel_export(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.stage_label.setText(self.tr("Cancelling…"))

    def _stage_text(self, stage: str) -> str:
        return {
            "images": self.tr("Reading the check pictures…"),
            "export": self.tr("Writing the model…"),
            "verify": self.tr("Checking the export against the app…"),
            "quantize": self.tr("Making the int8 model…"),
            "write": self.tr("Writing the files…"),
            "done": self.tr("Done"),
        }.get(stage, "")

    def _on_progress(self, event: Any) -> None:
        if not isinstance(event, Progress):
            return
        if event.task == "export":
            self.progress.setRange(0, max(event.total, 1))
            self.progress.setValue(event.done)
            text = self._stage_text(event.message)
            if text:
                self.stage_label.setText(text)
        elif event.task == "compare":
            if event.message == "float":
                self.stage_label.setText(self.tr("Timing the full model…"))
            elif event.message == "int8":
                self.stage_label.setText(self.tr("Timing the int8 model…"))
        elif event.task == "cache" and event.total:
            self.stage_label.setText(self.tr("Reading pictures… {done} of {total}").format(
                done=event.done, total=event.total))

    def _on_finished(self) -> None:
        self.progress.hide()
        self._update_state()

    def _on_cancelled(self) -> None:
        if self._job == "compare":
            self.stage_label.setText(self.tr("Comparison cancelled."))
            return
        self.stage_label.setText(self.tr("Export cancelled; nothing was written."))

    def _on_failed(self, error: BaseException) -> None:
        self.failed = True
        failed = (self.tr("The comparison failed.") if self._job == "compare"
                  else self.tr("The export failed."))
        if isinstance(error, LeptonError):
            message, _hint = problem_text(error.problem)
            self.stage_label.setText(failed)
            self.shell.show_problem(error)
            self.stage_label.setToolTip(message)
        else:
            self.stage_label.setText(failed)
            self.shell.tasks.report_failure(self._job, error)

    def show_report(self, report) -> None:
        """Show what an export wrote and how well it matches the app."""
        self.report = report
        self.stage_label.setText("")
        parity = report.parity
        ok = parity.passed
        self.result_title.setText(self.tr("Exported to {folder}").format(folder=report.out_dir))
        colour = PASS_COLOUR if ok else FAIL_COLOUR
        mark = "✔" if ok else "✖"
        if parity.source == "validation":
            checked = self.tr("Checked against Lepton Studio on %n validation picture(s):", "",
                              parity.images)
        else:
            checked = self.tr("Checked against Lepton Studio on %n generated picture(s) (the "
                              "validation pictures are not on this computer):", "", parity.images)
        agreement = self.tr("the same answer on {same} of {images}; the probabilities differ by "
                            "at most {diff} (allowed: {tolerance}).").format(
            same=parity.same_top1 + parity.ties, images=parity.images,
            diff=plain_number(parity.max_abs_diff, 2), tolerance=plain_number(parity.tolerance, 1))
        self.parity_label.setText(f"<span style='color:{colour};font-weight:bold'>{mark}</span> "
                                  f"{_escape(checked)} {_escape(agreement)}")
        quant = report.quantization
        if quant is not None:
            self.int8_verdict.setText(self.int8_verdict_text(quant))
            text = self.tr("int8 model: {small} instead of {large} ({ratio} of the size).").format(
                small=human_size(quant.int8_bytes), large=human_size(quant.float_bytes),
                ratio=f"{quant.size_ratio * 100:.0f}%")
            text += " " + self.tr("Same answer as the full model on {same} of {images} "
                                  "pictures.").format(same=quant.same_top1, images=quant.images)
            text += " " + self.int8_method_text(quant)
            self.quant_label.setText(text)
        self.int8_verdict.setVisible(quant is not None)
        self.quant_label.setVisible(quant is not None)
        self.files.clear()
        folder = Path(report.out_dir)
        for name in report.files:
            try:
                size = human_size((folder / name).stat().st_size)
            except OSError:
                size = ""
            self.files.addItem(f"{name}    {size}".rstrip())
        rows = max(1, self.files.count())
        self.files.setFixedHeight(min(rows, 10) * self.files.sizeHintForRow(0) + 8)
        notes = [w for w in report.warnings if w]
        self.notes.setText(self.tr("Notes from the exporter: {notes}").format(
            notes=" · ".join(notes[:3])) if notes else "")
        self.notes.setVisible(bool(notes))
        self.result_box.show()

    def int8_method_text(self, quant) -> str:
        """Which quantisation was used, and why when it was not the static one."""
        if quant.method == "static":
            return self.tr("Static int8, calibrated on {n} training pictures.").format(
                n=quant.calibration_images)
        if quant.fallback == "static_failed":
            return self.tr("Dynamic int8 (weights only): static int8 failed on this model, "
                           "so it is smaller but not faster (often slower).")
        return self.tr("Dynamic int8 (weights only): the training pictures are not on this "
                       "computer to calibrate static int8, so it is smaller but not faster "
                       "(often slower).")

    def int8_verdict_text(self, quant) -> str:
        """The measured accuracy change in bold, and which model predict.py runs."""
        if quant.accuracy_change is None:
            return _escape(self.tr(
                "The int8 model's accuracy could not be measured (no labelled pictures), so "
                "the full model stays the default; predict.py uses the int8 model only with "
                "--int8."))
        before, after = texts.percent(quant.float_accuracy), texts.percent(quant.int8_accuracy)
        change = f"{quant.accuracy_change * 100:+.1f}"
        if quant.split == "test":
            measured = self.tr("Accuracy with int8: {change} points ({before} before, {after} "
                               "after, on the test pictures).")
        else:
            measured = self.tr("Accuracy with int8: {change} points ({before} before, {after} "
                               "after, on the validation pictures).")
        measured = _escape(measured.format(change=change, before=before, after=after))
        if quant.loses_too_much:
            advice = self.tr("Warning: the int8 model loses more than 1 point. The full model "
                             "stays the default; predict.py uses the int8 model only with --int8.")
            return (f"<span style='color:{FAIL_COLOUR};font-weight:bold'>⚠ {measured}</span> "
                    f"<span style='color:{FAIL_COLOUR}'>{_escape(advice)}</span>")
        advice = self.tr("It loses at most 1 point, so it is the default; predict.py uses the "
                         "full model with --float.")
        return f"<b>{measured}</b> {_escape(advice)}"

    def open_folder(self) -> None:
        if self.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.report.out_dir))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
