"""Run per-file work on all cores with cancel, pause and throttled progress.

Pillow and hashlib release the GIL while decoding and hashing, so threads scale without
the start-up cost and pickling of processes (and work in a frozen app). Results come
back to the calling thread, which alone emits events and touches shared state.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, TypeVar

from ..tasks import CancelToken, EventCallback, Progress

T = TypeVar("T")
R = TypeVar("R")

PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress events a second


def worker_count() -> int:
    """Every core this process may use."""
    try:
        n = len(os.sched_getaffinity(0))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    return max(1, min(n, 32))


class Throttle:
    """Emits ``Progress(task, done, total)`` no faster than PROGRESS_INTERVAL_S."""

    def __init__(self, task: str, total: int, on_event: EventCallback) -> None:
        self.task, self.total, self.on_event = task, total, on_event
        self._last = float("-inf")

    def update(self, done: int, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self.on_event(Progress(self.task, done, self.total))


def run_parallel(fn: Callable[[T], R], items: Iterable[T],
                 on_result: Callable[[int, R], Any], token: CancelToken | None = None,
                 workers: int | None = None) -> None:
    """Call ``fn`` on each item in a thread pool, ``on_result(index, result)`` here.

    Only a few tasks per worker are in flight, so a cancel takes effect within about a
    tenth of a second and a pause stops new work. Raises ``Cancelled``; exceptions from
    ``fn`` propagate.
    """
    workers = workers or worker_count()
    window = workers * 4
    source = iter(enumerate(items))
    pending: set[Future[tuple[int, R]]] = set()

    def call(index: int, item: T) -> tuple[int, R]:
        return index, fn(item)

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lepton-data") as pool:
        try:
            exhausted = False
            while True:
                if token is not None:
                    token.check()
                while not exhausted and len(pending) < window:
                    nxt = next(source, None)
                    if nxt is None:
                        exhausted = True
                    else:
                        pending.add(pool.submit(call, *nxt))
                if not pending:
                    break
                done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                for future in done:
                    on_result(*future.result())
        finally:
            for future in pending:
                future.cancel()
