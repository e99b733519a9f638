"""Open a folder in the system's file manager, or say where it is when there is none.

``QDesktopServices.openUrl`` returns False when no file manager is installed (a minimal
Linux desktop, a server with X forwarding): the user then gets the folder's path, ready
to copy, instead of a button that does nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def open_folder(folder: str | Path, parent: QWidget | None = None) -> bool:
    """Show ``folder``; False (after telling the user its path) when the system could not."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    tell_folder(folder, parent)
    return False


def tell_folder(folder: str | Path, parent: QWidget | None = None) -> QMessageBox:
    """The message shown instead: the path, selectable, and a button that copies it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("OpenFolder", "Cannot Open the Folder"))
    box.setText(QCoreApplication.translate(
        "OpenFolder", "No file manager could be started on this computer. The folder is here:"))
    box.setInformativeText(str(folder))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    copy = box.addButton(QCoreApplication.translate("OpenFolder", "Copy the Path"),
                         QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(folder)))
    box.addButton(QMessageBox.StandardButton.Close)
    show_box(box)
    return box


def show_box(box: QMessageBox) -> None:
    """Tests replace this to look at the box instead of waiting for a click."""
    box.exec()
