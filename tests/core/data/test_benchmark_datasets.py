"""The benchmark's generated picture sets keep their promises: classes, counts, seeds, handedness.

The defaults are tuned on these sets (benchmarks/defaults_quality.py); a set that claimed
handedness but was secretly mirror-symmetric would let a flipping default look harmless.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

_PATH = Path(__file__).resolve().parents[3] / "benchmarks" / "datasets.py"
_spec = importlib.util.spec_from_file_location("benchmark_datasets", _PATH)
datasets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(datasets)

PER_CLASS = 24


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    root = tmp_path_factory.mktemp("bench")
    return {name: (root / name, datasets.make(name, root / name, PER_CLASS, seed=3))
            for name in datasets.DATASETS}


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".png", ".jpg"))


@pytest.mark.parametrize("name", sorted(datasets.DATASETS))
def test_each_set_has_its_classes_and_counts(made, name):
    root, classes = made[name]
    assert sorted(p.name for p in root.iterdir()) == sorted(classes)
    assert len(classes) >= 4
    for label in classes:
        files = _files(root / label)
        assert len(files) == PER_CLASS
        with Image.open(files[0]) as image:
            assert 32 <= min(image.size) <= 48


@pytest.mark.parametrize("name", sorted(datasets.DATASETS))
def test_same_seed_same_pictures_other_seed_others(name, tmp_path):
    def pictures(folder: str, seed: int) -> list[bytes]:
        classes = datasets.make(name, tmp_path / folder, 3, seed=seed)
        return [p.read_bytes() for label in classes for p in _files(tmp_path / folder / label)]

    first = pictures("first", seed=3)
    assert pictures("again", seed=3) == first
    other = pictures("other", seed=4)
    assert len(other) == len(first) and all(a != b for a, b in zip(other, first, strict=True))


def _ink(path: Path) -> np.ndarray:
    """How far each pixel is from the picture's median grey: the object, whatever its colour."""
    grey = np.asarray(Image.open(path).convert("L").resize((32, 32)), dtype=np.float64)
    ink = np.abs(grey - np.median(grey))
    return (ink - ink.mean()) / (ink.std() + 1e-6)


def _halves(root: Path, label: str) -> tuple[np.ndarray, np.ndarray]:
    """Mean ink of a class's first and second half: one is never compared with itself."""
    pictures = np.stack([_ink(p) for p in _files(root / label)])
    half = len(pictures) // 2
    return pictures[:half].mean(0), pictures[half:].mean(0)


def _likeness(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a - a.mean(), b - b.mean()
    return float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum()))


def _mirror(image: np.ndarray) -> np.ndarray:
    return image[:, ::-1]


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """Enough pictures that a class's mean ink shows its shape through fonts and clutter."""
    root = tmp_path_factory.mktemp("handed")
    for name in datasets.DATASETS:
        if datasets.HANDED[name]:
            datasets.make(name, root / name, 80, seed=5)
    return root


@pytest.mark.parametrize("name", [n for n in sorted(datasets.DATASETS) if datasets.MIRROR_PAIRS[n]])
def test_a_mirrored_picture_looks_like_its_mirror_class(many, name):
    for label, partner in datasets.MIRROR_PAIRS[name]:
        own_first, own_second = _halves(many / name, label)
        partner_first, _ = _halves(many / name, partner)
        mirrored = _mirror(own_second)
        assert _likeness(mirrored, partner_first) > _likeness(mirrored, own_first), (label, partner)


@pytest.mark.parametrize("name", [n for n in sorted(datasets.DATASETS) if datasets.HANDED[n]])
def test_handed_classes_are_not_mirror_symmetric(many, name):
    for label in datasets.HANDED[name]:
        first, second = _halves(many / name, label)
        assert _likeness(second, first) > _likeness(_mirror(second), first), label
