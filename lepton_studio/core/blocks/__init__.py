"""The block catalogue: every kind of block the canvas offers, in one registry.

Adding a block means writing its spec (in a module of its family) and listing it in
``_CATALOGUE`` below; nothing else changes.
"""

from __future__ import annotations

from ..problems import UNKNOWN_BLOCK, LeptonError
from .base import BOOL, CHOICE, FLOAT, INT, BlockSpec, Inferred, ParamSpec, Shape
from .io import INPUT, OUTPUT
from .layers import LAYER_BLOCKS
from .merge import ADD, CONCAT
from .pretrained import EFFICIENTNET_LITE0

_CATALOGUE: dict[str, BlockSpec] = {
    spec.id: spec for spec in (INPUT, *LAYER_BLOCKS, ADD, CONCAT, EFFICIENTNET_LITE0, OUTPUT)
}

CATEGORY_ORDER = ("io", "convolution", "pooling", "normalisation", "activation",
                  "regularisation", "reshape", "dense", "merge", "pretrained")


def register(spec: BlockSpec) -> None:
    """Add a block family living outside this package (e.g. pretrained backbones)."""
    _CATALOGUE[spec.id] = spec


def get_block(block_id: str) -> BlockSpec:
    try:
        return _CATALOGUE[block_id]
    except KeyError:
        raise LeptonError(UNKNOWN_BLOCK, block=block_id) from None


def all_blocks() -> list[BlockSpec]:
    return list(_CATALOGUE.values())


__all__ = ["BOOL", "CHOICE", "FLOAT", "INT", "BlockSpec", "Inferred", "ParamSpec", "Shape",
           "CATEGORY_ORDER", "all_blocks", "get_block", "register"]
