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
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

TRACER = "torch.jit.trace"


@dataclass
class TorchScriptExport:
    path: Path
    exporter: str = TRACER
    warnings: list[str] = field(default_factory=list)


DEPRECATION_NOTE = ("TorchScript is deprecated in this PyTorch ({functions} warn); "
                    "the export still works, but prefer ONNX for new work")


@contextlib.contextmanager
def torchscript_warnings(sink: list[str]) -> Iterator[None]:
    """Catch TorchScript's warnings into ``sink``: its deprecation warnings as one note,
    any other (a tracer warning, say) as it is, once each."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    deprecated = []
    for warning in caught:
        text = str(warning.message)
        log.debug("TorchScript warning: %s: %s", warning.category.__name__, text)
        if issubclass(warning.category, (DeprecationWarning, FutureWarning)) and "jit" in text:
            name = text.split("`")[1] if text.count("`") >= 2 else "torch.jit"
            if name not in deprecated:
                deprecated.append(name)
        elif f"{warning.category.__name__}: {text}" not in sink:
            sink.append(f"{warning.category.__name__}: {text}")
    if deprecated:
        note = DEPRECATION_NOTE.format(functions=", ".join(deprecated))
        if note not in sink:
            sink.append(note)


def export_torchscript(network, path: Path, channels: int, size: int, temperature: float = 1.0) -> TorchScriptExport:
    import torch

    from ._torch_models import example_input, probability_model

    model = probability_model(network, temperature)
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


def torchscript_probabilities(path: Path, pixels):
    """The written file's probabilities for prepared uint8 N×H×W×C pixels (the export check;
    its deprecation warnings were already noted when it was written)."""
    import numpy as np
    import torch

    from ..data.decode import to_model_input

    module = load_torchscript(path)
    outputs = []
    with torch.no_grad():
        for start in range(0, len(pixels), 64):
            outputs.append(module(torch.from_numpy(to_model_input(pixels[start:start + 64]))).numpy())
    return np.concatenate(outputs) if outputs else np.zeros((0, 0), np.float32)
