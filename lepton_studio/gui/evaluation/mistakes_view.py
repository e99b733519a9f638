"""The Mistakes tab: every wrongly classified picture, the model's surest mistakes first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lepton_studio.gui.evaluation.gallery import GalleryEntry, ImageGallery


class MistakesView(QWidget):
    """``pictureChosen(entry)`` (entry.data: the picture's index in the evaluation)."""

    pictureChosen = Signal(object)

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter_label = QLabel()
        self.filter = QComboBox()
        self.filter.currentIndexChanged.connect(self._refill)
        self.gallery = ImageGallery(tasks)
        self.gallery.entryChosen.connect(self.pictureChosen)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.gallery, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("True class:"))
        self._fill_filter()
        self._update_summary()

    def set_evaluation(self, evaluation) -> None:
        self.evaluation = evaluation
        self._fill_filter()
        self._refill()

    def _fill_filter(self) -> None:
        current = self.filter.currentData()
        blocker = QSignalBlocker(self.filter)
        self.filter.clear()
        self.filter.addItem(self.tr("All classes"), -1)
        if self.evaluation is not None:
            for index, name in enumerate(self.evaluation.class_names):
                self.filter.addItem(name, index)
        found = self.filter.findData(current)
        self.filter.setCurrentIndex(found if found >= 0 else 0)
        del blocker

    def rows(self) -> list[tuple[str, int, int, float]]:
        if self.evaluation is None:
            return []
        wanted = self.filter.currentData()
        rows = self.evaluation.misclassified()
        if wanted is not None and wanted >= 0:
            rows = [r for r in rows if r[1] == wanted]
        return rows

    def _refill(self) -> None:
        ev = self.evaluation
        entries = []
        if ev is not None:
            index_of = {path: i for i, path in enumerate(ev.paths)}
            names = ev.class_names
            for path, true, predicted, confidence in self.rows():
                caption = f"{names[true]} → {names[predicted]}\n{confidence * 100:.0f}%"
                tooltip = self.tr("{file}\nTrue: {true} · Model: {predicted} ({probability})").format(
                    file=Path(path).name, true=names[true], predicted=names[predicted],
                    probability=f"{confidence * 100:.1f}%")
                entries.append(GalleryEntry(path, caption, tooltip, index_of.get(path)))
        self.gallery.set_entries(entries)
        self._update_summary()

    def _update_summary(self) -> None:
        ev = self.evaluation
        if ev is None:
            self.summary.setText("")
            return
        total = len(ev.misclassified())
        if total == 0:
            self.summary.setText(self.tr("The model got every picture right."))
            return
        shown = len(self.gallery.entries)
        text = self.tr("%n wrong answer(s), the model's surest mistakes first. Click a picture "
                       "to see where the model looked.", "", total)
        if shown < len(self.rows()):
            text += " " + self.tr("Showing the first {shown}.").format(shown=shown)
        self.summary.setText(text)
