"""The window takes the training lock of a saved project, respects another program's,
and takes in runs saved meanwhile, so no finished run is lost."""

import json
import time

import pytest

from lepton_studio.core import problems as P
from lepton_studio.core import project_lock as L
from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_folder
from lepton_studio.core.project import (
    ImageSettings,
    Project,
    TrainingSettings,
    load_project,
    run_blob_key,
    save_project,
)
from lepton_studio.core.templates import make_template
from lepton_studio.core.training.runner import run_training
from lepton_studio.gui.training.session import IDLE


@pytest.fixture
def saved_project(shape_images, tmp_path):
    folder = shape_images(per_class=12, size=16)
    dataset = dataset_from_scan(scan(from_folder(folder)), image=ImageSettings(size=16))
    project = Project.new("Shapes", make_template("small-cnn", dataset.image.color, 16,
                                                  len(dataset.class_names)))
    project.dataset = dataset
    project.training = TrainingSettings(epochs=2, batch_size=8, device="cpu")
    path = tmp_path / "shapes.lepton"
    save_project(project, path)
    return path


def open_train(window, path):
    window.document.set_project(load_project(path), path)
    window.go_to("train")
    return window.pages["train"]


def test_a_project_trained_elsewhere_is_refused_with_the_holder(qtbot, window, saved_project):
    now = time.time()
    L.lock_path(saved_project).write_text(json.dumps(
        {"holder": "lepton-studio train", "pid": 4242, "host": "render-box", "since": now,
         "refreshed": now, "token": "x"}))
    page = open_train(window, saved_project)
    assert not page.session.start()
    assert page.session.problem.code == P.PROJECT_LOCKED
    assert "lepton-studio train (process 4242 on render-box)" in page.session.problem.message()
    assert page.banner.isVisible() and page.banner.problem.code == P.PROJECT_LOCKED
    assert page.project.runs == []


def test_the_window_holds_the_lock_while_training_and_lets_go(qtbot, window, saved_project):
    page = open_train(window, saved_project)
    assert page.session.start()
    held = L.read_lock(saved_project)
    assert held is not None and held.holder == L.HOLDER_WINDOW
    qtbot.waitUntil(lambda: page.session.state == IDLE, timeout=60_000)
    qtbot.waitUntil(lambda: not L.lock_path(saved_project).exists(), timeout=10_000)
    assert load_project(saved_project).runs[-1].status == "finished"


def test_a_run_saved_by_a_script_meanwhile_is_kept(qtbot, window, saved_project, tmp_path):
    page = open_train(window, saved_project)  # open, idle, while a script trains
    script = load_project(saved_project)
    theirs = run_training(script, tmp_path / "cache", threads=1,
                          settings=TrainingSettings(epochs=1, batch_size=8, device="cpu"))
    save_project(script, saved_project)
    assert page.session.start()  # takes the script's run in first: a fresh id for ours
    qtbot.waitUntil(lambda: page.session.state == IDLE, timeout=60_000)
    qtbot.waitUntil(lambda: not page.session.saver.busy, timeout=10_000)
    on_disk = load_project(saved_project)
    assert [r.id for r in on_disk.runs] == [theirs.id, "run-2"]
    assert on_disk.blobs[run_blob_key(theirs.id)] == script.blobs[run_blob_key(theirs.id)]


def test_ctrl_s_after_a_script_saved_a_run_keeps_it_and_says_so(qtbot, window, saved_project,
                                                                tmp_path):
    window.document.set_project(load_project(saved_project), saved_project)
    script = load_project(saved_project)
    theirs = run_training(script, tmp_path / "cache", threads=1,
                          settings=TrainingSettings(epochs=1, batch_size=8, device="cpu"))
    save_project(script, saved_project)
    window.document.project.name = "Edited here"
    window.document.mark_modified()
    messages = []
    window.controller.message.connect(messages.append)
    assert window.controller.save()
    assert any("Another program saved 1 run(s)" in m and theirs.id in m for m in messages)
    assert [r.id for r in window.document.project.runs] == [theirs.id]
    on_disk = load_project(saved_project)
    assert on_disk.name == "Edited here" and [r.id for r in on_disk.runs] == [theirs.id]


def test_saving_a_recovered_project_keeps_the_runs_in_its_file(window, monkeypatch, tmp_path,
                                                               saved_project):
    from .test_recovery import crash_a_session

    script = load_project(saved_project)
    theirs = run_training(script, tmp_path / "cache", threads=1,
                          settings=TrainingSettings(epochs=1, batch_size=8, device="cpu"))
    save_project(script, saved_project)
    crash_a_session(saved_project)  # its autosave copy has none of these runs
    monkeypatch.setattr(window.controller, "ask_recovery", lambda recovery: "recover")
    assert window.controller.offer_recovery()
    assert window.document.path == saved_project and window.document.project.runs == []
    assert window.controller.save()
    assert [r.id for r in load_project(saved_project).runs] == [theirs.id]
