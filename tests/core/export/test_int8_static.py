"""Static int8 from training pictures, the said fallback to dynamic, and ``compare_run``."""

from __future__ import annotations

import json

import numpy as np
import pytest

from lepton_studio.core.evaluation import evaluate_run
from lepton_studio.core.export import export_run
from lepton_studio.core.export import exporter as exporter_module
from lepton_studio.core.export import quantize as quantize_module
from lepton_studio.core.export.compare import compare_run
from lepton_studio.core.project import ImageSettings
from lepton_studio.core.tasks import Cancelled, CancelToken, Progress


@pytest.fixture(scope="module")
def project(tmp_path_factory, project_factory):
    root = tmp_path_factory.mktemp("int8")
    return root, project_factory(root, ImageSettings(32, "rgb", "crop"), per_class=12)


def test_static_int8_is_calibrated_on_the_training_pictures_only(project, tmp_path, monkeypatch):
    root, proj = project
    seen = {}
    real = quantize_module.quantize_onnx

    def spy(float_path, int8_path, calibration, work_dir, method=None):
        seen["calibration"] = calibration
        return real(float_path, int8_path, calibration, work_dir, method)

    monkeypatch.setattr(quantize_module, "quantize_onnx", spy)
    report = export_run(proj, fmt="onnx", out_dir=tmp_path / "out", quantize=True,
                        cache_root=root / "cache")
    q = report.quantization
    assert q.method == "static" and q.fallback is None
    train = proj.dataset.items_in("train")
    assert q.calibration_images == len(train) == len(seen["calibration"])
    from lepton_studio.core.data.decode import to_model_input
    from lepton_studio.core.tasks import ignore_event
    pixels, _ = exporter_module._split_pixels(proj.dataset, root / "cache", "train", 200,
                                               ignore_event, CancelToken())
    np.testing.assert_array_equal(seen["calibration"], to_model_input(pixels))  # never the test split
    assert q.split == "test" and q.images == len(proj.dataset.items_in("test"))
    assert q.float_accuracy is not None and q.int8_accuracy is not None
    assert 0 < q.same_top1 <= q.images and q.int8_bytes < q.float_bytes
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
    assert manifest["int8_method"] == "static"
    assert manifest["checks"]["quantization"]["fallback"] is None
    assert "calibrated on" in (tmp_path / "out" / "README.md").read_text("utf-8")


def test_without_training_pictures_int8_falls_back_to_dynamic_and_says_so(project, tmp_path,
                                                                          project_factory):
    proj = project_factory(tmp_path, ImageSettings(32, "rgb", "crop"))
    for item in proj.dataset.items_in("train"):
        proj.dataset.resolve(item.path).unlink()
    report = export_run(proj, fmt="onnx", out_dir=tmp_path / "out", quantize=True,
                        cache_root=tmp_path / "cache")
    q = report.quantization
    assert q.method == "dynamic" and q.fallback == "no_training_pictures"
    assert q.calibration_images == 0
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
    assert manifest["int8_method"] == "dynamic"
    assert manifest["checks"]["quantization"]["fallback"] == "no_training_pictures"
    assert "training pictures were not" in (tmp_path / "out" / "README.md").read_text("utf-8")


def test_a_failing_static_quantisation_falls_back_to_dynamic(project, tmp_path, monkeypatch):
    import onnxruntime.quantization as ortq

    def broken(*args, **kwargs):
        raise RuntimeError("unsupported graph")

    monkeypatch.setattr(ortq, "quantize_static", broken)
    root, proj = project
    report = export_run(proj, fmt="onnx", out_dir=tmp_path / "out", quantize=True,
                        cache_root=root / "cache")
    assert report.quantization.method == "dynamic"
    assert report.quantization.fallback == "static_failed"


def test_compare_lists_each_candidate_measured(project):
    root, proj = project
    events = []
    result = compare_run(proj, cache_root=root / "cache", runs=3, on_event=events.append)
    assert [c.id for c in result.candidates] == ["float", "int8"]
    floats, int8 = result.candidates
    assert all(c.bytes > 0 and c.latency_ms > 0 and c.parameters > 0 and c.macs > 0
               for c in result.candidates)
    assert int8.bytes < floats.bytes and int8.method == "static"
    assert floats.parameters == int8.parameters  # quantising keeps every weight
    evaluation = evaluate_run(proj, root / "cache")
    assert result.split == evaluation.split == "test"
    assert floats.accuracy == pytest.approx(evaluation.metrics.accuracy)
    assert 0.0 <= int8.accuracy <= 1.0
    assert result.default in ("float", "int8")
    timing = [e for e in events if isinstance(e, Progress) and e.task == "compare"]
    assert [e.message for e in timing] == ["float", "int8", "done"]
    assert json.loads(json.dumps(result.to_dict()))["candidates"][1]["method"] == "static"


def test_compare_can_be_cancelled_while_timing(project):
    root, proj = project
    token = CancelToken()

    def cancel_on_timing(event):
        if isinstance(event, Progress) and event.task == "compare":
            token.cancel()

    with pytest.raises(Cancelled):
        compare_run(proj, cache_root=root / "cache", runs=3, on_event=cancel_on_timing,
                    token=token)
