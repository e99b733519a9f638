"""The inspector: the selected block's name, settings, inputs and problems.

Each setting gets the widget its kind calls for (spin box, combo box, check box) with the
range from its ``ParamSpec`` and its help underneath. Changes go through undo commands;
the widgets follow the graph (undo, redo) through its events, with signals blocked while
they are set, so a change never echoes back as a new command.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core import graph as g
from lepton_studio.core.blocks import BOOL, CHOICE, FLOAT, INT, BlockSpec, ParamSpec, get_block
from lepton_studio.core.graph import Edge, Graph
from lepton_studio.core.problem_steps import problem_fix
from lepton_studio.core.problems import ERROR, LeptonError
from lepton_studio.core.shapes import Analysis
from lepton_studio.gui.canvas import commands as cmd
from lepton_studio.gui.canvas.catalogue import (
    block_help,
    block_icon,
    block_name,
    choice_text,
    format_compact,
    format_count,
    format_shape,
    param_help,
    param_label,
)
from lepton_studio.gui.canvas.interactions import wire_refusal
from lepton_studio.gui.canvas.texts import param_summary
from lepton_studio.gui.errors import fix_text, problem_text

INT_LIMIT = 2**31 - 1
# Settings that follow the dataset while the project has one: (block, setting).
DATASET_PARAMS = {("input", "size"), ("input", "color"), ("output", "classes")}


def _muted(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


class Inspector(QWidget):
    """Edits one block. ``message(text)`` reports a refused value."""

    message = Signal(str)
    fixRequested = Signal(object)  # a core.problem_steps.Fix in another step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph: Graph | None = None
        self.stack: QUndoStack | None = None
        self.node_id: str | None = None
        self.selection_count = 0
        self.analysis: Analysis | None = None
        self.dataset_locked = False
        self.editors: dict[str, QWidget] = {}
        self.input_boxes: list[QComboBox] = []
        self._row_widgets: list[QWidget] = []
        self._unsubscribe: Callable[[], None] | None = None

        self.title = QLabel()
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.icon = QLabel()
        self.icon.setFixedSize(24, 24)
        self.help = _muted(QLabel())
        self.empty = _muted(QLabel())
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.label_edit = QLineEdit()
        self.label_edit.editingFinished.connect(self._commit_label)
        self.label_caption = QLabel()
        self.label_caption.setBuddy(self.label_edit)

        self.settings_title = QLabel()
        self.settings_title.setFont(_bold(self.settings_title))
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.inputs_title = QLabel()
        self.inputs_title.setFont(_bold(self.inputs_title))
        self.inputs_host = QWidget()
        self.inputs_form = QFormLayout(self.inputs_host)
        self.inputs_form.setContentsMargins(0, 0, 0, 0)
        self.inputs_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.problem_box = QLabel()
        self.problem_box.setObjectName("inspectorProblem")
        self.problem_box.setWordWrap(True)
        self.problem_box.setTextFormat(Qt.TextFormat.RichText)
        self.problem_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.problem_box.setStyleSheet(
            "#inspectorProblem { border: 1px solid #d72828; border-radius: 4px; padding: 6px;"
            " background: rgba(215, 40, 40, 24); }")

        # The block's advice, when it is followed in another step, is one click away.
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("inspectorFix")
        self.fix_button.setVisible(False)
        self.fix_button.clicked.connect(lambda: self._fix and self.fixRequested.emit(self._fix))
        self._fix = None

        header = QHBoxLayout()
        header.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.title, 1)
        label_row = QFormLayout()
        label_row.setContentsMargins(0, 0, 0, 0)
        label_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label_row.addRow(self.label_caption, self.label_edit)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(8)
        details.addLayout(header)
        details.addWidget(self.help)
        details.addWidget(self.problem_box)
        details.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignLeft)
        details.addLayout(label_row)
        details.addWidget(self.settings_title)
        details.addWidget(self.form_host)
        details.addWidget(self.inputs_title)
        details.addWidget(self.inputs_host)
        details.addWidget(self.result)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.retranslate()
        self._rebuild()

    # --- wiring to the editor ------------------------------------------------------------
    def set_graph(self, graph: Graph, stack: QUndoStack) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.graph, self.stack = graph, stack
        self._unsubscribe = graph.subscribe(self._on_event)
        self.show_nodes([])

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def set_dataset_locked(self, locked: bool) -> None:
        """While the project has a dataset, image size, colours and classes follow it."""
        if locked != self.dataset_locked:
            self.dataset_locked = locked
            self._rebuild()

    def show_nodes(self, node_ids: list[str]) -> None:
        node_id = node_ids[0] if len(node_ids) == 1 else None
        self.selection_count = len(node_ids)
        if node_id == self.node_id and node_id is not None:
            return
        self.node_id = node_id
        self._rebuild()

    def set_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._update_result()
        self._update_inputs()

    def focus_first(self) -> None:
        """Keyboard: Enter on the canvas moves here."""
        if self.node_id is None:
            return
        for widget in self.editors.values():
            if widget.isEnabled():
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
        self.label_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- graph events --------------------------------------------------------------------
    def _on_event(self, event: g.GraphEvent) -> None:
        if isinstance(event, g.GraphReset) or (
                isinstance(event, g.NodeRemoved) and event.node.id == self.node_id):
            self.node_id = None
            self._rebuild()
        elif isinstance(event, g.ParamChanged) and event.node_id == self.node_id:
            self._set_editor_value(event.name, event.new)
            self._update_title()
        elif isinstance(event, g.LabelChanged) and event.node_id == self.node_id:
            with QSignalBlocker(self.label_edit):
                self.label_edit.setText(event.new)
            self._update_title()

    # --- building ------------------------------------------------------------------------
    def _node(self):
        if self.graph is None or self.node_id is None or self.node_id not in self.graph.nodes:
            return None
        return self.graph.node(self.node_id)

    def _rebuild(self) -> None:
        node = self._node()
        self.editors.clear()
        while self.form.rowCount():
            self.form.removeRow(0)
        while self.inputs_form.rowCount():
            self.inputs_form.removeRow(0)
        self.input_boxes = []
        self._row_widgets: list[QWidget] = []
        self.details.setVisible(node is not None)
        self.empty.setVisible(node is None)
        if node is None:
            if self.selection_count > 1:
                self.empty.setText(self.tr("%n blocks selected. Select a single block to "
                                           "change its settings.", "", self.selection_count))
            else:
                self.empty.setText(self.tr("Select a block on the canvas to see and change "
                                           "its settings."))
            return
        spec = get_block(node.block)
        self.icon.setPixmap(block_icon(spec).pixmap(24, 24))
        self.help.setText(block_help(spec))
        with QSignalBlocker(self.label_edit):
            self.label_edit.setText(node.label)
        self._update_title()
        for param in spec.params:
            editor = self._make_editor(spec, param, node.params.get(param.name))
            caption = QLabel(param_label(param))
            caption.setBuddy(editor)
            caption.setWordWrap(True)
            self.form.addRow(caption, editor)
            self._row_widgets += [caption, editor]
            help_text = param_help(param)
            if (spec.id, param.name) in DATASET_PARAMS and self.dataset_locked:
                editor.setEnabled(False)
                help_text = self.tr("Follows the dataset; change it in the Data step.")
            if help_text:
                help_label = _muted(QLabel(help_text))
                self.form.addRow(help_label)
                self._row_widgets.append(help_label)
            self.editors[param.name] = editor
        self.settings_title.setVisible(bool(spec.params))
        self.form_host.setVisible(bool(spec.params))
        for index in range(spec.num_inputs):
            box = QComboBox()
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            box.activated.connect(lambda _row, i=index: self._commit_input(i))
            caption = QLabel(self.tr("Input {number}").format(number=index + 1)
                             if spec.num_inputs > 1 else self.tr("Input"))
            caption.setBuddy(box)
            self.inputs_form.addRow(caption, box)
            self._row_widgets += [caption, box]
            self.input_boxes.append(box)
        self.inputs_title.setVisible(spec.num_inputs > 0)
        self.inputs_host.setVisible(spec.num_inputs > 0)
        self._update_inputs()
        self._update_result()
        for widget in self._row_widgets:
            widget.show()  # now, not on the next event loop turn (focus_first needs it)

    def _update_title(self) -> None:
        node = self._node()
        if node is None:
            return
        spec = get_block(node.block)
        name = block_name(spec)
        self.title.setText(f"{node.label} ({name})" if node.label else name)

    def _make_editor(self, spec: BlockSpec, param: ParamSpec, value: Any) -> QWidget:
        name = param.name
        if param.kind == INT:
            box = QSpinBox()
            box.setRange(int(param.minimum) if param.minimum is not None else -INT_LIMIT,
                         int(param.maximum) if param.maximum is not None else INT_LIMIT)
            box.setKeyboardTracking(False)
            box.setAccelerated(True)
            if param.minimum == 0 and name == "stride":
                box.setSpecialValueText(self.tr("same as window"))
            box.setValue(int(value))
            box.valueChanged.connect(lambda v, n=name: self._commit(n, int(v)))
            return box
        if param.kind == FLOAT:
            box = QDoubleSpinBox()
            box.setDecimals(3)
            low = param.minimum if param.minimum is not None else -1e9
            high = param.maximum if param.maximum is not None else 1e9
            box.setRange(low, high)
            box.setSingleStep(0.05 if high <= 1 else 0.1)
            box.setKeyboardTracking(False)
            box.setValue(float(value))
            box.valueChanged.connect(lambda v, n=name: self._commit(n, float(v)))
            return box
        if param.kind == CHOICE:
            box = QComboBox()
            for choice in param.choices:
                box.addItem(choice_text(choice), choice)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.currentIndexChanged.connect(
                lambda _i, n=name, b=box: self._commit(n, b.currentData()))
            return box
        if param.kind == BOOL:
            box = QCheckBox()
            box.setChecked(bool(value))
            box.toggled.connect(lambda v, n=name: self._commit(n, bool(v)))
            return box
        shown = QLabel(str(value))
        return shown

    def _set_editor_value(self, name: str, value: Any) -> None:
        editor = self.editors.get(name)
        if editor is None:
            return
        with QSignalBlocker(editor):
            if isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QDoubleSpinBox):
                editor.setValue(float(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))

    # --- edits ---------------------------------------------------------------------------
    def _commit(self, name: str, value: Any) -> None:
        node = self._node()
        if node is None or self.stack is None or node.params.get(name) == value:
            return
        try:
            command = cmd.SetParamCommand(self.graph, node.id, name, value)
        except LeptonError as exc:
            message, hint = problem_text(exc.problem)
            self.message.emit(f"{message} {hint}".strip())
            self._set_editor_value(name, node.params.get(name))
            return
        self.stack.push(command)

    def _commit_label(self) -> None:
        node = self._node()
        if node is None or self.stack is None:
            return
        text = self.label_edit.text().strip()
        if text != node.label:
            self.stack.push(cmd.SetLabelCommand(self.graph, node.id, text))

    def _commit_input(self, index: int) -> None:
        node = self._node()
        if node is None or self.stack is None:
            return
        box = self.input_boxes[index]
        source = box.currentData()
        current = self._current_edge(index)
        if source == (current.source if current else None):
            return
        if source is None:
            if current is not None:
                self.stack.push(cmd.DisconnectCommand(self.graph, current))
            return
        cmd.rewire(self.stack, self.graph, current, source, node.id, index)

    def _current_edge(self, index: int) -> Edge | None:
        for edge in self.graph.edges_to(self.node_id):
            if edge.target_input == index:
                return edge
        return None

    # --- read-only parts -----------------------------------------------------------------
    def _update_inputs(self) -> None:
        node = self._node()
        if node is None or not self.input_boxes:
            return
        for index, box in enumerate(self.input_boxes):
            current = self._current_edge(index)
            with QSignalBlocker(box):
                box.clear()
                box.addItem(self.tr("(not connected)"), None)
                for other in self.graph.nodes.values():
                    if other.id == node.id:
                        continue
                    is_current = current is not None and current.source == other.id
                    if not is_current and wire_refusal(self.graph, other.id, node.id, index, current):
                        continue
                    spec = get_block(other.block)
                    title = other.label or block_name(spec)
                    summary = param_summary(spec, other.params)
                    box.addItem(block_icon(spec), f"{title} ({summary})" if summary else title,
                                other.id)
                box.setCurrentIndex(max(0, box.findData(current.source)) if current else 0)

    def _update_result(self) -> None:
        node = self._node()
        if node is None:
            return
        analysis = self.analysis
        info = analysis.nodes.get(node.id) if analysis else None
        parts = []
        if info is not None and info.shape:
            parts.append(self.tr("Output: {shape}").format(
                shape=f"<b>{format_shape(info.shape)}</b>"))
        if info is not None and info.shape:
            parts.append(self.tr("Parameters: {count}").format(count=format_count(info.params)))
            if info.macs:
                parts.append(self.tr("Multiply-adds: {count}").format(
                    count=format_compact(info.macs)))
        self.result.setText("<br>".join(parts))
        self.result.setVisible(bool(parts))
        problems = analysis.problems_for(node.id) if analysis else []
        texts = []
        for problem in problems:
            message, hint = problem_text(problem)
            colour = "#d72828" if problem.severity == ERROR else "#9a6a00"
            text = f"<b style='color:{colour}'>{escape(message)}</b>"
            if hint:
                text += f"<br>{escape(hint)}"
            texts.append(text)
        self.problem_box.setText("<br><br>".join(texts))
        self.problem_box.setVisible(bool(texts))
        self._fix = next((fix for fix in map(problem_fix, problems) if fix is not None and fix.place),
                         None)
        self.fix_button.setVisible(self._fix is not None)
        if self._fix is not None:
            self.fix_button.setText(fix_text(self._fix))

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.label_caption.setText(self.tr("Name"))
        self.label_edit.setPlaceholderText(self.tr("Optional, shown on the block"))
        self.settings_title.setText(self.tr("Settings"))
        self.inputs_title.setText(self.tr("Wired from"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._rebuild()
        super().changeEvent(event)


def _bold(label: QLabel):
    font = label.font()
    font.setBold(True)
    return font
