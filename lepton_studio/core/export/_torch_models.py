"""The network as it is exported: logits turned into probabilities inside the graph.

Imports torch at module level: import this module lazily, inside functions.
"""

from __future__ import annotations

import torch
from torch import nn


class ProbabilityModel(nn.Module):
    """``softmax(network(image))`` over the classes, so every export returns probabilities."""

    def __init__(self, network: nn.Module) -> None:
        super().__init__()
        self.network = network

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.network(image), dim=1)


def probability_model(network: nn.Module) -> ProbabilityModel:
    """The wrapped network on the CPU, in eval mode (dropout off, batch-norm frozen)."""
    return ProbabilityModel(network.to("cpu").eval()).eval()


def example_input(channels: int, size: int, batch: int = 2) -> torch.Tensor:
    generator = torch.Generator().manual_seed(0)
    return torch.rand(batch, channels, size, size, generator=generator)
