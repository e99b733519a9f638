"""split.py: stratified, seeded, stable; later files go to training."""

from __future__ import annotations

import random

import pytest

from lepton_studio.core.data.split import assign_new_items, split_counts, stratified_split
from lepton_studio.core.problems import LeptonError


def make(counts: dict[str, int]) -> tuple[list[str], list[str]]:
    labels, keys = [], []
    for label, n in counts.items():
        for i in range(n):
            labels.append(label)
            keys.append(f"{label}/img{i:04d}.jpg")
    return labels, keys


def test_each_class_is_split_in_proportion():
    labels, keys = make({"a": 100, "b": 50, "c": 20})
    splits = stratified_split(labels, seed=1, keys=keys)
    counts = split_counts(splits, labels)
    assert counts["a"] == {"train": 80, "val": 10, "test": 10}
    assert counts["b"] == {"train": 40, "val": 5, "test": 5}
    assert counts["c"] == {"train": 16, "val": 2, "test": 2}


def test_custom_ratios_are_normalised():
    labels, keys = make({"a": 40})
    counts = split_counts(stratified_split(labels, 0, (70, 30, 0), keys), labels)
    assert counts["a"] == {"train": 28, "val": 12, "test": 0}


def test_same_seed_same_split_other_seed_other_split():
    labels, keys = make({"a": 60, "b": 40})
    first = stratified_split(labels, seed=7, keys=keys)
    assert stratified_split(labels, seed=7, keys=keys) == first
    assert stratified_split(labels, seed=8, keys=keys) != first


def test_split_does_not_depend_on_input_order_when_keyed():
    labels, keys = make({"a": 30, "b": 30})
    by_key = dict(zip(keys, stratified_split(labels, seed=3, keys=keys), strict=True))
    order = list(range(len(keys)))
    random.Random(0).shuffle(order)
    shuffled_labels = [labels[i] for i in order]
    shuffled_keys = [keys[i] for i in order]
    again = stratified_split(shuffled_labels, seed=3, keys=shuffled_keys)
    assert dict(zip(shuffled_keys, again, strict=True)) == by_key


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 9])
def test_small_classes_keep_a_training_image(n):
    labels, keys = make({"big": 50, "small": n})
    counts = split_counts(stratified_split(labels, seed=0, keys=keys), labels)["small"]
    assert counts["train"] >= 1
    assert sum(counts.values()) == n
    if n >= 3:
        assert counts["val"] >= 1
    if n >= 4:
        assert counts["test"] >= 1


@pytest.mark.parametrize("ratios", [(0, 0.5, 0.5), (0.8, -0.1, 0.3), (1, 1), (0.8, float("nan"), 0.1)])
def test_bad_ratios_are_refused(ratios):
    with pytest.raises(LeptonError) as info:
        stratified_split(["a", "b"], 0, ratios)
    assert info.value.code == "data_bad_split"


def test_new_items_go_to_training():
    existing = {"a.jpg": "val", "b.jpg": "test", "c.jpg": "train"}
    merged = assign_new_items(existing, ["a.jpg", "d.jpg", "e.jpg"])
    assert merged == {"a.jpg": "val", "b.jpg": "test", "c.jpg": "train",
                      "d.jpg": "train", "e.jpg": "train"}
    assert existing == {"a.jpg": "val", "b.jpg": "test", "c.jpg": "train"}  # not mutated
