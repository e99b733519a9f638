"""The side bar: Start, then Data → Model → Train → Evaluate → Export, each with its state.

Each step row shows a state mark (done ✓, needs attention !, not yet possible, ready),
its name and a one-line reason; the reason is the tooltip too. Steps that are not yet
possible stay clickable: their page says what is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from lepton_studio.gui.step_status import STEPS, State, StepStatus, step_title

STEP_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
REASON_ROLE = Qt.ItemDataRole.UserRole + 2
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 3

STATE_COLOURS = {
    State.DONE: QColor(46, 160, 67),
    State.READY: QColor(56, 132, 244),
    State.ATTENTION: QColor(230, 140, 20),
    State.BLOCKED: QColor(150, 150, 150),
}


def _draw_mark(painter: QPainter, centre: QPointF, radius: float, state: State | None,
               number: int) -> None:
    """A coloured disc with a tick, an exclamation mark or the step number."""
    colour = STATE_COLOURS.get(state, QColor(120, 120, 120)) if state else QColor(120, 120, 120)
    painter.setPen(Qt.PenStyle.NoPen)
    if state == State.BLOCKED:
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setBrush(colour)
    painter.drawEllipse(centre, radius, radius)
    ink = colour if state == State.BLOCKED else QColor(255, 255, 255)
    if state == State.DONE:
        pen = QPen(ink, radius * 0.28, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath(centre + QPointF(-radius * 0.45, 0.0))
        path.lineTo(centre + QPointF(-radius * 0.1, radius * 0.38))
        path.lineTo(centre + QPointF(radius * 0.5, -radius * 0.38))
        painter.drawPath(path)
        return
    painter.setPen(ink)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(int(radius * 1.2))
    painter.setFont(font)
    text = "!" if state == State.ATTENTION else (str(number) if number else "⌂")
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                     Qt.AlignmentFlag.AlignCenter, text)


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of ``width`` (CJK-aware, via
    QTextLayout); the last line is elided when the text is longer."""
    if not text or width <= 0:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1:
            rest = text[start:]
            lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, int(width)))
            break
        lines.append(text[start:start + length].rstrip())
    layout.endLayout()
    return lines


class StepDelegate(QStyledItemDelegate):
    """Draws a row: mark, bold title, and the reason in small grey text (up to two lines)."""

    MARGIN = 10
    MARK = 22
    REASON_LINES = 2

    @staticmethod
    def small_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        return small

    def _text_width(self, option: QStyleOptionViewItem) -> float:
        widget = option.widget
        width = widget.viewport().width() if widget is not None else option.rect.width()
        return width - 2 * self.MARGIN - self.MARK - 10

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        small = QFontMetrics(self.small_font(option.font))
        reason = index.data(REASON_ROLE) or ""
        lines = len(wrap_lines(reason, self.small_font(option.font), self._text_width(option),
                               self.REASON_LINES))
        height = metrics.height() + lines * small.lineSpacing() + 2 * self.MARGIN
        return QSize(160, max(height, self.MARK + 2 * self.MARGIN))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter,
                                option.widget)
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        palette = option.palette
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        text_colour = palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        state = index.data(STATE_ROLE)
        number = index.data(NUMBER_ROLE) or 0
        centre = QPointF(rect.left() + self.MARK / 2, rect.center().y() + 0.5)
        _draw_mark(painter, centre, self.MARK / 2, state if enabled else State.BLOCKED, number)

        text_left = rect.left() + self.MARK + 10
        text_rect = QRectF(text_left, rect.top(), rect.right() - text_left, rect.height())
        title_font = QFont(option.font)
        title_font.setBold(True)
        reason = index.data(REASON_ROLE) or ""
        metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                   Qt.TextElideMode.ElideRight, int(text_rect.width()))
        small = self.small_font(option.font)
        lines = wrap_lines(reason, small, text_rect.width(), self.REASON_LINES)
        small_metrics = QFontMetrics(small)
        block = metrics.height() + len(lines) * small_metrics.lineSpacing()
        top = text_rect.top() + max(0.0, (text_rect.height() - block) / 2)
        painter.drawText(QRectF(text_rect.left(), top, text_rect.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        if lines:
            painter.setFont(small)
            faded = QColor(text_colour)
            if not selected:
                faded.setAlphaF(0.65)
            painter.setPen(faded)
            y = top + metrics.height()
            for line in lines:
                painter.drawText(QRectF(text_rect.left(), y, text_rect.width(),
                                        small_metrics.lineSpacing()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
                y += small_metrics.lineSpacing()
        painter.restore()


class StepBar(QListWidget):
    """The step list; ``stepSelected`` carries "start" or one of ``STEPS``."""

    stepSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBar")
        self.setItemDelegate(StepDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setMouseTracking(True)
        self._items: dict[str, QListWidgetItem] = {}
        for number, step in enumerate(("start", *STEPS)):
            item = QListWidgetItem()
            item.setData(STEP_ROLE, step)
            item.setData(NUMBER_ROLE, number)
            self.addItem(item)
            self._items[step] = item
        self.currentItemChanged.connect(self._on_current_changed)
        self.retranslate()
        self.setCurrentRow(0)

    def item_for(self, step: str) -> QListWidgetItem:
        return self._items[step]

    def current_step(self) -> str:
        item = self.currentItem()
        return item.data(STEP_ROLE) if item else "start"

    def select_step(self, step: str) -> None:
        self.setCurrentItem(self._items[step])

    def set_statuses(self, statuses: dict[str, StepStatus], has_project: bool) -> None:
        start = self._items["start"]
        start.setData(STATE_ROLE, None)
        for step, status in statuses.items():
            item = self._items[step]
            item.setData(STATE_ROLE, status.state)
            item.setData(REASON_ROLE, status.reason)
            item.setToolTip(f"{step_title(step)}: {status.reason}")
            flags = Qt.ItemFlag.ItemIsSelectable
            if has_project:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
        self.scheduleDelayedItemsLayout()  # reasons change the rows' heights
        self.viewport().update()

    def status_of(self, step: str) -> tuple[State | None, str]:
        item = self._items[step]
        return item.data(STATE_ROLE), item.data(REASON_ROLE) or ""

    def retranslate(self) -> None:
        for step, item in self._items.items():
            item.setText(step_title(step))
        self.updateGeometry()  # the minimum width follows the longest step name
        self._items["start"].setToolTip(
            self.tr("New project, open a project, recent projects, the sample project"))
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _widest_title(self) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        return max(metrics.horizontalAdvance(step_title(s)) for s in ("start", *STEPS))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(max(200, self._widest_title() + 120), 400)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Never narrower than the longest step name: a wide page must not squeeze the bar.
        delegate = StepDelegate
        return QSize(max(170, self._widest_title() + 2 * delegate.MARGIN + delegate.MARK + 40),
                     200)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # reasons re-wrap: row heights change

    def _on_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.stepSelected.emit(current.data(STEP_ROLE))
