"""After the first import of a "Let my pictures decide" project: pick the model, say why.

The New Project dialog no longer asks for an architecture before there is data. The
project starts with the default template; when its pictures arrive, ``ModelAdvisor``
asks the core rule (``core.model_choice``) and, when the rule picks another template,
replaces the model in one undoable step. The import wizard may have asked already (its
"Transfer learning" check box): a template it applied is kept when the rule agrees, and
a recommendation the user turned down there is only offered again, never forced.

What was decided stays in ``Document.model_advice`` for the Model step's banner.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from lepton_studio.core.model_choice import CONTEXT, ModelRecommendation, recommend_for_dataset
from lepton_studio.core.templates import DEFAULT_TEMPLATE, TEMPLATES, make_template


@dataclass(frozen=True)
class ModelAdvice:
    recommendation: ModelRecommendation
    applied: bool    # the model was replaced by the recommended template
    declined: bool   # the user kept another model in the import wizard

    @property
    def template_id(self) -> str:
        return self.recommendation.template_id


def template_name(template_id: str) -> str:
    return QCoreApplication.translate("Templates", TEMPLATES[template_id].name)


def reason_text(recommendation: ModelRecommendation) -> str:
    return QCoreApplication.translate(CONTEXT, recommendation.reason).format(
        **recommendation.values)


def advice_text(advice: ModelAdvice, in_use: bool) -> str:
    """The banner's sentence: what the pictures suggest (``in_use``: it is the model now)."""
    name = template_name(advice.template_id)
    if not in_use:
        head = QCoreApplication.translate(
            "ModelAdvice", "Recommended for your pictures: “{name}”.").format(name=name)
    else:
        head = QCoreApplication.translate(
            "ModelAdvice", "Chosen for your pictures: “{name}”.").format(name=name)
    return head + " " + reason_text(advice.recommendation)


def imported_template(stack) -> tuple[bool, str | None]:
    """(found, template_id) of the newest import on the undo stack."""
    from lepton_studio.gui.data.commands import ImportDatasetCommand

    for index in range(stack.index() - 1, -1, -1):
        command = stack.command(index)
        if isinstance(command, ImportDatasetCommand):
            return True, command.template_id
    return False, None


class ModelAdvisor(QObject):
    """Watches the document; acts once per "Let my pictures decide" project."""

    adviceChanged = Signal()

    def __init__(self, document, message=None, pretrained_installed: bool | None = None) -> None:
        super().__init__(document)
        self.document = document
        self.message = message  # callable(text) for the status bar, or None
        self.pretrained_installed = pretrained_installed  # None: look for the weights
        # After the change: an import's command is still being pushed when it notifies.
        document.changed.connect(lambda: QTimer.singleShot(0, self._follow))
        document.projectChanged.connect(self.adviceChanged)

    def _follow(self) -> None:
        document, project = self.document, self.document.project
        if not document.model_from_data or project is None:
            return
        dataset = project.dataset
        if dataset is None or not dataset.items:
            return
        document.model_from_data = False  # once: later imports leave the model alone
        recommendation = recommend_for_dataset(dataset, self.pretrained_installed)
        found, wizard_template = imported_template(document.undo_stack)
        current = wizard_template or DEFAULT_TEMPLATE
        declined = found and wizard_template is None and recommendation.template_id != current
        applied = False
        if recommendation.template_id != current and not declined:
            self.apply(recommendation.template_id)
            applied = True
        document.model_advice = ModelAdvice(recommendation, applied, declined)
        if self.message is not None:
            name = template_name(recommendation.template_id)
            self.message(QCoreApplication.translate(
                "ModelAdvice", "“{name}” is recommended for your pictures. The Model step says "
                "why.").format(name=name) if declined else QCoreApplication.translate(
                "ModelAdvice", "Model chosen for your pictures: “{name}”. The Model step says "
                "why.").format(name=name))
        self.adviceChanged.emit()

    def apply(self, template_id: str) -> None:
        """Replace the model by ``template_id`` sized for the data (one undo step)."""
        from lepton_studio.gui.canvas.commands import LoadGraphCommand

        project = self.document.project
        image = project.dataset.image
        graph = make_template(template_id, image.color, image.size,
                              max(2, len(project.dataset.class_names)))
        text = QCoreApplication.translate("ModelAdvice", "Use the model chosen for the pictures")
        self.document.undo_stack.push(LoadGraphCommand(project.graph, graph.to_dict(), text))
        self.adviceChanged.emit()

    def dismiss(self) -> None:
        self.document.model_advice = None
        self.adviceChanged.emit()
