"""Autosave every N minutes, and crash recovery at the next start.

Each running window has an ``AutosaveSession``: a lock file it holds while it runs, and
(after the first autosave) a copy of the unsaved project plus a small JSON record, all in
``paths.state_dir()/autosave``. A clean close (or a save) removes the copy, so a copy
whose lock is free at start-up means that session died with unsaved work:
``find_recoverable()`` lists those. ``QLockFile`` tells a dead owner from a live one, so
two windows open at once never take each other's copies.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from lepton_studio.core.atomic import atomic_write_bytes

if TYPE_CHECKING:
    from lepton_studio.core.project import Project

log = logging.getLogger(__name__)

FOLDER_NAME = "autosave"


def autosave_dir() -> Path:
    from lepton_studio.core import paths

    folder = paths.state_dir() / FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _files(folder: Path, session_id: str) -> tuple[Path, Path, Path]:
    return (folder / f"{session_id}.lepton", folder / f"{session_id}.json",
            folder / f"{session_id}.lock")


class AutosaveSession:
    """This window's autosave slot (held by a lock for as long as the window lives)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or autosave_dir()
        self.id = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{secrets.token_hex(3)}"
        self.project_file, self.meta_file, lock_file = _files(self.folder, self.id)
        self.lock = QLockFile(str(lock_file))
        self.lock.setStaleLockTime(0)
        if not self.lock.tryLock(0):
            log.warning("could not lock %s", lock_file)
        self.last_saved: datetime | None = None

    def save(self, project: Project, original_path: Path | None) -> None:
        """Write the copy (atomically) and its record; raises LeptonError on failure."""
        from lepton_studio.core.project import save_project

        save_project(project, self.project_file, track=False)  # a copy: the project keeps its file
        self._write_record(project.name, original_path)

    def adopt(self, written: Path, name: str, original_path: Path | None) -> None:
        """Make ``written`` (a complete project file in this folder, e.g. saved by a
        background task) this session's copy, and record it."""
        os.replace(written, self.project_file)
        self._write_record(name, original_path)

    def _write_record(self, name: str, original_path: Path | None) -> None:
        meta = {"name": name,
                "original_path": str(original_path) if original_path else None,
                "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
                "pid": os.getpid()}
        atomic_write_bytes(self.meta_file, json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        self.last_saved = datetime.now()

    def discard(self) -> None:
        """Forget the copy (the project was saved, or its changes were thrown away)."""
        for path in (self.project_file, self.meta_file):
            _remove(path)
        self.last_saved = None

    def close(self) -> None:
        """End of a clean session: no copy and no lock remain."""
        self.discard()
        self.lock.unlock()


@dataclass
class Recovery:
    """An autosaved copy left by a session that did not close cleanly."""

    session_id: str
    project_file: Path
    meta_file: Path
    name: str
    original_path: Path | None
    saved_at: str
    lock: QLockFile

    def load(self) -> Project:
        from lepton_studio.core.project import load_project

        return load_project(self.project_file)

    def discard(self) -> None:
        _remove(self.project_file)
        _remove(self.meta_file)
        self.release()

    def release(self) -> None:
        """Stop holding the copy (it stays on disk, offered again next time)."""
        self.lock.unlock()


def find_recoverable(folder: Path | None = None) -> list[Recovery]:
    """Copies whose session is gone, newest first; each returned one is locked by us."""
    folder = folder or autosave_dir()
    found = []
    for meta_file in folder.glob("*.json"):
        session_id = meta_file.stem
        project_file, _, lock_file = _files(folder, session_id)
        if not project_file.is_file():
            continue
        lock = QLockFile(str(lock_file))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # its window is still running
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        original = meta.get("original_path")
        found.append(Recovery(session_id, project_file, meta_file,
                              str(meta.get("name") or project_file.stem),
                              Path(original) if original else None,
                              str(meta.get("saved_at") or ""), lock))
    found.sort(key=lambda r: r.saved_at, reverse=True)
    # Lock files of sessions that closed cleanly, or crashed without unsaved work.
    for lock_file in folder.glob("*.lock"):
        if not (folder / f"{lock_file.stem}.json").exists():
            stale = QLockFile(str(lock_file))
            stale.setStaleLockTime(0)
            if stale.tryLock(0):
                stale.unlock()
    return found


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not remove %s: %s", path, exc)
