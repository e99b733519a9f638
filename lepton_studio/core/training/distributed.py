"""Training on several processes with PyTorch's own engine (torchrun + DistributedDataParallel).

``torchrun`` starts one process per GPU (or per CPU worker) and tells each its place in
the environment (``RANK``, ``WORLD_SIZE``, ``LOCAL_RANK``, ``MASTER_ADDR``...). Each process
loads the same project and data; the trainer (``trainer.train(..., distributed=ctx)``)
wraps the model in DistributedDataParallel, gives every process its share of each
epoch's shuffled order, and adds the metric sums of all processes together, so every
process reports the same numbers and takes the same early-stopping decision. Only rank 0
reports events, records the run and writes the project.

One process (``WORLD_SIZE=1``) needs no process group at all: it trains exactly like
``lepton-studio train`` without ``--distributed``.

This module holds the DDP helpers the trainer uses (context, sharding, sums, joining and
leaving the process group) and imports nothing of the training itself; running one
rank of a project's job (data on every machine, recording the run) is
``distributed_job.py``, which uses the runner. So trainer -> distributed and
distributed_job -> runner -> trainer, without a circle.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import signal
import socket
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from .. import problems as P
from ..problems import LeptonError

log = logging.getLogger(__name__)

TIMEOUT_ENV = "LEPTON_STUDIO_DIST_TIMEOUT"  # seconds a process waits for the others
DATA_TIMEOUT_ENV = "LEPTON_STUDIO_DATA_TIMEOUT"  # seconds to wait while rank 0 decodes images
DEFAULT_TIMEOUT_S = 1800
DEFAULT_DATA_TIMEOUT_S = 4 * 3600
JOB_DATA_FOLDER = "data"  # where `lepton-studio job` puts the images, beside the project


@dataclass(frozen=True)
class LaunchEnvironment:
    """What torchrun told this process about its place in the job."""

    rank: int
    world_size: int
    local_rank: int
    local_world_size: int
    master_addr: str = ""
    master_port: str = ""

    @property
    def address(self) -> str:
        return f"{self.master_addr}:{self.master_port}"


@dataclass(frozen=True)
class DistributedContext:
    """One process's place in a data-parallel run, handed to ``trainer.train``.

    ``group`` is the torch process group for gradients and metrics (None: the default
    group); ``data_group`` a CPU (gloo) group with a long timeout for waiting on data.
    """

    rank: int
    world_size: int
    local_rank: int = 0
    device: str = "cpu"
    backend: str = "none"  # "nccl" | "gloo" | "none" (one process)
    group: Any = None
    data_group: Any = None
    local_world_size: int = 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def parallel(self) -> bool:
        return self.world_size > 1


# --- sharding and reductions (used by the trainer) ----------------------------------------

def shard_length(count: int, world_size: int) -> int:
    """Items each process gets per epoch: ``ceil(count / world_size)``."""
    return math.ceil(count / world_size) if count else 0


def shard_order(order: Sequence[int] | Any, rank: int, world_size: int):
    """This rank's share of an epoch's ``order`` (the same permutation on every rank).

    As torch's DistributedSampler with drop_last=False: the order is padded by repeating
    its beginning until it divides evenly, then rank r takes every world_size-th item
    from position r, so every rank runs the same number of batches.
    """
    count = len(order)
    if count == 0 or world_size == 1:
        return order
    total = shard_length(count, world_size) * world_size
    padding = total - count
    if padding:
        repeats = math.ceil(padding / count)
        head = order if repeats == 1 else _concat([order] * repeats)
        order = _concat([order, head[:padding]])
    return order[rank:total:world_size]


def _concat(parts: list[Any]):
    first = parts[0]
    if hasattr(first, "new_empty"):  # a torch tensor
        import torch

        return torch.cat(parts)
    if hasattr(first, "dtype"):  # a numpy array
        import numpy as np

        return np.concatenate(parts)
    return [item for part in parts for item in part]


def sum_across(context: DistributedContext, values: Sequence[Any]) -> list[float]:
    """The sums over all processes of a few numbers (device tensors or Python numbers),
    in one collective call; every process gets the same result."""
    import torch
    import torch.distributed as dist

    device = torch.device(context.device)
    packed = torch.stack([torch.as_tensor(v, device=device).to(torch.float64).reshape(())
                          for v in values])
    dist.all_reduce(packed, op=dist.ReduceOp.SUM, group=context.group)
    return packed.tolist()


def broadcast_buffers(context: DistributedContext, module) -> None:
    """Rank 0's buffers (BatchNorm running statistics) on every process, so that all
    evaluate the very model rank 0 saves."""
    import torch.distributed as dist

    for buffer in module.buffers():
        dist.broadcast(buffer, src=0, group=context.group)


def wrap_model(context: DistributedContext, network):
    """``network`` in DistributedDataParallel (gradients averaged over the processes)."""
    import torch

    device = torch.device(context.device)
    device_ids = [device.index if device.index is not None else context.local_rank] \
        if device.type == "cuda" else None
    return torch.nn.parallel.DistributedDataParallel(
        network, device_ids=device_ids, process_group=context.group)


# --- starting and stopping ----------------------------------------------------------------

def launch_environment(environ: dict[str, str] | None = None) -> LaunchEnvironment:
    """Read torchrun's variables; ``dist_not_launched`` when they are missing or odd."""
    env = os.environ if environ is None else environ
    missing = [name for name in ("RANK", "WORLD_SIZE", "LOCAL_RANK") if not env.get(name)]
    if missing:
        raise LeptonError(P.DIST_NOT_LAUNCHED, missing=", ".join(missing))
    try:
        rank, world_size, local_rank = (int(env[n]) for n in ("RANK", "WORLD_SIZE", "LOCAL_RANK"))
        local_world_size = int(env.get("LOCAL_WORLD_SIZE") or world_size)
    except ValueError as exc:
        raise LeptonError(P.DIST_NOT_LAUNCHED, missing=f"a number in RANK/WORLD_SIZE ({exc})") from exc
    if world_size < 1 or not 0 <= rank < world_size or not 0 <= local_rank < local_world_size:
        raise LeptonError(P.DIST_NOT_LAUNCHED, missing=f"a valid RANK {rank} of WORLD_SIZE {world_size}")
    master_addr, master_port = env.get("MASTER_ADDR", ""), env.get("MASTER_PORT", "")
    if world_size > 1 and not (master_addr and master_port):
        raise LeptonError(P.DIST_NOT_LAUNCHED, missing="MASTER_ADDR, MASTER_PORT")
    return LaunchEnvironment(rank, world_size, local_rank, local_world_size, master_addr, master_port)


def timeout_from_env(name: str, default_s: float) -> float:
    value = os.environ.get(name, "").strip()
    try:
        return max(1.0, float(value)) if value else default_s
    except ValueError:
        log.warning("%s=%r is not a number of seconds; using %s", name, value, default_s)
        return default_s


def choose_device(launch: LaunchEnvironment, choice: str | None) -> str:
    """One GPU per process (``cuda:LOCAL_RANK``) when CUDA is there, else the CPU."""
    import torch

    choice = (choice or "auto").lower()
    if choice == "cpu" or (choice == "auto" and not torch.cuda.is_available()):
        return "cpu"
    if not choice.startswith("cuda") and choice != "auto":
        raise LeptonError(P.DIST_DEVICE, device=choice)
    if not torch.cuda.is_available():
        raise LeptonError(P.DEVICE_UNAVAILABLE, device=choice)
    count = torch.cuda.device_count()
    if launch.local_rank >= count:
        raise LeptonError(P.DIST_TOO_FEW_GPUS, local_rank=launch.local_rank, count=count,
                          processes=launch.local_world_size)
    return f"cuda:{launch.local_rank}"


def start(launch: LaunchEnvironment, device_choice: str | None = "auto",
          timeout_s: float | None = None, data_timeout_s: float | None = None) -> DistributedContext:
    """Join the process group (NCCL for GPUs, gloo for the CPU) and return this
    process's context. One process joins nothing."""
    import torch

    device = choose_device(launch, device_choice)
    if device.startswith("cuda"):
        torch.cuda.set_device(torch.device(device))
    if launch.world_size == 1:
        return DistributedContext(0, 1, launch.local_rank, device, "none")
    import torch.distributed as dist

    backend = "nccl" if device.startswith("cuda") else "gloo"
    timeout = timedelta(seconds=timeout_s or timeout_from_env(TIMEOUT_ENV, DEFAULT_TIMEOUT_S))
    data_timeout = timedelta(seconds=data_timeout_s or timeout_from_env(DATA_TIMEOUT_ENV,
                                                                        DEFAULT_DATA_TIMEOUT_S))
    try:
        dist.init_process_group(backend, init_method="env://", rank=launch.rank,
                                world_size=launch.world_size, timeout=timeout)
        data_group = dist.new_group(backend="gloo", timeout=data_timeout)
    except Exception as exc:  # noqa: BLE001 - store, socket and backend errors all mean one thing
        _destroy_quietly()
        if _is_timeout(exc):
            raise LeptonError(P.DIST_TIMEOUT, rank=launch.rank, seconds=int(timeout.total_seconds()),
                              stage="start", address=launch.address) from exc
        raise LeptonError(P.DIST_INIT_FAILED, backend=backend, address=launch.address,
                          reason=_short(exc)) from exc
    log.info("rank %d/%d (local %d) joined %s at %s on %s (host %s)", launch.rank, launch.world_size,
             launch.local_rank, backend, launch.address, device, socket.gethostname())
    return DistributedContext(launch.rank, launch.world_size, launch.local_rank, device, backend,
                              None, data_group, launch.local_world_size)


def stop(context: DistributedContext | None) -> None:
    """Leave the process group; safe to call on any path (success, failure, Ctrl+C)."""
    if context is not None and context.parallel:
        _destroy_quietly()


def _destroy_quietly() -> None:
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        try:
            dist.destroy_process_group()
        except Exception:  # noqa: BLE001 - leaving anyway; the log keeps why
            log.warning("destroying the process group failed", exc_info=True)


def wait_for_others(context: DistributedContext, stage: str) -> None:
    """A barrier on the CPU group, with its own (long) timeout."""
    if not context.parallel:
        return
    import torch.distributed as dist

    try:
        dist.barrier(group=context.data_group)
    except Exception as exc:
        raise as_problem(exc, context, stage) from exc


def as_problem(exc: BaseException, context: DistributedContext, stage: str) -> LeptonError:
    """A collective's failure as a LeptonError: a timeout, or another process gone."""
    if isinstance(exc, LeptonError):
        return exc
    if _is_timeout(exc):
        seconds = timeout_from_env(DATA_TIMEOUT_ENV if stage == "data" else TIMEOUT_ENV,
                                   DEFAULT_DATA_TIMEOUT_S if stage == "data" else DEFAULT_TIMEOUT_S)
        return LeptonError(P.DIST_TIMEOUT, rank=context.rank, seconds=int(seconds), stage=stage,
                           address="")
    return LeptonError(P.DIST_PEER_FAILED, rank=context.rank, stage=stage, reason=_short(exc))


def is_collective_failure(exc: BaseException) -> bool:
    """True for errors raised by torch.distributed (a peer gone, a timeout)."""
    import torch.distributed as dist

    kinds = tuple(k for k in (getattr(dist, "DistError", None),) if k is not None)
    text = str(exc).lower()
    return bool(kinds and isinstance(exc, kinds)) or any(
        word in text for word in ("gloo", "nccl", "connection closed", "connection reset",
                                  "timed out", "broken pipe"))


def _is_timeout(exc: BaseException) -> bool:
    text = f"{type(exc).__name__} {exc}".lower()
    return isinstance(exc, TimeoutError) or "timeout" in text or "timed out" in text


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (what torchrun sends a worker when another one failed) raises
    KeyboardInterrupt, so ``finally`` blocks run and the process group is left cleanly."""
    def handler(signum, frame):  # noqa: ARG001 - signal handler signature
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: nothing to install
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
