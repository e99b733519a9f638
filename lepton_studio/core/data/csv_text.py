"""Which text encoding and separator a CSV file was written with.

Excel writes what the PC's language dictates: GBK in China, Shift_JIS in Japan,
Windows-1252 in Western Europe, UTF-16 with tabs for "Unicode text", ``;`` where the
comma is the decimal mark. A wrong guess finds no pictures at all, so: a byte-order
mark decides first, then strict UTF-8 (which nonsense almost never passes), then the
locale's code page and the common ones, of which the one whose paths exist on disk
wins (many of these code pages decode almost any bytes, so only the disk can tell).
"""

from __future__ import annotations

import codecs
import locale
from collections.abc import Callable
from dataclasses import dataclass

DELIMITERS = ("\t", ";", ",")  # preferred in this order when several fit every line
LEGACY_ENCODINGS = ("gb18030", "cp932", "big5", "euc_kr", "cp1252")
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "shift_jis": "cp932"}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_NAMES = {"utf-8": "UTF-8", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
          "utf-32-le": "UTF-32 LE", "utf-32-be": "UTF-32 BE", "gb18030": "GB18030",
          "cp932": "Shift_JIS", "big5": "Big5", "euc_kr": "EUC-KR", "cp1252": "Windows-1252",
          "latin-1": "Latin-1"}
_SAMPLE_LINES = 200  # lines with non-ASCII bytes, enough to tell code pages apart


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # Python's codec name, e.g. "utf-8", "gb18030", "cp932"
    bom: bool = False

    @property
    def encoding_name(self) -> str:
        """The name people know the encoding by (Shift_JIS, not cp932)."""
        return _NAMES.get(self.encoding, self.encoding.upper())


def decode_csv(raw: bytes, score: Callable[[list[str]], int]) -> DecodedText:
    """Decode a CSV file's bytes. ``score(lines)`` counts the paths in some of its lines
    that exist on disk; it decides between code pages that all decode the bytes."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return DecodedText(raw[len(bom):].decode(encoding), encoding, True)
            except UnicodeDecodeError:
                break  # a BOM-like start of something else
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return utf16
    try:
        return DecodedText(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in candidate_encodings():
        try:
            candidates.append(DecodedText(raw.decode(encoding), encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        return DecodedText(raw.decode("latin-1"), "latin-1")
    if len(candidates) == 1:
        return candidates[0]
    sample = [line for line in raw.splitlines() if any(b >= 0x80 for b in line)][:_SAMPLE_LINES]
    scores = [score([line.decode(c.encoding, "replace") for line in sample]) for c in candidates]
    return candidates[scores.index(max(scores))]  # ties: the locale's, then the list's order


def candidate_encodings() -> list[str]:
    """The locale's code page first, then the common ones; UTF-8 is tried before these."""
    out: list[str] = []
    for name in (locale.getpreferredencoding(False), *LEGACY_ENCODINGS):
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        codec = _SUPERSETS.get(codec, codec)
        if codec not in out and codec not in ("utf-8", "ascii"):
            out.append(codec)
    return out


def _utf16_without_bom(raw: bytes) -> DecodedText | None:
    """UTF-16 saved without a BOM: ASCII characters leave every other byte zero."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    half = len(raw) // 2
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= 0.3 * half and other <= 0.05 * half:
            try:
                return DecodedText(raw.decode(encoding), encoding)
            except UnicodeDecodeError:
                return None
    return None


def sniff_delimiter(text: str) -> str:
    """The separator found the same number of times on each of the first lines
    (tab, then ``;``, then ``,`` when several are), else the first one on the first line."""
    lines = [line for line in text.splitlines() if line.strip()][:20]
    if not lines:
        return ","
    for delimiter in DELIMITERS:
        counts = {line.count(delimiter) for line in lines}
        if len(counts) == 1 and counts.pop() > 0:
            return delimiter
    for delimiter in (",", ";", "\t"):
        if delimiter in lines[0]:
            return delimiter
    return ","


def delimiter_name(delimiter: str) -> str:
    """``tab``, ``semicolon`` or ``comma``: how reports name the separator."""
    return {"\t": "tab", ";": "semicolon", ",": "comma"}.get(delimiter, repr(delimiter))
