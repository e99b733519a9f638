"""Open only regular files, never block, never read without a cap.

Every path the app opens comes from a user or a file someone sent: a FIFO named
``x.lepton`` blocks ``open()`` forever, ``/dev/zero`` never ends, a sparse file can claim
terabytes. ``check_regular_file`` refuses those from ``os.stat`` alone;
``open_regular`` opens without blocking (``O_NONBLOCK`` where the OS has it) and checks
the opened handle again with ``fstat``, so a file swapped between the two checks is
still caught; ``read_capped`` never returns more than its cap.

The picture decoder (``data/decode.py``) is copied into exported scripts and may not
import this module; it carries its own copy of the same few lines.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from . import problems as P
from .problems import LeptonError

MB = 1_000_000


def file_kind(mode: int) -> str:
    """Plain words for what a non-regular path is (for the problem message)."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _check_stat(path: str | os.PathLike[str], st: os.stat_result, max_bytes: int | None) -> None:
    if stat.S_ISDIR(st.st_mode):  # as open() says it, so callers keep their wording
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(st.st_mode):
        raise LeptonError(P.FILE_NOT_REGULAR, path=str(path), kind=file_kind(st.st_mode))
    if max_bytes is not None and st.st_size > max_bytes:
        raise LeptonError(P.FILE_TOO_LARGE, path=str(path), size=st.st_size,
                          size_mb=st.st_size // MB, limit=max_bytes, limit_mb=max_bytes // MB)


def check_regular_file(path: str | os.PathLike[str], max_bytes: int | None = None) -> int:
    """The size of ``path`` if it is a regular file of at most ``max_bytes``.

    Raises ``file_not_regular`` or ``file_too_large``; ``OSError`` (missing, not
    allowed, a folder: ``IsADirectoryError``) passes through for the caller to word.
    """
    st = os.stat(path)
    _check_stat(path, st, max_bytes)
    return st.st_size


def open_regular(path: str | os.PathLike[str], max_bytes: int | None = None) -> BinaryIO:
    """A binary handle on a regular file, opened without ever blocking."""
    check_regular_file(path, max_bytes)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        _check_stat(path, os.fstat(fd), max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: ordinary reads from here on
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The whole content of a regular file of at most ``max_bytes`` bytes.

    Reads at most ``max_bytes + 1`` bytes even if the file grows meanwhile.
    """
    with open_regular(path, max_bytes) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        size = len(data)
        raise LeptonError(P.FILE_TOO_LARGE, path=str(path), size=size, size_mb=size // MB,
                          limit=max_bytes, limit_mb=max_bytes // MB)
    return data


def read_text_capped(path: str | os.PathLike[str], max_bytes: int, encoding: str = "utf-8") -> str:
    """``read_capped`` decoded (``UnicodeDecodeError`` passes through)."""
    return read_capped(Path(path), max_bytes).decode(encoding)
