"""``export`` and ``predict``: a trained model out of the app, and predictions from it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core import problems as P
from ..core.export import formats
from ..core.problems import LeptonError
from .output import percent, print_json, print_problem, printable, progress_printer, say


def add_parsers(subparsers) -> None:
    export = subparsers.add_parser(
        "export", help="export a trained model (" + ", ".join(formats.ids()) + ")",
        description="Export the selected (or chosen) run of a project into a folder with its "
                    "labels, preprocessing, a predict.py script and a README, checked against "
                    "the app's own predictions on the validation images.")
    export.add_argument("project", type=Path, help="the project file (*.lepton)")
    export.add_argument("--format", dest="fmt", required=True, choices=formats.ids())
    export.add_argument("--out", required=True, type=Path,
                        help="the folder to create (new or empty; an earlier export only with "
                             "--overwrite)")
    export.add_argument("--overwrite", action="store_true",
                        help="replace an earlier export in --out (other files there are kept)")
    int8 = ", ".join(f.id for f in formats.all_formats() if f.int8)
    export.add_argument("--quantize", action="store_true",
                        help=f"also write an int8 model ({int8} only): smaller; its accuracy is "
                             "measured, and it becomes the default only if it loses at most "
                             "1 point")
    export.add_argument("--run", help="run id or number, e.g. run-2 or 2 (default: the selected run)")
    export.add_argument("--json", action="store_true", help="print the export report as JSON")
    export.set_defaults(func=cmd_export)

    predict = subparsers.add_parser(
        "predict", help="classify pictures with a project, a bundle or an ONNX export",
        description="Print the most likely classes of each picture. MODEL is a project file "
                    "(*.lepton), a bundle folder or an ONNX export folder; the training "
                    "images are not needed.")
    predict.add_argument("model", type=Path, help="*.lepton, a bundle folder or an ONNX export folder")
    predict.add_argument("images", nargs="+", type=Path, help="image files or folders of images")
    predict.add_argument("--top-k", type=int, default=3, help="how many classes to show (default 3)")
    predict.add_argument("--run", help="run id, for a project (default: the selected run)")
    choice = predict.add_mutually_exclusive_group()
    choice.add_argument("--float", action="store_true",
                        help="use the float model of a quantised export")
    choice.add_argument("--int8", action="store_true",
                        help="use the int8 model of a quantised export")
    predict.add_argument("--json", action="store_true", help="print the predictions as JSON")
    predict.set_defaults(func=cmd_predict)


def cmd_export(args: argparse.Namespace) -> int:
    from ..core import paths
    from ..core.export import export_run
    from ..core.export.predictor import resolve_run_id
    from ..core.project import load_project

    project = load_project(args.project)
    report = export_run(project, resolve_run_id(project, args.run), args.fmt, args.out,
                        quantize=args.quantize, on_event=progress_printer(args.json, True),
                        cache_root=paths.cache_dir() / "images", overwrite=args.overwrite)
    if args.json:
        print_json(report.to_dict())
        return 0
    parity = report.parity
    say(f"Exported run {report.run_id} as {report.format} to {report.out_dir}")
    say(f"  model: {report.model_file}"
          + (f" (exporter: {report.exporter}, opset {report.opset})" if report.opset else
             f" ({report.exporter})"))
    say(f"  check: {parity.same_top1}/{parity.images} {parity.source} images with the same "
          f"class as the app, max probability difference {parity.max_abs_diff:.2g}")
    if report.quantization is not None:
        for line in int8_lines(report.quantization):
            say(line)
    for warning in report.warnings:
        say(f"  note: {warning}", file=sys.stderr)
    say(f"  try it: python {Path(report.out_dir) / 'predict.py'} IMAGE")
    return 0


def int8_method_line(q) -> str:
    """Which quantisation was used, and why dynamic when it was."""
    if q.method == "static":
        return ("  int8 method: static (QDQ, uint8 activations, int8 weights per channel), "
                f"calibrated on {q.calibration_images} training images")
    why = ("static int8 failed on this model" if q.fallback == "static_failed"
           else "no training images on this computer to calibrate static int8")
    return f"  int8 method: dynamic (weights only), because {why}"


def int8_lines(q) -> list[str]:
    """The int8 figures, the measured accuracy change first, and which model is the default."""
    return [*_int8_figures(q), int8_method_line(q)]


def _int8_figures(q) -> list[str]:
    sizes = f"{q.float_bytes:,} -> {q.int8_bytes:,} bytes ({q.size_ratio:.0%})"
    if q.accuracy_change is None:
        return [f"  int8 ({q.method}): {sizes}; its accuracy could not be measured (no labelled "
                "pictures), so the float model stays the default (predict.py --int8 uses int8)"]
    lines = [f"  int8 ({q.method}): accuracy {q.accuracy_change * 100:+.1f} points on {q.images} "
             f"{q.split} images ({percent(q.float_accuracy)} -> {percent(q.int8_accuracy)}); {sizes}"]
    if q.default == "int8":
        lines.append("  default model: int8 (within 1 point of the float model; "
                     "predict.py --float uses float)")
    else:
        lines.append(f"  warning: the int8 model loses {abs(q.accuracy_change) * 100:.1f} points, "
                     "so the float model stays the default (predict.py --int8 uses int8)")
    return lines


def cmd_predict(args: argparse.Namespace) -> int:
    from ..core.export import collect_images, load_predictor

    if args.top_k < 1:
        raise LeptonError(P.PREDICT_BAD_TOP_K, value=args.top_k)
    predictor = load_predictor(args.model, run_id=args.run, use_float=args.float,
                               use_int8=args.int8)
    files = collect_images(args.images)
    if not files:
        raise LeptonError(P.PREDICT_NO_IMAGES, paths=", ".join(str(p) for p in args.images))
    results = predictor.predict_files(files, args.top_k, on_event=progress_printer(args.json))
    if args.json:
        print_json([r.to_dict() for r in results])
    else:
        for result in results:
            if result.problem is not None:
                print_problem(result.problem)
                continue
            best = ", ".join(f"{printable(label)} {p:.1%}" for label, p in result.top)
            if result.unsure:
                best = f"Not sure - none of the classes? (best guesses: {best})"
            say(f"{printable(result.path)}: {best}")
    return 2 if any(r.problem is not None for r in results) else 0
