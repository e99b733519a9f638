"""Render every main view offscreen with the sample project and save PNGs.

    python -m lepton_studio.tools.screenshots OUTDIR [--lang de] [--size 1280x800] [--theme dark]
                                                     [--train-epochs 3]

Files are named ``OUTDIR/<view>-<lang>-<W>x<H>.png``. Runs with a throw-away
``LEPTON_STUDIO_HOME`` so the user's settings and recent files are not touched. With
``--train-epochs N`` the sample is trained first (imports torch; about a minute on a
CPU), so the Train, Evaluate and Export views show a real run. Chinese
and Japanese need a CJK font (Debian: ``fonts-noto-cjk``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def _parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def _settle(app, tasks=None, timeout_s: float = 5.0) -> None:
    """Let layouts, timers and background work (thumbnails, ...) finish before a shot."""
    import time

    deadline = time.monotonic() + timeout_s
    for _ in range(5):
        app.processEvents()
    while tasks is not None and tasks.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.01)


def train_sample(project, epochs: int, cache_root: Path) -> None:
    """A short real training run on the sample, so the later steps have results to show."""
    from lepton_studio.core.training.runner import run_training

    project.training.epochs = epochs
    run_training(project, cache_root)


def capture(out_dir: Path, language: str, size: tuple[int, int], theme: str = "system",
            train_epochs: int = 0) -> list[Path]:
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    from lepton_studio.core.project import save_project
    from lepton_studio.gui.about import HelpDialog
    from lepton_studio.gui.app import build_window, create_application
    from lepton_studio.gui.errors import ErrorDialog
    from lepton_studio.gui.new_project import NewProjectDialog
    from lepton_studio.gui.preferences import PreferencesDialog
    from lepton_studio.gui.sample import build_sample_project
    from lepton_studio.gui.settings import Settings

    app = create_application(["screenshots"])
    settings = Settings.open()
    settings.language = language
    settings.theme = theme
    settings.sync()
    window = build_window(app, probe=False, recover=False)
    window.status.set_device({"device": "cpu", "name": ""})
    window.resize(*size)
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    tag = f"{language}-{size[0]}x{size[1]}" + ("" if theme == "system" else f"-{theme}")

    def shoot(widget, view: str) -> None:
        _settle(app, window.tasks)
        path = out_dir / f"{view}-{tag}.png"
        widget.grab().save(str(path))
        saved.append(path)

    # A saved copy of the sample, so the Start page lists a recent project.
    from lepton_studio.core import paths

    sample_file = paths.documents_dir() / "Shapes.lepton"
    save_project(build_sample_project("Shapes"), sample_file)
    settings.add_recent_file(sample_file)
    window.refresh_recent()
    window.show()
    shoot(window, "start-empty")

    window.controller.open_sample()
    if train_epochs:
        train_sample(window.document.project, train_epochs, settings.image_cache_root())
        window.document.set_project(window.document.project)  # pages re-read the runs
    _settle(app, window.tasks)
    window.go_to("start")
    shoot(window, "start")
    for step in ("data", "model", "train", "evaluate", "export"):
        window.go_to(step)
        shoot(window, step)

    window.document.mark_modified()  # the title and status bar show unsaved changes
    window.go_to("model")
    shoot(window, "model-modified")

    dialogs = [
        (PreferencesDialog(settings, window.tasks, window), "preferences"),
        (NewProjectDialog(window), "new-project"),
        (HelpDialog(window), "help"),
        (ErrorDialog("details", window), "error"),
    ]
    for dialog, view in dialogs:
        dialog.show()
        dialog.adjustSize()
        shoot(dialog, view)
        dialog.close()
    del QMimeData
    window.tasks.shutdown(5)
    window.document.set_project(None)
    window.close()
    QApplication.processEvents()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lepton_studio.tools.screenshots",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1280x800", type=_parse_size)
    parser.add_argument("--theme", default="system", choices=("system", "light", "dark"))
    parser.add_argument("--train-epochs", type=int, default=0)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="lepton-shots-") as home:
        os.environ["LEPTON_STUDIO_HOME"] = home
        saved = capture(args.outdir, args.lang, args.size, args.theme, args.train_epochs)
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
