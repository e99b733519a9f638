"""Stratified, seeded train / validation / test split.

The result depends only on the seed, the ratios and each item's (key, label), never on
the order the items arrive in, so re-scanning a folder gives the same split. Files
added later go to training: the validation and test sets stay fixed, so runs trained
before and after stay comparable.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from .. import problems as P
from ..problems import LeptonError

TRAIN, VAL, TEST = "train", "val", "test"
SPLITS = (TRAIN, VAL, TEST)
DEFAULT_RATIOS = (0.8, 0.1, 0.1)


def stratified_split(labels: Sequence[str], seed: int = 0,
                     ratios: Sequence[float] = DEFAULT_RATIOS,
                     keys: Sequence[str] | None = None) -> list[str]:
    """A split string ("train" / "val" / "test") for each item, aligned with ``labels``.

    ``keys`` (e.g. the items' paths) make the result independent of the input order;
    without them the order counts. Every class with an image keeps at least one in
    training; a class of 3 or more gets one in validation and of 4 or more one in test
    when those shares are not zero.
    """
    _, val_r, test_r = _check_ratios(ratios)
    if keys is not None and len(keys) != len(labels):
        raise ValueError("keys and labels differ in length")
    by_class: dict[str, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        by_class[label].append(index)
    out = [TRAIN] * len(labels)
    for label in sorted(by_class):
        members = by_class[label]
        if keys is not None:
            members = sorted(members, key=lambda i: (keys[i], i))
        random.Random(f"{seed}\x00{label}").shuffle(members)
        n_val, n_test = _counts(len(members), val_r, test_r)
        for i in members[:n_val]:
            out[i] = VAL
        for i in members[n_val:n_val + n_test]:
            out[i] = TEST
    return out


def assign_new_items(existing: Mapping[str, str], new: Iterable[str]) -> dict[str, str]:
    """Keep every existing key's split and put keys not seen before in training."""
    out = dict(existing)
    for key in new:
        out.setdefault(key, TRAIN)
    return out


def split_counts(splits: Iterable[str], labels: Iterable[str]) -> dict[str, dict[str, int]]:
    """``{label: {"train": n, "val": n, "test": n}}`` for the wizard's table."""
    out: dict[str, dict[str, int]] = {}
    for split, label in zip(splits, labels, strict=True):
        out.setdefault(label, dict.fromkeys(SPLITS, 0))[split] += 1
    return out


def _check_ratios(ratios: Sequence[float]) -> tuple[float, float, float]:
    try:
        values = tuple(float(r) for r in ratios)
    except (TypeError, ValueError):
        values = ()
    if (len(values) != 3 or any(not math.isfinite(v) or v < 0 for v in values)
            or values[0] <= 0):
        raise LeptonError(P.DATA_BAD_SPLIT, ratios=str(tuple(ratios)))
    total = sum(values)
    return values[0] / total, values[1] / total, values[2] / total


def _counts(n: int, val_r: float, test_r: float) -> tuple[int, int]:
    """(validation, test) sizes for a class of ``n``: rounded shares, then minimums."""
    n_val = math.floor(n * val_r + 0.5)
    n_test = math.floor(n * test_r + 0.5)
    if val_r > 0 and n >= 3:
        n_val = max(n_val, 1)
    if test_r > 0 and n >= 4:
        n_test = max(n_test, 1)
    while n - n_val - n_test < 1 and (n_val or n_test):  # training keeps at least one
        if n_test >= n_val and n_test:
            n_test -= 1
        else:
            n_val -= 1
    return n_val, n_test
