"""Help and About: short texts in the user's language (no network, no browser needed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget


def show_about(parent: QWidget | None) -> None:
    from lepton_studio import __version__

    summary = QCoreApplication.translate(
        "About", "Build, train, check and export image classifiers without programming.")
    credits = QCoreApplication.translate(
        "About", "Made with PySide6 (Qt) and PyTorch. Licensed under the Apache License 2.0.")
    text = f"<h3>Lepton Studio {__version__}</h3><p>{summary}</p><p>{credits}</p>"
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Lepton Studio"), text)


class HelpDialog(QDialog):
    """A one-page guide to the five steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lepton Studio Help"))
        label = QLabel(self._html())
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.resize(560, 460)

    def _html(self) -> str:
        steps = [
            (self.tr("Data"), self.tr("Add your pictures: a folder with one sub-folder per "
                                      "class is the quickest way.")),
            (self.tr("Model"), self.tr("Start from a template, or wire blocks together. Red "
                                       "blocks tell you what is wrong.")),
            (self.tr("Train"), self.tr("Press Start and watch the accuracy grow. You can keep "
                                       "working meanwhile.")),
            (self.tr("Evaluate"), self.tr("See which pictures the model gets wrong, and why.")),
            (self.tr("Export"), self.tr("Save the model as a file other programs can use.")),
        ]
        items = "".join(f"<li><b>{name}</b>: {text}</li>" for name, text in steps)
        intro = self.tr("Work through the steps on the left, top to bottom. A tick means a "
                        "step is done; an exclamation mark means it needs your attention.")
        tip = self.tr("Not sure where to begin? Open the sample project from the Start page.")
        return f"<p>{intro}</p><ol>{items}</ol><p>{tip}</p>"
