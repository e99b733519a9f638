"""Finding bundled files (icons, the sample images) wherever the app was installed.

Looks in the package's own ``resources/`` first (a wheel or a frozen build copies them
there), then in the repository's top-level ``resources/`` (a source checkout).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parent.parent


def _roots() -> list[Path]:
    roots = [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.insert(0, Path(frozen) / "resources")
    return roots


def resource_path(*parts: str) -> Path | None:
    """The first existing ``resources/<parts>``, or None."""
    for root in _roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return None


def sample_dir() -> Path | None:
    """The folder of the bundled sample images (one sub-folder per class)."""
    return resource_path("sample", "images")


@functools.cache
def sample_picture_count() -> int:
    """How many pictures the bundled sample has (for the Start page's note)."""
    folder = sample_dir()
    return sum(1 for _ in folder.rglob("*.png")) if folder else 0


def app_icon() -> QIcon:
    path = resource_path("icons", "lepton-studio.svg")
    return QIcon(str(path)) if path else QIcon()
