"""One run's training settings: the project's, with some values overridden, checked.

The command line (``train``, ``train --distributed``, ``train --auto``) overrides settings
for one run without changing the project; this is the one place that applies such
overrides, with the same limits as the Train step's form (``settings_schema``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from . import settings_schema as schema


def with_overrides(training: Any, overrides: Mapping[str, Any]) -> Any:
    """A copy of ``training`` (``TrainingSettings``) with every non-None value of
    ``overrides`` (setting name -> value) applied; raises the schema's problem for the
    first impossible value (``bad_setting`` / ``bad_setting_choice``) or an unknown name."""
    unknown = [name for name in overrides if name not in schema.SPECS]
    if unknown:
        raise KeyError(f"not a training setting: {', '.join(sorted(unknown))}")
    settings = dataclasses.replace(training)
    for name, value in overrides.items():
        if value is None:
            continue
        setattr(settings, name, value.lower() if name == "device" and isinstance(value, str) else value)
    schema.check_settings(settings)
    return settings
