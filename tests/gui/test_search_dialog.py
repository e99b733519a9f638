"""Find the best model for me…: the leaderboard fills from the search's events; Cancel
stops the worker cleanly and the candidates join the project's runs."""

import os
from pathlib import Path

import pytest

from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_folder
from lepton_studio.core.project import ImageSettings, Project, TrainingSettings
from lepton_studio.core.templates import make_template
from lepton_studio.core.training import search as S
from lepton_studio.core.training.search_candidates import propose_candidates
from lepton_studio.core.training.search_plan import FixedCosts, RunCost
from lepton_studio.gui.training.search_dialog import ACCURACY, NAME, STATUS, TIME

SHOTS = Path(os.environ.get("LEPTON_SHOTS", "/tmp/lepton-shots"))


@pytest.fixture
def project(shape_images):
    folder = shape_images(per_class=12, size=16)
    dataset = dataset_from_scan(scan(from_folder(folder)), image=ImageSettings(size=16))
    project = Project.new("Shapes", make_template("small-cnn", dataset.image.color, 16,
                                                  len(dataset.class_names)))
    project.dataset = dataset
    project.training = TrainingSettings(epochs=8, batch_size=8, device="cpu")
    return project


@pytest.fixture
def train_page(window, project):
    window.document.set_project(project)
    window.go_to("train")
    return window.pages["train"]


def finished_result(candidates):
    rows = []
    for number, c in enumerate(candidates):
        row = S.LeaderboardRow(c.id, c.label, c.model_name, c.image_size, c.augment,
                               c.learning_rate, c.is_default, c.params, c.size_mb)
        row.val_accuracy = [0.925, 0.975, 0.6, 0.55, 0.71, 0.5][number % 6]
        row.status = S.DONE if number < 2 else S.DROPPED
        row.runs, row.run_id = [f"run-{number + 1}"], f"run-{number + 1}"
        row.rung, row.seconds, row.epochs = (3 if number < 2 else 1), 12.0 + number, 8
        rows.append(row)
    rows[1].status = S.WINNER
    reason = S.SearchReason("search_beat_default", {"model": "Tiny ResNet", "size": 16,
                                                    "accuracy": 97.5, "gain": 5.0,
                                                    "default": "Small CNN", "seconds": 41})
    return S.SearchResult("finished", rows, rows[1].candidate_id, "run-2", reason, 41.0, 120.0, 40)


def test_leaderboard_fills_from_events_and_shows_the_winner(qtbot, train_page, project):
    dialog = train_page.find_best_model()
    qtbot.waitExposed(dialog)
    candidates = propose_candidates(project, project.training, transfer=True)
    dialog.handle_event(S.SearchStarted(120.0, tuple(c.info() for c in candidates[:-1]),
                                        ((2, 6), (4, 3), (8, 2))))
    assert dialog.table.rowCount() == len(candidates) - 1
    dialog.handle_event(S.CandidateAdded(candidates[-1].info()))  # time left at the end
    assert dialog.table.rowCount() == len(candidates)
    assert "Mobile" in dialog.cell(candidates[-1].id, NAME)
    first, second = candidates[0].id, candidates[1].id
    assert "(default)" in dialog.cell(first, NAME) and "Small CNN" in dialog.cell(first, NAME)
    dialog.handle_event(S.CandidateStarted(first, 1, 2, "Search 1/6"))
    dialog.handle_event(S.CandidateEpoch(first, 1, 1, 2, 0.8125, 10.0, 120.0))
    assert dialog.cell(first, ACCURACY) == "81.3 %"
    assert dialog.cell(first, STATUS) == "Round 1: epoch 1 of 2"
    assert dialog.progress.value() == int(1000 * 10 / 120) and "left" in dialog.time_left.text()
    dialog.handle_event(S.CandidateFinished(first, 1, "run-1", "finished", 0.8125, 2, 9.0, 12.0, 120.0))
    assert dialog.cell(first, TIME) == "9 s" and dialog.cell(first, STATUS) == "Finished round 1"
    dialog.handle_event(S.RungFinished(1, (first,), (second,)))
    assert dialog.cell(second, STATUS) == "Left behind in round 1"

    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.handle_event(S.CandidateStarted(second, 2, 4, "Search 2/6"))
    dialog.resize(620, 360)
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "search_dialog_running_small.png"))

    dialog.show_result(finished_result(candidates))
    winner = candidates[1].id
    assert dialog.table.item(0, NAME).text() == dialog.cell(winner, NAME)  # best first
    assert dialog.cell(winner, STATUS) == "Winner" and dialog.table.item(0, NAME).font().bold()
    assert dialog.reason.text() == ("Tiny ResNet at 16 px reached 97.5 % on the validation pictures, "
                                    "5.0 points more than the default Small CNN, in 41 s.")
    dialog.resize(1100, 560)
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "search_dialog_done_large.png"))
    dialog.close()


def slow_fake_search(candidates, accuracy):
    """``run_search`` with a stand-in trainer: each epoch waits a little; the second
    candidate would train for minutes, so Cancel always lands in the middle of it."""
    import time

    from lepton_studio.core.project import RunRecord
    from lepton_studio.core.training.events import EpochEnded, EpochStarted
    from lepton_studio.core.training.runner import new_run_id

    def search(work, cache_root, budget_s, **kwargs):
        def trainer(candidate, epochs, token, on_event):
            run = RunRecord(id=new_run_id(work), graph=candidate.graph, status="finished",
                            settings=candidate.training_settings(epochs).to_dict()
                            | {"image": {"size": candidate.image_size, "color": candidate.color,
                                         "resize": "stretch"}})
            work.runs.append(run)
            work.blobs[f"runs/{run.id}/best.safetensors"] = b"weights"
            epochs = epochs if candidate.id != candidates[1].id else 100_000
            for epoch in range(1, epochs + 1):
                if token.cancelled:
                    run.status = "stopped"
                    break
                on_event(EpochStarted(epoch, epochs))
                time.sleep(0.01)
                run.best_val_accuracy, run.best_epoch = accuracy[candidate.id], epoch
                run.history.append({"epoch": epoch, "val_accuracy": run.best_val_accuracy})
                on_event(EpochEnded(epoch, epochs, 1.0, 0.5, 1.0, run.best_val_accuracy, 1e-3,
                                    0.01, 1.0, True))
            return run

        costs = FixedCosts({c.id: RunCost(0.0, 0.01) for c in candidates})
        return S.run_search(work, cache_root, budget_s, trainer=trainer, cost_model=costs,
                            candidates=candidates, **kwargs)
    return search


def test_cancel_stops_the_worker_and_keeps_the_finished_candidates(qtbot, train_page, project):
    dialog = train_page.find_best_model()
    candidates = propose_candidates(project, project.training, transfer=False)[:3]
    accuracy = {candidates[0].id: 0.75, candidates[1].id: 0.99, candidates[2].id: 0.9}
    dialog.search_function = slow_fake_search(candidates, accuracy)
    finished = []
    dialog.searchFinished.connect(finished.append)
    assert dialog.start() and dialog.running
    assert not dialog.close_button.isEnabled() and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: candidates[1].id in dialog._rows
                    and "epoch" in dialog.cell(candidates[1].id, STATUS), timeout=30_000)
    dialog.cancel_button.click()
    assert not dialog.cancel_button.isEnabled()  # stopping
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert finished and finished[0].status == "cancelled"
    runs = project.runs  # merged into the open project, with their weights
    assert [r.settings["search"]["candidate"] for r in runs] == [c.id for c in candidates[:2]]
    assert runs[0].status == "finished" and runs[1].status == "stopped"
    assert all(f"runs/{r.id}/best.safetensors" in project.blobs for r in runs)
    # The interrupted second candidate does not win, however good it looked.
    assert project.selected_run == runs[0].id == finished[0].winner_run_id
    assert dialog.cell(candidates[0].id, STATUS) == "Winner"
    assert dialog.cell(candidates[2].id, STATUS) == "No time left"
    assert "75.0 %" in dialog.reason.text()
    assert train_page.history.current_run_id() == runs[0].id  # the Train step lists them
    assert dialog.close_button.isEnabled()
    dialog.close()
