"""The block palette: blocks by category, a search field, icons and a one-line help each.

Drag a block onto the canvas (a ``QDrag`` with ``BLOCK_MIME_TYPE``), or double-click it /
press Enter to add it in the middle of the view. The tooltip holds the full help.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.gui.canvas.catalogue import (
    block_help,
    block_icon,
    block_name,
    categories,
    category_name,
    first_sentence,
)
from lepton_studio.gui.canvas.view import BLOCK_MIME_TYPE, block_mime

BLOCK_ROLE = Qt.ItemDataRole.UserRole + 1  # block id (block rows only)
HELP_ROLE = Qt.ItemDataRole.UserRole + 2  # one-line help
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # what the search field matches


class BlockModel(QStandardItemModel):
    """Categories with their blocks; block rows can be dragged out as ``BLOCK_MIME_TYPE``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        root = self.invisibleRootItem()
        for category, specs in categories():
            heading = QStandardItem(category_name(category))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setData(category_name(category), SEARCH_ROLE)
            for spec in specs:
                name, help_text = block_name(spec), block_help(spec)
                item = QStandardItem(block_icon(spec), name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDragEnabled)
                item.setData(spec.id, BLOCK_ROLE)
                item.setData(first_sentence(help_text), HELP_ROLE)
                item.setData(f"<p style='white-space:normal'><b>{escape(name)}</b><br>"
                             f"{escape(help_text)}</p>", Qt.ItemDataRole.ToolTipRole)
                # match in the user's language and in English (tutorials use English names)
                item.setData(" ".join((name, help_text, spec.name, spec.id,
                                       category_name(category))), SEARCH_ROLE)
                heading.appendRow(item)
            root.appendRow(heading)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt name
        return [BLOCK_MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt name
        for index in indexes:
            block_id = index.data(BLOCK_ROLE)
            if block_id:
                return block_mime(block_id)
        return QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt name
        return Qt.DropAction.CopyAction


class BlockFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(SEARCH_ROLE)
        self.words: list[str] = []

    def set_search(self, text: str) -> None:
        """Blocks whose name or help contain every word of ``text`` (any case)."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10 (invalidateFilter is deprecated)
            self.beginFilterChange()
            self.words = [word.casefold() for word in text.split()]
            self.endFilterChange()
        else:
            self.words = [word.casefold() for word in text.split()]
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        words = self.words
        if not words:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if not index.data(BLOCK_ROLE):
            return False  # a heading shows when one of its blocks matches (recursive filter)
        text = str(index.data(SEARCH_ROLE) or "").casefold()
        return all(word in text for word in words)


class BlockDelegate(QStyledItemDelegate):
    """Block rows in two lines: the name, and the one-line help in a smaller, muted font."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        if not index.data(BLOCK_ROLE):
            size = super().sizeHint(option, index)
            return QSize(size.width(), size.height() + 8)
        metrics = QFontMetrics(option.font)
        small = QFontMetrics(_small_font(option.font))
        return QSize(160, metrics.height() + small.height() + 12)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.data(BLOCK_ROLE):
            option = QStyleOptionViewItem(option)
            self.initStyleOption(option, index)
            option.font.setBold(True)
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self.parent()
        opt.text = ""
        opt.icon = QIcon()  # drawn below, larger
        view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, view)
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_colour = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                           else QPalette.ColorRole.Text)
        icon_size = 22
        icon_rect = QRect(rect.left() + 2, rect.top() + (rect.height() - icon_size) // 2,
                          icon_size, icon_size)
        index.data(Qt.ItemDataRole.DecorationRole).paint(painter, icon_rect)
        left = icon_rect.right() + 8
        width = rect.right() - left - 4
        metrics = QFontMetrics(option.font)
        small_font = _small_font(option.font)
        small = QFontMetrics(small_font)
        painter.save()
        painter.setPen(text_colour)
        painter.setFont(option.font)
        name = metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight, width)
        top = rect.top() + 5
        painter.drawText(QRect(left, top, width, metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        muted = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        painter.setFont(small_font)
        help_text = small.elidedText(index.data(HELP_ROLE) or "", Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, top + metrics.height() + 1, width, small.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), help_text)
        painter.restore()


def _small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.86))
    return small


class BlockTree(QTreeView):
    """Enter adds the current block (``activated`` alone would also fire on single click
    on some platforms)."""

    blockChosen = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            block_id = self.currentIndex().data(BLOCK_ROLE)
            if block_id:
                self.blockChosen.emit(block_id)
                event.accept()
                return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        block_id = index.data(BLOCK_ROLE)
        if block_id:
            self.blockChosen.emit(block_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class BlockPalette(QWidget):
    """Search field over a tree of blocks. ``blockActivated(block_id)``: add it now."""

    blockActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BlockModel(self)
        self.proxy = BlockFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_first)
        self.search.installEventFilter(self)
        self.tree = BlockTree()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(6)
        self.tree.setItemDelegate(BlockDelegate(self.tree))
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(False)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setItemsExpandable(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.blockChosen.connect(self.blockActivated)
        self.tree.expandAll()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.setMinimumWidth(170)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search blocks"))
        self.search.setToolTip(self.tr("Type part of a block's name or what it does"))
        self.tree.setAccessibleName(self.tr("Blocks"))
        self.model.rebuild()
        self.tree.expandAll()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def visible_blocks(self) -> list[str]:
        """Block ids shown now (after the search), in order."""
        found = []
        for row in range(self.proxy.rowCount()):
            parent = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(parent)):
                found.append(self.proxy.index(child, 0, parent).data(BLOCK_ROLE))
        return found

    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        self.tree.expandAll()
        first = self._first_block_index()
        if first.isValid() and text:
            self.tree.setCurrentIndex(first)

    def _first_block_index(self) -> QModelIndex:
        for row in range(self.proxy.rowCount()):
            parent = self.proxy.index(row, 0)
            if self.proxy.rowCount(parent):
                return self.proxy.index(0, 0, parent)
        return QModelIndex()

    def _choose_first(self) -> None:
        index = self.tree.currentIndex()
        if not index.isValid() or not index.data(BLOCK_ROLE):
            index = self._first_block_index()
        block_id = index.data(BLOCK_ROLE) if index.isValid() else None
        if block_id:
            self.blockActivated.emit(block_id)

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down:
            self.tree.setFocus()
            if not self.tree.currentIndex().data(BLOCK_ROLE):
                self.tree.setCurrentIndex(self._first_block_index())
            return True
        return super().eventFilter(watched, event)
