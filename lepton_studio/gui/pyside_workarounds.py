"""Work-arounds for bugs of the Qt binding that we cannot fix at the source.

PySide6 6.12.0 on CPython 3.11: every C++ method returning ``void`` hands Python the
``None`` object without the reference it owes (measured: ``sys.getrefcount(None)`` drops
by one per ``QPainter.setPen``, ``QWidget.setVisible``, ``QObject.setObjectName``, ...).
After some tens of thousands of such calls (a few seconds of painting) the count reaches
zero and the interpreter aborts with "Fatal Python error: none_dealloc". From CPython
3.12 on ``None`` is immortal (PEP 683) and the bug is harmless; on 3.11 we give ``None``
the same property by raising its reference count far out of reach, once, at start-up.
"""

from __future__ import annotations

import ctypes
import sys

_FAR_AWAY = 1 << 60


def protect_none() -> None:
    """Make ``None`` effectively immortal on CPython < 3.12 (idempotent, no-op elsewhere)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if count.value < _FAR_AWAY // 2:
        count.value += _FAR_AWAY
