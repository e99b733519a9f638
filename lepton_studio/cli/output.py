"""Printing for the command line: problems, JSON, and a progress bar on stderr.

Every human-readable line goes through ``say`` (or ``print_problem``), which escapes
control characters, bidi overrides and undecodable bytes (``core.text.visible``): a
class or file name can never retitle, clear or reorder the user's terminal, and a
character the terminal's encoding lacks is shown as an escape instead of crashing.
JSON keeps the exact text (JSON escapes control characters itself).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import IO, Any

from ..core.problems import Problem
from ..core.text import visible

printable = visible  # the name the CLI modules use for one value (escapes newlines too)


def say(*parts: object, file: IO[str] | None = None, sep: str = " ", end: str = "\n") -> None:
    """``print`` for people: control characters shown as escapes, never sent raw."""
    stream = file if file is not None else sys.stdout
    text = visible(sep.join(str(p) for p in parts), keep="\n") + end
    stream.write(_encodable(text, stream))
    if stream is sys.stderr:
        stream.flush()


def _encodable(text: str, stream: IO[str]) -> str:
    """``text`` with characters the stream cannot encode replaced by backslash escapes."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return text
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode(encoding, "backslashreplace").decode(encoding)
    except LookupError:
        pass
    return text


def problem_lines(problem: Problem) -> tuple[str, str]:
    """The problem's message and hint, with every text value made printable first
    (so a newline in a file name cannot start a line of its own)."""
    values = {k: visible(v) if isinstance(v, str) else v for k, v in problem.values.items()}
    safe = Problem(problem.code, problem.node_id, values, problem.severity)
    return safe.message(), safe.hint()


def print_problem(problem: Problem, as_json: bool = False) -> None:
    if as_json:
        print_json({"error": problem.to_dict()})
        return
    message, hint = problem_lines(problem)
    say(f"Error: {message}", file=sys.stderr)
    if hint:
        say(f"  How to fix: {hint}", file=sys.stderr)


def print_json(data: Any) -> None:
    """The exact data as JSON; ASCII escapes when the text cannot be written as it is
    (a name with undecodable bytes, a terminal whose encoding lacks a character)."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(data, ensure_ascii=True, indent=2, default=str)
    sys.stdout.write(text + "\n")


class Parser(argparse.ArgumentParser):
    """argparse with its messages (which quote what the user typed) escaped."""

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        if message:
            say(message, file=file or sys.stderr, end="")


class ProgressBar:
    """A one-line bar on stderr, redrawn at most 10 times a second; silent if not a tty
    unless ``force``."""

    def __init__(self, label: str, enabled: bool = True) -> None:
        self.label, self.enabled = label, enabled and sys.stderr.isatty()
        self._last = 0.0

    def update(self, done: int, total: int, extra: str = "") -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        width = 30
        filled = int(width * done / total) if total else 0
        bar = "#" * filled + "-" * (width - filled)
        line = visible(f"{self.label} [{bar}] {done}/{total} {extra}")
        sys.stderr.write(_encodable("\r" + line.ljust(100)[:120], sys.stderr))
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


# --- printers shared by the commands ------------------------------------------------------

PROGRESS_LABELS = {"scan": "Scanning", "cache": "Decoding", "predict": "Predicting",
                   "export": "Exporting", "features": "Backbone features"}


def progress_printer(quiet: bool, show_message: bool = False):
    """An ``on_event`` that draws one bar per ``Progress`` task (stderr); silent if ``quiet``."""
    from ..core.tasks import Progress

    bars: dict[str, ProgressBar] = {}

    def on_event(event) -> None:
        if quiet or not isinstance(event, Progress):
            return
        bar = bars.setdefault(event.task, ProgressBar(PROGRESS_LABELS.get(event.task, event.task)))
        bar.update(event.done, event.total, event.message if show_message else "")
        if event.total and event.done >= event.total:
            bars.pop(event.task).close()
    return on_event


def training_printer(quiet: bool, symmetry: bool = True):
    """An ``on_event`` for training: progress bars, one line per epoch (stderr), the
    mirror/turn check and a failure's problem; silent if ``quiet``."""
    from ..core.training.events import BatchEnded, EpochEnded, SymmetryChecked, TrainingFinished

    progress = progress_printer(quiet)
    epoch_bar = ProgressBar("Epoch", enabled=not quiet)

    def on_event(event) -> None:
        progress(event)
        if quiet:
            return
        if isinstance(event, BatchEnded):
            epoch_bar.label = f"Epoch {event.epoch}"
            epoch_bar.update(event.batch, event.batches,
                             f"loss {event.loss:.3f}  {event.images_per_s:.0f} img/s  ETA {event.eta_s:.0f}s")
        elif isinstance(event, EpochEnded):
            epoch_bar.close()
            val = (f"  val loss {event.val_loss:.3f}  val acc {event.val_accuracy:.1%}"
                   if event.val_accuracy is not None else "")
            say(f"epoch {event.epoch:>3}/{event.epochs}  loss {event.train_loss:.3f}  "
                f"acc {event.train_accuracy:.1%}{val}  {event.images_per_s:.0f} img/s"
                f"{'  *' if event.is_best else ''}", file=sys.stderr)
        elif isinstance(event, SymmetryChecked) and symmetry:
            from .symmetry_text import symmetry_lines

            say("\n".join(symmetry_lines({"symmetry_check": event.check})), file=sys.stderr)
        elif isinstance(event, TrainingFinished) and event.problem is not None:
            print_problem(event.problem)
    return on_event


def percent(value: float | None) -> str:
    return f"{value:.1%}" if value is not None else "n/a"
