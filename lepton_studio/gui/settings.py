"""The user's preferences and window state, kept in an INI file in the config folder.

One small typed wrapper over ``QSettings`` so that keys and defaults live in one place;
``Settings.open()`` always uses ``paths.config_dir()/settings.ini`` (never the registry or
a CWD file), so tests isolate it with ``LEPTON_STUDIO_HOME``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

THEMES = ("system", "light", "dark")
DEVICES = ("auto", "cpu", "cuda", "mps")
MAX_RECENT = 10


class Settings:
    """Typed preferences; each property reads and writes the INI file directly."""

    def __init__(self, qsettings: QSettings) -> None:
        self.q = qsettings

    @classmethod
    def open(cls) -> Settings:
        from lepton_studio.core import paths

        path = paths.config_dir() / "settings.ini"
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def path(self) -> Path:
        return Path(self.q.fileName())

    def sync(self) -> None:
        self.q.sync()

    # --- helpers --------------------------------------------------------------------
    def _str(self, key: str, default: str) -> str:
        value = self.q.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self.q.value(key, default))
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    # --- preferences ----------------------------------------------------------------
    @property
    def language(self) -> str:
        """A language code, or "" to follow the system."""
        return self._str("ui/language", "")

    @language.setter
    def language(self, code: str) -> None:
        self.q.setValue("ui/language", code)

    @property
    def theme(self) -> str:
        value = self._str("ui/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.q.setValue("ui/theme", value if value in THEMES else "system")

    @property
    def device(self) -> str:
        value = self._str("training/device", "auto")
        return value if value in DEVICES else "auto"

    @device.setter
    def device(self, value: str) -> None:
        self.q.setValue("training/device", value if value in DEVICES else "auto")

    @property
    def cpu_threads(self) -> int:
        """0 means automatic (every core but one, so the window stays responsive)."""
        return self._int("training/cpu_threads", 0, 0, os.cpu_count() or 1)

    @cpu_threads.setter
    def cpu_threads(self, value: int) -> None:
        self.q.setValue("training/cpu_threads", int(value))

    @property
    def cache_dir(self) -> str:
        """A folder chosen by the user, or "" for the default cache folder."""
        return self._str("data/cache_dir", "")

    @cache_dir.setter
    def cache_dir(self, value: str) -> None:
        self.q.setValue("data/cache_dir", value)

    def effective_cache_dir(self) -> Path:
        from lepton_studio.core import paths

        return Path(self.cache_dir) if self.cache_dir else paths.cache_dir()

    def image_cache_root(self) -> Path:
        """Where the decoded-image cache lives (``ImageCache(cache_root=...)``)."""
        return self.effective_cache_dir() / "images"

    @property
    def autosave_minutes(self) -> int:
        """Minutes between autosaves; 0 turns autosave off."""
        return self._int("project/autosave_minutes", 5, 0, 120)

    @autosave_minutes.setter
    def autosave_minutes(self, value: int) -> None:
        self.q.setValue("project/autosave_minutes", int(value))

    @property
    def guide_done(self) -> bool:
        """The guided first run was finished or skipped (Help shows it again)."""
        return str(self.q.value("ui/guide_done", "false")).lower() in ("true", "1")

    @guide_done.setter
    def guide_done(self, value: bool) -> None:
        self.q.setValue("ui/guide_done", "true" if value else "false")

    # --- recent projects ------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.q.value("project/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(item) for item in (value or [])][:MAX_RECENT]

    def add_recent_file(self, path: str | os.PathLike[str]) -> list[str]:
        path = str(Path(path).resolve())
        files = [path] + [item for item in self.recent_files() if item != path]
        self.q.setValue("project/recent", files[:MAX_RECENT])
        return files[:MAX_RECENT]

    def remove_recent_file(self, path: str) -> None:
        self.q.setValue("project/recent", [item for item in self.recent_files() if item != path])

    def clear_recent_files(self) -> None:
        self.q.setValue("project/recent", [])

    # --- window ---------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)
