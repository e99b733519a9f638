"""The model search: budget counted in epochs, halving, runs recorded, validation only."""

import json
import os
import subprocess
import sys

import pytest

from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_folder
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import Project, RunRecord, TrainingSettings, load_project
from lepton_studio.core.tasks import CancelToken
from lepton_studio.core.templates import make_template
from lepton_studio.core.training import search as S
from lepton_studio.core.training.events import EpochEnded, EpochStarted
from lepton_studio.core.training.runner import new_run_id
from lepton_studio.core.training.search_candidates import propose_candidates
from lepton_studio.core.training.search_plan import (
    FixedCosts,
    RunCost,
    budget_seconds,
    fit_candidates,
    plan,
    plan_cost,
    rung_sizes,
)


def make_project(folder, template="small-cnn"):
    dataset = dataset_from_scan(scan(from_folder(folder)))
    project = Project.new("shapes", make_template(template, dataset.image.color, dataset.image.size,
                                                  len(dataset.class_names)))
    project.dataset = dataset
    project.training.device = "cpu"
    return project


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


class FakeTrainer:
    """Trains nothing: each epoch advances the clock by the candidate's cost and reaches
    ``accuracy[id] * epoch / epochs``; records a run like ``run_training`` does."""

    def __init__(self, project, clock, epoch_s, accuracy):
        self.project, self.clock, self.epoch_s, self.accuracy = project, clock, epoch_s, accuracy
        self.calls = []  # (candidate id, epochs)

    def __call__(self, candidate, epochs, token, on_event):
        self.calls.append((candidate.id, epochs))
        run = RunRecord(id=new_run_id(self.project), graph=candidate.graph, status="running",
                        settings=candidate.training_settings(epochs).to_dict()
                        | {"image": {"size": candidate.image_size, "color": candidate.color,
                                     "resize": "stretch"}})
        self.project.runs.append(run)
        run.status = "finished"
        for epoch in range(1, epochs + 1):
            if token.cancelled:
                run.status = "stopped"
                break
            on_event(EpochStarted(epoch, epochs))
            self.clock.now += self.epoch_s[candidate.id]
            accuracy = self.accuracy[candidate.id] * epoch / epochs
            run.history.append({"epoch": epoch, "val_accuracy": accuracy})
            run.best_val_accuracy, run.best_epoch = accuracy, epoch
            on_event(EpochEnded(epoch, epochs, 1.0, accuracy, 1.0, accuracy, 1e-3, 0.1, 1.0, True))
        return run


@pytest.fixture
def small_project(shape_images):
    return make_project(shape_images(per_class=80, size=16))  # 16 validation pictures


def fake_search(project, budget_s, epoch_s, accuracy, **kwargs):
    clock = Clock()
    candidates = propose_candidates(project, project.training, transfer=False)
    epoch_s = {c.id: epoch_s.get(c.id, 1.0) for c in candidates}
    accuracy = {c.id: accuracy.get(c.id, 0.5) for c in candidates}
    trainer = FakeTrainer(project, clock, epoch_s, accuracy)
    costs = FixedCosts({cid: RunCost(0.0, s) for cid, s in epoch_s.items()})
    result = S.run_search(project, budget_s=budget_s, trainer=trainer, cost_model=costs, clock=clock,
                          candidates=candidates, **kwargs)
    return result, trainer, epoch_s


def test_budget_text():
    assert budget_seconds("90s") == 90 and budget_seconds("5m") == 300 and budget_seconds("1h") == 3600
    assert budget_seconds("300") == 300 and budget_seconds("1h30m") == 5400 and budget_seconds("2.5m") == 150
    assert budget_seconds("five") is None and budget_seconds("-3") is None and budget_seconds("5x") is None


def test_plan_fits_its_budget_and_halves():
    costs = [RunCost(2.0, 1.0), RunCost(0.0, 3.0), RunCost(0.0, 0.5), RunCost(1.0, 2.0), RunCost(0.0, 1.0)]
    assert rung_sizes(5) == [5, 3, 2] and rung_sizes(7) == [7, 4, 2] and rung_sizes(2) == [2]
    for budget in (60, 100, 300, 1000):
        rungs = plan(costs, budget, cap=30)
        assert rungs is not None and plan_cost(costs, rungs) <= budget
        epochs = [r.epochs for r in rungs]
        assert epochs == sorted(set(epochs)) and epochs[-1] <= 30  # longer each rung
    assert plan(costs, 1000, cap=30)[-1].epochs == 30  # enough time: the default's epochs
    assert plan(costs, 5, cap=30) is None
    count, rungs = fit_candidates(costs, 60, cap=30)
    assert 1 <= count < len(costs) and plan_cost(costs[:count], rungs) <= 60
    assert rungs[-1].epochs >= 10 and rungs[0].epochs >= 2  # rather fewer candidates than short runs


def test_search_respects_its_budget_counted_in_epochs(small_project):
    small_project.training.epochs = 8
    epoch_s = {"c1": 1.0, "c2": 2.0, "c3": 0.5, "c4": 1.5}
    result, trainer, costs = fake_search(small_project, 120, epoch_s, {"c2": 0.9})
    spent = sum(costs[cid] * epochs for cid, epochs in trainer.calls)
    assert spent <= 120  # each call ran all its epochs: the plan fitted
    assert sum(len(r.history) for r in small_project.runs) == result.epochs_trained
    assert result.status == "finished" and result.elapsed_s == spent


def test_weak_candidates_stop_early_and_the_best_wins(small_project):
    small_project.training.epochs = 16  # five challengers: rungs of 2, 4, 8 and 16 epochs
    accuracy = {"c1": 0.6, "c2": 0.9, "c3": 0.3, "c4": 0.4, "c5": 0.5, "c6": 0.2}
    result, trainer, _ = fake_search(small_project, 10_000, {}, accuracy)
    assert trainer.calls[0] == ("c1", 16)  # the default first, with its own epochs
    epochs = {}
    for cid, count in trainer.calls:
        epochs[cid] = max(epochs.get(cid, 0), count)
    assert set(epochs) == {c["id"] for c in [r.to_dict() | {"id": r.candidate_id} for r in result.rows]}
    assert epochs["c2"] == epochs["c1"] == 16  # leader and default train the full schedule
    weak = [cid for cid in epochs if cid not in ("c1", "c2")]
    assert weak and all(epochs[cid] < 16 for cid in weak)
    assert sorted(epochs.values()) == [2, 2, 4, 8, 16, 16]  # c3 and c6 stop after 2
    assert {r.candidate_id: r.status for r in result.rows}["c3"] == S.DROPPED
    assert result.winner_id == "c2"
    winner = small_project.run(result.winner_run_id)
    assert winner.best_val_accuracy == max(r.best_val_accuracy for r in small_project.runs)
    assert result.reason.code == "search_beat_default"
    assert result.reason.values["gain"] == 30.0 and "30.0 points more" in result.reason.text()


def test_the_default_is_always_a_candidate_and_wins_ties(small_project):
    candidates = propose_candidates(small_project, small_project.training, transfer=False)
    first = candidates[0]
    assert first.is_default and first.template == "small-cnn"
    assert first.image_size == small_project.dataset.image.size
    assert first.settings == TrainingSettings.to_dict(small_project.training) | {"epochs": None}
    small_project.training.epochs = 4
    result, trainer, _ = fake_search(small_project, 10_000, {}, {})  # every candidate equal
    assert result.winner_id == "c1" and result.reason.code == "search_default_best"
    # A tiny budget: the default alone.
    result, trainer, _ = fake_search(make_copy(small_project), 3, {}, {})
    assert [cid for cid, _ in trainer.calls] == ["c1"]


def make_copy(project):
    return Project.from_dict(json.loads(json.dumps(project.to_dict())))


def test_cancel_keeps_finished_candidates_and_the_winner_is_among_them(small_project):
    small_project.training.epochs = 16  # rungs of 4, 8 and 16 epochs
    token = CancelToken()
    seen = []

    def on_event(event):
        if isinstance(event, S.CandidateFinished):
            seen.append(event.candidate_id)
        if isinstance(event, S.CandidateEpoch) and event.candidate_id == "c3" and event.epoch == 1:
            token.cancel()  # in the middle of the third candidate

    result, trainer, _ = fake_search(small_project, 10_000, {}, {"c3": 0.99, "c2": 0.7},
                                     token=token, on_event=on_event)
    assert result.status == "cancelled"
    assert [cid for cid, _ in trainer.calls] == ["c1", "c2", "c3"]  # nothing started after
    statuses = [run.status for run in small_project.runs]
    assert statuses == ["finished", "finished", "stopped"]
    assert result.winner_id == "c2"  # the interrupted c3 is kept but does not win
    assert small_project.selected_run == result.winner_run_id == small_project.runs[1].id


def test_budget_running_out_stops_the_running_candidate(small_project):
    small_project.training.epochs = 10
    candidates = propose_candidates(small_project, small_project.training, transfer=False)[:2]
    clock = Clock()
    trainer = FakeTrainer(small_project, clock, {"c1": 1.0, "c2": 5.0}, {"c1": 0.5, "c2": 0.8})
    # The cost model thinks c2 is cheap: the plan is wrong, the deadline is not.
    costs = FixedCosts({"c1": RunCost(0, 1.0), "c2": RunCost(0, 1.0)})
    result = S.run_search(small_project, budget_s=25, trainer=trainer, cost_model=costs, clock=clock,
                          candidates=candidates)
    assert result.status == "out_of_time"
    assert clock.now - 100 <= 25 + 5  # at most one epoch past the budget
    assert small_project.runs[-1].status == "stopped" and small_project.runs[-1].history


def test_needs_a_validation_split(small_project):
    for item in small_project.dataset.items:
        if item.split == "val":
            item.split = "train"
    with pytest.raises(LeptonError) as error:
        S.run_search(small_project, budget_s=60)
    assert error.value.code == "search_needs_validation"


def test_real_search_records_runs_never_reads_the_test_split_and_applies_the_winner(
        shape_images, tmp_path, monkeypatch):
    from lepton_studio.core.data.cache import ImageCache

    project = make_project(shape_images(per_class=14, size=24))
    test_files = [project.dataset.resolve(i.path) for i in project.dataset.items_in("test")]
    assert test_files
    for path in test_files:  # unreadable: any attempt to decode them would fail the run
        path.write_bytes(b"not an image")
    read = []
    original_fill = ImageCache.fill

    def spying_fill(self, paths, *args, **kwargs):
        read.extend(paths)
        return original_fill(self, paths, *args, **kwargs)

    monkeypatch.setattr(ImageCache, "fill", spying_fill)
    project.training.epochs, project.training.batch_size = 4, 16
    candidates = propose_candidates(project, project.training, transfer=False)[:3]
    costs = FixedCosts({c.id: RunCost(0.0, 1.0) for c in candidates})
    saved = []
    result = S.run_search(project, tmp_path / "cache", 600, threads=1, candidates=candidates,
                          cost_model=costs, persist=lambda p: saved.append(len(p.runs)))
    assert read and not set(read) & set(test_files)
    assert len(project.runs) == 1 + 2 + 1  # the default (4 epochs), 2 challengers of 2, the best with 4
    for run in project.runs:
        assert run.name.startswith("Search ") and " px · " in run.name
        assert run.settings["search"]["candidate"] in {"c1", "c2", "c3"}
        size = next(c.image_size for c in candidates if c.id == run.settings["search"]["candidate"])
        assert run.settings["image"]["size"] == size
    assert [r.settings["search"]["rung"] for r in project.runs] == [1, 2, 2, 3]
    assert [r.settings["epochs"] for r in project.runs] == [4, 2, 2, 4]
    winner = project.run(result.winner_run_id)
    assert winner.best_val_accuracy == max(r.best_val_accuracy for r in project.runs)
    assert project.selected_run == winner.id
    assert project.graph.to_dict()["nodes"] == winner.graph["nodes"]
    assert project.training.augment == winner.settings["augment"] and saved


def cli(*args, home):
    env = dict(os.environ, LEPTON_STUDIO_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "lepton_studio.cli", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=600)


def test_cli_train_auto_with_a_budget_end_to_end(shape_images, tmp_path):
    folder = shape_images(classes=("circle", "square"), per_class=10, size=16)
    path = tmp_path / "p.lepton"
    assert cli("new", path, "--data", folder, home=tmp_path).returncode == 0
    done = cli("train", path, "--auto", "--budget", "20s", "--epochs", "2", "--threads", "1",
               "--device", "cpu", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["winner"] and report["leaderboard"][0]["status"] == "winner"
    assert report["reason"]["code"].startswith("search_") and report["reason"]["text"]
    assert "Searching for 20 s" in done.stderr
    saved = load_project(path)
    assert saved.selected_run == report["winner_run"]
    assert len(saved.runs) >= 1 and all(r.settings.get("search") for r in saved.runs)
    evaluated = cli("evaluate", path, "--json", home=tmp_path)  # the winner, as it was trained
    assert evaluated.returncode == 0, evaluated.stderr
    assert json.loads(evaluated.stdout)["run"] == report["winner_run"]
    bad = cli("train", path, "--auto", "--budget", "soon", home=tmp_path)
    assert bad.returncode == 2 and "5m" in bad.stderr and "Traceback" not in bad.stderr


def test_probe_costs_time_once_per_model_and_stop_at_their_time_limit(small_project, monkeypatch):
    from lepton_studio.core.training.search_plan import ProbeCosts

    candidates = propose_candidates(small_project, small_project.training, transfer=True)
    probed = []

    def fake_step(self, candidate):
        probed.append(candidate.id)
        return 1e-9 * candidate.macs * self._batch(candidate)

    monkeypatch.setattr(ProbeCosts, "_probe_step", fake_step)
    costs = ProbeCosts(100, 20, "cpu")
    costs.estimate(candidates)
    models = {(c.template, c.image_size) for c in candidates if c.template != "transfer"}
    assert len(probed) == len(models)  # augmentation and rate variants cost the same
    transfer = next(c for c in candidates if c.template == "transfer")
    assert costs.cost(transfer.id).setup_s > costs.cost(transfer.id).epoch_s  # the feature pass
    probed.clear()
    limited = ProbeCosts(100, 20, "cpu", time_limit_s=0.0)
    limited.estimate(candidates)
    assert probed == [candidates[0].id]  # then multiply-adds for the rest
    assert all(limited.cost(c.id).epoch_s > 0 for c in candidates)


def test_candidates_follow_the_data_and_the_installed_weights(small_project, monkeypatch):
    from lepton_studio.core.backbones import efficientnet_lite0

    monkeypatch.setattr(efficientnet_lite0, "weights_available", lambda: False)
    without = propose_candidates(small_project, small_project.training)
    assert "transfer" not in {c.template for c in without}
    monkeypatch.setattr(efficientnet_lite0, "weights_available", lambda: True)
    with_weights = propose_candidates(small_project, small_project.training)
    transfer = [c for c in with_weights if c.template == "transfer"]
    assert len(transfer) == 1 and transfer[0].image_size == 224
    size = small_project.dataset.image.size
    assert {c.image_size for c in without} == {size, 48}  # the suggested size and one more
    assert {c.augment for c in without} == {"light", "none"}
    assert len({c.label for c in with_weights}) == len(with_weights) <= 7


def test_a_transfer_project_tries_scratch_models_at_a_smaller_size(small_project):
    image = small_project.dataset.image
    image.size = 224
    small_project.graph = make_template("transfer", image.color, 224, len(small_project.dataset.class_names))
    candidates = propose_candidates(small_project, small_project.training, transfer=True)
    assert candidates[0].template == "transfer" and candidates[0].is_default
    assert sum(c.template == "transfer" for c in candidates) == 3  # default, other preset, rate
    assert {c.image_size for c in candidates if c.template != "transfer"} == {96}


def test_time_left_after_a_cautious_plan_goes_to_candidates_not_tried(small_project):
    small_project.training.epochs = 6
    candidates = propose_candidates(small_project, small_project.training, transfer=False)
    clock = Clock()
    trainer = FakeTrainer(small_project, clock, {c.id: 1.0 for c in candidates},
                          {c.id: 0.5 for c in candidates})
    # Estimates four times too high: the plan leaves candidates out.
    costs = FixedCosts({c.id: RunCost(0.0, 4.0) for c in candidates})
    added = []
    result = S.run_search(small_project, budget_s=60, trainer=trainer, cost_model=costs,
                          clock=clock, candidates=candidates,
                          on_event=lambda e: isinstance(e, S.CandidateAdded) and added.append(e.candidate["id"]))
    assert added and clock.now - 100 <= 60  # more were tried, still within the budget
    final_epochs = max(epochs for _, epochs in trainer.calls)
    assert [epochs for cid, epochs in trainer.calls if cid in added] == [final_epochs] * len(added)
    assert {r.candidate_id for r in result.rows} == {cid for cid, _ in trainer.calls}


def test_the_default_trains_first_with_its_own_epochs_and_the_rest_gets_the_time_left(small_project):
    small_project.training.epochs = 10
    # A budget of one default training: the default alone, with all its epochs.
    result, trainer, _ = fake_search(small_project, 10, {}, {"c2": 0.99})
    assert trainer.calls == [("c1", 10)] and result.winner_id == "c1"
    assert result.reason.code == "search_default_only"
    # Less: still its own epochs (a schedule cut short by the deadline keeps its best model).
    short = make_copy(small_project)
    result, trainer, _ = fake_search(short, 4, {}, {})
    assert trainer.calls == [("c1", 10)] and result.status == "out_of_time"
    assert result.winner_id == "c1" and len(short.runs[-1].history) <= 5
    # More: challengers share what the default left.
    result, trainer, costs = fake_search(make_copy(small_project), 30, {}, {})
    assert trainer.calls[0] == ("c1", 10) and len(trainer.calls) > 1
    assert sum(costs[cid] * epochs for cid, epochs in trainer.calls) <= 30


def test_a_challenger_replaces_the_default_only_by_a_clear_margin(small_project):
    small_project.training.epochs = 8
    val_count = len(small_project.dataset.items_in("val"))
    needed = S.required_gain(val_count)
    assert needed == max(S.MIN_GAIN, 2 / val_count)
    close = {"c1": 0.6, "c2": 0.6 + needed / 2}
    result, _, _ = fake_search(small_project, 10_000, {}, close)
    assert result.winner_id == "c1" and result.reason.code == "search_default_best"
    assert result.leaderboard()[0].candidate_id == "c1"  # the winner heads the board
    clear = {"c1": 0.6, "c2": 0.6 + 2 * needed}
    result, _, _ = fake_search(make_copy(small_project), 10_000, {}, clear)
    assert result.winner_id == "c2" and result.reason.code == "search_beat_default"
