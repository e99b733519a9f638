"""The log file: where tracebacks go, since a user never sees one in the window.

``setup_logging()`` attaches one rotating file handler (about 1 MB x 5 files) to the root
logger, so warnings from libraries land there too, and sets the level of the
``lepton_studio`` logger. Other libraries stay at the root's level (WARNING by default),
so their chatter does not crowd out ours. Calling it again only updates the level; if
``LEPTON_STUDIO_HOME`` changed in between (tests), the handler moves to the new folder.

Logging never gets in the user's way: when the log folder cannot be made or its disk is
full, records are dropped quietly (``QuietFileHandler``) instead of Python's
"--- Logging error ---" dump and traceback on the terminal; the file is opened on the
first record, so a failure to open it is just as quiet.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .paths import log_dir

LOG_FILE_NAME = "lepton-studio.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
APP_LOGGER = "lepton_studio"
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

_lock = threading.Lock()
_handler: RotatingFileHandler | None = None


class QuietFileHandler(RotatingFileHandler):
    """A rotating file handler that drops a record it cannot write (full disk, folder
    gone, no permission) without a word: a log must never break or clutter the app."""

    dropped = 0  # records lost so far (tests; a debugger)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self.dropped += 1
        stream, self.stream = self.stream, None  # reopened (delay) on the next record
        if stream is not None:
            try:
                stream.close()
            except (OSError, ValueError):
                pass

    def close(self) -> None:
        try:
            super().close()
        except (OSError, ValueError):
            self.stream = None


def log_path() -> Path:
    """The current log file (the folder is created; the file may not exist yet)."""
    return log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to the rotating file in ``log_dir()``; idempotent. Returns the log file path."""
    global _handler
    try:
        path = log_path()
    except OSError:  # the folder cannot be made: log anyway, the handler stays quiet
        path = log_dir(create=False) / LOG_FILE_NAME
    with _lock:
        root = logging.getLogger()
        if _handler is not None and Path(_handler.baseFilename) != path:
            _detach()
        first = _handler is None
        if first:
            _handler = QuietFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                        encoding="utf-8", delay=True)
            _handler.setFormatter(logging.Formatter(_FORMAT))
            root.addHandler(_handler)
            logging.captureWarnings(True)
        logging.getLogger(APP_LOGGER).setLevel(level)
    if first:
        from .. import __version__

        logging.getLogger(APP_LOGGER).info(
            "Lepton Studio %s started; Python %s on %s", __version__,
            sys.version.split()[0], platform.platform())
    return path


def shutdown_logging() -> None:
    """Detach and close the file handler (tests; before deleting the log folder)."""
    with _lock:
        _detach()


def _detach() -> None:
    global _handler
    if _handler is None:
        return
    logging.getLogger().removeHandler(_handler)
    _handler.close()
    _handler = None
