"""What every wizard page gets: the shared state and the services it may use."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizardPage

from .import_state import ImportState

if TYPE_CHECKING:
    from lepton_studio.core.project import Project
    from lepton_studio.gui.workers import TaskManager

    from .thumbnails import ThumbnailService


@dataclass
class WizardContext:
    state: ImportState
    tasks: TaskManager
    thumbnails: ThumbnailService
    project: Project | None = None


class WizardPageBase(QWizardPage):
    """A wizard page that rebuilds its texts on a language change.

    Subclasses set every visible text in ``retranslate()`` (with their own ``self.tr``,
    never strings written here: ``tr`` takes its context from the runtime class).
    """

    def __init__(self, context: WizardContext) -> None:
        super().__init__()
        self.context = context

    @property
    def state(self) -> ImportState:
        return self.context.state

    def retranslate(self) -> None:
        """Set every visible text (called from ``__init__`` and on a language change)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
