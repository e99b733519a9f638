"""Which model template suits the pictures: the rule behind "Let my pictures decide".

A new user should not have to choose an architecture before there is data. Once the
pictures are in, this picks a template and says why in one plain sentence:

- few pictures per class and the pretrained network installed: transfer learning (a
  network trained on 1.2 million photos needs only a small head learnt from your pictures);
- few pictures but no pretrained network: the small CNN, and the reason says what is missing;
- enough pictures: the small CNN, quick to train from scratch.

The reason is English marked for translation; ``values`` fill its placeholders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .i18n import QT_TRANSLATE_NOOP

CONTEXT = "ModelChoice"
SMALL_CLASS_AVERAGE = 100  # below this many pictures per class, pretrained features win
TRANSFER_TEMPLATE = "transfer"
SCRATCH_TEMPLATE = "small-cnn"

REASON_SMALL_PRETRAINED = QT_TRANSLATE_NOOP(
    "ModelChoice", "Your classes are small (about {count} pictures each). Transfer learning "
    "starts from a network already trained on 1.2 million photos, so it learns much more "
    "from so few pictures.")
REASON_SMALL_NO_WEIGHTS = QT_TRANSLATE_NOOP(
    "ModelChoice", "Your classes are small (about {count} pictures each). Transfer learning "
    "would suit them, but its pretrained network is not installed, so the Small CNN is used: "
    "quick to train and a good first model.")
REASON_ENOUGH = QT_TRANSLATE_NOOP(
    "ModelChoice", "With about {count} pictures per class, a Small CNN trained from scratch "
    "learns well and trains quickly.")


@dataclass(frozen=True)
class ModelRecommendation:
    template_id: str
    reason: str  # English, context CONTEXT; ``reason.format(**values)`` after translating
    values: dict = field(default_factory=dict)


def average_per_class(class_counts: Sequence[int]) -> float:
    """The mean over classes that have pictures (an empty class says nothing about size)."""
    counts = [n for n in class_counts if n > 0]
    return sum(counts) / len(counts) if counts else 0.0


def recommend_model(class_counts: Sequence[int], pretrained_installed: bool) -> ModelRecommendation:
    """The template for classes of these sizes (pictures used for training, per class)."""
    average = average_per_class(class_counts)
    values = {"count": round(average)}
    if average < SMALL_CLASS_AVERAGE:
        if pretrained_installed:
            return ModelRecommendation(TRANSFER_TEMPLATE, REASON_SMALL_PRETRAINED, values)
        return ModelRecommendation(SCRATCH_TEMPLATE, REASON_SMALL_NO_WEIGHTS, values)
    return ModelRecommendation(SCRATCH_TEMPLATE, REASON_ENOUGH, values)


def class_counts(dataset) -> list[int]:
    """Pictures in use per class of a ``DatasetSpec`` (excluded ones left out)."""
    counts = [0] * len(dataset.class_names)
    for item in dataset.items:
        if not item.excluded and 0 <= item.label < len(counts):
            counts[item.label] += 1
    return counts


def recommend_for_dataset(dataset, pretrained_installed: bool | None = None) -> ModelRecommendation:
    """``recommend_model`` for a project's dataset; looks for the weights when not told."""
    if pretrained_installed is None:
        from .backbones.efficientnet_lite0 import weights_available

        pretrained_installed = weights_available()
    return recommend_model(class_counts(dataset), pretrained_installed)
