"""The Export step: an ONNX export of a tiny project, with its check and files shown."""

import json

from PySide6.QtCore import QUrl

WAIT_MS = 180_000


def open_export(window, project):
    window.document.set_project(project)
    window.go_to("export")
    return window.page("export")


def test_onnx_export_runs_and_shows_the_check(window, qtbot, trained, tmp_path, monkeypatch):
    page = open_export(window, trained)
    assert page.runs.current_run_id() == trained.runs[0].id
    assert page.folder_edit.text().endswith("ONNX")  # a suggested folder
    page.set_format("onnx")
    target = tmp_path / "exports" / "light onnx"
    page.folder_edit.setText(str(target))
    page.start_export()
    assert page.cancel_button.isVisibleTo(page) and not page.export_button.isVisibleTo(page)
    assert not page.format_box.isEnabled()
    qtbot.waitUntil(lambda: page.report is not None or page.failed, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)
    assert not page.failed
    report = page.report
    assert report.parity.passed and report.parity.images > 0
    assert page.result_box.isVisibleTo(page)
    parity_text = page.parity_label.text()
    assert f"{report.parity.same_top1 + report.parity.ties} of {report.parity.images}" in parity_text
    from lepton_studio.gui.numbers import plain_number

    assert plain_number(report.parity.max_abs_diff, 2) in parity_text
    assert "e-" not in parity_text  # plain digits, never "1.0e-07" (issue #22)
    shown = [page.files.item(i).text().split()[0] for i in range(page.files.count())]
    assert "model.onnx" in shown and "labels.txt" in shown and "predict.py" in shown
    assert (target / "model.onnx").is_file()
    manifest = json.loads((target / "manifest.json").read_text("utf-8"))
    assert manifest["run"]["id"] == trained.runs[0].id
    assert page.export_button.isVisibleTo(page) and page.format_box.isEnabled()

    opened = []
    monkeypatch.setattr("lepton_studio.gui.pages.export_page.QDesktopServices.openUrl",
                        lambda url: opened.append(url))
    page.open_folder()
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_quantisation_is_offered_for_onnx_only(window, trained):
    page = open_export(window, trained)
    page.set_format("onnx")
    assert page.quantize.isEnabled()
    page.quantize.setChecked(True)
    page.set_format("bundle")
    assert not page.quantize.isEnabled() and not page.quantize.isChecked()
    assert page.folder_edit.text().endswith("bundle")
    page.folder_edit.setText("/somewhere/else")
    page.folder_edit.textEdited.emit("/somewhere/else")
    page.set_format("torchscript")
    assert page.folder_edit.text() == "/somewhere/else"  # the user's choice is kept


def test_a_refused_export_is_explained(window, qtbot, trained, tmp_path, problems):
    page = open_export(window, trained)
    target = tmp_path / "busy"
    target.mkdir()
    (target / "holiday.jpg").write_bytes(b"someone else's file")
    page.folder_edit.setText(str(target))
    page.start_export()
    qtbot.waitUntil(lambda: page.failed, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)
    assert [p.code for p in problems] == ["export_folder_not_empty"]
    assert not page.result_box.isVisibleTo(page)
    assert (target / "holiday.jpg").read_bytes() == b"someone else's file"


def test_without_a_trained_run_export_is_not_offered(window):
    window.controller.new_project("Empty", "small-cnn")
    page = window.page("export")
    window.go_to("export")
    assert not page.export_button.isEnabled()
    assert page.empty_label.isVisibleTo(page)


def test_int8_export_shows_size_and_accuracy(window, qtbot, trained, tmp_path):
    page = open_export(window, trained)
    page.set_format("onnx")
    page.quantize.setChecked(True)
    page.folder_edit.setText(str(tmp_path / "int8"))
    page.start_export()
    qtbot.waitUntil(lambda: page.report is not None or page.failed, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)
    quant = page.report.quantization
    assert quant is not None  # (a model this tiny may even grow: QDQ nodes cost bytes)
    text = page.quant_label.text()
    assert page.quant_label.isVisibleTo(page) and page.int8_verdict.isVisibleTo(page)
    assert f"{quant.size_ratio * 100:.0f}%" in text
    verdict = page.int8_verdict.text()
    assert f"{quant.accuracy_change * 100:+.1f} points" in verdict
    assert f"{quant.float_accuracy * 100:.1f} %" in verdict and "test pictures" in verdict
    assert (tmp_path / "int8" / "model.int8.onnx").is_file()
    manifest = json.loads((tmp_path / "int8" / "manifest.json").read_text("utf-8"))
    assert manifest["default_model"] == quant.default
    assert ("Warning" in verdict) == quant.loses_too_much


def int8_report(folder, float_accuracy, int8_accuracy):
    from lepton_studio.core.export import ExportReport, ParityCheck, QuantizationCheck
    from lepton_studio.core.export.verify import choose_default_model

    quant = choose_default_model(QuantizationCheck(
        "static", 1_000_000, 260_000, 200, "test", 400, float_accuracy, int8_accuracy, 300, 0.2))
    return ExportReport("onnx", str(folder), "model.onnx", "run-1", "dynamo", 18,
                        ParityCheck(40, "validation", 1e-7, 40, 0), ["model.onnx"], quant)


def test_a_large_int8_loss_is_shown_as_a_warning_and_int8_is_not_the_default(window, trained,
                                                                               tmp_path):
    page = open_export(window, trained)
    page.show_report(int8_report(tmp_path, 0.831, 0.629))
    verdict = page.int8_verdict.text()
    assert page.int8_verdict.isVisibleTo(page) and page.report.quantization.default == "float"
    assert "-20.2 points" in verdict and "83.1 %" in verdict and "62.9 %" in verdict
    assert "Warning" in verdict and "--int8" in verdict
    page.grab().save(str(tmp_path / "int8-warning.png"))
    page.show_report(int8_report(tmp_path, 0.831, 0.823))  # -0.8 points: within one
    verdict = page.int8_verdict.text()
    assert page.report.quantization.default == "int8"
    assert "-0.8 points" in verdict and "Warning" not in verdict and "--float" in verdict


def test_the_int8_method_is_said_and_why_dynamic_when_it_is(window, trained, tmp_path):
    from dataclasses import replace

    page = open_export(window, trained)
    report = int8_report(tmp_path, 0.831, 0.823)
    page.show_report(report)
    assert "Static int8, calibrated on 200 training pictures." in page.quant_label.text()
    dynamic = replace(report.quantization, method="dynamic", calibration_images=0,
                      fallback="no_training_pictures")
    page.show_report(replace(report, quantization=dynamic))
    text = page.quant_label.text()
    assert "Dynamic int8" in text and "training pictures are not on this computer" in text
    page.show_report(replace(report, quantization=replace(dynamic, fallback="static_failed")))
    assert "static int8 failed" in page.quant_label.text()
    page.grab().save(str(tmp_path / "int8-dynamic.png"))


def test_replacing_an_earlier_export_is_asked_first(window, qtbot, trained, tmp_path, monkeypatch):
    page = open_export(window, trained)
    page.set_format("bundle")
    target = tmp_path / "again"
    page.folder_edit.setText(str(target))
    asked = []
    monkeypatch.setattr(page, "ask_overwrite", lambda folder: asked.append(folder) or False)
    page.start_export()  # a new folder: nothing to ask
    qtbot.waitUntil(lambda: page.report is not None or page.failed, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)
    assert asked == [] and not page.failed
    first = (target / "manifest.json").read_text("utf-8")
    page.start_export()  # declined: nothing runs, nothing changes
    assert asked == [target] and not window.tasks.busy
    assert (target / "manifest.json").read_text("utf-8") == first
    monkeypatch.setattr(page, "ask_overwrite", lambda folder: asked.append(folder) or True)
    page.report = None
    page.start_export()
    qtbot.waitUntil(lambda: page.report is not None or page.failed, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)
    assert len(asked) == 2 and not page.failed
    assert json.loads((target / "manifest.json").read_text("utf-8"))["created"]


def test_a_registered_format_is_offered_and_exported(fake_export_format, window, qtbot, trained,
                                                     tmp_path):
    page = open_export(window, trained)
    assert list(page.format_buttons) == ["onnx", "torchscript", "bundle", "fake"]
    assert page.format_buttons["fake"].text() == "Fake format"
    assert page.format_help["fake"].text() == "Made up by a test."
    page.set_format("fake")
    assert page.folder_edit.text().endswith("FAKE") and not page.quantize.isEnabled()
    page.folder_edit.setText(str(tmp_path / "fake"))
    page.start_export()
    qtbot.waitUntil(lambda: page.report is not None or page.failed, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)
    assert not page.failed and page.report.format == "fake"
    assert (tmp_path / "fake" / "model.fake").is_file()


def test_compare_shows_both_models_side_by_side(window, qtbot, trained, tmp_path):
    page = open_export(window, trained)
    assert page.compare_button.isEnabled()
    page.start_compare()
    assert page.cancel_button.isVisibleTo(page) and not page.compare_button.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.comparison is not None or page.failed, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)
    assert not page.failed and page.compare_table.isVisibleTo(page)
    table = page.compare_table.table
    assert table.rowCount() == 2
    assert table.item(0, 0).text().startswith("Original (float)")
    assert "int8 (static)" in table.item(1, 0).text()
    for row, candidate in enumerate(page.comparison.candidates):
        assert candidate.bytes > 0 and candidate.latency_ms > 0
        assert table.item(row, 4).text().endswith("ms")
        assert table.item(row, 5).text() == f"{candidate.accuracy * 100:.1f}%"
    assert "test picture" in page.compare_table.note.text()
    page.grab().save(str(tmp_path / "compare.png"))


def test_compare_can_be_cancelled(window, qtbot, trained):
    page = open_export(window, trained)
    page.start_compare()
    page.cancel_export()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)
    assert page.comparison is None and not page.compare_table.isVisibleTo(page)
    assert page.stage_label.text() == "Comparison cancelled."
    assert page.compare_button.isVisibleTo(page) and page.compare_button.isEnabled()
