"""Evaluation metrics against values worked out by hand on a fixed tiny set."""

import numpy as np
import pytest

from lepton_studio.core.evaluation import Evaluation, compute_metrics

# Three classes; "star" (2) is never predicted.
#   true:      0  0  0  1  1  2  2  2
#   predicted: 0  0  1  1  1  0  1  0
Y_TRUE = [0, 0, 0, 1, 1, 2, 2, 2]
Y_PRED = [0, 0, 1, 1, 1, 0, 1, 0]
NAMES = ["circle", "square", "star"]


def test_accuracy_and_balanced_accuracy_by_hand():
    m = compute_metrics(np.array(Y_TRUE), np.array(Y_PRED), NAMES)
    assert m.accuracy == pytest.approx(4 / 8)
    # recalls 2/3, 2/2, 0/3 -> mean 5/9
    assert m.balanced_accuracy == pytest.approx(5 / 9)


def test_confusion_matrix_rows_are_true_classes():
    m = compute_metrics(np.array(Y_TRUE), np.array(Y_PRED), NAMES)
    assert m.confusion.tolist() == [[2, 1, 0],
                                    [0, 2, 0],
                                    [2, 1, 0]]
    assert m.confusion.sum() == len(Y_TRUE)


def test_precision_recall_f1_including_a_class_never_predicted():
    m = compute_metrics(np.array(Y_TRUE), np.array(Y_PRED), NAMES)
    circle, square, star = m.per_class
    # circle: predicted 4 times, 2 right; 3 true circles
    assert (circle.precision, circle.recall) == (pytest.approx(2 / 4), pytest.approx(2 / 3))
    assert circle.f1 == pytest.approx(4 / 7)  # 2·(1/2)·(2/3) / (1/2 + 2/3)
    # square: predicted 4 times, 2 right; both true squares found
    assert (square.precision, square.recall) == (pytest.approx(0.5), pytest.approx(1.0))
    assert square.f1 == pytest.approx(2 / 3)
    # star: never predicted -> precision 0 (not NaN), recall 0, F1 0
    assert (star.precision, star.recall, star.f1) == (0.0, 0.0, 0.0)
    assert [c.support for c in m.per_class] == [3, 2, 3]
    assert [c.name for c in m.per_class] == NAMES
    assert not any(np.isnan([c.precision for c in m.per_class]))


def test_a_class_absent_from_the_labels_is_left_out_of_balanced_accuracy():
    names = [*NAMES, "absent"]
    m = compute_metrics(np.array(Y_TRUE), np.array(Y_PRED), names)
    assert m.balanced_accuracy == pytest.approx(5 / 9)  # still the mean over 3 classes
    assert m.per_class[3].support == 0 and m.per_class[3].recall == 0.0
    assert m.confusion.shape == (4, 4)


def test_most_confused_pairs_come_largest_first():
    m = compute_metrics(np.array(Y_TRUE), np.array(Y_PRED), NAMES)
    assert m.most_confused(2) == [(2, 0, 2), (2, 1, 1)]


def test_perfect_and_empty_sets():
    perfect = compute_metrics(np.array([0, 1, 1]), np.array([0, 1, 1]), ["a", "b"])
    assert perfect.accuracy == 1.0 and perfect.balanced_accuracy == 1.0
    assert [c.f1 for c in perfect.per_class] == [1.0, 1.0]
    empty = compute_metrics(np.array([], dtype=int), np.array([], dtype=int), ["a", "b"])
    assert empty.accuracy == 0.0 and empty.confusion.sum() == 0


def test_misclassified_most_confident_first():
    probabilities = np.array([[0.9, 0.1],   # right
                              [0.3, 0.7],   # wrong, 0.7
                              [0.05, 0.95],  # wrong, 0.95
                              [0.6, 0.4]])  # wrong, 0.6
    labels = np.array([0, 0, 0, 1])
    metrics = compute_metrics(labels, probabilities.argmax(1), ["a", "b"])
    ev = Evaluation("run-1", "test", ["a", "b"], ["p0", "p1", "p2", "p3"], labels,
                    probabilities, metrics)
    rows = ev.misclassified()
    assert [r[0] for r in rows] == ["p2", "p1", "p3"]
    assert rows[0][1:] == (0, 1, pytest.approx(0.95))
