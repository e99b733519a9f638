"""Printing for the command line: problems, JSON, and a progress bar on stderr."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from ..core.problems import Problem


def print_problem(problem: Problem, as_json: bool = False) -> None:
    if as_json:
        print(json.dumps({"error": problem.to_dict()}, ensure_ascii=False))
        return
    print(f"Error: {problem.message()}", file=sys.stderr)
    hint = problem.hint()
    if hint:
        print(f"  How to fix: {hint}", file=sys.stderr)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


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
        sys.stderr.write(f"\r{self.label} [{bar}] {done}/{total} {extra}".ljust(100)[:120])
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()
