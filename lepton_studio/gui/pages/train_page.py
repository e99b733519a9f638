"""Train step (placeholder until the training page lands): what is coming, and the runs."""

from __future__ import annotations

from html import escape

from lepton_studio.gui.pages.base import PlaceholderPage


class TrainPage(PlaceholderPage):
    step_id = "train"

    def intro(self) -> str:
        return self.tr("Teach the model with your pictures. Training runs in the background; "
                       "you can keep working.")

    def coming(self) -> list[str]:
        return [
            self.tr("Settings: epochs, batch size, learning rate, early stopping, device"),
            self.tr("Start, pause, resume and stop"),
            self.tr("Live plots of loss and accuracy, speed and time left"),
            self.tr("Every run kept, to compare and retrain"),
        ]

    def summary(self) -> str:
        runs = self.project.runs
        if not runs:
            return self.tr("No training runs yet.")
        rows = []
        for run in runs:
            accuracy = (f"{run.best_val_accuracy:.1%}" if run.best_val_accuracy is not None
                        else "–")
            rows.append(f"<li>{escape(run.name or run.id)}: {accuracy}</li>")
        lead = self.tr("%n run(s); best validation accuracy:", "", len(runs))
        return f"<p>{lead}</p><ul>{''.join(rows)}</ul>"
