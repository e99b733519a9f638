"""Weights that do not match the run's model are a damaged project, never half-loaded."""

import pytest
import torch

from lepton_studio.core import problems as P
from lepton_studio.core.checkpoints import (
    bytes_to_state,
    load_exact_state,
    load_run_model,
    state_mismatch,
    state_to_bytes,
)
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import load_project, run_blob_key, save_project

from .safety_helpers import cli, trained_project_file


@pytest.fixture
def trained(shape_images, tmp_path):
    return trained_project_file(shape_images(per_class=6, size=16), tmp_path / "p.lepton",
                                tmp_path / "cache")


def _first(state, suffix):
    return next(k for k in sorted(state) if k.endswith(suffix))


MUTATIONS = {
    # BatchNorm accepts a missing counter even with strict=True; we do not.
    "missing num_batches_tracked": lambda s: s.pop(_first(s, "num_batches_tracked")),
    "missing weight": lambda s: s.pop(_first(s, ".weight")),
    "extra tensor": lambda s: s.__setitem__("layers.extra.weight", torch.zeros(3)),
    "wrong shape": lambda s: s.__setitem__(_first(s, ".bias"),
                                           torch.zeros(s[_first(s, ".bias")].numel() + 1)),
    # load_state_dict would cast integers into the float parameter silently.
    "wrong dtype": lambda s: s.__setitem__(_first(s, ".weight"),
                                           s[_first(s, ".weight")].to(torch.int32)),
}


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_a_mismatched_blob_is_refused_as_a_damaged_project(trained, mutation):
    project = load_project(trained)
    run = project.runs[0]
    key = run_blob_key(run.id)
    load_run_model(project, run)  # the untouched blob loads
    state = bytes_to_state(project.blobs[key])
    MUTATIONS[mutation](state)
    project.blobs[key] = state_to_bytes(state)
    with pytest.raises(LeptonError) as refused:
        load_run_model(project, run)
    assert refused.value.code == P.RUN_WEIGHTS_MISMATCH
    message = refused.value.problem.message()
    assert message.startswith("This project file is damaged: the weights of run run-1 do not match")


def test_unreadable_weight_bytes_name_the_run(trained):
    project = load_project(trained)
    run = project.runs[0]
    project.blobs[run_blob_key(run.id)] = b"\x08\x00\x00\x00\x00\x00\x00\x00{not json"
    with pytest.raises(LeptonError) as refused:
        load_run_model(project, run)
    assert refused.value.code == P.RUN_WEIGHTS_MISMATCH and "run-1" in refused.value.problem.message()


def test_the_helper_accepts_only_an_exact_state():
    network = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.BatchNorm1d(3))
    state = {k: v.clone() for k, v in network.state_dict().items()}
    assert state_mismatch(network, state) is None
    load_exact_state(network, state, lambda reason: AssertionError(reason))
    del state["1.num_batches_tracked"]
    reason = state_mismatch(network, state)
    assert reason == "missing: 1.num_batches_tracked"
    with pytest.raises(LeptonError):
        load_exact_state(network, state, lambda r: LeptonError(P.WEIGHTS_INVALID, reason=r))


def test_cli_evaluate_export_predict_exit_2_on_a_missing_tensor(trained, tmp_path):
    project = load_project(trained)
    key = run_blob_key(project.runs[0].id)
    state = bytes_to_state(project.blobs[key])
    state.pop(_first(state, "num_batches_tracked"))
    project.blobs[key] = state_to_bytes(state)
    save_project(project, trained)
    picture = next(project.dataset.resolve(item.path) for item in project.dataset.items)
    for args in (("evaluate", trained), ("predict", trained, picture),
                 ("export", trained, "--format", "onnx", "--out", tmp_path / "out")):
        result = cli(*args, home=tmp_path / "home")
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert "this project file is damaged: the weights of run run-1" in result.stderr.lower()
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
