"""The Train step's form and the command line take their limits from one schema (issue 20, 1)."""

from __future__ import annotations

import argparse
import dataclasses

import pytest

from lepton_studio.cli import project_commands
from lepton_studio.core import settings_schema as schema
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import TrainingSettings
from lepton_studio.gui.settings import Settings
from lepton_studio.gui.training.settings_panel import SettingsPanel


def cli_accepts(name: str, value) -> bool:
    option = {"learning_rate": "lr"}.get(name, name)
    values = dict(epochs=None, batch_size=None, lr=None, optimizer=None, device=None,
                  augment=None, seed=None) | {option: value}
    try:
        project_commands.run_settings(TrainingSettings(), argparse.Namespace(**values))
    except LeptonError:
        return False
    return True


def form_and_cli_limits(panel: SettingsPanel) -> dict[str, tuple]:
    return {
        "epochs": (panel.epochs.maximum(), cli_accepts("epochs", panel.epochs.maximum()),
                   cli_accepts("epochs", panel.epochs.maximum() + 1)),
        "batch_size": (panel.batch_size.maximum(), cli_accepts("batch_size", panel.batch_size.maximum()),
                       cli_accepts("batch_size", panel.batch_size.maximum() + 1)),
        "seed": (panel.seed.maximum(), cli_accepts("seed", panel.seed.maximum()),
                 cli_accepts("seed", panel.seed.maximum() + 1)),
        "learning_rate": (panel.learning_rate.maximum(),
                          cli_accepts("learning_rate", panel.learning_rate.maximum()),
                          cli_accepts("learning_rate", panel.learning_rate.maximum() * 2)),
    }


@pytest.fixture
def panel(qtbot):
    widget = SettingsPanel(Settings.open())
    qtbot.addWidget(widget)
    return widget


def test_the_form_and_the_cli_allow_exactly_the_schemas_limits(panel):
    for name, (form_max, cli_at_max, cli_above) in form_and_cli_limits(panel).items():
        assert form_max == schema.spec(name).maximum, name
        assert cli_at_max and not cli_above, name
    assert panel.label_smoothing.maximum() == schema.spec("label_smoothing").maximum
    assert panel.patience.maximum() == schema.spec("early_stopping_patience").maximum
    for name in ("device", "optimizer", "schedule", "augment"):
        box = getattr(panel, name)
        assert tuple(box.itemData(i) for i in range(box.count())) == schema.spec(name).choices


def test_a_limit_changed_in_the_schema_changes_form_and_cli_together(qtbot, monkeypatch):
    for name, top in (("epochs", 77), ("batch_size", 99), ("seed", 1234)):
        monkeypatch.setitem(schema.SPECS, name, dataclasses.replace(schema.spec(name), maximum=top))
    monkeypatch.setattr(schema, "TRAINING_SETTINGS", tuple(schema.SPECS.values()))
    panel = SettingsPanel(Settings.open())
    qtbot.addWidget(panel)
    limits = form_and_cli_limits(panel)
    assert limits["epochs"] == (77, True, False)
    assert limits["batch_size"] == (99, True, False)
    assert limits["seed"] == (1234, True, False)


def test_the_forms_automatic_values_are_what_resolve_chooses(panel):
    from lepton_studio.core.project import Project
    from lepton_studio.core.templates import make_template
    from lepton_studio.core.training.auto import resolve

    project = Project.new("p", make_template("small-cnn"))
    project.training = TrainingSettings(optimizer="sgd", epochs=3, learning_rate=0.5)
    panel.set_project(project)
    resolved = resolve(TrainingSettings(optimizer="sgd"), 0, "cpu")
    assert panel.automatic_values() == {"epochs": resolved.epochs, "batch_size": resolved.batch_size,
                                        "learning_rate": resolved.learning_rate}
    assert panel.automatic_values()["learning_rate"] == 0.1  # SGD's own base rate
