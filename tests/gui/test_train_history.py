"""Run history: every run listed, ticked runs drawn over the plots, the run in use, delete."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_folder
from lepton_studio.core.project import ImageSettings, Project, TrainingSettings, run_blob_key
from lepton_studio.core.templates import make_template
from lepton_studio.core.training.runner import run_training
from lepton_studio.gui.training.history import ACCURACY, EPOCHS, IN_USE, NAME, STATUS


@pytest.fixture
def trained(shape_images, tmp_path):
    """A project with two runs of different learning rates (trained by the core)."""
    folder = shape_images(per_class=12, size=16)
    dataset = dataset_from_scan(scan(from_folder(folder)), image=ImageSettings(size=16))
    project = Project.new("Shapes", make_template("small-cnn", dataset.image.color, 16,
                                                  len(dataset.class_names)))
    project.dataset = dataset
    for rate, epochs in ((3e-3, 2), (1e-2, 3)):
        run_training(project, tmp_path / "cache", threads=1,
                     settings=TrainingSettings(epochs=epochs, batch_size=8, learning_rate=rate,
                                               device="cpu"))
    return project


@pytest.fixture
def page(window, trained):
    window.document.set_project(trained)
    window.go_to("train")
    return window.pages["train"]


def row_of(page, run_id):
    tree = page.history.tree
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == run_id)


def test_every_run_is_listed_with_its_settings_and_accuracy(page, trained):
    tree = page.history.tree
    assert tree.topLevelItemCount() == 2
    newest = tree.topLevelItem(0)
    # Named by what the run is and when it started, numbered for runs in the same minute.
    assert newest.text(NAME).startswith("Small CNN · ") and newest.text(NAME).endswith("(#2)")
    assert newest.text(STATUS) in ("Finished", "Stopped early")
    assert newest.text(EPOCHS) == "3" and newest.text(IN_USE) == "★"
    assert newest.text(ACCURACY).endswith("%")
    assert page.tabs.tabText(1) == "Runs (2)"
    page.history.set_current("run-1")
    details = page.history.details.text()
    assert "Small CNN" in details and "(#1)" in details and "learning rate 0.003" in details and "batch size 8" in details
    # Idle, the plots show the run picked in the list.
    page.plots.flush()
    assert page.plots.point_count("val_loss") == 2


def test_ticked_runs_are_drawn_over_the_plots(page):
    page.history.set_current("run-2")
    row_of(page, "run-1").setCheckState(0, Qt.CheckState.Checked)
    assert list(page.plots.overlays) == ["run-1"]
    loss_curve = page.plots.overlays["run-1"][0]
    assert len(loss_curve.getData()[0]) == 2
    assert "(#1) (validation)" in page.plots.legend.text()
    row_of(page, "run-1").setCheckState(0, Qt.CheckState.Unchecked)
    assert page.plots.overlays == {}
    assert "(#1)" not in page.plots.legend.text()


def test_choose_the_run_evaluate_and_export_use(page, trained, window):
    assert trained.selected_run == "run-2"
    page.history.set_current("run-1")
    assert page.history.use_button.isEnabled()
    page.history.use_button.click()
    assert trained.selected_run == "run-1"
    assert not window.document.is_modified  # choosing a run is not an edit (issue #22)
    assert row_of(page, "run-1").text(IN_USE) == "★" and row_of(page, "run-2").text(IN_USE) == ""
    assert not page.history.use_button.isEnabled()  # already in use


def test_delete_asks_then_removes_the_run_and_its_weights(page, trained, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page.history.set_current("run-2")
    row_of(page, "run-2").setCheckState(0, Qt.CheckState.Checked)
    page.history.delete_button.click()
    assert trained.run("run-2") is not None and "(#2)" in asked[0]
    page.history.delete_button.click()
    assert trained.run("run-2") is None
    assert run_blob_key("run-2") not in trained.blobs
    assert trained.selected_run is None
    assert page.history.tree.topLevelItemCount() == 1
    assert "run-2" not in page.plots.overlays
    assert page.tabs.tabText(1) == "Runs (1)"
