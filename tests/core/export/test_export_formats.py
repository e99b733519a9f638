"""Every format: what the folder holds, the checks it passed, and how it reopens."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import warnings

import numpy as np
import pytest

from lepton_studio.core.export import (
    export_run,
    load_predictor,
    project_from_bundle,
    project_predictor,
)
from lepton_studio.core.export.manifest import sha256_of
from lepton_studio.core.export.onnx_export import export_onnx
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import ImageSettings, load_project, save_project
from lepton_studio.core.tasks import Cancelled, CancelToken, Progress

COMMON = {"labels.txt", "preprocessing.json", "predict.py", "README.md", "manifest.json"}


@pytest.fixture(scope="module")
def project_dir(tmp_path_factory, project_factory):
    root = tmp_path_factory.mktemp("formats")
    project = project_factory(root, ImageSettings(32, "rgb", "crop"), template="small-cnn")
    save_project(project, root / "shapes.lepton")
    return root, project


@pytest.fixture(scope="module")
def exports(project_dir):
    root, project = project_dir
    reports, events = {}, []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for fmt in ("onnx", "torchscript", "bundle"):
            reports[fmt] = export_run(project, fmt=fmt, out_dir=root / fmt, quantize=fmt == "onnx",
                                      cache_root=root / "cache", on_event=events.append)
    return reports, events, caught


@pytest.mark.parametrize("fmt,model_files", [("onnx", {"model.onnx", "model.int8.onnx"}),
                                             ("torchscript", {"model.pt"}),
                                             ("bundle", {"model.safetensors", "graph.json",
                                                         "model.onnx"})])
def test_folder_holds_everything_with_hashes(exports, project_dir, fmt, model_files):
    root, project = project_dir
    report = exports[0][fmt]
    folder = root / fmt
    assert {p.name for p in folder.iterdir()} == COMMON | model_files
    assert set(report.files) == COMMON | model_files
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["kind"] == fmt and manifest["num_classes"] == 3
    assert set(manifest["files"]) == (COMMON | model_files) - {"manifest.json"}
    for name, entry in manifest["files"].items():
        assert entry == {"bytes": (folder / name).stat().st_size, "sha256": sha256_of(folder / name)}
    assert (folder / "labels.txt").read_text() == "circle\nsquare\ntriangle\n"
    spec = json.loads((folder / "preprocessing.json").read_text())
    assert (spec["size"], spec["color"], spec["resize"]) == (32, "rgb", "crop")
    assert spec["mean"] == [0, 0, 0] and spec["std"] == [1, 1, 1]
    assert spec["normalization"] == "inside_model" and spec["layout"] == "NCHW"
    readme = (folder / "README.md").read_text()
    assert "predict.py" in readme and "triangle" in readme and "32 × 32" in readme
    assert not list(root.glob(".*exporting*"))  # no staging folder left


@pytest.mark.parametrize("fmt", ["onnx", "torchscript", "bundle"])
def test_each_format_passed_its_parity_check_on_the_validation_images(exports, project_dir, fmt):
    _, project = project_dir
    report = exports[0][fmt]
    val = len(project.dataset.items_in("val"))
    assert report.parity.source == "validation" and report.parity.images == val
    assert report.parity.mismatches == 0 and report.parity.same_top1 == val
    assert report.parity.max_abs_diff < 1e-4 and report.parity.passed
    assert report.run_id == "run-1" and report.labels == ["circle", "square", "triangle"]


def test_onnx_file_is_documented_with_dynamic_batch_and_probabilities(exports, project_dir):
    import onnx
    import onnxruntime as ort

    root, _ = project_dir
    report = exports[0]["onnx"]
    assert report.exporter == "dynamo" and report.opset >= 17
    model = onnx.load(str(root / "onnx" / "model.onnx"))
    assert max(o.version for o in model.opset_import if o.domain in ("", "ai.onnx")) >= 17
    (image,), (probs,) = model.graph.input, model.graph.output
    assert image.name == "image" and probs.name == "probabilities"
    assert "[0, 1]" in image.doc_string and "float32" in image.doc_string
    assert image.type.tensor_type.shape.dim[0].dim_param  # symbolic batch
    meta = {p.key: p.value for p in model.metadata_props}
    assert json.loads(meta["lepton.labels"]) == ["circle", "square", "triangle"]
    session = ort.InferenceSession(str(root / "onnx" / "model.onnx"), providers=["CPUExecutionProvider"])
    for batch in (1, 5):
        out = session.run(None, {"image": np.random.rand(batch, 3, 32, 32).astype(np.float32)})[0]
        assert out.shape == (batch, 3) and np.allclose(out.sum(axis=1), 1, atol=1e-5)


def test_onnx_fallback_exporter_is_reported_and_matches(project_dir, tmp_path):
    import onnxruntime as ort
    import torch

    from lepton_studio.core.checkpoints import load_run_model
    from lepton_studio.core.export.preprocessing import preprocessing_spec

    _, project = project_dir
    network = load_run_model(project, project.runs[0])
    spec = preprocessing_spec(project.dataset.image)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = export_onnx(network, tmp_path / "m.onnx", 3, 32, ["a", "b", "c"], spec,
                             force_fallback=True)
    assert result.exporter == "torchscript" and result.opset == 17 and result.warnings
    x = torch.rand(4, 3, 32, 32)
    got = ort.InferenceSession(str(tmp_path / "m.onnx"), providers=["CPUExecutionProvider"]).run(
        None, {"image": x.numpy()})[0]
    assert np.abs(got - torch.softmax(network(x), 1).detach().numpy()).max() < 1e-5


def test_torchscript_deprecation_is_recorded_not_raised(exports):
    reports, _, caught = exports
    assert any("deprecated" in w for w in reports["torchscript"].warnings)
    assert reports["torchscript"].exporter == "torch.jit.trace"
    assert not [w for w in caught if issubclass(w.category, DeprecationWarning)
                and "jit" in str(w.message)]


def test_quantised_onnx_is_smaller_and_its_accuracy_change_is_reported(exports, project_dir):
    root, project = project_dir
    q = exports[0]["onnx"].quantization
    assert q is not None and q.method == "static" and q.calibration_images > 0
    assert q.int8_bytes < 0.5 * q.float_bytes
    assert q.int8_bytes == (root / "onnx" / "model.int8.onnx").stat().st_size
    assert q.split == "test" and q.images == len(project.dataset.items_in("test"))
    assert q.float_accuracy is not None and q.int8_accuracy is not None
    assert q.accuracy_change == pytest.approx(q.int8_accuracy - q.float_accuracy)
    assert 0 <= q.same_top1 <= q.images
    # int8 is the default only when it loses at most one point; never a worse model
    assert q.default == ("int8" if q.accuracy_change >= -0.01 - 1e-9 else "float")
    default = "model.int8.onnx" if q.default == "int8" else "model.onnx"
    assert exports[0]["onnx"].model_file == default
    manifest = json.loads((root / "onnx" / "manifest.json").read_text())
    assert manifest["model_file"] == default and manifest["default_model"] == q.default
    assert manifest["float_model_file"] == "model.onnx"
    assert manifest["int8_model_file"] == "model.int8.onnx"
    assert manifest["checks"]["quantization"]["int8_bytes"] == q.int8_bytes
    assert load_predictor(root / "onnx").model_path.name == default
    assert load_predictor(root / "onnx", use_int8=True).model_path.name == "model.int8.onnx"
    assert load_predictor(root / "onnx", use_float=True).model_path.name == "model.onnx"


def test_events_report_the_stages(exports):
    stages = [e.message for e in exports[1] if isinstance(e, Progress) and e.task == "export"]
    assert stages[:2] == ["images", "export"] and "verify" in stages and "quantize" in stages
    assert stages[-1] == "done"


def test_bundle_reopens_as_predictor_and_as_project(exports, project_dir, tmp_path):
    root, project = project_dir
    bundle = load_predictor(root / "bundle")
    app = project_predictor(project)
    assert bundle.kind == "bundle" and bundle.labels == app.labels and bundle.image == app.image
    pixels = np.random.default_rng(0).integers(0, 256, (6, 32, 32, 3), dtype=np.uint8)
    assert np.array_equal(bundle.probabilities(pixels), app.probabilities(pixels))
    reopened = project_from_bundle(root / "bundle")
    save_project(reopened, tmp_path / "from_bundle.lepton")
    again = load_project(tmp_path / "from_bundle.lepton")
    assert again.dataset.class_names == ["circle", "square", "triangle"]
    assert again.dataset.image == project.dataset.image and again.selected_run == "run-1"
    assert np.array_equal(project_predictor(again).probabilities(pixels), app.probabilities(pixels))


# Blocks lepton_studio (and, for a bundle, torch), then runs predict.py as __main__.
STANDALONE = (
    "import sys, runpy\n"
    "for name in sys.argv[2].split(','):\n"
    "    sys.modules[name] = None\n"
    "script = sys.argv[1]\n"
    "sys.argv = [script, *sys.argv[3:]]\n"
    "runpy.run_path(script, run_name='__main__')\n"
)


@pytest.mark.parametrize("fmt,blocked", [("torchscript", "lepton_studio"),
                                         ("bundle", "lepton_studio,torch,safetensors")])
def test_predict_script_of_other_formats_runs_without_lepton_studio(exports, project_dir, fmt,
                                                                     blocked, tmp_path):
    root, _ = project_dir
    picture = project_dir[1].dataset.resolve(project_dir[1].dataset.items_in("test")[0].path)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # a clean path
    result = subprocess.run([sys.executable, "-c", STANDALONE, str(root / fmt / "predict.py"),
                             blocked, str(picture), "--json"], capture_output=True, text=True,
                            timeout=120, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)[0]
    want = load_predictor(root / "shapes.lepton").predict_files([picture])[0]
    assert got["label"] == want.label
    assert np.abs(np.array(got["probabilities"]) - want.probabilities).max() < 1e-4


@pytest.mark.parametrize("choice", [None, "--int8", "--float"])
def test_predict_script_text_output_uses_the_chosen_model(exports, project_dir, choice):
    root, project = project_dir
    folder = project.dataset.resolve("circle")
    result = subprocess.run([sys.executable, str(root / "onnx" / "predict.py"), str(folder),
                             "--top-k", "2", *([choice] if choice else [])],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 8 and all("%" in line and line.count(",") == 1 for line in lines)
    same = load_predictor(root / "onnx", use_int8=choice == "--int8", use_float=choice == "--float")
    want = same.predict_files(sorted(folder.iterdir()))
    assert [line.split(": ")[1].split(" ")[0] for line in lines] == [p.label for p in want]
    assert [line.split(" ")[-1] for line in lines] == [f"{p.top[1][1]:.1%}" for p in want]


def test_export_replaces_an_earlier_export_but_not_other_files(project_dir, tmp_path):
    root, project = project_dir
    target = tmp_path / "out"
    export_run(project, fmt="bundle", out_dir=target, cache_root=root / "cache")
    (target / "my notes.txt").write_text("keep me")
    with pytest.raises(LeptonError) as err:  # replaced only when asked to
        export_run(project, fmt="torchscript", out_dir=target, cache_root=root / "cache")
    assert err.value.code == "export_folder_exists" and (target / "model.safetensors").is_file()
    report = export_run(project, fmt="torchscript", out_dir=target, cache_root=root / "cache",
                        overwrite=True)
    names = {p.name for p in target.iterdir()}
    assert "model.pt" in names and "model.safetensors" not in names and "my notes.txt" in names
    assert report.format == "torchscript"
    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"x")
    with pytest.raises(LeptonError) as err:
        export_run(project, fmt="bundle", out_dir=other, cache_root=root / "cache")
    assert err.value.code == "export_folder_not_empty"
    assert {p.name for p in other.iterdir()} == {"holiday.jpg"}


def test_unwritable_target_is_refused(project_dir, tmp_path):
    root, project = project_dir
    blocker = tmp_path / "a file"
    blocker.write_text("")
    with pytest.raises(LeptonError) as err:
        export_run(project, fmt="bundle", out_dir=blocker / "export", cache_root=root / "cache")
    assert err.value.code == "export_folder_unwritable"
    with pytest.raises(LeptonError) as err:
        export_run(project, fmt="bundle", out_dir=blocker, cache_root=root / "cache")
    assert err.value.code == "export_folder_unwritable"


def test_bad_requests_are_refused(project_dir, tmp_path):
    root, project = project_dir
    for kwargs, code in (({"fmt": "tflite"}, "export_format_unknown"),
                         ({"fmt": "bundle", "quantize": True}, "export_quantize_onnx_only"),
                         ({"fmt": "bundle", "run_id": "run-9"}, "run_not_found")):
        with pytest.raises(LeptonError) as err:
            export_run(project, out_dir=tmp_path / "x", cache_root=root / "cache", **kwargs)
        assert err.value.code == code
    assert not (tmp_path / "x").exists()


def test_changed_image_settings_are_refused(project_dir, tmp_path, project_factory):
    project = project_factory(tmp_path, ImageSettings(32, "rgb", "crop"))
    project.dataset.image = ImageSettings(48, "rgb", "crop")
    with pytest.raises(LeptonError) as err:
        export_run(project, fmt="bundle", out_dir=tmp_path / "x", cache_root=tmp_path / "cache")
    assert err.value.code == "export_settings_changed"


def test_without_the_pictures_the_check_uses_synthetic_images(project_dir, tmp_path):
    root, project = project_dir
    moved = load_project(root / "shapes.lepton")
    moved.dataset.root = str(tmp_path / "gone")
    report = export_run(moved, fmt="bundle", out_dir=tmp_path / "b", cache_root=tmp_path / "cache")
    assert report.parity.source == "synthetic" and report.parity.images > 0
    assert report.parity.passed


def test_cancelling_leaves_nothing_behind(project_dir, tmp_path):
    root, project = project_dir
    token = CancelToken()

    def cancel_at_export(event):
        if isinstance(event, Progress) and event.message == "verify":
            token.cancel()

    with pytest.raises(Cancelled):
        export_run(project, fmt="torchscript", out_dir=tmp_path / "out", on_event=cancel_at_export,
                   token=token, cache_root=root / "cache")
    assert list(tmp_path.iterdir()) == []


def test_copying_an_export_keeps_it_valid(exports, project_dir, tmp_path):
    root, _ = project_dir
    shutil.copytree(root / "onnx", tmp_path / "copy")
    assert load_predictor(tmp_path / "copy" / "model.onnx").labels == ["circle", "square", "triangle"]


def test_a_bundle_without_its_onnx_model_says_how_to_run_it(exports, project_dir, tmp_path):
    root, project = project_dir
    folder = shutil.copytree(root / "bundle", tmp_path / "bundle")
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["runtime"] == "onnxruntime" and manifest["runtime_model_file"] == "model.onnx"
    readme = (folder / "README.md").read_text()
    assert "pip install onnxruntime pillow numpy" in readme and "lepton-studio" not in readme
    assert "- `graph.json`: the layers" in readme and "- `model.onnx`: the same model" in readme
    manifest["runtime"] = None  # as written when the ONNX exporter failed on a graph
    (folder / "manifest.json").write_text(json.dumps(manifest))
    picture = project.dataset.resolve(project.dataset.items_in("test")[0].path)
    result = subprocess.run([sys.executable, str(folder / "predict.py"), str(picture)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "lepton-studio predict FOLDER IMAGE" in result.stderr
