"""Is a mirrored or turned picture still the same class? Decided from evidence.

Training starts with mirroring and quarter turns off. For a setting left on "auto", the
model being trained is asked once it has learned something: early in the run (from a
quarter of the epochs, at least 2 epochs in) its accuracy on the validation pictures is
measured plain, mirrored left-right and turned (the worst of 90/180/270 degrees; 180 only
for pictures that are not square). A change the model already takes in its stride keeps
the class: a mirrored cat is still a cat to a model that never saw a mirrored cat. A
change that makes a class into another one (a mirrored "b" is a "d", a turned 6 a 9)
costs accuracy. So a transform is switched on for the rest of the run only when its
accuracy is within ``MARGIN`` of the plain accuracy, and only once plain accuracy is
clearly above chance (before that, both are noise) and there are at least
``MIN_VALIDATION`` validation pictures. When the model is not there yet, the
check is repeated each epoch up to half of the run, then given up (the transform stays
off). Without validation pictures it stays off. See docs/augmentation.md.

This module holds the decision and its record; the trainer does the measuring.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

CHECK_SHARE = 0.25      # first check after this share of the epochs ...
CHECK_FROM_EPOCH = 2    # ... and never before this epoch
GIVE_UP_SHARE = 0.5     # no verdict by this share of the run: stay off
MARGIN = 0.03           # a transform is safe when it costs at most this much accuracy
ABOVE_CHANCE = 0.3      # plain accuracy must cover this share of the way from chance to 1
MIN_VALIDATION = 20     # fewer validation pictures are too little evidence: stay off

# Why a transform is on or off (``SymmetryCheck.mirror_reason`` / ``turn_reason``).
CHOSEN = "chosen"                  # the user said yes or no
SAFE = "keeps_class"               # auto: measured, costs at most MARGIN
UNSAFE = "changes_class"           # auto: measured, costs more
NO_VALIDATION = "no_validation"    # auto: nothing to measure on
FEW_VALIDATION = "few_validation"  # auto: fewer than MIN_VALIDATION pictures to measure on
NOT_LEARNED = "not_learned"        # auto: the model never got clearly above chance in time
TOO_SHORT = "too_short"            # auto: too few epochs for a check before the end
NOT_CHECKED = "not_checked"        # auto: the run ended (stopped) before the check
NO_AUGMENTATION = "no_augmentation"  # augmentation "none": nothing is ever changed
NOT_AVAILABLE = "not_available"    # turns of cached backbone features are not computed


@dataclass
class SymmetryCheck:
    """What was decided for mirroring and turning, and on what evidence (JSON-safe)."""

    mirror: bool = False
    turn: bool = False
    mirror_reason: str = NOT_CHECKED
    turn_reason: str = NOT_CHECKED
    epoch: int | None = None          # the epoch after which it was measured
    plain: float | None = None        # validation accuracy, pictures as they are
    mirrored: float | None = None     # ... mirrored left-right
    turned: float | None = None       # ... turned (worst quarter turn)
    chance: float | None = None       # the share of the largest validation class
    margin: float = MARGIN

    def to_dict(self) -> dict[str, Any]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: Any) -> SymmetryCheck | None:
        """The record of a run (``run.settings["symmetry_check"]``); None if absent or odd."""
        if not isinstance(data, dict):
            return None
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        try:
            return cls(**known)
        except TypeError:
            return None


def check_epochs(epochs: int) -> range:
    """The epochs after which the check may run (empty when the run is too short)."""
    first = max(CHECK_FROM_EPOCH, math.ceil(epochs * CHECK_SHARE))
    last = max(first, math.ceil(epochs * GIVE_UP_SHARE))
    return range(first, min(last, epochs - 1) + 1)


def chance_level(labels) -> float:
    """Accuracy of always answering the largest class."""
    import numpy as np

    labels = np.asarray(labels)
    if labels.size == 0:
        return 1.0
    return float(np.bincount(labels).max() / labels.size)


def clearly_learned(plain: float, chance: float) -> bool:
    return plain >= chance + ABOVE_CHANCE * (1.0 - chance)


def keeps_class(plain: float, changed: float | None) -> bool:
    return changed is not None and changed >= plain - MARGIN


class SymmetryDecider:
    """The trainer's side: what is on now, whether to measure after an epoch, and the record."""

    def __init__(self, mirror: str, turn: str, augment: str, epochs: int, validation_count: int,
                 mirror_available: bool = True, turn_available: bool = True) -> None:
        self.record = SymmetryCheck()
        self.pending: set[str] = set()
        for name, choice in (("mirror", mirror), ("turn", turn)):
            if augment == "none":
                reason, on = NO_AUGMENTATION, False
            elif choice == "no":
                reason, on = CHOSEN, False
            elif not (mirror_available if name == "mirror" else turn_available):
                reason, on = NOT_AVAILABLE, False
            elif choice == "yes":
                reason, on = CHOSEN, True
            elif validation_count == 0:
                reason, on = NO_VALIDATION, False
            elif validation_count < MIN_VALIDATION:
                reason, on = FEW_VALIDATION, False
            elif not check_epochs(epochs):
                reason, on = TOO_SHORT, False
            else:
                reason, on = NOT_CHECKED, False
                self.pending.add(name)
            setattr(self.record, name, on)
            setattr(self.record, f"{name}_reason", reason)
        self.epochs = check_epochs(epochs)

    def wants_check(self, epoch: int) -> bool:
        return bool(self.pending) and epoch in self.epochs

    def decide(self, epoch: int, plain: float, mirrored: float | None, turned: float | None,
               chance: float) -> bool:
        """Record a measurement; True when the decision is final (say so to the user)."""
        r = self.record
        r.epoch, r.plain, r.mirrored, r.turned, r.chance = epoch, plain, mirrored, turned, chance
        if not clearly_learned(plain, chance):
            if epoch < self.epochs[-1]:
                return False  # try again next epoch
            for name in self.pending:
                setattr(r, f"{name}_reason", NOT_LEARNED)
        else:
            for name, changed in (("mirror", mirrored), ("turn", turned)):
                if name in self.pending:
                    safe = keeps_class(plain, changed)
                    setattr(r, name, safe)
                    setattr(r, f"{name}_reason", SAFE if safe else UNSAFE)
        self.pending.clear()
        return True


def symmetry_of_run(settings: dict[str, Any]) -> SymmetryCheck | None:
    """The decision recorded with a run (None for runs from before the check existed)."""
    return SymmetryCheck.from_dict(settings.get("symmetry_check"))
