"""How responsive is the GUI thread? A short repeating timer and how late it fires.

    probe = EventLoopProbe(interval_ms=10)
    probe.start()
    ... work happens; the event loop runs ...
    probe.stop()
    print(probe.summary())   # {"ticks": ..., "p50_ms": ..., "p99_ms": ..., "max_ms": ...}

A stall is the time between two ticks minus the interval: how long the event loop
could not run (a slot that took too long, a lock, the GIL held by another thread).
Used by the Train step's responsiveness test and ``benchmarks/ui_latency.py``.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer


class EventLoopProbe(QObject):
    def __init__(self, interval_ms: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_s = interval_ms / 1000
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.stalls: list[float] = []
        self._last: float | None = None

    def start(self) -> None:
        self.stalls.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._last = None

    def resume(self) -> None:
        """Go on measuring after ``stop()`` without forgetting (the gap is not counted)."""
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.stalls.append(max(0.0, now - self._last - self.interval_s))
        self._last = now

    @property
    def max_stall_s(self) -> float:
        return max(self.stalls, default=0.0)

    def summary(self) -> dict[str, float]:
        """Tick count and the 50th / 99th percentile and largest stall, in milliseconds."""
        if not self.stalls:
            return {"ticks": 0, "p50_ms": 0.0, "p99_ms": 0.0, "max_ms": 0.0}
        values = np.asarray(self.stalls) * 1000
        return {"ticks": len(values), "p50_ms": float(np.percentile(values, 50)),
                "p99_ms": float(np.percentile(values, 99)), "max_ms": float(values.max())}
