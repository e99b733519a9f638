"""Wizard page 3: what the check found, and what will happen to each file.

Top: pictures per class (bars) and a few thumbnails of each class. Below: every finding,
grouped by kind, with the files concerned and what happens to them (left out, excluded,
kept, converted). The user can exclude or keep files, leave a too-small class out, and
open a file's folder. The page blocks "Next" while a problem must be fixed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.data.scan import MIN_PER_CLASS, RECOMMENDED_PER_CLASS
from lepton_studio.core.problems import ERROR, WARNING
from lepton_studio.gui.errors import problem_text

from . import findings as F
from . import reveal, texts
from .bar_chart import DROPPED, FEW, OK, TOO_FEW, Bar, ClassBarChart
from .context import WizardContext, WizardPageBase

MAX_ROWS = 200  # per group; the group row itself acts on all of its files
KIND_ROLE = Qt.ItemDataRole.UserRole
PATHS_ROLE = Qt.ItemDataRole.UserRole + 1
CLASS_ROLE = Qt.ItemDataRole.UserRole + 2
CODE_ROLE = Qt.ItemDataRole.UserRole + 3
OUTCOME_COLOURS = {
    F.BLOCKS: QColor(214, 60, 50),
    F.LEFT_OUT: QColor(150, 150, 150),
    F.EXCLUDED: QColor(200, 110, 20),
    F.CLASS_DROPPED: QColor(150, 150, 150),
}


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class ReportPage(WizardPageBase):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.groups: list[F.FindingGroup] = []
        self.samples: dict[str, tuple[str, ...]] = {}
        self.expanded: set[str] = set()   # groups the user opened ...
        self.collapsed: set[str] = set()  # ... or closed, kept across refreshes
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.blocking = QLabel()
        self.blocking.setWordWrap(True)
        self.blocking.setStyleSheet("color: #d63c32; font-weight: bold;")
        self.chart_title = QLabel()
        self.chart = ClassBarChart(context.thumbnails)
        font = QFont(self.chart_title.font())
        font.setBold(True)
        self.chart_title.setFont(font)
        overview = QWidget()
        ol = QVBoxLayout(overview)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(self.chart_title)
        ol.addWidget(_scroll(self.chart), 1)
        overview.setMinimumHeight(150)
        self.overview = overview

        self.tree_title = QLabel()
        font = QFont(self.tree_title.font())
        font.setBold(True)
        self.tree_title.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemExpanded.connect(self._on_expanded)
        self.tree.itemCollapsed.connect(self._on_collapsed)
        self.tree.itemDoubleClicked.connect(self._on_double_click)

        self.exclude_button = QPushButton()
        self.keep_button = QPushButton()
        self.drop_class_button = QPushButton()
        self.reveal_button = QPushButton()
        self.exclude_button.clicked.connect(lambda: self.set_selected_excluded(True))
        self.keep_button.clicked.connect(lambda: self.set_selected_excluded(False))
        self.drop_class_button.clicked.connect(self.toggle_selected_classes)
        self.reveal_button.clicked.connect(self.reveal_selected)
        buttons = QHBoxLayout()
        for button in (self.exclude_button, self.keep_button, self.drop_class_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reveal_button)

        problems = QWidget()
        pl = QVBoxLayout(problems)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.tree_title)
        pl.addWidget(self.tree, 1)
        pl.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(overview)
        splitter.addWidget(problems)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.blocking)
        layout.addWidget(splitter, 1)
        self.retranslate()

    # --- wizard hooks --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        self.expanded = set(F.BLOCKING_CODES)
        self.collapsed = set()
        self.samples = self._samples()
        self.refresh()
        rows = max(1, len(self.chart.bars))
        wanted = min(rows * self.chart._row_height() + 40, int(self.height() * 0.45))
        self.splitter.setSizes([max(150, wanted), max(150, self.height() - wanted)])

    def _samples(self) -> dict[str, tuple[str, ...]]:
        """A few pictures of each class, for the thumbnails beside its bar."""
        result = self.state.result
        out: dict[str, list[str]] = {}
        if result is None:
            return {}
        for path, item in zip(result.paths, result.base.items, strict=True):
            chosen = out.setdefault(result.base.class_names[item.label], [])
            if len(chosen) < 8 and not self.state.is_excluded(path):
                chosen.append(path)
        return {name: tuple(paths) for name, paths in out.items()}

    def isComplete(self) -> bool:  # noqa: N802
        return self.state.result is not None and not self.state.blocking_problems()

    # --- content -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.groups = F.group_findings(self.state)
        self._fill_summary()
        self._fill_chart()
        self._fill_tree()
        self.completeChanged.emit()

    def _fill_summary(self) -> None:
        report = self.state.report
        if report is None:
            self.summary.setText("")
            self.blocking.setVisible(False)
            return
        counts = self.state.usable_counts()
        used = sum(counts.values())
        classes = len([n for n in counts.values() if n > 0])
        left_out = len(report.skipped)
        excluded = sum(1 for p in self.state.result.paths if self.state.is_excluded(p))
        parts = [self.tr("%n picture(s) will be used", "", used), texts.classes(classes),
                 self.tr("%n file(s) checked", "", report.total)]
        if excluded:
            parts.append(self.tr("%n excluded", "", excluded))
        if left_out:
            parts.append(self.tr("%n left out", "", left_out))
        if report.csv_encoding:
            parts.append(self._csv_format(report))
        self.summary.setText(" · ".join(parts))
        blocking = self.state.blocking_problems()
        self.blocking.setVisible(bool(blocking))
        self.blocking.setText(self.tr("Fix the problems marked in red to go on: add pictures to "
                                      "the folder and check again, or leave the class out."))

    def _csv_format(self, report) -> str:
        """How the CSV file was read: its encoding and separator (GB18030, semicolons)."""
        separator = {"\t": self.tr("tabs"), ";": self.tr("semicolons")}.get(
            report.csv_delimiter, self.tr("commas"))
        if report.csv_bom:
            return self.tr("CSV read as {encoding} (with byte-order mark), separated by "
                           "{separator}").format(encoding=report.csv_encoding, separator=separator)
        return self.tr("CSV read as {encoding}, separated by {separator}").format(
            encoding=report.csv_encoding, separator=separator)

    def _fill_chart(self) -> None:
        result = self.state.result
        if result is None:
            self.chart.set_bars([])
            return
        counts = self.state.usable_counts()
        bars = []
        for name in result.base.class_names:
            paths = self.samples.get(name, ())
            if name in self.state.dropped_classes:
                bars.append(Bar(name, 0, DROPPED, paths))
                continue
            count = counts.get(name, 0)
            state = TOO_FEW if count < MIN_PER_CLASS else FEW if count < RECOMMENDED_PER_CLASS else OK
            bars.append(Bar(name, count, state, paths))
        self.chart.set_bars(bars)

    def _fill_tree(self) -> None:
        tree = self.tree
        tree.setUpdatesEnabled(False)
        tree.clear()
        style = self.style()
        icons = {
            ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            F.INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        color = self.state.image.color
        few_rows = sum(min(len(g.findings), MAX_ROWS) for g in self.groups) <= 40
        for group in self.groups:
            count = len(group.findings)
            top = QTreeWidgetItem([f"{texts.group_title(group.code)} ({QLocale().toString(count)})", ""])
            top.setIcon(0, icons.get(group.severity, icons[F.INFO]))
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, KIND_ROLE, "group")
            top.setData(0, CODE_ROLE, group.code)
            top.setData(0, PATHS_ROLE, [p for f in group.findings for p in f.files])
            classes = [f.class_name for f in group.findings if f.class_name]
            top.setData(0, CLASS_ROLE, classes)
            tree.addTopLevelItem(top)
            for finding in group.findings[:MAX_ROWS]:
                top.addChild(self._finding_item(finding, color))
            if count > MAX_ROWS:
                more = QTreeWidgetItem([self.tr("… and %n more (select the group to act on all)",
                                                "", count - MAX_ROWS), ""])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(more)
            top.setExpanded(group.code in self.expanded
                            or (few_rows and group.code not in self.collapsed))
        tree.setUpdatesEnabled(True)
        self._update_buttons()

    def _finding_item(self, finding: F.Finding, color: str) -> QTreeWidgetItem:
        if finding.problem is not None:
            message, hint = problem_text(finding.problem)
        else:
            name = Path(finding.files[0]).name if finding.files else ""
            message = f"{name} — {texts.conversion_text(finding.detail, color)}"
            hint = finding.files[0] if finding.files else ""
        outcome = F.finding_outcome(self.state, finding)
        item = QTreeWidgetItem([message, texts.outcome_name(outcome)])
        item.setToolTip(0, f"{message}\n{hint}".strip())
        item.setData(0, KIND_ROLE, "finding")
        item.setData(0, PATHS_ROLE, list(finding.files))
        item.setData(0, CLASS_ROLE, [finding.class_name] if finding.class_name else [])
        self._colour(item, outcome)
        if len(finding.files) > 1:
            for path in finding.files[:MAX_ROWS]:
                child_outcome = F.file_outcome(self.state, path)
                child = QTreeWidgetItem([Path(path).name, texts.outcome_name(child_outcome)])
                child.setToolTip(0, path)
                child.setData(0, KIND_ROLE, "file")
                child.setData(0, PATHS_ROLE, [path])
                child.setData(0, CLASS_ROLE, [])
                self._colour(child, child_outcome)
                item.addChild(child)
            item.setExpanded(True)
        return item

    def _on_expanded(self, item: QTreeWidgetItem) -> None:
        code = item.data(0, CODE_ROLE)
        if code:
            self.expanded.add(code)
            self.collapsed.discard(code)

    def _on_collapsed(self, item: QTreeWidgetItem) -> None:
        code = item.data(0, CODE_ROLE)
        if code:
            self.collapsed.add(code)
            self.expanded.discard(code)

    @staticmethod
    def _colour(item: QTreeWidgetItem, outcome: str) -> None:
        colour = OUTCOME_COLOURS.get(outcome)
        if colour is not None:
            item.setForeground(1, QBrush(colour))

    # --- actions -------------------------------------------------------------------------------
    def selected_paths(self) -> list[str]:
        paths: list[str] = []
        for item in self.tree.selectedItems():
            paths.extend(item.data(0, PATHS_ROLE) or [])
        return list(dict.fromkeys(paths))

    def selected_classes(self) -> list[str]:
        names: list[str] = []
        for item in self.tree.selectedItems():
            names.extend(item.data(0, CLASS_ROLE) or [])
        return list(dict.fromkeys(names))

    def _dataset_paths(self) -> list[str]:
        return [p for p in self.selected_paths() if self.state.in_dataset(p)]

    def set_selected_excluded(self, excluded: bool) -> None:
        paths = self._dataset_paths()
        if paths:
            self.state.set_excluded(paths, excluded)
            self.refresh()

    def toggle_selected_classes(self) -> None:
        names = [n for n in self.selected_classes()
                 if self.state.result and n in self.state.result.base.class_names]
        if not names:
            return
        if all(n in self.state.dropped_classes for n in names):
            self.state.dropped_classes.difference_update(names)
        else:
            self.state.dropped_classes.update(names)
        self.refresh()

    def reveal_selected(self) -> None:
        paths = self.selected_paths()
        if paths:
            reveal.reveal(paths[0])

    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        paths = item.data(0, PATHS_ROLE) or []
        if item.data(0, KIND_ROLE) != "group" and len(paths) == 1:
            reveal.reveal(paths[0])

    def _update_buttons(self) -> None:
        paths = self._dataset_paths()
        self.exclude_button.setEnabled(any(not self.state.is_excluded(p) for p in paths))
        self.keep_button.setEnabled(any(self.state.is_excluded(p) for p in paths))
        names = [n for n in self.selected_classes()
                 if self.state.result and n in self.state.result.base.class_names]
        self.drop_class_button.setEnabled(bool(names))
        if names and all(n in self.state.dropped_classes for n in names):
            self.drop_class_button.setText(self.tr("Use class again"))
        else:
            self.drop_class_button.setText(self.tr("Leave class out"))
        self.reveal_button.setEnabled(bool(self.selected_paths()))

    def retranslate(self) -> None:
        self.setTitle(self.tr("What we found"))
        self.setSubTitle(self.tr("Check the classes and the problems below. Nothing is changed "
                                 "on your disk: problem files are only left out of training."))
        self.chart_title.setText(self.tr("Pictures per class"))
        self.tree_title.setText(self.tr("Problems and what happens to the files"))
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("What happens")])
        self.exclude_button.setText(self.tr("Exclude"))
        self.exclude_button.setToolTip(self.tr("Leave the selected pictures out of training"))
        self.keep_button.setText(self.tr("Keep"))
        self.keep_button.setToolTip(self.tr("Use the selected pictures after all"))
        self.reveal_button.setText(self.tr("Show in folder"))
        self.reveal_button.setToolTip(self.tr("Open the folder of the selected file"))
        if self.state.result is not None:
            self.refresh()
        else:
            self._update_buttons()
