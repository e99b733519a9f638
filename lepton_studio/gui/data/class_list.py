"""The list of classes with their picture counts; a drop target for moving and adding.

Dropping gallery pictures on a class moves them there; dropping files from the file
manager adds them to that class. The drop decisions live in ``drop`` (testable without
a real drag).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
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

from lepton_studio.core.data.edits import class_counts
from lepton_studio.core.data.scan import MIN_PER_CLASS, RECOMMENDED_PER_CLASS
from lepton_studio.core.project import DatasetSpec

from .buckets import local_paths
from .gallery import items_from_mime

LABEL_ROLE = Qt.ItemDataRole.UserRole        # class index, or -1 for "all classes"
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
EXCLUDED_ROLE = Qt.ItemDataRole.UserRole + 2
ALL_CLASSES = -1


class ClassDelegate(QStyledItemDelegate):
    """Name on the left; count on the right (orange when small, red when too small)."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        return QSize(120, QFontMetrics(option.font).height() + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = option.palette.color(role)
        rect = option.rect.adjusted(10, 0, -10, 0)
        count = int(index.data(COUNT_ROLE) or 0)
        label = int(index.data(LABEL_ROLE))
        count_text = QLocale().toString(count)
        metrics = QFontMetrics(option.font)
        count_w = metrics.horizontalAdvance(count_text) + 6
        font = QFont(option.font)
        font.setBold(label == ALL_CLASSES)
        painter.setFont(font)
        painter.setPen(text_colour)
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        name_rect = QRect(rect.left(), rect.top(), rect.width() - count_w - 6, rect.height())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(font).elidedText(name, Qt.TextElideMode.ElideRight,
                                                       name_rect.width()))
        colour = text_colour
        if label != ALL_CLASSES and not selected:
            if count < MIN_PER_CLASS:
                colour = QColor(214, 60, 50)
            elif count < RECOMMENDED_PER_CLASS:
                colour = QColor(200, 120, 20)
        painter.setPen(colour)
        painter.drawText(QRect(rect.right() - count_w, rect.top(), count_w, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, count_text)
        painter.restore()


class ClassList(QListWidget):
    itemsDropped = Signal(int, list)   # (class index, dataset item indexes)
    filesDropped = Signal(int, list)   # (class index, file paths)
    classChosen = Signal(int)          # class index or ALL_CLASSES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classList")
        self.setItemDelegate(ClassDelegate(self))
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.all_text = ""
        self.currentRowChanged.connect(lambda _row: self.classChosen.emit(self.current_label()))

    def set_dataset(self, dataset: DatasetSpec | None, keep_label: int | None = None) -> None:
        """Show the classes of ``dataset``; ``keep_label`` stays selected when it exists."""
        self.blockSignals(True)
        self.clear()
        counts = class_counts(dataset) if dataset is not None else []
        everything = QListWidgetItem(self.all_text)
        everything.setData(LABEL_ROLE, ALL_CLASSES)
        everything.setData(COUNT_ROLE, sum(counts))
        self.addItem(everything)
        if dataset is not None:
            for index, name in enumerate(dataset.class_names):
                item = QListWidgetItem(name)
                item.setData(LABEL_ROLE, index)
                item.setData(COUNT_ROLE, counts[index])
                item.setToolTip(name)
                self.addItem(item)
        row = 0
        if keep_label is not None and keep_label != ALL_CLASSES and dataset is not None \
                and keep_label < len(dataset.class_names):
            row = keep_label + 1
        self.setCurrentRow(row)
        self.blockSignals(False)

    def set_all_text(self, text: str) -> None:
        self.all_text = text
        if self.count():
            self.item(0).setText(text)

    def current_label(self) -> int:
        item = self.currentItem()
        return int(item.data(LABEL_ROLE)) if item is not None else ALL_CLASSES

    def select_label(self, label: int) -> None:
        self.setCurrentRow(0 if label == ALL_CLASSES else label + 1)

    def label_at(self, pos) -> int | None:
        item = self.itemAt(pos)
        return int(item.data(LABEL_ROLE)) if item is not None else None

    # --- drops -----------------------------------------------------------------------------------
    def drop(self, label: int | None, mime: QMimeData) -> bool:
        """Act on ``mime`` dropped on class ``label``; True when it was used."""
        if label is None or label == ALL_CLASSES:
            return False
        items = items_from_mime(mime)
        if items:
            self.itemsDropped.emit(label, items)
            return True
        paths = local_paths(mime)
        if paths:
            self.filesDropped.emit(label, paths)
            return True
        return False

    def _acceptable(self, event) -> bool:
        label = self.label_at(event.position().toPoint())
        mime = event.mimeData()
        return label not in (None, ALL_CLASSES) and (bool(items_from_mime(mime))
                                                    or bool(local_paths(mime)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        if items_from_mime(mime) or local_paths(mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._acceptable(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.drop(self.label_at(event.position().toPoint()), event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()
