"""Translated words of the Train step: choices, run statuses, durations, run names.

Every function translates when it is called (never at import), so a language switch
followed by ``retranslate()`` shows the new language. The context is written out in every call
("TrainingTexts"): lupdate reads only literal strings, and these helpers are shared by
several widgets.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QLocale, QObject

# Run statuses: the trainer's, plus "interrupted" (a run saved while it was still
# training; read back after a crash it means "cut short, best checkpoint kept").
RUNNING = "running"
INTERRUPTED = "interrupted"


def optimizer_names(short: bool = False) -> dict[str, str]:
    """Names for a choice list, or (``short``) for a summary, without "(recommended)"."""
    if short:
        return {"adamw": "AdamW", "adam": "Adam", "sgd": "SGD"}
    return {
        "adamw": QCoreApplication.translate("TrainingTexts", "AdamW (recommended)"),
        "adam": QCoreApplication.translate("TrainingTexts", "Adam"),
        "sgd": QCoreApplication.translate("TrainingTexts", "SGD with momentum"),
    }


def schedule_names(short: bool = False) -> dict[str, str]:
    if short:
        return {"onecycle": QCoreApplication.translate("TrainingTexts", "One-cycle"),
                "cosine": QCoreApplication.translate("TrainingTexts", "Cosine"),
                "constant": QCoreApplication.translate("TrainingTexts", "Constant")}
    return {
        "onecycle": QCoreApplication.translate("TrainingTexts", "One-cycle (recommended)"),
        "cosine": QCoreApplication.translate("TrainingTexts", "Cosine"),
        "constant": QCoreApplication.translate("TrainingTexts", "Constant"),
    }


def augment_names(short: bool = False) -> dict[str, str]:
    if short:
        return {"none": QCoreApplication.translate("TrainingTexts", "None"),
                "light": QCoreApplication.translate("TrainingTexts", "Light"),
                "strong": QCoreApplication.translate("TrainingTexts", "Strong")}
    return {
        "none": QCoreApplication.translate("TrainingTexts", "None"),
        "light": QCoreApplication.translate("TrainingTexts", "Light (recommended)"),
        "strong": QCoreApplication.translate("TrainingTexts", "Strong"),
    }


def automatic() -> str:
    return QCoreApplication.translate("TrainingTexts", "Automatic")


def device_names() -> dict[str, str]:
    return {
        "auto": automatic(),
        "cpu": QCoreApplication.translate("TrainingTexts", "Processor (CPU)"),
        "cuda": QCoreApplication.translate("TrainingTexts", "NVIDIA graphics card (CUDA)"),
        "mps": QCoreApplication.translate("TrainingTexts", "Apple graphics (MPS)"),
    }


def device_short_name(device: str) -> str:
    """What a resolved device string ("cpu", "cuda:0", "mps") is, in a word or two."""
    if device.startswith("cuda"):
        return QCoreApplication.translate("TrainingTexts", "GPU")
    if device == "mps":
        return QCoreApplication.translate("TrainingTexts", "Apple GPU")
    return QCoreApplication.translate("TrainingTexts", "CPU")


def status_name(status: str) -> str:
    names = {
        RUNNING: QCoreApplication.translate("TrainingTexts", "Training…"),
        "finished": QCoreApplication.translate("TrainingTexts", "Finished"),
        "early_stopped": QCoreApplication.translate("TrainingTexts", "Stopped early"),
        "stopped": QCoreApplication.translate("TrainingTexts", "Stopped"),
        "failed": QCoreApplication.translate("TrainingTexts", "Failed"),
        INTERRUPTED: QCoreApplication.translate("TrainingTexts", "Interrupted"),
    }
    return names.get(status, status)


def run_name(run) -> str:
    """The name a user sees: the run's own name, or "Run 3" for the id "run-3"."""
    if run.name:
        return run.name
    match = re.fullmatch(r"run-(\d+)", run.id)
    if match:
        return QCoreApplication.translate("TrainingTexts", "Run {number}").format(number=int(match.group(1)))
    return run.id


def percent(value: float | None) -> str:
    """0.934 -> "93.4 %" in the user's locale; None -> a dash."""
    if value is None or not math.isfinite(value):
        return "–"
    return QCoreApplication.translate("TrainingTexts", "{value} %").format(value=QLocale().toString(value * 100, "f", 1))


def number(value: float, digits: int = 3) -> str:
    """A short number in the user's locale (3 significant digits, e.g. 0.003 or 1.2e-05)."""
    return QLocale().toString(float(value), "g", digits)


def about(seconds: float) -> str:
    """An estimate: "about 3 min 20 s", or "less than 1 s"."""
    if seconds < 0.95:
        return QCoreApplication.translate("TrainingTexts", "less than 1 s")
    return QCoreApplication.translate("TrainingTexts", "about {time}").format(
        time=duration(seconds))


def duration(seconds: float) -> str:
    """A rounded, readable duration: "45 s", "3 min 20 s", "12 min", "2 h 5 min"."""
    if seconds < 0.95:
        return QCoreApplication.translate("TrainingTexts", "less than 1 s")
    seconds = int(round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("TrainingTexts", "{seconds} s").format(seconds=seconds)
    minutes, rest = divmod(seconds, 60)
    if minutes < 10:
        return QCoreApplication.translate("TrainingTexts", "{minutes} min {seconds} s").format(minutes=minutes, seconds=rest)
    if minutes < 60:
        return QCoreApplication.translate("TrainingTexts", "{minutes} min").format(minutes=minutes + (1 if rest >= 30 else 0))
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("TrainingTexts", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)


class TrainingPlurals(QObject):
    """Texts with a plural: lupdate marks a message as plural only when it is written
    ``self.tr(text, "", n)`` in a class (not ``QCoreApplication.translate``)."""

    def epochs(self, count: int) -> str:
        return self.tr("%n epoch(s)", "", count)


_plurals: TrainingPlurals | None = None


def epochs_text(count: int) -> str:
    """ "1 epoch" or "5 epochs", in the current language."""
    global _plurals
    if _plurals is None:
        _plurals = TrainingPlurals()
    return _plurals.epochs(count)
