"""The HTML report: written, self-contained, and holding the metrics it claims."""

import base64
import re

import numpy as np
from PIL import Image

from lepton_studio.core.evaluation import Evaluation, compute_metrics
from lepton_studio.core.project import RunRecord
from lepton_studio.core.report import line_chart_svg, pick_examples, render_report, write_report

NAMES = ["cat", "dog", "<b>fox</b>"]


def evaluation(tmp_path):
    labels = np.array([0, 0, 0, 1, 1, 2, 2, 2])
    predicted = np.array([0, 0, 1, 1, 1, 0, 1, 0])
    probabilities = np.full((8, 3), 0.1)
    probabilities[np.arange(8), predicted] = 0.8
    probabilities[2, 1] = 0.7  # a less confident mistake
    paths = []
    for index in range(8):
        path = tmp_path / f"p{index}.png"
        Image.fromarray(np.full((20, 30, 3), index * 30, np.uint8)).save(path)
        paths.append(str(path))
    return Evaluation("run-2", "test", NAMES, paths, labels, probabilities,
                      compute_metrics(labels, predicted, NAMES))


def run_record():
    history = [{"epoch": e, "train_loss": 1.0 / e, "val_loss": 1.2 / e,
                "train_accuracy": 0.5 + e / 20, "val_accuracy": 0.45 + e / 25}
               for e in range(1, 6)]
    return RunRecord(id="run-2", name="Second try", history=history)


def test_report_file_is_written_and_contains_the_metrics(tmp_path):
    ev = evaluation(tmp_path)
    out = write_report(tmp_path / "out" / "report.html", ev, "Pets", run_record())
    text = out.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "50.0%" in text  # accuracy 4/8
    assert "55.6%" in text  # balanced accuracy 5/9
    assert "4 / 8" in text  # wrong answers
    assert "Second try" in text and "Pets" in text
    # confusion cells in row order, with row percentages
    cells = re.findall(r'<td style="[^"]*">(\d+)<span class="pct">(\d+)%</span></td>', text)
    assert [int(c) for c, _ in cells] == [2, 1, 0, 0, 2, 0, 2, 1, 0]
    assert [int(p) for _, p in cells][:3] == [67, 33, 0]
    # per-class table: cat precision 50%, recall 66.7%, F1 57.1%
    assert re.search(r"cat</th><td>50\.0%</td><td>66\.7%</td><td>57\.1%</td><td>3</td>", text)
    # class names are escaped, never markup
    assert "<b>fox</b>" not in text and "&lt;b&gt;fox&lt;/b&gt;" in text
    # training curves inline, two charts with a polyline per series
    assert text.count("<svg") == 2 and text.count("<polyline") == 4
    # example pictures inline, decodable PNGs, mistakes first
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', text)
    assert len(images) >= 4
    assert base64.b64decode(images[0]).startswith(b"\x89PNG")
    assert text.index('figure class="wrong"') < text.index('figure class="right"')
    assert "<script" not in text and "http://" not in text.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")


def test_report_uses_the_translation_function(tmp_path):
    ev = evaluation(tmp_path)
    text = render_report(ev, "Pets", run_record(), [], translate=lambda s: "«" + s + "»",
                         language="de")
    assert '<html lang="de">' in text
    assert "«Confusion matrix»" in text and "«Pets: how well the model does»" in text


def test_report_without_history_or_mistakes(tmp_path):
    ev = evaluation(tmp_path)
    ev.probabilities = np.eye(3)[ev.labels] * 0.9 + 0.05
    ev.metrics = compute_metrics(ev.labels, ev.labels, NAMES)
    text = render_report(ev, "Pets", RunRecord(id="run-1"), [])
    assert "100.0%" in text
    assert "No picture was given the wrong class." in text
    assert "This run has no training history." in text and "<svg" not in text


def test_examples_skip_unreadable_files(tmp_path):
    ev = evaluation(tmp_path)
    (tmp_path / "p2.png").write_bytes(b"not a picture")
    examples = pick_examples(ev, mistakes=6, correct=2)
    assert all(ex.path != str(tmp_path / "p2.png") for ex in examples)
    wrong = [ex for ex in examples if ex.true != ex.predicted]
    assert [ex.confidence for ex in wrong] == sorted((ex.confidence for ex in wrong), reverse=True)
    assert len(examples) == 3 + 2  # 4 mistakes minus the unreadable one, 2 right answers


def test_chart_handles_missing_values():
    svg = line_chart_svg("Loss", "Epoch", [1, 2, 3], [("a", [1.0, None, 0.5]), ("b", [None] * 3)])
    assert svg.startswith("<svg") and svg.count("<polyline") == 1


def test_report_shows_calibration_and_the_not_sure_column(tmp_path):
    from lepton_studio.core.calibration import Calibration

    ev = evaluation(tmp_path)
    ev.raw_probabilities = ev.probabilities ** 3 / (ev.probabilities ** 3).sum(1, keepdims=True)
    ev.calibration = Calibration(temperature=1.5, threshold=0.75, suggested_threshold=0.75,
                                 images=40)
    text = render_report(ev, "Pets", run_record())
    assert ev.unsure().sum() == 1  # picture 2, answered at 70 %
    cells = re.findall(r'<td style="[^"]*">(\d+)<span class="pct">(\d+)%</span></td>', text)
    # four columns now: row "cat" is 2 right, the 70 % mistake set aside as not sure
    assert [int(c) for c, _ in cells][:4] == [2, 0, 0, 1]
    assert 'class="unsure">Not sure' in text
    figures = ev.calibration_figures()
    assert f"{figures['ece_before'] * 100:.1f}% → {figures['ece_after'] * 100:.1f}%" in text
    assert ">1.50<" in text and "1 / 8" in text and "<svg" in text and "Reliability" in text


def test_report_of_an_uncalibrated_run_says_so(tmp_path):
    text = render_report(evaluation(tmp_path), "Pets", run_record())
    assert "before Lepton Studio calibrated" in text
    assert 'class="unsure"' not in text
