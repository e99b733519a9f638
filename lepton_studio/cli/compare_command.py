"""``lepton-studio compare``: the export candidates of a run side by side, measured here."""

from __future__ import annotations

import argparse
from pathlib import Path

from .output import percent, print_json, progress_printer, say


def add_parsers(subparsers) -> None:
    compare = subparsers.add_parser(
        "compare", help="compare the models you could export (size, speed, accuracy)",
        description="Export the selected (or chosen) run to a temporary folder as float ONNX "
                    "and int8, then show side by side: file size, parameters, multiply-adds, "
                    "CPU time per picture measured on this computer (onnxruntime, batch 1, "
                    "median of --runs runs) and accuracy on the test images.")
    compare.add_argument("project", type=Path, help="the project file (*.lepton)")
    compare.add_argument("--run", help="run id or number, e.g. run-2 or 2 (default: the selected run)")
    compare.add_argument("--runs", type=int, default=50,
                         help="timed runs per model; the median is shown (default 50)")
    compare.add_argument("--threads", type=int, default=1,
                         help="CPU threads onnxruntime may use (default 1)")
    compare.add_argument("--json", action="store_true", help="print the comparison as JSON")
    compare.set_defaults(func=cmd_compare)


def cmd_compare(args: argparse.Namespace) -> int:
    from ..core import paths
    from ..core.export.compare import compare_run
    from ..core.export.predictor import resolve_run_id
    from ..core.project import load_project

    project = load_project(args.project)
    result = compare_run(project, resolve_run_id(project, args.run),
                         cache_root=paths.cache_dir() / "images", runs=max(1, args.runs),
                         threads=max(1, args.threads), on_event=progress_printer(args.json, True))
    if args.json:
        print_json(result.to_dict())
        return 0
    for line in comparison_lines(result):
        say(line)
    return 0


def comparison_lines(result) -> list[str]:
    """The table, then where accuracy and time were measured."""
    where = {"test": "test", "val": "validation"}.get(result.split or "", None)
    header = ("model", "file size", "parameters", "MACs", "ms/picture", "accuracy")
    rows = [header]
    for c in result.candidates:
        name = c.name + (f" ({c.method})" if c.method else "")
        if c.id == result.default:
            name += " *"
        rows.append((name, f"{c.bytes / 1e6:.2f} MB", f"{c.parameters:,}", f"{c.macs / 1e6:.1f} M",
                     f"{c.latency_ms:.2f}", percent(c.accuracy) if c.accuracy is not None else "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [f"Run {result.run_id}: the models you could export"]
    for row in rows:
        lines.append("  " + "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                                      for i, (cell, w) in enumerate(zip(row, widths, strict=True))))
    lines.append("  * the default model of an export")
    lines.append(f"  accuracy on {result.images} {where} images" if where else
                 "  accuracy: no labelled images on this computer")
    lines.append(f"  time: onnxruntime on this CPU, batch 1, median of {result.runs} runs, "
                 f"{result.threads} thread(s)")
    for c in result.candidates:
        if c.method == "dynamic":
            why = ("static int8 failed on this model" if c.fallback == "static_failed"
                   else "no training images on this computer to calibrate static int8")
            lines.append(f"  int8 is dynamic (weights only) because {why}")
    return lines
