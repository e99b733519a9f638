"""Helpers for the data-safety tests: a small trained project, and the CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_folder
from lepton_studio.core.project import Project, TrainingSettings, save_project
from lepton_studio.core.templates import make_template

ROOT = Path(__file__).resolve().parents[2]


def small_project(images: Path, name: str = "p") -> Project:
    dataset = dataset_from_scan(scan(from_folder(images)))
    project = Project.new(name, make_template("small-cnn", dataset.image.color, dataset.image.size,
                                              len(dataset.class_names)))
    project.dataset = dataset
    return project


def trained_project_file(images: Path, path: Path, cache: Path) -> Path:
    """A project with one finished one-epoch run, saved to ``path``."""
    from lepton_studio.core.training.runner import run_training

    project = small_project(images, path.stem)
    run_training(project, cache, settings=TrainingSettings(epochs=1, batch_size=8, device="cpu"),
                 threads=1)
    save_project(project, path)
    return path


def cli(*args, home: Path, cwd: Path | None = None, env: dict[str, str] | None = None,
        timeout: float = 300) -> subprocess.CompletedProcess:
    """``python -m lepton_studio.cli ARGS`` with its own LEPTON_STUDIO_HOME."""
    full_env = dict(os.environ, LEPTON_STUDIO_HOME=str(home),
                    PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "lepton_studio.cli", *map(str, args)],
                          capture_output=True, text=True, env=full_env, timeout=timeout,
                          cwd=cwd)
