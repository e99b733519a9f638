"""Output sizes of windowed operations (convolution, pooling), TensorFlow-style padding.

"same" keeps ceil(size / stride) even for even kernels and strides above 1, which
PyTorch's own ``padding="same"`` does not support; ``same_padding`` gives the exact
(left, right) pads the compiled module applies.
"""

from __future__ import annotations

import math


def effective_kernel(kernel: int, dilation: int = 1) -> int:
    return (kernel - 1) * dilation + 1


def output_size(size: int, kernel: int, stride: int, padding: str, dilation: int = 1) -> int:
    if padding == "same":
        return math.ceil(size / stride)
    return (size - effective_kernel(kernel, dilation)) // stride + 1


def same_padding(size: int, kernel: int, stride: int, dilation: int = 1) -> tuple[int, int]:
    """(before, after) zero padding so that the output is ceil(size / stride)."""
    out = math.ceil(size / stride)
    total = max((out - 1) * stride + effective_kernel(kernel, dilation) - size, 0)
    return total // 2, total - total // 2
