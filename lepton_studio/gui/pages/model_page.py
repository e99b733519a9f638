"""Model step: the layer canvas, editing the open project's graph.

The page hands the canvas the project's graph and the document's undo stack (the
window's Edit → Undo/Redo act on it), and keeps the canvas told about the dataset: the
templates are sized for it, and the input and output blocks follow its image size,
colours and class count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from lepton_studio.core.graph import Graph
from lepton_studio.gui.canvas.advice_banner import AdviceBanner
from lepton_studio.gui.canvas.editor import CanvasEditor, DatasetFacts
from lepton_studio.gui.pages.base import StepPage

if TYPE_CHECKING:
    from lepton_studio.gui.shell import Shell

def dataset_facts(project) -> DatasetFacts | None:
    dataset = project.dataset if project is not None else None
    if dataset is None or not dataset.class_names:
        return None
    return DatasetFacts(tuple(dataset.class_names), int(dataset.image.size),
                        str(dataset.image.color),
                        any(not item.excluded for item in dataset.items))


class ModelPage(StepPage):
    step_id = "model"

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.editor = CanvasEditor(Graph(), shell.document.undo_stack)
        self.editor.trainRequested.connect(lambda: shell.go_to("train"))
        self.editor.fixRequested.connect(lambda fix: shell.open_fix(fix))
        self.no_project = QLabel()
        self.no_project.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_project.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.no_project)
        self.pages.addWidget(self.editor)
        self.advice = AdviceBanner()
        self.advice.useRequested.connect(self._use_advice)
        self.advice.chooseRequested.connect(self._choose_template)
        self.advice.dismissed.connect(self._dismiss_advice)
        if shell.model_advisor is not None:
            shell.model_advisor.adviceChanged.connect(self._show_advice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.advice)
        layout.addWidget(self.pages)
        self._facts: DatasetFacts | None = None
        self.retranslate()
        self.project_changed()

    def retranslate(self) -> None:
        self.no_project.setText(self.tr("Open or create a project to design its model."))

    # --- the shell's calls ---------------------------------------------------------------
    def project_changed(self) -> None:
        project = self.project
        self.pages.setCurrentWidget(self.editor if project is not None else self.no_project)
        self.editor.set_graph(project.graph if project is not None else Graph())
        self._facts = None
        self._follow_project(force=True)
        self._show_advice()

    def content_changed(self) -> None:
        project = self.project
        if project is not None and project.graph is not self.editor.graph:
            self.editor.set_graph(project.graph)  # replaced outside the canvas
        self._follow_project()
        if self.shell.document.model_advice is not None:
            self._show_advice()

    def activated(self) -> None:
        self._follow_project()
        self.editor.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the model the pictures chose (gui/model_advice.py) ---------------------------------
    def _show_advice(self) -> None:
        """The banner follows the model: after Undo it offers the recommendation again."""
        from lepton_studio.core.templates import template_of

        project, advice = self.project, self.shell.document.model_advice
        if project is None or advice is None or project.dataset is None:
            self.advice.set_advice(None)
            return
        self.advice.set_advice(advice, template_of(project.graph) == advice.template_id)

    def _use_advice(self, template_id: str) -> None:
        if self.shell.model_advisor is not None:
            self.shell.model_advisor.apply(template_id)

    def _choose_template(self) -> None:
        button = self.editor.template_button
        self.editor.template_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _dismiss_advice(self) -> None:
        if self.shell.model_advisor is not None:
            self.shell.model_advisor.dismiss()
        else:
            self.advice.set_advice(None)

    def _follow_project(self, force: bool = False) -> None:
        """Tell the canvas about the dataset; when it changed, make the model follow it."""
        project = self.project
        if project is None:
            self.editor.set_dataset(None)
            return
        self.editor.set_batch_size(int(getattr(project.training, "batch_size", 32) or 32))
        facts = dataset_facts(project)
        if facts == self._facts and not force:
            return
        self._facts = facts
        self.editor.set_dataset(facts)
        if facts is not None:
            self.editor.follow_dataset()
