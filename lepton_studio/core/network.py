"""The torch module a compiled graph becomes. Imports torch: load it lazily."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

from .compiler import Step


class LeptonNetwork(nn.Module):
    """Runs the planned steps in order. Input: float NCHW in [0, 1]. Output: logits."""

    def __init__(self, steps: Sequence[Step], modules: dict[str, nn.Module],
                 input_shape: tuple[int, ...] | None) -> None:
        super().__init__()
        self.layers = nn.ModuleDict(modules)
        self.node_ids = {step.name: step.node_id for step in steps}
        self._names = [step.name for step in steps]
        self._sources = [step.sources for step in steps]
        self.input_shape = tuple(input_shape) if input_shape else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        results = [x]
        for name, sources in zip(self._names, self._sources, strict=False):
            module = self.layers[name]
            results.append(module(*[results[i] for i in sources]))
        return results[-1]

    def layer_names(self) -> list[str]:
        return list(self._names)
