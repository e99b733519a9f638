"""Augment whole batches as tensors, on the tensor's own device.

One ``affine_grid`` + ``grid_sample`` per batch does mirror, quarter turn, rotation, shift
and zoom together; brightness, contrast and cutout are element-wise. All random numbers of a
batch come from a single draw on the generator, so a seeded ``torch.Generator`` gives
the same batch every time. Give the generator the batch's device
(``torch.Generator(device="cuda")``): a CPU generator with a CUDA batch works, but its
numbers then cross to the GPU each batch.

Mirroring and quarter turns are not part of any preset: a mirrored 2, letter or arrow,
or a 6 turned into a 9, is a different class. The caller says whether they are safe for
this data (``mirror`` / ``turn``, decided by ``core/training/symmetry.py``; see
docs/augmentation.md).

torch is imported inside the functions: importing this module stays cheap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import torch

PRESETS = ("none", "light", "strong")
CUTOUT_FILL = 0.5  # mid grey, as the inputs are in [0, 1]
_DRAWS = 11        # random numbers per image, whatever the preset
MIRROR_P = 0.5     # share of mirrored pictures when mirroring is safe


@dataclass(frozen=True)
class AugmentSpec:
    """Ranges of one preset; each image draws its own values uniformly within them."""

    rotate_deg: float = 0.0    # +/- degrees
    shift: float = 0.0         # +/- fraction of the side
    zoom: float = 0.0          # +/- fraction of the size
    brightness: float = 0.0    # +/- added to every pixel
    contrast: float = 0.0      # +/- fraction, around the image's mean
    cutout: float = 0.0        # probability of a grey square
    cutout_size: float = 0.0   # its side, as a fraction of the shorter image side


SPECS: dict[str, AugmentSpec] = {
    "none": AugmentSpec(),
    "light": AugmentSpec(rotate_deg=10, shift=0.06, zoom=0.08,
                         brightness=0.1, contrast=0.1),
    "strong": AugmentSpec(rotate_deg=20, shift=0.12, zoom=0.15, brightness=0.25, contrast=0.25, cutout=0.5, cutout_size=0.3),
}


def augment_batch(x: torch.Tensor, preset: str = "light",
                  generator: torch.Generator | None = None,
                  mirror: bool = False, turn: bool = False) -> torch.Tensor:
    """Augment a float NCHW batch in [0, 1]; same shape, dtype and device back.

    ``mirror``: mirror left-right half of the pictures. ``turn``: turn each picture by a
    random quarter turn (0/90/180/270 degrees; 0/180 only when it is not square).
    ``"none"`` returns ``x`` itself, whatever ``mirror`` and ``turn`` say.
    """
    import torch
    import torch.nn.functional as F

    if preset not in SPECS:
        raise ValueError(f"preset must be one of {PRESETS}, not {preset!r}")
    if not torch.is_tensor(x) or x.ndim != 4 or not x.is_floating_point():
        raise ValueError("expected a float NCHW tensor")
    spec = SPECS[preset]
    if preset == "none" or x.shape[0] == 0 or (spec == SPECS["none"] and not mirror and not turn):
        return x
    n, _c, h, w = x.shape
    device = x.device
    draw_device = generator.device if generator is not None else device
    r = torch.rand((n, _DRAWS), generator=generator, device=draw_device)
    if r.device != device:
        r = r.to(device, non_blocking=True)
    u = r * 2 - 1  # uniform in [-1, 1)

    flip = torch.where(r[:, 0] < (MIRROR_P if mirror else 0.0), -1.0, 1.0)
    angle = u[:, 1] * math.radians(spec.rotate_deg)
    if turn:  # quarter turns land pixel centres on pixel centres: no blur of their own
        quarters = 4 if h == w else 2
        angle = angle + torch.floor(r[:, 10] * quarters) * (2 * math.pi / quarters)
    inv_zoom = 1.0 / (1.0 + u[:, 2] * spec.zoom)
    cos, sin = torch.cos(angle) * inv_zoom, torch.sin(angle) * inv_zoom
    # Output -> input sampling coordinates in [-1, 1]; the h/w factors keep the rotation
    # rigid on non-square images. The flip mirrors the output x axis.
    theta = torch.stack([
        torch.stack([cos * flip, -sin * (h / w), u[:, 3] * (2 * spec.shift)], dim=1),
        torch.stack([sin * (w / h) * flip, cos, u[:, 4] * (2 * spec.shift)], dim=1),
    ], dim=1).to(x.dtype)
    grid = F.affine_grid(theta, [n, x.shape[1], h, w], align_corners=False)
    out = F.grid_sample(x, grid, mode="bilinear", padding_mode="reflection",
                        align_corners=False)

    if spec.brightness or spec.contrast:
        gain = (1.0 + u[:, 5] * spec.contrast).view(n, 1, 1, 1).to(x.dtype)
        offset = (u[:, 6] * spec.brightness).view(n, 1, 1, 1).to(x.dtype)
        mean = out.mean(dim=(1, 2, 3), keepdim=True)
        out = (out - mean) * gain + mean + offset
    if spec.cutout:
        half = spec.cutout_size * min(h, w) / 2
        ys = torch.arange(h, device=device, dtype=torch.float32).view(1, h, 1) + 0.5
        xs = torch.arange(w, device=device, dtype=torch.float32).view(1, 1, w) + 0.5
        cy, cx = (r[:, 8] * h).view(n, 1, 1), (r[:, 9] * w).view(n, 1, 1)
        mask = ((ys - cy).abs() < half) & ((xs - cx).abs() < half)
        mask &= (r[:, 7] < spec.cutout).view(n, 1, 1)
        out = out.masked_fill(mask.unsqueeze(1), CUTOUT_FILL)
    return out.clamp_(0.0, 1.0)


def batch_to_tensor(batch: np.ndarray, device: Any = "cpu", channels_last: bool = False
                    ) -> torch.Tensor:
    """uint8 NHWC (from the image cache) -> float NCHW in [0, 1] on ``device``.

    The bytes cross to the GPU as uint8 (4x less than float) from pinned memory without
    waiting; the conversion runs on the device. Same values as ``decode.to_model_input``.
    """
    import torch

    arr = np.ascontiguousarray(batch)
    if arr.ndim != 4 or arr.dtype != np.uint8:
        raise ValueError(f"expected a uint8 NHWC batch, got {arr.dtype} {arr.shape}")
    t = torch.from_numpy(arr)
    target = torch.device(device)
    if target.type == "cuda":
        t = t.pin_memory().to(target, non_blocking=True)
    elif target.type != "cpu":
        t = t.to(target)
    x = t.permute(0, 3, 1, 2).float().div_(255.0)  # keeps NHWC strides: channels_last
    return x if channels_last else x.contiguous()
