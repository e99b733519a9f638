"""Where Lepton Studio keeps its files: the platform's user folders, never the CWD.

Folders come from ``platformdirs`` (so they land where each OS expects them). Setting
the environment variable ``LEPTON_STUDIO_HOME`` puts every folder under one root
instead: tests use it to keep out of the real user folders, and a portable install
(from a USB stick, say) uses it to keep everything beside the program.

Every function creates its folder on first use, so callers can write straight away.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "LeptonStudio"
APP_AUTHOR = "Lepton"
HOME_ENV = "LEPTON_STUDIO_HOME"

# Sub-folder names under LEPTON_STUDIO_HOME.
_CONFIG, _CACHE, _LOGS, _STATE, _DOCUMENTS = "config", "cache", "logs", "state", "projects"
# Sub-folder of the user's Documents folder that holds projects by default.
DOCUMENTS_SUBFOLDER = "Lepton Studio"


def home_override() -> Path | None:
    """The root named by ``LEPTON_STUDIO_HOME`` (absolute), or None when unset or empty."""
    value = os.environ.get(HOME_ENV, "").strip()
    if not value:
        return None
    return Path(value).expanduser().resolve()


def _ensure(folder: Path, create: bool) -> Path:
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def config_dir(create: bool = True) -> Path:
    """Settings (window layout, recent projects, language)."""
    home = home_override()
    folder = home / _CONFIG if home else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    return _ensure(folder, create)


def cache_dir(create: bool = True) -> Path:
    """Things that can be rebuilt at any time: decoded image cache, thumbnails, features."""
    home = home_override()
    folder = home / _CACHE if home else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    return _ensure(folder, create)


def log_dir(create: bool = True) -> Path:
    """The rotating log file, with the tracebacks a user never sees in the window."""
    home = home_override()
    folder = home / _LOGS if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return _ensure(folder, create)


def state_dir(create: bool = True) -> Path:
    """Autosave copies and crash-recovery markers: must survive a restart, unlike cache."""
    home = home_override()
    folder = home / _STATE if home else Path(platformdirs.user_state_dir(APP_NAME, APP_AUTHOR))
    return _ensure(folder, create)


def documents_dir(create: bool = True) -> Path:
    """The default folder offered for saving projects (``Documents/Lepton Studio``)."""
    home = home_override()
    if home:
        folder = home / _DOCUMENTS
    else:
        folder = Path(platformdirs.user_documents_dir()) / DOCUMENTS_SUBFOLDER
    return _ensure(folder, create)


def folder_bytes(folder: str | os.PathLike[str]) -> int:
    """Bytes of every file under ``folder`` (0 when it does not exist; unreadable files skipped)."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total
