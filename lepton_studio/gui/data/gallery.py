"""A virtualised thumbnail gallery of the dataset's pictures (thousands stay smooth).

``GalleryModel`` lists item indexes of the dataset (one class, or all) and asks the
``ThumbnailService`` for a pixmap only when the view paints a row, so only visible
pictures are ever decoded. ``QListView`` in icon mode with uniform item sizes lays out
tens of thousands of rows without asking for each one.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from lepton_studio.core.project import DatasetSpec

from . import texts
from .thumbnails import THUMB_PX, ThumbnailService

ITEMS_MIME = "application/x-lepton-dataset-items"
ITEM_ROLE = Qt.ItemDataRole.UserRole
EXCLUDED_ROLE = Qt.ItemDataRole.UserRole + 1
SPLIT_ROLE = Qt.ItemDataRole.UserRole + 2
PATH_ROLE = Qt.ItemDataRole.UserRole + 3
BROKEN_ROLE = Qt.ItemDataRole.UserRole + 4
CELL_ROLE = Qt.ItemDataRole.UserRole + 5  # everything the delegate paints, in one call
ALL = "all"
EXCLUDED = "excluded"
FILTERS = (ALL, "train", "val", "test", EXCLUDED)
SPLIT_COLOURS = {"train": QColor(56, 132, 244), "val": QColor(46, 160, 67),
                 "test": QColor(150, 90, 200)}


def items_mime(indices: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(ITEMS_MIME, QByteArray(json.dumps(sorted(indices)).encode("ascii")))
    return mime


def items_from_mime(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(ITEMS_MIME):
        return []
    try:
        data = json.loads(bytes(mime.data(ITEMS_MIME).data()).decode("ascii"))
    except ValueError:
        return []
    return [int(i) for i in data if isinstance(i, int)]


class GalleryModel(QAbstractListModel):
    def __init__(self, thumbnails: ThumbnailService, parent=None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.dataset: DatasetSpec | None = None
        self.label: int | None = None   # None: every class
        self.filter = ALL
        self.rows: list[int] = []
        self._paths: dict[int, str] = {}
        self._row_of_path: dict[str, int] = {}
        thumbnails.ready.connect(self._on_thumbnail)

    # --- content -----------------------------------------------------------------------------
    def set_dataset(self, dataset: DatasetSpec | None, label: int | None = None,
                    filter_: str | None = None) -> None:
        self.beginResetModel()
        self.dataset = dataset
        self.label = label
        if filter_ is not None:
            self.filter = filter_
        self._paths.clear()
        self._row_of_path.clear()
        self.rows = self._select()
        self.endResetModel()

    def refresh(self) -> None:
        """The dataset changed in place (an edit, an undo): list again, same filters."""
        self.set_dataset(self.dataset, self.label if self._label_valid() else None)

    def _label_valid(self) -> bool:
        return (self.label is None or (self.dataset is not None
                                       and self.label < len(self.dataset.class_names)))

    def _select(self) -> list[int]:
        dataset = self.dataset
        if dataset is None:
            return []
        label, wanted = self.label, self.filter
        out = []
        for index, item in enumerate(dataset.items):
            if label is not None and item.label != label:
                continue
            if wanted == EXCLUDED:
                if not item.excluded:
                    continue
            elif wanted != ALL and (item.split != wanted or item.excluded):
                continue
            out.append(index)
        return out

    def path_of(self, item_index: int) -> str:
        path = self._paths.get(item_index)
        if path is None:
            path = str(self.dataset.resolve(self.dataset.items[item_index].path))
            self._paths[item_index] = path
        return path

    # --- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows) or self.dataset is None:
            return None
        item_index = self.rows[index.row()]
        item = self.dataset.items[item_index]
        if role == CELL_ROLE:
            path = self.path_of(item_index)
            self._row_of_path[path] = index.row()
            pixmap = self.thumbnails.pixmap(path)
            broken = pixmap is None and self.thumbnails.is_broken(path)
            return (Path(item.path).name, pixmap, item.excluded, item.split, broken)
        if role == Qt.ItemDataRole.DisplayRole:
            return Path(item.path).name
        if role == Qt.ItemDataRole.DecorationRole:
            path = self.path_of(item_index)
            self._row_of_path[path] = index.row()
            return self.thumbnails.pixmap(path)
        if role == ITEM_ROLE:
            return item_index
        if role == EXCLUDED_ROLE:
            return item.excluded
        if role == SPLIT_ROLE:
            return item.split
        if role == PATH_ROLE:
            return self.path_of(item_index)
        if role == BROKEN_ROLE:
            return self.thumbnails.is_broken(self.path_of(item_index))
        if role == Qt.ItemDataRole.ToolTipRole:
            name = self.dataset.class_names[item.label] if item.label < len(self.dataset.class_names) else ""
            lines = [self.path_of(item_index), f"{name} · {texts.split_name(item.split)}"]
            if item.excluded:
                lines.append(texts.outcome_name("excluded"))
            return "\n".join(lines)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEMS_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        return items_mime([self.rows[i.row()] for i in indexes if i.isValid()])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def _on_thumbnail(self, path: str) -> None:
        row = self._row_of_path.get(path)
        if row is not None and row < len(self.rows):
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class GalleryDelegate(QStyledItemDelegate):
    """A square thumbnail, the file name, a split mark; excluded pictures are faded."""

    def __init__(self, px: int = THUMB_PX, parent=None) -> None:
        super().__init__(parent)
        self.px = px

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        return QSize(self.px + 16, self.px + metrics.height() + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect.adjusted(1, 1, -1, -1), palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            hover = QColor(palette.color(QPalette.ColorRole.Highlight))
            hover.setAlpha(40)
            painter.fillRect(rect.adjusted(1, 1, -1, -1), hover)
        cell = QRect(rect.left() + (rect.width() - self.px) // 2, rect.top() + 6, self.px, self.px)
        name, pixmap, excluded, split, broken = index.data(CELL_ROLE)
        if pixmap is None or pixmap.isNull():
            shade = QColor(palette.color(QPalette.ColorRole.Mid))
            shade.setAlpha(70)
            painter.fillRect(cell, shade)
            if broken:
                painter.setPen(QPen(QColor(214, 60, 50), 2))
                painter.drawLine(cell.topLeft(), cell.bottomRight())
                painter.drawLine(cell.topRight(), cell.bottomLeft())
        else:
            size = pixmap.size().scaled(self.px, self.px, Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(cell.left() + (self.px - size.width()) // 2,
                           cell.top() + (self.px - size.height()) // 2, size.width(), size.height())
            if excluded:
                painter.setOpacity(0.35)
            painter.drawPixmap(target, pixmap)
            painter.setOpacity(1.0)
        if excluded:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(214, 60, 50), 2.5))
            painter.setBrush(QColor(255, 255, 255, 220))
            badge = QRect(cell.right() - 20, cell.top() + 2, 18, 18)
            painter.drawEllipse(badge)
            painter.drawLine(badge.left() + 4, badge.bottom() - 4, badge.right() - 4, badge.top() + 4)
        colour = SPLIT_COLOURS.get(split)
        if colour is not None and not excluded:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QRect(cell.left() + 3, cell.top() + 3, 9, 9))
        text_rect = QRect(rect.left() + 4, cell.bottom() + 4, rect.width() - 8,
                          QFontMetrics(option.font).height())
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(option.font).elidedText(name, Qt.TextElideMode.ElideMiddle,
                                                              text_rect.width()))
        painter.restore()


class GalleryView(QListView):
    """Icon-mode list of the model's pictures; drag them onto a class to move them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(400)
        self.setSpacing(2)
        self.setWrapping(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setMouseTracking(True)
        self.setItemDelegate(GalleryDelegate(parent=self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def selected_items(self) -> list[int]:
        """Dataset item indexes of the selected pictures."""
        return sorted(int(i.data(ITEM_ROLE)) for i in self.selectionModel().selectedIndexes())
