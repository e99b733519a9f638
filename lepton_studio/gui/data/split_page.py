"""Wizard page 4: how the pictures are shared between training, validation and test."""

from __future__ import annotations

import random

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from . import texts
from .context import WizardContext, WizardPageBase

MAX_SHARE = 45  # percent, for validation and for test


class SplitPage(WizardPageBase):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.stratified = QLabel()
        self.stratified.setWordWrap(True)
        self.val_spin = QSpinBox()
        self.test_spin = QSpinBox()
        for spin in (self.val_spin, self.test_spin):
            spin.setRange(0, MAX_SHARE)
            spin.setSuffix(" %")
            spin.valueChanged.connect(self._on_changed)
        self.train_value = QLabel()
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 999_999)
        self.seed_spin.valueChanged.connect(self._on_changed)
        self.shuffle_button = QPushButton()
        self.shuffle_button.clicked.connect(self.shuffle)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_spin)
        seed_row.addWidget(self.shuffle_button)
        seed_row.addStretch(1)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.train_label, self.val_label = QLabel(), QLabel()
        self.test_label, self.seed_label = QLabel(), QLabel()
        self.form.addRow(self.train_label, self.train_value)
        self.form.addRow(self.val_label, self.val_spin)
        self.form.addRow(self.test_label, self.test_spin)
        self.form.addRow(self.seed_label, seed_row)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c8780a;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._fill_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stratified)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        self._loading = False
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        self._loading = True
        _train, val, test = self.state.ratios
        total = sum(self.state.ratios) or 1.0
        self.val_spin.setValue(round(100 * val / total))
        self.test_spin.setValue(round(100 * test / total))
        self.seed_spin.setValue(self.state.seed)
        self._loading = False
        self._on_changed()
        self._fill_table()

    def shuffle(self) -> None:
        self.seed_spin.setValue(random.randrange(1, 999_999))

    def _on_changed(self, *_args) -> None:
        if self._loading:
            return
        val, test = self.val_spin.value(), self.test_spin.value()
        train = 100 - val - test
        self.state.ratios = (train / 100, val / 100, test / 100)
        self.state.seed = self.seed_spin.value()
        self.train_value.setText(f"{train} %")
        self._timer.start()

    def _fill_table(self) -> None:
        preview = self.state.split_preview()
        locale = QLocale()
        self.table.setRowCount(len(preview) + 1)
        totals = {"train": 0, "val": 0, "test": 0}
        few_val = []
        for row, (name, counts) in enumerate(preview.items()):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            for column, split in enumerate(("train", "val", "test"), start=1):
                item = QTableWidgetItem(locale.toString(counts[split]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
                totals[split] += counts[split]
            if self.val_spin.value() > 0 and counts["val"] == 0:
                few_val.append(name)
        last = len(preview)
        total_item = QTableWidgetItem(self.tr("All classes"))
        font = total_item.font()
        font.setBold(True)
        total_item.setFont(font)
        self.table.setItem(last, 0, total_item)
        for column, split in enumerate(("train", "val", "test"), start=1):
            item = QTableWidgetItem(locale.toString(totals[split]))
            item.setFont(font)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(last, column, item)
        self.warning.setVisible(bool(few_val))
        self.warning.setText(self.tr("%n class(es) are too small to have validation pictures; "
                                     "they are only used for training.", "", len(few_val)))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Training, validation and test"))
        self.setSubTitle(self.tr("The model learns from the training pictures. The validation "
                                 "pictures show how well it does while it learns; the test "
                                 "pictures are kept apart for a final, honest check."))
        self.stratified.setText(self.tr("The split is stratified: every class is shared in the "
                                        "same proportions, so each part has pictures of every "
                                        "class."))
        self.train_label.setText(texts.split_name("train"))
        self.val_label.setText(texts.split_name("val"))
        self.test_label.setText(texts.split_name("test"))
        self.seed_label.setText(self.tr("Shuffle number"))
        self.seed_spin.setToolTip(self.tr("The same number always gives the same split, so "
                                          "results can be compared. Change it for another "
                                          "random split."))
        self.shuffle_button.setText(self.tr("Shuffle"))
        self.table.setHorizontalHeaderLabels([self.tr("Class"), texts.split_name("train"),
                                              texts.split_name("val"), texts.split_name("test")])
        if self.state.result is not None:
            self._fill_table()
