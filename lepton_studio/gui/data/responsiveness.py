"""Measure how long the event loop stalls: a fast timer notes the longest gap between ticks.

Used by ``benchmarks/scan.py`` and a test: while background work runs, the window must
keep painting, so no gap may be long.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class StallProbe(QObject):
    """``start()``, do things while the event loop runs, ``stop()``; read ``longest_ms``."""

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.interval_ms = interval_ms
        self.longest_ms = 0.0
        self.ticks = 0
        self._last: float | None = None

    def start(self) -> None:
        self.longest_ms, self.ticks = 0.0, 0
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.longest_ms = max(self.longest_ms, (now - self._last) * 1000.0)
        self._last = now
        self.ticks += 1


def spare_the_event_loop() -> None:
    """Keep Python's full garbage collections short while a big job makes many objects.

    With torch and Qt loaded, a full (generation 2) collection walks a few hundred
    thousand long-lived objects, ~300 ms with the GIL held: the window freezes that long,
    whichever thread triggered it. ``gc.freeze()`` moves the objects alive now (modules,
    classes, the loaded libraries) out of the collector's sight; new objects are still
    collected as usual. Called before scans and cache fills; cheap, and safe to repeat.
    """
    import gc

    gc.freeze()
