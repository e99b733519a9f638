"""A small trained project for the Evaluate and Export page tests (trained once per module)."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lepton_studio.core.graph import Graph

SIZE = 24
CLASSES = ("dark", "bright")
MISLABELLED = (3, 7)  # "dark" test pictures that are bright


def conv_graph(classes: int = 2) -> Graph:
    graph = Graph()
    graph.add_node("input", {"size": SIZE, "color": "rgb"}, node_id="in")
    graph.add_node("conv2d", {"filters": 6}, node_id="c")
    graph.add_node("activation", node_id="a")
    graph.add_node("globalavgpool", node_id="g")
    graph.add_node("output", {"classes": classes}, node_id="out")
    for a, b in [("in", "c"), ("c", "a"), ("a", "g"), ("g", "out")]:
        graph.connect(a, b)
    return graph


def dense_graph(classes: int = 2) -> Graph:
    graph = Graph()
    graph.add_node("input", {"size": SIZE, "color": "rgb"}, node_id="in")
    graph.add_node("flatten", node_id="f")
    graph.add_node("output", {"classes": classes}, node_id="out")
    graph.connect("in", "f")
    graph.connect("f", "out")
    return graph


def write_pictures(root: Path, per_class: int = 24, seed: int = 0):
    """Dark and bright noisy pictures of odd sizes; every 4th goes to test, 3rd to val.

    Two test pictures labelled "dark" are bright, so the model makes sure mistakes."""
    from lepton_studio.core.project import DatasetItem

    rng = np.random.default_rng(seed)
    items = []
    for label, name in enumerate(CLASSES):
        (root / name).mkdir(parents=True, exist_ok=True)
        for index in range(per_class):
            base = 60 if label == 0 and index not in MISLABELLED else 170
            h, w = int(rng.integers(20, 40)), int(rng.integers(20, 40))
            pixels = np.clip(base + rng.normal(0, 45, (h, w, 3)), 0, 255).astype(np.uint8)
            Image.fromarray(pixels).save(root / name / f"{name}_{index:02d}.png")
            split = ("train", "train", "val", "test")[index % 4]
            items.append(DatasetItem(f"{name}/{name}_{index:02d}.png", label, split))
    return items


def build_project(root: Path, graph: Graph, train: bool = True):
    from lepton_studio.core.checkpoints import state_to_bytes
    from lepton_studio.core.compiler import build_model
    from lepton_studio.core.project import (
        DatasetSpec,
        ImageSettings,
        Project,
        RunRecord,
        TrainingSettings,
        run_blob_key,
    )
    from lepton_studio.core.training.runner import run_training

    items = write_pictures(root / "pictures")
    project = Project.new("Light test", graph)
    project.dataset = DatasetSpec(str(root / "pictures"), "folder", list(CLASSES), items,
                                  ImageSettings(SIZE, "rgb", "stretch"))
    if train:
        settings = TrainingSettings(epochs=10, batch_size=8, learning_rate=0.05, augment="none",
                                    early_stopping_patience=None, device="cpu", seed=1)
        run_training(project, root / "cache", settings=settings, threads=1)
    else:
        import torch

        torch.manual_seed(0)
        run = RunRecord(id="run-1", graph=graph.to_dict(), best_val_accuracy=0.5, best_epoch=1)
        project.runs.append(run)
        project.selected_run = run.id
        project.blobs[run_blob_key(run.id, "best")] = state_to_bytes(build_model(graph).state_dict())
    return project


@pytest.fixture(scope="module")
def trained_file(tmp_path_factory):
    """A saved project with one trained run of a small convolutional model."""
    from lepton_studio.core.project import save_project

    root = tmp_path_factory.mktemp("trained")
    project = build_project(root, conv_graph())
    assert project.runs and project.runs[-1].status == "finished"
    path = root / "Light test.lepton"
    save_project(project, path)
    return path


@pytest.fixture
def trained(trained_file):
    """A fresh copy of the trained project for each test."""
    from lepton_studio.core.project import load_project

    return load_project(trained_file)


@pytest.fixture(scope="module")
def dense_file(tmp_path_factory):
    """A saved project whose model has no convolution (untrained weights)."""
    from lepton_studio.core.project import save_project

    root = tmp_path_factory.mktemp("dense")
    project = build_project(root, dense_graph(), train=False)
    path = root / "Dense.lepton"
    save_project(project, path)
    return path


@pytest.fixture
def problems(monkeypatch):
    """Problems shown to the user, instead of modal message boxes."""
    shown = []
    monkeypatch.setattr("lepton_studio.gui.errors.show_problem",
                        lambda parent, problem, title=None: shown.append(problem))
    return shown
