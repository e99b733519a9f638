"""The Evaluate step: metrics, the confusion matrix, mistakes, Grad-CAM, try it, report."""

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtTest import QTest

WAIT_MS = 60_000


def open_evaluate(window, qtbot, project):
    window.document.set_project(project)
    window.go_to("evaluate")
    page = window.page("evaluate")
    qtbot.waitUntil(lambda: page.evaluation is not None, timeout=WAIT_MS)
    return page


def wait_idle(window, qtbot):
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)


def test_metrics_match_the_core_and_a_cell_shows_its_pictures(window, qtbot, trained):
    from lepton_studio.core.evaluation import evaluate_run

    page = open_evaluate(window, qtbot, trained)
    expected = evaluate_run(trained, window.settings.image_cache_root())
    ev = page.evaluation
    assert ev.split == "test" and len(ev.paths) == 12  # every 4th of 24 per class -> 6 + 6
    assert page.results.accuracy.value.text() == f"{expected.metrics.accuracy * 100:.1f} %"
    assert page.results.balanced.value.text() == f"{expected.metrics.balanced_accuracy * 100:.1f} %"
    # the matrix has the "not sure" column of the run's calibrated threshold
    assert ev.threshold is not None and ev.threshold == expected.threshold
    assert np.array_equal(page.results.matrix.confusion, expected.confusion_with_unsure())
    assert page.results.matrix.confusion[:, :2].sum() + ev.unsure().sum() == len(ev.paths)
    assert page.results.table.rowCount() == 2
    assert page.results.table.item(0, 0).text() == "dark"  # class order, not sorted
    assert "12" in page.subtitle.text()
    wrong = len(ev.misclassified())
    assert wrong >= 2  # the two bright pictures labelled "dark"
    assert page.tabs.tabText(1).endswith(f"({wrong})")

    matrix = page.results.matrix
    confusion = matrix.confusion
    true, predicted = max(((t, p) for t in range(2) for p in range(2)),
                          key=lambda cell: confusion[cell])
    centre = matrix.cell_rect(true, predicted).center().toPoint()
    QTest.mouseClick(matrix, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert matrix.selected == (true, predicted)
    gallery = page.results.cell_gallery
    assert gallery.count() == confusion[true, predicted] > 0
    paths = {entry.path for entry in gallery.entries}
    expected_paths = {p for p, label, pred, unsure in zip(ev.paths, ev.labels, ev.predictions,
                                                          ev.unsure())
                      if label == true and pred == predicted and not unsure}
    assert paths == expected_paths
    qtbot.waitUntil(lambda: not gallery.item(0).icon().isNull(), timeout=WAIT_MS)
    # clicking outside the cells selects nothing new
    QTest.mouseClick(matrix, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(1, 1))
    assert matrix.selected == (true, predicted)
    wait_idle(window, qtbot)


def test_mistakes_list_is_sorted_and_opens_the_heat_map(window, qtbot, trained):
    page = open_evaluate(window, qtbot, trained)
    ev = page.evaluation
    mistakes = page.mistakes.gallery.entries
    assert len(mistakes) == len(ev.misclassified()) >= 2
    confidences = [ev.probabilities[e.data].max() for e in mistakes]
    assert confidences == sorted(confidences, reverse=True)
    assert all(ev.labels[e.data] != ev.predictions[e.data] for e in mistakes)
    page.mistakes.filter.setCurrentIndex(page.mistakes.filter.findData(1))  # true "bright"
    assert all(ev.labels[e.data] == 1 for e in page.mistakes.gallery.entries)
    page.mistakes.filter.setCurrentIndex(0)
    page.explain_file(ev.paths[0], true_label=int(ev.labels[0]))
    assert page.tabs.currentWidget() is page.explain
    qtbot.waitUntil(lambda: page.explain.result is not None, timeout=WAIT_MS)
    result = page.explain.result
    assert result.heat.shape == (24, 24) and 0.0 <= result.heat.min() <= result.heat.max() <= 1.0
    assert result.heat_class == int(np.argmax(result.probabilities))
    np.testing.assert_allclose(result.probabilities, ev.probabilities[0], atol=1e-5)
    assert page.explain.image.image is not None and not page.explain.image.image.isNull()

    other = 1 - result.heat_class
    page.explain.class_combo.setCurrentIndex(other)
    qtbot.waitUntil(lambda: page.explain.result.heat_class == other, timeout=WAIT_MS)
    before = page.explain.image.image.copy()
    page.explain.opacity.setValue(0)
    plain = page.explain.image.image
    assert plain != before  # opacity 0 shows the picture without the colours
    wait_idle(window, qtbot)


def test_try_it_on_a_dropped_file(window, qtbot, trained, tmp_path):
    from PIL import Image

    page = open_evaluate(window, qtbot, trained)
    photo = tmp_path / "new photo.jpg"
    Image.fromarray(np.full((50, 70, 3), 200, np.uint8)).save(photo)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    assert page.try_it.handle_drop(mime)
    assert page.tabs.currentWidget() is page.try_it
    qtbot.waitUntil(lambda: len(page.try_it.rows) == 1, timeout=WAIT_MS)
    row = page.try_it.rows[0]
    assert row.result.name == "new photo.jpg"
    assert row.result.probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    assert [name for name, _ in row.top] == sorted(
        ["dark", "bright"], key=lambda n: -row.result.probabilities[["dark", "bright"].index(n)])
    assert row.top[0][0] == "bright"  # a bright picture, a model trained on bright vs dark
    assert row.result.heat is not None and row.result.heat.shape == (24, 24)
    assert not row.picture.pixmap().isNull()

    # a folder with one picture and one broken file: the picture is tried, the file reported
    folder = tmp_path / "folder"
    folder.mkdir()
    Image.fromarray(np.full((30, 30, 3), 20, np.uint8)).save(folder / "dark.png")
    (folder / "broken.png").write_bytes(b"not a picture")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    page.try_it.handle_drop(mime)
    qtbot.waitUntil(lambda: len(page.try_it.rows) == 2 and bool(page.try_it.failures),
                    timeout=WAIT_MS)
    assert page.try_it.rows[1].top[0][0] == "dark"
    assert "broken.png" in page.try_it.failures[0][0]
    assert page.try_it.message.text()

    # clicking a row shows it in Explain
    page.try_it.rows[0].clicked.emit(page.try_it.rows[0].result)
    assert page.tabs.currentWidget() is page.explain
    assert page.explain.result.name == "new photo.jpg"
    assert not page.try_it.handle_drop(QMimeData())
    wait_idle(window, qtbot)


def test_report_is_written_with_the_metrics(window, qtbot, trained, tmp_path, monkeypatch):
    page = open_evaluate(window, qtbot, trained)
    target = tmp_path / "reports" / "light.html"
    monkeypatch.setattr(page, "ask_report_path", lambda: target)
    page.save_report()
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=WAIT_MS)
    text = target.read_text("utf-8")
    assert f"{page.evaluation.metrics.accuracy * 100:.1f}%" in text
    assert "Confusion matrix" in text and "dark" in text and "bright" in text
    assert "<svg" in text  # the run's training curves
    assert "data:image/png;base64," in text
    wait_idle(window, qtbot)


@pytest.mark.parametrize("status", ["not_installed", "no_camera"])
def test_camera_explains_when_it_cannot_be_used(window, qtbot, trained, monkeypatch, status):
    import lepton_studio.gui.evaluation.camera as camera

    page = open_evaluate(window, qtbot, trained)
    monkeypatch.setattr(camera, "camera_support", lambda: status)
    monkeypatch.setattr(camera, "take_photo", lambda parent: pytest.fail("no dialog expected"))
    page.take_photo()
    text = page.try_it.message.text()
    assert ("not installed" in text) == (status == "not_installed")
    assert ("No camera found" in text) == (status == "no_camera")
    wait_idle(window, qtbot)


def test_camera_support_is_checked_lazily():
    from lepton_studio.gui.evaluation.camera import (
        AVAILABLE,
        NO_CAMERA,
        NOT_INSTALLED,
        camera_support,
    )

    assert camera_support() in (AVAILABLE, NO_CAMERA, NOT_INSTALLED)


def test_model_without_convolution_still_predicts(window, qtbot, dense_file, tmp_path):
    from PIL import Image

    from lepton_studio.core.project import load_project

    page = open_evaluate(window, qtbot, load_project(dense_file))
    photo = tmp_path / "p.png"
    Image.fromarray(np.full((24, 24, 3), 99, np.uint8)).save(photo)
    page.try_files([str(photo)])
    qtbot.waitUntil(lambda: len(page.try_it.rows) == 1 and not window.tasks.busy,
                    timeout=WAIT_MS)
    assert page.try_it.rows[0].result.heat is None
    assert "no convolution" in page.try_it.message.text()


def test_without_a_trained_run_the_page_points_to_training(window, qtbot):
    window.controller.new_project("Empty", "small-cnn")
    window.go_to("evaluate")
    page = window.page("evaluate")
    assert page.stack.currentIndex() == 0
    assert page.go_train.isVisible()
    assert page.evaluation is None and not window.tasks.busy


def test_choosing_a_run_selects_it_in_the_project(window, qtbot, trained):
    import copy

    from lepton_studio.core.project import run_blob_key

    second = copy.deepcopy(trained.runs[0])
    second.id, second.name = "run-2", "second"
    trained.runs.append(second)
    trained.blobs[run_blob_key("run-2", "best")] = trained.blobs[run_blob_key(trained.runs[0].id, "best")]
    page = open_evaluate(window, qtbot, trained)
    assert page.runs.count() == 2
    index = page.runs.findData("run-2")
    page.runs.setCurrentIndex(index)
    assert trained.selected_run == "run-2"
    assert not window.document.is_modified  # looking at another run is not an edit (#22)
    qtbot.waitUntil(lambda: page.evaluation is not None and page.evaluation.run_id == "run-2",
                    timeout=WAIT_MS)
    wait_idle(window, qtbot)


def test_texts_follow_a_language_switch(window, qtbot, trained):
    page = open_evaluate(window, qtbot, trained)
    page.results.show_cell(0, 0)
    try:
        window.languages.set_language("de")
        assert page.tabs.tabText(0) == "Ergebnisse"
        assert page.results.accuracy.title.text() == "Genauigkeit"
        assert page.try_it.open_files.text() == "Bilder öffnen …"
        assert page.results.matrix.selected == (0, 0)  # the view keeps its state
        assert "Klasse" in page.results.table.horizontalHeaderItem(0).text()
    finally:
        window.languages.set_language("en")
    assert page.tabs.tabText(0) == "Results"
    wait_idle(window, qtbot)


def test_evaluation_can_be_cancelled_and_replaced(window, qtbot, trained, monkeypatch):
    import time

    import lepton_studio.core.evaluation as evaluation

    def slow(project, cache_root, run_id=None, split=None, on_event=None, token=None):
        while True:
            token.check()
            time.sleep(0.01)

    monkeypatch.setattr(evaluation, "evaluate_run", slow)
    window.document.set_project(trained)
    window.go_to("evaluate")
    page = window.page("evaluate")
    assert page.progress_box.isVisibleTo(page)
    page.start_evaluation(force=True)  # the first one is cancelled and replaced
    qtbot.waitUntil(lambda: len(window.tasks.running()) == 1, timeout=WAIT_MS)
    qtbot.wait(50)
    assert page.progress_box.isVisibleTo(page)  # the replaced task's end changed nothing
    page.cancel_evaluation()
    wait_idle(window, qtbot)
    assert not page.progress_box.isVisibleTo(page)
    assert "Cancelled" in page.subtitle.text()
    assert page.evaluation is None
