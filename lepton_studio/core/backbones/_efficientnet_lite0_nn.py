"""The torch modules of EfficientNet-Lite0; imported only by the builders (it imports torch).

Architecture data, key names and the freezing rule are in ``efficientnet_lite0``.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from .efficientnet_lite0 import (
    BN_EPS,
    BN_MOMENTUM,
    CLASSIFIER_DROPOUT,
    FEATURES,
    IMAGENET_CLASSES,
    IN_CHANNELS,
    MEAN,
    NUM_STAGES,
    STAGES,
    STD,
    STEM_CHANNELS,
    BlockSpec,
    blocks,
)


class Conv2dSame(nn.Conv2d):
    """Bias-free conv with TensorFlow "SAME" padding: output size = ceil(input / stride).

    For stride 1 (odd kernels) that is the usual symmetric ``k // 2`` padding. For stride 2
    TF puts the odd pixel of padding at the bottom/right, which PyTorch's symmetric padding
    does not; the weights were trained that way, so we pad explicitly from the input size.
    """

    def __init__(self, cin: int, cout: int, kernel: int, stride: int = 1, groups: int = 1) -> None:
        super().__init__(cin, cout, kernel, stride=stride, groups=groups, bias=False,
                         padding=kernel // 2 if stride == 1 else 0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        stride = self.stride[0]
        if stride == 1:
            return self._conv_forward(x, self.weight, self.bias)
        kernel = self.kernel_size[0]
        ih, iw = x.shape[-2], x.shape[-1]
        pad_h = max(((ih + stride - 1) // stride - 1) * stride + kernel - ih, 0)
        pad_w = max(((iw + stride - 1) // stride - 1) * stride + kernel - iw, 0)
        x = F.pad(x, [pad_w // 2, pad_w - pad_w // 2, pad_h // 2, pad_h - pad_h // 2])
        return self._conv_forward(x, self.weight, self.bias)


class ConvBNAct(nn.Module):
    """Conv + BatchNorm (+ ReLU6): the unit every Lite0 layer is made of."""

    def __init__(self, cin: int, cout: int, kernel: int, stride: int = 1, groups: int = 1,
                 activation: bool = True) -> None:
        super().__init__()
        self.conv = Conv2dSame(cin, cout, kernel, stride, groups)
        self.bn = nn.BatchNorm2d(cout, eps=BN_EPS, momentum=BN_MOMENTUM)
        self.act = nn.ReLU6(inplace=True) if activation else nn.Identity()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(self.bn(self.conv(x)))


class MBConv(nn.Module):
    """Inverted residual: 1x1 expand, depthwise kxk, 1x1 linear projection (+ skip)."""

    def __init__(self, spec: BlockSpec) -> None:
        super().__init__()
        hidden = spec.hidden
        self.expand = (ConvBNAct(spec.in_channels, hidden, 1) if spec.expand != 1
                       else nn.Identity())
        self.depthwise = ConvBNAct(hidden, hidden, spec.kernel, spec.stride, groups=hidden)
        self.project = ConvBNAct(hidden, spec.out_channels, 1, activation=False)
        self.residual = spec.residual

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.project(self.depthwise(self.expand(x)))
        return y + x if self.residual else y


class EfficientNetLite0Features(nn.Module):
    """Stem, 7 MBConv stages and the 1x1 head (BN + ReLU6): (N,3,H,W) -> (N,1280,h,w).

    ``trainable_stages`` (set by ``freeze_except_last``) decides which parts are frozen;
    ``train()`` keeps the frozen parts in eval mode so their BatchNorm statistics stay.
    """

    def __init__(self, normalize_input: bool = False) -> None:
        super().__init__()
        self.normalize_input = normalize_input
        self.register_buffer("mean", torch.tensor(MEAN).view(1, IN_CHANNELS, 1, 1), persistent=False)
        self.register_buffer("std", torch.tensor(STD).view(1, IN_CHANNELS, 1, 1), persistent=False)
        self.stem = ConvBNAct(IN_CHANNELS, STEM_CHANNELS, 3, stride=2)
        specs = blocks()
        self.stages = nn.ModuleList(
            nn.Sequential(*(MBConv(b) for b in specs if b.stage == s)) for s in range(NUM_STAGES))
        self.head = ConvBNAct(STAGES[-1].out_channels, FEATURES, 1)
        self.trainable_stages = NUM_STAGES

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.normalize_input:
            x = (x - self.mean) / self.std
        x = self.stem(x)
        for stage in self.stages:
            x = stage(x)
        return self.head(x)

    def frozen_parts(self) -> list[nn.Module]:
        """Sub-modules frozen under the current ``trainable_stages`` (stem goes with stage 1)."""
        first_trainable = NUM_STAGES - self.trainable_stages
        parts: list[nn.Module] = []
        if first_trainable > 0:
            parts.append(self.stem)
        parts.extend(self.stages[s] for s in range(first_trainable))
        if self.trainable_stages == 0:
            parts.append(self.head)
        return parts

    def set_trainable_stages(self, n_stages: int) -> None:
        self.trainable_stages = n_stages
        for p in self.parameters():
            p.requires_grad_(True)
        for part in self.frozen_parts():
            for p in part.parameters():
                p.requires_grad_(False)
        self.train(self.training)

    def train(self, mode: bool = True) -> EfficientNetLite0Features:
        super().train(mode)
        if mode:
            for part in self.frozen_parts():
                part.eval()
        return self


class EfficientNetLite0Classifier(nn.Module):
    """The full ImageNet network: features, global average pool, dropout, 1000 logits."""

    def __init__(self, normalize_input: bool = False) -> None:
        super().__init__()
        self.features = EfficientNetLite0Features(normalize_input)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.dropout = nn.Dropout(CLASSIFIER_DROPOUT)
        self.fc = nn.Linear(FEATURES, IMAGENET_CLASSES)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.pool(self.features(x)).flatten(1)
        return self.fc(self.dropout(x))
