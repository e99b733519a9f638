"""Temperature scaling and the "not sure" threshold, on generated logits."""

from __future__ import annotations

import numpy as np
import pytest

from lepton_studio.core.calibration import (
    Calibration,
    expected_calibration_error,
    fit_calibration,
    fit_temperature,
    negative_log_likelihood,
    reliability,
    run_calibration,
    softmax,
    threshold_for_kept,
)
from lepton_studio.core.confidence import (
    confidence_section,
    is_unsure,
    read_confidence_section,
    unknown_score,
)
from lepton_studio.core.project import RunRecord


def overconfident(n: int = 2000, k: int = 4, scale: float = 6.0, seed: int = 0):
    """Logits of a model right ~70 % of the time but far surer than that: the honest
    logits multiplied by ``scale``."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, k, n)
    honest = rng.normal(0, 1, (n, k))
    honest[np.arange(n), labels] += 1.2
    return honest * scale, labels


def test_calibration_lowers_nll_and_ece_of_an_overconfident_model():
    logits, labels = overconfident()
    calibration = fit_calibration(logits, labels)
    assert calibration.temperature > 3  # the over-confidence was a factor of about 6
    assert calibration.nll_after < 0.6 * calibration.nll_before
    assert calibration.ece_after < 0.05 < calibration.ece_before
    # the arg-max never changes, so neither does accuracy
    assert (softmax(logits, calibration.temperature).argmax(1) == logits.argmax(1)).all()


def test_temperature_is_the_nll_minimum():
    logits, labels = overconfident(scale=3.0, seed=1)
    t = fit_temperature(logits, labels)
    best = negative_log_likelihood(softmax(logits, t), labels)
    for other in (t * 0.9, t * 1.1):
        assert negative_log_likelihood(softmax(logits, other), labels) > best


def test_an_underconfident_model_gets_a_temperature_below_one():
    logits, labels = overconfident(scale=0.3, seed=2)
    assert fit_temperature(logits, labels) < 1.0


def test_threshold_keeps_the_target_share():
    scores = np.linspace(0.3, 1.0, 200)
    t = threshold_for_kept(scores, 0.95)
    kept = (~is_unsure(scores, t)).mean()
    assert kept >= 0.95 and kept < 0.96
    assert threshold_for_kept([], 0.95) is None


def test_fitted_threshold_and_set_aside_count_agree():
    logits, labels = overconfident(n=400, seed=3)
    calibration = fit_calibration(logits, labels)
    scores = unknown_score(softmax(logits, calibration.temperature))
    assert calibration.set_aside(calibration.threshold) == int(is_unsure(scores, calibration.threshold).sum())
    assert calibration.set_aside(calibration.threshold) <= 0.05 * len(labels)
    assert calibration.set_aside(1.01) == len(labels)
    assert calibration.set_aside(None) == 0


def test_ece_is_zero_when_confidence_equals_accuracy_and_reliability_bins_count():
    # 10 pictures all at 0.8 confidence, 8 of them right
    probabilities = np.tile([[0.8, 0.2]], (10, 1))
    labels = np.array([0] * 8 + [1] * 2)
    assert expected_calibration_error(probabilities, labels) == pytest.approx(0.0, abs=1e-9)
    bins = reliability(probabilities, labels)
    assert sum(b.count for b in bins) == 10
    assert bins[8].count == 10 and bins[8].accuracy == pytest.approx(0.8)
    wrong = np.array([1] * 10)
    assert expected_calibration_error(probabilities, wrong) == pytest.approx(0.8)


def test_no_threshold_means_never_unsure():
    assert not is_unsure(np.array([0.0, 0.2]), None).any()


def test_older_runs_have_no_calibration():
    run = RunRecord.from_dict({"id": "run-1", "graph": {}})
    assert run.calibration is None
    calibration = run_calibration(run)
    assert calibration.temperature == 1.0 and calibration.threshold is None
    assert not calibration.fitted


def test_calibration_round_trips_and_refuses_nonsense():
    from lepton_studio.core.project import ProjectFileError

    calibration = fit_calibration(*overconfident(n=50))
    run = RunRecord(id="run-1", calibration=calibration.to_dict())
    again = RunRecord.from_dict(run.to_dict())
    assert run_calibration(again) == calibration
    for bad in ({"temperature": -1.0}, {"temperature": "hot"}, {"threshold": 1.5},
                {"score": "energy"}, {"val_scores": "many"}):
        with pytest.raises(ProjectFileError):
            RunRecord.from_dict({**run.to_dict(), "calibration": {**calibration.to_dict(), **bad}})


def test_confidence_section_round_trip():
    spec = {"confidence": confidence_section(1.7, 0.42)}
    assert read_confidence_section(spec) == (1.7, 0.42)
    assert read_confidence_section({}) == (1.0, None)
    with pytest.raises(ValueError):
        read_confidence_section({"confidence": {**spec["confidence"], "threshold": 2}})
    assert Calibration.from_dict({}).temperature == 1.0


def test_thinned_scores_still_count_every_picture():
    from lepton_studio.core import calibration as C

    logits, labels = overconfident(n=300, seed=4)
    full = fit_calibration(logits, labels)
    original = C.MAX_STORED_SCORES
    C.MAX_STORED_SCORES = 50
    try:
        thin = fit_calibration(logits, labels)
    finally:
        C.MAX_STORED_SCORES = original
    assert len(thin.val_scores) == 50 and thin.images == 300
    for threshold in (0.5, 0.8, thin.threshold):
        assert abs(thin.set_aside(threshold) - full.set_aside(threshold)) <= 300 / 50


def test_balanced_threshold_separates_known_from_background():
    from lepton_studio.core.calibration import balanced_threshold

    known = np.linspace(0.6, 1.0, 100)
    background = np.linspace(0.3, 0.7, 50)
    t = balanced_threshold(known, background)
    kept = (~is_unsure(known, t)).mean()
    caught = is_unsure(background, t).mean()
    assert kept + caught > 1.7  # far better than the 95 % rule alone would do here
    assert 0.6 < t <= 0.7
    assert balanced_threshold(known, []) is None


def test_background_pictures_are_scored_but_never_a_class(tmp_path):
    from PIL import Image

    from lepton_studio.core.evaluation import evaluate_run
    from lepton_studio.core.project import DatasetSpec, load_project, save_project
    from tests.core.export.conftest import make_project

    project = make_project(tmp_path)
    project.run("run-1").calibration = Calibration(1.5, 0.6, 0.6, images=8).to_dict()
    folder = tmp_path / "none of these"
    folder.mkdir()
    rng = np.random.default_rng(0)
    for i in range(5):
        Image.fromarray(rng.integers(0, 256, (30, 30, 3), dtype=np.uint8)).save(folder / f"{i}.png")
    (folder / "broken.png").write_bytes(b"not a picture")  # skipped, as the scan would
    project.dataset.background_folder = str(folder)
    save_project(project, tmp_path / "p.lepton")
    again = load_project(tmp_path / "p.lepton")
    assert again.dataset.background_folder == str(folder)
    assert DatasetSpec.from_dict({**again.dataset.to_dict()}).background_folder == str(folder)
    evaluation = evaluate_run(again, tmp_path / "cache")
    assert evaluation.background_scores is not None and len(evaluation.background_scores) == 5
    assert evaluation.background_set_aside(1.01) == 5 and evaluation.background_set_aside(0.0) == 0
    assert len(again.dataset.class_names) == 3  # not a class
    assert evaluation.to_dict()["background"] == 5
    again.dataset.background_folder = str(tmp_path / "gone")
    assert evaluate_run(again, tmp_path / "cache").background_scores is None


def test_calibrate_run_fits_an_older_run_and_needs_validation_pictures(tmp_path):
    from lepton_studio.core.evaluation import calibrate_run
    from lepton_studio.core.problems import LeptonError
    from tests.core.export.conftest import make_project

    project = make_project(tmp_path)
    assert project.run("run-1").calibration is None
    calibration = calibrate_run(project, tmp_path / "cache")
    assert calibration.images == len(project.dataset.items_in("val")) and calibration.threshold
    assert calibration.nll_after <= calibration.nll_before + 1e-9
    assert project.run("run-1").calibration is None  # the caller stores it
    for item in project.dataset.items:
        item.split = "train" if item.split == "val" else item.split
    with pytest.raises(LeptonError) as caught:
        calibrate_run(project, tmp_path / "cache")
    assert caught.value.code == "calibration_no_validation"
