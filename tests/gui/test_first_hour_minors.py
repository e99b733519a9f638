"""Issue #22's small dead ends, each checked where it could come back."""

from PySide6.QtCore import QLocale, QPointF

from lepton_studio.core.project import (
    DatasetItem,
    DatasetSpec,
    ImageSettings,
    Project,
    RunRecord,
    run_blob_key,
)
from lepton_studio.core.templates import make_template
from lepton_studio.gui.step_status import State, train_status


def project_with_run(status: str, epochs_done: int, planned: int, template="small-cnn"):
    graph = make_template(template, "rgb", 32, 2)
    project = Project.new("P", graph)
    items = [DatasetItem(f"{c}{i}.png", k, "train") for k, c in enumerate("ab") for i in range(12)]
    project.dataset = DatasetSpec("/x", "folder", ["a", "b"], items, ImageSettings(size=32), 0,
                                  (0.8, 0.1, 0.1))
    run = RunRecord(id="run-3", status=status, settings={"epochs": planned},
                    history=[{"epoch": e + 1} for e in range(epochs_done)], best_epoch=1,
                    graph=graph.to_dict(), created="2026-12-03T10:05:00+00:00")
    project.runs.append(run)
    project.blobs[run_blob_key(run.id)] = b"weights"
    return project


# --- "All changes saved" on a project that was never saved ------------------------------
def test_a_new_project_says_it_is_not_saved_yet(window, tmp_path):
    window.controller.new_project("Fresh", "small-cnn")
    assert window.status.project_label.text() == "Not saved yet"
    assert window.controller._write(tmp_path / "fresh.lepton")
    assert window.status.project_label.text() == "All changes saved"


# --- choosing a run is not an edit ---------------------------------------------------------
def test_choosing_a_run_does_not_mark_the_project_unsaved(window, qtbot):
    window.document.set_project(project_with_run("finished", 3, 3))
    with qtbot.waitSignal(window.document.changed):
        window.document.choose_run("run-3")
    assert window.document.project.selected_run == "run-3"
    assert not window.document.is_modified


# --- Train ✓ only for a run that went to its end --------------------------------------------
def test_train_is_done_only_after_a_run_that_went_to_its_end():
    stopped = train_status(project_with_run("stopped", 1, 4))
    assert stopped.state == State.READY and "1 of 4 epochs" in stopped.reason
    assert train_status(project_with_run("finished", 4, 4)).state == State.DONE
    assert train_status(project_with_run("early_stopped", 6, 20)).state == State.DONE


# --- "Stopped early" says why ---------------------------------------------------------------
def test_a_run_that_stopped_early_says_why(qtbot):
    from lepton_studio.gui.training import texts

    reason = texts.run_stop_reason(project_with_run("early_stopped", 6, 20).runs[0])
    assert "epoch 6 of 20" in reason and "stopped improving" in reason and "epoch 1" in reason
    assert "2 of 4" in texts.run_stop_reason(project_with_run("stopped", 2, 4).runs[0])
    assert texts.run_stop_reason(project_with_run("finished", 4, 4).runs[0]) == ""


def test_progress_panel_gives_the_reason_after_an_early_stop(qtbot):
    from lepton_studio.gui.training.progress import ProgressPanel

    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.started(20, 5)
    panel.epoch_ended(6, 20, 0.8, 0.9, False, 1.0)
    panel.ended("early_stopped", 12.0)
    panel.retranslate()
    assert "stopped improving" in panel.details.text()


# --- runs named by what they are and when ------------------------------------------------------
def test_runs_are_named_by_template_and_start(qtbot):
    from lepton_studio.gui.training import texts

    run = project_with_run("finished", 3, 3, template="mobile").runs[0]
    name = texts.run_name(run)
    assert name.startswith("Mobile · ") and name.endswith("(#3)") and "Run" not in name
    edited = make_template("small-cnn", "rgb", 32, 2)
    edited.set_param(next(n.id for n in edited.nodes.values() if n.block == "conv2d"),
                     "filters", 12)
    run.graph, run.id = edited.to_dict(), "run-4"
    assert texts.run_name(run).startswith("Own model · ")
    run.name = "Mine"
    assert texts.run_name(run) == "Mine"


# --- numbers and axes in plain digits ------------------------------------------------------------
def test_small_numbers_are_written_out_in_the_users_locale(qtbot):
    from lepton_studio.gui.numbers import plain_number
    from lepton_studio.gui.training import texts

    assert plain_number(6.6e-07) == "0.00000066"
    assert texts.number(0.003) == "0.003" and texts.number(3e-4) == "0.0003"
    assert plain_number(1234.6) == "1,235"
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert plain_number(0.003) == "0,003"
    finally:
        QLocale.setDefault(old)


def test_plot_axes_have_no_si_prefix_and_plain_ticks(qtbot):
    from lepton_studio.gui.training.plots import TrainingPlots

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.add_epoch({"epoch": 1, "train_loss": 0.5, "val_loss": 0.6})
    plots.flush()
    for plot in (plots.loss_plot, plots.accuracy_plot, plots.batch_plot, plots.rate_plot):
        for name in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(name)
            assert not axis.autoSIPrefix
            assert "x0.001" not in axis.labelString()
    rate_axis = plots.rate_plot.getPlotItem().getAxis("left")
    assert rate_axis.tickStrings([1e-6, 2e-6], 1.0, 1e-6) == ["0.000001", "0.000002"]


# --- blocks never land on top of each other -------------------------------------------------------
def test_a_block_dropped_on_another_lands_beside_it(window):
    from lepton_studio.gui.canvas.node_item import HEIGHT, WIDTH

    window.controller.new_project("Drop", "small-cnn")
    window.go_to("model")
    editor = window.pages["model"].editor
    graph = window.document.project.graph
    x, y = graph.input_node().position
    node_id = editor.add_block("dropout", QPointF(x + WIDTH / 2, y + HEIGHT / 2))
    nx, ny = graph.node(node_id).position
    for other in graph.nodes.values():
        if other.id != node_id:
            ox, oy = other.position
            assert abs(nx - ox) >= WIDTH or abs(ny - oy) >= HEIGHT, other.block


# --- "Open Folder" without a file manager ------------------------------------------------------
def test_open_folder_without_a_file_manager_shows_the_path(qtbot, monkeypatch, tmp_path):
    from lepton_studio.gui import open_folder

    shown = []
    monkeypatch.setattr(open_folder.QDesktopServices, "openUrl", staticmethod(lambda url: False))
    monkeypatch.setattr(open_folder, "show_box", lambda box: shown.append(box))
    assert not open_folder.open_folder(tmp_path)
    assert shown and shown[0].informativeText() == str(tmp_path)
    copy = next(b for b in shown[0].buttons() if b.text() == "Copy the Path")
    copy.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == str(tmp_path)


# --- training progress seen from every step ---------------------------------------------------
def test_training_progress_shows_in_the_status_bar_on_every_step(window, qtbot):
    from lepton_studio.gui.training.session import IDLE, TRAINING

    assert window.controller.open_sample()
    window.go_to("train")
    page = window.pages["train"]
    page.progress.started(4, 10)
    page.progress.batch_ended(2, 5, 10, 100.0, 3.0)
    page._on_state(TRAINING)
    window.go_to("data")
    label = window.status.training_label
    assert label.isVisible() and "Training: 38 %" in label.text()
    label.linkActivated.emit("train")
    assert window.step_bar.current_step() == "train"
    page._on_state(IDLE)
    assert not label.isVisible()


# --- Evaluate: no jump when the progress row goes ---------------------------------------------
def test_evaluate_tabs_stay_put_when_the_progress_row_goes(window, qtbot):
    assert window.controller.open_sample()
    window.go_to("evaluate")
    page = window.pages["evaluate"]
    page.stack.setCurrentWidget(page._content)
    page._update_subtitle("The model got 9 of 10 right.")

    def tabs_top(busy: bool) -> int:
        page._show_progress(busy)
        page._content.layout().activate()
        qtbot.wait(10)
        return page.tabs.mapTo(page, page.tabs.rect().topLeft()).y()
    idle = tabs_top(False)
    assert tabs_top(True) == idle
    assert tabs_top(False) == idle
