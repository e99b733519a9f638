"""``lepton-studio --self-test``: prove that this build (source or frozen) really works.

A frozen build breaks in ways a source tree never shows: a module PyInstaller did not
find, a data file left behind, a translation that was never compiled. So the self-test
walks the product's whole path on a tiny scale, with nothing but the build itself:

    translations   every shipped language's .qm loads and translates a known string
    window         the main window builds and paints (offscreen)
    templates      every template builds, passes the shape check, compiles and runs
    pretrained     the packaged EfficientNet-Lite0 weights load and give sane output
    training       one short epoch on the bundled sample images (small size, CPU)
    export         ONNX export of that run, then onnxruntime agrees with PyTorch

It prints one line per check and a summary, and exits 0 when all passed, 1 when one
failed (the reason on its line, the traceback on stderr), 2 on bad arguments. Qt runs on
the offscreen platform; every file goes to a temporary folder (``LEPTON_STUDIO_HOME`` is
pointed there), so the user's settings, cache and logs are never touched.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Size the sample images are trained at: small, so one epoch takes a second or two.
TRAIN_IMAGE_SIZE = 32
#: Image size the scratch templates are compiled at.
TEMPLATE_IMAGE_SIZE = 32
#: Largest difference between onnxruntime's and PyTorch's probabilities accepted.
PARITY_TOLERANCE = 1e-4
#: How many sample pictures the ONNX model is run on by file (besides export's own check).
PREDICT_FILES = 12


class CheckSkipped(Exception):
    """A check that cannot run in this install (e.g. an optional package is absent)."""


@dataclass
class Outcome:
    name: str
    status: str  # "PASS", "FAIL" or "SKIP"
    detail: str
    seconds: float


@dataclass
class Context:
    """What the checks share: a scratch folder and the trained project."""

    work: Path
    frozen: bool
    threads: int
    app: Any = None
    project: Any = None
    run_id: str | None = None
    notes: dict[str, str] = field(default_factory=dict)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


# --- checks ----------------------------------------------------------------------------

def _application(ctx: Context):
    if ctx.app is None:
        from lepton_studio.gui.app import create_application

        ctx.app = create_application([sys.argv[0] if sys.argv else "lepton-studio"])
    return ctx.app


def translation_probe() -> tuple[str, str]:
    """(context, source) of a string every translated language must translate.

    A sentence from the core (a template's description) rather than a GUI label: it is
    long enough that a real translation always differs from the English.
    """
    from lepton_studio.core.templates import DEFAULT_TEMPLATE, TEMPLATES

    return "Templates", TEMPLATES[DEFAULT_TEMPLATE].description


def check_translation(code: str, qm: Path | None, probe: tuple[str, str]) -> str:
    """One language: its catalogue loads and (unless it is the source language)
    translates ``probe``. Returns a short description; raises AssertionError if not."""
    from PySide6.QtCore import QTranslator

    from lepton_studio.gui.translations import SOURCE_LANGUAGE

    assert qm is not None and qm.is_file(), f"{code}: no compiled catalogue (.qm) found"
    translator = QTranslator()
    assert translator.load(str(qm)), f"{code}: {qm.name} does not load"
    if code == SOURCE_LANGUAGE:
        return code
    context, source = probe
    text = translator.translate(context, source)
    assert text and text != source, f"{code}: {qm.name} leaves the probe untranslated"
    return code


def check_translations(ctx: Context) -> str:
    from lepton_studio.gui.translations import LANGUAGES, QM_DIR, find_qm

    _application(ctx)
    probe = translation_probe()
    done, problems = [], []
    for code in LANGUAGES:
        try:
            done.append(check_translation(code, find_qm(code), probe))
        except AssertionError as exc:
            problems.append(str(exc))
    assert not problems, "; ".join(problems) + f" (probe: [{probe[0]}] {probe[1][:30]!r}…)"
    where = QM_DIR if all((QM_DIR / f"lepton_studio_{c}.qm").is_file() for c in done) else "cache"
    return f"{len(done)} languages ({' '.join(done)}) from {where}"


def _settle(rounds: int = 5) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()


def check_window(ctx: Context) -> str:
    """The main window, then the sample project with every step's page built and painted.

    Pages are imported by name when first opened (``gui/pages/__init__.py``), which is
    just what a frozen build can miss, so each one is created here. Screenshots go to the
    scratch folder (``--keep DIR`` keeps them).
    """
    from lepton_studio.gui.app import build_window
    from lepton_studio.gui.step_status import STEPS

    app = _application(ctx)
    window = build_window(app, probe=False, recover=False)
    try:
        window.resize(1000, 700)
        window.show()
        _settle()
        title = window.windowTitle()
        image = window.grab().toImage()
        assert not image.isNull() and image.width() > 0, "the window painted nothing"
        assert "Lepton" in title, f"unexpected window title {title!r}"
        image.save(str(ctx.work / "window-start.png"))
        assert window.controller.open_sample(), "the sample project did not open"
        _settle()
        for step in STEPS:
            page = window.page(step)
            window.stack.setCurrentWidget(page)
            _settle()
            shot = page.grab().toImage()
            assert not shot.isNull(), f"the {step} page painted nothing"
            shot.save(str(ctx.work / f"window-{step}.png"))
    finally:
        window.hide()
        shutdown = getattr(getattr(window, "tasks", None), "shutdown", None)
        if callable(shutdown):
            shutdown()
        window.deleteLater()
        _settle()
    return (f"{title!r} painted {image.width()}x{image.height()}; sample project open, "
            f"pages built: {' '.join(STEPS)}")


def _forward(model, channels: int, size: int, batch: int = 2):
    import torch

    model.eval()
    with torch.no_grad():
        return model(torch.rand(batch, channels, size, size))


def check_templates(ctx: Context) -> str:
    from lepton_studio.core.backbones.efficientnet_lite0 import weights_available
    from lepton_studio.core.compiler import build_model
    from lepton_studio.core.shapes import analyse
    from lepton_studio.core.templates import TEMPLATES, make_template

    classes = 4
    built = []
    for template in TEMPLATES.values():
        size = template.preferred_size or TEMPLATE_IMAGE_SIZE
        graph = make_template(template.id, "rgb", size, classes)
        analysis = analyse(graph, batch_size=2, memory_bytes=None)
        assert not analysis.errors, f"{template.id}: {analysis.errors[0].message()}"
        pretrained = weights_available()
        model = build_model(graph, analysis, load_pretrained=pretrained)
        logits = _forward(model, 3, size)
        assert tuple(logits.shape) == (2, classes), f"{template.id}: output {tuple(logits.shape)}"
        assert bool(logits.isfinite().all()), f"{template.id}: non-finite output"
        built.append(template.id if pretrained or not template.preferred_size
                     else f"{template.id} (random weights)")
    return f"{len(built)} built and run: {', '.join(built)}"


def check_pretrained(ctx: Context) -> str:
    from lepton_studio.core.backbones import efficientnet_lite0 as lite0

    path = lite0.weights_path()
    if path is None:
        message = f"package {lite0.WEIGHTS_PACKAGE} is not installed"
        if ctx.frozen:  # the build must ship them
            raise AssertionError(message)
        raise CheckSkipped(message)
    import torch

    model = lite0.build_imagenet_classifier(pretrained=True, input_range="unit").eval()
    with torch.no_grad():
        probabilities = model(torch.full((1, 3, 224, 224), 0.5)).softmax(dim=1)
    assert tuple(probabilities.shape) == (1, lite0.IMAGENET_CLASSES)
    assert abs(float(probabilities.sum()) - 1.0) < 1e-3 and bool(probabilities.isfinite().all())
    size_mb = path.stat().st_size / 2**20
    return f"{path.name} ({size_mb:.1f} MB) loaded, ImageNet head gives finite probabilities"


def sample_project(size: int = TRAIN_IMAGE_SIZE):
    """The bundled sample images (four shapes) as a project at ``size`` pixels."""
    from lepton_studio.gui.resources import sample_dir
    from lepton_studio.gui.sample import build_sample_project

    folder = sample_dir()
    assert folder is not None, "the sample images (resources/sample/images) are missing"
    project = build_sample_project("Self-test", image_size=size)
    assert project.dataset.items, f"no images in {folder}"
    return project


def check_training(ctx: Context) -> str:
    from lepton_studio.core.project import TrainingSettings
    from lepton_studio.core.training.runner import run_training

    project = sample_project()
    settings = TrainingSettings(epochs=1, batch_size=16, learning_rate=0.003, device="cpu",
                                early_stopping_patience=None, augment="light", seed=0)
    run = run_training(project, ctx.work / "cache" / "images", threads=ctx.threads,
                       settings=settings)
    problem = run.settings.get("problem")
    assert run.status == "finished", f"run ended {run.status!r}: {problem}"
    assert len(run.history) == 1, f"{len(run.history)} epochs recorded instead of 1"
    epoch = run.history[0]
    loss = float(epoch.get("train_loss", float("nan")))
    assert math.isfinite(loss), f"training loss is {loss}"
    assert project.selected_run == run.id, "no best checkpoint was kept"
    ctx.project, ctx.run_id = project, run.id
    counts = {split: len(project.dataset.items_in(split)) for split in ("train", "val", "test")}
    accuracy = run.best_val_accuracy
    shown = f"{accuracy:.2f}" if accuracy is not None else "n/a"
    return (f"1 epoch, {counts['train']} train / {counts['val']} val images at "
            f"{TRAIN_IMAGE_SIZE} px, loss {loss:.3f}, val accuracy {shown}, {run.device}")


def check_export(ctx: Context) -> str:
    import numpy as np

    from lepton_studio.core.export import export_run, load_predictor, project_predictor
    from lepton_studio.core.export.onnx_export import DYNAMO
    from lepton_studio.core.export.predict_script import BEGIN_CONFIDENCE, BEGIN_DECODE

    if ctx.project is None:
        raise CheckSkipped("needs the training check")
    out = ctx.work / "export"
    report = export_run(ctx.project, ctx.run_id, "onnx", out, cache_root=ctx.work / "cache" / "images")
    assert report.parity.passed, (f"export parity failed: max diff {report.parity.max_abs_diff:.2e}, "
                                  f"{report.parity.mismatches} mismatches")
    for name in ("predict.py", "labels.txt", "preprocessing.json", "manifest.json"):
        assert (out / name).is_file(), f"{name} missing from the export"
    script = (out / "predict.py").read_text(encoding="utf-8")
    assert BEGIN_DECODE in script, "predict.py lacks the decoder source"
    assert BEGIN_CONFIDENCE in script, "predict.py lacks the not-sure rule's source"
    dataset = ctx.project.dataset
    files = [dataset.resolve(item.path) for item in dataset.items_in("test")][:PREDICT_FILES]
    onnx_predictor = load_predictor(out, use_float=True)
    torch_predictor = project_predictor(ctx.project, ctx.run_id)
    by_onnx = onnx_predictor.predict_files(files)
    by_torch = torch_predictor.predict_files(files)
    diff = max(float(np.abs(np.array(a.probabilities) - np.array(b.probabilities)).max())
               for a, b in zip(by_onnx, by_torch, strict=True))
    same = sum(a.best_guess == b.best_guess for a, b in zip(by_onnx, by_torch, strict=True))
    assert diff < PARITY_TOLERANCE, f"onnxruntime differs from PyTorch by {diff:.2e}"
    assert same == len(files), f"only {same} of {len(files)} pictures get the same class"
    kind = type(onnx_predictor).__name__
    exporter = f"{report.exporter} exporter"
    if report.exporter != DYNAMO:  # works, but a build should not lose the main exporter
        exporter += " (FALLBACK: the dynamo exporter failed, see stderr)"
        print(f"--- export: {'; '.join(report.warnings) or 'dynamo exporter failed'}",
              file=sys.stderr)
    return (f"{exporter}, opset {report.opset}; {kind} on {len(files)} files: "
            f"same class for all, max diff {diff:.1e}")


CHECKS: dict[str, Callable[[Context], str]] = {
    "translations": check_translations,
    "window": check_window,
    "templates": check_templates,
    "pretrained": check_pretrained,
    "training": check_training,
    "export": check_export,
}


# --- running ---------------------------------------------------------------------------

def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    if not isinstance(exc, (AssertionError, CheckSkipped)):
        text = f"{type(exc).__name__}: {text}"
    return " ".join(text.split())


def run_check(name: str, check: Callable[[Context], str], ctx: Context) -> Outcome:
    started = time.perf_counter()
    try:
        detail, status = check(ctx), "PASS"
    except CheckSkipped as exc:
        detail, status = _reason(exc), "SKIP"
    except Exception as exc:  # noqa: BLE001 - every failure is reported, none escapes
        detail, status = _reason(exc), "FAIL"
        print(f"--- {name} failed:", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
    return Outcome(name, status, detail, time.perf_counter() - started)


def _names(text: str | None) -> list[str]:
    if not text:
        return []
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in CHECKS]
    if unknown:
        raise SystemExit(f"lepton-studio --self-test: unknown check(s) {', '.join(unknown)}; "
                         f"choose from {', '.join(CHECKS)}")
    return names


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="lepton-studio --self-test",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated checks to run (default: all)")
    parser.add_argument("--skip", help="comma-separated checks to leave out")
    parser.add_argument("--threads", type=int, default=min(4, os.cpu_count() or 1),
                        help="CPU threads for PyTorch (default: up to 4)")
    parser.add_argument("--keep", type=Path, help="keep the scratch files in this folder")
    return parser.parse_args(argv)


ENVIRONMENT = ("QT_QPA_PLATFORM", "LEPTON_STUDIO_HOME")


def _prepare_environment(home: Path) -> dict[str, str | None]:
    """Offscreen Qt and a private home, set before Qt or the app's folders are used;
    returns the previous values for ``_restore_environment``."""
    previous = {name: os.environ.get(name) for name in ENVIRONMENT}
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["LEPTON_STUDIO_HOME"] = str(home)
    return previous


def _restore_environment(previous: dict[str, str | None]) -> None:
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def _run_checks(chosen: list[str], work: Path, threads: int) -> list[Outcome]:
    from lepton_studio import __version__

    mode = "frozen" if is_frozen() else "source"
    print(f"Lepton Studio {__version__} self-test ({mode}, Python {sys.version.split()[0]}, "
          f"{sys.platform})", flush=True)
    ctx = Context(work=work, frozen=is_frozen(), threads=threads)
    outcomes = []
    for name in chosen:
        outcome = run_check(name, CHECKS[name], ctx)
        outcomes.append(outcome)
        print(f"{outcome.status} {outcome.name:<13} {outcome.detail} ({outcome.seconds:.1f} s)",
              flush=True)
    return outcomes


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(list(sys.argv[1:] if argv is None else argv))
        only, skip = _names(args.only), _names(args.skip)
    except SystemExit as exc:
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
        return 0 if exc.code in (0, None) else 2
    chosen = [n for n in (only or list(CHECKS)) if n not in skip]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lepton-selftest-") as scratch:
        work = args.keep.resolve() if args.keep else Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        previous = _prepare_environment(work / "home")
        try:
            outcomes = _run_checks(chosen, work, threads=max(1, args.threads))
        finally:
            _restore_environment(previous)
    failed = [o.name for o in outcomes if o.status == "FAIL"]
    passed = sum(o.status == "PASS" for o in outcomes)
    skipped = sum(o.status == "SKIP" for o in outcomes)
    total = time.perf_counter() - started
    if failed:
        print(f"self-test FAILED: {', '.join(failed)} ({passed} passed, {skipped} skipped, "
              f"{total:.1f} s)", flush=True)
        return 1
    print(f"self-test passed: {passed} passed, {skipped} skipped in {total:.1f} s", flush=True)
    return 0
