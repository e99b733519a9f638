"""Export step (placeholder until the export page lands)."""

from __future__ import annotations

from lepton_studio.gui.pages.base import PlaceholderPage
from lepton_studio.gui.step_status import trained_runs


class ExportPage(PlaceholderPage):
    step_id = "export"

    def intro(self) -> str:
        return self.tr("Save the trained model so that other programs can use it.")

    def coming(self) -> list[str]:
        return [
            self.tr("ONNX and TorchScript files, and a bundle Lepton Studio can reopen"),
            self.tr("Labels and preprocessing saved with the model, checked against the "
                    "predictions made here"),
            self.tr("Optional int8 quantisation for a smaller, faster model"),
            self.tr("A small script that makes predictions with the exported model"),
        ]

    def summary(self) -> str:
        count = len(trained_runs(self.project))
        if not count:
            return self.tr("Train a model first; then you can export it here.")
        return self.tr("%n trained model(s) ready to export.", "", count)
