"""A problem shown inside the page: what went wrong, what to do, and a button that does it.

Training problems (the loss became NaN, memory ran out, the model or the data is not
ready) are not modal dialogs: the page stays usable and the message stays visible until
the next run starts or the user closes it. Texts come from ``errors.problem_text`` (the
problem's translated message and hint).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.problems import Problem
from lepton_studio.gui.errors import problem_text


class ProblemBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#problemBanner { border: 1px solid #d9822b; border-radius: 4px; }")
        self.problem: Problem | None = None
        self._action: Callable[[], None] | None = None
        self._action_text: Callable[[], str] | None = None
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) * 2
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setObjectName("problemMessage")
        font = QFont(self.font())
        font.setBold(True)
        self.message.setFont(font)
        self.message.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("problemHint")
        self.hint.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.setObjectName("problemAction")
        self.action_button.clicked.connect(self._run_action)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setText("×")
        self.close_button.clicked.connect(self.clear)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.message)
        texts.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 4, 6)
        row.addWidget(icon)
        row.addLayout(texts, 1)
        row.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)
        self.retranslate()

    def show_problem(self, problem: Problem, action_text: Callable[[], str] | None = None,
                     action: Callable[[], None] | None = None) -> None:
        """Show ``problem``; ``action_text()`` (translated on each call) labels a button
        that runs ``action`` and closes the banner."""
        self.problem, self._action, self._action_text = problem, action, action_text
        self.retranslate()
        self.setVisible(True)

    def clear(self) -> None:
        self.problem, self._action, self._action_text = None, None, None
        self.setVisible(False)

    def _run_action(self) -> None:
        action = self._action
        self.clear()
        if action is not None:
            action()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Close this message"))
        if self.problem is None:
            return
        message, hint = problem_text(self.problem)
        self.message.setText(message)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        has_action = self._action is not None and self._action_text is not None
        self.action_button.setVisible(has_action)
        if has_action:
            self.action_button.setText(self._action_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
