"""Evaluate step (placeholder until the evaluation page lands)."""

from __future__ import annotations

from lepton_studio.gui.pages.base import PlaceholderPage
from lepton_studio.gui.step_status import trained_runs


class EvaluatePage(PlaceholderPage):
    step_id = "evaluate"

    def intro(self) -> str:
        return self.tr("Find out how well the trained model recognises pictures it has "
                       "never seen, and where it goes wrong.")

    def coming(self) -> list[str]:
        return [
            self.tr("Accuracy and a confusion matrix: click a cell to see its pictures"),
            self.tr("Precision, recall and F1 for every class"),
            self.tr("The pictures the model got wrong, with heatmaps of where it looked"),
            self.tr("Try it: drop a picture and see the top predictions"),
        ]

    def summary(self) -> str:
        count = len(trained_runs(self.project))
        if not count:
            return self.tr("Train a model first; then its results appear here.")
        return self.tr("%n trained model(s) to evaluate.", "", count)
