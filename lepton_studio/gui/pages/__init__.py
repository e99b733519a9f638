"""Step pages: one module per step, created the first time the user opens the step.

To replace a placeholder, rewrite its module keeping the class name (or change the entry
below): a ``StepPage`` subclass (``pages/base.py``) taking ``(shell, parent=None)``. Page
modules must not import torch at module level (start-up, and the window must paint
before torch loads); import it inside the functions that need it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lepton_studio.gui.pages.base import StepPage
    from lepton_studio.gui.shell import Shell

# step id -> "module:Class"
PAGES: dict[str, str] = {
    "data": "lepton_studio.gui.pages.data_page:DataPage",
    "model": "lepton_studio.gui.pages.model_page:ModelPage",
    "train": "lepton_studio.gui.pages.train_page:TrainPage",
    "evaluate": "lepton_studio.gui.pages.evaluate_page:EvaluatePage",
    "export": "lepton_studio.gui.pages.export_page:ExportPage",
}


def page_class(step: str) -> type[StepPage]:
    module_name, class_name = PAGES[step].split(":")
    return getattr(importlib.import_module(module_name), class_name)


def create_page(step: str, shell: Shell) -> StepPage:
    return page_class(step)(shell)
