"""End to end: a raw file through the exported predict.py gives the app's prediction.

For each resize policy and for a grey model, the ONNX export's ``predict.py`` runs in
a subprocess (with lepton_studio and torch made unimportable, so it truly stands
alone) on awkward files, and its probabilities are compared with the app's own
prediction (the project's PyTorch network through ``load_predictor``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lepton_studio.core.data import decode
from lepton_studio.core.export import export_run, load_predictor
from lepton_studio.core.export.predict_script import embedded_decode_source
from lepton_studio.core.project import ImageSettings, save_project

TOLERANCE = 1e-4

# Blocks lepton_studio and torch, then runs predict.py as __main__.
STANDALONE = (
    "import sys, runpy\n"
    "for name in ('lepton_studio', 'torch'):\n"
    "    sys.modules[name] = None\n"
    "script = sys.argv[1]\n"
    "sys.argv = sys.argv[1:]\n"
    "runpy.run_path(script, run_name='__main__')\n"
)


def run_predict_script(folder: Path, files, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", STANDALONE, str(folder / "predict.py"),
                           *map(str, files), "--json", "--top-k", "3", *extra],
                          capture_output=True, text=True, timeout=120, cwd=folder.parent)


@pytest.fixture(scope="module")
def pictures(tmp_path_factory, pictures_factory):
    return pictures_factory(tmp_path_factory.mktemp("special"))


@pytest.fixture(scope="module", params=[("stretch", "rgb"), ("pad", "rgb"), ("crop", "gray")],
                ids=lambda p: f"{p[0]}-{p[1]}")
def exported(request, tmp_path_factory, project_factory):
    policy, color = request.param
    root = tmp_path_factory.mktemp(f"parity-{policy}-{color}")
    project = project_factory(root, ImageSettings(28, color, policy), template="tiny-resnet")
    save_project(project, root / "shapes.lepton")
    report = export_run(project, fmt="onnx", out_dir=root / "export", cache_root=root / "cache")
    return root, report


def test_predict_script_matches_the_app_on_awkward_files(exported, pictures, tmp_path):
    root, report = exported
    assert report.parity.passed and report.parity.source == "validation"
    app = load_predictor(root / "shapes.lepton")
    files = list(pictures.values())
    expected = {p.path: p for p in app.predict_files(files, top_k=3)}
    assert all(p.problem is None for p in expected.values())
    junk = tmp_path / "junk.png"
    junk.write_text("not a picture")

    result = run_predict_script(root / "export", [*files, junk])
    assert result.returncode == 2, result.stderr  # 2: one file could not be read
    got = json.loads(result.stdout)
    assert [entry["path"] for entry in got] == [str(f) for f in [*files, junk]]
    assert got[-1]["error"]["code"] == "not_image"
    worst = 0.0
    for entry in got[:-1]:
        want = expected[entry["path"]]
        assert entry["label"] == want.label, entry["path"]
        diff = np.abs(np.array(entry["probabilities"]) - np.array(want.probabilities)).max()
        worst = max(worst, float(diff))
        assert [t["label"] for t in entry["top"]] == [label for label, _ in want.top]
    assert worst < TOLERANCE
    # The model tells these pictures apart, so the comparison means something.
    assert len({e["label"] for e in got[:-1]}) >= 2


def test_the_check_is_sensitive_to_preprocessing(exported, tmp_path):
    """Had predict.py resized, ordered channels or scaled differently, it would fail."""
    from PIL import Image

    root, _ = exported
    app = load_predictor(root / "shapes.lepton")
    size, color = app.image.size, app.image.color
    pixels = np.zeros((24, 72, 3), np.uint8)
    pixels[:, :24] = (250, 40, 0)
    pixels[:, 24:48] = (0, 200, 90)
    pixels[::3, :, 2] = 255
    path = tmp_path / "bands.png"
    Image.fromarray(pixels).save(path)
    right = app.preprocess_file(path)
    reference = app.probabilities(right[None])
    other = "pad" if app.image.resize != "pad" else "stretch"
    wrong_resize = decode.preprocess_file(path, size, color, other)
    assert np.abs(app.probabilities(wrong_resize[None]) - reference).max() > 10 * TOLERANCE
    if color == "rgb":
        swapped = np.ascontiguousarray(right[:, :, ::-1])
        assert np.abs(app.probabilities(swapped[None]) - reference).max() > 10 * TOLERANCE


def test_onnx_folder_predictor_equals_the_script_and_the_app(exported, pictures):
    root, _ = exported
    files = list(pictures.values())
    app = load_predictor(root / "shapes.lepton").predict_files(files)
    onnx = load_predictor(root / "export").predict_files(files)
    assert load_predictor(root / "export").kind == "onnx"
    for a, b in zip(app, onnx, strict=True):
        assert a.label == b.label
        assert np.abs(np.array(a.probabilities) - np.array(b.probabilities)).max() < TOLERANCE


def test_predict_script_embeds_the_decoder_verbatim(exported):
    root, _ = exported
    script = (root / "export" / "predict.py").read_text("utf-8")
    assert embedded_decode_source(script) == Path(decode.__file__).read_text("utf-8")
