"""Atomic file writes: a reader (or a crash) sees the old file or the new one, never half.

The data goes to a temporary file in the target's own folder (``os.replace`` is only
atomic within one file system), is flushed and fsynced, then renamed over the target,
and the folder is fsynced so the rename itself survives a power cut. On Windows the
rename is retried briefly, because antivirus scanners and sync clients (OneDrive) hold
freshly written files open for a moment. Whatever fails, the temporary file is removed.

Expected failures become ``LeptonError``: a full disk is ``disk_full``, a folder or file
we may not write is ``file_unwritable``; both carry the target path.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .problems import DISK_FULL, FILE_UNWRITABLE, LeptonError

log = logging.getLogger(__name__)

_IS_WINDOWS = os.name == "nt"
# Delays between os.replace attempts on Windows (about 1.5 s in all).
_REPLACE_RETRY_DELAYS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.3, 0.4)
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def temp_name_for(path: Path) -> str:
    """Prefix of the temporary files made for ``path`` (hidden, recognisable, same folder)."""
    return f".{path.name}."


def _open_temp(folder: Path, path: Path) -> tuple[int, Path]:
    """Create a new temp file with the default permissions (umask applied), unlike mkstemp."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = folder / f"{temp_name_for(path)}{secrets.token_hex(4)}.tmp"
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "could not create a temporary file", str(folder))


def _copy_mode(source: Path, temp: Path) -> None:
    """Keep the permissions of the file being replaced (best effort)."""
    try:
        os.chmod(temp, stat.S_IMODE(os.stat(source).st_mode))
    except OSError:
        pass


def _replace(temp: Path, path: Path) -> None:
    if not _IS_WINDOWS:
        os.replace(temp, path)
        return
    for delay in _REPLACE_RETRY_DELAYS:
        try:
            os.replace(temp, path)
            return
        except PermissionError:
            log.debug("os.replace(%s) refused, retrying in %.2f s", path, delay)
            time.sleep(delay)
    os.replace(temp, path)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable. Windows cannot open folders this way; skip it there."""
    if _IS_WINDOWS:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(temp: Path) -> None:
    try:
        temp.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:  # pragma: no cover - only when the folder vanished or locked
        log.warning("could not remove temporary file %s: %s", temp, exc)


def _as_lepton_error(exc: OSError, path: Path, ours: bool) -> LeptonError | None:
    """Map a full disk, and (for our own file operations only) a refusal to write."""
    if exc.errno in _FULL_ERRNOS:
        return LeptonError(DISK_FULL, path=str(path))
    if ours and (isinstance(exc, PermissionError)
                 or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)):
        return LeptonError(FILE_UNWRITABLE, path=str(path))
    return None


@contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it atomically becomes ``path``.

    If the ``with`` body raises, the target is untouched and the temp file removed. An
    ``OSError`` raised by the body is passed on unchanged unless it is a full disk.
    """
    path = Path(path)
    folder = path.parent
    temp: Path | None = None
    in_body = False
    try:
        fd, temp = _open_temp(folder, path)
        with os.fdopen(fd, "wb") as handle:
            in_body = True
            yield handle
            in_body = False
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            _copy_mode(path, temp)
        _replace(temp, path)
        temp = None
    except OSError as exc:
        error = _as_lepton_error(exc, path, ours=not in_body)
        if error is None:
            raise
        raise error from exc
    finally:
        if temp is not None:
            _remove_quietly(temp)
    _fsync_folder(folder)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see module docstring)."""
    with atomic_writer(path) as handle:
        handle.write(data)
