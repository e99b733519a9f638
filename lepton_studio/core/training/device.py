"""Which device trains, and how many CPU threads torch may use."""

from __future__ import annotations

import os

from .. import problems as P
from ..problems import LeptonError


def resolve_device(choice: str = "auto") -> str:
    """"auto" picks CUDA, then Apple's MPS, then the CPU; an absent choice is refused."""
    import torch

    choice = (choice or "auto").lower()
    if choice == "auto":
        if torch.cuda.is_available():
            return "cuda"
        mps = getattr(torch.backends, "mps", None)
        if mps is not None and mps.is_available():
            return "mps"
        return "cpu"
    if choice.startswith("cuda") and not torch.cuda.is_available():
        raise LeptonError(P.DEVICE_UNAVAILABLE, device=choice)
    if choice == "mps":
        mps = getattr(torch.backends, "mps", None)
        if mps is None or not mps.is_available():
            raise LeptonError(P.DEVICE_UNAVAILABLE, device=choice)
    if choice not in ("cpu", "mps") and not choice.startswith("cuda"):
        raise LeptonError(P.DEVICE_UNAVAILABLE, device=choice)
    return choice


def device_description(device: str) -> str:
    """A short human name: "CPU (8 threads)" or the GPU's model name."""
    import torch

    if device.startswith("cuda"):
        return torch.cuda.get_device_name(torch.device(device))
    if device == "mps":
        return "Apple GPU (MPS)"
    return f"CPU ({torch.get_num_threads()} threads)"


def default_threads(leave_one_for_gui: bool) -> int:
    """All cores for the command line; one kept free for the window in the app."""
    cores = os.cpu_count() or 1
    return max(1, cores - 1) if leave_one_for_gui and cores > 1 else cores


def set_threads(threads: int | None) -> int:
    import torch

    threads = threads or default_threads(leave_one_for_gui=False)
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)
    return threads
