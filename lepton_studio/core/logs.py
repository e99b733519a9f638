"""The log file: where tracebacks go, since a user never sees one in the window.

``setup_logging()`` attaches one rotating file handler (about 1 MB x 5 files) to the root
logger, so warnings from libraries land there too, and sets the level of the
``lepton_studio`` logger. Other libraries stay at the root's level (WARNING by default),
so their chatter does not crowd out ours. Calling it again only updates the level; if
``LEPTON_STUDIO_HOME`` changed in between (tests), the handler moves to the new folder.
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


def log_path() -> Path:
    """The current log file (the folder is created; the file may not exist yet)."""
    return log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to the rotating file in ``log_dir()``; idempotent. Returns the log file path."""
    global _handler
    path = log_path()
    with _lock:
        root = logging.getLogger()
        if _handler is not None and Path(_handler.baseFilename) != path:
            _detach()
        first = _handler is None
        if first:
            _handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                           encoding="utf-8")
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
