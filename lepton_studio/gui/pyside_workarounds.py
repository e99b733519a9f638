"""Work-arounds for bugs of the Qt binding that we cannot fix at the source.

PySide6 6.12.0 on CPython 3.11 hands Python some shared singletons without the reference
it owes: every C++ method returning ``void`` returns ``None`` that way (measured:
``sys.getrefcount(None)`` drops by one per ``QPainter.setPen``, ``QWidget.setVisible``,
``QObject.setObjectName``...), and ``Signal.emit()`` does the same with ``True``. After
some tens of thousands of calls (seconds of painting) the count reaches zero and the
interpreter aborts ("Fatal Python error: none_dealloc" / "bool_dealloc") or frees memory
still in use (segmentation faults far from the cause). From CPython 3.12 on these
objects are immortal (PEP 683) and the bug is harmless; on 3.11 we give them the same
property by raising their reference counts far out of reach, once, at start-up.

pyproject.toml now requires PySide6 < 6.12 (6.11 does not have the bug, measured with
``sys.getrefcount(None)`` around 1,000 ``QWidget.setVisible`` calls); the guard stays
for installs that bring 6.12.0 anyway, and only acts there.
"""

from __future__ import annotations

import ctypes
import sys

_FAR_AWAY = 1 << 60


def _singletons() -> list[object]:
    return [None, True, False, NotImplemented, Ellipsis, (), "", b"", *range(-5, 257)]


def protect_none() -> None:
    """Make the interpreter's singletons effectively immortal on CPython < 3.12
    (idempotent; nothing to do on 3.12+ or other interpreters)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import PySide6

    if not PySide6.__version__.startswith("6.12."):
        return
    for obj in _singletons():
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt: PyObject's first field
        if count.value < _FAR_AWAY // 2:
            count.value += _FAR_AWAY
