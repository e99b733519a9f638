"""Text from the outside world (file names, class names, CSV cells) made safe to show.

A folder name can hold ESC or BEL (which retitle or clear a terminal), bidi overrides
that reorder what is shown, or bytes that are not valid text at all (Python keeps those
as lone surrogates, which no encoder accepts). ``visible`` turns each of these into a
readable escape such as ``\\x1b`` so the name stays recognisable and harmless.
"""

from __future__ import annotations

import unicodedata

# Marks and overrides that change the order text is shown in ("Trojan source").
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                          "\u2066\u2067\u2068\u2069")
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})  # controls, surrogates, line breaks


def _needs_escape(char: str) -> bool:
    return char in BIDI_CONTROLS or unicodedata.category(char) in _ESCAPED_CATEGORIES


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not valid UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def visible(text: object, keep: str = "") -> str:
    """``text`` with control characters, bidi overrides and undecodable bytes escaped.

    ``keep`` names characters to leave alone (``"\\n"`` for whole lines of output).
    Backslashes are not escaped: Windows paths stay as they are.
    """
    text = str(text)
    if text.isprintable() and not any(c in BIDI_CONTROLS for c in text):
        return text  # the common case, without a per-character pass
    return "".join(_escape(c) if c not in keep and _needs_escape(c) else c for c in text)


def is_valid_text(text: str) -> bool:
    """False for a name holding bytes that were not valid in the file system's encoding."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
