"""A project from a folder, trained and evaluated: through the core and the CLI."""

import json
import os
import subprocess
import sys

from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_folder
from lepton_studio.core.evaluation import evaluate_run
from lepton_studio.core.project import Project, TrainingSettings, load_project, run_blob_key
from lepton_studio.core.templates import make_template
from lepton_studio.core.training.runner import run_training


def make_project(folder):
    report = scan(from_folder(folder))
    dataset = dataset_from_scan(report)
    project = Project.new("shapes", make_template("small-cnn", dataset.image.color, dataset.image.size,
                                                  len(dataset.class_names)))
    project.dataset = dataset
    return project


def test_run_is_recorded_with_weights_and_persisted(shape_images, tmp_path):
    project = make_project(shape_images(per_class=20, size=24))
    saved = []
    run = run_training(project, tmp_path / "cache",
                       settings=TrainingSettings(epochs=2, batch_size=16, device="cpu"),
                       persist=lambda p: saved.append(len(p.runs)), threads=1)
    assert project.runs == [run] and run.status == "finished"
    assert len(run.history) == 2 and run.settings["epochs"] == 2
    assert run_blob_key(run.id, "best") in project.blobs
    assert run_blob_key(run.id, "last") in project.blobs
    assert project.selected_run == run.id and saved  # persisted at least at the end
    evaluation = evaluate_run(project, tmp_path / "cache")
    assert evaluation.split == "test" and len(evaluation.paths) == evaluation.metrics.confusion.sum()


def test_project_settings_are_not_changed_by_a_one_off_run(shape_images, tmp_path):
    project = make_project(shape_images(per_class=10, size=24))
    run_training(project, tmp_path / "cache", settings=TrainingSettings(epochs=1, device="cpu"), threads=1)
    assert project.training.epochs is None


def cli(*args, home):
    env = dict(os.environ, LEPTON_STUDIO_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "lepton_studio.cli", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=600)


def test_cli_new_train_evaluate_reaches_well_above_chance(shape_images, tmp_path):
    folder = shape_images(classes=("circle", "square", "triangle"), per_class=40, size=32)
    project = tmp_path / "shapes.lepton"
    created = cli("new", project, "--data", folder, "--json", home=tmp_path)
    assert created.returncode == 0, created.stderr
    report = json.loads(created.stdout)
    assert report["class_counts"] == {"circle": 40, "square": 40, "triangle": 40}
    trained = cli("train", project, "--epochs", "25", "--threads", "2", "--json", home=tmp_path)
    assert trained.returncode == 0, trained.stderr
    evaluated = cli("evaluate", project, "--json", home=tmp_path)
    assert evaluated.returncode == 0, evaluated.stderr
    metrics = json.loads(evaluated.stdout)
    assert metrics["split"] == "test" and metrics["images"] == 12
    assert metrics["accuracy"] >= 0.75  # chance is 0.33
    info = json.loads(cli("info", project, "--json", home=tmp_path).stdout)
    assert len(info["runs"]) == 1 and info["runs"][0]["status"] in ("finished", "early_stopped")
    assert load_project(project).selected_run == info["runs"][0]["id"]


def test_cli_bad_input_exits_2_with_a_message(tmp_path):
    missing = cli("new", tmp_path / "p.lepton", "--data", tmp_path / "nowhere", home=tmp_path)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    bad_split = cli("new", tmp_path / "p.lepton", "--data", tmp_path, "--split", "80/20", home=tmp_path)
    assert bad_split.returncode == 2 and "80/10/10" in bad_split.stderr
    (tmp_path / "junk.lepton").write_bytes(b"not a zip")
    corrupt = cli("info", tmp_path / "junk.lepton", home=tmp_path)
    assert corrupt.returncode == 2 and "Traceback" not in corrupt.stderr


def test_cli_refuses_a_folder_with_one_class(shape_images, tmp_path):
    folder = shape_images(classes=("circle",), per_class=5, size=24)
    result = cli("new", tmp_path / "p.lepton", "--data", folder, home=tmp_path)
    assert result.returncode == 2
    assert not (tmp_path / "p.lepton").exists()


def test_evaluation_uses_the_image_settings_the_run_was_trained_with(shape_images, tmp_path):
    from lepton_studio.core.project import ImageSettings

    project = make_project(shape_images(per_class=12, size=24))
    run = run_training(project, tmp_path / "cache", settings=TrainingSettings(epochs=1, device="cpu"),
                       threads=1)
    assert run.settings["image"] == project.dataset.image.to_dict()
    trained_policy = project.dataset.image.resize
    project.dataset.image = ImageSettings(project.dataset.image.size, project.dataset.image.color,
                                          "pad" if trained_policy != "pad" else "crop")
    evaluation = evaluate_run(project, tmp_path / "cache")  # prepared like training, no error
    assert len(evaluation.paths) == evaluation.metrics.confusion.sum()


def test_a_picture_deleted_after_import_gives_a_clear_problem(shape_images, tmp_path):
    import pytest

    from lepton_studio.core.problems import LeptonError

    project = make_project(shape_images(per_class=8, size=24))
    victim = project.dataset.resolve(project.dataset.items_in("train")[0].path)
    victim.unlink()
    with pytest.raises(LeptonError) as err:
        run_training(project, tmp_path / "cache", settings=TrainingSettings(epochs=1, device="cpu"))
    assert err.value.code == "training_files_unreadable"
    assert victim.name in err.value.problem.message()
    assert project.runs == []


def test_a_trained_run_is_calibrated_on_validation_and_evaluation_uses_it(shape_images, tmp_path):
    from lepton_studio.core.calibration import run_calibration

    project = make_project(shape_images(per_class=20, size=24))
    run = run_training(project, tmp_path / "cache",
                       settings=TrainingSettings(epochs=2, batch_size=16, device="cpu"), threads=1)
    calibration = run_calibration(run)
    validation = len(project.dataset.items_in("val"))
    assert calibration.fitted and calibration.images == validation
    assert calibration.temperature != 1.0 and calibration.nll_after <= calibration.nll_before + 1e-9
    assert calibration.set_aside(calibration.threshold) <= 0.05 * validation
    evaluation = evaluate_run(project, tmp_path / "cache")
    assert evaluation.threshold == calibration.threshold
    # the evaluation's probabilities are the calibrated ones; its raw ones are not
    assert abs(evaluation.probabilities - evaluation.raw_probabilities).max() > 1e-4
    table = evaluation.confusion_with_unsure()
    k = len(project.dataset.class_names)
    assert table.shape == (k, k + 1)
    assert table.sum() == len(evaluation.paths)
    assert table[:, -1].sum() == evaluation.unsure().sum()
