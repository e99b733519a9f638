"""A widget's subscription to the open project's events, ended with the widget.

Views subscribe to the ``Project`` (``core/project_events.py``) instead of being told by
whoever edited it. ``follow(project)`` moves the subscription to another project (or
none); when the owner is destroyed the subscription ends, so a closed page is never
called back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from lepton_studio.core.project import Project


class ProjectSubscription(QObject):
    """Delivers the followed project's events to ``listener`` while ``owner`` lives."""

    def __init__(self, owner: QObject, listener: Callable[[Any], None]) -> None:
        super().__init__(owner)
        self.project: Project | None = None
        self._listener = listener
        ends: list[Callable[[], None]] = []
        self._ends = ends
        # Not a method of self: it must run while the object is being destroyed.
        self.destroyed.connect(lambda *_args: [end() for end in ends] and ends.clear())

    def follow(self, project: Project | None) -> None:
        if project is self.project:
            return
        self.stop()
        self.project = project
        if project is not None:
            self._ends.append(project.subscribe(self._listener))

    def stop(self) -> None:
        while self._ends:
            self._ends.pop()()
        self.project = None
