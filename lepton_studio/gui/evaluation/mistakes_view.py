"""The Mistakes tab: every wrongly classified picture, the model's surest mistakes first.

With a "not sure" threshold, confident mistakes (the ones that hurt: the model gave a
wrong class and meant it) are shown apart from unsure ones (the model would have said
"none of the classes?").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lepton_studio.gui.evaluation.gallery import GalleryEntry, ImageGallery
from lepton_studio.gui.training import texts

CONFIDENT, UNSURE, ALL = "confident", "unsure", "all"


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
        self.kind = QComboBox()
        self.kind.currentIndexChanged.connect(self._refill)
        self.gallery = ImageGallery(tasks)
        self.gallery.entryChosen.connect(self.pictureChosen)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.kind)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.gallery, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("True class:"))
        current = self.kind.currentData()
        blocker = QSignalBlocker(self.kind)
        self.kind.clear()
        self.kind.addItem(self.tr("Confident mistakes"), CONFIDENT)
        self.kind.addItem(self.tr("Not sure"), UNSURE)
        self.kind.addItem(self.tr("All mistakes"), ALL)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        del blocker
        self._fill_filter()
        self._update_summary()

    def set_evaluation(self, evaluation) -> None:
        self.evaluation = evaluation
        self._fill_filter()
        self._refill()

    def refresh_unsure(self) -> None:
        """The threshold moved: sort the mistakes again."""
        self._refill()

    def _has_threshold(self) -> bool:
        return self.evaluation is not None and self.evaluation.threshold is not None

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
        confident, unsure = self.evaluation.split_mistakes()
        kind = self.kind.currentData() if self._has_threshold() else ALL
        rows = {CONFIDENT: confident, UNSURE: unsure}.get(kind, confident + unsure)
        if kind == ALL:
            rows = sorted(rows, key=lambda row: -row[3])
        if wanted is not None and wanted >= 0:
            rows = [r for r in rows if r[1] == wanted]
        return rows

    def _refill(self) -> None:
        ev = self.evaluation
        entries = []
        if ev is not None:
            index_of = {path: i for i, path in enumerate(ev.paths)}
            names = ev.class_names
            cut = ev.threshold
            for path, true, predicted, confidence in self.rows():
                caption = f"{names[true]} → {names[predicted]}\n{confidence * 100:.0f}%"
                if cut is not None and confidence < cut:
                    caption += " ?"
                tooltip = self.tr("{file}\nTrue: {true} · Model: {predicted} ({probability})").format(
                    file=Path(path).name, true=names[true], predicted=names[predicted],
                    probability=texts.percent(confidence))
                entries.append(GalleryEntry(path, caption, tooltip, index_of.get(path)))
        self.gallery.set_entries(entries)
        self._update_summary()

    def _update_summary(self) -> None:
        ev = self.evaluation
        if ev is None:
            self.summary.setText("")
            return
        self.kind.setVisible(self._has_threshold())
        total = len(ev.misclassified())
        if total == 0:
            self.summary.setText(self.tr("The model got every picture right."))
            return
        shown = len(self.gallery.entries)
        text = self.tr("%n wrong answer(s), the model's surest mistakes first. Click a picture "
                       "to see where the model looked.", "", total)
        if self._has_threshold():
            confident, unsure = ev.split_mistakes()
            text = self.tr("%n wrong answer(s): {confident} given with confidence, {unsure} "
                           "the model was not sure of (it would answer “none of the "
                           "classes?”). Surest first; click a picture to see where the model "
                           "looked.", "", total).format(confident=len(confident),
                                                        unsure=len(unsure))
        if shown < len(self.rows()):
            text += " " + self.tr("Showing the first {shown}.").format(shown=shown)
        self.summary.setText(text)
