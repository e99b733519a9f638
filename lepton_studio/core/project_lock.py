"""The training lock: one training of a project file at a time, whoever starts it.

Two trainings of one file (two windows, a window and a script) would each save the file
without the other's run. So training takes a lock first: a small JSON file beside the
project, ``.<name>.lepton.lock``, made with ``O_CREAT | O_EXCL`` (only one creator wins,
on a network share too) that says who holds it: the program, its process id, the
computer, since when, and when it last showed it was alive (``refreshed``; a thread
rewrites it every ``REFRESH_S`` seconds). A second training is refused with
``project_locked``, which names the holder.

A lock is stale, and taken over, when its process is gone (same computer, the process id
no longer runs) or when it was not refreshed for ``STALE_AFTER_S`` seconds (a crash on
another computer, a reused process id). A lock file that cannot be read is stale once it
is older than ``STALE_AFTER_S`` too (a crash while it was written). The lock guards
training only; saving merges runs saved by others in any case (``project_sync.py``).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import problems as P
from .atomic import atomic_write_bytes
from .problems import LeptonError

log = logging.getLogger(__name__)

REFRESH_S = 60.0
STALE_AFTER_S = 10 * 60.0
HOLDER_CLI = "lepton-studio train"
HOLDER_WINDOW = "the Lepton Studio window"

_held: set[str] = set()  # tokens of the locks this process holds
_held_lock = threading.Lock()


def lock_path(project_path: str | os.PathLike[str]) -> Path:
    path = Path(os.path.abspath(os.fspath(project_path)))
    return path.with_name(f".{path.name}.lock")


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says."""

    holder: str
    pid: int
    host: str
    since: float  # seconds since the epoch
    refreshed: float
    token: str

    def to_json(self) -> bytes:
        return json.dumps({"holder": self.holder, "pid": self.pid, "host": self.host,
                           "since": self.since, "refreshed": self.refreshed,
                           "since_text": _utc_text(self.since), "token": self.token},
                          indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> LockInfo | None:
        try:
            doc = json.loads(data.decode("utf-8"))
            info = cls(str(doc["holder"]), int(doc["pid"]), str(doc["host"]),
                       float(doc["since"]), float(doc["refreshed"]), str(doc["token"]))
        except (UnicodeDecodeError, ValueError, KeyError, TypeError):
            return None
        return info

    def problem_values(self, project_path: str | os.PathLike[str]) -> dict[str, Any]:
        return {"path": str(project_path), "holder": self.holder, "pid": self.pid,
                "host": self.host, "since": _local_text(self.since)}


def _utc_text(moment: float) -> str:
    return datetime.fromtimestamp(moment, timezone.utc).isoformat(timespec="seconds")


def _local_text(moment: float) -> str:
    try:
        return datetime.fromtimestamp(moment).strftime("%Y-%m-%d %H:%M")
    except (OverflowError, OSError, ValueError):
        return "?"


def _host() -> str:
    return socket.gethostname() or "?"


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (True when unsure)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


def is_stale(info: LockInfo, now: float | None = None) -> bool:
    now = time.time() if now is None else now
    if now - info.refreshed > STALE_AFTER_S:
        return True
    if info.host == _host():
        if info.pid == os.getpid():
            with _held_lock:
                return info.token not in _held  # left behind by this process earlier
        return not process_alive(info.pid)
    return False


def read_lock(project_path: str | os.PathLike[str]) -> LockInfo | None:
    """The lock on a project, if any (also a stale one)."""
    try:
        return LockInfo.from_json(lock_path(project_path).read_bytes()[:65536])
    except OSError:
        return None


class ProjectLock:
    """Hold the training lock of ``project_path`` (a context manager).

    ``acquire()`` raises ``LeptonError(project_locked)`` while another live program holds
    it. A folder we may not write in cannot hold a lock: then training goes on without
    one (logged), protected by the merge on save alone.
    """

    def __init__(self, project_path: str | os.PathLike[str], holder: str) -> None:
        self.project_path = Path(project_path)
        self.path = lock_path(project_path)
        self.holder = holder
        self.info: LockInfo | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def held(self) -> bool:
        return self.info is not None

    def acquire(self) -> ProjectLock:
        if self.info is not None:
            return self
        now = time.time()
        info = LockInfo(self.holder, os.getpid(), _host(), now, now, secrets.token_hex(8))
        for _attempt in range(3):
            if self._create(info):
                break
            current = self._current()
            if current is not None and not is_stale(current):
                raise LeptonError(P.PROJECT_LOCKED, **current.problem_values(self.project_path))
            if current is None and not self._unreadable_is_old():
                raise LeptonError(P.PROJECT_LOCKED, path=str(self.project_path),
                                  holder="another program", pid="?", host="?", since="?")
            log.warning("removing the stale training lock %s (%s)", self.path,
                        "unreadable" if current is None else
                        f"{current.holder}, pid {current.pid} on {current.host}")
            self._remove_quietly()
        else:
            raise LeptonError(P.PROJECT_LOCKED, path=str(self.project_path),
                              holder="another program", pid="?", host="?", since="?")
        if self.info is not None:
            with _held_lock:
                _held.add(info.token)
            self._thread = threading.Thread(target=self._refresh_loop, daemon=True,
                                            name="project-lock-refresh")
            self._thread.start()
        return self

    def release(self) -> None:
        if self.info is None:
            return
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        current = self._current()
        if current is not None and current.token == self.info.token:
            self._remove_quietly()
        with _held_lock:
            _held.discard(self.info.token)
        self.info = None

    def __enter__(self) -> ProjectLock:
        return self.acquire()

    def __exit__(self, *_exc) -> None:
        self.release()

    # --- internals ---------------------------------------------------------------------------
    def _create(self, info: LockInfo) -> bool:
        """True when we made the lock file (or could not make one at all)."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.path, flags, 0o644)
        except FileExistsError:
            return False
        except OSError as exc:  # a read-only folder, a full disk: train without a lock
            log.warning("cannot make the training lock %s (%s); training without it",
                        self.path, exc.strerror or exc)
            return True
        try:
            data = info.to_json()
            written = os.write(fd, data)
            if written != len(data):
                raise OSError(errno.ENOSPC, "short write")
            os.fsync(fd)
        except OSError as exc:
            log.warning("cannot write the training lock %s (%s); training without it",
                        self.path, exc.strerror or exc)
            os.close(fd)
            self._remove_quietly()
            return True
        os.close(fd)
        self.info = info
        return True

    def _current(self) -> LockInfo | None:
        try:
            return LockInfo.from_json(self.path.read_bytes()[:65536])
        except OSError:
            return None

    def _unreadable_is_old(self) -> bool:
        try:
            return time.time() - self.path.stat().st_mtime > STALE_AFTER_S
        except FileNotFoundError:
            return True  # gone meanwhile: try again
        except OSError:
            return False

    def _remove_quietly(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("cannot remove the training lock %s: %s", self.path, exc)

    def _refresh_loop(self) -> None:
        while not self._stop.wait(REFRESH_S):
            self.refresh()

    def refresh(self) -> None:
        """Show that the holder is alive (the refresh thread calls this)."""
        info = self.info
        if info is None:
            return
        current = self._current()
        if current is not None and current.token != info.token:
            log.warning("the training lock %s was taken over by %s (pid %s on %s)",
                        self.path, current.holder, current.pid, current.host)
            return
        fresh = LockInfo(info.holder, info.pid, info.host, info.since, time.time(), info.token)
        try:
            atomic_write_bytes(self.path, fresh.to_json())
        except (LeptonError, OSError) as exc:
            log.warning("cannot refresh the training lock %s: %s", self.path, exc)
            return
        self.info = fresh
