"""Wizard page 2: every picture is checked in the background, with progress and Stop.

The scan (``import_state.scan_source``) runs through the shell's task manager; this page
only shows its progress. When it ends the wizard moves on to the report by itself. Going
back, cancelling the wizard or pressing Stop cancels the scan.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from lepton_studio.core.problems import LeptonError
from lepton_studio.core.tasks import Progress
from lepton_studio.gui.errors import problem_text
from lepton_studio.gui.workers import Task

from .context import WizardContext, WizardPageBase
from .import_state import ImportState, ScanResult, scan_source


def _scan(state: ImportState):
    def work(token, emit) -> ScanResult:
        return scan_source(state, token, emit)
    return work


class ScanPage(WizardPageBase):
    IDLE, LISTING, SCANNING, DONE, STOPPED, FAILED = range(6)

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.task: Task | None = None
        self.phase = self.IDLE
        self.done_count = self.total = 0
        self.error_text = ""
        self.auto_advance = True
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.start)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addStretch(2)
        self.retranslate()

    # --- wizard hooks --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        self.start()

    def cleanupPage(self) -> None:  # noqa: N802
        self.stop()

    def isComplete(self) -> bool:  # noqa: N802
        return self.phase == self.DONE and self.state.result is not None

    # --- the scan ------------------------------------------------------------------------------
    def start(self) -> None:
        if self.task is not None:
            return
        from .responsiveness import spare_the_event_loop

        self.state.result = None
        self.phase, self.done_count, self.total, self.error_text = self.LISTING, 0, 0, ""
        spare_the_event_loop()
        self.task = self.context.tasks.run(
            _scan(self.state), on_success=self._on_done, on_event=self._on_event,
            on_failure=self._on_failed, on_cancelled=self._on_cancelled,
            on_finished=self._on_finished, name="scan", owner=self)
        self._update()

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_event(self, event) -> None:
        if isinstance(event, Progress) and event.task == "scan":
            self.phase = self.SCANNING
            self.done_count, self.total = event.done, event.total
            self._update()

    def _on_done(self, result: ScanResult) -> None:
        self.state.set_result(result)
        self.phase = self.DONE
        self.done_count = self.total = result.report.total
        self._update()
        self.completeChanged.emit()
        wizard = self.wizard()
        if self.auto_advance and wizard is not None and wizard.currentPage() is self:
            QTimer.singleShot(0, wizard.next)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, LeptonError):
            message, hint = problem_text(error.problem)
            self.error_text = f"{message} {hint}".strip()
            self.phase = self.FAILED
            self._update()
            return
        self.phase = self.FAILED
        self.error_text = ""
        self._update()
        self.context.tasks.report_failure("scan", error)

    def _on_cancelled(self) -> None:
        self.phase = self.STOPPED
        self._update()

    def _on_finished(self) -> None:
        self.task = None
        self._update()
        self.completeChanged.emit()

    # --- showing it ----------------------------------------------------------------------------
    def _update(self) -> None:
        locale = QLocale()
        running = self.task is not None and self.phase in (self.LISTING, self.SCANNING)
        self.stop_button.setVisible(running)
        self.again_button.setVisible(self.phase in (self.STOPPED, self.FAILED))
        self.bar.setVisible(self.phase != self.FAILED)
        if self.phase == self.LISTING:
            self.bar.setRange(0, 0)
            self.status.setText(self.tr("Looking for pictures…"))
        elif self.phase == self.SCANNING:
            self.bar.setRange(0, max(1, self.total))
            self.bar.setValue(self.done_count)
            self.status.setText(self.tr("Checking pictures: {done} of {total}").format(
                done=locale.toString(self.done_count), total=locale.toString(self.total)))
        elif self.phase == self.DONE:
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
            self.status.setText(self.tr("Checked %n file(s).", "", self.total))
        elif self.phase == self.STOPPED:
            self.bar.setRange(0, max(1, self.total))
            self.bar.setValue(self.done_count)
            self.status.setText(self.tr("The check was stopped. Go back to choose other "
                                        "pictures, or check again."))
        elif self.phase == self.FAILED:
            self.status.setText(self.error_text or self.tr("The pictures could not be checked."))
        else:
            self.status.setText("")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Checking the pictures"))
        self.setSubTitle(self.tr("Every file is opened once to find damaged files, copies and "
                                 "other problems. You can keep working meanwhile."))
        self.stop_button.setText(self.tr("Stop"))
        self.again_button.setText(self.tr("Check again"))
        self.note.setText(self.tr("Your files are only read, never changed."))
        self._update()
