"""Application set-up: names, icon, logging, error hook, language, theme, then the window.

Nothing here imports torch: the window paints first, and the device is found afterwards
on a worker thread.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from lepton_studio import __version__

APP_NAME = "Lepton Studio"
ORGANISATION = "Lepton"
# Benchmarks and tests: print "first-paint <torch loaded>" at the first paint, then quit.
EXIT_AFTER_PAINT_ENV = "LEPTON_STUDIO_EXIT_AFTER_PAINT"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names and icon (reuses an existing one, e.g. in tests)."""
    from lepton_studio.gui.pyside_workarounds import protect_none
    from lepton_studio.gui.resources import app_icon

    protect_none()  # PySide6 6.12 + CPython 3.11 refcount bug: see pyside_workarounds.py

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("lepton-studio")
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(app_icon())
    from lepton_studio.gui import gc_guard

    gc_guard.install(app)  # Qt objects must never be freed by a worker's garbage collection
    return app


def _early_translate():
    """Translate with the system language's catalogue before any QApplication exists."""
    from PySide6.QtCore import QLocale, QTranslator

    from lepton_studio.gui.translations import BASENAME, QM_DIR

    translator = QTranslator()
    if not translator.load(QLocale.system(), BASENAME, "_", str(QM_DIR)):
        return lambda _context, text: text
    return lambda context, text: translator.translate(context, text) or text


def warn_missing_system_libraries() -> None:
    """On Linux/X11, say in plain words which packages Qt's window plugin lacks (then go on)."""
    from lepton_studio import system_libraries

    if not system_libraries.will_use_xcb():
        return
    try:
        system_libraries.check_before_window(translate=_early_translate())
    except Exception:  # noqa: BLE001 - a failed check must never stop the app
        logging.getLogger(__name__).exception("system library check failed")


def build_window(app: QApplication, probe: bool = True, recover: bool = True):
    """Settings, language, theme and the main window (not shown yet)."""
    from lepton_studio.gui.main_window import MainWindow
    from lepton_studio.gui.settings import Settings
    from lepton_studio.gui.theme import apply_theme
    from lepton_studio.gui.translations import LanguageManager

    settings = Settings.open()
    languages = LanguageManager()
    languages.set_language(settings.language)
    if settings.theme != "system":
        apply_theme(app, settings.theme)
    window = MainWindow(settings, languages, probe=probe, recover=recover)
    app.aboutToQuit.connect(window.tasks.shutdown)
    return window


def run(path: str | os.PathLike[str] | None = None) -> int:
    """Open the window (and ``path`` when given); returns the exit code."""
    from lepton_studio.core.logs import setup_logging
    from lepton_studio.gui import errors

    exit_after_paint = os.environ.get(EXIT_AFTER_PAINT_ENV) == "1"
    warn_missing_system_libraries()
    app = create_application()
    setup_logging()
    errors.install_excepthook()
    window = build_window(app, probe=not exit_after_paint, recover=not exit_after_paint)
    if exit_after_paint:
        def report() -> None:
            print(f"first-paint torch={'torch' in sys.modules}", flush=True)
            window.close()
            app.quit()

        window.firstPainted.connect(report)
    window.show()
    if path is not None:
        QTimer.singleShot(0, lambda: window.controller.open_path(Path(path)))
    return app.exec()
