"""The two ends of every model: the image input and the classifier output."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import problems as P
from ..i18n import QT_TRANSLATE_NOOP
from ..problems import Problem
from .base import CHOICE, INT, BlockSpec, Inferred, ParamSpec, Shape


def _input_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    channels = 1 if p["color"] == "gray" else 3
    return Inferred((channels, p["size"], p["size"]))


def _input_build(p: dict[str, Any], shapes: Sequence[Shape]):
    import torch.nn as nn

    return nn.Identity()


INPUT = BlockSpec(
    id="input", category="io", icon="input",
    name=QT_TRANSLATE_NOOP("Blocks", "Image input"),
    help=QT_TRANSLATE_NOOP("Blocks", "Where the pictures come in, resized to a square and scaled to values between 0 and 1. Its size and colours follow the dataset."),
    params=(
        ParamSpec("size", INT, 64, QT_TRANSLATE_NOOP("Blocks", "Image size"), QT_TRANSLATE_NOOP("Blocks", "Pictures are resized to this many pixels on each side."), 8, 1024),
        ParamSpec("color", CHOICE, "rgb", QT_TRANSLATE_NOOP("Blocks", "Colours"), QT_TRANSLATE_NOOP("Blocks", "Colour (3 channels) or grey (1 channel)."), choices=("rgb", "gray")),
    ),
    num_inputs=0, infer=_input_infer, build=_input_build,
)


def _output_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    (shape,) = shapes
    if len(shape) != 1:
        return Inferred(None, problems=[Problem(P.DENSE_ON_IMAGE, node_id,
                                                {"shape": "×".join(map(str, shape))})])
    classes = p["classes"]
    return Inferred((classes,), shape[0] * classes + classes, shape[0] * classes)


def _output_build(p: dict[str, Any], shapes: Sequence[Shape]):
    import torch.nn as nn

    return nn.Linear(shapes[0][0], p["classes"])


OUTPUT = BlockSpec(
    id="output", category="io", icon="output",
    name=QT_TRANSLATE_NOOP("Blocks", "Classifier output"),
    help=QT_TRANSLATE_NOOP("Blocks", "Gives one score per class; the highest wins. The number of classes follows the dataset."),
    params=(ParamSpec("classes", INT, 2, QT_TRANSLATE_NOOP("Blocks", "Classes"), QT_TRANSLATE_NOOP("Blocks", "How many kinds of picture the model tells apart."), 2, 10000),),
    num_inputs=1, infer=_output_infer, build=_output_build, has_output=False,
)
