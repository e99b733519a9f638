"""``lepton-studio`` / ``python -m lepton_studio``: the window, or a command-line task.

    lepton-studio                   open the window
    lepton-studio FILE.lepton       open the window with a project
    lepton-studio train ...         a sub-command (new, train, evaluate, info, export,
                                    predict, job) runs headless through lepton_studio.cli
    lepton-studio --self-test       check a packaged build (see lepton_studio.selftest)

The window path imports no torch: it paints first (see benchmarks/startup.py).
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence

SUBCOMMANDS = frozenset({"new", "train", "evaluate", "info", "export", "predict", "compare", "job"})

USAGE = """\
usage: lepton-studio [FILE.lepton]
       lepton-studio {new,train,evaluate,info,export,predict,job} ...
       lepton-studio --self-test | --version | --help

Without arguments (or with a project file) Lepton Studio opens its window.
Run "lepton-studio COMMAND --help" for the command-line tasks.
"""


def _run_cli(argv: list[str]) -> int:
    try:
        from lepton_studio import cli
    except ImportError as exc:
        print(f"lepton-studio: the command line is not available in this build ({exc}).",
              file=sys.stderr)
        return 2
    return int(cli.main(argv) or 0)


def _self_test(argv: list[str]) -> int:
    try:
        from lepton_studio import selftest
    except ImportError:
        print("lepton-studio: --self-test is not available in this build.", file=sys.stderr)
        return 2
    return int(selftest.main(argv) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        return _run_cli(args)
    if args and args[0] == "--self-test":
        return _self_test(args[1:])
    if args and args[0] in ("-h", "--help"):
        print(USAGE, end="")
        return 0
    if args and args[0] in ("-V", "--version"):
        from lepton_studio import __version__

        print(f"Lepton Studio {__version__}")
        return 0
    if len(args) > 1 or (args and args[0].startswith("-")):
        print(USAGE, end="", file=sys.stderr)
        return 2
    from lepton_studio.gui.app import run

    return run(args[0] if args else None)


def main_gui() -> None:
    """Entry point of the windowed launcher (no console on Windows)."""
    raise SystemExit(main())


if __name__ == "__main__":
    raise SystemExit(main())
