"""Translated words of the Train step: choices, run statuses, durations, run names.

Every function translates when it is called (never at import), so a language switch
followed by ``retranslate()`` shows the new language. The context is fixed
("TrainingTexts") because these helpers are shared by several widgets.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QLocale

CONTEXT = "TrainingTexts"

# Run statuses: the trainer's, plus "interrupted" (a run saved while it was still
# training; read back after a crash it means "cut short, best checkpoint kept").
RUNNING = "running"
INTERRUPTED = "interrupted"


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def optimizer_names() -> dict[str, str]:
    return {
        "adamw": _tr("AdamW (recommended)"),
        "adam": _tr("Adam"),
        "sgd": _tr("SGD with momentum"),
    }


def schedule_names() -> dict[str, str]:
    return {
        "onecycle": _tr("One-cycle (recommended)"),
        "cosine": _tr("Cosine"),
        "constant": _tr("Constant"),
    }


def augment_names() -> dict[str, str]:
    return {
        "none": _tr("None"),
        "light": _tr("Light (recommended)"),
        "strong": _tr("Strong"),
    }


def device_names() -> dict[str, str]:
    return {
        "auto": _tr("Automatic"),
        "cpu": _tr("Processor (CPU)"),
        "cuda": _tr("NVIDIA graphics card (CUDA)"),
        "mps": _tr("Apple graphics (MPS)"),
    }


def device_short_name(device: str) -> str:
    """What a resolved device string ("cpu", "cuda:0", "mps") is, in a word or two."""
    if device.startswith("cuda"):
        return _tr("GPU")
    if device == "mps":
        return _tr("Apple GPU")
    return _tr("CPU")


def status_name(status: str) -> str:
    names = {
        RUNNING: _tr("Training…"),
        "finished": _tr("Finished"),
        "early_stopped": _tr("Stopped early"),
        "stopped": _tr("Stopped"),
        "failed": _tr("Failed"),
        INTERRUPTED: _tr("Interrupted"),
    }
    return names.get(status, status)


def run_name(run) -> str:
    """The name a user sees: the run's own name, or "Run 3" for the id "run-3"."""
    if run.name:
        return run.name
    match = re.fullmatch(r"run-(\d+)", run.id)
    if match:
        return _tr("Run {number}").format(number=int(match.group(1)))
    return run.id


def percent(value: float | None) -> str:
    """0.934 -> "93.4 %" in the user's locale; None -> a dash."""
    if value is None or not math.isfinite(value):
        return "–"
    return _tr("{value} %").format(value=QLocale().toString(value * 100, "f", 1))


def number(value: float, digits: int = 3) -> str:
    """A short number in the user's locale (3 significant digits, e.g. 0.003 or 1.2e-05)."""
    return QLocale().toString(float(value), "g", digits)


def duration(seconds: float) -> str:
    """A rounded, readable duration: "45 s", "3 min 20 s", "12 min", "2 h 5 min"."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return _tr("{seconds} s").format(seconds=seconds)
    minutes, rest = divmod(seconds, 60)
    if minutes < 10:
        return _tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=rest)
    if minutes < 60:
        return _tr("{minutes} min").format(minutes=minutes + (1 if rest >= 30 else 0))
    hours, minutes = divmod(minutes, 60)
    return _tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)


def epochs_text(count: int) -> str:
    return _tr("%n epoch(s)", "", count)
