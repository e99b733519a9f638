"""Pretrained backbones as blocks: EfficientNet-Lite0 with ImageNet weights.

The block takes the [0, 1] image from the Image input (grey images are repeated to three
channels) and normalises it inside, the way the network was trained. Frozen (the
default), its features can be computed once per image and cached; see
``core/training/features.py``.

Building a model to *load* trained weights does not need the weights package: wrap the
call in ``without_pretrained_weights()`` (the compiler does this for checkpoints).
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator, Sequence
from typing import Any

from .. import problems as P
from ..backbones import efficientnet_lite0 as lite0
from ..i18n import QT_TRANSLATE_NOOP
from ..problems import WARNING, LeptonError, Problem
from .base import INT, BlockSpec, Inferred, ParamSpec, Shape

_LOAD_PRETRAINED = contextvars.ContextVar("load_pretrained", default=True)


@contextlib.contextmanager
def without_pretrained_weights() -> Iterator[None]:
    """Build backbones with random weights (they are about to be overwritten)."""
    token = _LOAD_PRETRAINED.set(False)
    try:
        yield
    finally:
        _LOAD_PRETRAINED.reset(token)


def _infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    (shape,) = shapes
    if len(shape) != 3 or shape[0] not in (1, 3):
        return Inferred(None, problems=[Problem(P.BACKBONE_INPUT, node_id, {"shape": "×".join(map(str, shape))})])
    if _LOAD_PRETRAINED.get() and not lite0.weights_available():
        raise LeptonError(P.BACKBONE_MISSING, node_id)
    problems = []
    if not lite0.size_supported((shape[1], shape[2])):
        problems.append(Problem(P.BACKBONE_SIZE, node_id, {"size": shape[1], "minimum": lite0.MIN_SIZE,
                                                            "maximum": lite0.MAX_SIZE,
                                                            "suggested": lite0.DEFAULT_SIZE}, WARNING))
    return Inferred(lite0.feature_shape((shape[1], shape[2])), lite0.param_count(),
                    lite0.macs((shape[1], shape[2])), problems)


def _build(p: dict[str, Any], shapes: Sequence[Shape]):
    from .torch_modules import RepeatToRGB

    features = lite0.build_efficientnet_lite0(pretrained=_LOAD_PRETRAINED.get(),
                                              num_stages_trainable=p["trainable_stages"],
                                              input_range="unit")
    return RepeatToRGB(features) if shapes[0][0] == 1 else features


def is_frozen(params: dict[str, Any]) -> bool:
    return params.get("trainable_stages", 0) == 0


EFFICIENTNET_LITE0 = BlockSpec(
    id="backbone_efficientnet_lite0", category="pretrained", icon="backbone",
    name=QT_TRANSLATE_NOOP("Blocks", "Pretrained backbone — EfficientNet-Lite0 (ImageNet)"),
    help=QT_TRANSLATE_NOOP("Blocks", "A network that has already learned to see from 1.2 million photos. Put a small classifier after it: with a few dozen photos per class it does far better than a model trained from scratch. Works best at 224 pixels."),
    params=(ParamSpec("trainable_stages", INT, 0, QT_TRANSLATE_NOOP("Blocks", "Stages to fine-tune"),
                      QT_TRANSLATE_NOOP("Blocks", "0 keeps the pretrained network frozen (fast: its features are computed once). 1 to 7 also trains its last stages (slower, can help with many photos)."),
                      0, lite0.NUM_STAGES),),
    num_inputs=1, infer=_infer, build=_build,
)
