"""The training settings' rules, written once: type, choices, limits, "automatic".

Read by ``TrainingSettings.from_dict`` (a project file is untrusted input), by
``auto.resolve`` (settings changed in code or by the command line), by the command
line's options and by the Train step's form, so that none of them can accept a value
another refuses. Adding a setting means adding its ``SettingSpec`` here and its field
to ``TrainingSettings`` (a test checks that the two agree).

Numbers must already be numbers of the right kind: a string, a boolean, ``inf``/``nan``
or a 70-digit integer is refused with a plain reason, never converted.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from . import problems as P
from .blocks.base import CHOICE, FLOAT, INT
from .problems import LeptonError

# torch.manual_seed takes 64-bit seeds, but the form's spin box holds 32-bit integers;
# every seed anyone can type in the app fits here.
MAX_SEED = 2**31 - 1
# Is a mirrored / turned picture still the same class? "auto": the trainer checks.
SYMMETRY_CHOICES = ("auto", "yes", "no")


@dataclass(frozen=True)
class SettingSpec:
    """One training setting, in the style of a block's ``ParamSpec``."""

    name: str
    kind: str  # INT, FLOAT or CHOICE (from blocks.base)
    default: Any
    label: str  # English words for messages: "label smoothing"
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    nullable: bool = False  # None stands for "automatic" (or "never")
    above_minimum: bool = False  # the minimum itself is excluded (a rate of 0 learns nothing)
    pattern: str = ""  # further strings a CHOICE accepts (cuda:1)

    def reason(self, value: Any) -> str | None:
        """Why ``value`` is not possible ("must be between 0 and 0.5, not 5"); None if it is."""
        if value is None:
            return None if self.nullable else f"must be given, not {shown(value)}"
        if self.kind == CHOICE:
            if isinstance(value, str) and (value in self.choices or (
                    self.pattern and re.fullmatch(self.pattern, value))):
                return None
            return f"must be one of {', '.join(self.choices)}, not {shown(value)}"
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            kind = "a whole number" if self.kind == INT else "a number"
            return f"must be {kind}, not {shown(value)}"
        if self.kind == INT and not isinstance(value, int):
            return f"must be a whole number, not {shown(value)}"
        if isinstance(value, float) and not math.isfinite(value):
            return f"must be a finite number, not {shown(value)}"
        too_low = self.minimum is not None and (
            value <= self.minimum if self.above_minimum else value < self.minimum)
        too_high = self.maximum is not None and value > self.maximum
        if too_low or too_high:
            low, high = number(self.minimum), number(self.maximum)
            if self.minimum is not None and self.maximum is not None:
                limits = (f"above {low} and at most {high}" if self.above_minimum
                          else f"between {low} and {high}")
                return f"must be {limits}, not {shown(value)}"
            if too_low:
                return f"must be at least {low}, not {shown(value)}"
            return f"must be at most {high}, not {shown(value)}"
        return None

    def read(self, value: Any) -> Any:
        """``value`` as stored (floats as float); raises ValueError with the reason."""
        reason = self.reason(value)
        if reason is not None:
            raise ValueError(reason)
        return float(value) if self.kind == FLOAT and value is not None else value

    def error(self, value: Any) -> LeptonError:
        """The problem a user sees for an impossible value typed or passed in."""
        if self.kind == CHOICE:
            return LeptonError(P.BAD_SETTING_CHOICE, setting=self.label, value=shown(value),
                               choices=", ".join(self.choices))
        return LeptonError(P.BAD_SETTING, setting=self.label, value=shown(value),
                           minimum=number(self.minimum) if self.minimum is not None else "",
                           maximum=number(self.maximum) if self.maximum is not None else "")


def shown(value: Any, limit: int = 40) -> str:
    """A value as a short, safe piece of text for a message (JSON spelling)."""
    try:
        text = json.dumps(value, ensure_ascii=True)
    except (TypeError, ValueError):
        text = type(value).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"


def number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# A learning rate far too high is allowed on purpose: training then stops with the
# "not a number" problem and offers a cure, which teaches more than a refusal.
TRAINING_SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("epochs", INT, None, "epochs", 1, 100_000, nullable=True),
    SettingSpec("batch_size", INT, None, "batch size", 1, 65_536, nullable=True),
    SettingSpec("learning_rate", FLOAT, None, "learning rate", 0, 1e6, nullable=True,
                above_minimum=True),
    SettingSpec("optimizer", CHOICE, "adamw", "optimizer", choices=("adamw", "adam", "sgd")),
    SettingSpec("schedule", CHOICE, "onecycle", "learning-rate schedule",
                choices=("onecycle", "cosine", "constant")),
    SettingSpec("augment", CHOICE, "light", "augmentation", choices=("none", "light", "strong")),
    SettingSpec("mirror", CHOICE, "auto", "mirrored pictures", choices=SYMMETRY_CHOICES),
    SettingSpec("turn", CHOICE, "auto", "turned pictures", choices=SYMMETRY_CHOICES),
    SettingSpec("early_stopping_patience", INT, 5, "early-stopping patience", 1, 100_000,
                nullable=True),
    SettingSpec("label_smoothing", FLOAT, 0.1, "label smoothing", 0, 0.5),
    SettingSpec("weight_decay", FLOAT, 5e-4, "weight decay", 0, 1),
    SettingSpec("device", CHOICE, "auto", "device", choices=("auto", "cpu", "cuda", "mps"),
                pattern=r"cuda:\d{1,2}"),
    SettingSpec("seed", INT, 0, "seed", 0, MAX_SEED),
)
SPECS: dict[str, SettingSpec] = {spec.name: spec for spec in TRAINING_SETTINGS}


def spec(name: str) -> SettingSpec:
    return SPECS[name]


def read_settings(data: dict[str, Any], where: str) -> dict[str, Any]:
    """Every setting of a stored dict, checked (missing ones get their default).

    Raises ``ValueError("<where>.<name> must be ..., not ...")``; keys that are not
    settings are the caller's business.
    """
    values = {}
    for setting in TRAINING_SETTINGS:
        if setting.name not in data:
            values[setting.name] = setting.default
            continue
        try:
            values[setting.name] = setting.read(data[setting.name])
        except ValueError as exc:
            raise ValueError(f"{where}.{setting.name} {exc}") from None
    return values


def check_settings(settings: Any) -> None:
    """Refuse settings (any object with the settings' attributes) holding an impossible
    value, with the problem for the first one (``bad_setting`` / ``bad_setting_choice``)."""
    for setting in TRAINING_SETTINGS:
        value = getattr(settings, setting.name, setting.default)
        if setting.reason(value) is not None:
            raise setting.error(value)
