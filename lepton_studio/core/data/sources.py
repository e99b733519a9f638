"""Where a dataset's images come from: a class-per-folder tree, a CSV, or picked files.

Each source only lists candidates ``(path, label)`` and what it left out (with a reason);
it never opens an image. Decoding and checking is ``scan.py``'s job.
"""

from __future__ import annotations

import contextlib
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
from ..text import is_valid_text, visible
from .csv_text import decode_csv, sniff_delimiter
from .decode import has_image_extension

# Skip reasons. The decoder's kinds (not_image, empty, corrupt, truncated, too_large,
# unsupported, unreadable, missing) plus the ones only a source can tell.
BAD_ROW = "bad_row"      # a CSV line without a usable path and label
NO_CLASS = "no_class"    # an image directly in the root folder, outside any class folder
NO_LABEL = "no_label"    # a picked file given an empty label
BAD_NAME = "bad_name"    # a file or folder name that is not valid text (old USB sticks, zips)
LINKED_TWICE = "linked_twice"  # a link (or hard link) to a picture already counted
LINK_LOOP = "link_loop"  # a link to a folder already walked (a loop, or a second way in)

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
        path = str(self.path)  # exact, for the GUI to show or exclude the file; escaped
        values: dict[str, Any] = {"path": path if is_valid_text(path) else visible(path),
                                  "name": visible(self.path.name),  # when it cannot be text
                                  "detail": visible(self.detail), "line": self.line}
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
    BAD_NAME: P.DATA_BAD_NAME,
    LINKED_TWICE: P.DATA_LINKED_TWICE,
    LINK_LOOP: P.DATA_LINK_LOOP,
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
    encoding: str | None = None   # a CSV's text encoding as people name it ("Shift_JIS")
    bom: bool = False             # ... and whether it started with a byte-order mark
    delimiter: str | None = None  # a CSV's separator: ",", ";" or tab

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
                "classes": list(self.classes), "empty_classes": list(self.empty_classes),
                "encoding": self.encoding, "bom": self.bom, "delimiter": self.delimiter}


def sort_key(text: str) -> tuple[str, str]:
    """Order class and file names the same way on every platform."""
    return (text.casefold(), text)


# --- folder --------------------------------------------------------------------------------

def from_folder(root: str | os.PathLike[str]) -> Candidates:
    """One sub-folder per class; images in deeper folders belong to their top folder.

    Hidden and system files are ignored; a folder that cannot be listed is reported and
    skipped. Each real file is counted once (by device and inode): real folders are walked
    first, then links, so a link (or a second hard link) to a picture already found, and
    a link to a folder already walked (a loop), are reported instead of counted again.
    Names that are not valid text are reported too (a project file could not hold them).
    """
    root = Path(root)
    if not root.is_dir():
        raise LeptonError(P.DATA_FOLDER_MISSING, path=visible(root), name=visible(root.name))
    if not is_valid_text(str(root)):
        raise LeptonError(P.DATA_FOLDER_BAD_NAME, path=visible(root), name=visible(root.name))
    out = Candidates("folder", root)
    try:
        entries = _list_dir(root)
    except OSError as exc:
        raise LeptonError(P.DATA_UNREADABLE, path=str(root), name=root.name,
                          detail=str(exc), line=None) from None
    walk = _FolderWalk(out)
    with contextlib.suppress(OSError):  # a link back to the top is a loop, not a class
        walk.folders.add(_identity(root.stat()))
    for entry in entries:
        if _ignored(entry):
            continue
        path = root / entry.name
        is_dir = _is_dir(entry)
        if not is_valid_text(entry.name):
            out.skipped.append(Skipped(path, BAD_NAME, "a folder" if is_dir else "a file"))
        elif is_dir:
            label = entry.name.strip()
            out.classes.append(label)
            walk.add(path, label, _is_link(entry))
        elif _is_file(entry):
            if has_image_extension(entry.name):
                out.skipped.append(Skipped(path, NO_CLASS))
            # other files at the top (a README, a CSV) are not part of any class: ignored
        else:
            out.skipped.append(Skipped(path, "unreadable", "broken link"))
    walk.run()
    out.empty_classes = [c for c in out.classes if c not in walk.labels_found]
    return out


class _FolderWalk:
    """Walk the class folders counting each real file once; links wait until the end."""

    def __init__(self, out: Candidates) -> None:
        self.out = out
        self.real: list[tuple[Path, str]] = []    # folders reached without a link
        self.links: list[tuple[Path, str]] = []   # links, to folders or files
        self.folders: set[tuple[int, int]] = set()
        self.files: dict[tuple[int, int], Path] = {}
        self.labels_found: set[str] = set()

    def add(self, path: Path, label: str, is_link: bool) -> None:
        (self.links if is_link else self.real).append((path, label))

    def run(self) -> None:
        order = {label: i for i, label in enumerate(self.out.classes)}
        found: list[tuple[Path, str]] = []
        for path, label in self.real:
            self._walk(path, label, found)
        while self.links:  # a linked folder may hold more links: they join the queue
            path, label = self.links.pop(0)
            try:
                st = path.stat()
            except OSError as exc:
                self.out.skipped.append(Skipped(path, "unreadable", exc.strerror or str(exc)))
                continue
            if stat.S_ISDIR(st.st_mode):
                self._walk(path, label, found)
            else:
                self._count(path, label, _identity(st), found, True)
        found.sort(key=lambda pair: order.get(pair[1], len(order)))  # stable: grouped by class
        self.out.items.extend(found)

    def _walk(self, top: Path, label: str, found: list[tuple[Path, str]]) -> None:
        stack = [top]
        while stack:
            folder = stack.pop()
            try:
                st = folder.stat()
                ident = _identity(st)
                if ident is not None and ident in self.folders:
                    self.out.skipped.append(Skipped(folder, LINK_LOOP, "a folder already included"))
                    continue
                if ident is not None:
                    self.folders.add(ident)
                entries = _list_dir(folder)
            except OSError as exc:
                self.out.skipped.append(Skipped(folder, "unreadable", str(exc)))
                continue
            subfolders = []
            for entry in entries:
                if _ignored(entry):
                    continue
                path = folder / entry.name
                if not is_valid_text(entry.name):
                    kind = "a folder" if _is_dir(entry) else "a file"
                    self.out.skipped.append(Skipped(path, BAD_NAME, kind))
                elif _is_link(entry) and (_is_dir(entry) or _is_file(entry)):
                    self.links.append((path, label))
                elif _is_dir(entry):
                    subfolders.append(path)
                elif not _is_file(entry):
                    self.out.skipped.append(Skipped(path, "unreadable", "broken link"))
                elif has_image_extension(entry.name):
                    self._count(path, label, _entry_identity(entry, st), found, False)
                else:
                    self.out.skipped.append(Skipped(path, "not_image", "not an image file name"))
            stack.extend(reversed(subfolders))  # depth-first, in name order

    def _count(self, path: Path, label: str, ident: tuple[int, int] | None,
               found: list[tuple[Path, str]], via_link: bool) -> None:
        if via_link and not has_image_extension(path.name):
            self.out.skipped.append(Skipped(path, "not_image", "not an image file name"))
            return
        first = self.files.get(ident) if ident is not None else None
        if first is not None:
            self.out.skipped.append(Skipped(path, LINKED_TWICE, first.name))
            return
        if ident is not None:
            self.files[ident] = path
        found.append((path, label))
        self.labels_found.add(label)


def _identity(st: os.stat_result) -> tuple[int, int] | None:
    """(device, inode), or None where the file system does not give inodes."""
    return (st.st_dev, st.st_ino) if st.st_ino else None


def _entry_identity(entry: os.DirEntry[str], folder: os.stat_result) -> tuple[int, int] | None:
    """A plain file's identity, without a system call where the listing already has it."""
    if os.name == "nt":  # DirEntry has no inode there without a stat of its own
        try:
            return _identity(os.stat(entry.path))
        except OSError:
            return None
    try:
        inode = entry.inode()
    except OSError:
        return None
    return (folder.st_dev, inode) if inode else None


def _is_link(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink() or bool(getattr(entry, "is_junction", lambda: False)())
    except OSError:
        return False


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

    Tolerates Windows line ends, quotes, blank lines, spaces, a header row (which may
    also swap the columns to ``label,path``), ``;`` or tab separators, and any of the
    encodings Excel writes (``csv_text``; the one used is kept in ``encoding``). A row
    that cannot be used is reported with its line number.
    """
    csv_path = Path(csv_path)
    try:
        raw = read_capped(csv_path, MAX_CSV_BYTES)  # never a FIFO or /dev/zero
    except OSError as exc:
        raise LeptonError(P.DATA_CSV_UNREADABLE, path=str(csv_path), name=csv_path.name,
                          detail=exc.strerror or str(exc)) from None
    if not is_valid_text(str(csv_path)):
        raise LeptonError(P.DATA_FOLDER_BAD_NAME, path=visible(csv_path), name=visible(csv_path.name))
    base = csv_path.parent
    delimiter = sniff_delimiter(raw.decode("latin-1"))  # separators are ASCII in every guess
    decoded = decode_csv(raw, lambda lines: _existing_files(lines, delimiter, base))
    text = decoded.text
    if decoded.encoding.startswith(("utf-16", "utf-32")):
        delimiter = sniff_delimiter(text)
    out = Candidates("csv", base, encoding=decoded.encoding_name, bom=decoded.bom,
                     delimiter=delimiter)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
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


def _existing_files(lines: list[str], delimiter: str, base: Path) -> int:
    """How many image paths in these CSV lines exist: the test between code pages."""
    count = 0
    try:
        for row in csv.reader(lines, delimiter=delimiter, skipinitialspace=True):
            count += sum(1 for cell in row if has_image_extension(cell.strip())
                         and _resolve(cell.strip(), base).is_file())
    except (csv.Error, OSError, ValueError):
        pass
    return count


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
        if not is_valid_text(str(path)):
            out.skipped.append(Skipped(path, BAD_NAME, "a file"))
        elif not has_image_extension(path.name):
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
