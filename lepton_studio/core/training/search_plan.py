"""How a time budget becomes an epoch plan for the model search (successive halving).

Rungs: every candidate trains a short run; the best share of them (``ETA`` = 2: half)
trains again from scratch with ``ETA`` times more epochs, and so on down to a final rung
(of one: the search trains the app's default first and plans the challengers in the
time left, see ``search.py``). The final rung's epoch count is the default's own
(``cap``), or fewer when the budget is short; earlier rungs get ``final / ETA**k`` epochs.

Cost: a run of a candidate costs ``setup_s + epochs * epoch_s`` (setup: loading the
pictures or the pretrained features; epoch: training plus validation). The numbers come
from a ``CostModel``: first an estimate (``ProbeCosts`` times a few training steps of each
candidate), then what its runs really took. Plans are conservative: a rung is costed with
its most expensive candidates, so whichever survive, the plan fits. The search re-plans
before every rung with the time that is really left.

Pure functions over plain numbers, so the plan is tested by counting epochs.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

ETA = 2  # each rung keeps 1/ETA of its candidates
FINAL_RUNG = 2  # the leader and the default train the full schedule
MIN_FIRST_EPOCHS = 2  # a one-epoch run says little about a model
MIN_FINAL_SHARE = 1 / 3  # rather fewer candidates than a final rung under a third of the default's epochs


@dataclass(frozen=True)
class RunCost:
    """Seconds a run of one candidate takes: ``setup_s + epochs * epoch_s``."""

    setup_s: float
    epoch_s: float

    def seconds(self, epochs: int) -> float:
        return self.setup_s + epochs * self.epoch_s


@dataclass(frozen=True)
class Rung:
    epochs: int
    size: int  # candidates that train in this rung


def rung_sizes(count: int, final: int = FINAL_RUNG) -> list[int]:
    """Candidates per rung, e.g. 7 -> [7, 4, 2], 5 -> [5, 3, 2], 2 -> [2], 1 -> [1];
    with ``final=1``: 6 -> [6, 3, 2, 1]."""
    sizes = [max(1, count)]
    while sizes[-1] > final:
        sizes.append(max(final, math.ceil(sizes[-1] / ETA)))
    return sizes


def rung_epochs(final: int, rungs: int) -> list[int]:
    """Epochs per rung ending with ``final``: each rung ``ETA`` times fewer, at least 1."""
    return [max(1, round(final / ETA ** (rungs - 1 - k))) for k in range(rungs)]


def plan_cost(costs: Sequence[RunCost], rungs: Sequence[Rung]) -> float:
    """Seconds of a plan when each rung's dearest candidates are the ones that train."""
    total = 0.0
    for rung in rungs:
        total += sum(sorted((c.seconds(rung.epochs) for c in costs), reverse=True)[:rung.size])
    return total


def plan(costs: Sequence[RunCost], budget_s: float, cap: int, after_epochs: int = 0,
         final_size: int = FINAL_RUNG) -> list[Rung] | None:
    """The rungs with the most final epochs (at most ``cap``) that fit ``budget_s``.

    ``after_epochs``: the epochs of the rung already trained; the first planned rung must
    train longer, or there is nothing to learn from it. None when nothing fits.
    """
    if not costs or cap < 1:
        return None
    sizes = rung_sizes(len(costs), final_size)
    for final in range(cap, 0, -1):
        epochs = rung_epochs(final, len(sizes))
        if epochs[0] <= after_epochs:
            return None
        if any(b <= a for a, b in zip(epochs, epochs[1:])):
            continue  # too few epochs to tell rungs apart: plan fewer rungs instead
        rungs = [Rung(e, n) for e, n in zip(epochs, sizes)]
        if plan_cost(costs, rungs) <= budget_s:
            return rungs
    return None


def fit_candidates(costs: Sequence[RunCost], budget_s: float, cap: int,
                   final_size: int = FINAL_RUNG) -> tuple[int, list[Rung]]:
    """How many of the candidates (in priority order) to try, and their plan.

    Fewer candidates rather than a final rung with under ``MIN_FINAL_SHARE`` of ``cap``
    epochs or a first rung under ``MIN_FIRST_EPOCHS``; ``(0, [])`` when not even the
    first fits that way.
    """
    wanted = max(1, math.ceil(cap * MIN_FINAL_SHARE))
    first = min(MIN_FIRST_EPOCHS, cap)
    for count in range(len(costs), 0, -1):
        rungs = plan(costs[:count], budget_s, cap, final_size=final_size)
        if rungs is not None and rungs[-1].epochs >= wanted and rungs[0].epochs >= first:
            return count, rungs
    return 0, []


def budget_seconds(text: str) -> float | None:
    """``"90s"``, ``"5m"``, ``"1h"``, ``"1h30m"`` or plain seconds (``"300"``); None if not."""
    text = text.strip().lower().replace(" ", "")
    if not text:
        return None
    try:
        return float(text) if float(text) > 0 else None
    except ValueError:
        pass
    units = {"h": 3600.0, "m": 60.0, "s": 1.0}
    total, number = 0.0, ""
    for char in text:
        if char.isdigit() or char == ".":
            number += char
        elif char in units and number:
            try:
                total += float(number) * units[char]
            except ValueError:
                return None
            number = ""
        else:
            return None
    if number:
        return None
    return total if total > 0 else None


class CostModel:
    """What a run of each candidate costs: measured values, else estimates.

    ``estimate`` gives the first guess (``ProbeCosts`` measures a few steps); ``observe``
    records what a run really took, and wins from then on.
    """

    def __init__(self) -> None:
        self._observed: dict[str, RunCost] = {}
        self._estimated: dict[str, RunCost] = {}

    def estimate(self, candidates: Sequence) -> None:
        """Fill first guesses for ``candidates`` (override to measure)."""
        for candidate in candidates:
            self._estimated.setdefault(candidate.id, RunCost(0.0, 1.0))

    def observe(self, candidate_id: str, setup_s: float, epoch_s: float) -> None:
        self._observed[candidate_id] = RunCost(max(0.0, setup_s), max(1e-6, epoch_s))

    def cost(self, candidate_id: str) -> RunCost:
        return self._observed.get(candidate_id) or self._estimated.get(candidate_id) or RunCost(0.0, 1.0)


class FixedCosts(CostModel):
    """Known costs per candidate id (tests, or a caller that measured them elsewhere)."""

    def __init__(self, costs: dict[str, RunCost], default: RunCost = RunCost(0.0, 1.0)) -> None:
        super().__init__()
        self._fixed, self._default = dict(costs), default

    def estimate(self, candidates: Sequence) -> None:
        for candidate in candidates:
            self._estimated[candidate.id] = self._fixed.get(candidate.id, self._default)


class ProbeCosts(CostModel):
    """First guesses from a few timed training steps of each model on random pictures.

    One probe per distinct model and size (variants of augmentation or learning rate
    cost the same); the middle of ``STEPS`` timed steps counts, times ``RUN_OVERHEAD``
    for what a real run does besides. An epoch is ``batches * step_s`` plus
    validation (a forward pass, a third of a training step). A frozen pretrained backbone
    trains on cached features: its setup is the feature pass (training pictures, mirrored
    too, and validation pictures), costed by its multiply-adds at the best seconds per
    multiply-add the probes reached (a large backbone computes at the machine's best); its epochs are nearly free. Loading the pictures
    the first time for a size is estimated at ``DECODE_PER_S`` per second. Probing stops
    after ``time_limit_s``; models not probed by then are costed by their multiply-adds
    at the slowest seconds per multiply-add seen.
    """

    STEPS = 3
    RUN_OVERHEAD = 1.25  # augmentation, progress events and bookkeeping of a real run
    DECODE_PER_S = 400.0
    FALLBACK_S_PER_MAC = 1e-9  # when nothing could be probed

    def __init__(self, train_count: int, val_count: int, device: str = "cpu",
                 threads: int | None = None, time_limit_s: float | None = None,
                 clock=time.perf_counter) -> None:
        super().__init__()
        self.clock = clock  # the search's clock: estimates and the deadline in one unit
        self.train_count, self.val_count = train_count, val_count
        self.device, self.threads = device, threads
        self.time_limit_s = time_limit_s  # probing stops then; the rest by multiply-adds

    def estimate(self, candidates: Sequence) -> None:
        from .device import set_threads

        set_threads(self.threads)
        fresh = [c for c in candidates if c.id not in self._estimated]
        steps: dict[tuple, float] = {}
        started = self.clock()
        for candidate in fresh:  # in priority order, while time allows
            key = self._key(candidate)
            if (steps and self.time_limit_s is not None
                    and self.clock() - started > self.time_limit_s):
                break  # the first (the default) is always probed
            if candidate.template != "transfer" and key not in steps:
                steps[key] = self._probe_step(candidate)
        rates = sorted(steps[self._key(c)] / (c.macs * self._batch(c) + 1) for c in fresh
                       if self._key(c) in steps)
        rate = rates[0] if rates else self.FALLBACK_S_PER_MAC
        slow_rate = rates[-1] if rates else self.FALLBACK_S_PER_MAC
        for candidate in fresh:  # not probed in time: its multiply-adds, costed cautiously
            if candidate.template != "transfer" and self._key(candidate) not in steps:
                steps[self._key(candidate)] = slow_rate * (candidate.macs * self._batch(candidate) + 1)
        loaded: set[int] = set()
        for candidate in fresh:
            decode = 0.0
            if candidate.image_size not in loaded:
                loaded.add(candidate.image_size)
                decode = (self.train_count + self.val_count) / self.DECODE_PER_S
            if candidate.template == "transfer":
                pictures = 2 * self.train_count + self.val_count
                setup = decode + pictures * rate * candidate.macs / 3
                epoch_s = 0.02 + (self.train_count + self.val_count) * 2e-5
                self._estimated[candidate.id] = RunCost(setup, epoch_s)
                continue
            batch, step_s = self._batch(candidate), steps[self._key(candidate)]
            batches = math.ceil(self.train_count / batch)
            self._estimated[candidate.id] = RunCost(
                decode, batches * step_s + self.val_count / batch * step_s / 3)

    @staticmethod
    def _key(candidate) -> tuple:
        return (candidate.template, candidate.image_size, candidate.batch_size, candidate.macs)

    def _batch(self, candidate) -> int:
        return max(2, min(candidate.batch_size, self.train_count))

    def _probe_step(self, candidate) -> float:
        """Seconds of a training step of the candidate's model (the middle of a few)."""
        import torch

        from ..compiler import build_model
        from ..graph import Graph

        network = build_model(Graph.from_dict(candidate.graph)).to(self.device)
        channels = 1 if candidate.color == "gray" else 3
        batch, size = self._batch(candidate), candidate.image_size
        images = torch.rand(batch, channels, size, size, device=self.device)
        labels = torch.zeros(batch, dtype=torch.long, device=self.device)
        optimizer = torch.optim.AdamW(network.parameters(), lr=1e-4)
        network.train()

        def step() -> None:
            loss = torch.nn.functional.cross_entropy(network(images), labels)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            if str(self.device).startswith("cuda"):
                torch.cuda.synchronize()

        step()  # warm-up (allocations, kernel choice)
        times = []
        for _ in range(self.STEPS):
            started = self.clock()
            step()
            times.append(self.clock() - started)
        # The middle step: a busy machine slows the run as much as it slows the probe.
        return sorted(times)[len(times) // 2] * self.RUN_OVERHEAD
