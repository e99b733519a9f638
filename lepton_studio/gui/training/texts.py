"""Translated words of the Train step: choices, run statuses, durations, run names.

Every function translates when it is called (never at import), so a language switch
followed by ``retranslate()`` shows the new language. The context is written out in every call
("TrainingTexts"): lupdate reads only literal strings, and these helpers are shared by
several widgets.
"""

from __future__ import annotations

import functools
import math
import re

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from lepton_studio.core.templates import TEMPLATES

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


def stop_reason(status: str, epochs_done: int, planned: int, best_epoch: int | None) -> str:
    """Why a run ended before its last epoch, in one sentence ("" when it did not)."""
    if status == "early_stopped":
        text = QCoreApplication.translate(
            "TrainingTexts", "Stopped early at epoch {done} of {planned}: the validation "
            "results had stopped improving, so more epochs would not have helped.").format(
            done=epochs_done, planned=planned or epochs_done)
        if best_epoch:
            text += " " + QCoreApplication.translate(
                "TrainingTexts", "The best model (epoch {epoch}) is kept.").format(epoch=best_epoch)
        return text
    if status == "stopped" and planned and epochs_done < planned:
        return QCoreApplication.translate(
            "TrainingTexts", "Stopped after {done} of {planned} epochs. Its best model can be "
            "used; training to the end usually does better.").format(
            done=epochs_done, planned=planned)
    return ""


def run_stop_reason(run) -> str:
    return stop_reason(run.status, len(run.history or []),
                       int((run.settings or {}).get("epochs") or 0), run.best_epoch)


def run_name(run) -> str:
    """The name a user sees: the run's own name, or its model, start and number ("Small CNN ·
    3/12/26 14:05 (#3)"), so runs are told apart by what they are, not "Run 3" (issue #22)."""
    if run.name:
        return run.name
    kind = _run_template(run.id, run.created, _graph_key(run.graph))
    model = (QCoreApplication.translate("Templates", TEMPLATES[kind].name) if kind
             else QCoreApplication.translate("TrainingTexts", "Own model"))
    started = _short_time(run.created)
    match = re.fullmatch(r"run-(\d+)", run.id)
    if started and match:  # the number tells apart runs started in the same minute
        return QCoreApplication.translate("TrainingTexts", "{model} · {time} (#{number})").format(
            model=model, time=started, number=int(match.group(1)))
    if started:
        return QCoreApplication.translate("TrainingTexts", "{model} · {time}").format(
            model=model, time=started)
    if match:
        return QCoreApplication.translate("TrainingTexts", "Run {number}").format(number=int(match.group(1)))
    return run.id


def _graph_key(graph: dict | None) -> str:
    import json

    return json.dumps(graph or {}, sort_keys=True, default=str)


@functools.lru_cache(maxsize=256)
def _run_template(_run_id: str, _created: str, graph_key: str) -> str | None:
    """Which template a run's model is (cached: the history redraws often)."""
    import json

    from lepton_studio.core.graph import Graph
    from lepton_studio.core.templates import template_of

    try:
        return template_of(Graph.from_dict(json.loads(graph_key)))
    except Exception:  # noqa: BLE001 - an old or odd graph is simply "own model"
        return None


def _short_time(iso: str | None) -> str:
    from datetime import datetime

    from PySide6.QtCore import QDateTime

    try:
        moment = datetime.fromisoformat(iso or "")
    except ValueError:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def percent(value: float | None) -> str:
    """0.934 -> "93.4 %" in the user's locale; None -> a dash."""
    if value is None or not math.isfinite(value):
        return "–"
    return QCoreApplication.translate("TrainingTexts", "{value} %").format(value=QLocale().toString(value * 100, "f", 1))


def number(value: float, digits: int = 3) -> str:
    """A short number in the user's locale (3 significant digits, e.g. 0.003 or 0.000012)."""
    from lepton_studio.gui.numbers import plain_number

    return plain_number(value, digits)


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
