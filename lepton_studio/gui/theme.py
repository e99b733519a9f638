"""System / light / dark appearance.

"system" keeps the platform's own style and palette (as found at start-up); "light" and
"dark" use Fusion with an explicit palette, which looks the same on every OS. The colour
scheme hint is set too, so native parts (title bars on Windows 11, ...) follow.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_original: tuple[str, QPalette] | None = None


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(37, 38, 41), QColor(49, 51, 55), QColor(230, 230, 230)
    disabled = QColor(128, 128, 128)
    accent = QColor(66, 133, 244)
    role = QPalette.ColorRole
    for r, colour in ((role.Window, window), (role.WindowText, text), (role.Base, base),
                      (role.AlternateBase, window), (role.ToolTipBase, window),
                      (role.ToolTipText, text), (role.PlaceholderText, disabled),
                      (role.Text, text), (role.Button, window), (role.ButtonText, text),
                      (role.BrightText, QColor(255, 90, 90)), (role.Link, QColor(110, 168, 254)),
                      (role.Highlight, accent), (role.HighlightedText, QColor(255, 255, 255)),
                      (role.Light, QColor(70, 72, 77)), (role.Midlight, QColor(60, 62, 66)),
                      (role.Mid, QColor(45, 46, 50)), (role.Dark, QColor(25, 26, 28)),
                      (role.Shadow, QColor(0, 0, 0))):
        palette.setColor(r, colour)
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to ``theme`` ("system", "light" or "dark")."""
    global _original
    if _original is None:
        _original = (app.style().name(), QPalette(app.palette()))
    hints = app.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    if theme == "dark":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_dark_palette())
    elif theme == "light":
        style = QStyleFactory.create("Fusion")
        app.setStyle(style)
        app.setPalette(style.standardPalette())
    else:
        name, palette = _original
        app.setStyle(QStyleFactory.create(name) or QStyleFactory.create("Fusion"))
        app.setPalette(palette)


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
