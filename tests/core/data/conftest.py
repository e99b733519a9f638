"""Small image files made on the fly for the data-pipeline tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image


def _write(path: Path, size: tuple[int, int] = (32, 24), color=(200, 30, 30),
           mode: str = "RGB", noise: bool = False, seed: int = 0, **save) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if noise:
        rng = np.random.default_rng(seed)
        channels = {"RGB": 3, "L": 1}[mode]
        arr = rng.integers(0, 256, (size[1], size[0], channels), dtype=np.uint8)
        img = Image.fromarray(arr[:, :, 0] if channels == 1 else arr, mode)
    else:
        img = Image.new(mode, size, color)
    img.save(path, **save)
    return path


@pytest.fixture
def write_image():
    """``write_image(path, size=(w, h), color=..., mode="RGB", noise=False, seed=0)``."""
    return _write
