"""The training loop: decoded images in memory, batches augmented as tensors, no per-batch sync.

Inputs are uint8 arrays already decoded and resized (by the image cache), so an epoch
never touches Pillow. Each batch is indexed from one uint8 tensor, converted to float on
the training device and augmented there. Loss and accuracy are summed on the device; the
host reads them only a few times a second for the progress events.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .. import problems as P
from ..graph import Graph
from ..problems import LeptonError, Problem
from ..project import TrainingSettings
from ..tasks import CancelToken, EventCallback, ignore_event
from .auto import ResolvedSettings, resolve
from .device import resolve_device, set_threads
from .distributed import (
    DistributedContext,
    broadcast_buffers,
    shard_length,
    shard_order,
    sum_across,
    wrap_model,
)
from .events import (
    BatchEnded,
    CheckpointSaved,
    EpochEnded,
    EpochStarted,
    TrainingFinished,
    TrainingStarted,
)

EVENT_INTERVAL_S = 0.1  # at most ten progress events a second
SMOOTHING = 0.9
EVAL_BATCH = 256
WARMUP_SHARE = 0.25
PATIENCE_FROM = 0.5  # share of a scheduled run before early stopping may count


@dataclass
class TrainingData:
    """Decoded images (uint8, N×H×W×C) and class indices for each split."""

    train_x: np.ndarray
    train_y: np.ndarray
    val_x: np.ndarray | None = None
    val_y: np.ndarray | None = None
    features: bool = False  # inputs are precomputed float features, not uint8 images
    # Features of the same pictures mirrored left-right (row for row), when computed:
    # cached features cannot be augmented, so mirroring picks these rows instead.
    train_x_mirrored: np.ndarray | None = None
    val_x_mirrored: np.ndarray | None = None

    @property
    def has_validation(self) -> bool:
        return self.val_x is not None and len(self.val_x) > 0


@dataclass
class TrainingResult:
    status: str
    settings: ResolvedSettings
    history: list[dict[str, Any]] = field(default_factory=list)
    best_state: dict[str, Any] | None = None
    last_state: dict[str, Any] | None = None
    best_epoch: int | None = None
    best_val_accuracy: float | None = None
    duration_s: float = 0.0
    device: str = ""
    problem: Problem | None = None
    symmetry: dict[str, Any] = field(default_factory=dict)  # SymmetryCheck.to_dict()


def train(graph: Graph, data: TrainingData, settings: TrainingSettings,
          on_event: EventCallback = ignore_event, token: CancelToken | None = None,
          threads: int | None = None, initial_state: dict[str, Any] | None = None,
          on_checkpoint: Callable[[str, dict[str, Any], int], None] | None = None,
          model: Any = None, distributed: DistributedContext | None = None) -> TrainingResult:
    """Train a fresh model of ``graph`` on ``data``; never raises for expected failures.

    ``on_checkpoint(which, state, epoch)`` receives CPU copies of the weights whenever a
    new best model appears, so a caller can persist it before the run ends. ``model``
    replaces the network built from ``graph`` (e.g. the head over cached features).

    ``distributed`` makes this one process of a data-parallel job (see
    training/distributed.py): every process passes the same ``data`` and settings; it
    trains on ``distributed.device``, and only rank 0 gets events and checkpoints.
    ``batch_size`` is per process. The pause/cancel token is not shared between processes.
    """
    import torch

    token = token or CancelToken()
    if len(data.train_x) == 0:
        raise LeptonError(P.NO_TRAINING_DATA)
    device = distributed.device if distributed is not None else resolve_device(settings.device)
    if distributed is not None and not distributed.is_main:
        on_event, on_checkpoint = ignore_event, None
    parallel = distributed if distributed is not None and distributed.parallel else None
    set_threads(threads)
    resolved = resolve(settings, len(data.train_x), device)
    chosen_augment = resolved.augment
    if data.features:
        resolved = dataclasses.replace(resolved, augment="none")  # see training/features.py
    loop = _Loop(graph, data, resolved, on_event, token, initial_state, on_checkpoint, model,
                 parallel, chosen_augment)
    try:
        loop.run()
    except torch.OutOfMemoryError:
        loop.fail(_out_of_memory(resolved))
    except RuntimeError as exc:
        if "out of memory" not in str(exc).lower() and "can't allocate memory" not in str(exc).lower():
            raise
        loop.fail(_out_of_memory(resolved))
    return loop.finish()


def _out_of_memory(settings: ResolvedSettings) -> Problem:
    return Problem(P.OUT_OF_MEMORY, None, {"batch_size": settings.batch_size,
                                           "suggested": max(1, settings.batch_size // 2)})


def batch_slices(count: int, batch_size: int) -> list[slice]:
    """Consecutive batches; a last batch of one image joins the previous one (BatchNorm
    cannot normalise a single image)."""
    bounds = list(range(0, count, batch_size)) + [count]
    if len(bounds) > 2 and bounds[-1] - bounds[-2] == 1:
        del bounds[-2]
    return [slice(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]


class _Loop:
    """One training run's state; split out of ``train`` so each step reads on its own."""

    def __init__(self, graph, data, settings: ResolvedSettings, on_event, token,
                 initial_state, on_checkpoint, model=None,
                 parallel: DistributedContext | None = None,
                 chosen_augment: str | None = None) -> None:
        import torch

        from ..compiler import build_model
        from ..data.augment import augment_batch
        from .symmetry import SymmetryDecider, chance_level

        self.settings, self.on_event, self.token = settings, on_event, token
        self.on_checkpoint = on_checkpoint
        self.augment_batch = augment_batch
        # Mirror / quarter turns only where known safe; "auto" starts off and may be
        # switched on by the symmetry check (training/symmetry.py).
        self.symmetry = SymmetryDecider(
            settings.mirror, settings.turn, chosen_augment or settings.augment, settings.epochs,
            len(data.val_x) if data.has_validation else 0,
            mirror_available=not data.features or data.train_x_mirrored is not None,
            turn_available=not data.features)
        self.mirror_on, self.turn_on = self.symmetry.record.mirror, self.symmetry.record.turn
        self.device = torch.device(settings.device)
        self.cuda = self.device.type == "cuda"
        # Data parallel (world_size > 1 only): the same shuffled order on every rank, each
        # taking its share; each rank augments with its own stream.
        self.parallel = parallel
        self.rank, self.world_size = (parallel.rank, parallel.world_size) if parallel else (0, 1)
        torch.manual_seed(settings.seed)
        self.shuffle_generator = torch.Generator().manual_seed(settings.seed)
        self.augment_generator = torch.Generator(device=self.device).manual_seed(
            settings.seed + 1 + self.rank)

        # ``network`` is the plain model (weights, evaluation); ``model`` what trains it.
        self.network = model if model is not None else build_model(graph)
        if initial_state is not None:
            from ..checkpoints import load_exact_state

            load_exact_state(self.network, initial_state,
                             lambda reason: LeptonError(P.WEIGHTS_INVALID, reason=reason))
        # channels_last speeds convolutions up on CPUs as well as GPUs (1.3-1.9x measured
        # on the templates, see docs/benchmarks.md).
        self.network.to(self.device, memory_format=torch.channels_last)
        self.model = self.network
        if parallel is not None:
            self.model = wrap_model(parallel, self.network)  # starts from rank 0's weights
            torch.manual_seed(settings.seed + self.rank)  # dropout masks differ per rank

        keep_on = self.device if self.cuda else None
        val_x, val_y = (data.val_x, data.val_y) if data.has_validation else (None, None)
        if parallel is not None and val_x is not None:  # each rank checks its share
            val_x, val_y = val_x[self.rank::self.world_size], val_y[self.rank::self.world_size]
        self.train_x = uint8_images_tensor(data.train_x, keep_on)
        self.train_y = torch.as_tensor(data.train_y, dtype=torch.long, device=self.device)
        self.val_x = uint8_images_tensor(val_x, keep_on) if val_x is not None else None
        self.val_y = torch.as_tensor(val_y, dtype=torch.long, device=self.device) if val_y is not None else None
        self.val_chance = chance_level(data.val_y) if data.has_validation else 1.0
        mirrored_train, mirrored_val = data.train_x_mirrored, data.val_x_mirrored
        if parallel is not None and mirrored_val is not None:
            mirrored_val = mirrored_val[self.rank::self.world_size]
        self.train_x_mirrored = (uint8_images_tensor(mirrored_train, keep_on)
                                 if mirrored_train is not None else None)
        self.val_x_mirrored = (uint8_images_tensor(mirrored_val, keep_on)
                               if mirrored_val is not None and self.val_x is not None else None)

        self.slices = batch_slices(shard_length(len(self.train_x), self.world_size), settings.batch_size)
        self.loss_fn = torch.nn.CrossEntropyLoss(label_smoothing=settings.label_smoothing)
        self.optimizer = _optimizer(self.network, settings)
        self.scheduler = _scheduler(self.optimizer, settings, len(self.slices))
        self.autocast_dtype = (torch.bfloat16 if self.cuda and torch.cuda.is_bf16_supported()
                               else torch.float16 if self.cuda else None)
        self.scaler = torch.amp.GradScaler("cuda") if self.autocast_dtype == torch.float16 else None

        self.history: list[dict[str, Any]] = []
        self.best_key: tuple[float, float] | None = None
        self.best_state = None
        self.best_epoch: int | None = None
        self.best_val_accuracy: float | None = None
        self.best_val_loss = math.inf
        self.epochs_without_improvement = 0
        self.status = "finished"
        self.problem: Problem | None = None
        self.epochs_run = 0
        self.active_s = 0.0  # training time without pauses
        self.started = time.perf_counter()
        self.smoothed_loss: float | None = None

    # --- the run -------------------------------------------------------------------------
    def run(self) -> None:
        s = self.settings
        self.on_event(TrainingStarted(s.epochs, len(self.slices), s.batch_size, s.device, s.to_dict()))
        for epoch in range(1, s.epochs + 1):
            self.on_event(EpochStarted(epoch, s.epochs))
            outcome = self.train_epoch(epoch)
            if outcome == "stopped":
                self.status = "stopped"
                return
            if not self.end_epoch(epoch, *outcome):
                return

    def train_epoch(self, epoch: int):
        import torch

        model, _s = self.model, self.settings
        model.train()
        order = torch.randperm(len(self.train_x), generator=self.shuffle_generator)
        if self.parallel is not None:
            order = shard_order(order, self.rank, self.world_size)
        order = order.to(self.device)
        loss_sum = torch.zeros((), device=self.device)
        correct = torch.zeros((), device=self.device, dtype=torch.long)
        seen = 0
        epoch_active = 0.0
        last_event = 0.0
        batch_start = time.perf_counter()
        for number, part in enumerate(self.slices, 1):
            if self.token.paused:
                epoch_active += time.perf_counter() - batch_start
                self.token.wait_if_paused()
                batch_start = time.perf_counter()
            if self.token.cancelled:
                return "stopped"
            index = order[part]
            images = self._prepare(self._train_rows(index), train=True)
            labels = self.train_y[index]
            with torch.autocast(self.device.type, dtype=self.autocast_dtype, enabled=self.autocast_dtype is not None):
                logits = model(images)
                loss = self.loss_fn(logits.float(), labels)
            self.optimizer.zero_grad(set_to_none=True)
            if self.scaler is not None:
                self.scaler.scale(loss).backward()
                self.scaler.step(self.optimizer)
                self.scaler.update()
            else:
                loss.backward()
                self.optimizer.step()
            if self.scheduler is not None:
                self.scheduler.step()
            count = labels.shape[0]
            loss_sum += loss.detach() * count
            correct += (logits.detach().argmax(1) == labels).sum()
            seen += count
            now = time.perf_counter()
            if now - last_event >= EVENT_INTERVAL_S or number == len(self.slices):
                last_event = now
                self._report_batch(epoch, number, loss, seen * self.world_size,
                                   epoch_active + now - batch_start)
        epoch_active += time.perf_counter() - batch_start
        self.active_s += epoch_active
        if self.parallel is not None:
            loss_total, correct_total, seen_total = sum_across(self.parallel, [loss_sum, correct, seen])
            seen = int(seen_total)
        else:
            loss_total, correct_total = float(loss_sum), float(correct)
        return loss_total / max(seen, 1), correct_total / max(seen, 1), epoch_active, seen

    def _train_rows(self, index):
        """The batch's training inputs; for cached features with mirroring on, half the
        rows come from the mirrored pictures' features (the images' own flip)."""
        import torch

        rows = self.train_x[index.to(self.train_x.device)]
        if self.mirror_on and self.train_x_mirrored is not None:
            from ..data.augment import MIRROR_P

            pick = torch.rand(len(index), generator=self.augment_generator,
                              device=self.augment_generator.device) < MIRROR_P
            pick = pick.to(rows.device).view(-1, *([1] * (rows.ndim - 1)))
            rows = torch.where(pick, self.train_x_mirrored[index.to(rows.device)], rows)
        return rows

    def _prepare(self, images_uint8, train: bool):
        import torch

        images = float_batch(images_uint8, self.device)
        if train and self.settings.augment != "none":
            images = self.augment_batch(images, self.settings.augment, self.augment_generator,
                                        mirror=self.mirror_on, turn=self.turn_on)
            images = images.contiguous(memory_format=torch.channels_last)
        return images

    def _report_batch(self, epoch: int, number: int, loss, seen: int, epoch_active: float) -> None:
        value = float(loss.detach())
        self.smoothed_loss = value if self.smoothed_loss is None else (
            SMOOTHING * self.smoothed_loss + (1 - SMOOTHING) * value)
        rate = seen / epoch_active if epoch_active > 0 else 0.0
        per_epoch = len(self.train_x) / rate if rate > 0 else 0.0
        remaining_epochs = self.settings.epochs - epoch
        eta = max(0, len(self.train_x) - seen) / rate + remaining_epochs * per_epoch if rate > 0 else 0.0
        self.on_event(BatchEnded(epoch, number, len(self.slices), self.smoothed_loss, rate, eta,
                                 self.optimizer.param_groups[0]["lr"]))

    def end_epoch(self, epoch: int, train_loss: float, train_accuracy: float,
                  active_s: float, seen: int) -> bool:
        """Validate, keep the best weights, decide whether to go on."""
        self.epochs_run = epoch
        if not math.isfinite(train_loss):
            suggested = self.settings.learning_rate / 10
            self.fail(Problem(P.NAN_LOSS, None, {"epoch": epoch, "suggested_lr": f"{suggested:.2g}"}))
            return False
        val_loss, val_accuracy = self.evaluate() if self.val_x is not None else (None, None)
        if self.symmetry.wants_check(epoch):
            self._check_symmetry(epoch)
        key = (val_accuracy, -val_loss) if val_accuracy is not None else (train_accuracy, -train_loss)
        is_best = self.best_key is None or key > self.best_key
        if is_best:
            self.best_key, self.best_epoch = key, epoch
            self.best_val_accuracy = val_accuracy
            self.best_state = self._state_copy()
            if self.on_checkpoint:
                self.on_checkpoint("best", self.best_state, epoch)
            self.on_event(CheckpointSaved(epoch, "best"))
        event = EpochEnded(epoch, self.settings.epochs, train_loss, train_accuracy, val_loss,
                           val_accuracy, self.optimizer.param_groups[0]["lr"], active_s,
                           seen / active_s if active_s > 0 else 0.0, is_best)
        self.history.append(event.as_history())
        self.on_event(event)
        return not self._should_stop_early(epoch, val_loss, is_best)

    def _should_stop_early(self, epoch: int, val_loss: float | None, new_best: bool) -> bool:
        """Patience on validation: an epoch improves when its loss is the lowest yet or it
        gave a new best model (accuracy). With a one-cycle or cosine schedule it counts only
        in the second half of the run, once the learning rate is coming down: before that
        the high rate makes validation jump, and stopping there loses the annealing phase
        where most of the accuracy is gained (measured: benchmarks/defaults_quality.py)."""
        patience = self.settings.early_stopping_patience
        if val_loss is None or not patience:
            return False
        if self.settings.schedule != "constant" and epoch <= math.ceil(self.settings.epochs * PATIENCE_FROM):
            self.best_val_loss = min(self.best_val_loss, val_loss)
            return False
        if val_loss < self.best_val_loss - 1e-4 or new_best:
            self.best_val_loss = min(self.best_val_loss, val_loss)
            self.epochs_without_improvement = 0
            return False
        self.epochs_without_improvement += 1
        if self.epochs_without_improvement >= patience:
            self.status = "early_stopped"
            return True
        return False

    def evaluate(self) -> tuple[float, float]:
        import torch

        network = self.network
        network.eval()
        if self.parallel is not None:
            broadcast_buffers(self.parallel, network)
        loss_sum = torch.zeros((), device=self.device)
        correct = torch.zeros((), device=self.device, dtype=torch.long)
        with torch.inference_mode(), torch.autocast(self.device.type, dtype=self.autocast_dtype,
                                                    enabled=self.autocast_dtype is not None):
            for part in batch_slices(len(self.val_x), EVAL_BATCH):
                images = self._prepare(self.val_x[part], train=False)
                labels = self.val_y[part]
                logits = network(images).float()
                loss_sum += torch.nn.functional.cross_entropy(logits, labels, reduction="sum")
                correct += (logits.argmax(1) == labels).sum()
        count = len(self.val_x)
        if self.parallel is not None:
            loss_total, correct_total, count = sum_across(self.parallel, [loss_sum, correct, count])
            return loss_total / count, correct_total / count
        return float(loss_sum) / count, float(correct) / count

    def _check_symmetry(self, epoch: int) -> None:
        """Measure plain, mirrored and turned validation accuracy; switch on what is safe."""
        from .events import SymmetryChecked

        accuracy = self.view_accuracies()
        if self.symmetry.decide(epoch, accuracy["plain"], accuracy.get("mirrored"),
                                accuracy.get("turned"), self.val_chance):
            self.mirror_on, self.turn_on = self.symmetry.record.mirror, self.symmetry.record.turn
            self.on_event(SymmetryChecked(epoch, self.symmetry.record.to_dict()))

    def view_accuracies(self) -> dict[str, float]:
        """Validation accuracy of the current model on the pictures as they are, mirrored
        and turned (the worst quarter turn; 180 degrees only when not square). Cached
        features use their mirrored rows and have no turned ones."""
        import torch

        network = self.network
        network.eval()
        if self.parallel is not None:
            broadcast_buffers(self.parallel, network)
        features = self.val_x.dtype != torch.uint8
        square = not features and self.val_x.shape[1] == self.val_x.shape[2]
        turns = () if features else ((1, 2, 3) if square else (2,))
        mirrored = self.val_x_mirrored is not None or not features
        names = ["plain"] + (["mirrored"] if mirrored else []) + [f"turn{k}" for k in turns]
        correct = {name: torch.zeros((), device=self.device, dtype=torch.long) for name in names}
        with torch.inference_mode(), torch.autocast(self.device.type, dtype=self.autocast_dtype,
                                                    enabled=self.autocast_dtype is not None):
            for part in batch_slices(len(self.val_x), EVAL_BATCH):
                images = self._prepare(self.val_x[part], train=False)
                labels = self.val_y[part]
                views = {"plain": images}
                if mirrored:
                    views["mirrored"] = (self._prepare(self.val_x_mirrored[part], train=False)
                                         if features else images.flip(3))
                for k in turns:
                    views[f"turn{k}"] = torch.rot90(images, k, dims=(2, 3))
                for name, view in views.items():
                    correct[name] += (network(view).argmax(1) == labels).sum()
        count = len(self.val_x)
        totals = [correct[name] for name in names]
        if self.parallel is not None:
            *totals, count = sum_across(self.parallel, [*totals, count])
        share = {name: float(total) / max(count, 1) for name, total in zip(names, totals, strict=True)}
        out = {"plain": share["plain"]}
        if mirrored:
            out["mirrored"] = share["mirrored"]
        if turns:
            out["turned"] = min(share[f"turn{k}"] for k in turns)
        return out

    def _state_copy(self) -> dict[str, Any]:
        return {k: v.detach().to("cpu", copy=True).contiguous() for k, v in self.network.state_dict().items()}

    def fail(self, problem: Problem) -> None:
        self.status, self.problem = "failed", problem

    def finish(self) -> TrainingResult:
        duration = time.perf_counter() - self.started
        last_state = self._state_copy() if self.status != "failed" else None
        if last_state is not None and self.on_checkpoint:
            self.on_checkpoint("last", last_state, self.epochs_run)
        self.on_event(TrainingFinished(self.status, self.best_epoch, self.best_val_accuracy,
                                       self.epochs_run, duration, self.problem))
        return TrainingResult(self.status, self.settings, self.history, self.best_state, last_state,
                              self.best_epoch, self.best_val_accuracy, duration,
                              self.settings.device, self.problem, self.symmetry.record.to_dict())


def uint8_images_tensor(images: np.ndarray, device=None):
    """The images as one uint8 N×H×W×C tensor (on the GPU when one trains, else in RAM).

    Kept channels-last: indexing a batch and permuting it gives an N×C×H×W view whose
    memory is already in the channels_last layout the convolutions prefer.
    """
    import torch

    tensor = torch.from_numpy(np.ascontiguousarray(images))
    if tensor.ndim == 3 and tensor.dtype == torch.uint8:
        tensor = tensor.unsqueeze(-1)
    return tensor.to(device) if device is not None else tensor


def float_batch(images_uint8_nhwc, device):
    """A uint8 N×H×W×C batch as float N×C×H×W in [0, 1], channels_last, on ``device``.

    Float input (precomputed features) is only moved and widened to float32."""
    import torch

    if images_uint8_nhwc.dtype != torch.uint8:
        return images_uint8_nhwc.to(device, non_blocking=True).float()
    batch = images_uint8_nhwc.to(device, non_blocking=True).permute(0, 3, 1, 2)
    return batch.float().div_(255.0)


def _optimizer(model, s: ResolvedSettings):
    import torch

    decay, no_decay = [], []
    for _name, parameter in model.named_parameters():
        if not parameter.requires_grad:
            continue
        (no_decay if parameter.ndim <= 1 else decay).append(parameter)  # no decay on BN/bias
    groups = [{"params": decay, "weight_decay": s.weight_decay},
              {"params": no_decay, "weight_decay": 0.0}]
    if s.optimizer == "sgd":
        return torch.optim.SGD(groups, lr=s.learning_rate, momentum=0.9, nesterov=True)
    if s.optimizer == "adam":
        return torch.optim.Adam(groups, lr=s.learning_rate)
    return torch.optim.AdamW(groups, lr=s.learning_rate)


def _scheduler(optimizer, s: ResolvedSettings, steps_per_epoch: int):
    import torch

    total = max(1, s.epochs * steps_per_epoch)
    if total < 4:  # too few steps to warm up and anneal
        return None
    if s.schedule == "onecycle":
        warmup = max(WARMUP_SHARE, 2 / total)  # torch needs at least one step per phase
        return torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=s.learning_rate, total_steps=total,
                                                   pct_start=warmup)
    if s.schedule == "cosine":
        warmup = max(1, int(total * WARMUP_SHARE))

        def factor(step: int) -> float:
            if step < warmup:
                return (step + 1) / warmup
            progress = (step - warmup) / max(1, total - warmup)
            return 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))
        return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
    return None
