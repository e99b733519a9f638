"""How responsive the window stays while a model trains on the CPU.

    python benchmarks/ui_latency.py [--epochs 8] [--interval-ms 10] [--threads N]
                                    [--shots DIR --lang en --size 1000x650]

Opens the main window offscreen with the bundled sample project (160 pictures of 64
pixels, four classes, the default template), presses Start Training on the Train step
and measures, with a 10 ms timer on the GUI thread, how late each tick comes: the
event loop's stalls. Prints the 50th / 99th percentile and the largest stall during the
run, next to the same probe on an idle window (the baseline of this machine), plus the
training speed. With ``--shots`` it also saves screenshots of the window mid-training.

The figures depend on the machine and on what else runs on it; they are for comparing
changes on one machine, not an absolute promise. The target is a largest stall under
100 ms while training on the CPU.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def _parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def _run_events_for(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--interval-ms", type=int, default=10)
    parser.add_argument("--threads", type=int, default=0,
                        help="torch threads (0: the app's default, every core but one)")
    parser.add_argument("--shots", type=Path, help="save mid-training screenshots here")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", type=_parse_size, default=(1280, 800))
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="lepton-latency-")
    os.environ["LEPTON_STUDIO_HOME"] = home

    from lepton_studio.gui.app import build_window, create_application
    from lepton_studio.gui.settings import Settings

    app = create_application(["ui_latency"])
    settings = Settings.open()
    settings.language = args.lang
    settings.cpu_threads = args.threads
    settings.sync()
    window = build_window(app, probe=False, recover=False)
    window.resize(*args.size)
    window.show()
    window.controller.open_sample()
    window.go_to("train")
    page = window.pages["train"]
    page.project.training.epochs = args.epochs
    page.settings_panel.load()
    _run_events_for(3.0)  # the device probe (imports torch) settles first

    from PySide6.QtCore import QEventLoop

    from lepton_studio.core.training.events import BatchEnded, EpochEnded, TrainingStarted
    from lepton_studio.gui.training.session import IDLE, training_threads
    from lepton_studio.tools.latency_probe import EventLoopProbe

    probe = EventLoopProbe(args.interval_ms)
    probe.start()
    _run_events_for(1.5)
    probe.stop()
    idle = probe.summary()

    speeds: list[float] = []
    epochs_seen: list[int] = []
    shots: list[Path] = []

    preparing = EventLoopProbe(args.interval_ms)

    def on_event(event) -> None:
        if isinstance(event, TrainingStarted):  # the pictures are ready: training begins
            preparing.stalls = list(probe.stalls)
            probe.start()
        elif isinstance(event, BatchEnded):
            speeds.append(event.images_per_s)
        elif isinstance(event, EpochEnded):
            epochs_seen.append(event.epoch)
            if args.shots and not shots and event.epoch >= max(2, args.epochs // 2):
                probe.stop()  # a screenshot takes a while; it is not the training's stall
                page.plots.flush()
                args.shots.mkdir(parents=True, exist_ok=True)
                name = f"train-running-{args.lang}-{args.size[0]}x{args.size[1]}.png"
                window.grab().save(str(args.shots / name))
                shots.append(args.shots / name)
                probe.resume()

    # The real event loop (not a Python polling loop, which would take the GIL itself
    # a thousand times a second and distort the figures).
    loop = QEventLoop()
    page.session.finished.connect(lambda _problem: loop.quit())
    page.session.eventReceived.connect(on_event)
    started = time.perf_counter()
    probe.start()
    page.start()
    if page.session.state != IDLE:
        loop.exec()
    probe.stop()
    duration = time.perf_counter() - started
    training = probe.summary()

    run = page.project.runs[-1]
    print(f"Train step on the sample project: {len(epochs_seen)} epochs in {duration:.1f} s, "
          f"status {run.status}, torch threads {training_threads(settings)} of "
          f"{os.cpu_count()} cores, {max(speeds, default=0):.0f} pictures/s")
    prep = preparing.summary()
    print(f"GUI stalls while preparing the pictures ({prep['ticks']} ticks): "
          f"p50 {prep['p50_ms']:.1f} ms, p99 {prep['p99_ms']:.1f} ms, max {prep['max_ms']:.1f} ms")
    print(f"GUI stalls while training ({training['ticks']} ticks of {args.interval_ms} ms): "
          f"p50 {training['p50_ms']:.1f} ms, p99 {training['p99_ms']:.1f} ms, "
          f"max {training['max_ms']:.1f} ms")
    print(f"GUI stalls idle (baseline, {idle['ticks']} ticks): p50 {idle['p50_ms']:.1f} ms, "
          f"p99 {idle['p99_ms']:.1f} ms, max {idle['max_ms']:.1f} ms")
    for path in shots:
        print(f"screenshot: {path}")
    window.tasks.shutdown(10)
    window.document.set_project(None)
    window.controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
