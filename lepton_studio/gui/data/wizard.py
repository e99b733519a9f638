"""The import wizard: source → check → report → split → size → variations → summary.

A ``QWizard`` shown inside the Data step (not as a separate window). Its pages share one
``ImportState``; when the user presses "Add to project" the wizard emits ``imported``
with it, and the Data step turns it into an undoable edit of the project.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from .augment_page import AugmentPage
from .context import WizardContext
from .finish_page import FinishPage
from .image_page import ImagePage
from .report_page import ReportPage
from .scan_page import ScanPage
from .source_page import SourcePage
from .split_page import SplitPage

SOURCE, SCAN, REPORT, SPLIT, IMAGE, AUGMENT, FINISH = range(7)


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportState
    closed = Signal()          # cancelled or finished: the Data step hides the wizard

    def __init__(self, context: WizardContext, parent: QWidget | None = None,
                 embedded: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        if embedded:
            self.setWindowFlags(Qt.WindowType.Widget)
        self.context = context
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.source_page = SourcePage(context)
        self.scan_page = ScanPage(context)
        self.report_page = ReportPage(context)
        self.split_page = SplitPage(context)
        self.image_page = ImagePage(context)
        self.augment_page = AugmentPage(context)
        self.finish_page = FinishPage(context)
        for page_id, page in ((SOURCE, self.source_page), (SCAN, self.scan_page),
                              (REPORT, self.report_page), (SPLIT, self.split_page),
                              (IMAGE, self.image_page), (AUGMENT, self.augment_page),
                              (FINISH, self.finish_page)):
            self.setPage(page_id, page)
        self.setStartId(SOURCE)
        self.finished.connect(self._on_finished)
        self.retranslate()

    @property
    def state(self):
        return self.context.state

    def stop_work(self) -> None:
        """Cancel the wizard's background work (scan, previews)."""
        self.scan_page.stop()
        self.augment_page.cleanupPage()

    def reject(self) -> None:
        self.stop_work()
        super().reject()

    def accept(self) -> None:
        if self.state.result is None or self.state.blocking_problems():
            return
        self.imported.emit(self.state)
        super().accept()

    def _on_finished(self, _result: int) -> None:
        self.closed.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import pictures"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Add to project"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
