"""The chosen run's network, loaded once and shared by the page's background tasks.

Plain Python (no widgets): every method runs on a worker thread. One lock serialises
use of the network, because Grad-CAM hooks a layer for the length of a call.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class Explained:
    """One picture as the model saw it, what it said, and where it looked."""

    name: str
    pixels: np.ndarray  # the model's input, size×size×C uint8
    probabilities: np.ndarray  # one per class
    heat: np.ndarray | None  # H×W in [0, 1] for ``heat_class``; None without convolutions
    heat_class: int
    path: str | None = None
    true_label: int | None = None
    unsure: bool = False  # below the run's threshold: "not sure — none of the classes?"


class ModelSession:
    """Predictions and heat maps of one run of a project."""

    def __init__(self, project, run_id: str) -> None:
        self.project = project
        self.run_id = run_id
        self.class_names = list(project.dataset.class_names) if project.dataset else []
        self._lock = threading.Lock()
        self._predictor = None
        self.explainable: bool | None = None  # known after the first heat map
        self._threshold_override: tuple[float | None] | None = None

    def predictor(self):
        """The app's own predictor (``TorchPredictor``); loads the network on first use."""
        with self._lock:
            if self._predictor is None:
                from lepton_studio.core.export.predictor import project_predictor

                self._predictor = project_predictor(self.project, self.run_id)
                if self._threshold_override is not None:
                    self._predictor.threshold = self._threshold_override[0]
            return self._predictor

    def set_threshold(self, threshold: float | None) -> None:
        """Use ``threshold`` for "not sure" from now on (the user moved the slider)."""
        with self._lock:
            self._threshold_override = (threshold,)
            if self._predictor is not None:
                self._predictor.threshold = threshold

    def is_unsure(self, probabilities: np.ndarray) -> bool:
        from lepton_studio.core.confidence import is_unsure, unknown_score

        return bool(is_unsure(unknown_score(probabilities), self.predictor().threshold))

    def pixels_of_file(self, path: str | Path) -> np.ndarray:
        """The model's input for a file (raises ``DecodeError``)."""
        return self.predictor().preprocess_file(path)

    def pixels_of_array(self, image: np.ndarray) -> np.ndarray:
        return self.predictor().prepare_array(image)

    def probabilities(self, pixels: np.ndarray) -> np.ndarray:
        predictor = self.predictor()
        with self._lock:
            return predictor.probabilities(pixels)

    def heat_map(self, pixels: np.ndarray, class_index: int) -> np.ndarray | None:
        """Grad-CAM of ``class_index``, or None when the model has no convolutions."""
        from lepton_studio.core.explain import grad_cam
        from lepton_studio.core.problems import LeptonError

        predictor = self.predictor()
        if self.explainable is False:
            return None
        with self._lock:
            try:
                heat = grad_cam(predictor.network, pixels, class_index)
            except LeptonError as exc:
                if exc.code != "gradcam_no_convolution":
                    raise
                self.explainable = False
                return None
        self.explainable = True
        return heat

    def explain(self, pixels: np.ndarray, name: str, class_index: int | None = None,
                path: str | None = None, true_label: int | None = None) -> Explained:
        """Probabilities and the heat map of ``class_index`` (default: the top class)."""
        probabilities = self.probabilities(pixels[None])[0]
        chosen = int(probabilities.argmax()) if class_index is None else int(class_index)
        return Explained(name, pixels, probabilities, self.heat_map(pixels, chosen), chosen,
                         path, true_label, self.is_unsure(probabilities))
