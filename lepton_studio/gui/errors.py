"""What a user sees when something goes wrong: translated sentences, never a traceback.

- ``problem_text(problem)`` turns a core ``Problem`` into a translated (message, hint).
- ``show_problem(parent, problem)`` shows it in a message box.
- ``install_excepthook()`` sends every uncaught exception (GUI thread or worker thread) to
  the log file and shows one friendly dialog with "Copy details" and "Show log folder".
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.problem_steps import IMAGE_SETTINGS
from lepton_studio.core.problems import MESSAGES, WARNING, LeptonError, Problem, format_template
from lepton_studio.core.text import visible

log = logging.getLogger("lepton_studio.errors")

PROBLEMS_CONTEXT = "Problems"


def problem_text(problem: Problem) -> tuple[str, str]:
    """The problem's message and hint in the current language, with its values filled in."""
    message, hint = MESSAGES.get(problem.code, ("", ""))
    if not message:
        return QCoreApplication.translate("Errors", "Unexpected problem ({code}).").format(code=problem.code), ""
    message = QCoreApplication.translate(PROBLEMS_CONTEXT, message)
    hint = QCoreApplication.translate(PROBLEMS_CONTEXT, hint) if hint else ""
    # names from disk may hold control characters or a bidi override that would reverse the
    # rest of the sentence: shown as escapes (\x1b, \u202e) instead
    values = {k: visible(v) if isinstance(v, str) else v for k, v in problem.values.items()}
    return format_template(message, values), format_template(hint, values)


def problem_sentence(problem: Problem) -> str:
    """Message and hint in one line (tooltips, status bars)."""
    message, hint = problem_text(problem)
    return f"{message} {hint}".strip()


def fix_text(fix) -> str:
    """The button that leads to a problem's fix in another step (a ``problem_steps.Fix``)."""
    if fix.place == IMAGE_SETTINGS and fix.values.get("size"):
        return QCoreApplication.translate("ProblemFixes", "Set the Picture Size to {size}…").format(
            size=fix.values["size"])
    return QCoreApplication.translate("ProblemFixes", "Change the Picture Size…")


def show_problem(parent: QWidget | None, problem: Problem | LeptonError,
                 title: str | None = None) -> None:
    """A message box for one expected problem (a file that cannot be opened, ...)."""
    if isinstance(problem, LeptonError):
        problem = problem.problem
    message, hint = problem_text(problem)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if problem.severity == WARNING
                else QMessageBox.Icon.Critical)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Lepton Studio"))
    box.setText(message)
    if hint:
        box.setInformativeText(hint)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def show_log_folder() -> None:
    from lepton_studio.core import paths
    from lepton_studio.gui.open_folder import open_folder

    open_folder(paths.log_dir(), QApplication.activeWindow())


def details_text(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> str:
    """What "Copy details" puts on the clipboard: versions and the traceback."""
    from PySide6 import __version__ as pyside_version

    from lepton_studio import __version__

    lines = [f"Lepton Studio {__version__}", f"Python {sys.version.split()[0]}",
             f"PySide6 {pyside_version}", f"{platform.platform()}", ""]
    lines += traceback.format_exception(exc_type, exc, tb)
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorDialog(QDialog):
    """The one dialog for unexpected errors: a calm sentence and two useful buttons."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(QCoreApplication.translate("Errors", "Something went wrong"))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(QCoreApplication.translate("Errors", "Lepton Studio ran into an unexpected problem."))
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.message.setWordWrap(True)
        self.explanation = QLabel(QCoreApplication.translate("Errors",
            "Your project is still open. Save it under a new name to be safe. "
            "The details are in the log file; please include them if you report this."))
        self.explanation.setWordWrap(True)
        self.copy_button = QPushButton(QCoreApplication.translate("Errors", "Copy details"))
        self.log_button = QPushButton(QCoreApplication.translate("Errors", "Show log folder"))
        self.close_button = QPushButton(QCoreApplication.translate("Errors", "Close"))
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.log_button.clicked.connect(show_log_folder)
        self.close_button.clicked.connect(self.accept)

        texts = QVBoxLayout()
        texts.addWidget(self.message)
        texts.addWidget(self.explanation)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(QCoreApplication.translate("Errors", "Copied"))


class _Reporter(QObject):
    """Carries exceptions from any thread to the GUI thread and shows one dialog at a time."""

    report = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.dialog: ErrorDialog | None = None
        self.suppressed = 0
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @Slot(str)
    def _show(self, details: str) -> None:
        if self.dialog is not None:
            self.suppressed += 1  # one at a time; the rest are in the log
            return
        self.dialog = ErrorDialog(details, QApplication.activeWindow())
        try:
            self.dialog.exec()
        finally:
            self.dialog.deleteLater()
            self.dialog = None


_reporter: _Reporter | None = None
_previous_hooks: tuple | None = None


def report_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None, context: str = "") -> None:
    """Log an unexpected exception and (when a GUI exists) show the friendly dialog."""
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    try:
        log.error("Unexpected error%s", f" in {context}" if context else "",
                  exc_info=(exc_type, exc, tb))
    except Exception:  # noqa: BLE001 - logging must never raise from the hook
        pass
    details = details_text(exc_type, exc, tb)
    if _reporter is None or QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    if QThread.currentThread() is QApplication.instance().thread():
        _reporter._show(details)
    else:
        _reporter.report.emit(details)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    report_exception(args.exc_type, args.exc_value, args.exc_traceback,
                     context=f"thread {args.thread.name if args.thread else '?'}")


def install_excepthook() -> None:
    """Route uncaught exceptions to the log and the error dialog (idempotent)."""
    global _reporter, _previous_hooks
    if _reporter is None:
        _reporter = _Reporter()
    if _previous_hooks is None:
        _previous_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = report_exception
    threading.excepthook = _thread_hook


def uninstall_excepthook() -> None:
    global _previous_hooks
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks
        _previous_hooks = None
