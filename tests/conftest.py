"""Shared test set-up.

``LEPTON_STUDIO_HOME`` is pointed at a fresh temporary folder at import time (before any
test module imports the app), so no test reads or writes the real user folders
(settings, cache, logs, autosave, projects). The folder is removed after the session.
"""

import os
import shutil
import tempfile

import pytest

_TEST_HOME = tempfile.mkdtemp(prefix="lepton-studio-test-home-")
os.environ["LEPTON_STUDIO_HOME"] = _TEST_HOME


@pytest.fixture(scope="session", autouse=True)
def lepton_studio_home():
    """The per-session LEPTON_STUDIO_HOME folder; removed when the session ends."""
    yield _TEST_HOME
    from lepton_studio.core.logs import shutdown_logging

    shutdown_logging()
    shutil.rmtree(_TEST_HOME, ignore_errors=True)


def write_shape_images(root, classes=("circle", "square"), per_class=30, size=32, seed=0):
    """A folder per class of simple drawn shapes on random backgrounds (learnable, small)."""
    from pathlib import Path

    import numpy as np
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(seed)
    root = Path(root)
    for name in classes:
        (root / name).mkdir(parents=True, exist_ok=True)
        for index in range(per_class):
            background = tuple(int(v) for v in rng.integers(0, 120, 3))
            image = Image.new("RGB", (size, size), background)
            draw = ImageDraw.Draw(image)
            colour = tuple(int(v) for v in rng.integers(140, 256, 3))
            r = int(rng.integers(size // 5, size // 3))
            x, y = (int(v) for v in rng.integers(r, size - r, 2))
            if name == "circle":
                draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
            elif name == "square":
                draw.rectangle([x - r, y - r, x + r, y + r], fill=colour)
            else:
                draw.polygon([(x, y - r), (x - r, y + r), (x + r, y + r)], fill=colour)
            image.save(root / name / f"{name}_{index:03d}.png")
    return root


@pytest.fixture
def shape_images(tmp_path):
    """Factory: ``shape_images(classes=..., per_class=..., size=...)`` -> folder path."""
    counter = iter(range(1000))

    def make(**kwargs):
        return write_shape_images(tmp_path / f"images{next(counter)}", **kwargs)
    return make
