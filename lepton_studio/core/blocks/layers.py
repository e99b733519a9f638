"""Single-input layer blocks: convolutions, normalisation, activation, pooling, dense."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .. import problems as P
from ..i18n import QT_TRANSLATE_NOOP
from ..problems import Problem
from .base import BOOL, CHOICE, FLOAT, INT, BlockSpec, Inferred, ParamSpec, Shape
from .geometry import effective_kernel, output_size, same_padding

PADDING = ParamSpec("padding", CHOICE, "same", QT_TRANSLATE_NOOP("Blocks", "Padding"),
                    QT_TRANSLATE_NOOP("Blocks", "\"same\" keeps the picture size (divided by the stride); \"valid\" lets it shrink at the borders."),
                    choices=("same", "valid"))
ACTIVATIONS = ("relu", "leaky_relu", "gelu", "silu", "sigmoid", "tanh")


def _expect_image(shape: Shape, node_id: str | None) -> Problem | None:
    if len(shape) != 3:
        return Problem(P.RANK_MISMATCH, node_id, {"expected": "an image-shaped tensor",
                                                   "got": f"flat list of {shape[0]} numbers"})
    return None


def _window(shape: Shape, kernel: int, stride: int, padding: str, dilation: int,
            node_id: str | None) -> tuple[tuple[int, int] | None, list[Problem]]:
    """Spatial output size of a window op on ``shape`` (C, H, W), or the problem."""
    _, height, width = shape
    reach = effective_kernel(kernel, dilation)
    if padding == "valid" and (reach > height or reach > width):
        return None, [Problem(P.KERNEL_TOO_LARGE, node_id,
                              {"kernel": reach, "height": height, "width": width})]
    out_h = output_size(height, kernel, stride, padding, dilation)
    out_w = output_size(width, kernel, stride, padding, dilation)
    if out_h < 1 or out_w < 1:
        return None, [Problem(P.SIZE_ZERO, node_id, {"height": out_h, "width": out_w})]
    return (out_h, out_w), []


def _pad_module(shape: Shape, kernel: int, stride: int, dilation: int, value: float = 0.0):
    """A ZeroPad2d/ConstantPad2d giving TF "same" padding, or None when not needed."""
    import torch.nn as nn

    top, bottom = same_padding(shape[1], kernel, stride, dilation)
    left, right = same_padding(shape[2], kernel, stride, dilation)
    if top == bottom == left == right == 0:
        return None
    return nn.ConstantPad2d((left, right, top, bottom), value)


def _sequential(*modules):
    import torch.nn as nn

    parts = [m for m in modules if m is not None]
    return parts[0] if len(parts) == 1 else nn.Sequential(*parts)


# --- Conv2D ------------------------------------------------------------------------------
def _conv_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    (shape,) = shapes
    problem = _expect_image(shape, node_id)
    if problem:
        return Inferred(None, problems=[problem])
    size, found = _window(shape, p["kernel"], p["stride"], p["padding"], p["dilation"], node_id)
    if size is None:
        return Inferred(None, problems=found)
    in_c, k, f = shape[0], p["kernel"], p["filters"]
    params = in_c * k * k * f + (f if p["bias"] else 0)
    macs = in_c * k * k * f * size[0] * size[1]
    return Inferred((f, *size), params, macs)


def _conv_build(p: dict[str, Any], shapes: Sequence[Shape]):
    import torch.nn as nn

    (shape,) = shapes
    k, s, d = p["kernel"], p["stride"], p["dilation"]
    pad = _pad_module(shape, k, s, d) if p["padding"] == "same" else None
    conv = nn.Conv2d(shape[0], p["filters"], k, stride=s, dilation=d, bias=p["bias"])
    return _sequential(pad, conv)


CONV2D = BlockSpec(
    id="conv2d", category="convolution", icon="conv",
    name=QT_TRANSLATE_NOOP("Blocks", "Convolution"),
    help=QT_TRANSLATE_NOOP("Blocks", "Slides small learned filters over the picture to find edges, textures and shapes. More filters find more kinds of patterns."),
    params=(
        ParamSpec("filters", INT, 32, QT_TRANSLATE_NOOP("Blocks", "Filters"), QT_TRANSLATE_NOOP("Blocks", "How many different patterns this layer can learn."), 1, 2048),
        ParamSpec("kernel", INT, 3, QT_TRANSLATE_NOOP("Blocks", "Kernel size"), QT_TRANSLATE_NOOP("Blocks", "Width of the square window each filter looks at, in pixels."), 1, 15),
        ParamSpec("stride", INT, 1, QT_TRANSLATE_NOOP("Blocks", "Stride"), QT_TRANSLATE_NOOP("Blocks", "Step between windows; 2 halves the picture size."), 1, 8),
        PADDING,
        ParamSpec("dilation", INT, 1, QT_TRANSLATE_NOOP("Blocks", "Dilation"), QT_TRANSLATE_NOOP("Blocks", "Spreads the window out to see a wider area with the same cost."), 1, 8),
        ParamSpec("bias", BOOL, True, QT_TRANSLATE_NOOP("Blocks", "Bias"), QT_TRANSLATE_NOOP("Blocks", "Adds a learned offset to each filter; not needed before batch normalisation.")),
    ),
    num_inputs=1, infer=_conv_infer, build=_conv_build,
)


# --- Depthwise-separable Conv2D ----------------------------------------------------------
def _sep_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    (shape,) = shapes
    problem = _expect_image(shape, node_id)
    if problem:
        return Inferred(None, problems=[problem])
    size, found = _window(shape, p["kernel"], p["stride"], p["padding"], 1, node_id)
    if size is None:
        return Inferred(None, problems=found)
    in_c, k, f = shape[0], p["kernel"], p["filters"]
    params = in_c * k * k + in_c * f + (f if p["bias"] else 0)
    macs = (in_c * k * k + in_c * f) * size[0] * size[1]
    return Inferred((f, *size), params, macs)


def _sep_build(p: dict[str, Any], shapes: Sequence[Shape]):
    import torch.nn as nn

    (shape,) = shapes
    in_c, k, s = shape[0], p["kernel"], p["stride"]
    pad = _pad_module(shape, k, s, 1) if p["padding"] == "same" else None
    depthwise = nn.Conv2d(in_c, in_c, k, stride=s, groups=in_c, bias=False)
    pointwise = nn.Conv2d(in_c, p["filters"], 1, bias=p["bias"])
    return _sequential(pad, depthwise, pointwise)


SEPCONV2D = BlockSpec(
    id="sepconv2d", category="convolution", icon="sepconv",
    name=QT_TRANSLATE_NOOP("Blocks", "Separable convolution"),
    help=QT_TRANSLATE_NOOP("Blocks", "A lighter convolution: filters each colour channel on its own, then mixes them. Almost as good, many times cheaper — used in models for phones."),
    params=CONV2D.params[:4] + (CONV2D.params[5],),
    num_inputs=1, infer=_sep_infer, build=_sep_build,
)


# --- BatchNorm ---------------------------------------------------------------------------
def _bn_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    (shape,) = shapes
    elements = 1
    for dim in shape:
        elements *= dim
    return Inferred(shape, 2 * shape[0], elements)


def _bn_build(p: dict[str, Any], shapes: Sequence[Shape]):
    import torch.nn as nn

    (shape,) = shapes
    cls = nn.BatchNorm2d if len(shape) == 3 else nn.BatchNorm1d
    return cls(shape[0], momentum=p["momentum"])


BATCHNORM = BlockSpec(
    id="batchnorm", category="normalisation", icon="norm",
    name=QT_TRANSLATE_NOOP("Blocks", "Batch normalisation"),
    help=QT_TRANSLATE_NOOP("Blocks", "Keeps the numbers flowing through the model in a steady range, so training is faster and more stable."),
    params=(ParamSpec("momentum", FLOAT, 0.1, QT_TRANSLATE_NOOP("Blocks", "Momentum"), QT_TRANSLATE_NOOP("Blocks", "How quickly the running averages follow new batches."), 0.001, 1.0),),
    num_inputs=1, infer=_bn_infer, build=_bn_build,
)


# --- Activation --------------------------------------------------------------------------
def _same_shape_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    return Inferred(shapes[0])


def _activation_build(p: dict[str, Any], shapes: Sequence[Shape]):
    import torch.nn as nn

    kind = p["function"]
    if kind == "leaky_relu":
        return nn.LeakyReLU(p["slope"])
    return {"relu": nn.ReLU, "gelu": nn.GELU, "silu": nn.SiLU,
            "sigmoid": nn.Sigmoid, "tanh": nn.Tanh}[kind]()


ACTIVATION = BlockSpec(
    id="activation", category="activation", icon="activation",
    name=QT_TRANSLATE_NOOP("Blocks", "Activation"),
    help=QT_TRANSLATE_NOOP("Blocks", "Bends the numbers so the model can learn more than straight lines. ReLU is a good default."),
    params=(
        ParamSpec("function", CHOICE, "relu", QT_TRANSLATE_NOOP("Blocks", "Function"), QT_TRANSLATE_NOOP("Blocks", "The shape of the bend."), choices=ACTIVATIONS),
        ParamSpec("slope", FLOAT, 0.01, QT_TRANSLATE_NOOP("Blocks", "Negative slope"), QT_TRANSLATE_NOOP("Blocks", "For Leaky ReLU: how much of a negative value gets through."), 0.0, 1.0),
    ),
    num_inputs=1, infer=_same_shape_infer, build=_activation_build,
)


# --- Pooling -----------------------------------------------------------------------------
def _pool_params() -> tuple[ParamSpec, ...]:
    return (
        ParamSpec("size", INT, 2, QT_TRANSLATE_NOOP("Blocks", "Window size"), QT_TRANSLATE_NOOP("Blocks", "Width of the square window that is summarised into one value."), 1, 16),
        ParamSpec("stride", INT, 0, QT_TRANSLATE_NOOP("Blocks", "Stride"), QT_TRANSLATE_NOOP("Blocks", "Step between windows; 0 means the same as the window size."), 0, 16),
        replace(PADDING, default="valid"),
    )


def _pool_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    (shape,) = shapes
    problem = _expect_image(shape, node_id)
    if problem:
        return Inferred(None, problems=[problem])
    stride = p["stride"] or p["size"]
    size, found = _window(shape, p["size"], stride, p["padding"], 1, node_id)
    if size is None:
        return Inferred(None, problems=found)
    return Inferred((shape[0], *size), 0, shape[0] * size[0] * size[1] * p["size"] ** 2)


def _pool_builder(maximum: bool):
    def build(p: dict[str, Any], shapes: Sequence[Shape]):
        import torch.nn as nn

        (shape,) = shapes
        k, s = p["size"], p["stride"] or p["size"]
        pad = None
        if p["padding"] == "same":
            pad = _pad_module(shape, k, s, 1, float("-inf") if maximum else 0.0)
        pool = nn.MaxPool2d(k, s) if maximum else nn.AvgPool2d(k, s)
        return _sequential(pad, pool)
    return build


MAXPOOL = BlockSpec(
    id="maxpool", category="pooling", icon="maxpool",
    name=QT_TRANSLATE_NOOP("Blocks", "Max pooling"),
    help=QT_TRANSLATE_NOOP("Blocks", "Shrinks the picture by keeping the strongest value in each window. Makes the model cheaper and less sensitive to small shifts."),
    params=_pool_params(), num_inputs=1, infer=_pool_infer, build=_pool_builder(True),
)
AVGPOOL = BlockSpec(
    id="avgpool", category="pooling", icon="avgpool",
    name=QT_TRANSLATE_NOOP("Blocks", "Average pooling"),
    help=QT_TRANSLATE_NOOP("Blocks", "Shrinks the picture by averaging each window."),
    params=_pool_params(), num_inputs=1, infer=_pool_infer, build=_pool_builder(False),
)


# --- Global average pool and Flatten -----------------------------------------------------
def _gap_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    (shape,) = shapes
    problem = _expect_image(shape, node_id)
    if problem:
        return Inferred(None, problems=[problem])
    return Inferred((shape[0],), 0, shape[0] * shape[1] * shape[2])


def _gap_build(p: dict[str, Any], shapes: Sequence[Shape]):
    from .torch_modules import GlobalAveragePool

    return GlobalAveragePool()


GLOBALAVGPOOL = BlockSpec(
    id="globalavgpool", category="pooling", icon="gap",
    name=QT_TRANSLATE_NOOP("Blocks", "Global average pooling"),
    help=QT_TRANSLATE_NOOP("Blocks", "Averages each filter's map into one number, turning the picture into a short list of features. The usual step before the classifier."),
    params=(), num_inputs=1, infer=_gap_infer, build=_gap_build,
)


def _flatten_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    (shape,) = shapes
    total = 1
    for dim in shape:
        total *= dim
    return Inferred((total,))


def _flatten_build(p: dict[str, Any], shapes: Sequence[Shape]):
    import torch.nn as nn

    return nn.Flatten(1)


FLATTEN = BlockSpec(
    id="flatten", category="reshape", icon="flatten",
    name=QT_TRANSLATE_NOOP("Blocks", "Flatten"),
    help=QT_TRANSLATE_NOOP("Blocks", "Lays every value of the picture-shaped data out in one long list, so dense layers can use it."),
    params=(), num_inputs=1, infer=_flatten_infer, build=_flatten_build,
)


# --- Dense and Dropout -------------------------------------------------------------------
def _dense_infer(p: dict[str, Any], shapes: Sequence[Shape], node_id: str | None) -> Inferred:
    (shape,) = shapes
    if len(shape) != 1:
        return Inferred(None, problems=[Problem(P.DENSE_ON_IMAGE, node_id,
                                                {"shape": "×".join(map(str, shape))})])
    units = p["units"]
    return Inferred((units,), shape[0] * units + units, shape[0] * units)


def _dense_build(p: dict[str, Any], shapes: Sequence[Shape]):
    import torch.nn as nn

    return nn.Linear(shapes[0][0], p["units"])


DENSE = BlockSpec(
    id="dense", category="dense", icon="dense",
    name=QT_TRANSLATE_NOOP("Blocks", "Dense"),
    help=QT_TRANSLATE_NOOP("Blocks", "Connects every input number to every output unit. Takes a flat list, so put Flatten or Global average pooling before it."),
    params=(ParamSpec("units", INT, 128, QT_TRANSLATE_NOOP("Blocks", "Units"), QT_TRANSLATE_NOOP("Blocks", "How many numbers this layer outputs."), 1, 65536),),
    num_inputs=1, infer=_dense_infer, build=_dense_build,
)


def _dropout_build(p: dict[str, Any], shapes: Sequence[Shape]):
    import torch.nn as nn

    return nn.Dropout(p["rate"])


DROPOUT = BlockSpec(
    id="dropout", category="regularisation", icon="dropout",
    name=QT_TRANSLATE_NOOP("Blocks", "Dropout"),
    help=QT_TRANSLATE_NOOP("Blocks", "While training, randomly switches off some values so the model cannot rely on any single one. Helps against learning the training pictures by heart."),
    params=(ParamSpec("rate", FLOAT, 0.3, QT_TRANSLATE_NOOP("Blocks", "Rate"), QT_TRANSLATE_NOOP("Blocks", "Share of values switched off (0 to 0.9)."), 0.0, 0.9),),
    num_inputs=1, infer=_same_shape_infer, build=_dropout_build,
)

LAYER_BLOCKS = (CONV2D, SEPCONV2D, BATCHNORM, ACTIVATION, MAXPOOL, AVGPOOL,
                GLOBALAVGPOOL, FLATTEN, DENSE, DROPOUT)
