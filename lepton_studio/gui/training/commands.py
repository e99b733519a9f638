"""Undoable edits of the training settings, pushed on the document's undo stack.

The Train step's form, the problem banner's cures ("Use Learning Rate 0.001") and
"Restore Defaults" all change the settings through these commands, so Edit → Undo takes
each back; the form redraws from the project's ``TrainingChanged`` event.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from lepton_studio.core import project_edits
from lepton_studio.core import settings_schema as schema
from lepton_studio.core.project import Project
from lepton_studio.gui.undo import RevertibleCommand


def setting_command(project: Project, name: str, value: Any) -> RevertibleCommand:
    """One setting; successive edits of the same setting merge into one undo step.

    An impossible value raises ``bad_setting`` here, before anything is pushed, so the
    caller can say why (the project refuses it too, and the step is then dropped).
    """
    setting = schema.spec(name)
    if setting.reason(value) is not None:
        raise setting.error(value)
    return RevertibleCommand(
        QCoreApplication.translate("TrainingCommands", "Change a training setting"),
        lambda: project_edits.change_training(project, **{name: value}),
        merge_key=f"training.{name}")


def defaults_command(project: Project) -> RevertibleCommand:
    return RevertibleCommand(
        QCoreApplication.translate("TrainingCommands", "Restore default training settings"),
        lambda: project_edits.restore_default_training(project))
