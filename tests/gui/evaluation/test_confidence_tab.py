"""The Confidence tab: calibration figures, the "not sure" slider (live, undoable), the
unsure column of the confusion matrix, the mistakes split, and "not sure" in Try It."""

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtTest import QTest

from tests.gui.evaluation.test_evaluate_page import WAIT_MS, open_evaluate, wait_idle


def test_slider_sets_pictures_aside_live_and_is_one_undoable_edit(window, qtbot, trained):
    page = open_evaluate(window, qtbot, trained)
    view, ev = page.confidence, page.evaluation
    run = trained.run(ev.run_id)
    suggested = run.calibration["threshold"]
    assert view.slider.isEnabled() and ev.calibration.fitted
    assert view.temperature.value.text() == f"{ev.calibration.temperature:.2f}"
    assert "→" in view.ece.value.text()
    assert f"{ev.calibration.set_aside(suggested)} of {ev.calibration.images}" in view.live.text()

    view.slider.setValue(0)  # nothing is unsure
    assert page.results.matrix.confusion[:, -1].sum() == 0
    assert view.set_aside.value.text() == f"0 / {len(ev.paths)}"
    view.slider.setValue(1000)  # everything below 100 % is unsure
    everything = int(ev.unsure(1.0).sum())
    assert everything > 0 and everything >= ev.unsure(suggested).sum()
    assert view.set_aside.value.text() == f"{everything} / {len(ev.paths)}"
    assert f"{ev.calibration.set_aside(1.0)} of {ev.calibration.images}" in view.live.text()
    assert page.results.matrix.confusion[:, -1].sum() == everything  # the matrix followed
    assert run.calibration["threshold"] == 1.0 and window.document.is_modified

    view.slider.setValue(0)  # nothing is unsure any more
    assert page.results.matrix.confusion[:, -1].sum() == 0
    assert page.mistakes.rows() == page.mistakes.evaluation.split_mistakes()[0]
    stack = window.document.undo_stack
    assert stack.count() == 1  # consecutive moves merge into one edit
    stack.undo()
    assert run.calibration["threshold"] == suggested
    assert ev.threshold == suggested and view.slider.value() == round(suggested * 1000)
    assert page.results.matrix.confusion[:, -1].sum() == ev.unsure(suggested).sum()
    stack.redo()
    assert run.calibration["threshold"] == 0.0
    view.reset.click()
    assert run.calibration["threshold"] == suggested
    wait_idle(window, qtbot)


def test_unsure_column_and_mistakes_split(window, qtbot, trained):
    page = open_evaluate(window, qtbot, trained)
    ev = page.evaluation
    page.confidence.slider.setValue(1000)  # all but certain pictures become unsure
    matrix = page.results.matrix
    k = len(ev.class_names)
    assert matrix.columns == k + 1
    row = int(np.argmax(matrix.confusion[:, k]))
    assert matrix.confusion[row, k] > 0
    centre = matrix.cell_rect(row, k).center().toPoint()
    QTest.mouseClick(matrix, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    gallery = page.results.cell_gallery
    unsure = ev.unsure()
    assert {e.path for e in gallery.entries} == {
        p for p, label, u in zip(ev.paths, ev.labels, unsure) if label == row and u}
    assert "not sure" in page.results.cell_title.text()
    assert "not sure" in matrix.cell_tooltip(row, k)

    mistakes = page.mistakes
    assert mistakes.kind.isVisibleTo(mistakes)
    confident, unsure_rows = ev.split_mistakes()
    assert len(confident) + len(unsure_rows) == len(ev.misclassified())
    mistakes.kind.setCurrentIndex(mistakes.kind.findData("unsure"))
    assert mistakes.rows() == unsure_rows and all(r[3] < ev.threshold for r in unsure_rows)
    mistakes.kind.setCurrentIndex(mistakes.kind.findData("confident"))
    assert all(r[3] >= ev.threshold for r in mistakes.rows())
    wait_idle(window, qtbot)


def test_try_it_says_not_sure_below_the_threshold(window, qtbot, trained, tmp_path):
    page = open_evaluate(window, qtbot, trained)
    photo = tmp_path / "grey.png"
    Image.fromarray(np.full((40, 40, 3), 115, np.uint8)).save(photo)  # between dark and bright

    def try_photo():
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(photo))])
        page.try_it.handle_drop(mime)
        count = len(page.try_it.rows)
        qtbot.waitUntil(lambda: len(page.try_it.rows) == count + 1, timeout=WAIT_MS)
        return page.try_it.rows[-1]

    page.confidence.slider.setValue(1000)
    row = try_photo()
    assert row.result.unsure and row.unsure.isVisibleTo(row)
    assert row.unsure.text() == "Not sure — none of the classes?"
    page.confidence.slider.setValue(0)
    row = try_photo()
    assert not row.result.unsure and not row.unsure.isVisibleTo(row)
    wait_idle(window, qtbot)


def test_a_run_without_calibration_says_so_and_never_sets_aside(window, qtbot, trained):
    trained.run(trained.selected_run).calibration = None
    page = open_evaluate(window, qtbot, trained)
    assert not page.confidence.slider.isEnabled()
    assert "before Lepton Studio calibrated" in page.confidence.note.text()
    assert page.results.matrix.columns == len(page.evaluation.class_names)
    assert not page.mistakes.kind.isVisibleTo(page.mistakes)
    wait_idle(window, qtbot)


def test_background_pictures_check_and_tune_the_threshold(window, qtbot, trained, tmp_path):
    from lepton_studio.core.calibration import balanced_threshold

    folder = tmp_path / "background"
    folder.mkdir()
    rng = np.random.default_rng(0)
    for i in range(6):  # noise of every brightness: neither "dark" nor "bright"
        Image.fromarray(rng.integers(0, 256, (30, 30, 3), dtype=np.uint8)).save(folder / f"{i}.png")
    trained.dataset.background_folder = str(folder)
    page = open_evaluate(window, qtbot, trained)
    ev, view = page.evaluation, page.confidence
    assert ev.background_scores is not None and len(ev.background_scores) == 6
    assert view.tune.isVisibleTo(view) and view.tune.isEnabled()
    caught = ev.background_set_aside()
    assert f"{caught} of 6" in view.live.text()
    view.tune.click()
    expected = balanced_threshold(ev.calibration.val_scores, ev.background_scores)
    assert trained.run(ev.run_id).calibration["threshold"] == expected == ev.threshold
    assert f"{ev.background_set_aside(expected)} of 6" in view.live.text()
    wait_idle(window, qtbot)


def test_a_run_without_calibration_can_be_calibrated_now_undoably(window, qtbot, trained):
    run = trained.run(trained.selected_run)
    fitted = dict(run.calibration)
    run.calibration = None
    page = open_evaluate(window, qtbot, trained)
    view = page.confidence
    assert view.calibrate.isVisibleTo(view)
    view.calibrate.click()
    qtbot.waitUntil(lambda: run.calibration is not None and page.evaluation is not None
                    and page.evaluation.threshold is not None, timeout=WAIT_MS)
    # the same figures as training's own calibration on the same validation pictures
    assert run.calibration["temperature"] == pytest.approx(fitted["temperature"], rel=1e-3)
    assert run.calibration["images"] == fitted["images"]
    assert view.slider.isEnabled() and not view.calibrate.isVisibleTo(view)
    wait_idle(window, qtbot)
    window.document.undo_stack.undo()
    assert run.calibration is None
    qtbot.waitUntil(lambda: page.evaluation is not None and page.evaluation.threshold is None,
                    timeout=WAIT_MS)
    wait_idle(window, qtbot)
