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
    assert f"{report.parity.max_abs_diff:.1e}" in parity_text
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
    assert page.quant_label.isVisibleTo(page)
    assert f"{quant.size_ratio * 100:.0f}%" in text
    assert f"{quant.float_accuracy * 100:.1f}%" in text and "test pictures" in text
    assert (tmp_path / "int8" / "model.int8.onnx").is_file()
