"""Weights in and out of a project: safetensors bytes, never pickles.

Every load of weights into a network goes through ``load_exact_state``: the stored
tensors must be exactly those the network has (same names, shapes and dtypes). torch's
``strict=True`` is not enough on its own: BatchNorm quietly accepts a missing
``num_batches_tracked`` and ``copy_`` casts any dtype, so a damaged file would run with
weights that are not what it claims.
"""

from __future__ import annotations

from collections.abc import Callable
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


def _listed(label: str, names: list[str]) -> str:
    shown = ", ".join(names[:5]) + (f" (+{len(names) - 5} more)" if len(names) > 5 else "")
    return f"{label}: {shown}"


def state_mismatch(network, state: dict[str, Any]) -> str | None:
    """Why ``state`` does not fit ``network`` exactly (missing, extra, wrong shape or
    dtype), or None when every tensor is there as it should be."""
    expected = network.state_dict()
    missing = sorted(k for k in expected if k not in state)
    extra = sorted(k for k in state if k not in expected)
    wrong = []
    for key in sorted(expected.keys() & state.keys()):
        ours, theirs = expected[key], state[key]
        if not hasattr(theirs, "shape") or tuple(theirs.shape) != tuple(ours.shape):
            wrong.append(f"{key} {tuple(getattr(theirs, 'shape', ()))} != {tuple(ours.shape)}")
        elif theirs.dtype != ours.dtype:
            wrong.append(f"{key} {theirs.dtype} != {ours.dtype}")
    parts = [_listed(label, names) for label, names in
             (("missing", missing), ("unexpected", extra), ("mismatched", wrong)) if names]
    return "; ".join(parts) or None


def load_exact_state(network, state: dict[str, Any],
                     refuse: Callable[[str], LeptonError]) -> None:
    """Load ``state`` into ``network``, or raise ``refuse(reason)`` when it does not fit
    exactly; the one way weights enter a network (see the module docstring)."""
    reason = state_mismatch(network, state)
    if reason is None:
        try:
            network.load_state_dict(state, strict=True)
            return
        except RuntimeError as exc:  # pragma: no cover - the check above should catch it
            reason = str(exc)
    raise refuse(reason[:300])


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
    """The trained network of ``run`` in eval mode, built from the graph it trained.

    Weights that do not match the run's graph make the project damaged
    (``run_weights_mismatch``): never a network with some layers left as initialised.
    """
    from .compiler import build_model

    key = run_blob_key(run.id, which)
    if key not in project.blobs:
        raise LeptonError(P.NO_TRAINED_MODEL)
    model = build_model(Graph.from_dict(run.graph), load_pretrained=False)
    try:
        state = bytes_to_state(project.blobs[key])
    except LeptonError as exc:
        raise LeptonError(P.RUN_WEIGHTS_MISMATCH, run=run.id,
                          reason=exc.problem.values.get("reason", "")) from None
    load_exact_state(model, state,
                     lambda reason: LeptonError(P.RUN_WEIGHTS_MISMATCH, run=run.id, reason=reason))
    return model.eval()
