"""One run's settings: the project's with the CLI's overrides, checked by the schema."""

import pytest

from lepton_studio.core import problems as P
from lepton_studio.core import settings_schema as schema
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import TrainingSettings
from lepton_studio.core.settings_overrides import with_overrides


def test_overrides_apply_to_a_copy_and_none_keeps_the_project_value():
    project = TrainingSettings(epochs=12, learning_rate=0.01)
    run = with_overrides(project, {"epochs": 3, "learning_rate": None, "device": "CPU"})
    assert (run.epochs, run.learning_rate, run.device) == (3, 0.01, "cpu")
    assert project.epochs == 12 and project.device == "auto"  # the project is untouched


def test_an_impossible_value_is_refused_with_the_schema_problem():
    top = schema.spec("batch_size").maximum
    with pytest.raises(LeptonError) as err:
        with_overrides(TrainingSettings(), {"batch_size": top + 1})
    assert err.value.code == P.BAD_SETTING
    with pytest.raises(LeptonError) as err:
        with_overrides(TrainingSettings(), {"optimizer": "nonsense"})
    assert err.value.code == P.BAD_SETTING_CHOICE


def test_a_name_that_is_no_setting_is_a_programming_error():
    with pytest.raises(KeyError):
        with_overrides(TrainingSettings(), {"epochz": 3})


def test_the_cli_train_commands_share_the_one_helper():
    from lepton_studio.cli import project_commands, training_options

    assert project_commands.run_settings is training_options.run_settings
