"""The guided first run: three callouts beside the side bar (add pictures → train → try it).

Shown once, at the first start; "Skip Tour" or "Done" remembers it in the settings
(``Settings.guide_done``), and Help → Show the Guided Tour brings it back. The callout is
a child of the main window drawn over the page, pointing at the step it talks about; it
follows the window when it is resized, and the window keeps working underneath.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lepton_studio.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Guide"
ARROW = 12      # how far the pointer sticks out to the left, in pixels
WIDTH = 340


@dataclass(frozen=True)
class GuideStep:
    step: str    # the side bar's step the callout points at
    title: str   # English, context CONTEXT
    text: str


STEPS = (
    GuideStep("data", QT_TRANSLATE_NOOP("Guide", "Add your pictures"), QT_TRANSLATE_NOOP(
        "Guide", "Create a project (File → New Project…) or open the sample. In the Data "
        "step, bring in a folder with one sub-folder of pictures per class.")),
    GuideStep("train", QT_TRANSLATE_NOOP("Guide", "Train"), QT_TRANSLATE_NOOP(
        "Guide", "In the Train step, press Start. The curves show how well the model learns; "
        "you can stop at any time and keep the best result.")),
    GuideStep("evaluate", QT_TRANSLATE_NOOP("Guide", "Try it"), QT_TRANSLATE_NOOP(
        "Guide", "In the Evaluate step, drop a picture on “Try it” to see what your model "
        "says, and look at the pictures it got wrong. Export then takes it to other programs.")),
)


class Callout(QFrame):
    """One bubble: "Step n of 3", a title, a sentence, Skip Tour and Next / Done."""

    nextRequested = Signal()
    skipRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("guideCallout")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.counter = QLabel()
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.skip_button = QPushButton()
        self.action_button = QPushButton()  # a shortcut to what the step asks (may be hidden)
        self.action_button.hide()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.skip_button.clicked.connect(self.skipRequested)
        self.next_button.clicked.connect(self.nextRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(ARROW + 14, 12, 14, 12)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setFixedWidth(WIDTH)
        self.pointer_y = 30.0  # where the pointer touches the step, in own coordinates
        for label in (self.counter, self.title, self.text):
            label.setForegroundRole(QPalette.ColorRole.ToolTipText)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = QRectF(self.rect()).adjusted(ARROW + 0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(body, 8, 8)
        tip = QPainterPath()
        y = min(max(self.pointer_y, 16.0), self.height() - 16.0)
        tip.moveTo(body.left() + 1, y - ARROW)
        tip.lineTo(0.5, y)
        tip.lineTo(body.left() + 1, y + ARROW)
        tip.closeSubpath()
        path = path.united(tip)
        palette = self.palette()
        painter.setBrush(palette.color(QPalette.ColorRole.ToolTipBase))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
        painter.drawPath(path)


class GuidedTour(QObject):
    """Runs the three callouts over ``window`` (which has ``step_bar`` and ``settings``).

    With ``new_project`` and ``document``, the first callout offers "New Project…"; the
    tour then waits, hidden, until the project has pictures and goes on with "Train".
    """

    finished = Signal()

    def __init__(self, window, settings, new_project=None, document=None) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.new_project, self.document = new_project, document
        self.index = -1
        self.waiting_for_pictures = False
        self.callout = Callout(window)
        self.callout.hide()
        self.callout.nextRequested.connect(self.next)
        self.callout.skipRequested.connect(self.skip)
        self.callout.action_button.clicked.connect(self._create_project)
        if document is not None:
            document.changed.connect(self._on_document_changed)
        window.installEventFilter(self)

    @property
    def running(self) -> bool:
        return self.index >= 0

    def start(self) -> None:
        self.index = 0
        self.waiting_for_pictures = False
        self._show()

    def start_if_first_run(self) -> bool:
        if self.settings.guide_done:
            return False
        self.start()
        return True

    def next(self) -> None:
        self.waiting_for_pictures = False
        if self.index + 1 >= len(STEPS):
            self._end()
            return
        self.index += 1
        self._show()

    def skip(self) -> None:
        self._end()

    def _create_project(self) -> None:
        """Step 1's shortcut: the New Project dialog; the tour resumes once pictures are in."""
        self.callout.hide()
        if self.new_project is not None and self.new_project():
            self.waiting_for_pictures = True
        else:
            self._show()

    def _on_document_changed(self) -> None:
        project = self.document.project if self.document is not None else None
        if (self.waiting_for_pictures and project is not None and project.dataset is not None
                and project.dataset.items):
            self.next()

    def _end(self) -> None:
        self.waiting_for_pictures = False
        self.index = -1
        self.callout.hide()
        self.settings.guide_done = True
        self.settings.sync()
        self.finished.emit()

    def retranslate(self) -> None:
        if self.running:
            self._fill()
            self._place()

    def _fill(self) -> None:
        step, last = STEPS[self.index], self.index == len(STEPS) - 1
        translate = QCoreApplication.translate
        callout = self.callout
        callout.counter.setText(QCoreApplication.translate("Guide", "Step {n} of {total}").format(
            n=self.index + 1, total=len(STEPS)))
        callout.title.setText(translate(CONTEXT, step.title))
        callout.text.setText(translate(CONTEXT, step.text))
        callout.skip_button.setText(QCoreApplication.translate("Guide", "Skip Tour"))
        callout.next_button.setText(QCoreApplication.translate("Guide", "Done") if last
                                    else QCoreApplication.translate("Guide", "Next"))
        callout.action_button.setText(QCoreApplication.translate("Guide", "New Project…"))
        offer_new = (self.index == 0 and self.new_project is not None and self.document is not None
                     and self.document.project is None)
        callout.action_button.setVisible(offer_new)

    def _show(self) -> None:
        self._fill()
        self.callout.adjustSize()
        self._place()
        self.callout.show()
        self.callout.raise_()
        self.callout.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self) -> None:
        """Beside the side bar's item of this step, inside the window."""
        bar = self.window.step_bar
        item_rect = bar.visualItemRect(bar.item_for(STEPS[self.index].step))
        anchor = bar.viewport().mapTo(self.window, QPoint(item_rect.right(),
                                                          item_rect.center().y()))
        height = self.callout.sizeHint().height()
        self.callout.resize(WIDTH, height)
        top = max(4, min(anchor.y() - 30, self.window.height() - height - 4))
        self.callout.move(anchor.x() + 2, top)
        self.callout.pointer_y = float(anchor.y() - top)
        self.callout.update()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.window and self.running and self.callout.isVisible() and event.type() in (
                QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.LanguageChange):
            if event.type() == QEvent.Type.LanguageChange:
                self._fill()
            self._place()
        return False
