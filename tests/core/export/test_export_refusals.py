"""Damaged, changed or unsafe exports are refused with a clear problem, never used."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys

import pytest

from lepton_studio.core.export import load_predictor, project_from_bundle
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import ImageSettings, save_project


@pytest.fixture(scope="module")
def originals(tmp_path_factory, project_factory):
    from lepton_studio.core.export import export_run

    root = tmp_path_factory.mktemp("refusals")
    project = project_factory(root, ImageSettings(24, "rgb", "stretch"))
    save_project(project, root / "shapes.lepton")
    for fmt in ("onnx", "bundle"):
        export_run(project, fmt=fmt, out_dir=root / fmt, cache_root=root / "cache")
    return root


@pytest.fixture
def copy_of(originals, tmp_path):
    def make(fmt):
        return shutil.copytree(originals / fmt, tmp_path / fmt)
    return make


def refused(path, **kwargs) -> LeptonError:
    with pytest.raises(LeptonError) as err:
        load_predictor(path, **kwargs)
    assert err.value.problem.message() and "{" not in err.value.problem.message()
    return err.value


@pytest.mark.parametrize("fmt,model", [("onnx", "model.onnx"), ("bundle", "model.safetensors")])
def test_tampered_model_file(copy_of, fmt, model):
    folder = copy_of(fmt)
    data = bytearray((folder / model).read_bytes())
    data[len(data) // 2] ^= 0x01
    (folder / model).write_bytes(bytes(data))
    err = refused(folder)
    assert err.code == "export_tampered" and err.problem.values["name"] == model


@pytest.mark.parametrize("fmt,model", [("onnx", "model.onnx"), ("bundle", "model.safetensors")])
def test_truncated_model_file(copy_of, fmt, model):
    folder = copy_of(fmt)
    data = (folder / model).read_bytes()
    (folder / model).write_bytes(data[: len(data) // 3])
    err = refused(folder)
    assert err.code == "export_truncated"
    assert err.problem.values["actual"] == len(data) // 3 and err.problem.values["expected"] == len(data)


def test_missing_file(copy_of):
    folder = copy_of("onnx")
    (folder / "preprocessing.json").unlink()
    err = refused(folder)
    assert err.code == "export_file_missing" and err.problem.values["name"] == "preprocessing.json"


@pytest.mark.parametrize("change,code", [
    (lambda doc: doc.update(format="something-else"), "export_manifest_invalid"),
    (lambda doc: doc.update(version=99), "export_newer"),
    (lambda doc: doc.update(kind="pickle"), "export_manifest_invalid"),
    (lambda doc: doc["files"].pop("labels.txt"), "export_manifest_invalid"),
    (lambda doc: doc["files"]["model.onnx"].update(sha256="0" * 64), "export_tampered"),
    (lambda doc: doc["files"].update({"../escape": {"bytes": 1, "sha256": "0" * 64}}),
     "export_manifest_invalid"),
    (lambda doc: doc.update(num_classes=5), "export_labels_mismatch"),
])
def test_manifest_mismatch(copy_of, change, code):
    folder = copy_of("onnx")
    doc = json.loads((folder / "manifest.json").read_text())
    change(doc)
    (folder / "manifest.json").write_text(json.dumps(doc))
    assert refused(folder).code == code


def test_garbage_or_missing_manifest(copy_of):
    folder = copy_of("onnx")
    (folder / "manifest.json").write_text("{not json")
    assert refused(folder).code == "export_manifest_invalid"
    (folder / "manifest.json").unlink()
    err = refused(folder)
    assert err.code == "model_path_unsupported"


@pytest.mark.parametrize("fmt", ["onnx", "bundle"])
def test_labels_count_mismatch(copy_of, rewrite_manifest, fmt):
    folder = copy_of(fmt)
    (folder / "labels.txt").write_text("circle\nsquare\ntriangle\nstar\n")
    rewrite_manifest(folder, "labels.txt")
    doc = json.loads((folder / "manifest.json").read_text())
    doc["num_classes"] = 4  # a consistent manifest: only the model disagrees now
    (folder / "manifest.json").write_text(json.dumps(doc))
    err = refused(folder)
    assert err.code == "export_labels_mismatch"
    assert err.problem.values["labels"] == 4 and err.problem.values["outputs"] == 3


def test_preprocessing_that_does_not_fit_the_model(copy_of, rewrite_manifest):
    folder = copy_of("onnx")
    spec = json.loads((folder / "preprocessing.json").read_text())
    spec["size"] = 64
    (folder / "preprocessing.json").write_text(json.dumps(spec))
    rewrite_manifest(folder, "preprocessing.json")
    assert refused(folder).code == "export_mismatch"


class _Trap:
    """Unpickling this writes a marker file: proof that a loader ran pickle."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('pwned')",))


def test_pickle_passed_as_weights_is_refused_without_unpickling(copy_of, rewrite_manifest, tmp_path):
    import torch

    folder = copy_of("bundle")
    marker = tmp_path / "unpickled"
    (folder / "model.safetensors").write_bytes(pickle.dumps({"weights": _Trap(marker)}))
    rewrite_manifest(folder, "model.safetensors")
    err = refused(folder)
    assert err.code == "export_unsafe_weights" and not marker.exists()
    with pytest.raises(LeptonError) as again:
        project_from_bundle(folder)
    assert again.value.code == "export_unsafe_weights" and not marker.exists()
    # torch.save's zip format is refused the same way.
    torch.save({"w": torch.zeros(2)}, folder / "model.safetensors")
    rewrite_manifest(folder, "model.safetensors")
    assert refused(folder).code == "export_unsafe_weights"


@pytest.mark.parametrize("name", ["model.pt", "weights.pth", "model.pkl", "model.pt2"])
def test_pickled_model_paths_are_refused_by_name(tmp_path, name):
    path = tmp_path / name
    marker = tmp_path / "unpickled"
    path.write_bytes(pickle.dumps(_Trap(marker)))
    err = refused(path)
    assert err.code == "model_path_unsupported" and not marker.exists()


def test_other_paths_are_refused(originals, tmp_path):
    assert refused(tmp_path / "nothing-here").code == "model_path_unsupported"
    bare = tmp_path / "lonely.onnx"
    shutil.copy(originals / "onnx" / "model.onnx", bare)
    assert "folder" in refused(bare).problem.message()
    (tmp_path / "empty").mkdir()
    assert refused(tmp_path / "empty").code == "model_path_unsupported"


def test_torchscript_exports_are_not_loaded_by_the_app(originals, tmp_path, project_factory):
    from lepton_studio.core.export import export_run

    project = project_factory(tmp_path, ImageSettings(24, "rgb", "stretch"))
    export_run(project, fmt="torchscript", out_dir=tmp_path / "ts", cache_root=tmp_path / "cache")
    err = refused(tmp_path / "ts")
    assert err.code == "model_path_unsupported" and "torchscript" in err.problem.message()


def test_predict_script_refuses_a_changed_model(copy_of, originals):
    folder = copy_of("onnx")
    with open(folder / "model.onnx", "ab") as handle:
        handle.write(b"\0")
    picture = next((originals / "pictures" / "circle").iterdir())
    result = subprocess.run([sys.executable, str(folder / "predict.py"), str(picture)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "changed after export" in result.stderr
    assert "Traceback" not in result.stderr
