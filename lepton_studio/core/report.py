"""A shareable HTML report of an evaluation: one self-contained file, no scripts.

It holds the metrics, the confusion matrix, per-class precision / recall / F1, the
run's training curves (inline SVG) and a few example pictures (inline base64 PNG), so
it can be mailed or put on a shared drive and opened in any browser.

The words are English templates marked with ``QT_TRANSLATE_NOOP("Report", ...)``; the
GUI passes ``translate`` (``QCoreApplication.translate`` with context ``"Report"``), the
command line keeps English. Qt-free, and torch-free.
"""

from __future__ import annotations

import base64
import html
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from .i18n import QT_TRANSLATE_NOOP

CONTEXT = "Report"
Translate = Callable[[str], str]

T_TITLE = QT_TRANSLATE_NOOP("Report", "{project}: how well the model does")
T_SUBTITLE_TEST = QT_TRANSLATE_NOOP("Report", "Model {run}, checked on {count} test pictures it never learned from.")
T_SUBTITLE_VAL = QT_TRANSLATE_NOOP("Report", "Model {run}, checked on {count} validation pictures (there are no test pictures).")
T_MADE = QT_TRANSLATE_NOOP("Report", "Made with Lepton Studio {version} on {date}.")
T_ACCURACY = QT_TRANSLATE_NOOP("Report", "Accuracy")
T_ACCURACY_HELP = QT_TRANSLATE_NOOP("Report", "Share of pictures given the right class.")
T_BALANCED = QT_TRANSLATE_NOOP("Report", "Balanced accuracy")
T_BALANCED_HELP = QT_TRANSLATE_NOOP("Report", "The average of the classes' recall: every class counts the same, however many pictures it has.")
T_MISTAKES = QT_TRANSLATE_NOOP("Report", "Wrong answers")
T_MISTAKES_HELP = QT_TRANSLATE_NOOP("Report", "Pictures given the wrong class.")
T_CONFUSED = QT_TRANSLATE_NOOP("Report", "Most often confused")
T_CONFUSED_ROW = QT_TRANSLATE_NOOP("Report", "{true} taken for {predicted}: {count} of {total} pictures")
T_NONE_CONFUSED = QT_TRANSLATE_NOOP("Report", "No picture was given the wrong class.")
T_CONFUSION = QT_TRANSLATE_NOOP("Report", "Confusion matrix")
T_CONFUSION_HELP = QT_TRANSLATE_NOOP("Report", "Each row is the true class, each column the class the model chose. The diagonal holds the right answers; the percentage is of the row.")
T_TRUE_PREDICTED = QT_TRANSLATE_NOOP("Report", "True ↓ / Predicted →")
T_PER_CLASS = QT_TRANSLATE_NOOP("Report", "Per class")
T_CLASS = QT_TRANSLATE_NOOP("Report", "Class")
T_PRECISION = QT_TRANSLATE_NOOP("Report", "Precision")
T_RECALL = QT_TRANSLATE_NOOP("Report", "Recall")
T_F1 = QT_TRANSLATE_NOOP("Report", "F1")
T_PICTURES = QT_TRANSLATE_NOOP("Report", "Pictures")
T_PER_CLASS_HELP = QT_TRANSLATE_NOOP("Report", "Precision: of the pictures the model put in a class, the share that belong there. Recall: of a class's pictures, the share the model found. F1 combines the two.")
T_CURVES = QT_TRANSLATE_NOOP("Report", "Training")
T_CURVES_HELP = QT_TRANSLATE_NOOP("Report", "How loss and accuracy changed, epoch by epoch, on the training and the validation pictures.")
T_NO_CURVES = QT_TRANSLATE_NOOP("Report", "This run has no training history.")
T_LOSS = QT_TRANSLATE_NOOP("Report", "Loss")
T_EPOCH = QT_TRANSLATE_NOOP("Report", "Epoch")
T_TRAINING = QT_TRANSLATE_NOOP("Report", "training")
T_VALIDATION = QT_TRANSLATE_NOOP("Report", "validation")
T_EXAMPLES = QT_TRANSLATE_NOOP("Report", "Examples")
T_EXAMPLES_HELP = QT_TRANSLATE_NOOP("Report", "The model's most confident mistakes first, then some pictures it got right.")
T_TRUE_IS = QT_TRANSLATE_NOOP("Report", "True: {label}")
T_PREDICTED_IS = QT_TRANSLATE_NOOP("Report", "Model: {label} ({probability})")
T_UNSURE = QT_TRANSLATE_NOOP("Report", "Not sure")
T_CONFIDENCE = QT_TRANSLATE_NOOP("Report", "Confidence")
T_CONFIDENCE_HELP = QT_TRANSLATE_NOOP("Report", "After training, the model's confidence was calibrated on the validation pictures (temperature scaling), so that an answer given with 80% confidence is right about 80% of the time. Below the threshold the model answers “Not sure — none of the classes?”.")
T_ECE = QT_TRANSLATE_NOOP("Report", "Calibration error")
T_ECE_HELP = QT_TRANSLATE_NOOP("Report", "The average gap between confidence and the share of right answers (lower is better): before → after calibration.")
T_TEMPERATURE = QT_TRANSLATE_NOOP("Report", "Temperature")
T_TEMPERATURE_HELP = QT_TRANSLATE_NOOP("Report", "Above 1: the model was too sure of itself and its confidence is toned down; below 1: the opposite.")
T_SET_ASIDE = QT_TRANSLATE_NOOP("Report", "Not sure")
T_SET_ASIDE_HELP = QT_TRANSLATE_NOOP("Report", "Pictures answered “Not sure — none of the classes?”: confidence below {threshold}.")
T_NOT_CALIBRATED = QT_TRANSLATE_NOOP("Report", "This model was trained before Lepton Studio calibrated its models: its confidence is shown as it is and it never answers “not sure”.")
T_RELIABILITY = QT_TRANSLATE_NOOP("Report", "Reliability")
T_RIGHT_ANSWERS = QT_TRANSLATE_NOOP("Report", "Right answers")
T_BEFORE = QT_TRANSLATE_NOOP("Report", "before calibration")
T_AFTER = QT_TRANSLATE_NOOP("Report", "after calibration")

CURVE_COLOURS = ("#2f6fdb", "#e07b28")
RELIABILITY_COLOURS = ("#d64036", "#2f6fdb")  # before, after calibration
EXAMPLE_PX = 128


def english(text: str) -> str:
    return text


@dataclass(frozen=True)
class Example:
    """One picture for the report: its PNG bytes and what the model said."""

    path: str
    true: int
    predicted: int
    confidence: float
    png: bytes


def thumbnail_png(path: str | os.PathLike[str], px: int = EXAMPLE_PX) -> bytes | None:
    """A small PNG of ``path`` decoded by the app's own decoder, or None if unreadable."""
    from PIL import Image

    from .data.decode import DecodeError, load_image

    try:
        picture = load_image(path, "rgb", target_size=px)
    except DecodeError:
        return None
    picture.thumbnail((px, px), Image.Resampling.BILINEAR)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def pick_examples(evaluation, mistakes: int = 6, correct: int = 4,
                  px: int = EXAMPLE_PX) -> list[Example]:
    """The most confident mistakes, then the most confident right answers."""
    rows = list(evaluation.misclassified())[:mistakes]
    predictions = evaluation.predictions
    right = np.nonzero(predictions == evaluation.labels)[0]
    confidence = evaluation.probabilities.max(axis=1) if len(evaluation.probabilities) else []
    for index in sorted(right.tolist(), key=lambda i: -float(confidence[i]))[:correct]:
        rows.append((evaluation.paths[index], int(evaluation.labels[index]),
                     int(predictions[index]), float(confidence[index])))
    examples = []
    for path, true, predicted, probability in rows:
        png = thumbnail_png(path, px)
        if png is not None:
            examples.append(Example(path, true, predicted, probability, png))
    return examples


def render_report(evaluation, project_name: str, run=None, examples: Sequence[Example] = (),
                  translate: Translate = english, language: str = "en",
                  created: datetime | None = None) -> str:
    """The whole report as one HTML document (a string)."""
    from .. import __version__

    tr = translate
    e = html.escape
    metrics = evaluation.metrics
    names = list(evaluation.class_names)
    total = int(metrics.confusion.sum())
    wrong = total - int(np.trace(metrics.confusion))
    run_name = (getattr(run, "name", "") or getattr(run, "id", "")) if run else evaluation.run_id
    subtitle = tr(T_SUBTITLE_TEST) if evaluation.split == "test" else tr(T_SUBTITLE_VAL)
    created = created or datetime.now(timezone.utc)
    title = _fill(tr(T_TITLE), project=project_name)

    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(language)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{_STYLE}</style></head><body><main>",
        f"<h1>{e(title)}</h1>",
        f'<p class="sub">{e(_fill(subtitle, run=run_name, count=total))}</p>',
        '<section class="cards">',
        _card(tr(T_ACCURACY), _percent(metrics.accuracy), tr(T_ACCURACY_HELP), "accuracy"),
        _card(tr(T_BALANCED), _percent(metrics.balanced_accuracy), tr(T_BALANCED_HELP),
              "balanced-accuracy"),
        _card(tr(T_MISTAKES), f"{wrong} / {total}", tr(T_MISTAKES_HELP), "mistakes"),
        "</section>",
        f"<h2>{e(tr(T_CONFUSED))}</h2>",
        _confused_list(metrics, names, tr),
        f"<h2>{e(tr(T_CONFUSION))}</h2>",
        f'<p class="help">{e(tr(T_CONFUSION_HELP))}</p>',
        confusion_table_html(_confusion_for(evaluation), names, tr(T_TRUE_PREDICTED),
                             tr(T_UNSURE)),
        f"<h2>{e(tr(T_PER_CLASS))}</h2>",
        f'<p class="help">{e(tr(T_PER_CLASS_HELP))}</p>',
        _per_class_table(metrics, tr),
        f"<h2>{e(tr(T_CONFIDENCE))}</h2>",
        f'<p class="help">{e(tr(T_CONFIDENCE_HELP))}</p>',
        _confidence(evaluation, tr),
        f"<h2>{e(tr(T_CURVES))}</h2>",
        f'<p class="help">{e(tr(T_CURVES_HELP))}</p>',
        _curves(getattr(run, "history", None) or [], tr),
    ]
    if examples:
        parts += [f"<h2>{e(tr(T_EXAMPLES))}</h2>",
                  f'<p class="help">{e(tr(T_EXAMPLES_HELP))}</p>',
                  _examples(examples, names, tr)]
    parts += [f'<footer>{e(_fill(tr(T_MADE), version=__version__, date=created.date().isoformat()))}'
              "</footer></main></body></html>"]
    return "\n".join(parts) + "\n"


def write_report(path: str | os.PathLike[str], evaluation, project_name: str, run=None,
                 examples: Sequence[Example] | None = None, translate: Translate = english,
                 language: str = "en") -> Path:
    """Write the report to ``path`` (atomically); example pictures are picked when
    ``examples`` is None. Raises ``LeptonError`` (disk_full / file_unwritable)."""
    from . import problems as P
    from .atomic import atomic_write_bytes
    from .problems import LeptonError

    if examples is None:
        examples = pick_examples(evaluation)
    text = render_report(evaluation, project_name, run, examples, translate, language)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise LeptonError(P.FILE_UNWRITABLE, path=str(path)) from None
    atomic_write_bytes(path, text.encode("utf-8"))
    return path


# --- pieces ----------------------------------------------------------------------------------

def _fill(template: str, **values: Any) -> str:
    """``str.format`` that keeps a broken translation's text instead of failing."""
    from .problems import format_template

    return format_template(template, values)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def _card(label: str, value: str, help_text: str, key: str) -> str:
    e = html.escape
    return (f'<div class="card" id="{key}"><div class="label">{e(label)}</div>'
            f'<div class="value">{e(value)}</div><div class="help">{e(help_text)}</div></div>')


def _confused_list(metrics, names: list[str], tr: Translate) -> str:
    pairs = metrics.most_confused(5)
    if not pairs:
        return f"<p>{html.escape(tr(T_NONE_CONFUSED))}</p>"
    support = metrics.confusion.sum(axis=1)
    rows = [_fill(tr(T_CONFUSED_ROW), true=names[t], predicted=names[p], count=n,
                                      total=int(support[t])) for t, p, n in pairs]
    return "<ul>" + "".join(f"<li>{html.escape(r)}</li>" for r in rows) + "</ul>"


def _confusion_for(evaluation) -> np.ndarray:
    """The matrix with its "not sure" column when the run has a threshold."""
    if getattr(evaluation, "threshold", None) is None:
        return evaluation.metrics.confusion
    return evaluation.confusion_with_unsure()


def confusion_table_html(confusion: np.ndarray, names: list[str], corner: str,
                         unsure: str = "Not sure") -> str:
    """The matrix as a table; cell colour grows with the share of its row. A matrix with
    one column more than rows has a last "not sure" column (amber)."""
    e = html.escape
    confusion = np.asarray(confusion)
    rows_total = confusion.sum(axis=1)
    columns = confusion.shape[1] if confusion.ndim == 2 else len(names)
    head = "".join(f'<th scope="col">{e(n)}</th>' for n in names)
    if columns > len(names):
        head += f'<th scope="col" class="unsure">{e(unsure)}</th>'
    body = []
    for t, name in enumerate(names):
        cells = []
        for p in range(columns):
            count = int(confusion[t, p])
            share = count / rows_total[t] if rows_total[t] else 0.0
            hue = "222,150,30" if p >= len(names) else "47,111,219" if t == p else "219,68,55"
            colour = f"rgba({hue},{0.08 + 0.8 * share:.2f})" if count else "transparent"
            ink = "#fff" if share > 0.55 else "inherit"
            cells.append(f'<td style="background:{colour};color:{ink}">{count}'
                         f'<span class="pct">{share * 100:.0f}%</span></td>')
        body.append(f'<tr><th scope="row">{e(name)}</th>{"".join(cells)}</tr>')
    return (f'<div class="scroll"><table class="confusion"><thead><tr><th class="corner">'
            f'{e(corner)}</th>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>')


def _confidence(evaluation, tr: Translate) -> str:
    """Cards (calibration error before → after, temperature, not sure) and the diagram."""
    calibration = getattr(evaluation, "calibration", None)
    if calibration is None or not calibration.fitted:
        return f"<p>{html.escape(tr(T_NOT_CALIBRATED))}</p>"
    figures = evaluation.calibration_figures()
    unsure = int(evaluation.unsure().sum())
    cards = [
        _card(tr(T_ECE), f"{_percent(figures['ece_before'])} → {_percent(figures['ece_after'])}",
              tr(T_ECE_HELP), "calibration-error"),
        _card(tr(T_TEMPERATURE), f"{calibration.temperature:.2f}", tr(T_TEMPERATURE_HELP),
              "temperature"),
        _card(tr(T_SET_ASIDE), f"{unsure} / {len(evaluation.labels)}",
              _fill(tr(T_SET_ASIDE_HELP), threshold=_percent(calibration.threshold)), "not-sure"),
    ]
    chart = reliability_svg(tr(T_RELIABILITY), tr(T_CONFIDENCE), tr(T_RIGHT_ANSWERS),
                            [(tr(T_BEFORE), figures["reliability_before"]),
                             (tr(T_AFTER), figures["reliability_after"])])
    return f'<section class="cards">{"".join(cards)}</section><div class="charts">{chart}</div>'


def reliability_svg(title: str, x_label: str, y_label: str, series, width: int = 440,
                    height: int = 280) -> str:
    """Bars of the share of right answers per confidence band, one colour per series,
    and the diagonal of honest confidence; inline SVG, styles as attributes."""
    e = html.escape
    left, right, top, bottom = 52, 14, 34, 42
    plot_w, plot_h = width - left - right, height - top - bottom
    bins = max((len(b) for _, b in series), default=10) or 10
    band = plot_w / bins
    tick_style = f'{_FONT} font-size="11" fill="{_MUTED}"'
    out = _chart_start(title, width, height, left)
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - tick)
        x = left + plot_w * tick
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" '
                   f'stroke="{_GRID}" stroke-width="1"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" {tick_style}>'
                   f'{tick * 100:.0f}%</text>'
                   f'<text x="{x:.1f}" y="{top + plot_h + 16}" text-anchor="middle" {tick_style}>'
                   f'{tick * 100:.0f}%</text>')
    width_each = band * 0.8 / max(len(series), 1)
    for index, (name, values) in enumerate(series):
        colour = RELIABILITY_COLOURS[index % len(RELIABILITY_COLOURS)]
        for i, b in enumerate(values):
            if not b.count:
                continue
            h = plot_h * b.accuracy
            x = left + i * band + band * 0.1 + index * width_each
            out.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{width_each:.1f}" '
                       f'height="{h:.1f}" fill="{colour}" fill-opacity="0.8"><title>{b.count}</title></rect>')
        lx = left + 8 + index * 170
        out.append(f'<rect x="{lx}" y="{top + 6}" width="12" height="8" fill="{colour}"/>'
                   f'<text x="{lx + 16}" y="{top + 14}" {tick_style}>{e(name)}</text>')
    out.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top}" '
               f'stroke="{_MUTED}" stroke-width="1" stroke-dasharray="4 3"/>')
    out.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" '
               f'stroke="{_FRAME}" stroke-width="1"/>')
    out.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle" '
               f'{tick_style}>{e(x_label)}</text>')
    out.append(f'<text x="12" y="{top + plot_h / 2:.1f}" text-anchor="middle" {tick_style} '
               f'transform="rotate(-90 12 {top + plot_h / 2:.1f})">{e(y_label)}</text>')
    out.append("</svg>")
    return "".join(out)


def _per_class_table(metrics, tr: Translate) -> str:
    e = html.escape
    head = "".join(f"<th>{e(tr(t))}</th>" for t in (T_CLASS, T_PRECISION, T_RECALL, T_F1,
                                                     T_PICTURES))
    rows = "".join(
        f"<tr><th scope=\"row\">{e(c.name)}</th><td>{_percent(c.precision)}</td>"
        f"<td>{_percent(c.recall)}</td><td>{_percent(c.f1)}</td><td>{c.support}</td></tr>"
        for c in metrics.per_class)
    return f'<div class="scroll"><table class="per-class"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'


def _series(history: list[dict[str, Any]], key: str) -> list[float | None]:
    values = []
    for row in history:
        value = row.get(key)
        values.append(float(value) if isinstance(value, (int, float)) and np.isfinite(value) else None)
    return values


def _curves(history: list[dict[str, Any]], tr: Translate) -> str:
    if not history:
        return f"<p>{html.escape(tr(T_NO_CURVES))}</p>"
    epochs = [int(row.get("epoch", i + 1)) for i, row in enumerate(history)]
    loss = line_chart_svg(tr(T_LOSS), tr(T_EPOCH), epochs,
                          [(tr(T_TRAINING), _series(history, "train_loss")),
                           (tr(T_VALIDATION), _series(history, "val_loss"))])
    accuracy = line_chart_svg(tr(T_ACCURACY), tr(T_EPOCH), epochs,
                              [(tr(T_TRAINING), _series(history, "train_accuracy")),
                               (tr(T_VALIDATION), _series(history, "val_accuracy"))],
                              percent=True)
    return f'<div class="charts">{loss}{accuracy}</div>'


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values from ``low`` up to the first one at or above ``high``."""
    if high <= low:
        high = low + 1.0
    raw = (high - low) / count
    magnitude = 10 ** np.floor(np.log10(raw))
    step = min((m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw),
               default=10 * magnitude)
    value = float(np.floor(low / step) * step)
    ticks = [round(value, 10)]
    while ticks[-1] < high - step * 1e-6:
        value += step
        ticks.append(round(value, 10))
    return ticks


_INK, _MUTED, _GRID, _FRAME = "#1d2330", "#5b6475", "#eceef2", "#c7ccd6"
_FONT = 'font-family="system-ui, sans-serif"'


def _chart_start(title: str, width: int, height: int, left: int) -> list[str]:
    """The opening of every chart: the svg element, a white ground and the title."""
    e = html.escape
    return [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="{e(title)}">',
            f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
            f'<text x="{left}" y="20" {_FONT} font-size="13" font-weight="600" '
            f'fill="{_INK}">{e(title)}</text>']


def line_chart_svg(title: str, x_label: str, xs: Sequence[int],
                   series: Sequence[tuple[str, Sequence[float | None]]], percent: bool = False,
                   width: int = 440, height: int = 260) -> str:
    """A small line chart as inline SVG: one polyline per series, axes, ticks, legend.

    Styles are attributes, not CSS, so the chart looks the same wherever it is opened."""
    e = html.escape
    left, right, top, bottom = 52, 14, 34, 42
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for _, ys in series for v in ys if v is not None]
    if percent:
        low, high = 0.0, 1.0
    else:
        low = min(0.0, min(values)) if values else 0.0
        high = max(values) * 1.05 if values else 1.0
    ticks = _nice_ticks(low, high)
    low, high = ticks[0], ticks[-1]
    x_low, x_high = (min(xs), max(xs)) if xs else (0, 1)
    x_span = max(x_high - x_low, 1)

    def sx(x: float) -> float:
        return left + (x - x_low) / x_span * plot_w

    def sy(y: float) -> float:
        return top + plot_h - (y - low) / (high - low) * plot_h

    tick_style = f'{_FONT} font-size="11" fill="{_MUTED}"'
    out = _chart_start(title, width, height, left)
    for tick in ticks:
        y = sy(tick)
        label = f"{tick * 100:.0f}%" if percent else f"{tick:g}"
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" '
                   f'stroke="{_GRID}" stroke-width="1"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" {tick_style}>{label}</text>')
    x_ticks = sorted(set(np.linspace(x_low, x_high, min(len(xs), 6) or 1).round().astype(int).tolist()))
    for tick in x_ticks:
        out.append(f'<text x="{sx(tick):.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                   f'{tick_style}>{tick}</text>')
    out.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle" '
               f'{tick_style}>{e(x_label)}</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" '
               f'stroke="{_FRAME}" stroke-width="1"/>')
    legend_w = [16 + sum(11 if ord(ch) > 0x2E80 else 7 for ch in name) + 12 for name, _ in series]
    legend_x = left + plot_w - sum(legend_w)
    for index, (name, ys) in enumerate(series):
        colour = CURVE_COLOURS[index % len(CURVE_COLOURS)]
        points = [(sx(x), sy(y)) for x, y in zip(xs, ys) if y is not None]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y in points if len(points) <= 40 else []:
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}"/>')
        out.append(f'<rect x="{legend_x}" y="12" width="12" height="3" fill="{colour}"/>'
                   f'<text x="{legend_x + 16}" y="18" {tick_style}>{e(name)}</text>')
        legend_x += legend_w[index]
    out.append("</svg>")
    return "".join(out)


def _examples(examples: Sequence[Example], names: list[str], tr: Translate) -> str:
    e = html.escape
    figures = []
    for ex in examples:
        data = base64.b64encode(ex.png).decode("ascii")
        status = "right" if ex.true == ex.predicted else "wrong"
        true_text = _fill(tr(T_TRUE_IS), label=names[ex.true])
        said = _fill(tr(T_PREDICTED_IS), label=names[ex.predicted],
                                         probability=_percent(ex.confidence))
        figures.append(f'<figure class="{status}"><img src="data:image/png;base64,{data}" '
                       f'alt="{e(Path(ex.path).name)}"><figcaption>{e(true_text)}<br>'
                       f'<b>{e(said)}</b></figcaption></figure>')
    return f'<div class="examples">{"".join(figures)}</div>'


_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;
margin:0;background:#f6f7f9;color:#1d2330}
main{max-width:980px;margin:0 auto;padding:28px 24px 40px;background:#fff}
h1{font-size:1.7em;margin:0 0 4px}h2{font-size:1.2em;margin:28px 0 6px}
.sub,.help{color:#5b6475}.help{font-size:.92em;margin:2px 0 10px}
.cards{display:flex;flex-wrap:wrap;gap:14px;margin-top:18px}
.card{flex:1 1 200px;border:1px solid #dde1e8;border-radius:8px;padding:12px 14px}
.card .label{font-weight:600}.card .value{font-size:2em;font-weight:700;margin:4px 0}
.card .help{margin:0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
th,td{border:1px solid #dde1e8;padding:6px 10px;text-align:right}
th{background:#f1f3f6;text-align:left}
table.confusion td{min-width:56px;text-align:center}
table.confusion .pct{display:block;font-size:.78em;opacity:.85}
th.corner{font-weight:400;font-size:.85em;color:#5b6475}
.charts{display:flex;flex-wrap:wrap;gap:12px}
svg.chart{max-width:100%;height:auto;border:1px solid #dde1e8;border-radius:6px}
.examples{display:flex;flex-wrap:wrap;gap:12px}
figure{margin:0;width:148px;font-size:.85em}
figure img{width:128px;height:128px;object-fit:contain;background:#eef0f3;border-radius:4px;
border:3px solid #2e9d55;display:block}
figure.wrong img{border-color:#d64036}
footer{margin-top:32px;color:#8a92a3;font-size:.85em}
"""
