"""The command line: the same core as the window, for scripts and servers.

Exit codes: 0 success; 2 bad input (a message says what and how to fix it); 1 an
internal error (the message gives the log file, which holds the traceback).
Each command family lives in its own module with ``add_parsers(subparsers)``; every
parser sets ``func(args) -> int``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..core.problems import LeptonError
from . import compare_command, distributed, project_commands
from .output import Parser, print_problem, say

try:  # being written in parallel; see docs/architecture.md
    from . import export_commands
except ImportError:  # pragma: no cover
    export_commands = None

log = logging.getLogger(__name__)

COMMAND_MODULES = tuple(m for m in (project_commands, export_commands, compare_command, distributed)
                        if m is not None)
COMMANDS = ("new", "train", "evaluate", "info", "export", "predict", "compare", "job")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="lepton-studio",
        description="Lepton Studio: build, train, check and export image classifiers.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parsers(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from ..core.logs import setup_logging

    log_file = setup_logging()
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except LeptonError as exc:
        print_problem(exc.problem, getattr(args, "json", False))
        return 2
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr = sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the exit flush
        return 0
    except KeyboardInterrupt:
        say("Interrupted.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("internal error in command %s", args.command)
        say(f"Internal error. The details are in the log file: {log_file}", file=sys.stderr)
        return 1
