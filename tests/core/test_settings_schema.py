"""One schema for the training settings; numbers out of range make a file damaged (issue 21, 7).

Every bad value from the issue (a seed of 2e70, label smoothing 5, weight decay inf, a
run's graph with strings where numbers belong) must give "this project file is damaged"
through ``load_project`` and exit 2 from the CLI, never "Internal error".
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from lepton_studio.core import problems as P
from lepton_studio.core import settings_schema as schema
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import (
    Project,
    ProjectFileError,
    RunRecord,
    TrainingSettings,
    load_project,
)
from lepton_studio.core.templates import make_template
from lepton_studio.core.training.auto import resolve

ROOT = Path(__file__).resolve().parents[2]


def base_document() -> dict:
    graph = make_template("small-cnn", "rgb", 32, 2)
    project = Project.new("p", graph)
    project.runs.append(RunRecord(id="run-1", graph=graph.to_dict(),
                                  settings=resolve(TrainingSettings(), 10, "cpu").to_dict()
                                  | {"image": {"size": 32, "color": "rgb", "resize": "stretch"}}))
    doc = project.to_dict()
    doc["dataset"] = {"root": "/pictures", "source": "files", "class_names": ["a", "b"],
                      "items": [], "image": {"size": 32}}
    return doc


def write(path: Path, doc: dict) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.json", json.dumps(doc))  # inf and nan as JSON's extensions
    return path


def set_path(doc: dict, where: tuple, value) -> dict:
    target = doc
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    return doc


def conv_index(doc: dict) -> int:
    return next(i for i, n in enumerate(doc["runs"][0]["graph"]["nodes"]) if n["block"] == "conv2d")


# (where in project.json, the bad value, words the reason must hold)
BAD_VALUES = [
    (("training", "seed"), 2e70, "training.seed must be a whole number, not 2e+70"),
    (("training", "seed"), 10**70, "training.seed must be between 0 and 2147483647, not 1000"),
    (("training", "seed"), -1, "training.seed must be between 0 and 2147483647, not -1"),
    (("training", "label_smoothing"), 5, "training.label_smoothing must be between 0 and 0.5, not 5"),
    (("training", "weight_decay"), float("inf"), "training.weight_decay must be a finite number, not Infinity"),
    (("training", "learning_rate"), float("nan"), "training.learning_rate must be a finite number, not NaN"),
    (("training", "learning_rate"), "0.01", 'training.learning_rate must be a number, not "0.01"'),
    (("training", "learning_rate"), 0, "training.learning_rate must be above 0"),
    (("training", "epochs"), True, "training.epochs must be a whole number, not true"),
    (("training", "batch_size"), 64.5, "training.batch_size must be a whole number, not 64.5"),
    (("training", "optimizer"), "lion", 'training.optimizer must be one of adamw, adam, sgd, not "lion"'),
    (("training", "device"), "tpu", "training.device must be one of auto, cpu, cuda, mps"),
    (("runs", 0, "settings", "label_smoothing"), 5, "runs[0].settings.label_smoothing must be between"),
    (("runs", 0, "settings", "image", "size"), 10**9, "runs[0].settings.image.size must be between 8 and 1024"),
    (("runs", 0, "best_val_accuracy"), float("nan"), "runs[0].best_val_accuracy must be between 0 and 1"),
    (("runs", 0, "duration_s"), float("inf"), "runs[0].duration_s must be a finite"),
    (("dataset", "image", "size"), 100_000, "dataset.image.size must be between 8 and 1024"),
    (("dataset", "split_ratios"), [float("inf"), 0.1, 0.1], "dataset.split_ratios should be three finite"),
    (("dataset", "split_seed"), 2**70, "dataset.split_seed must be between 0 and 2147483647"),
]


@pytest.mark.parametrize("where, value, words", BAD_VALUES, ids=[f"{'.'.join(map(str, w))}={v!r}"
                                                                 for w, v, _ in BAD_VALUES])
def test_a_bad_value_makes_the_project_damaged(tmp_path, where, value, words):
    path = write(tmp_path / "bad.lepton", set_path(base_document(), where, value))
    with pytest.raises(ProjectFileError) as err:
        load_project(path)
    assert err.value.code == P.PROJECT_CORRUPT
    assert words in err.value.problem.values["reason"]
    assert str(path) in err.value.problem.message()


@pytest.mark.parametrize("value, words", [
    ("abc", 'The setting "Filters" has an impossible value: abc'),
    ("128", 'The setting "Filters" has an impossible value: 128'),  # a string, even of digits
    (10**70, 'The setting "Filters" has an impossible value'),
])
def test_strings_and_absurd_numbers_in_a_runs_graph_make_the_project_damaged(tmp_path, value, words):
    doc = base_document()
    doc["runs"][0]["graph"]["nodes"][conv_index(doc)]["params"]["filters"] = value
    with pytest.raises(ProjectFileError) as err:
        load_project(write(tmp_path / "bad.lepton", doc))
    assert err.value.code == P.PROJECT_CORRUPT
    reason = err.value.problem.values["reason"]
    assert reason.startswith("runs[0].graph: ") and words in reason


def test_good_values_load_unchanged(tmp_path):
    doc = base_document()
    doc["training"] |= {"epochs": 100_000, "batch_size": 1, "learning_rate": 1e6, "seed": 2**31 - 1,
                        "device": "cuda:1", "early_stopping_patience": None, "label_smoothing": 0,
                        "weight_decay": 1}
    project = load_project(write(tmp_path / "good.lepton", doc))
    assert project.training == TrainingSettings(
        epochs=100_000, batch_size=1, learning_rate=1e6, seed=2**31 - 1, device="cuda:1",
        early_stopping_patience=None, label_smoothing=0.0, weight_decay=1.0)
    assert isinstance(project.training.label_smoothing, float)
    assert load_project(write(tmp_path / "plain.lepton", base_document())).training == TrainingSettings()


def test_the_cli_says_damaged_with_exit_2(tmp_path):
    doc_cases = {
        "seed": set_path(base_document(), ("training", "seed"), 2e70),
        "smoothing": set_path(base_document(), ("training", "label_smoothing"), 5),
        "decay": set_path(base_document(), ("training", "weight_decay"), float("inf")),
    }
    graph_doc = base_document()
    graph_doc["runs"][0]["graph"]["nodes"][conv_index(graph_doc)]["params"]["filters"] = "many"
    doc_cases["graph"] = graph_doc
    env = dict(os.environ, LEPTON_STUDIO_HOME=str(tmp_path / "home"),
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    for name, doc in doc_cases.items():
        path = write(tmp_path / f"{name}.lepton", doc)
        for command in ("info", "train"):
            result = subprocess.run([sys.executable, "-m", "lepton_studio.cli", command, str(path)],
                                    capture_output=True, text=True, env=env, timeout=120)
            assert result.returncode == 2, (name, command, result.stderr)
            assert "is damaged or is not a Lepton Studio project" in result.stderr, result.stderr
            assert "Internal error" not in result.stderr


# --- one schema, everywhere -----------------------------------------------------------------------

def test_the_schema_describes_every_training_setting_with_its_default():
    fields = {f.name: f for f in dataclasses.fields(TrainingSettings)}
    assert list(fields) == [spec.name for spec in schema.TRAINING_SETTINGS]
    defaults = TrainingSettings()
    for spec in schema.TRAINING_SETTINGS:
        assert getattr(defaults, spec.name) == spec.default
        assert spec.reason(spec.default) is None, spec.name


def test_resolve_refuses_what_it_used_to_replace_silently():
    for change, code in (({"optimizer": "lion"}, P.BAD_SETTING_CHOICE),
                         ({"schedule": "linear"}, P.BAD_SETTING_CHOICE),
                         ({"augment": "extreme"}, P.BAD_SETTING_CHOICE),
                         ({"label_smoothing": 5.0}, P.BAD_SETTING),
                         ({"seed": 2**70}, P.BAD_SETTING)):
        with pytest.raises(LeptonError) as err:
            resolve(dataclasses.replace(TrainingSettings(), **change), 100, "cpu")
        assert err.value.code == code, change
    resolved = resolve(TrainingSettings(optimizer="sgd", schedule="cosine", augment="none"), 100, "cpu")
    assert (resolved.optimizer, resolved.schedule, resolved.augment) == ("sgd", "cosine", "none")


def test_the_cli_train_options_follow_the_schema(monkeypatch):
    from lepton_studio.cli import build_parser, project_commands

    def options(**given):
        values = dict(epochs=None, batch_size=None, lr=None, optimizer=None, device=None,
                      augment=None, seed=None) | given
        return argparse.Namespace(**values)

    for name, option in (("epochs", "epochs"), ("batch_size", "batch_size"), ("seed", "seed")):
        top = schema.spec(name).maximum
        assert getattr(project_commands.run_settings(TrainingSettings(), options(**{option: top})),
                       name) == top
        with pytest.raises(LeptonError) as err:
            project_commands.run_settings(TrainingSettings(), options(**{option: top + 1}))
        assert err.value.code == P.BAD_SETTING
        assert err.value.problem.values["maximum"] == schema.number(top)
    with pytest.raises(LeptonError):
        project_commands.run_settings(TrainingSettings(), options(lr=0.0))
    assert project_commands.run_settings(TrainingSettings(), options(device="CUDA")).device == "cuda"

    # A limit changed in the schema changes the command line with it.
    monkeypatch.setitem(schema.SPECS, "epochs", dataclasses.replace(schema.spec("epochs"), maximum=7))
    monkeypatch.setattr(schema, "TRAINING_SETTINGS", tuple(schema.SPECS.values()))
    with pytest.raises(LeptonError):
        project_commands.run_settings(TrainingSettings(), options(epochs=8))
    train = build_parser()._subparsers._group_actions[0].choices["train"]
    actions = {a.dest: a for a in train._actions}
    assert tuple(actions["optimizer"].choices) == schema.spec("optimizer").choices
    assert tuple(actions["augment"].choices) == schema.spec("augment").choices
    assert actions["epochs"].help == "1 to 7"
