"""Decode each image once: a memory-mapped store of resized uint8 pixels.

Layout, one folder per settings key under the cache root::

    <cache_root>/s64-rgb-stretch-d1/data.u8     rows of size*size*C bytes, append-only
    <cache_root>/s64-rgb-stretch-d1/index.json  {abs path: [file size, mtime_ns, row]}
    <cache_root>/s64-rgb-stretch-d1/lock        held by whoever is appending

A file is known by its absolute path, size and modification time: a changed file gets a
new row (the old one stays as dead space until ``clear()``). Rows are written and
fsynced before the index that names them is replaced atomically, so a crash loses at
most the rows of the current fill, never the cache. All ``ImageCache`` objects of one
folder in a process share one store; other processes are kept out by the lock file
while a fill appends, and re-read the index before their own fill. Rows never move, so
a reader with an older index still reads the right pixels.

Training resolves its files to rows once (``rows()``) and then gathers batches with
``take()``: after the first fill, an epoch is a memcpy from the page cache, no Pillow.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import threading
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .. import problems as P
from ..atomic import atomic_write_bytes
from ..problems import LeptonError
from ..tasks import CancelToken, EventCallback, ignore_event
from . import decode
from ._parallel import Throttle, run_parallel
from .sources import Skipped

INDEX_FORMAT = 1
DATA_FILE = "data.u8"
INDEX_FILE = "index.json"
LOCK_FILE = "lock"
_COMMIT_EVERY_ROWS = 4096
_COMMIT_EVERY_S = 5.0


@dataclass
class FillStats:
    """What one ``fill`` did. ``failed`` files are not in the cache."""

    requested: int = 0   # distinct files asked for
    cached: int = 0      # already present and unchanged
    decoded: int = 0     # decoded and stored now
    failed: list[Skipped] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"requested": self.requested, "cached": self.cached, "decoded": self.decoded,
                "failed": [s.to_dict() for s in self.failed]}


def settings_key(size: int, color: str, policy: str) -> str:
    """Folder name for one combination of preprocessing settings and decoder version."""
    return f"s{size}-{color}-{policy}-d{decode.DECODER_VERSION}"


class ImageCache:
    """Decoded, resized images for one (size, color, policy), memory-mapped from disk."""

    def __init__(self, cache_root: str | os.PathLike[str], size: int, color: str = "rgb",
                 policy: str = "stretch") -> None:
        if color not in decode.COLORS or policy not in decode.POLICIES or int(size) < 1:
            raise ValueError(f"bad cache settings: size={size!r} color={color!r} policy={policy!r}")
        self.cache_root = Path(cache_root)
        self.size, self.color, self.policy = int(size), color, policy
        self.channels = 3 if color == "rgb" else 1
        self.row_shape = (self.size, self.size, self.channels)
        self.row_bytes = self.size * self.size * self.channels
        self.directory = self.cache_root / settings_key(self.size, color, policy)
        self._store = _Store.for_directory(self.directory, self._settings(), self.row_shape)

    def _settings(self) -> dict[str, Any]:
        return {"format": INDEX_FORMAT, "size": self.size, "color": self.color,
                "policy": self.policy, "decoder": decode.DECODER_VERSION,
                "row_bytes": self.row_bytes}

    # --- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._store.entries)

    def contains(self, path: str | os.PathLike[str]) -> bool:
        """True when ``path`` is cached and unchanged since."""
        return self._store.row_of(path) is not None

    def rows(self, paths: Iterable[str | os.PathLike[str]]) -> np.ndarray:
        """Row numbers (int64) of ``paths``; stats each file. Raises data_cache_missing."""
        out = []
        for path in paths:
            row = self._store.row_of(path)
            if row is None:
                raise LeptonError(P.DATA_CACHE_MISSING, path=str(path), name=Path(path).name)
            out.append(row)
        return np.asarray(out, dtype=np.int64)

    def take(self, rows: Sequence[int] | np.ndarray) -> np.ndarray:
        """Pixels of ``rows`` as a new ``(N, size, size, C)`` uint8 array."""
        data = self.array
        index = np.asarray(rows, dtype=np.int64)
        if index.size and (index.min() < 0 or index.max() >= len(data)):
            raise IndexError("cache row out of range")
        return data[index]

    def get(self, paths: Iterable[str | os.PathLike[str]]) -> np.ndarray:
        """Pixels of ``paths`` as ``(N, size, size, C)`` uint8. Raises data_cache_missing."""
        return self.take(self.rows(paths))

    @property
    def array(self) -> np.ndarray:
        """Every row, read-only and memory-mapped: ``(rows, size, size, C)`` uint8.

        Load it into memory with ``np.array(cache.array)`` when the dataset fits.
        """
        return self._store.mapped()

    # --- writing ---------------------------------------------------------------------------

    def fill(self, paths: Iterable[str | os.PathLike[str]], on_event: EventCallback = ignore_event,
             token: CancelToken | None = None) -> FillStats:
        """Decode the files not cached yet, on all cores; report the ones that fail.

        Emits ``Progress("cache", done, total)`` (done counts files already cached) from
        this thread. On ``Cancelled`` the rows decoded so far are kept.
        """
        store = self._store
        paths = [Path(p) for p in paths]
        with store.fill_lock, store.appending(token):
            stats = FillStats()
            todo: list[tuple[Path, str, int, int]] = []
            seen: set[str] = set()
            for path in paths:
                try:
                    key, st_size, mtime = _identity(path)
                except FileNotFoundError:
                    stats.failed.append(Skipped(path, "missing"))
                    continue
                except OSError as exc:
                    stats.failed.append(Skipped(path, "unreadable", exc.strerror or str(exc)))
                    continue
                if key in seen:
                    continue
                seen.add(key)
                entry = store.entries.get(key)
                if entry is not None and entry[0] == st_size and entry[1] == mtime:
                    stats.cached += 1
                else:
                    todo.append((path, key, st_size, mtime))
            stats.requested = len(seen)
            throttle = Throttle("cache", stats.requested, on_event)
            throttle.update(stats.cached, force=True)
            if todo:
                self._decode_into_store(todo, stats, throttle, token)
            elif token is not None:
                token.check()
            return stats

    def _decode_into_store(self, todo: list[tuple[Path, str, int, int]], stats: FillStats,
                           throttle: Throttle, token: CancelToken | None) -> None:
        store = self._store
        size, color, policy = self.size, self.color, self.policy

        def work(job: tuple[Path, str, int, int]) -> np.ndarray | decode.DecodeError:
            try:
                return decode.preprocess_file(job[0], size, color, policy)
            except decode.DecodeError as exc:
                return exc

        done = stats.cached

        def on_result(index: int, result: np.ndarray | decode.DecodeError) -> None:
            nonlocal done
            path, key, st_size, mtime = todo[index]
            done += 1
            if isinstance(result, decode.DecodeError):
                stats.failed.append(Skipped(path, result.kind, result.detail))
            else:
                if result.shape != self.row_shape or result.dtype != np.uint8:
                    raise ValueError(f"decoder gave {result.shape}, not {self.row_shape}")
                store.append(key, st_size, mtime, result)
                stats.decoded += 1
            throttle.update(done, force=done == stats.requested)

        try:
            with store.writer():
                run_parallel(work, todo, on_result, token)
        except OSError as exc:
            raise self._storage_error(exc) from exc

    def _storage_error(self, exc: OSError) -> LeptonError:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return LeptonError(P.DISK_FULL, path=str(self.directory))
        return LeptonError(P.DATA_CACHE_UNWRITABLE, path=str(self.directory),
                           detail=exc.strerror or str(exc))

    # --- whole cache root ------------------------------------------------------------------

    def size_bytes(self) -> int:
        """Bytes used on disk by every settings folder under the cache root."""
        from ..paths import folder_bytes

        return folder_bytes(self.cache_root)

    def clear(self) -> None:
        """Delete every settings folder under the cache root (all sizes, all colours)."""
        if not self.cache_root.is_dir():
            return
        for child in self.cache_root.iterdir():
            if child.is_dir() and not child.is_symlink() and _is_cache_folder(child):
                store = _Store.existing(child)
                if store is None:
                    shutil.rmtree(child, ignore_errors=True)
                    continue
                with store.fill_lock, store.lock:
                    store.forget()
                    shutil.rmtree(child, ignore_errors=True)

    def close(self) -> None:
        """Release the memory map (needed on Windows before the files can be deleted)."""
        with self._store.lock:
            self._store.map = None


class _Store:
    """The in-memory index and memory map of one settings folder, shared in a process."""

    _registry: weakref.WeakValueDictionary[str, _Store] = weakref.WeakValueDictionary()
    _registry_lock = threading.Lock()

    def __init__(self, directory: Path, settings: dict[str, Any],
                 row_shape: tuple[int, int, int]) -> None:
        self.directory = directory
        self.settings = settings
        self.row_shape = row_shape
        self.row_bytes = int(np.prod(row_shape))
        self.fill_lock = threading.Lock()  # one fill at a time
        self.lock = threading.RLock()      # short sections: index, map, file position
        self.entries: dict[str, list[int]] = {}
        self.rows = 0
        self.map: np.ndarray | None = None
        self._stamp: tuple[int, int, int] | None = None  # index.json as last read/written
        self._file: Any = None
        self._uncommitted = 0
        self._last_commit = 0.0
        self.load()

    @classmethod
    def for_directory(cls, directory: Path, settings: dict[str, Any],
                      row_shape: tuple[int, int, int]) -> _Store:
        key = _folder_key(directory)
        with cls._registry_lock:
            store = cls._registry.get(key)
            if store is None:
                store = cls(directory, settings, row_shape)
                cls._registry[key] = store
            return store

    @classmethod
    def existing(cls, directory: Path) -> _Store | None:
        with cls._registry_lock:
            return cls._registry.get(_folder_key(directory))

    # index ----------------------------------------------------------------------------------

    def load(self) -> None:
        """Read index.json; anything odd about it means starting the folder over."""
        index_path = self.directory / INDEX_FILE
        try:
            stamp = _stamp(index_path)
            doc = json.loads(index_path.read_text("utf-8"))
            rows = int(doc["rows"])
            entries = {str(k): [int(v[0]), int(v[1]), int(v[2])] for k, v in doc["entries"].items()}
            stored = (self.directory / DATA_FILE).stat().st_size
            valid = (all(doc.get(k) == v for k, v in self.settings.items())
                     and 0 <= rows * self.row_bytes <= stored
                     and all(0 <= e[2] < rows for e in entries.values()))
        except FileNotFoundError:
            valid, stamp = False, None
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            valid, stamp = False, None
        with self.lock:
            if valid:
                self.entries, self.rows, self.map, self._stamp = entries, rows, None, stamp
            else:
                self.forget()

    def forget(self) -> None:
        with self.lock:
            self.entries, self.rows, self.map, self._stamp = {}, 0, None, None

    def row_of(self, path: str | os.PathLike[str]) -> int | None:
        try:
            key, st_size, mtime = _identity(Path(path))
        except OSError:
            return None
        entry = self.entries.get(key)
        if entry is None or entry[0] != st_size or entry[1] != mtime:
            return None
        return entry[2]

    def mapped(self) -> np.ndarray:
        with self.lock:
            if self.map is None or len(self.map) != self.rows:
                if self._file is not None:
                    self._file.flush()  # rows appended by a fill running right now
                self.map = self._open_map()
            return self.map

    def _open_map(self) -> np.ndarray:
        if self.rows == 0:
            return np.zeros((0, *self.row_shape), dtype=np.uint8)
        try:
            return np.memmap(self.directory / DATA_FILE, dtype=np.uint8, mode="r",
                             shape=(self.rows, *self.row_shape))
        except (OSError, ValueError):  # deleted or cut short behind our back
            self.forget()
            raise LeptonError(P.DATA_CACHE_MISSING, path=str(self.directory),
                              name=self.directory.name) from None

    # appending ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def appending(self, token: CancelToken | None) -> Iterator[None]:
        """Hold the folder's lock file; pick up what another process appended meanwhile."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            lock_fd = os.open(self.directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise LeptonError(P.DATA_CACHE_UNWRITABLE, path=str(self.directory),
                              detail=exc.strerror or str(exc)) from None
        try:
            _lock_file(lock_fd, token)
            try:
                if _stamp(self.directory / INDEX_FILE) != self._stamp:
                    self.load()
                if self.rows == 0:  # a fresh start: drop a stale data file's leftovers
                    with contextlib.suppress(FileNotFoundError):
                        os.remove(self.directory / DATA_FILE)
                yield
            finally:
                _unlock_file(lock_fd)
        finally:
            os.close(lock_fd)

    @contextlib.contextmanager
    def writer(self) -> Iterator[None]:
        """Open data.u8 for appending; commit whatever was written, even on Cancelled."""
        data_path = self.directory / DATA_FILE
        with open(data_path, "r+b" if data_path.exists() else "w+b") as handle:
            with self.lock:
                self._file, self._uncommitted, self._last_commit = handle, 0, time.monotonic()
            try:
                yield
            finally:
                with self.lock:
                    self._file = None
                    if self._uncommitted:
                        self._commit(handle)

    def append(self, key: str, st_size: int, mtime: int, pixels: np.ndarray) -> None:
        with self.lock:
            handle = self._file
            handle.seek(self.rows * self.row_bytes)
            handle.write(np.ascontiguousarray(pixels).data)
            self.entries[key] = [st_size, mtime, self.rows]
            self.rows += 1
            self._uncommitted += 1
            if (self._uncommitted >= _COMMIT_EVERY_ROWS
                    or time.monotonic() - self._last_commit >= _COMMIT_EVERY_S):
                self._commit(handle)

    def _commit(self, handle: Any) -> None:
        handle.flush()
        os.fsync(handle.fileno())
        doc = dict(self.settings, rows=self.rows, entries=self.entries)
        index_path = self.directory / INDEX_FILE
        atomic_write_bytes(index_path, json.dumps(doc, separators=(",", ":")).encode("utf-8"))
        self._stamp = _stamp(index_path)
        self._uncommitted, self._last_commit = 0, time.monotonic()


def _identity(path: Path) -> tuple[str, int, int]:
    st = os.stat(path)
    return os.path.normcase(os.path.abspath(path)), st.st_size, st.st_mtime_ns


def _folder_key(directory: Path) -> str:
    return os.path.normcase(os.path.abspath(directory))


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


def _is_cache_folder(folder: Path) -> bool:
    return any((folder / name).exists() for name in (INDEX_FILE, DATA_FILE, LOCK_FILE))


def _lock_file(fd: int, token: CancelToken | None) -> None:
    """Take an exclusive lock on ``fd``, waiting (cancellably) while another process has it."""
    while True:
        try:
            if os.name == "nt":
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN, errno.EDEADLK):
                return  # a file system without locks: go on unlocked
        if token is not None:
            token.check()
        time.sleep(0.1)


def _unlock_file(fd: int) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
