"""Closing the window or the project while a model trains: ask, stop cleanly, keep the
best model; a crash mid-run leaves the best checkpoint in the file or the autosave copy."""

import pytest
from PySide6.QtWidgets import QMessageBox

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
from lepton_studio.gui.training.texts import INTERRUPTED
from lepton_studio.gui.workers import running_threads

Button = QMessageBox.StandardButton


@pytest.fixture
def project(shape_images):
    folder = shape_images(per_class=12, size=16)
    dataset = dataset_from_scan(scan(from_folder(folder)), image=ImageSettings(size=16))
    project = Project.new("Shapes", make_template("small-cnn", dataset.image.color, 16,
                                                  len(dataset.class_names)))
    project.dataset = dataset
    project.training = TrainingSettings(epochs=2000, batch_size=8, device="cpu",
                                        early_stopping_patience=None)
    return project


@pytest.fixture
def answers(monkeypatch):
    """Answers for QMessageBox.question, in order; the questions asked are recorded."""
    queue, asked = [], []

    def question(parent, title, text, *args, **kwargs):
        asked.append(title)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return queue, asked


def has_best_model(path):
    if not path.is_file():
        return False
    project = load_project(path)
    return any(run_blob_key(run.id) in project.blobs for run in project.runs)


def start_training(qtbot, window, project, path=None):
    window.document.set_project(project, path)
    window.go_to("train")
    page = window.pages["train"]
    page.start()
    # A first best model exists (epoch 1 ended) and was merged into the project.
    qtbot.waitUntil(lambda: any(run_blob_key(r.id) in project.blobs for r in project.runs),
                    timeout=60_000)
    return page


def test_closing_the_window_asks_then_stops_and_keeps_the_best_model(
        qtbot, window, project, tmp_path, answers):
    path = tmp_path / "shapes.lepton"
    save_project(project, path)
    page = start_training(qtbot, window, load_project(path), path)
    queue, asked = answers

    queue.append(Button.No)  # keep training: the window stays
    assert not window.close()
    assert asked == ["Training in progress"] and page.session.running and window.isVisible()

    queue.append(Button.Yes)
    assert window.close()
    assert asked == ["Training in progress"] * 2
    assert not page.session.running
    assert running_threads() == []
    saved = load_project(path)  # stopped, merged and saved before the window went
    run = saved.runs[-1]
    assert run.status == "stopped" and run.history
    assert run_blob_key(run.id, "best") in saved.blobs
    assert saved.selected_run == run.id
    assert not window.document.is_modified  # so no "save changes?" question was needed


def test_closing_the_project_asks_and_stops(qtbot, window, project, answers):
    page = start_training(qtbot, window, project)
    queue, asked = answers
    queue.append(Button.No)
    assert not window.controller.close_project()
    assert window.document.project is project and page.session.running

    queue.append(Button.Yes)  # stop training; then discard the unsaved project
    window.controller.ask_unsaved = lambda: Button.Discard
    assert window.controller.close_project()
    assert window.document.project is None
    assert not page.session.running
    assert project.runs[-1].status == "stopped"  # merged before the project went


def test_a_saved_project_holds_the_best_model_while_training(qtbot, window, project, tmp_path,
                                                             answers):
    path = tmp_path / "shapes.lepton"
    save_project(project, path)
    page = start_training(qtbot, window, load_project(path), path)
    # What a crash now would leave: the file, with the run cut short but usable. It is
    # written in the background: wait for it.
    qtbot.waitUntil(lambda: has_best_model(path), timeout=30_000)
    on_disk = load_project(path)
    run = on_disk.runs[-1]
    assert run.status == INTERRUPTED and run.best_epoch is not None
    assert run_blob_key(run.id, "best") in on_disk.blobs
    assert len(run.history) >= run.best_epoch and run.best_val_accuracy is not None
    page.session.stop()
    qtbot.waitUntil(lambda: not page.session.running, timeout=60_000)


def test_a_never_saved_project_keeps_the_best_model_in_the_autosave_copy(
        qtbot, window, project):
    page = start_training(qtbot, window, project)
    copy = window.controller.session.project_file
    qtbot.waitUntil(lambda: has_best_model(copy), timeout=30_000)
    assert window.controller.session.meta_file.is_file()  # so the next start offers it
    recovered = load_project(copy)
    run = recovered.runs[-1]
    assert run.status == INTERRUPTED
    assert run_blob_key(run.id, "best") in recovered.blobs
    page.session.stop()
    qtbot.waitUntil(lambda: not page.session.running, timeout=60_000)


def test_replacing_the_project_without_asking_stops_the_run(qtbot, window, project):
    page = start_training(qtbot, window, project)
    window.document.set_project(None)  # bypasses the controller (no hook)
    qtbot.waitUntil(lambda: not page.session.running, timeout=60_000)
    assert window.document.project is None


def test_a_background_save_never_replaces_a_newer_save_by_the_user(qtbot, window, project,
                                                                   tmp_path):
    from lepton_studio.gui.training.persist import ProjectSaver

    path = tmp_path / "shapes.lepton"
    save_project(project, path)
    window.document.set_project(load_project(path), path)
    saver = ProjectSaver(window.shell)
    saved = []
    saver.saved.connect(saved.append)
    saver.request()  # snapshot now; written on a worker; put in place on the GUI thread
    window.document.project.name = "Renamed by the user"
    window.document.mark_modified()
    assert window.controller.save()  # the user saves before the background write lands
    assert saver.wait_idle(30)
    assert load_project(path).name == "Renamed by the user"
    assert saved == [] and not list(tmp_path.glob(".*.tmp"))

    saver.request()  # nothing in the way this time
    assert saver.wait_idle(30)
    assert saved == ["file"] and not window.document.is_modified
