"""The ``train`` options that override a project's settings for one run.

``train``, ``train --auto`` and ``train --distributed`` share them; the override itself
(and its limits) is ``core.settings_overrides``.
"""

from __future__ import annotations

import argparse

from ..core.settings_overrides import with_overrides

# option attribute -> training setting
OPTION_SETTINGS = (("epochs", "epochs"), ("batch_size", "batch_size"), ("lr", "learning_rate"),
                   ("optimizer", "optimizer"), ("device", "device"), ("augment", "augment"),
                   ("seed", "seed"), ("mirror", "mirror"), ("turn", "turn"))


def run_settings(training, args: argparse.Namespace):
    """The project's training settings with the command's options, for this run only."""
    return with_overrides(training, {setting: getattr(args, option, None)
                                     for option, setting in OPTION_SETTINGS})
