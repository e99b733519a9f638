"""Cancel / pause token and the progress event shared by every long core operation.

Core work runs on whatever thread the caller chooses; it checks the token between small
units of work (a file, a batch) and reports through a plain callback, so the GUI worker
and the CLI progress bar consume the same events.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

EventCallback = Callable[[Any], None]


class Cancelled(Exception):
    """Raised inside core work when its token was cancelled."""


class CancelToken:
    """Thread-safe cancel and pause flags, checked by the worker between units of work."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()  # wake a paused worker so it can see the cancel

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def wait_if_paused(self, poll_s: float = 0.1) -> None:
        """Block while paused; return at once when running or cancelled."""
        while not self._running.wait(poll_s):
            pass

    def check(self) -> None:
        """Wait out a pause, then raise ``Cancelled`` if cancelled."""
        self.wait_if_paused()
        if self._cancelled.is_set():
            raise Cancelled()


@dataclass(frozen=True)
class Progress:
    """Generic progress of a long task: ``done`` of ``total`` units (total 0 = unknown)."""

    task: str
    done: int
    total: int
    message: str = ""


def ignore_event(event: Any) -> None:
    """Default callback for callers that do not listen."""
