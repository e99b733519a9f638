"""Weights in and out of a project: safetensors bytes, never pickles."""

from __future__ import annotations

from typing import Any

from . import problems as P
from .graph import Graph
from .problems import LeptonError
from .project import BEST, Project, RunRecord, run_blob_key


def state_to_bytes(state: dict[str, Any]) -> bytes:
    from safetensors.torch import save

    return save({k: v.contiguous() for k, v in state.items()})


def bytes_to_state(data: bytes) -> dict[str, Any]:
    from safetensors import SafetensorError
    from safetensors.torch import load

    try:
        return load(data)
    except (SafetensorError, ValueError, RuntimeError) as exc:
        raise LeptonError(P.WEIGHTS_INVALID, reason=str(exc)[:200]) from None


def chosen_run(project: Project, run_id: str | None = None) -> RunRecord:
    """The run to evaluate or export: the one asked for, the selected one, or the latest
    one with weights."""
    if run_id is not None:
        run = project.run(run_id)
        if run is None:
            raise LeptonError(P.RUN_NOT_FOUND, run=run_id)
        return run
    if project.selected_run and project.run(project.selected_run):
        return project.run(project.selected_run)
    for run in reversed(project.runs):
        if run_blob_key(run.id, BEST) in project.blobs:
            return run
    raise LeptonError(P.NO_TRAINED_MODEL)


def load_run_model(project: Project, run: RunRecord, which: str = BEST):
    """The trained network of ``run`` in eval mode, built from the graph it trained."""
    from .compiler import build_model

    key = run_blob_key(run.id, which)
    if key not in project.blobs:
        raise LeptonError(P.NO_TRAINED_MODEL)
    model = build_model(Graph.from_dict(run.graph), load_pretrained=False)
    state = bytes_to_state(project.blobs[key])
    try:
        model.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        raise LeptonError(P.WEIGHTS_INVALID, reason=str(exc)[:200]) from None
    return model.eval()
