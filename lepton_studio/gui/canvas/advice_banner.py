"""The Model step's note on the model the pictures chose: what, why, and the way out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class AdviceBanner(QFrame):
    """Shows a ``ModelAdvice``; hidden when there is none."""

    useRequested = Signal(str)   # template id
    chooseRequested = Signal()   # show the templates
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelAdvice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.use_button = QPushButton()
        self.choose_button = QPushButton()
        self.close_button = QPushButton()
        self.use_button.clicked.connect(lambda: self.useRequested.emit(self._advice.template_id))
        self.choose_button.clicked.connect(self.chooseRequested)
        self.close_button.clicked.connect(self.dismissed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self._advice, self._in_use = None, True
        self.retranslate()
        self.set_advice(None)

    def set_advice(self, advice, in_use: bool = True) -> None:
        """``in_use``: the project's model is the recommended one now (else: offer it)."""
        self._advice, self._in_use = advice, in_use
        self.setVisible(advice is not None)
        self.retranslate()

    def retranslate(self) -> None:
        from lepton_studio.gui.model_advice import advice_text, template_name

        self.choose_button.setText(self.tr("Choose Another Template…"))
        self.close_button.setText(self.tr("Got It"))
        advice = self._advice
        if advice is None:
            return
        self.text.setText(advice_text(advice, self._in_use))
        self.use_button.setText(self.tr("Use “{name}”").format(
            name=template_name(advice.template_id)))
        self.use_button.setVisible(not self._in_use)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
