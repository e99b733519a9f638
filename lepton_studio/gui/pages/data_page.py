"""Data step: start an import, run the import wizard, then browse and edit the pictures.

Three views in a stack: ``EmptyDataView`` (no pictures yet), the ``ImportWizard`` (shown
inside the page), and the ``DataBrowser`` (classes and gallery). The wizard's result
becomes an undoable ``ImportDatasetCommand``; afterwards the image cache fills in the
background. Everything else lives in ``lepton_studio.gui.data``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from lepton_studio.gui.data import import_state as S
from lepton_studio.gui.data.browser import DataBrowser
from lepton_studio.gui.data.cache_fill import CacheFiller
from lepton_studio.gui.data.commands import ImportDatasetCommand
from lepton_studio.gui.data.context import WizardContext
from lepton_studio.gui.data.empty_view import EmptyDataView
from lepton_studio.gui.data.thumbnails import ThumbnailService
from lepton_studio.gui.data.wizard import ImportWizard
from lepton_studio.gui.pages.base import StepPage

if TYPE_CHECKING:
    from lepton_studio.gui.shell import Shell


class DataPage(StepPage):
    step_id = "data"

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.thumbnails = ThumbnailService(shell.tasks, parent=self)
        self.filler = CacheFiller(shell.tasks, self)
        self.empty = EmptyDataView()
        self.empty.importRequested.connect(self.start_import)
        self.browser = DataBrowser(shell, self.thumbnails, self.filler)
        self.browser.reimportRequested.connect(self.import_again)
        self.wizard: ImportWizard | None = None
        self.adding = False  # a finished wizard's dataset is being built
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.browser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._shown_project = None
        self.project_changed()

    # --- the three views -----------------------------------------------------------------------
    def _show_current(self) -> None:
        if self.wizard is not None:
            self.stack.setCurrentWidget(self.wizard)
            return
        project = self.project
        if project is not None and (project.dataset is not None or self.adding):
            self.stack.setCurrentWidget(self.browser)
        else:
            self.empty.set_enabled_for_project(project is not None)
            self.stack.setCurrentWidget(self.empty)

    def start_import(self, kind: str = S.FOLDER, path: str = "") -> ImportWizard | None:
        """Show the wizard (a fresh one), with ``kind`` chosen and ``path`` filled in."""
        if self.project is None:
            return None
        self.close_wizard()
        state = S.ImportState(kind=kind)
        state.mirror, state.turn = self.project.training.mirror, self.project.training.turn
        dataset = self.project.dataset
        if dataset is not None:
            state.augment = self.project.training.augment
            state.ratios = tuple(dataset.split_ratios)
            state.seed = dataset.split_seed
            if kind == S.FOLDER and dataset.source == "folder" and not path:
                state.folder = dataset.root
        if kind == S.FOLDER and path:
            state.folder = path
        elif kind == S.CSV and path:
            state.csv_path = path
        context = WizardContext(state, self.shell.tasks, self.thumbnails, self.project)
        wizard = ImportWizard(context)
        wizard.imported.connect(self.apply_import)
        wizard.closed.connect(self.close_wizard)
        self.wizard = wizard
        self.stack.addWidget(wizard)
        self.stack.setCurrentWidget(wizard)
        wizard.restart()
        return wizard

    def import_again(self) -> ImportWizard | None:
        """The wizard again, starting from how the current pictures were imported."""
        dataset = self.project.dataset if self.project is not None else None
        source = dataset.source if dataset is not None else S.FOLDER
        return self.start_import(source if source in S.SOURCES else S.FOLDER)

    def close_wizard(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.stop_work()
            self.stack.removeWidget(wizard)
            wizard.deleteLater()
        self._show_current()

    def apply_import(self, state: S.ImportState) -> None:
        """The wizard's decisions become the project's dataset (one undoable step).

        The dataset is built on a worker (tens of thousands of items take a moment).
        """
        project = self.project
        if project is None or state.result is None:
            return
        self.adding = True
        self.browser.show_busy(self.tr("Adding the pictures to the project…"))

        def done(dataset) -> None:
            self.adding = False
            if self.project is not project:
                return
            template = S.TRANSFER_TEMPLATE if state.use_transfer else None
            self.shell.document.undo_stack.push(ImportDatasetCommand(
                project, dataset, state.augment, template, (state.mirror, state.turn)))
            self.browser.start_cache_fill()
            self._show_current()

        def failed(error: BaseException) -> None:
            self.adding = False
            self._show_current()
            self.shell.tasks.report_failure("add pictures", error)

        self.shell.tasks.run(lambda _token, _emit: S.build_dataset(state), on_success=done,
                             on_failure=failed, name="add pictures", owner=self)

    # --- shell hooks ---------------------------------------------------------------------------
    def project_changed(self) -> None:
        if self.project is not self._shown_project:
            self.filler.stop()
            self.thumbnails.stop()
            self._shown_project = self.project
            if self.wizard is not None:
                self.close_wizard()
        self.browser.show_dataset()
        self._show_current()

    def content_changed(self) -> None:
        project = self.project
        if project is not None and project.dataset is not self.browser._dataset:
            self.browser.show_dataset()
        self._show_current()

    def activated(self) -> None:
        self._show_current()

    def open_fix(self, fix) -> None:
        from lepton_studio.core.problem_steps import IMAGE_SETTINGS

        if fix.place == IMAGE_SETTINGS and self.wizard is None and self.project is not None \
                and self.project.dataset is not None:
            self.browser.ask_image_settings(fix.values.get("size"))

    def retranslate(self) -> None:
        """Each view retranslates itself on the language change event."""
