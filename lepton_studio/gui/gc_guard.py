"""Python's garbage collector runs on the GUI thread only.

A reference cycle that holds a Qt object is freed by whichever thread happens to cross
the collector's allocation threshold. When that is a worker thread, Qt objects are
destroyed off their thread and the process can crash (seen in our full test run: a
segmentation fault in a worker resolving paths while the window painted). As pyqtgraph's
``GarbageCollector`` does, automatic collection is switched off and the GUI thread
collects on a timer, generation by generation, with the interpreter's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadGarbageCollector(QObject):
    """Owns the collection while it lives; ``stop()`` gives it back to the interpreter."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds."""
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            generation = 0
            if middle > self.threshold[1]:
                generation = 1
                if old > self.threshold[2]:
                    generation = 2
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def install(app: QObject) -> GuiThreadGarbageCollector:
    """Install once per application (idempotent); kept alive as the app's child."""
    existing = app.findChild(GuiThreadGarbageCollector)
    return existing if existing is not None else GuiThreadGarbageCollector(app)
