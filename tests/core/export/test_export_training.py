"""A really trained model, through the command line: export, then predict three ways."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image, ImageDraw

from lepton_studio.core.project import (
    DatasetItem,
    DatasetSpec,
    ImageSettings,
    Project,
    TrainingSettings,
    save_project,
)
from lepton_studio.core.templates import make_template
from lepton_studio.core.training.runner import run_training


def draw_shapes(root, per_class=16, size=28):
    rng = np.random.default_rng(3)
    items = []
    for label, name in enumerate(("circle", "square")):
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            w, h = size + int(rng.integers(-4, 12)), size + int(rng.integers(-4, 12))
            image = Image.new("RGB", (w, h), tuple(int(v) for v in rng.integers(0, 100, 3)))
            r = int(rng.integers(size // 5, size // 3))
            x, y = int(rng.integers(r, w - r)), int(rng.integers(r, h - r))
            box = [x - r, y - r, x + r, y + r]
            colour = tuple(int(v) for v in rng.integers(150, 256, 3))
            (ImageDraw.Draw(image).ellipse if name == "circle" else ImageDraw.Draw(image).rectangle)(
                box, fill=colour)
            image.save(root / name / f"{i:02d}.png")
            items.append(DatasetItem(f"{name}/{i:02d}.png", label, ("train", "train", "val", "test")[i % 4]))
    return items


def cli(*args, home):
    env = dict(os.environ, LEPTON_STUDIO_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "lepton_studio.cli", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("trained")
    items = draw_shapes(root / "pictures")
    image = ImageSettings(28, "rgb", "pad")
    project = Project.new("Circles and squares", make_template("small-cnn", "rgb", 28, 2))
    project.dataset = DatasetSpec(str(root / "pictures"), "folder", ["circle", "square"], items, image)
    run = run_training(project, root / "home" / "cache" / "images", threads=2,
                       settings=TrainingSettings(epochs=3, batch_size=8, device="cpu"))
    assert run.status in ("finished", "early_stopped")
    save_project(project, root / "shapes.lepton")
    return root


def test_cli_export_then_predict_agree_everywhere(trained):
    root = trained
    done = cli("export", root / "shapes.lepton", "--format", "onnx", "--out", root / "export",
               "--quantize", "--json", home=root / "home")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["parity"]["passed"] and report["parity"]["source"] == "validation"
    assert report["parity"]["max_abs_diff"] < 1e-4
    q = report["quantization"]
    assert q["int8_bytes"] < q["float_bytes"] and q["split"] == "test"
    assert q["accuracy_change"] is not None

    pictures = root / "pictures"
    app = cli("predict", root / "shapes.lepton", pictures / "circle", pictures / "square",
              "--json", home=root / "home")
    exported = cli("predict", root / "export", pictures, "--float", "--json", home=root / "home")
    assert app.returncode == 0 and exported.returncode == 0, app.stderr + exported.stderr
    by_app = {r["path"]: r for r in json.loads(app.stdout)}
    by_export = {r["path"]: r for r in json.loads(exported.stdout)}
    assert set(by_app) == set(by_export) and len(by_app) == 32
    for path, want in by_app.items():
        got = by_export[path]
        assert got["label"] == want["label"]
        assert np.abs(np.array(got["probabilities"]) - want["probabilities"]).max() < 1e-4
    script = subprocess.run([sys.executable, str(root / "export" / "predict.py"), str(pictures),
                             "--float", "--json"], capture_output=True, text=True, timeout=120)
    assert script.returncode == 0, script.stderr
    for got in json.loads(script.stdout):
        assert got["label"] == by_app[got["path"]]["label"]
        assert np.abs(np.array(got["probabilities"]) - by_app[got["path"]]["probabilities"]).max() < 1e-4


def test_cli_refusals_exit_2_without_traceback(trained, tmp_path):
    root = trained
    bad = cli("predict", tmp_path / "weights.pt", root / "pictures", home=root / "home")
    assert bad.returncode == 2 and "never opened" in bad.stderr and "Traceback" not in bad.stderr
    none = cli("predict", root / "shapes.lepton", tmp_path, home=root / "home")
    assert none.returncode == 2 and "No pictures" in none.stderr
    topk = cli("predict", root / "shapes.lepton", root / "pictures", "--top-k", "0", home=root / "home")
    assert topk.returncode == 2
    quant = cli("export", root / "shapes.lepton", "--format", "bundle", "--quantize", "--out",
                tmp_path / "b", "--json", home=root / "home")
    assert quant.returncode == 2 and json.loads(quant.stdout)["error"]["code"] == "export_quantize_onnx_only"


def test_cli_text_output(trained, tmp_path):
    root = trained
    done = cli("export", root / "shapes.lepton", "--format", "bundle", "--out", tmp_path / "bundle",
               "--run", "1", home=root / "home")
    assert done.returncode == 0, done.stderr
    assert "same class as the app" in done.stdout and "predict.py" in done.stdout
    shown = cli("predict", tmp_path / "bundle", root / "pictures" / "circle" / "00.png", "--top-k", "2",
                home=root / "home")
    assert shown.returncode == 0 and shown.stdout.count("%") == 2


def test_cli_refuses_to_replace_an_export_without_overwrite(trained, tmp_path):
    root = trained
    target = tmp_path / "bundle"
    assert cli("export", root / "shapes.lepton", "--format", "bundle", "--out", target,
               home=root / "home").returncode == 0
    before = (target / "manifest.json").read_text("utf-8")
    again = cli("export", root / "shapes.lepton", "--format", "bundle", "--out", target,
                home=root / "home")
    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert "already holds an export" in again.stderr and "--overwrite" in again.stderr
    assert (target / "manifest.json").read_text("utf-8") == before
    replaced = cli("export", root / "shapes.lepton", "--format", "onnx", "--out", target,
                   "--overwrite", home=root / "home")
    assert replaced.returncode == 0, replaced.stderr
    assert json.loads((target / "manifest.json").read_text("utf-8"))["kind"] == "onnx"


def test_cli_says_the_int8_accuracy_change_and_the_default(trained, tmp_path):
    root = trained
    done = cli("export", root / "shapes.lepton", "--format", "onnx", "--quantize", "--out",
               tmp_path / "int8", home=root / "home")
    assert done.returncode == 0, done.stderr
    manifest = json.loads((tmp_path / "int8" / "manifest.json").read_text("utf-8"))
    q = manifest["checks"]["quantization"]
    assert f"accuracy {q['accuracy_change'] * 100:+.1f} points" in done.stdout
    if q["loses_too_much"]:
        assert manifest["default_model"] == "float" and "warning:" in done.stdout
    else:
        assert manifest["default_model"] == "int8" and "default model: int8" in done.stdout
    float_run = cli("predict", tmp_path / "int8", root / "pictures" / "circle", "--float",
                    "--json", home=root / "home")
    int8_run = cli("predict", tmp_path / "int8", root / "pictures" / "circle", "--int8",
                   "--json", home=root / "home")
    default_run = cli("predict", tmp_path / "int8", root / "pictures" / "circle", "--json",
                      home=root / "home")
    chosen = int8_run if manifest["default_model"] == "int8" else float_run
    assert json.loads(default_run.stdout) == json.loads(chosen.stdout)
    both = cli("predict", tmp_path / "int8", root / "pictures", "--int8", "--float",
               home=root / "home")
    assert both.returncode == 2  # argparse: not both


def test_cli_compare_lists_the_candidates_with_evaluate_s_accuracy(trained):
    root = trained
    done = cli("compare", root / "shapes.lepton", "--runs", "3", "--json", home=root / "home")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert [c["id"] for c in result["candidates"]] == ["float", "int8"]
    assert all(c["bytes"] > 0 and c["latency_ms"] > 0 and c["macs"] > 0 for c in result["candidates"])
    assert result["candidates"][1]["method"] == "static" and result["runs"] == 3
    evaluated = cli("evaluate", root / "shapes.lepton", "--json", home=root / "home")
    assert evaluated.returncode == 0, evaluated.stderr
    assert result["split"] == json.loads(evaluated.stdout)["split"] == "test"
    assert result["candidates"][0]["accuracy"] == pytest.approx(json.loads(evaluated.stdout)["accuracy"])
    text = cli("compare", root / "shapes.lepton", "--runs", "2", home=root / "home")
    assert text.returncode == 0 and "Traceback" not in text.stderr
    assert "Original (float)" in text.stdout and "int8 (static)" in text.stdout
    assert "ms/picture" in text.stdout and "median of 2 runs" in text.stdout
