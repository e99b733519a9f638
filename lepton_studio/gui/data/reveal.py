"""Show a file's folder in the system's file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def folder_of(path: str | Path) -> Path:
    """The folder to open for ``path`` (itself when it is a folder; the nearest that exists)."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def reveal(path: str | Path) -> bool:
    """Open the folder holding ``path``; False when the system refused."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder_of(path))))


def open_file(path: str | Path) -> bool:
    """Open a picture in the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
