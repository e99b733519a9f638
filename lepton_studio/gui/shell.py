"""What the window hands to each step page: the services a page may use.

Pages never reach for a global application object; they get a ``Shell`` in their
constructor (DESIGN.md: "pass it in").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from lepton_studio.core.problem_steps import Fix
    from lepton_studio.core.problems import LeptonError, Problem
    from lepton_studio.gui.document import Document, DocumentController
    from lepton_studio.gui.settings import Settings
    from lepton_studio.gui.status import StatusBar
    from lepton_studio.gui.workers import TaskManager


@dataclass
class Shell:
    """Services of the main window, passed to every step page.

    - ``document.project``: the open ``Project`` (or None); ``document.mark_modified()``
      after an edit made outside the undo stack; ``document.undo_stack.push(command)``
      for undoable edits (the window's Undo/Redo act on it).
    - ``tasks.run(fn, on_success=..., on_event=...)``: background work (``workers.py``).
    - ``refresh_steps()``: recompute the side bar after an edit (done automatically on
      ``document.changed``).
    - ``go_to(step)``: show another step ("start", "data", "model", ...).
    - ``open_fix(fix)``: show the step and the control where a problem is fixed
      (``core/problem_steps.problem_fix``).
    - ``show_problem(problem)``: a translated message box for a core ``Problem``.
    """

    window: QMainWindow
    settings: Settings
    document: Document
    controller: DocumentController
    tasks: TaskManager
    undo_group: QUndoGroup
    status: StatusBar
    refresh_steps: Callable[[], None] = field(default=lambda: None)
    go_to: Callable[[str], None] = field(default=lambda step: None)
    open_fix: Callable[[Fix], None] = field(default=lambda fix: None)
    model_advisor: Any = None  # gui/model_advice.ModelAdvisor of the window, if any

    def show_problem(self, problem: Problem | LeptonError) -> None:
        from lepton_studio.gui.errors import show_problem

        show_problem(self.window, problem)
