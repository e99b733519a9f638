"""Blocks that join two branches: residual add and channel concatenation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import problems as P
from ..i18n import QT_TRANSLATE_NOOP
from ..problems import Problem
from .base import BlockSpec, Inferred, Shape


def _describe(shapes: Sequence[Shape]) -> str:
    return " + ".join("×".join(map(str, s)) for s in shapes)


def _add_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    if any(s != shapes[0] for s in shapes):
        return Inferred(None, problems=[Problem(P.ADD_MISMATCH, node_id, {"shapes": _describe(shapes)})])
    elements = 1
    for dim in shapes[0]:
        elements *= dim
    return Inferred(shapes[0], 0, elements * (len(shapes) - 1))


def _add_build(p: dict[str, Any], shapes: Sequence[Shape]):
    from .torch_modules import Add

    return Add()


def _concat_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    ranks = {len(s) for s in shapes}
    if ranks == {1}:
        return Inferred((sum(s[0] for s in shapes),))
    if ranks != {3} or any(s[1:] != shapes[0][1:] for s in shapes):
        return Inferred(None, problems=[Problem(P.CONCAT_MISMATCH, node_id, {"shapes": _describe(shapes)})])
    return Inferred((sum(s[0] for s in shapes), *shapes[0][1:]))


def _concat_build(p: dict[str, Any], shapes: Sequence[Shape]):
    from .torch_modules import Concat

    return Concat()


ADD = BlockSpec(
    id="add", category="merge", icon="add",
    name=QT_TRANSLATE_NOOP("Blocks", "Add (residual)"),
    help=QT_TRANSLATE_NOOP("Blocks", "Adds two branches of the same shape. A shortcut around a few layers (a residual connection) lets deeper models train well."),
    params=(), num_inputs=2, infer=_add_infer, build=_add_build,
)
CONCAT = BlockSpec(
    id="concat", category="merge", icon="concat",
    name=QT_TRANSLATE_NOOP("Blocks", "Concatenate"),
    help=QT_TRANSLATE_NOOP("Blocks", "Stacks the filters of two branches side by side. Both must have the same height and width."),
    params=(), num_inputs=2, infer=_concat_infer, build=_concat_build,
)
