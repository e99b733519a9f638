"""The model summary: total parameters, multiply-adds, size in MB, the problems, and
whether the model can be trained now (and if not, why)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.graph import Graph
from lepton_studio.core.problem_steps import problem_fix
from lepton_studio.core.problems import CLASS_COUNT_MISMATCH, ERROR, Problem
from lepton_studio.core.shapes import Analysis
from lepton_studio.gui.canvas.catalogue import format_compact, format_count
from lepton_studio.gui.errors import fix_text, problem_text

NODE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Readiness:
    ready: bool
    reason: str  # translated


def train_readiness(analysis: Analysis, graph: Graph, class_names: list[str] | None,
                    has_pictures: bool) -> Readiness:
    """Can the Train step start with this model and data? If not, the first reason."""
    errors = analysis.errors
    if errors:
        message, _hint = problem_text(errors[0])
        lead = QCoreApplication.translate("ModelSummary", "Fix the model first (%n problem(s)):",
                                          "", len(errors))
        return Readiness(False, f"{lead} {message}")
    if class_names is None or not has_pictures:
        return Readiness(False, QCoreApplication.translate(
            "ModelSummary", "The model is ready. Import pictures in the Data step to train it."))
    output = graph.output_node()
    if output is not None and output.params.get("classes") != len(class_names):
        message, hint = problem_text(Problem(CLASS_COUNT_MISMATCH, output.id, {
            "model_classes": output.params.get("classes"), "dataset_classes": len(class_names)}))
        return Readiness(False, f"{message} {hint}")
    return Readiness(True, QCoreApplication.translate("ModelSummary", "Ready to train."))


class ModelSummary(QWidget):
    problemChosen = Signal(str)  # node id
    trainRequested = Signal()
    fixRequested = Signal(object)  # a core.problem_steps.Fix: fixed in another step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.readiness = Readiness(False, "")
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.params_caption, self.params_value = QLabel(), QLabel()
        self.macs_caption, self.macs_value = QLabel(), QLabel()
        self.size_caption, self.size_value = QLabel(), QLabel()
        for value in (self.params_value, self.macs_value, self.size_value):
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.params_caption, self.params_value)
        form.addRow(self.macs_caption, self.macs_value)
        form.addRow(self.size_caption, self.size_value)
        self.problems_title = QLabel()
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.problems.itemActivated.connect(self._choose)
        self.problems.itemClicked.connect(self._choose)
        self.problems.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # A problem fixed in another step gets a button that goes right there.
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("problemFix")
        self.fix_button.clicked.connect(self._request_fix)
        self.fix_button.setVisible(False)
        self._fix = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.train_button = QPushButton()
        self.train_button.clicked.connect(self.trainRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        layout.addWidget(self.fix_button)
        layout.addWidget(self.status)
        layout.addWidget(self.train_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _fit_height(self) -> None:
        """Never shorter than its content (the splitter would squeeze wrapped labels)."""
        width = max(self.width(), 200)
        wanted = (self.heightForWidth(width) if self.hasHeightForWidth()
                  else self.sizeHint().height())
        if wanted > 0 and wanted != self.minimumHeight():
            self.setMinimumHeight(wanted)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()
        self.retranslate()

    def set_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._update()

    def set_readiness(self, readiness: Readiness) -> None:
        self.readiness = readiness
        self._update_readiness()

    def _update(self) -> None:
        analysis = self.analysis
        if analysis is None:
            return
        locale = QLocale()
        self.params_value.setText(format_count(analysis.total_params))
        self.macs_value.setText(self.tr("{count} per picture").format(
            count=format_compact(analysis.total_macs)))
        self.size_value.setText(self.tr("{size} MB").format(
            size=locale.toString(analysis.size_mb, "f", 2 if analysis.size_mb < 10 else 1)))
        self.problems.clear()
        style = self.style()
        for problem in sorted(analysis.problems, key=lambda p: p.severity != ERROR):
            message, hint = problem_text(problem)
            self.problems.addItem(message)  # the list owns the item from the start
            item = self.problems.item(self.problems.count() - 1)
            item.setToolTip(f"{message}\n{hint}".strip())
            item.setIcon(style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical if problem.severity == ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setData(NODE_ROLE, problem.node_id)
        self._fix = next((fix for fix in map(problem_fix, analysis.problems)
                          if fix is not None and fix.place), None)
        self.fix_button.setVisible(self._fix is not None)
        if self._fix is not None:
            self.fix_button.setText(fix_text(self._fix))
        count = len(analysis.problems)
        self.problems_title.setText(self.tr("Problems (%n)", "", count) if count
                                    else self.tr("No problems found."))
        self.problems.setVisible(bool(count))
        self.problems.setFixedHeight(min(150, sum(
            self.problems.sizeHintForRow(row) for row in range(count)) + 6))
        self._fit_height()

    def _update_readiness(self) -> None:
        ready = self.readiness.ready
        mark = "✓" if ready else "✗"
        colour = "#2e9e45" if ready else "#c0392b"
        self.status.setText(f"<span style='color:{colour}'>{mark}</span> "
                            f"{escape(self.readiness.reason)}")
        self.train_button.setEnabled(ready)
        self.train_button.setToolTip("" if ready else self.readiness.reason)
        self._fit_height()

    def _request_fix(self) -> None:
        if self._fix is not None:
            self.fixRequested.emit(self._fix)

    def _choose(self, item: QListWidgetItem) -> None:
        node_id = item.data(NODE_ROLE)
        if node_id:
            self.problemChosen.emit(node_id)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Whole model"))
        self.params_caption.setText(self.tr("Parameters"))
        self.params_caption.setToolTip(self.tr("Numbers the model learns during training."))
        self.macs_caption.setText(self.tr("Multiply-adds"))
        self.macs_caption.setToolTip(self.tr(
            "Work needed to look at one picture: a rough measure of speed."))
        self.size_caption.setText(self.tr("Size"))
        self.size_caption.setToolTip(self.tr("Space the learned numbers take on disk."))
        self.train_button.setText(self.tr("Go to Training"))
        self._update()
        self._update_readiness()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
