"""Train step: start → live plots → stop, pause / resume, settings, failures, responsiveness.

Each test trains a tiny generated project (16-pixel shapes, a few epochs) on the CPU.
"""

import time

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from lepton_studio.core import problems as P
from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_folder
from lepton_studio.core.problems import Problem
from lepton_studio.core.project import ImageSettings, Project, TrainingSettings, run_blob_key
from lepton_studio.core.templates import make_template
from lepton_studio.core.training.auto import BASE_LEARNING_RATES, choose_batch_size, choose_epochs
from lepton_studio.gui.errors import problem_sentence, problem_text
from lepton_studio.gui.training.history import ACCURACY, IN_USE, STATUS
from lepton_studio.gui.training.session import IDLE, PAUSED

LONG = 500  # epochs for runs the test stops itself


@pytest.fixture
def make_project(shape_images):
    def make(epochs=2, **training):
        folder = shape_images(per_class=12, size=16)
        dataset = dataset_from_scan(scan(from_folder(folder)), image=ImageSettings(size=16))
        graph = make_template("small-cnn", dataset.image.color, 16, len(dataset.class_names))
        project = Project.new("Shapes", graph)
        project.dataset = dataset
        project.training = TrainingSettings(epochs=epochs, batch_size=8, device="cpu",
                                            **training)
        return project
    return make


@pytest.fixture
def open_train(window):
    def open_project(project, path=None):
        window.document.set_project(project, path)
        window.go_to("train")
        return window.pages["train"]
    return open_project


def wait_idle(qtbot, page, timeout=60_000):
    qtbot.waitUntil(lambda: page.session.state == IDLE, timeout=timeout)


def epoch_points(page):
    page.plots.flush()
    return page.plots.point_count("val_loss")


def test_start_plots_receive_points_then_stop(qtbot, make_project, open_train):
    page = open_train(make_project(epochs=LONG))
    assert page.start_button.isEnabled() and not page.stop_button.isEnabled()
    page.start_button.click()
    assert page.session.running and not page.start_button.isEnabled()
    qtbot.waitUntil(lambda: epoch_points(page) >= 2, timeout=60_000)
    assert page.plots.point_count("batch_loss") > 0
    assert page.plots.point_count("learning_rate") > 0
    assert page.plots.point_count("val_accuracy") >= 2
    assert "Epoch" in page.progress.details.text()
    assert page.progress.bar.value() > 0
    assert page.settings_panel.estimate.text().startswith("Time needed: ")
    assert "per epoch" in page.settings_panel.estimate.text()
    assert not page.settings_panel.epochs.isEnabled()  # settings wait for the next run

    page.stop_button.click()
    wait_idle(qtbot, page)
    project = page.project
    run = project.runs[-1]
    assert run.status == "stopped"
    assert 2 <= len(run.history) < LONG
    assert run_blob_key(run.id, "best") in project.blobs
    assert project.selected_run == run.id
    assert page.progress.status.text() == "Stopped"
    assert page.start_button.isEnabled() and not page.stop_button.isEnabled()
    assert page.settings_panel.epochs.isEnabled()
    assert page.history.tree.topLevelItemCount() == 1
    assert page.history.tree.topLevelItem(0).text(STATUS) == "Stopped"


def test_a_finished_run_is_recorded_and_shown(qtbot, make_project, open_train):
    page = open_train(make_project(epochs=2))
    page.start()
    wait_idle(qtbot, page)
    project = page.project
    assert [run.status for run in project.runs] == ["finished"]
    run = project.runs[0]
    assert len(run.history) == 2 and run.settings["epochs"] == 2
    assert run_blob_key(run.id, "last") in project.blobs
    # calibrated on the worker's copy and merged into the open project with the run
    assert run.calibration and run.calibration["images"] == len(project.dataset.items_in("val"))
    assert page.window().document.is_modified  # autosaved, not saved to a file
    assert epoch_points(page) == 2
    assert page.progress.bar.value() == page.progress.bar.maximum()
    assert page.history.tree.topLevelItem(0).text(IN_USE) == "★"
    assert page.history.tree.topLevelItem(0).text(ACCURACY) == f"{run.best_val_accuracy * 100:.1f} %"


def test_pause_and_resume(qtbot, make_project, open_train):
    from lepton_studio.core.training.events import BatchEnded

    page = open_train(make_project(epochs=LONG))
    batches = []
    page.session.eventReceived.connect(
        lambda e: batches.append(e) if isinstance(e, BatchEnded) else None)
    page.start()
    qtbot.waitUntil(lambda: len(batches) >= 2, timeout=60_000)
    page.pause_button.click()
    assert page.session.state == PAUSED
    assert page.pause_button.text() == "Resume"
    assert page.progress.status.text() == "Paused"
    qtbot.wait(400)  # a batch under way may still report; after it, nothing
    seen = len(batches)
    qtbot.wait(600)
    assert len(batches) == seen
    page.pause_button.click()
    assert page.session.state != PAUSED and page.pause_button.text() == "Pause"
    qtbot.waitUntil(lambda: len(batches) > seen, timeout=60_000)
    page.stop_button.click()
    wait_idle(qtbot, page)
    assert page.project.runs[-1].status == "stopped"


def test_settings_edit_the_project_and_show_automatic_values(make_project, open_train):
    project = make_project(epochs=None)
    project.training.batch_size = None
    page = open_train(project)
    panel = page.settings_panel
    count = len(project.dataset.items_in("train"))
    assert panel.epochs.specialValueText() == f"Automatic ({choose_epochs(count)})"
    assert panel.batch_size.specialValueText() == f"Automatic ({choose_batch_size(count)})"
    assert panel.epochs.text() == panel.epochs.specialValueText()
    assert not page.window().document.is_modified

    panel.epochs.setValue(7)
    assert project.training.epochs == 7
    assert page.window().document.is_modified
    panel.optimizer.setCurrentIndex(panel.optimizer.findData("sgd"))
    assert project.training.optimizer == "sgd"
    assert panel.learning_rate.specialValueText() == f"Automatic ({BASE_LEARNING_RATES['sgd']:g})"
    panel.patience.setValue(0)
    assert project.training.early_stopping_patience is None
    assert panel.patience.text() == "Never"
    panel.patience.setValue(3)
    assert panel.patience.text() == "3 epochs"
    panel.restore_defaults()
    assert project.training == TrainingSettings()
    assert panel.epochs.value() == 0


def test_help_text_follows_the_setting_pointed_at(make_project, open_train):
    page = open_train(make_project())
    panel = page.settings_panel
    assert panel.help_label.text() == "Point at a setting to see what it does."
    QApplication.sendEvent(panel.seed, QEnterEvent(QPointF(1, 1), QPointF(1, 1), QPointF(1, 1)))
    assert panel.help_label.text() == panel.help_texts()["seed"]
    assert panel.seed.toolTip() == panel.help_texts()["seed"]


def test_nan_loss_shows_the_problem_and_applies_the_cure(qtbot, make_project, open_train):
    page = open_train(make_project(epochs=3, optimizer="sgd", schedule="constant",
                                   learning_rate=1e6, label_smoothing=0.0))
    page.start()
    wait_idle(qtbot, page)
    run = page.project.runs[-1]
    assert run.status == "failed"
    assert page.banner.isVisible()
    problem = page.banner.problem
    assert problem.code == P.NAN_LOSS
    message, hint = problem_text(problem)
    assert page.banner.message.text() == message and page.banner.hint.text() == hint
    suggested = float(problem.values["suggested_lr"])
    assert page.banner.action_button.text().startswith("Use Learning Rate ")
    page.banner.action_button.click()
    assert page.project.training.learning_rate == suggested
    assert not page.banner.isVisible()
    assert page.settings_panel.advanced.isVisible()


def test_no_dataset_disables_training_with_the_reason(qtbot, open_train, window):
    project = Project.new("Empty", make_template("small-cnn"))
    page = open_train(project)
    assert not page.start_button.isEnabled()
    assert page.blocked_label.isVisible()
    assert page.blocked_label.text() == problem_sentence(Problem(P.NO_DATASET))
    assert page.blocked_button.text() == "Go to Data"
    assert not page.session.start()
    page.blocked_button.click()
    assert window.step_bar.current_step() == "data"


def test_an_invalid_graph_disables_training_with_the_reason(qtbot, make_project, open_train):
    project = make_project()
    page = open_train(project)
    assert page.start_button.isEnabled()
    output = project.graph.output_node()
    project.graph.remove_node(output.id)  # notifies the document, which tells the page
    qtbot.waitUntil(lambda: not page.start_button.isEnabled(), timeout=5000)
    assert page.blocked_label.text() == problem_sentence(Problem(P.NO_OUTPUT))
    assert page.blocked_button.text() == "Go to Model"
    assert not page.session.start()
    assert page.session.problem.code == P.NO_OUTPUT


def test_missing_image_files_end_in_a_translated_problem(qtbot, make_project, open_train):
    from pathlib import Path

    project = make_project()
    dataset = project.dataset
    for item in dataset.items_in("train")[:3]:
        Path(dataset.resolve(item.path)).unlink()
    page = open_train(project)
    page.start()
    wait_idle(qtbot, page)
    assert page.banner.isVisible()
    assert page.banner.problem.code == P.TRAINING_FILES_UNREADABLE
    assert page.banner.message.text() == problem_text(page.banner.problem)[0]
    assert page.banner.action_button.text() == "Go to Data"
    assert page.project.runs == []


def test_the_event_loop_keeps_running_while_training(qtbot, make_project, open_train):
    from lepton_studio.tools.latency_probe import EventLoopProbe

    page = open_train(make_project(epochs=60, early_stopping_patience=None))
    probe = EventLoopProbe(interval_ms=10)
    probe.start()
    began = time.monotonic()
    page.start()
    wait_idle(qtbot, page)
    probe.stop()
    seconds = time.monotonic() - began
    assert page.project.runs[-1].status == "finished"
    assert probe.summary()["ticks"] > 20
    # Relative, not seconds (busy test machines): training on the GUI thread would stall
    # it for the whole run. The real figures come from benchmarks/ui_latency.py.
    assert probe.max_stall_s < 0.5 * seconds


def test_delete_asks_before_removing(qtbot, make_project, open_train, monkeypatch):
    page = open_train(make_project(epochs=1))
    page.start()
    wait_idle(qtbot, page)
    run_id = page.project.runs[0].id
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    page.history.delete_button.click()
    assert page.project.run(run_id) is not None


def test_switching_language_retranslates_the_page_and_plots(qtbot, make_project, open_train,
                                                            window):
    page = open_train(make_project(epochs=1))
    page.start()
    wait_idle(qtbot, page)
    page.history.set_checked(page.project.runs[0].id, True)
    window.languages.set_language("de")
    try:
        assert page.start_button.text() == "Training starten"
        assert page.tabs.tabText(0) == "Einstellungen"
        assert page.plots.loss_plot.getPlotItem().titleLabel.text == "Verlust (niedriger ist besser)"
        assert page.plots.loss_plot.getPlotItem().getAxis("bottom").labelText == "Epoche"
        assert "Validierung" in page.plots.legend.text()
        assert page.progress.status.text() in ("Abgeschlossen", "Vorzeitig beendet")
        assert page.history.tree.headerItem().text(0) == "Lauf"
        assert page.settings_panel.advanced_button.text() == "Erweiterte Einstellungen"
        assert page.settings_panel.epochs.text() == "1"
        page.settings_panel.patience.setValue(3)
        assert page.settings_panel.patience.text() == "3 Epochen"
    finally:
        window.languages.set_language("en")
    assert page.start_button.text() == "Start Training"


def test_plots_hold_a_long_run(make_project, open_train):
    """A 1,000-epoch run: buffers grow, curves get every point, and the plots downsample
    and clip to the view (what keeps drawing fast)."""
    page = open_train(make_project())
    plots = page.plots
    plots.clear_live("run-x")
    for epoch in range(1, 1001):
        for batch in range(1, 21):
            plots.add_batch(epoch, batch, 20, 1.0 / epoch, 1e-3)
        plots.add_epoch({"epoch": epoch, "train_loss": 1.0 / epoch, "val_loss": None,
                         "train_accuracy": 0.5, "val_accuracy": 0.6})
    plots.flush()
    assert plots.point_count("val_accuracy") == 1000
    assert plots.point_count("batch_loss") == 20_000
    assert not any(buffer.dirty for buffer in plots.buffers.values())
    for plot in (plots.loss_plot, plots.accuracy_plot, plots.batch_plot, plots.rate_plot):
        item = plot.getPlotItem()
        assert item.clipToViewMode()
        _factor, automatic, method = item.downsampleMode()
        assert automatic and method == "peak"


def test_stop_right_after_start(qtbot, make_project, open_train):
    """Stopped while the pictures are prepared (or at the latest in the first batch)."""
    page = open_train(make_project(epochs=LONG))
    page.start()
    page.stop_button.click()
    assert page.progress.status.text() == "Stopping…"
    wait_idle(qtbot, page)
    assert page.progress.status.text() == "Stopped"
    assert all(run.status == "stopped" for run in page.project.runs)
    assert page.start_button.isEnabled()


def test_torch_leaves_a_core_for_the_window_unless_the_preference_says_otherwise(
        monkeypatch, settings):
    from lepton_studio.gui.training.session import training_threads

    monkeypatch.setattr("os.cpu_count", lambda: 4)
    settings.cpu_threads = 0
    assert training_threads(settings) == 3
    settings.cpu_threads = 2
    assert training_threads(settings) == 2
    settings.cpu_threads = 0
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert training_threads(settings) == 1


def test_a_run_uses_the_thread_count_of_the_preferences(qtbot, make_project, open_train,
                                                         settings, monkeypatch):
    import torch

    from lepton_studio.core.training import trainer

    seen = []  # read in the training thread: once the main thread has used torch (earlier
    # tests in the process may have), its OpenMP thread count is its own

    def set_threads(threads):
        result = real(threads)
        seen.append((threads, torch.get_num_threads()))
        return result
    real = trainer.set_threads
    monkeypatch.setattr(trainer, "set_threads", set_threads)
    monkeypatch.setattr("os.cpu_count", lambda: 4)  # the default would then be 3
    settings.cpu_threads = 1
    page = open_train(make_project(epochs=1))
    page.start()
    wait_idle(qtbot, page)
    assert seen and all(entry == (1, 1) for entry in seen)
    assert page.project.runs[-1].status == "finished"
