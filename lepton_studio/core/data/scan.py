"""Check every candidate image once and sum up what the user should know.

Each file is read once: the bytes are hashed (to find copies) and fully decoded (a
truncated file only shows itself at the end). JPEGs decode at reduced DCT scale, which
still reads every byte but costs a fraction of a full decode.
"""

from __future__ import annotations

import hashlib
import io
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from .. import problems as P
from ..problems import ERROR, WARNING, LeptonError, Problem
from ..tasks import CancelToken, EventCallback, ignore_event
from ._parallel import Throttle, run_parallel
from .decode import DecodeError, file_refusal, load_image_info
from .sources import Candidates, Skipped, sort_key

TINY_SIDE = 16               # an image with a side below this is "tiny"
MIN_PER_CLASS = 2            # fewer usable images than this in a class is an error
RECOMMENDED_PER_CLASS = 10   # fewer than this is a warning
IMBALANCE_WARNING = 3.0      # largest / smallest class at or above this is a warning
SIZE_CHOICES = (32, 48, 64, 96, 128)
SCAN_DECODE_SIZE = 32        # decode at >= 64 px: enough to judge colour, cheap for big photos
_STREAM_ABOVE = 64 * 1024 * 1024  # bigger files are hashed in chunks, not held in memory
_GRAY_MODES = frozenset({"1", "L", "LA", "La", "I", "F", "I;16", "I;16B", "I;16L", "I;16N"})


@dataclass(frozen=True)
class ScanItem:
    """A usable image. ``width``/``height`` as displayed (EXIF orientation applied)."""

    path: Path
    label: str
    width: int
    height: int
    mode: str
    format: str
    hash: str
    file_size: int
    gray: bool

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "label": self.label, "width": self.width,
                "height": self.height, "mode": self.mode, "format": self.format,
                "hash": self.hash, "file_size": self.file_size, "gray": self.gray}


@dataclass(frozen=True)
class DuplicateGroup:
    """Files with identical content and the same label; ``paths[0]`` is the one to keep."""

    hash: str
    label: str
    paths: tuple[Path, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"hash": self.hash, "label": self.label, "paths": [str(p) for p in self.paths]}


@dataclass(frozen=True)
class Conflict:
    """Files with identical content but different labels (``labels[i]`` for ``paths[i]``)."""

    hash: str
    paths: tuple[Path, ...]
    labels: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"hash": self.hash, "paths": [str(p) for p in self.paths],
                "labels": list(self.labels)}


@dataclass
class ScanReport:
    """Everything the import wizard shows after a scan, as plain data."""

    kind: str = "files"
    root: Path | None = None
    total: int = 0                                   # candidates checked
    items: list[ScanItem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    class_counts: dict[str, int] = field(default_factory=dict)  # usable images, every class
    duplicates: list[DuplicateGroup] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    tiny: list[ScanItem] = field(default_factory=list)
    empty_classes: list[str] = field(default_factory=list)
    too_few: list[str] = field(default_factory=list)  # error: < MIN_PER_CLASS usable
    few: list[str] = field(default_factory=list)      # warning: < RECOMMENDED_PER_CLASS
    imbalance_ratio: float = 1.0
    suggested_color: str = "rgb"
    suggested_size: int = SIZE_CHOICES[2]
    csv_encoding: str | None = None   # a CSV's encoding as people name it ("GB18030")
    csv_bom: bool = False             # ... and whether it began with a byte-order mark
    csv_delimiter: str | None = None  # a CSV's separator: ",", ";" or tab

    @property
    def class_names(self) -> list[str]:
        """Classes with at least one usable image, in display order."""
        return [c for c, n in self.class_counts.items() if n > 0]

    def redundant_paths(self) -> list[Path]:
        """Every copy but the first of each duplicate group: safe to exclude."""
        return [p for group in self.duplicates for p in group.paths[1:]]

    def conflicting_paths(self) -> list[Path]:
        return [p for conflict in self.conflicts for p in conflict.paths]

    def problems(self) -> list[Problem]:
        """Each finding as a Problem; errors first, then warnings, in a stable order."""
        out: list[Problem] = []
        names = self.class_names
        if not self.items:
            out.append(Problem(P.DATA_NO_IMAGES, None, {"skipped": len(self.skipped)}, ERROR))
        elif len(names) == 1:
            out.append(Problem(P.DATA_ONE_CLASS, None, {"label": names[0]}, ERROR))
        for label in self.too_few:
            out.append(Problem(P.DATA_CLASS_TOO_FEW, None, {
                "label": label, "count": self.class_counts.get(label, 0),
                "minimum": MIN_PER_CLASS}, ERROR))
        for label in self.few:
            out.append(Problem(P.DATA_CLASS_FEW, None, {
                "label": label, "count": self.class_counts[label],
                "recommended": RECOMMENDED_PER_CLASS}, WARNING))
        for label in self.empty_classes:
            out.append(Problem(P.DATA_CLASS_EMPTY, None, {"label": label}, WARNING))
        if self.imbalance_ratio >= IMBALANCE_WARNING:
            counts = {c: n for c, n in self.class_counts.items() if n > 0}
            out.append(Problem(P.DATA_IMBALANCE, None, {
                "ratio": round(self.imbalance_ratio, 1),
                "largest": max(counts, key=counts.__getitem__),
                "smallest": min(counts, key=counts.__getitem__)}, WARNING))
        for conflict in self.conflicts:
            out.append(Problem(P.DATA_LABEL_CONFLICT, None, {
                "labels": ", ".join(dict.fromkeys(conflict.labels)),
                "names": _names(conflict.paths), "paths": [str(p) for p in conflict.paths],
                "count": len(conflict.paths)}, WARNING))
        for group in self.duplicates:
            out.append(Problem(P.DATA_DUPLICATES, None, {
                "label": group.label, "count": len(group.paths), "names": _names(group.paths),
                "paths": [str(p) for p in group.paths]}, WARNING))
        for item in self.tiny:
            out.append(Problem(P.DATA_TINY_IMAGE, None, {
                "path": str(item.path), "name": item.path.name, "width": item.width,
                "height": item.height}, WARNING))
        out.extend(s.problem() for s in self.skipped)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "root": None if self.root is None else str(self.root),
            "total": self.total,
            "items": [i.to_dict() for i in self.items],
            "skipped": [s.to_dict() for s in self.skipped],
            "class_counts": dict(self.class_counts),
            "duplicates": [d.to_dict() for d in self.duplicates],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "tiny": [str(i.path) for i in self.tiny],
            "empty_classes": list(self.empty_classes),
            "too_few": list(self.too_few), "few": list(self.few),
            "imbalance_ratio": self.imbalance_ratio,
            "suggested_color": self.suggested_color, "suggested_size": self.suggested_size,
            "problems": [p.to_dict() for p in self.problems()],
            "csv_encoding": self.csv_encoding, "csv_bom": self.csv_bom,
            "csv_delimiter": self.csv_delimiter,
        }


def scan(source_items: Candidates | Iterable[tuple[Any, str]], color: str | None = None,
         on_event: EventCallback = ignore_event, token: CancelToken | None = None
         ) -> ScanReport:
    """Check every candidate on all cores and build the report.

    ``color`` ("rgb" / "gray") fixes the suggested colour mode; None detects it.
    Emits ``Progress("scan", done, total)`` from the calling thread, at most ~20 a
    second and always at the start and end. Raises ``Cancelled`` when ``token`` is.
    """
    if isinstance(source_items, Candidates):
        source = source_items
    else:
        source = Candidates("files", None, [(Path(p), str(label)) for p, label in source_items])
    candidates = list(source.items)
    total = len(candidates)
    results: list[ScanItem | Skipped | None] = [None] * total
    throttle = Throttle("scan", total, on_event)
    throttle.update(0, force=True)
    if token is not None:
        token.check()
    detect = color is None
    done = 0

    def collect(index: int, result: ScanItem | Skipped) -> None:
        nonlocal done
        results[index] = result
        done += 1
        throttle.update(done, force=done == total)

    run_parallel(lambda item: _check(item[0], item[1], detect), candidates, collect, token)
    if token is not None:
        token.check()
    return _summarise(source, total, results, color)


def decode_failure(path: str | Path, error: DecodeError) -> LeptonError:
    """A DecodeError as the LeptonError the GUI can show (e.g. for "try it")."""
    problem = Skipped(Path(path), error.kind, error.detail).problem()
    return LeptonError(problem.code, **problem.values)


# --- per file (worker threads) -------------------------------------------------------------

def _check(path: Path, label: str, detect_gray: bool) -> ScanItem | Skipped:
    try:
        st = path.stat()
        refusal = file_refusal(st)  # a pipe, a device, a huge sparse file: never read
        if refusal is not None:
            return Skipped(path, refusal.kind, refusal.detail)
        size = st.st_size
        if size == 0:
            return Skipped(path, "empty", "0 bytes")
        if size > _STREAM_ABOVE:
            digest = _hash_file(path)
            source: Path | io.BytesIO = path
        else:
            data = path.read_bytes()
            digest = hashlib.blake2b(data, digest_size=16).hexdigest()
            source = io.BytesIO(data)
    except FileNotFoundError:
        return Skipped(path, "missing")
    except OSError as exc:
        return Skipped(path, "unreadable", exc.strerror or str(exc))
    try:
        img, info = load_image_info(source, "rgb", target_size=SCAN_DECODE_SIZE)
    except DecodeError as exc:
        return Skipped(path, exc.kind, exc.detail)
    if info.format == "PNG":
        damage = _png_damage(source)
        if damage is not None:
            return Skipped(path, *damage)
    gray = _grayish(img, info.mode) if detect_gray else False
    return ScanItem(path, label, info.width, info.height, info.mode, info.format, digest,
                    size, gray)


_PNG_END = b"IEND\xaeB`\x82"  # the last chunk, with its (constant) checksum


def _png_damage(source: Path | io.BytesIO) -> tuple[str, str] | None:
    """(kind, detail) when a PNG that decoded is still damaged, else None.

    Decoding stops once the pixels are complete, so a download cut in its last chunks
    (or a flipped byte) passes ``load()``. ``verify()`` on a fresh open checks every
    chunk's checksum up to the end marker: no decompression, so it costs little.
    """
    try:
        if isinstance(source, io.BytesIO):
            source.seek(0)
            if _PNG_END not in source.getbuffer()[-4096:].tobytes():
                if _PNG_END not in source.getvalue():  # trailing bytes after the end
                    return "truncated", "the end of the PNG file is missing"
            source.seek(0)
        with Image.open(source, formats=("PNG",)) as img:
            img.verify()
    except (SyntaxError, OSError, ValueError, EOFError) as exc:
        text = str(exc)
        kind = "truncated" if "truncat" in text.lower() else "corrupt"
        return kind, text
    return None


def _hash_file(path: Path) -> str:
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _grayish(img: Image.Image, mode: str) -> bool:
    """True when the picture has (almost) no colour, allowing for JPEG chroma noise."""
    if mode in _GRAY_MODES:
        return True
    arr = np.asarray(img, dtype=np.int16)
    if arr.ndim != 3 or arr.shape[2] < 3:
        return True
    r, g, b = arr[:, :, 0], arr[:, :, 1], arr[:, :, 2]
    spread = np.maximum(np.abs(r - g), np.maximum(np.abs(g - b), np.abs(r - b)))
    return bool(spread.mean() <= 2.0 and np.count_nonzero(spread > 12) <= 0.01 * spread.size)


# --- summary (calling thread) --------------------------------------------------------------

def _summarise(source: Candidates, total: int, results: list[ScanItem | Skipped | None],
               color: str | None) -> ScanReport:
    report = ScanReport(kind=source.kind, root=source.root, total=total,
                        csv_encoding=source.encoding, csv_bom=source.bom,
                        csv_delimiter=source.delimiter)
    report.skipped = list(source.skipped)
    for result in results:
        if isinstance(result, ScanItem):
            report.items.append(result)
        elif isinstance(result, Skipped):
            report.skipped.append(result)
    items = report.items

    labels = dict.fromkeys(source.classes)
    labels.update(dict.fromkeys(label for _, label in source.items))
    counts = dict.fromkeys(sorted(labels, key=sort_key), 0)
    for item in items:
        counts[item.label] = counts.get(item.label, 0) + 1
    report.class_counts = counts
    report.empty_classes = [c for c in source.empty_classes if counts.get(c, 0) == 0]
    empty = set(report.empty_classes)
    report.too_few = [c for c, n in counts.items() if n < MIN_PER_CLASS and c not in empty]
    report.few = [c for c, n in counts.items() if MIN_PER_CLASS <= n < RECOMMENDED_PER_CLASS]
    present = [n for n in counts.values() if n > 0]
    report.imbalance_ratio = max(present) / min(present) if present else 1.0

    by_hash: dict[str, list[ScanItem]] = defaultdict(list)
    for item in items:
        by_hash[item.hash].append(item)
    for digest, group in by_hash.items():
        if len(group) < 2:
            continue
        paths = tuple(i.path for i in group)
        group_labels = tuple(i.label for i in group)
        if len(set(group_labels)) == 1:
            report.duplicates.append(DuplicateGroup(digest, group_labels[0], paths))
        else:
            report.conflicts.append(Conflict(digest, paths, group_labels))

    report.tiny = [i for i in items if min(i.width, i.height) < TINY_SIDE]
    if color is not None:
        report.suggested_color = color
    else:
        report.suggested_color = "gray" if items and all(i.gray for i in items) else "rgb"
    report.suggested_size = suggest_size([min(i.width, i.height) for i in items])
    return report


def suggest_size(short_sides: list[int]) -> int:
    """The largest of SIZE_CHOICES not above the median short side (the smallest if none)."""
    if not short_sides:
        return SIZE_CHOICES[2]
    median = statistics.median(short_sides)
    fitting = [s for s in SIZE_CHOICES if s <= median]
    return fitting[-1] if fitting else SIZE_CHOICES[0]


def _names(paths: Iterable[Path], limit: int = 5) -> str:
    names = [p.name for p in paths]
    shown = ", ".join(f"“{n}”" for n in names[:limit])
    return shown + (f" (+{len(names) - limit})" if len(names) > limit else "")
