"""The training loop: learning, pause/resume/stop, NaN, early stopping, reproducibility."""

import threading

import numpy as np
import pytest

from lepton_studio.core.graph import Graph
from lepton_studio.core.project import TrainingSettings
from lepton_studio.core.tasks import CancelToken
from lepton_studio.core.training import events as E
from lepton_studio.core.training.trainer import TrainingData, batch_slices, train

SIZE = 12


def tiny_graph(classes=2):
    graph = Graph()
    graph.add_node("input", {"size": SIZE, "color": "gray"}, node_id="in")
    graph.add_node("conv2d", {"filters": 4}, node_id="c")
    graph.add_node("batchnorm", node_id="bn")
    graph.add_node("activation", node_id="a")
    graph.add_node("globalavgpool", node_id="g")
    graph.add_node("output", {"classes": classes}, node_id="out")
    for a, b in [("in", "c"), ("c", "bn"), ("bn", "a"), ("a", "g"), ("g", "out")]:
        graph.connect(a, b)
    return graph


def bright_or_dark(count, seed=0):
    """Class 1 images are bright, class 0 dark: learnable in a few epochs."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 2, count)
    base = np.where(labels[:, None, None, None] == 1, 170, 60)
    images = np.clip(base + rng.normal(0, 25, (count, SIZE, SIZE, 1)), 0, 255).astype(np.uint8)
    return images, labels


def data(count=96, val=32, seed=0):
    x, y = bright_or_dark(count + val, seed)
    return TrainingData(x[:count], y[:count], x[count:], y[count:])


def settings(**overrides):
    base = dict(epochs=6, batch_size=16, learning_rate=0.01, augment="none", seed=3,
                early_stopping_patience=None, device="cpu")
    base.update(overrides)
    return TrainingSettings(**base)


def test_batch_slices_never_leave_a_single_image():
    assert batch_slices(10, 4) == [slice(0, 4), slice(4, 8), slice(8, 10)]
    assert batch_slices(9, 4) == [slice(0, 4), slice(4, 9)]
    assert batch_slices(3, 8) == [slice(0, 3)]
    for count in range(2, 40):
        for size in range(1, 12):
            parts = batch_slices(count, size)
            assert sum(p.stop - p.start for p in parts) == count
            assert all(p.stop - p.start >= 2 for p in parts) or size == 1


def test_learns_and_reports_events():
    seen = []
    result = train(tiny_graph(), data(), settings(), seen.append, threads=1)
    assert result.status == "finished"
    assert result.best_val_accuracy >= 0.9
    kinds = [type(e) for e in seen]
    assert kinds[0] is E.TrainingStarted and kinds[-1] is E.TrainingFinished
    assert kinds.count(E.EpochEnded) == 6 and kinds.count(E.EpochStarted) == 6
    batches = [e for e in seen if isinstance(e, E.BatchEnded)]
    assert batches and all(e.loss == e.loss and e.images_per_s > 0 for e in batches)
    assert [h["epoch"] for h in result.history] == [1, 2, 3, 4, 5, 6]
    assert result.best_state is not None and result.last_state is not None


def test_same_seed_same_run_on_cpu():
    first = train(tiny_graph(), data(), settings(augment="light"), threads=1)
    second = train(tiny_graph(), data(), settings(augment="light"), threads=1)
    assert first.history[-1]["train_loss"] == second.history[-1]["train_loss"]
    for key in first.last_state:
        assert np.array_equal(first.last_state[key].numpy(), second.last_state[key].numpy())
    third = train(tiny_graph(), data(), settings(augment="light", seed=4), threads=1)
    assert third.history[-1]["train_loss"] != first.history[-1]["train_loss"]


def test_stop_keeps_the_best_model():
    token = CancelToken()

    def on_event(event):
        if isinstance(event, E.EpochEnded) and event.epoch == 2:
            token.cancel()
    result = train(tiny_graph(), data(), settings(epochs=20), on_event, token, threads=1)
    assert result.status == "stopped"
    assert len(result.history) == 2
    assert result.best_state is not None and result.best_epoch in (1, 2)


def test_pause_then_resume_finishes_every_epoch():
    token = CancelToken()
    paused_at = []

    def on_event(event):
        if isinstance(event, E.BatchEnded) and event.epoch == 2 and not paused_at:
            token.pause()
            paused_at.append(event.batch)
            threading.Timer(0.3, token.resume).start()
    result = train(tiny_graph(), data(), settings(epochs=3), on_event, token, threads=1)
    assert paused_at and result.status == "finished" and len(result.history) == 3


def test_cancel_while_paused_stops():
    token = CancelToken()

    def on_event(event):
        if isinstance(event, E.BatchEnded) and event.epoch == 1 and not token.paused:
            token.pause()
            threading.Timer(0.2, token.cancel).start()
    result = train(tiny_graph(), data(), settings(epochs=3), on_event, token, threads=1)
    assert result.status == "stopped" and result.history == []


def test_exploding_loss_stops_with_an_explanation():
    seen = []
    result = train(tiny_graph(), data(), settings(optimizer="sgd", learning_rate=1e6, schedule="constant",
                                                  label_smoothing=0.0), seen.append, threads=1)
    assert result.status == "failed"
    assert result.problem.code == "nan_loss"
    assert "learning rate" in result.problem.hint()
    assert seen[-1].problem == result.problem


def test_early_stopping_on_validation_loss():
    rng = np.random.default_rng(1)
    x = rng.integers(0, 255, (80, SIZE, SIZE, 1), dtype=np.uint8)
    y = rng.integers(0, 2, 80)  # random labels: validation cannot improve for long
    result = train(tiny_graph(), TrainingData(x[:60], y[:60], x[60:], y[60:]),
                   settings(epochs=40, schedule="constant", early_stopping_patience=2,
                            learning_rate=0.05), threads=1)
    assert result.status == "early_stopped"
    assert len(result.history) < 40


def test_out_of_memory_suggests_a_smaller_batch(monkeypatch):
    from lepton_studio.core.blocks import torch_modules

    def explode(self, x):
        raise RuntimeError("DefaultCPUAllocator: can't allocate memory: you tried to allocate 1 TB")
    monkeypatch.setattr(torch_modules.GlobalAveragePool, "forward", explode)
    result = train(tiny_graph(), data(), settings(batch_size=32), threads=1)
    assert result.status == "failed"
    assert result.problem.code == "out_of_memory"
    assert result.problem.values == {"batch_size": 32, "suggested": 16}


def test_other_errors_are_not_swallowed(monkeypatch):
    from lepton_studio.core.blocks import torch_modules

    def broken(self, x):
        raise RuntimeError("something else")
    monkeypatch.setattr(torch_modules.GlobalAveragePool, "forward", broken)
    with pytest.raises(RuntimeError, match="something else"):
        train(tiny_graph(), data(), settings(), threads=1)


def test_no_validation_split_uses_training_metrics():
    x, y = bright_or_dark(64)
    result = train(tiny_graph(), TrainingData(x, y), settings(epochs=3), threads=1)
    assert result.status == "finished"
    assert result.best_val_accuracy is None and result.best_epoch is not None
    assert result.history[0]["val_loss"] is None
