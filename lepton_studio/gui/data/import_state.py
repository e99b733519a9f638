"""What the import wizard knows and the user decided, as plain data (no Qt).

Pages read and write one ``ImportState``; ``build_dataset`` turns it into the project's
``DatasetSpec``. The scan worker also builds a ``base`` dataset with
``dataset_from_scan`` (the one place that turns a scan into items, shared with the CLI),
so the wizard's split preview uses the very keys the final split uses, and finishing
only copies and adjusts that dataset.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lepton_studio.core import problems as P
from lepton_studio.core.data import edits
from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import MIN_PER_CLASS, ScanReport, scan
from lepton_studio.core.data.sources import Candidates, from_csv, from_files, from_folder
from lepton_studio.core.data.split import DEFAULT_RATIOS, stratified_split
from lepton_studio.core.model_choice import SMALL_CLASS_AVERAGE, TRANSFER_TEMPLATE  # noqa: F401  (one rule, in core)
from lepton_studio.core.problems import ERROR, Problem
from lepton_studio.core.project import DatasetItem, DatasetSpec, ImageSettings
from lepton_studio.core.tasks import CancelToken, EventCallback, ignore_event

FOLDER, CSV, FILES = "folder", "csv", "files"
SOURCES = (FOLDER, CSV, FILES)


@dataclass
class ScanResult:
    """What the scan worker hands back: the report and the dataset it makes by default."""

    report: ScanReport
    base: DatasetSpec
    paths: list[str]  # str(ScanItem.path) of each base item, in the same order


@dataclass
class ImportState:
    kind: str = FOLDER
    folder: str = ""
    csv_path: str = ""
    buckets: dict[str, list[str]] = field(default_factory=dict)  # class -> picked files
    result: ScanResult | None = None
    overrides: dict[str, bool] = field(default_factory=dict)     # path -> excluded?
    dropped_classes: set[str] = field(default_factory=set)
    ratios: tuple[float, float, float] = DEFAULT_RATIOS
    seed: int = 0
    image: ImageSettings = field(default_factory=ImageSettings)
    augment: str = "light"
    mirror: str = "auto"  # is a mirrored picture still the same class? "auto" | "yes" | "no"
    turn: str = "auto"    # ... a turned one?
    use_transfer: bool = False
    background_folder: str = ""  # optional: pictures of none of the classes (never a class)

    # --- source ------------------------------------------------------------------------
    def source_ready(self) -> bool:
        if self.kind == FOLDER:
            return bool(self.folder) and Path(self.folder).is_dir()
        if self.kind == CSV:
            return bool(self.csv_path) and Path(self.csv_path).is_file()
        return any(self.buckets.values())

    def candidates(self) -> Candidates:
        """List the source (reads folders or the CSV: call it off the GUI thread)."""
        if self.kind == FOLDER:
            return from_folder(self.folder)
        if self.kind == CSV:
            return from_csv(self.csv_path)
        pairs = [(path, label) for label, paths in self.buckets.items() for path in paths]
        return from_files(pairs)

    @property
    def report(self) -> ScanReport | None:
        return self.result.report if self.result else None

    def set_result(self, result: ScanResult) -> None:
        """A new scan: decisions about the old files go, settings follow the data."""
        self.result = result
        self.overrides.clear()
        self.dropped_classes.clear()
        self.image = ImageSettings(size=result.report.suggested_size,
                                   color=result.report.suggested_color,
                                   resize=self.image.resize)

    # --- decisions ---------------------------------------------------------------------
    def default_excluded(self) -> set[str]:
        """Paths the dataset leaves out unless the user keeps them (copies, conflicts)."""
        if self.result is None:
            return set()
        return {path for path, item in zip(self.result.paths, self.result.base.items,
                                           strict=True) if item.excluded}

    def is_excluded(self, path: str) -> bool:
        if path in self.overrides:
            return self.overrides[path]
        return path in self._default_set()

    def _default_set(self) -> set[str]:
        cached = getattr(self, "_defaults", None)
        if cached is None or cached[0] is not self.result:
            cached = (self.result, self.default_excluded())
            self._defaults = cached
        return cached[1]

    def set_excluded(self, paths: list[str], excluded: bool) -> None:
        defaults = self._default_set()
        for path in paths:
            if (path in defaults) == excluded:
                self.overrides.pop(path, None)
            else:
                self.overrides[path] = excluded

    def in_dataset(self, path: str) -> bool:
        """True for files the scan accepted (only those can be kept or excluded)."""
        return self.result is not None and path in self._path_set()

    def _path_set(self) -> set[str]:
        cached = getattr(self, "_paths", None)
        if cached is None or cached[0] is not self.result:
            cached = (self.result, set(self.result.paths) if self.result else set())
            self._paths = cached
        return cached[1]

    def _decisions_key(self) -> tuple:
        return (id(self.result), tuple(sorted(self.overrides.items())),
                tuple(sorted(self.dropped_classes)))

    def usable_counts(self) -> dict[str, int]:
        """Pictures per class that will be used (not excluded), dropped classes left out."""
        if self.result is None:
            return {}
        key = self._decisions_key()
        cached = getattr(self, "_counts", None)
        if cached is not None and cached[0] == key:
            return dict(cached[1])
        counts = self._usable_counts()
        self._counts = (key, counts)
        return dict(counts)

    def _usable_counts(self) -> dict[str, int]:
        base = self.result.base
        counts: Counter[int] = Counter()
        for path, item in zip(self.result.paths, base.items, strict=True):
            if not self.is_excluded(path):
                counts[item.label] += 1
        return {name: counts.get(i, 0) for i, name in enumerate(base.class_names)
                if name not in self.dropped_classes}

    def blocking_problems(self) -> list[Problem]:
        """What keeps the import from going on, given the user's decisions."""
        if self.result is None:
            return []
        counts = self.usable_counts()
        out: list[Problem] = []
        for label, count in counts.items():
            if count < MIN_PER_CLASS:
                out.append(Problem(P.DATA_CLASS_TOO_FEW, None, {
                    "label": label, "count": count, "minimum": MIN_PER_CLASS}, ERROR))
        usable = [label for label, count in counts.items() if count > 0]
        if not usable:
            out.insert(0, Problem(P.DATA_NO_IMAGES, None,
                                  {"skipped": len(self.result.report.skipped)}, ERROR))
        elif len(counts) < 2:
            out.insert(0, Problem(P.DATA_ONE_CLASS, None, {"label": usable[0]}, ERROR))
        return out

    def average_per_class(self) -> float:
        counts = [n for n in self.usable_counts().values() if n > 0]
        return sum(counts) / len(counts) if counts else 0.0

    def recommend_transfer(self) -> bool:
        return 0 < self.average_per_class() < SMALL_CLASS_AVERAGE

    def splits(self) -> list[str]:
        """The split of every base item with the chosen seed and shares (kept until they change)."""
        key = (id(self.result), int(self.seed), tuple(self.ratios))
        cached = getattr(self, "_splits", None)
        if cached is None or cached[0] != key:
            cached = (key, _splits_of(self.result.base, self.seed, self.ratios))
            self._splits = cached
        return cached[1]

    def split_preview(self) -> dict[str, dict[str, int]]:
        """``{class: {"train": n, "val": n, "test": n}}`` of the pictures that will be used."""
        if self.result is None:
            return {}
        base = self.result.base
        splits = self.splits()
        out = {name: {"train": 0, "val": 0, "test": 0} for name in base.class_names
               if name not in self.dropped_classes}
        for path, item, split in zip(self.result.paths, base.items, splits, strict=True):
            name = base.class_names[item.label]
            if name in out and not self.is_excluded(path):
                out[name][split] += 1
        return out


def _splits_of(base: DatasetSpec, seed: int, ratios) -> list[str]:
    return stratified_split([item.label for item in base.items], seed, ratios,
                            keys=[item.path for item in base.items])


def scan_source(state: ImportState, token: CancelToken | None = None,
                on_event: EventCallback = ignore_event) -> ScanResult:
    """List and check the source, and make the default dataset (worker thread)."""
    candidates = state.candidates()
    if token is not None:
        token.check()
    report = scan(candidates, on_event=on_event, token=token)
    base = dataset_from_scan(report, source=state.kind)
    index = set(base.class_names)
    paths = [str(item.path) for item in report.items if item.label in index]
    return ScanResult(report, base, paths)


def background_folder(state: ImportState) -> str:
    """The chosen background folder when it is a folder, else none."""
    folder = state.background_folder.strip()
    return str(Path(folder)) if folder and Path(folder).is_dir() else ""


def build_dataset(state: ImportState) -> DatasetSpec:
    """The project's dataset from the scan and the user's decisions."""
    if state.result is None:
        raise ValueError("nothing was scanned")
    base = state.result.base
    dataset = DatasetSpec(
        root=base.root, source=base.source, class_names=list(base.class_names),
        items=[DatasetItem(item.path, item.label, item.split, item.excluded) for item in base.items],
        image=ImageSettings(state.image.size, state.image.color, state.image.resize),
        split_seed=int(state.seed), split_ratios=tuple(float(r) for r in state.ratios),
        background_folder=background_folder(state))
    splits = state.splits()
    for path, item, split in zip(state.result.paths, dataset.items, splits, strict=True):
        item.split = split
        item.excluded = state.is_excluded(path)
    for name in [n for n in dataset.class_names if n in state.dropped_classes]:
        edits.delete_class(dataset, dataset.class_names.index(name))
    return dataset
