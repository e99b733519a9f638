"""The base of every step page, and the placeholder used until a step is built.

A step page is a ``StepPage`` subclass with ``step_id`` set; ``pages/__init__.py`` maps
each step to its module and class. Pages are created the first time the user opens them
(start-up stays fast), get the ``Shell`` in their constructor, and are told when the open
project changes (``project_changed``) and when they are shown (``activated``).
Texts are built in ``retranslate()``, called from ``__init__`` and on ``LanguageChange``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from lepton_studio.gui.step_status import step_title

if TYPE_CHECKING:
    from lepton_studio.gui.shell import Shell


class StepPage(QWidget):
    """One step of the user's path (Data, Model, Train, Evaluate, Export)."""

    step_id = ""

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell

    @property
    def project(self):
        return self.shell.document.project

    def project_changed(self) -> None:
        """Another project (or none) is open now: rebuild from ``self.project``."""

    def content_changed(self) -> None:
        """Something in the open project changed (any step may have edited it)."""

    def activated(self) -> None:
        """The page has just been shown."""

    def can_leave(self) -> bool:
        """Return False to keep the user here (e.g. a half-finished form)."""
        return True

    def open_fix(self, fix) -> None:
        """Show the control that fixes a problem (``core.problem_steps.Fix.place``); the
        page is already shown. Pages without such places do nothing."""

    def retranslate(self) -> None:
        """Set every visible text; called from ``__init__`` and on ``LanguageChange``."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def heading_font(base: QFont, scale: float = 1.6) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(True)
    return font


class PlaceholderPage(StepPage):
    """A step a later version fills: says what will be here and shows the project's state.

    Subclasses give ``intro()``, ``coming()`` (a list of features) and ``summary()``
    (HTML about the current project); texts come back translated.
    """

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(shell, parent)
        self.title_label = QLabel()
        self.title_label.setFont(heading_font(self.font()))
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.coming_frame = QFrame()
        self.coming_frame.setObjectName("comingFrame")
        self.coming_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.coming_title = QLabel()
        self.coming_title.setFont(heading_font(self.font(), 1.1))
        self.coming_label = QLabel()
        self.coming_label.setWordWrap(True)
        self.coming_label.setTextFormat(Qt.TextFormat.RichText)
        frame_layout = QVBoxLayout(self.coming_frame)
        frame_layout.addWidget(self.coming_title)
        frame_layout.addWidget(self.coming_label)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.coming_frame)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def intro(self) -> str:
        return ""

    def coming(self) -> list[str]:
        return []

    def summary(self) -> str:
        return ""

    def retranslate(self) -> None:
        self.title_label.setText(step_title(self.step_id))
        self.intro_label.setText(self.intro())
        self.coming_title.setText(QCoreApplication.translate(
            "PlaceholderPage", "Coming in a later version"))
        items = "".join(f"<li>{text}</li>" for text in self.coming())
        self.coming_label.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        self.refresh_summary()

    def refresh_summary(self) -> None:
        text = self.summary() if self.project is not None else ""
        self.summary_label.setText(text)
        self.summary_label.setVisible(bool(text))

    def project_changed(self) -> None:
        self.refresh_summary()

    def content_changed(self) -> None:
        self.refresh_summary()

    def activated(self) -> None:
        self.refresh_summary()
