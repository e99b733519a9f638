"""The main window: assembles the side bar, the pages, menus and status bar. Nothing else.

Project life cycle lives in ``document.py``, menus in ``actions.py``, step states in
``step_status.py``, each step in ``pages/``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent, QUndoGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QSplitter, QStackedWidget

from lepton_studio.gui import errors, pages
from lepton_studio.gui.about import HelpDialog, show_about
from lepton_studio.gui.actions import Actions
from lepton_studio.gui.document import Document, DocumentController, lepton_paths_from_mime
from lepton_studio.gui.guide import GuidedTour
from lepton_studio.gui.model_advice import ModelAdvisor
from lepton_studio.gui.new_project import NewProjectDialog
from lepton_studio.gui.pages.base import StepPage
from lepton_studio.gui.resources import app_icon
from lepton_studio.gui.settings import Settings
from lepton_studio.gui.shell import Shell
from lepton_studio.gui.status import StatusBar, probe_device
from lepton_studio.gui.step_status import STEPS, State, all_statuses
from lepton_studio.gui.steps import StepBar
from lepton_studio.gui.translations import LanguageManager
from lepton_studio.gui.welcome import WelcomePage
from lepton_studio.gui.workers import TaskManager

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    firstPainted = Signal()

    def __init__(self, settings: Settings, languages: LanguageManager,
                 probe: bool = True, recover: bool = True, guide: bool | None = None) -> None:
        """``recover`` and ``guide`` are the start-up prompts (crash recovery, the guided
        first run); ``guide`` follows ``recover`` unless given (tests turn both off)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.settings, self.languages = settings, languages
        self._probe, self._recover, self._painted = probe, recover, False
        self._guide_at_start = recover if guide is None else guide

        self.tasks = TaskManager(self, dialog_parent=self)
        self.undo_group = QUndoGroup(self)
        self.document = Document(self)
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        self.controller = DocumentController(self.document, settings, self)
        self.model_advisor = ModelAdvisor(self.document,
                                          lambda text: self.status.showMessage(text, 10000))
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.actions_ = Actions(self, self.undo_group)
        self.shell = Shell(self, settings, self.document, self.controller, self.tasks,
                           self.undo_group, self.status, self.refresh_steps, self.go_to,
                           self.open_fix, model_advisor=self.model_advisor)

        self.step_bar = StepBar()
        self.welcome = WelcomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.pages: dict[str, StepPage] = {}
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.step_bar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        self._connect()
        self.refresh_recent()
        self._on_project_changed()
        self._update_title()
        self.restore_layout()
        self.guide = GuidedTour(self, settings, self.new_project, self.document)

    def _connect(self) -> None:
        a, c, w = self.actions_, self.controller, self.welcome
        a.new.triggered.connect(self.new_project)
        a.open.triggered.connect(c.open_dialog)
        a.open_sample.triggered.connect(c.open_sample)
        a.save.triggered.connect(c.save)
        a.save_as.triggered.connect(c.save_as)
        a.close.triggered.connect(c.close_project)
        a.export_job.triggered.connect(self.export_training_job)
        a.quit.triggered.connect(self.close)
        a.preferences.triggered.connect(self.open_preferences)
        a.help.triggered.connect(lambda: HelpDialog(self).exec())
        a.show_logs.triggered.connect(errors.show_log_folder)
        a.guide.triggered.connect(lambda: self.guide.start())
        a.about.triggered.connect(lambda: show_about(self))
        a.about_qt.triggered.connect(QApplication.aboutQt)
        a.clear_recent.triggered.connect(self.clear_recent)
        a.recentChosen.connect(c.open_path)
        a.stepChosen.connect(self.go_to)
        w.newRequested.connect(self.new_project)
        w.openRequested.connect(c.open_dialog)
        w.sampleRequested.connect(c.open_sample)
        w.recentRequested.connect(c.open_path)
        w.clearRecentRequested.connect(self.clear_recent)
        w.continueRequested.connect(self.continue_project)
        self.step_bar.stepSelected.connect(self._show_step)
        self.document.projectChanged.connect(self._on_project_changed)
        self.document.changed.connect(self._on_content_changed)
        self.document.modifiedChanged.connect(self._update_title)
        self.document.pathChanged.connect(self._update_title)
        c.recentChanged.connect(self.refresh_recent)
        c.message.connect(lambda text: self.status.showMessage(text, 6000))
        c.autosaved.connect(self.status.set_autosaved)
        self.status.trainingClicked.connect(lambda: self.go_to("train"))

    # --- navigation -----------------------------------------------------------------------
    def go_to(self, step: str) -> None:
        self.step_bar.select_step(step)

    def open_fix(self, fix) -> None:
        """Where a problem is fixed: its step, then the control there (e.g. the Data
        step's picture size, for a pretrained backbone's advice)."""
        if self.document.project is None:
            return
        self.go_to(fix.step)
        if self.step_bar.current_step() == fix.step:
            self.page(fix.step).open_fix(fix)

    def export_training_job(self) -> None:
        """File > Export Training Job…: the Train step does it (and says why it cannot)."""
        if self.document.project is not None:
            self.go_to("train")
            self.page("train").export_job()

    def continue_project(self) -> None:
        """Go to the first step that is not done yet (or Export when all are)."""
        statuses = all_statuses(self.document.project)
        self.go_to(next((s for s in STEPS if statuses[s].state != State.DONE), STEPS[-1]))

    def page(self, step: str) -> StepPage:
        """The page of ``step``, created on first use."""
        if step not in self.pages:
            page = pages.create_page(step, self.shell)
            self.pages[step] = page
            self.stack.addWidget(page)
        return self.pages[step]

    def _show_step(self, step: str) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, StepPage) and current.step_id != step and not current.can_leave():
            self.step_bar.blockSignals(True)
            self.step_bar.select_step(current.step_id)
            self.step_bar.blockSignals(False)
            return
        if step == "start":
            self.stack.setCurrentWidget(self.welcome)
            return
        page = self.page(step)
        self.stack.setCurrentWidget(page)
        page.activated()

    # --- reacting to the document -----------------------------------------------------------
    def _on_project_changed(self) -> None:
        has = self.document.project is not None
        self.actions_.set_has_project(has)
        self.welcome.set_current_project(self.document.display_name())
        for page in self.pages.values():
            page.project_changed()
        self.refresh_steps()
        self._update_title()
        if has and self.step_bar.current_step() == "start":
            self.continue_project()
        elif not has:
            self.go_to("start")

    def _on_content_changed(self) -> None:
        for page in self.pages.values():
            page.content_changed()
        self.refresh_steps()

    def refresh_steps(self) -> None:
        project = self.document.project
        try:
            statuses = all_statuses(project)
        except Exception:  # noqa: BLE001 - a broken check must not break the window
            log.exception("step status failed")
            return
        self.step_bar.set_statuses(statuses, project is not None)

    def _update_title(self, *_args) -> None:
        name = self.document.display_name()
        app = QApplication.applicationDisplayName() or "Lepton Studio"
        self.setWindowTitle(f"{name}[*] — {app}" if name else app)
        if name:
            self.setWindowModified(self.document.is_modified)
        self.setWindowFilePath(str(self.document.path) if self.document.path else "")
        self.status.set_project_state(self.document.project is not None, self.document.is_modified,
                                      saved=self.document.path is not None)

    def refresh_recent(self) -> None:
        files = self.settings.recent_files()
        self.actions_.set_recent_files(files)
        self.welcome.set_recent_files(files)

    def clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self.refresh_recent()

    # --- dialogs ---------------------------------------------------------------------------
    def new_project(self) -> bool:
        dialog = NewProjectDialog(self)
        if dialog.exec() != NewProjectDialog.DialogCode.Accepted:
            return False
        return self.controller.new_project(dialog.project_name(), dialog.template_id(),
                                           model_from_data=dialog.model_from_data())

    def open_preferences(self) -> None:
        from lepton_studio.gui.preferences import PreferencesDialog
        from lepton_studio.gui.theme import apply_theme

        dialog = PreferencesDialog(self.settings, self.tasks, self)
        dialog.languageChanged.connect(self.languages.set_language)
        dialog.themeChanged.connect(lambda theme: apply_theme(QApplication.instance(), theme))
        dialog.autosaveChanged.connect(lambda _m: self.controller.apply_autosave_interval())
        dialog.exec()
        dialog.deleteLater()

    # --- window events ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.actions_.retranslate()  # a QObject: no LanguageChange event of its own
        self._update_title()
        self.refresh_steps()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.firstPainted.emit()
        if self._probe:
            self.tasks.run(probe_device, on_success=self.status.set_device,
                           on_failure=lambda exc: self.status.set_device({"error": str(exc)}),
                           name="_device_probe")
        if self._recover:
            self.controller.offer_recovery()
        if self._guide_at_start:
            self.guide.start_if_first_run()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if lepton_paths_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = lepton_paths_from_mime(event.mimeData())
        if files:
            event.acceptProposedAction()
            # Open after the drop returns: dialogs inside a drop handler upset some platforms.
            QTimer.singleShot(0, lambda: self.controller.open_path(files[0]))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.controller.release_work():  # e.g. training: asks, stops, keeps results
            event.ignore()
            return
        if self.tasks.running(include_background=False):
            answer = QMessageBox.question(
                self, self.tr("Work in progress"),
                self.tr("Lepton Studio is still working. Stop the work and quit?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if not self.controller.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.tasks.shutdown()
        self.controller.shutdown()
        event.accept()

    def restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.q.value("window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([self.step_bar.sizeHint().width(), 1000])

    def save_layout(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.q.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
