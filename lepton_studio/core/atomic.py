"""Atomic file writes: a reader (or a crash) sees the old file or the new one, never half.

The data goes to a temporary file in the target's own folder (``os.replace`` is only
atomic within one file system), is flushed and fsynced, then renamed over the target,
and the folder is fsynced so the rename itself survives a power cut. On Windows the
rename is retried briefly, because antivirus scanners and sync clients (OneDrive) hold
freshly written files open for a moment. Whatever fails, the temporary file is removed.

Nothing is taken on trust before the rename: every ``os.write`` result is checked (a
short write is continued, a write that makes no progress is a full disk), fsync and
close must succeed, the temporary file must have exactly the size written, and a
caller's ``verify(temp)`` (e.g. "the zip directory reads back") must pass.

Expected failures become ``LeptonError``: a full disk is ``disk_full``, a folder or file
we may not write is ``file_unwritable``, a file that does not read back as written is
``save_unverified``; all carry the target path.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .problems import DISK_FULL, FILE_UNWRITABLE, SAVE_UNVERIFIED, LeptonError

log = logging.getLogger(__name__)

_IS_WINDOWS = os.name == "nt"
# Delays between os.replace attempts on Windows (about 1.5 s in all).
_REPLACE_RETRY_DELAYS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.3, 0.4)
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_BUFFER_BYTES = 1 << 20


class _CheckedFile(io.RawIOBase):
    """A raw, seekable file over ``fd`` whose writes go through ``os.write``, checked.

    ``os.write`` may write fewer bytes than asked (a full disk, a signal); the rest is
    written again, and a write that writes nothing is reported as a full disk instead
    of looping. ``size`` is the end of the furthest byte the system accepted (the zip
    writer seeks back to patch headers, so this is not the sum of the writes).
    """

    def __init__(self, fd: int) -> None:
        super().__init__()
        self.fd = fd
        self.size = 0

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return os.lseek(self.fd, offset, whence)

    def tell(self) -> int:
        return os.lseek(self.fd, 0, os.SEEK_CUR)

    def write(self, data) -> int:
        view = memoryview(data).cast("B")
        done = 0
        while done < len(view):
            count = os.write(self.fd, view[done:])
            if not count or count < 0:
                raise OSError(errno.ENOSPC, "No space left on device (the write made no progress)")
            done += count
        self.size = max(self.size, self.tell())
        return done

    def fileno(self) -> int:
        return self.fd

    def close(self) -> None:
        if not self.closed:
            super().close()
            os.close(self.fd)  # an error here (NFS, quota) reaches the caller


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


def _check_size(temp: Path, expected: int, path: Path) -> None:
    """The file on disk must hold every byte we wrote (some file systems lose data
    quietly when full)."""
    actual = os.stat(temp).st_size
    if actual != expected:
        raise LeptonError(SAVE_UNVERIFIED, path=str(path),
                          reason=f"{actual} of {expected} bytes on disk")


@contextmanager
def atomic_writer(path: str | os.PathLike[str],
                  verify: Callable[[Path], None] | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it atomically becomes ``path``.

    If the ``with`` body raises, the target is untouched and the temp file removed. An
    ``OSError`` raised by the body is passed on unchanged unless it is a full disk.
    ``verify(temp)``, called after fsync and before the rename, may raise (a
    ``LeptonError``) to refuse a temp file that does not read back as written.
    """
    path = Path(path)
    folder = path.parent
    temp: Path | None = None
    in_body = False
    try:
        fd, temp = _open_temp(folder, path)
        raw = _CheckedFile(fd)
        with io.BufferedWriter(raw, _BUFFER_BYTES) as handle:
            in_body = True
            yield handle
            in_body = False
            handle.flush()
            os.fsync(raw.fileno())
        _check_size(temp, raw.size, path)
        if verify is not None:
            verify(temp)
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
