"""The Results tab: headline figures, the confusion matrix, per-class table, and the
pictures of the cell the user clicks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.gui.evaluation.confusion import ConfusionMatrixWidget
from lepton_studio.gui.evaluation.gallery import GalleryEntry, ImageGallery
from lepton_studio.gui.training import texts


def percent(value: float | None) -> str:
    return texts.percent(value)  # the user's decimal sign, one format everywhere


class Card(QFrame):
    """One headline figure: a label, a big value, a short explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.value = QLabel("–")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.help.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.help, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)


class ResultsView(QWidget):
    """Metrics of one evaluation. ``pictureChosen(entry)`` when a picture is clicked."""

    pictureChosen = Signal(object)

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation = None
        self.accuracy = Card()
        self.balanced = Card()
        self.mistakes = Card()
        self.confused = Card()
        self.confused.value.setWordWrap(True)
        font = QFont(self.font())
        font.setBold(True)
        self.confused.value.setFont(font)
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in (self.accuracy, self.balanced, self.mistakes):
            cards.addWidget(card, 2)
        cards.addWidget(self.confused, 3)

        self.matrix = ConfusionMatrixWidget()
        self.matrix.cellClicked.connect(self.show_cell)
        self.matrix_hint = QLabel()
        self.matrix_hint.setWordWrap(True)
        matrix_scroll = QScrollArea()
        matrix_scroll.setWidgetResizable(True)
        matrix_scroll.setFrameShape(QFrame.Shape.NoFrame)
        matrix_scroll.setWidget(self.matrix)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.matrix_title = QLabel()
        self.matrix_title.setFont(font)
        left_layout.addWidget(self.matrix_title)
        left_layout.addWidget(self.matrix_hint)
        left_layout.addWidget(matrix_scroll, 1)

        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # class order until clicked
        header.setSortIndicatorShown(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table_title = QLabel()
        self.table_title.setFont(font)
        self.table_hint = QLabel()
        self.table_hint.setWordWrap(True)

        self.cell_title = QLabel()
        self.cell_title.setFont(font)
        self.cell_title.setWordWrap(True)
        self.cell_gallery = ImageGallery(tasks, px=88)
        self.cell_gallery.entryChosen.connect(self.pictureChosen)

        right = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table_title)
        table_layout.addWidget(self.table_hint)
        table_layout.addWidget(self.table, 1)
        cell_box = QWidget()
        cell_layout = QVBoxLayout(cell_box)
        cell_layout.setContentsMargins(0, 6, 0, 0)
        cell_layout.addWidget(self.cell_title)
        cell_layout.addWidget(self.cell_gallery, 1)
        right.addWidget(table_box)
        right.addWidget(cell_box)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(cards)
        layout.addWidget(self.splitter, 1)
        self._cell: tuple[int, int] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.accuracy.title.setText(self.tr("Accuracy"))
        self.accuracy.help.setText(self.tr("Share of pictures given the right class."))
        self.balanced.title.setText(self.tr("Balanced accuracy"))
        self.balanced.help.setText(self.tr("Every class counts the same, however many "
                                           "pictures it has."))
        self.mistakes.title.setText(self.tr("Wrong answers"))
        self.mistakes.help.setText(self.tr("Pictures given the wrong class."))
        self.confused.title.setText(self.tr("Most often confused"))
        self.matrix_title.setText(self.tr("Confusion matrix"))
        self.matrix_hint.setText(self.tr("Rows: the true class. Columns: the model's answer "
                                         "(the last one: “not sure”). Click a cell to see its "
                                         "pictures."))
        self.matrix.set_texts(
            self.tr("True class"), self.tr("Model's answer"),
            self.tr("{count} of {total} {true} pictures were taken for {predicted}."),
            self.tr("{count} of {total} {true} pictures were recognised."),
            self.tr("Not sure"),
            self.tr("{count} of {total} {true} pictures were set aside as not sure."))
        self.table_title.setText(self.tr("Per class"))
        self.table_hint.setText(self.tr("Precision: of the pictures put in a class, the share "
                                        "that belong there. Recall: of a class's pictures, the "
                                        "share that was found."))
        self.table.setHorizontalHeaderLabels([self.tr("Class"), self.tr("Precision"),
                                              self.tr("Recall"), self.tr("F1"),
                                              self.tr("Pictures")])
        self._fill_confused()
        self._fill_cell_title()

    # --- data ----------------------------------------------------------------------------
    def set_evaluation(self, evaluation) -> None:
        self.evaluation = evaluation
        self._cell = None
        self.cell_gallery.set_entries([])
        if evaluation is None:
            self.matrix.set_data(np.zeros((0, 0)), [])
            self.table.setRowCount(0)
            for card in (self.accuracy, self.balanced, self.mistakes):
                card.value.setText("–")
            self._fill_confused()
            self._fill_cell_title()
            return
        metrics = evaluation.metrics
        total = int(metrics.confusion.sum())
        wrong = total - int(np.trace(metrics.confusion))
        self.accuracy.value.setText(percent(metrics.accuracy))
        self.balanced.value.setText(percent(metrics.balanced_accuracy))
        self.mistakes.value.setText(f"{wrong} / {total}")
        self.matrix.set_data(self._matrix_counts(), evaluation.class_names)
        self._fill_table(metrics)
        self._fill_confused()
        self._fill_cell_title()

    def _matrix_counts(self):
        """With a "not sure" threshold: the matrix with its unsure column; else the plain one."""
        ev = self.evaluation
        if ev.threshold is None:
            return ev.metrics.confusion
        return ev.confusion_with_unsure()

    def refresh_unsure(self) -> None:
        """The threshold moved: redraw the matrix's unsure column and the open cell."""
        if self.evaluation is None:
            return
        cell = self._cell
        self.matrix.set_data(self._matrix_counts(), self.evaluation.class_names)
        if cell is not None and cell[1] < self.matrix.columns:
            self.show_cell(*cell)

    def _fill_table(self, metrics) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(metrics.per_class))
        for row, c in enumerate(metrics.per_class):
            name = QTableWidgetItem(c.name)
            self.table.setItem(row, 0, name)
            for column, value in ((1, c.precision), (2, c.recall), (3, c.f1)):
                item = _NumberItem(percent(value), value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            support = _NumberItem(str(c.support), c.support)
            support.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 4, support)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

    def _fill_confused(self) -> None:
        ev = self.evaluation
        if ev is None:
            self.confused.value.setText("–")
            self.confused.help.setText("")
            return
        pairs = ev.metrics.most_confused(1)
        if not pairs:
            self.confused.value.setText(self.tr("Nothing"))
            self.confused.help.setText(self.tr("No picture was given the wrong class."))
            return
        true, predicted, count = pairs[0]
        names = ev.class_names
        self.confused.value.setText(self.tr("{true} → {predicted}").format(
            true=names[true], predicted=names[predicted]))
        self.confused.help.setText(self.tr("%n picture(s) of {true} taken for {predicted}.", "",
                                           count).format(true=names[true],
                                                         predicted=names[predicted]))

    def _fill_cell_title(self) -> None:
        ev, cell = self.evaluation, self._cell
        if ev is None or cell is None:
            self.cell_title.setText(self.tr("Click a cell of the matrix to see its pictures."))
            return
        true, predicted = cell
        names = ev.class_names
        count = len(self.cell_gallery.entries)
        if predicted >= len(names):
            self.cell_title.setText(self.tr("%n picture(s) of {true} set aside as not sure.", "",
                                            count).format(true=names[true]))
            return
        if true == predicted:
            text = self.tr("%n picture(s) of {true}, recognised.", "", count)
        else:
            text = self.tr("%n picture(s) of {true} taken for {predicted}.", "", count)
        self.cell_title.setText(text.format(true=names[true], predicted=names[predicted]))

    def show_cell(self, true: int, predicted: int) -> None:
        """Show the pictures of one confusion-matrix cell, the surest answers first."""
        ev = self.evaluation
        if ev is None:
            return
        self._cell = (true, predicted)
        self.matrix.select(self._cell)
        k = len(ev.class_names)
        unsure = ev.unsure() if ev.threshold is not None else np.zeros(len(ev.labels), bool)
        if predicted >= k:  # the "not sure" column
            indices = np.nonzero((ev.labels == true) & unsure)[0]
        else:
            indices = np.nonzero((ev.labels == true) & (ev.predictions == predicted) & ~unsure)[0]
        answers = ev.predictions[indices]
        confidence = ev.probabilities[indices, answers] if len(indices) else np.zeros(0)
        order = indices[np.argsort(-confidence, kind="stable")]
        names = ev.class_names
        entries = []
        for index in order.tolist():
            answer = int(ev.predictions[index])
            probability = float(ev.probabilities[index, answer])
            caption = f"{names[answer]} {probability * 100:.0f}%"
            if predicted >= k:
                caption = "? " + caption
            tooltip = self.tr("{file}\nTrue: {true} · Model: {predicted} ({probability})").format(
                file=Path(ev.paths[index]).name, true=names[true], predicted=names[answer],
                probability=percent(probability))
            entries.append(GalleryEntry(ev.paths[index], caption, tooltip, index))
        self.cell_gallery.set_entries(entries)
        self._fill_cell_title()


class _NumberItem(QTableWidgetItem):
    """Sorts by its number, not its text."""

    def __init__(self, text: str, value: float) -> None:
        super().__init__(text)
        self.value = float(value)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _NumberItem):
            return self.value < other.value
        return super().__lt__(other)
