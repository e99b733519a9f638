"""Where the model looked: Grad-CAM heat maps and their colour overlay.

Grad-CAM (Selvaraju et al., 2017) weighs each channel of a convolution-like layer's
output by the mean gradient of one class's score over that channel, sums the channels,
keeps the positive part and scales it up to the picture. By default the layer is the
last one whose output still has a picture's shape (N×C×H×W with more than one pixel)
before the network collapses it (global pooling, flatten): the last convolution,
normalisation or activation of a home-made model, or the output of a pretrained
backbone. Graphs without any convolution get a clear ``LeptonError``.

Qt-free; torch is imported inside the functions that make tensors.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

from . import problems as P
from .problems import LeptonError

# Blocks that learn spatial filters; Grad-CAM needs one of them at or before its layer.
CONV_BLOCKS = frozenset({"conv2d", "sepconv2d"})

# Colour map anchors (position, R, G, B): dark blue - blue - cyan - yellow - red, in the
# spirit of "jet" but darker at the bottom, so a cold region stays readable.
_ANCHORS = np.array([
    (0.00, 20, 20, 110),
    (0.20, 30, 80, 230),
    (0.45, 40, 200, 220),
    (0.65, 150, 230, 70),
    (0.80, 250, 220, 40),
    (1.00, 225, 30, 25),
], dtype=np.float64)

# A model is not safe to hook from two threads at once: Grad-CAM calls take this lock.
_LOCK = threading.Lock()


def colour_map(values: np.ndarray) -> np.ndarray:
    """``values`` in [0, 1] (any shape) -> uint8 RGB of shape ``values.shape + (3,)``."""
    v = np.clip(np.nan_to_num(np.asarray(values, dtype=np.float64)), 0.0, 1.0)
    channels = [np.interp(v, _ANCHORS[:, 0], _ANCHORS[:, c]) for c in (1, 2, 3)]
    return np.stack(channels, axis=-1).round().astype(np.uint8)


def overlay(image_uint8: np.ndarray, heat: np.ndarray, opacity: float = 0.5) -> np.ndarray:
    """The picture with the colour-mapped ``heat`` laid over it; uint8 H×W×3.

    ``image_uint8`` is H×W, H×W×1 or H×W×3 (grey is shown as grey); ``heat`` is H×W in
    [0, 1] at the same size; ``opacity`` 0 shows only the picture, 1 only the heat map.
    """
    image = np.asarray(image_uint8)
    if image.ndim == 2:
        image = image[:, :, None]
    if image.ndim != 3 or image.shape[2] not in (1, 3, 4):
        raise ValueError(f"expected an H×W×C picture, got shape {image.shape}")
    rgb = np.repeat(image, 3, axis=2) if image.shape[2] == 1 else image[:, :, :3]
    heat = np.asarray(heat)
    if heat.shape != rgb.shape[:2]:
        raise ValueError(f"heat map {heat.shape} does not match the picture {rgb.shape[:2]}")
    alpha = float(np.clip(opacity, 0.0, 1.0))
    mixed = (1.0 - alpha) * rgb.astype(np.float32) + alpha * colour_map(heat).astype(np.float32)
    return np.clip(mixed.round(), 0, 255).astype(np.uint8)


def _block_of(layer_name: str) -> str:
    """``conv2d_3`` -> ``conv2d`` (the compiler names layers ``<block>_<n>``)."""
    return layer_name.rsplit("_", 1)[0]


def _is_conv_like(layer_name: str) -> bool:
    block = _block_of(layer_name)
    return block in CONV_BLOCKS or block.startswith("backbone_")


def _layer_names(model) -> list[str]:
    if hasattr(model, "layer_names"):
        return list(model.layer_names())
    return [name for name, _ in model.named_children()]


def _layer(model, name: str):
    layers = getattr(model, "layers", None)
    if layers is not None and name in layers:
        return layers[name]
    return dict(model.named_modules()).get(name)


def _output_shapes(model, x) -> dict[str, tuple[int, ...]]:
    """Each named layer's output shape for input ``x`` (one forward pass, no gradients)."""
    import torch

    shapes: dict[str, tuple[int, ...]] = {}
    handles = []
    for name in _layer_names(model):
        module = _layer(model, name)
        if module is None:
            continue

        def record(_module, _inputs, output, name=name) -> None:
            if isinstance(output, torch.Tensor):
                shapes[name] = tuple(output.shape)

        handles.append(module.register_forward_hook(record))
    try:
        with torch.no_grad():
            model(x)
    finally:
        for handle in handles:
            handle.remove()
    return shapes


def choose_layer(model, shapes: dict[str, tuple[int, ...]]) -> str:
    """The last layer with a picture-shaped output (more than one pixel), at or after the
    first convolution-like layer. Raises ``gradcam_no_convolution`` when there is none."""
    names = [n for n in _layer_names(model) if n in shapes]
    first_conv = next((i for i, n in enumerate(names) if _is_conv_like(n)), None)
    if first_conv is None:
        raise LeptonError(P.GRADCAM_NO_CONVOLUTION)
    spatial = [n for n in names[first_conv:]
               if len(shapes[n]) == 4 and shapes[n][2] * shapes[n][3] > 1]
    if not spatial:
        spatial = [n for n in names[first_conv:] if len(shapes[n]) == 4]
    if not spatial:
        raise LeptonError(P.GRADCAM_NO_CONVOLUTION)
    return spatial[-1]


def default_layer(model, image_uint8_hwc: np.ndarray) -> str:
    """The layer ``grad_cam`` uses when none is named, for a picture of this size."""
    x = _input_tensor(model, image_uint8_hwc)
    return choose_layer(model, _output_shapes(model, x))


def _input_tensor(model, image_uint8_hwc: np.ndarray):
    import torch

    from .data.decode import to_model_input

    image = np.asarray(image_uint8_hwc)
    if image.dtype != np.uint8:
        raise ValueError(f"expected uint8 pixels, got {image.dtype}")
    if image.ndim == 2:
        image = image[:, :, None]
    if image.ndim != 3:
        raise ValueError(f"expected one H×W×C picture, got shape {image.shape}")
    expected = getattr(model, "input_shape", None)
    if expected and tuple(expected) != (image.shape[2], image.shape[0], image.shape[1]):
        c, h, w = expected
        raise ValueError(f"the model takes {h}×{w}×{c} pixels, got {image.shape}")
    device = next((p.device for p in model.parameters()), torch.device("cpu"))
    return torch.from_numpy(to_model_input(image)).to(device)


def grad_cam(model, image_uint8_hwc: np.ndarray, class_index: int,
             layer_name: str | None = None) -> np.ndarray:
    """Grad-CAM heat map (float32 H×W in [0, 1]) of ``class_index`` for one picture.

    ``image_uint8_hwc`` holds the model's own input pixels (``size×size×C`` as the image
    cache and ``Predictor.prepare_array`` make them); the map has the same H×W. The
    model's weights, ``requires_grad`` flags and train/eval mode are left as they were.
    A map with no positive evidence at all is all zeros.
    """
    import torch
    import torch.nn.functional as F

    with _LOCK:
        was_training = model.training
        model.eval()
        try:
            x = _input_tensor(model, image_uint8_hwc)
            with torch.inference_mode(False), torch.enable_grad():
                x = x.clone()
                if layer_name is None:
                    layer_name = choose_layer(model, _output_shapes(model, x))
                module = _layer(model, layer_name)
                if module is None:
                    raise ValueError(f"the model has no layer {layer_name!r}")
                captured: dict[str, Any] = {}

                def keep(_module, _inputs, output):
                    # A frozen layer's output carries no gradient: make it a leaf that does.
                    if not output.requires_grad:
                        output = output.detach().requires_grad_(True)
                    captured["activation"] = output
                    return output

                handle = module.register_forward_hook(keep)
                try:
                    logits = model(x)
                finally:
                    handle.remove()
                activation = captured.get("activation")
                if activation is None or activation.dim() != 4:
                    raise LeptonError(P.GRADCAM_NO_CONVOLUTION)
                classes = logits.shape[1]
                if not 0 <= class_index < classes:
                    raise ValueError(f"class {class_index} is not one of the {classes} classes")
                (gradient,) = torch.autograd.grad(logits[0, class_index], activation)
                weights = gradient.float().mean(dim=(2, 3), keepdim=True)
                cam = torch.relu((weights * activation.detach().float()).sum(dim=1, keepdim=True))
                cam = F.interpolate(cam, size=tuple(x.shape[2:]), mode="bilinear",
                                    align_corners=False)[0, 0]
        finally:
            model.train(was_training)
    heat = cam.cpu().numpy().astype(np.float32)
    heat = np.nan_to_num(heat, nan=0.0, posinf=0.0, neginf=0.0)
    heat -= heat.min()
    peak = float(heat.max())
    if peak <= 1e-12:
        return np.zeros_like(heat, dtype=np.float32)
    return (heat / peak).astype(np.float32)
