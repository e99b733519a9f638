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


@pytest.fixture
def fake_export_format():
    """A made-up export format ("fake": the weights as model.fake + graph.json, read back
    with the bundle's loader), registered for one test and removed after it."""
    import json

    from lepton_studio.core.export import bundle, formats
    from lepton_studio.core.export.manifest import read_manifest

    def write(request):
        (request.folder / "model.fake").write_bytes(request.weights)
        (request.folder / "graph.json").write_text(json.dumps(request.graph), "utf-8")
        return formats.Written("fake-writer", manifest={"graph_file": "graph.json", "runtime": None})

    def outputs(folder, pixels):
        from lepton_studio.core.confidence import read_confidence_section
        from lepton_studio.core.evaluation import predict_probabilities

        network, _ = bundle.load_bundle_network(read_manifest(folder))
        spec = json.loads((folder / "preprocessing.json").read_text("utf-8"))
        temperature, _ = read_confidence_section(spec)  # as the reopened predictor applies it
        return {"model.fake": predict_probabilities(network, pixels, temperature=temperature)}

    fake = formats.ExportFormat(
        id="fake", label="Fake format", help="Made up by a test.", folder_suffix="FAKE",
        model_file="model.fake", files=("model.fake", "graph.json"), write=write,
        outputs=outputs, open=lambda manifest, labels, image, _file, confidence: bundle.open_bundle(
            manifest, labels, image, confidence),
        what="a fake model (`{model}`)", script_needs="nothing")
    unregister = formats.register(fake)
    yield fake
    unregister()
    assert "fake" not in formats.ids()
