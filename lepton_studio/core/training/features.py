"""Training on cached features when a frozen pretrained backbone starts the model.

A frozen backbone gives the same output for the same image every epoch, so it runs once
per image; the layers after it (the head) then train on those features in seconds.

Augmentation and cached features: a feature is computed from an un-augmented image, so
batch augmentation cannot apply. Mirroring is the one augmentation cheap to precompute:
with a preset other than "none" and the mirror setting not "no", each training image is
also passed through the backbone mirrored left-right, and the trainer uses those rows
for half of each batch once mirroring is on (setting "yes", or "auto" and the symmetry
check says a mirrored picture keeps its class: the head is scored on the mirrored
validation pictures' features, computed for that check only; see docs/augmentation.md).
Quarter turns are not precomputed (three more backbone passes), so they stay off here.

Features are kept on disk (float16, memory-mapped) next to the image cache, keyed by the
image cache's row for each file and the backbone's identity, so a second run, or a run
with other head settings, computes nothing.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..atomic import atomic_write_bytes
from ..blocks.pretrained import is_frozen
from ..graph import Graph
from ..tasks import CancelToken, EventCallback, Progress, ignore_event

BACKBONES = ("backbone_efficientnet_lite0",)
FEATURE_BATCH = 32
STORE_CHUNK = 8 * FEATURE_BATCH  # images per write to the store
STORE_VERSION = 1


@dataclass(frozen=True)
class FrozenSplit:
    """Where a graph splits into a frozen backbone and a trainable head."""

    backbone_node: str
    backbone_block: str


def frozen_backbone_split(graph: Graph) -> FrozenSplit | None:
    """The split when the Image input feeds only a frozen backbone, else None."""
    source = graph.input_node()
    if source is None:
        return None
    consumers = graph.edges_from(source.id)
    if len(consumers) != 1:
        return None
    node = graph.nodes[consumers[0].target]
    if node.block not in BACKBONES or not is_frozen(node.params):
        return None
    return FrozenSplit(node.id, node.block)


def split_network(network, backbone_node: str):
    """(backbone module, head network) sharing modules with ``network``.

    The head is a ``LeptonNetwork`` over the same named layers (so its state-dict keys
    are a subset of the full network's) whose input is the backbone's output.
    """
    from ..compiler import Step
    from ..network import LeptonNetwork

    names = network.layer_names()
    backbone_name = next(n for n, node in network.node_ids.items() if node == backbone_node)
    if names[0] != backbone_name:
        raise ValueError("the backbone must be the first step")
    steps = []
    for name, sources in zip(names[1:], network._sources[1:]):
        if 0 in sources:
            raise ValueError("a head layer reads the raw image")
        steps.append(Step(network.node_ids[name], name, tuple(s - 1 for s in sources)))
    head = LeptonNetwork(steps, {s.name: network.layers[s.name] for s in steps}, None)
    return network.layers[backbone_name], head


def feature_store_root(image_cache_root: str | Path) -> Path:
    """Where the features computed from an image cache live: ``features/`` beside it."""
    return Path(image_cache_root).parent / "features"


def clear_feature_stores(root: str | Path) -> None:
    """Delete every feature store under ``root`` (only folders a store made)."""
    root = Path(root)
    if not root.is_dir():
        return
    for child in root.iterdir():
        if child.is_dir() and not child.is_symlink() and (
                (child / "index.json").exists() or (child / "data.f16").exists()):
            shutil.rmtree(child, ignore_errors=True)


class FeatureStore:
    """Backbone features per image row of an image cache, float16, memory-mapped."""

    def __init__(self, root: Path, image_cache_key: str, backbone_key: str,
                 feature_shape: tuple[int, ...]) -> None:
        digest = hashlib.sha1(f"{image_cache_key}|{backbone_key}|{STORE_VERSION}".encode()).hexdigest()[:16]
        self.directory = Path(root) / digest
        self.shape = tuple(feature_shape)
        self.row_values = int(np.prod(self.shape))
        self.index_path = self.directory / "index.json"
        self.data_path = self.directory / "data.f16"
        self.index: dict[str, int] = {}
        if self.index_path.exists():
            try:
                saved = json.loads(self.index_path.read_text("utf-8"))
                if saved.get("shape") == list(self.shape):
                    self.index = {str(k): int(v) for k, v in saved["rows"].items()}
            except (OSError, ValueError, KeyError, TypeError):
                self.index = {}
        expected = len(self.index) * self.row_values * 2
        if not self.data_path.exists() or self.data_path.stat().st_size < expected:
            self.index = {}

    def missing(self, keys: list[str]) -> list[str]:
        return [k for k in dict.fromkeys(keys) if k not in self.index]

    def add(self, keys: list[str], features: np.ndarray) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        rows = features.astype(np.float16).reshape(len(keys), self.row_values)
        row_bytes = self.row_values * 2
        with open(self.data_path, "r+b" if self.data_path.exists() else "w+b") as handle:
            # A write cut off half-way (crash, full disk) leaves part of a row; start on a
            # row boundary, or every row after it would be read shifted.
            start = handle.seek(0, 2) // row_bytes
            handle.truncate(start * row_bytes)
            handle.seek(start * row_bytes)
            handle.write(rows.tobytes())
        for offset, key in enumerate(keys):
            self.index[key] = start + offset
        atomic_write_bytes(self.index_path, json.dumps(
            {"shape": list(self.shape), "rows": self.index}).encode("utf-8"))

    def get(self, keys: list[str]) -> np.ndarray:
        if not keys:
            return np.zeros((0, *self.shape), np.float16)
        rows = self.data_path.stat().st_size // (self.row_values * 2)  # whole rows only
        data = np.memmap(self.data_path, dtype=np.float16, mode="r", shape=(rows, *self.shape))
        return np.asarray(data[[self.index[k] for k in keys]])


def compute_features(backbone, images_uint8: np.ndarray, mirrored: bool = False,
                     on_event: EventCallback = ignore_event, token: CancelToken | None = None,
                     done_before: int = 0, total: int | None = None) -> np.ndarray:
    import torch

    from .trainer import batch_slices, float_batch, uint8_images_tensor

    backbone = backbone.eval().to(memory_format=torch.channels_last)
    images = uint8_images_tensor(images_uint8)
    total = total or len(images)
    out = []
    with torch.inference_mode():
        for part in batch_slices(len(images), FEATURE_BATCH):
            if token is not None:
                token.check()
            batch = float_batch(images[part], "cpu")
            if mirrored:
                batch = batch.flip(3)
            out.append(backbone(batch).float().numpy().astype(np.float16))
            on_event(Progress("features", done_before + part.stop, total))
    return np.concatenate(out)


def _feature_shape(backbone, image_shape: tuple[int, ...]) -> tuple[int, ...]:
    """Shape of one image's features, from a blank image (``image_shape`` is H×W×C)."""
    import torch

    height, width, channels = image_shape
    with torch.inference_mode():
        return tuple(backbone.eval()(torch.zeros(1, channels, height, width)).shape[1:])


def cached_features(backbone, store: FeatureStore, keys: list[str], images: np.ndarray,
                    mirrored: bool, on_event: EventCallback, token: CancelToken | None,
                    progress: list[int], total: int) -> np.ndarray:
    """Features for ``keys`` (one per image), computing only those not stored yet."""
    tagged = [f"{k}|{'m' if mirrored else 'o'}" for k in keys]
    todo = store.missing(tagged)
    position = {key: i for i, key in enumerate(tagged)}
    for start in range(0, len(todo), STORE_CHUNK):  # stored as it goes: Cancel keeps the work
        chunk = todo[start:start + STORE_CHUNK]
        features = compute_features(backbone, images[[position[k] for k in chunk]], mirrored,
                                    on_event, token, progress[0], total)
        store.add(chunk, features)
        progress[0] += len(chunk)
    return store.get(tagged)


def feature_training_inputs(network, split: FrozenSplit, image_arrays: dict[str, tuple[np.ndarray, np.ndarray]],
                            row_keys: dict[str, list[str]], store_root: Path, image_cache_key: str,
                            augment: str, on_event: EventCallback = ignore_event,
                            token: CancelToken | None = None, mirror: str = "auto",
                            ) -> tuple[Any, dict[str, tuple[np.ndarray, np.ndarray]]]:
    """The head network and, per split, (features, labels) ready for the trainer; with
    mirroring possible also ``"train_mirrored"`` (and, for "auto", ``"val_mirrored"``):
    the same rows from the mirrored pictures."""
    backbone, head = split_network(network, split.backbone_node)
    shape = _feature_shape(backbone, image_arrays["train"][0].shape[1:])
    store = FeatureStore(store_root, image_cache_key, split.backbone_block, shape)
    mirrored_splits = ({"train", "val"} if mirror == "auto" else {"train"}) if (
        augment != "none" and mirror != "no") else set()
    total = sum(len(store.missing([f"{k}|o" for k in keys])) for keys in row_keys.values())
    total += sum(len(store.missing([f"{k}|m" for k in row_keys.get(name, [])]))
                 for name in mirrored_splits)
    on_event(Progress("features", 0, total))
    progress = [0]
    out = {}
    for split_name, (images, labels) in image_arrays.items():
        keys = row_keys[split_name]
        features = cached_features(backbone, store, keys, images, False, on_event, token, progress, total)
        out[split_name] = (features, labels)
        if split_name in mirrored_splits and len(keys):
            flipped = cached_features(backbone, store, keys, images, True, on_event, token, progress, total)
            out[f"{split_name}_mirrored"] = (flipped, labels)
    on_event(Progress("features", total, total))
    return head, out
