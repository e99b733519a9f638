"""The format registry: a format registered once appears in the exporter, the manifest
check, load_predictor, the command line and (tests/gui) the Export step; and each
built-in format declares what it writes."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from lepton_studio.core.export import export_run, formats, load_predictor, project_predictor
from lepton_studio.core.export.manifest import read_manifest
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import ImageSettings


@pytest.fixture(scope="module")
def project(tmp_path_factory, project_factory):
    root = tmp_path_factory.mktemp("registry")
    return root, project_factory(root, ImageSettings(24, "rgb", "stretch"))


def test_a_registered_format_is_exported_checked_and_reopened(project, fake_export_format, tmp_path):
    root, proj = project
    report = export_run(proj, fmt="fake", out_dir=tmp_path / "out", cache_root=root / "cache")
    assert report.format == "fake" and report.exporter == "fake-writer"
    assert report.model_file == "model.fake" and report.parity.passed
    assert {"model.fake", "graph.json", "predict.py", "manifest.json"} <= set(report.files)
    manifest = read_manifest(tmp_path / "out", kinds=formats.ids())
    assert manifest.kind == "fake" and manifest.model_file == "model.fake"
    readme = (tmp_path / "out" / "README.md").read_text("utf-8")
    assert "a fake model (`model.fake`)" in readme
    assert "cannot run this export on its own" in readme  # runtime None: says what to do
    pixels = np.random.default_rng(0).integers(0, 256, (5, 24, 24, 3), dtype=np.uint8)
    reopened = load_predictor(tmp_path / "out").probabilities(pixels)
    assert np.array_equal(reopened, project_predictor(proj).probabilities(pixels))


def test_the_command_line_offers_a_registered_format(fake_export_format):
    from lepton_studio.cli import build_parser

    parser = build_parser()
    export = parser._subparsers._group_actions[0].choices["export"]
    choices = next(a.choices for a in export._actions if a.dest == "fmt")
    assert list(choices) == list(formats.ids()) and "fake" in choices


def test_an_unregistered_format_is_gone_everywhere(project, tmp_path):
    from lepton_studio.cli import build_parser

    root, proj = project
    assert "fake" not in formats.ids()
    with pytest.raises(LeptonError) as err:
        export_run(proj, fmt="fake", out_dir=tmp_path / "x", cache_root=root / "cache")
    assert err.value.code == "export_format_unknown"
    assert "onnx, torchscript, bundle" in err.value.problem.hint()
    with pytest.raises(SystemExit):
        build_parser().parse_args(["export", "p.lepton", "--format", "fake", "--out", "x"])


def test_an_export_of_an_unknown_kind_is_refused(project, fake_export_format, tmp_path):
    root, proj = project
    export_run(proj, fmt="fake", out_dir=tmp_path / "out", cache_root=root / "cache")
    doc = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
    doc["kind"] = "unheard-of"
    (tmp_path / "out" / "manifest.json").write_text(json.dumps(doc), "utf-8")
    with pytest.raises(LeptonError) as err:
        load_predictor(tmp_path / "out")
    assert err.value.code == "export_manifest_invalid"


def test_a_format_writing_undeclared_files_is_refused(project, fake_export_format, tmp_path):
    root, proj = project
    sloppy = dataclasses.replace(fake_export_format, id="sloppy", files=("model.fake",))  # forgets graph.json
    unregister = formats.register(sloppy)
    try:
        with pytest.raises(LeptonError) as err:
            export_run(proj, fmt="sloppy", out_dir=tmp_path / "out", cache_root=root / "cache")
        assert err.value.code == "export_failed" and "graph.json" in err.value.problem.values["reason"]
        assert not (tmp_path / "out").exists()
    finally:
        unregister()


def test_a_format_whose_modules_are_missing_is_refused(project, fake_export_format, tmp_path):
    root, proj = project
    needy = dataclasses.replace(fake_export_format, id="needy",
                                needs=("no_such_module_for_lepton",))
    unregister = formats.register(needy)
    try:
        assert needy.missing() == ["no_such_module_for_lepton"]
        with pytest.raises(LeptonError) as err:
            export_run(proj, fmt="needy", out_dir=tmp_path / "out", cache_root=root / "cache")
        assert err.value.code == "export_needs_missing"
        assert "pip install no_such_module_for_lepton" in err.value.problem.hint()
    finally:
        unregister()


def test_the_built_in_formats_declare_their_files_and_int8():
    onnx, torchscript, bundle = (formats.get(i) for i in ("onnx", "torchscript", "bundle"))
    assert formats.ids()[:3] == ("onnx", "torchscript", "bundle")
    assert onnx.int8 and not torchscript.int8 and not bundle.int8
    assert onnx.open is not None and bundle.open is not None and torchscript.open is None
    assert bundle.needs == () and "onnxruntime" in onnx.needs
    for fmt in formats.all_formats():
        assert fmt.model_file in fmt.files and "{model}" in fmt.what
    with pytest.raises(ValueError):
        formats.register(onnx)  # an id is registered once
