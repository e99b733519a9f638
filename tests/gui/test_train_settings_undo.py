"""Training settings are part of the observable, undoable project (issue 20, item 2):
the form edits through undo commands and redraws from the project's events, and a
typed learning rate reaches the optimizer unchanged (form -> document -> worker -> trainer)."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_folder
from lepton_studio.core.project import ImageSettings, Project, TrainingSettings
from lepton_studio.core.templates import make_template
from lepton_studio.gui.training.session import IDLE


@pytest.fixture
def train_page(window, shape_images):
    folder = shape_images(per_class=12, size=16)
    dataset = dataset_from_scan(scan(from_folder(folder)), image=ImageSettings(size=16))
    project = Project.new("Shapes", make_template("small-cnn", dataset.image.color, 16,
                                                  len(dataset.class_names)))
    project.dataset = dataset
    project.training = TrainingSettings(epochs=1, batch_size=8, device="cpu", schedule="constant")
    window.document.set_project(project)
    window.go_to("train")
    return window.pages["train"]


def document(project) -> dict:
    doc = copy.deepcopy(project.to_dict())
    doc.pop("app_version")
    return doc


def type_into(spin_box, text: str) -> None:
    line = spin_box.lineEdit()
    line.selectAll()
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)


def test_form_edits_are_undone_and_redone_exactly(window, train_page):
    project, panel = train_page.project, train_page.settings_panel
    stack = window.document.undo_stack
    before = document(project)
    panel.set_advanced_visible(True)
    type_into(panel.epochs, "7")
    panel.optimizer.setCurrentIndex(panel.optimizer.findData("sgd"))
    panel.seed.setValue(5)
    panel.seed.setValue(6)  # one setting stepped twice: one undo step
    assert (project.training.epochs, project.training.optimizer, project.training.seed) == (7, "sgd", 6)
    assert stack.count() == 3 and window.document.is_modified
    edited = document(project)
    while stack.canUndo():
        stack.undo()
    assert document(project) == before
    assert panel.epochs.value() == 1 and panel.optimizer.currentData() == "adamw"  # the form follows
    assert panel.seed.value() == 0
    assert not window.document.is_modified
    while stack.canRedo():
        stack.redo()
    assert document(project) == edited
    assert panel.seed.value() == 6 and panel.epochs.value() == 7


def test_restore_defaults_and_a_cure_are_undoable(window, train_page):
    project, panel = train_page.project, train_page.settings_panel
    stack = window.document.undo_stack
    before = document(project)
    panel.restore_defaults()
    assert project.training == TrainingSettings()
    train_page._apply_setting("learning_rate", 0.0005)  # the banner's "Use Learning Rate"
    assert panel.learning_rate.value() == 0.0005
    stack.undo()
    assert project.training.learning_rate is None
    stack.undo()
    assert document(project) == before and panel.epochs.value() == 1


def test_a_typed_learning_rate_reaches_the_optimizer_unchanged(qtbot, window, train_page,
                                                               monkeypatch):
    from lepton_studio.core.training import trainer

    made = []
    real = trainer._optimizer

    def recording(model, settings):
        optimizer = real(model, settings)
        made.append(optimizer.defaults["lr"])
        return optimizer
    monkeypatch.setattr(trainer, "_optimizer", recording)

    panel = train_page.settings_panel
    panel.set_advanced_visible(True)
    type_into(panel.learning_rate, "0.00123")
    assert train_page.project.training.learning_rate == 0.00123  # the document has it
    train_page.start_button.click()
    qtbot.waitUntil(lambda: train_page.session.state == IDLE, timeout=120_000)
    assert made == [0.00123]
    assert train_page.project.runs[-1].settings["learning_rate"] == 0.00123


def test_an_impossible_value_never_reaches_the_undo_stack(window, train_page):
    from lepton_studio.core.problems import LeptonError
    from lepton_studio.gui.training.commands import setting_command

    stack = window.document.undo_stack
    for name, value in (("epochs", 0), ("learning_rate", -1.0), ("optimizer", "rmsprop")):
        with pytest.raises(LeptonError):
            setting_command(train_page.project, name, value)
    train_page.settings_panel._set("batch_size", 10**9)  # beyond the schema: refused, form reloaded
    assert stack.count() == 0 and train_page.project.training.batch_size == 8
    assert train_page.settings_panel.batch_size.value() == 8
