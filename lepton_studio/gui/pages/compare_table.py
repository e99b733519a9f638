"""The Export step's side-by-side table of the models a user could export.

Shows a ``core.export.compare.Comparison``: one row per candidate with its file size,
parameters, multiply-adds, CPU time per picture measured on this computer and test
accuracy, and a line saying how and where those were measured.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lepton_studio.core.export import compare as C
from lepton_studio.gui.numbers import plain_number


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


class CompareTable(QFrame):
    """A read-only table of a comparison, with a note on how it was measured."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTable")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self.comparison: C.Comparison | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The models you could export"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Model"), self.tr("File size"), self.tr("Parameters"),
            self.tr("Multiply-adds"), self.tr("Time per picture"), self.tr("Accuracy")])
        if self.comparison is not None:
            self.show_comparison(self.comparison)

    def show_comparison(self, comparison: C.Comparison) -> None:
        self.comparison = comparison
        self.table.setRowCount(len(comparison.candidates))
        for row, c in enumerate(comparison.candidates):
            name = QCoreApplication.translate(C.CONTEXT, c.name)
            if c.method == "static":
                name = self.tr("{name} (static)").format(name=name)
            elif c.method == "dynamic":
                name = self.tr("{name} (dynamic, weights only)").format(name=name)
            if c.id == comparison.default:
                name = self.tr("{name} — the default").format(name=name)
            accuracy = "—" if c.accuracy is None else f"{c.accuracy * 100:.1f}%"
            cells = [name, human_size(c.bytes), f"{c.parameters:,}",
                     f"{c.macs / 1e6:.1f} M", self.tr("{ms} ms").format(ms=plain_number(c.latency_ms, 2)),
                     accuracy]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height)
        where = {"test": self.tr("Accuracy on %n test picture(s).", "", comparison.images),
                 "val": self.tr("Accuracy on %n validation picture(s).", "", comparison.images)}
        self.note.setText(" ".join([
            self.tr("Time measured on this computer: one picture at a time, the middle of "
                    "%n run(s), with onnxruntime on the processor.", "", comparison.runs),
            where.get(comparison.split or "", self.tr("No labelled pictures to measure "
                                                      "accuracy on."))]))
