"""Where a dataset's images come from: a class-per-folder tree, a CSV, or picked files.

Each source only lists candidates ``(path, label)`` and what it left out (with a reason);
it never opens an image. Decoding and checking is ``scan.py``'s job.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import problems as P
from ..problems import LeptonError, Problem
from ..safe_files import read_capped
from .decode import has_image_extension

# Skip reasons. The decoder's kinds (not_image, empty, corrupt, truncated, too_large,
# unsupported, unreadable, missing) plus the ones only a source can tell.
BAD_ROW = "bad_row"      # a CSV line without a usable path and label
NO_CLASS = "no_class"    # an image directly in the root folder, outside any class folder
NO_LABEL = "no_label"    # a picked file given an empty label
MAX_CSV_BYTES = 256 * 2**20  # a million rows of long paths fit well below

# Names that operating systems and archivers leave behind: skipped silently.
_JUNK_FILES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"})
_JUNK_DIRS = frozenset({"__macosx", "$recycle.bin", "system volume information"})
_PATH_HEADERS = frozenset({"path", "file", "filename", "file_name", "filepath", "file_path",
                           "image", "image_path", "img", "image_file", "name", "fichier"})
_LABEL_HEADERS = frozenset({"label", "class", "category", "target", "class_name", "classname",
                            "tag", "y"})


@dataclass(frozen=True)
class Skipped:
    """A file (or CSV line) left out of the dataset and why."""

    path: Path
    reason: str
    detail: str = ""
    line: int | None = None

    def problem(self) -> Problem:
        values: dict[str, Any] = {"path": str(self.path), "name": self.path.name,
                                  "detail": self.detail, "line": self.line}
        return Problem(SKIP_CODES.get(self.reason, P.DATA_CORRUPT), None, values, P.WARNING)

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "reason": self.reason, "detail": self.detail,
                "line": self.line}


SKIP_CODES: dict[str, str] = {
    "not_image": P.DATA_NOT_IMAGE,
    "empty": P.DATA_EMPTY,
    "corrupt": P.DATA_CORRUPT,
    "truncated": P.DATA_TRUNCATED,
    "too_large": P.DATA_TOO_LARGE,
    "unsupported": P.DATA_UNSUPPORTED,
    "unreadable": P.DATA_UNREADABLE,
    "missing": P.DATA_MISSING,
    "not_regular": P.DATA_NOT_REGULAR,
    "file_too_large": P.DATA_FILE_TOO_LARGE,
    BAD_ROW: P.DATA_BAD_ROW,
    NO_CLASS: P.DATA_NO_CLASS,
    NO_LABEL: P.DATA_NO_LABEL,
}


@dataclass
class Candidates:
    """A source's listing. Iterates (and indexes) like its list of ``(path, label)``."""

    kind: str  # "folder" | "csv" | "files"
    root: Path | None
    items: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)  # every class the source names
    empty_classes: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[tuple[Path, str]]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> tuple[Path, str]:
        return self.items[index]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "root": None if self.root is None else str(self.root),
                "items": [[str(p), label] for p, label in self.items],
                "skipped": [s.to_dict() for s in self.skipped],
                "classes": list(self.classes), "empty_classes": list(self.empty_classes)}


def sort_key(text: str) -> tuple[str, str]:
    """Order class and file names the same way on every platform."""
    return (text.casefold(), text)


# --- folder --------------------------------------------------------------------------------

def from_folder(root: str | os.PathLike[str]) -> Candidates:
    """One sub-folder per class; images in deeper folders belong to their top folder.

    Hidden and system files are ignored, links to folders are followed once (loops are
    cut), a folder that cannot be listed is reported and skipped.
    """
    root = Path(root)
    if not root.is_dir():
        raise LeptonError(P.DATA_FOLDER_MISSING, path=str(root), name=root.name)
    out = Candidates("folder", root)
    try:
        entries = _list_dir(root)
    except OSError as exc:
        raise LeptonError(P.DATA_UNREADABLE, path=str(root), name=root.name,
                          detail=str(exc), line=None) from None
    for entry in entries:
        if _ignored(entry):
            continue
        path = root / entry.name
        if _is_dir(entry):
            label = entry.name.strip()
            out.classes.append(label)
            before = len(out.items)
            _walk_class(path, label, out)
            if len(out.items) == before:
                out.empty_classes.append(label)
        elif _is_file(entry):
            if has_image_extension(entry.name):
                out.skipped.append(Skipped(path, NO_CLASS))
            # other files at the top (a README, a CSV) are not part of any class: ignored
        else:
            out.skipped.append(Skipped(path, "unreadable", "broken link"))
    return out


def _walk_class(top: Path, label: str, out: Candidates) -> None:
    visited: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            ident = (st.st_dev, st.st_ino)
            if ident in visited:
                continue  # a link back up the tree (or to a folder seen already)
            visited.add(ident)
            entries = _list_dir(folder)
        except OSError as exc:
            out.skipped.append(Skipped(folder, "unreadable", str(exc)))
            continue
        subfolders = []
        for entry in entries:
            if _ignored(entry):
                continue
            path = folder / entry.name
            if _is_dir(entry):
                subfolders.append(path)
            elif not _is_file(entry):
                out.skipped.append(Skipped(path, "unreadable", "broken link"))
            elif has_image_extension(entry.name):
                out.items.append((path, label))
            else:
                out.skipped.append(Skipped(path, "not_image", "not an image file name"))
        stack.extend(reversed(subfolders))  # depth-first, in name order


def _list_dir(folder: Path) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as it:
        return sorted(it, key=lambda e: sort_key(e.name))


def _ignored(entry: os.DirEntry[str]) -> bool:
    name = entry.name
    if name.startswith(".") or name.casefold() in _JUNK_FILES or name.casefold() in _JUNK_DIRS:
        return True
    attributes = 0
    try:
        attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        pass
    return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


# --- CSV -----------------------------------------------------------------------------------

def from_csv(csv_path: str | os.PathLike[str]) -> Candidates:
    """Rows of ``path,label``; relative paths are relative to the CSV's folder.

    Tolerates a BOM, Windows line ends, quotes, blank lines, spaces, a header row (which
    may also swap the columns to ``label,path``), ``;`` or tab separators. A row that
    cannot be used is reported with its line number.
    """
    csv_path = Path(csv_path)
    try:
        raw = read_capped(csv_path, MAX_CSV_BYTES)  # never a FIFO or /dev/zero
    except OSError as exc:
        raise LeptonError(P.DATA_CSV_UNREADABLE, path=str(csv_path), name=csv_path.name,
                          detail=exc.strerror or str(exc)) from None
    text = _decode_text(raw)
    base = csv_path.parent
    out = Candidates("csv", base)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text),
                        skipinitialspace=True)
    path_col, label_col = 0, 1
    first = True
    labels: dict[str, None] = {}
    try:
        for row in reader:
            line = reader.line_num
            cells = [c.strip() for c in row]
            if not any(cells):
                continue
            if first:
                first = False
                header = _header_columns(cells, base)
                if header is not None:
                    path_col, label_col = header
                    continue
                if (len(cells) >= 2 and not has_image_extension(cells[0])
                        and has_image_extension(cells[1])):
                    path_col, label_col = 1, 0
            if len(cells) <= max(path_col, label_col):
                out.skipped.append(Skipped(csv_path, BAD_ROW, "needs a path and a label", line))
                continue
            cell, label = cells[path_col], cells[label_col]
            if not cell or not label:
                detail = "the path is empty" if not cell else "the label is empty"
                out.skipped.append(Skipped(csv_path, BAD_ROW, detail, line))
                continue
            path = _resolve(cell, base)
            if not has_image_extension(path.name):
                out.skipped.append(Skipped(path, "not_image", "not an image file name", line))
            elif not path.is_file():
                reason = "unreadable" if path.exists() else "missing"
                out.skipped.append(Skipped(path, reason, "", line))
            else:
                out.items.append((path, label))
                labels.setdefault(label)
    except csv.Error as exc:  # e.g. a NUL byte: report the rest of the file as one bad row
        out.skipped.append(Skipped(csv_path, BAD_ROW, str(exc), reader.line_num))
    out.classes = sorted(labels, key=sort_key)
    return out


def _decode_text(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _sniff_delimiter(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            for delimiter in (",", ";", "\t"):
                if delimiter in line:
                    return delimiter
            break
    return ","


def _header_columns(cells: list[str], base: Path) -> tuple[int, int] | None:
    """Column indexes (path, label) when ``cells`` is a header row, else None."""
    if len(cells) < 2 or any(has_image_extension(c) for c in cells[:2]):
        return None
    names = [c.casefold() for c in cells]
    path_col = next((i for i, n in enumerate(names) if n in _PATH_HEADERS), None)
    label_col = next((i for i, n in enumerate(names) if n in _LABEL_HEADERS), None)
    if path_col is None and label_col is None and (base / cells[0]).is_file():
        return None  # a data row whose file merely lacks an image extension
    if path_col is None:
        path_col = 0 if label_col != 0 else 1
    if label_col is None or label_col == path_col:
        label_col = 1 if path_col == 0 else 0
    return path_col, label_col


def _resolve(cell: str, base: Path) -> Path:
    path = Path(cell)
    if os.sep == "/" and "\\" in cell and not (base / path).exists():
        path = Path(cell.replace("\\", "/"))  # a CSV written on Windows
    return path if path.is_absolute() else base / path


# --- picked files --------------------------------------------------------------------------

def from_files(pairs: Iterable[tuple[str | os.PathLike[str], str]]) -> Candidates:
    """Files picked or dropped by the user, each with the label they gave it."""
    out = Candidates("files", None)
    labels: dict[str, None] = {}
    for raw_path, raw_label in pairs:
        path, label = Path(raw_path), (raw_label or "").strip()
        if not has_image_extension(path.name):
            out.skipped.append(Skipped(path, "not_image", "not an image file name"))
        elif not path.is_file():
            out.skipped.append(Skipped(path, "unreadable" if path.exists() else "missing"))
        elif not label:
            out.skipped.append(Skipped(path, NO_LABEL))
        else:
            out.items.append((path, label))
            labels.setdefault(label)
    out.classes = sorted(labels, key=sort_key)
    return out
