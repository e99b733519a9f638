"""Where a problem is fixed: the step (Data, Model) and, for some, the very control.

The Train step's "Go to Data" button, the Model step's "Change the Image Size…" and
any other place that offers a way out of a problem ask here, so the map is written
once and the GUI never re-checks a problem to find where it belongs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import problems as P
from .problems import Problem

DATA, MODEL = "data", "model"
IMAGE_SETTINGS = "image_settings"  # the Data step's size / colour / resize controls

# Problems whose cure is in the Data step; graph problems (with a block) are the Model's.
DATA_CODES = frozenset({P.NO_DATASET, P.NO_TRAINING_DATA, P.BACKBONE_SIZE,
                        P.TRAINING_FILES_UNREADABLE})
MODEL_CODES = frozenset({
    P.CLASS_COUNT_MISMATCH, P.BACKBONE_MISSING, P.BACKBONE_INPUT, P.BACKBONE_WEIGHTS_INVALID,
    P.NO_INPUT, P.NO_OUTPUT, P.MANY_INPUTS, P.MANY_OUTPUTS, P.CYCLE, P.NO_PATH,
    P.NOT_ON_PATH, P.UNCONNECTED_INPUT, P.ADD_MISMATCH, P.CONCAT_MISMATCH,
    P.RANK_MISMATCH, P.KERNEL_TOO_LARGE, P.SIZE_ZERO, P.DENSE_ON_IMAGE,
    P.MODEL_TOO_LARGE, P.BAD_PARAM, P.UNKNOWN_BLOCK, P.BAD_WIRE, P.WIRE_SELF,
    P.WIRE_FROM_OUTPUT, P.WIRE_NO_INPUT, P.WIRE_INPUT_TAKEN, P.WIRE_LOOP})


@dataclass(frozen=True)
class Fix:
    """Where to go for a problem: ``step``, and in it ``place`` with ``values``
    (e.g. the image settings with ``{"size": 224}`` filled in)."""

    step: str
    place: str = ""
    values: dict[str, Any] = field(default_factory=dict)


def problem_step(problem: Problem) -> str | None:
    """The step where ``problem`` is fixed ("data", "model"), if it is one of those."""
    if problem.code in DATA_CODES or problem.code.startswith("data_"):
        return DATA
    if problem.node_id is not None or problem.code in MODEL_CODES:
        return MODEL
    return None


def problem_fix(problem: Problem) -> Fix | None:
    """The most direct way to the fix of ``problem`` (None when there is no place)."""
    if problem.code == P.BACKBONE_SIZE:
        suggested = problem.values.get("suggested")
        return Fix(DATA, IMAGE_SETTINGS, {"size": suggested} if isinstance(suggested, int) else {})
    step = problem_step(problem)
    return Fix(step) if step is not None else None
