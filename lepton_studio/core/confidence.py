"""The "not sure" rule: when a prediction is set aside as "none of the classes?".

This module is copied verbatim into every exported ``predict.py`` (after ``decode.py``),
so the app, the command line and every export decide alike: it may import only the
standard library and numpy, must not use relative imports, and has no
``from __future__`` import (it would not be the first statement of predict.py).

The score of a prediction is its largest calibrated probability (see
``docs/benchmarks.md``, "Unknown pictures", for why not the energy score). A picture
whose score is below the run's threshold is *unsure*. Probabilities are already
calibrated when they reach this code: the temperature is applied to the logits inside
the app's network call and inside every exported model.

The export's ``preprocessing.json`` carries the rule as::

    "confidence": {"score": "max_probability", "temperature": 1.37, "threshold": 0.61}

(``threshold`` null: never unsure). A file without the section means temperature 1 and
no threshold, which is what older projects and exports had.
"""

import math

import numpy as np

CONFIDENCE_KEY = "confidence"
SCORE_MAX_PROBABILITY = "max_probability"


def unknown_score(probabilities):
    """The score of each row of calibrated probabilities (N×K -> N; K -> scalar)."""
    return np.asarray(probabilities, dtype=np.float32).max(axis=-1)


def is_unsure(score, threshold):
    """True where ``score`` falls below ``threshold``; never when there is no threshold."""
    if threshold is None:
        return np.zeros(np.shape(score), dtype=bool)
    return np.asarray(score, dtype=np.float32) < np.float32(threshold)


def confidence_section(temperature, threshold):
    """The JSON-safe ``confidence`` section an export writes."""
    return {"score": SCORE_MAX_PROBABILITY, "temperature": float(temperature),
            "threshold": None if threshold is None else float(threshold),
            "rule": "unsure when the largest probability is below threshold"}


def read_confidence_section(spec):
    """``(temperature, threshold)`` from a preprocessing spec; ``(1.0, None)`` when it has
    no section. Raises ValueError for a section that is not ours or impossible."""
    section = spec.get(CONFIDENCE_KEY) if isinstance(spec, dict) else None
    if section is None:
        return 1.0, None
    if not isinstance(section, dict) or section.get("score") != SCORE_MAX_PROBABILITY:
        raise ValueError("the confidence section names a score this version does not know")
    temperature, threshold = section.get("temperature", 1.0), section.get("threshold")
    if (isinstance(temperature, bool) or not isinstance(temperature, (int, float))
            or not math.isfinite(temperature) or temperature <= 0):
        raise ValueError("the confidence temperature must be a positive number")
    if threshold is not None and (isinstance(threshold, bool)
                                  or not isinstance(threshold, (int, float))
                                  or not 0.0 <= threshold <= 1.0):
        raise ValueError("the confidence threshold must be between 0 and 1")
    return float(temperature), None if threshold is None else float(threshold)
