"""The network as it is exported: logits turned into probabilities inside the graph.

Imports torch at module level: import this module lazily, inside functions.
"""

from __future__ import annotations

import torch
from torch import nn


class ProbabilityModel(nn.Module):
    """``softmax(network(image) / temperature)`` over the classes, so every export returns
    the run's calibrated probabilities (see core/calibration.py)."""

    def __init__(self, network: nn.Module, temperature: float = 1.0) -> None:
        super().__init__()
        self.network = network
        self.temperature = float(temperature)

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        logits = self.network(image)
        if self.temperature != 1.0:
            logits = logits / self.temperature
        return torch.softmax(logits, dim=1)


def probability_model(network: nn.Module, temperature: float = 1.0) -> ProbabilityModel:
    """The wrapped network on the CPU, in eval mode (dropout off, batch-norm frozen)."""
    return ProbabilityModel(network.to("cpu").eval(), temperature).eval()


def example_input(channels: int, size: int, batch: int = 2) -> torch.Tensor:
    generator = torch.Generator().manual_seed(0)
    return torch.rand(batch, channels, size, size, generator=generator)
