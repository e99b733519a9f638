"""Data step (placeholder until the import wizard lands): what is coming, and the dataset."""

from __future__ import annotations

from collections import Counter
from html import escape

from lepton_studio.gui.pages.base import PlaceholderPage


class DataPage(PlaceholderPage):
    step_id = "data"

    def intro(self) -> str:
        return self.tr("Bring in the pictures the model learns from: one folder per class, "
                       "a spreadsheet of file names and labels, or pictures you label here.")

    def coming(self) -> list[str]:
        return [
            self.tr("Import from folders or a CSV file, or drop pictures and label them"),
            self.tr("A check of every picture: unreadable files, duplicates, tiny images, "
                    "classes with too few pictures"),
            self.tr("Training, validation and test split, image size and augmentation "
                    "with a live preview"),
        ]

    def summary(self) -> str:
        dataset = self.project.dataset if self.project else None
        if dataset is None or not dataset.items:
            return self.tr("This project has no pictures yet.")
        counts = Counter((item.label, item.split) for item in dataset.items if not item.excluded)
        rows = "".join(
            f"<tr><td>{escape(name)}</td>"
            + "".join(f"<td align='right'>{counts.get((index, split), 0)}</td>"
                      for split in ("train", "val", "test"))
            + "</tr>"
            for index, name in enumerate(dataset.class_names))
        header = (f"<tr><th align='left'>{self.tr('Class')}</th>"
                  f"<th>{self.tr('Training')}</th><th>{self.tr('Validation')}</th>"
                  f"<th>{self.tr('Test')}</th></tr>")
        used = sum(counts.values())
        lead = self.tr("%n picture(s) from {folder}", "", used).format(
            folder=f"<i>{escape(dataset.root)}</i>")
        size = self.tr("Pictures are resized to {size}×{size} pixels.").format(
            size=dataset.image.size)
        return (f"<p>{lead}</p><table cellspacing='0' cellpadding='4'>{header}{rows}</table>"
                f"<p>{size}</p>")
