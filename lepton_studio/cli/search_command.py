"""``train P --auto [--budget 5m]``: the time-budgeted model search from the command line.

Progress lines per candidate go to stderr (with ``--json`` too: stdout stays JSON); the
leaderboard and the winner's sentence to stdout (``--json``: both as one JSON document). The project is saved as ``train``
saves it: after each run and at the end, with the winner as its model.
"""

from __future__ import annotations

import argparse
import sys

from ..core import problems as P
from ..core.problems import LeptonError
from .output import print_json, print_problem

DEFAULT_BUDGET = "5m"


def budget_from_text(text: str) -> float:
    from ..core.training.search_plan import budget_seconds

    seconds = budget_seconds(text)
    if seconds is None:
        raise LeptonError(P.BAD_BUDGET, text=text)
    return seconds


def _accuracy(value: float | None) -> str:
    return f"{value:.1%}" if value is not None else "n/a"


def progress_printer(quiet: bool):
    from ..core.problems import Problem
    from ..core.training import search as S

    def on_event(event) -> None:
        if quiet:
            return
        if isinstance(event, S.SearchStarted):
            epochs = event.rungs[0][0]
            print(f"Searching for {event.budget_s:.0f} s: {len(event.candidates)} candidates, "
                  f"the default first ({epochs} epochs)", file=sys.stderr)
        elif isinstance(event, S.ChallengersPlanned):
            rungs = ", ".join(f"{size}×{epochs} epochs" for epochs, size in event.rungs)
            print(f"  time left: {len(event.candidate_ids)} other candidates (rounds: {rungs})",
                  file=sys.stderr)
        elif isinstance(event, S.CandidateAdded):
            print(f"  time left: also trying {event.candidate['name']}", file=sys.stderr)
        elif isinstance(event, S.CandidateStarted):
            print(f"  start  {event.name}", file=sys.stderr)
        elif isinstance(event, S.CandidateFinished):
            print(f"  {event.status:<13} {event.candidate_id} round {event.rung}: "
                  f"validation {_accuracy(event.val_accuracy)} after {event.epochs_run} epochs, "
                  f"{event.seconds:.0f} s  ({event.elapsed_s:.0f}/{event.budget_s:.0f} s used)",
                  file=sys.stderr)
        elif isinstance(event, S.RungFinished) and event.dropped:
            print(f"  round {event.rung} done: {', '.join(event.kept)} go on; "
                  f"{', '.join(event.dropped)} stop here", file=sys.stderr)
        elif isinstance(event, Problem):
            print_problem(event)
    return on_event


def print_leaderboard(result) -> None:
    rows = result.leaderboard()
    width = max([len(row.name) for row in rows] + [5])
    print(f"{'#':>2}  {'model':<{width}}  {'validation':>10}  {'parameters':>10}  {'epochs':>6}  "
          f"{'time':>6}  status")
    for place, row in enumerate(rows, 1):
        print(f"{place:>2}  {row.name:<{width}}  {_accuracy(row.val_accuracy):>10}  {row.params:>10,}  "
              f"{row.epochs:>6}  {row.seconds:>5.0f}s  {row.status}{'  (default)' if row.is_default else ''}")


def cmd_train_auto(args: argparse.Namespace, settings) -> int:
    from ..core import paths
    from ..core.project import load_project, save_project
    from ..core.training.search import run_search

    budget_s = budget_from_text(args.budget or DEFAULT_BUDGET)
    project = load_project(args.project)
    result = run_search(project, paths.cache_dir() / "images", budget_s,
                        on_event=progress_printer(quiet=False), threads=args.threads,
                        persist=lambda p: save_project(p, args.project), settings=settings)
    if args.json:
        print_json(result.to_dict())
    else:
        print_leaderboard(result)
        print(result.reason.text())
        if result.winner_run_id:
            print(f"Selected run {result.winner_run_id}; the project now uses this model. "
                  f"Saved {args.project}.")
    return 0 if result.winner_run_id else 2
