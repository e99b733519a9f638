"""TorchScript export: the probability model traced with ``torch.jit.trace``.

TorchScript is deprecated in torch 2.13 (``torch.jit.trace``/``save``/``load`` warn and
point to ``torch.export``), but it still works for our plain feed-forward graphs and is
what many C++ and mobile deployments load. We keep it, silence its deprecation warnings
here (they would otherwise surface in the user's terminal, and our test settings turn
deprecations into errors), and record them in the export report. A ``.pt`` file can run
code when loaded: Lepton Studio itself never opens one except the file it has just
written, to check it.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

TRACER = "torch.jit.trace"


@dataclass
class TorchScriptExport:
    path: Path
    exporter: str = TRACER
    warnings: list[str] = field(default_factory=list)


@contextlib.contextmanager
def torchscript_warnings(sink: list[str]) -> Iterator[None]:
    """Catch TorchScript's deprecation (and tracer) warnings into ``sink``, once each."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        text = f"{warning.category.__name__}: {warning.message}"
        if text not in sink:
            sink.append(text)


def export_torchscript(network, path: Path, channels: int, size: int) -> TorchScriptExport:
    import torch

    from ._torch_models import example_input, probability_model

    model = probability_model(network)
    # Not frozen (torch.jit.freeze): folding batch-norm would move the probabilities.
    messages: list[str] = []
    with torchscript_warnings(messages), torch.no_grad():
        traced = torch.jit.trace(model, example_input(channels, size), check_trace=True)
        torch.jit.save(traced, str(path))
    return TorchScriptExport(Path(path), TRACER, messages)


def load_torchscript(path: Path, sink: list[str] | None = None):
    """Load a TorchScript file we wrote (trusted: never call this on a received file)."""
    import torch

    messages: list[str] = sink if sink is not None else []
    with torchscript_warnings(messages):
        return torch.jit.load(str(path), map_location="cpu").eval()
