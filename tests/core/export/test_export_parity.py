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


# --- calibrated confidence and "not sure": the same answers everywhere -------------------------

@pytest.fixture(scope="module")
def calibrated(tmp_path_factory, project_factory, pictures_factory):
    """A project whose run has temperature 2 and a threshold between its pictures' scores,
    exported as ONNX and as a bundle."""
    from lepton_studio.core.calibration import Calibration

    root = tmp_path_factory.mktemp("parity-calibrated")
    project = project_factory(root, ImageSettings(28, "rgb", "stretch"), template="tiny-resnet")
    files = sorted((root / "pictures").rglob("*.png")) + list(pictures_factory(root / "special").values())
    project.run("run-1").calibration = Calibration(temperature=2.0).to_dict()
    save_project(project, root / "shapes.lepton")
    scores = np.sort([p.score for p in load_predictor(root / "shapes.lepton").predict_files(files)])
    # a threshold half-way between two scores near the median, far from both (vs 1e-4)
    gaps = [(scores[i + 1] - scores[i], i) for i in range(len(scores) // 3, 2 * len(scores) // 3)]
    gap, i = max(gaps)
    assert gap > 1e-3
    threshold = float((scores[i] + scores[i + 1]) / 2)
    project.run("run-1").calibration = Calibration(2.0, threshold, threshold).to_dict()
    save_project(project, root / "shapes.lepton")
    for fmt in ("onnx", "bundle", "torchscript"):  # parity: each applies T as the app does
        report = export_run(project, fmt=fmt, out_dir=root / fmt, cache_root=root / "cache")
        assert report.parity.passed, fmt
    return root, files, threshold


def test_not_sure_is_the_same_in_app_cli_onnx_bundle_and_predict_script(calibrated, tmp_path):
    from lepton_studio.core.export.predict_script import embedded_confidence_source
    from tests.core.safety_helpers import cli

    root, files, threshold = calibrated
    app = load_predictor(root / "shapes.lepton").predict_files(files)
    assert {p.unsure for p in app} == {True, False}  # the threshold splits the pictures
    answers = {"app": [(p.label, p.unsure, p.score) for p in app]}
    spec = json.loads((root / "torchscript" / "preprocessing.json").read_text("utf-8"))
    assert spec["confidence"]["threshold"] == threshold
    for fmt in ("onnx", "bundle"):
        predictor = load_predictor(root / fmt)
        assert predictor.threshold == threshold
        answers[fmt] = [(p.label, p.unsure, p.score) for p in predictor.predict_files(files)]
        spec = json.loads((root / fmt / "preprocessing.json").read_text("utf-8"))
        assert spec["confidence"]["threshold"] == threshold
        assert spec["confidence"]["temperature"] == 2.0
    script = run_predict_script(root / "onnx", files)
    assert script.returncode == 0, script.stderr
    answers["predict.py"] = [(e["label"], e["unsure"], e["score"]) for e in json.loads(script.stdout)]
    bundle_script = run_predict_script(root / "bundle", files)  # runs the bundle's model.onnx
    assert bundle_script.returncode == 0, bundle_script.stderr
    answers["bundle predict.py"] = [(e["label"], e["unsure"], e["score"])
                                    for e in json.loads(bundle_script.stdout)]
    command = cli("predict", root / "shapes.lepton", *files, "--json", home=tmp_path / "home")
    assert command.returncode == 0, command.stderr
    answers["cli"] = [(e["label"], e["unsure"], e["score"]) for e in json.loads(command.stdout)]
    for name, got in answers.items():
        assert [a[:2] for a in got] == [a[:2] for a in answers["app"]], name
        assert max(abs(a[2] - b[2]) for a, b in zip(got, answers["app"], strict=True)) < TOLERANCE
    unsure = [entry for entry in json.loads(script.stdout) if entry["unsure"]]
    assert all(e["label"] is None and e["best_guess"] and e["score"] < threshold for e in unsure)
    text = (root / "onnx" / "predict.py").read_text("utf-8")
    from lepton_studio.core import confidence

    assert embedded_confidence_source(text) == Path(confidence.__file__).read_text("utf-8")


def test_the_temperature_is_inside_the_exported_model(calibrated):
    """The ONNX file's probabilities are the calibrated ones, not the raw softmax."""
    import onnx

    root, files, threshold = calibrated
    onnx_predictor = load_predictor(root / "onnx")
    pixels = np.stack([onnx_predictor.preprocess_file(f) for f in files[:8]])
    calibrated_probs = onnx_predictor.probabilities(pixels)
    app = load_predictor(root / "shapes.lepton")
    assert np.abs(app.probabilities(pixels) - calibrated_probs).max() < TOLERANCE
    app.temperature = 1.0
    assert np.abs(app.probabilities(pixels) - calibrated_probs).max() > 100 * TOLERANCE
    metadata = {e.key: e.value for e in onnx.load(str(root / "onnx" / "model.onnx")).metadata_props}
    assert json.loads(metadata["lepton.unknown_threshold"]) == threshold
    assert json.loads(metadata["lepton.temperature"]) == 2.0


def test_a_project_from_before_calibration_still_opens_and_predicts(exported, pictures, tmp_path):
    """A file written before runs had a calibration: temperature 1, never "not sure"."""
    import zipfile

    root, _ = exported
    older = tmp_path / "older.lepton"
    with zipfile.ZipFile(root / "shapes.lepton") as source, zipfile.ZipFile(older, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "project.json":
                doc = json.loads(data)
                for run in doc["runs"]:
                    run.pop("calibration", None)
                data = json.dumps(doc).encode("utf-8")
            target.writestr(entry, data)
    predictions = load_predictor(older).predict_files(list(pictures.values()))
    reference = load_predictor(root / "shapes.lepton").predict_files(list(pictures.values()))
    assert all(p.problem is None and not p.unsure and p.label == p.best_guess for p in predictions)
    assert [p.probabilities for p in predictions] == [p.probabilities for p in reference]
