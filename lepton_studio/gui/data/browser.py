"""The Data step once a project has pictures: classes, gallery, and every data edit.

Every edit is an undoable command on the document's undo stack (``commands.py``); the
methods without a dialog (``rename_class``, ``move_items``, ...) are what the buttons,
menus and drops call after asking, so tests call them directly. Work that reads files
(adding pictures, checking the disk again, preparing the cache) runs on the shell's
task manager.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lepton_studio.core.data.edits import class_counts, clean_class_name, item_key
from lepton_studio.core.data.sources import Skipped
from lepton_studio.gui.errors import problem_text
from lepton_studio.gui.project_subscription import ProjectSubscription

from . import commands as C
from . import reveal, texts
from .buckets import image_files, image_filter
from .cache_fill import CacheFiller
from .class_list import ALL_CLASSES, ClassList
from .gallery import ALL, EXCLUDED, FILTERS, GalleryModel, GalleryView
from .rescan import DiskChanges, find_changes
from .thumbnails import ThumbnailService

if TYPE_CHECKING:
    from lepton_studio.core.project import DatasetSpec, Project
    from lepton_studio.gui.shell import Shell

MAX_LISTED = 30  # file names listed in a summary's details


def _check_new_files(root: str, source: str, files: list[tuple[str, str]]):
    """Worker: check picked files like the import does; keys for the usable ones."""
    def work(token, emit):
        from lepton_studio.core.data.scan import scan
        from lepton_studio.core.data.sources import from_files
        from lepton_studio.core.project import DatasetSpec

        report = scan(from_files(files), on_event=emit, token=token)
        probe = DatasetSpec(root=root, source=source, class_names=[])
        usable = [(str(item.path), item.label) for item in report.items]
        keys = [item_key(probe, path) for path, _ in usable]
        return usable, keys, list(report.skipped)
    return work


def _find_changes(dataset: DatasetSpec):
    def work(token, emit):
        return find_changes(dataset, token, emit)
    return work


def skipped_lines(skipped: list[Skipped]) -> list[str]:
    out = []
    for entry in skipped[:MAX_LISTED]:
        message, _hint = problem_text(entry.problem())
        out.append(message)
    if len(skipped) > MAX_LISTED:
        out.append("…")
    return out


class DataBrowser(QWidget):
    reimportRequested = Signal()

    def __init__(self, shell: Shell, thumbnails: ThumbnailService, filler: CacheFiller,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell, self.thumbnails, self.filler = shell, thumbnails, filler
        self._dataset: DatasetSpec | None = None
        self._subscription = ProjectSubscription(self, self._on_project_event)
        self.busy_task = None  # adding pictures / checking the disk

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.add_pictures_button = QPushButton()
        self.add_class_button = QPushButton()
        self.rescan_button = QPushButton()
        self.reimport_button = QPushButton()
        self.image_button = QPushButton()
        self.image_button.setObjectName("imageSettingsButton")
        self.image_button.clicked.connect(lambda: self.ask_image_settings())
        self.image_dialog = None  # the open "Picture Size and Colours" dialog
        self.add_pictures_button.clicked.connect(self.ask_add_pictures)
        self.add_class_button.clicked.connect(self.ask_add_class)
        self.rescan_button.clicked.connect(self.rescan)
        self.reimport_button.clicked.connect(self.ask_reimport)
        top_buttons = QHBoxLayout()
        for button in (self.add_pictures_button, self.add_class_button, self.rescan_button):
            top_buttons.addWidget(button)
        top_buttons.addStretch(1)
        top_buttons.addWidget(self.image_button)
        top_buttons.addWidget(self.reimport_button)

        # classes
        self.classes_title = QLabel()
        bold = QFont(self.classes_title.font())
        bold.setBold(True)
        self.classes_title.setFont(bold)
        self.class_list = ClassList()
        self.class_list.classChosen.connect(self._on_class_chosen)
        self.class_list.itemsDropped.connect(self.move_items)
        self.class_list.filesDropped.connect(self._on_files_dropped)
        self.class_list.customContextMenuRequested.connect(self._class_menu)
        self.rename_button = QToolButton()
        self.merge_button = QToolButton()
        self.delete_button = QToolButton()
        self.rename_button.clicked.connect(self.ask_rename)
        self.merge_button.clicked.connect(self._show_merge_menu)
        self.delete_button.clicked.connect(self.ask_delete)
        # Two short rows rather than one long one: in German and French a single row made
        # the window wider than 1000 px.
        class_buttons = QVBoxLayout()
        for row_buttons in ((self.rename_button, self.merge_button), (self.delete_button,)):
            row = QHBoxLayout()
            for button in row_buttons:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                row.addWidget(button)
            row.addStretch(1)
            class_buttons.addLayout(row)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.classes_title)
        ll.addWidget(self.class_list, 1)
        ll.addLayout(class_buttons)

        # gallery
        self.filter_combo = QComboBox()
        for key in FILTERS:
            self.filter_combo.addItem("", key)
        self.filter_combo.currentIndexChanged.connect(self._on_filter)
        self.shown_label = QLabel()
        self.model = GalleryModel(thumbnails, self)
        self.gallery = GalleryView()
        self.gallery.setModel(self.model)
        self.gallery.selectionModel().selectionChanged.connect(self._update_actions)
        self.gallery.customContextMenuRequested.connect(self._gallery_menu)
        self.gallery.doubleClicked.connect(
            lambda index: reveal.open_file(self.model.path_of(self.model.rows[index.row()])))
        self.exclude_button = QPushButton()
        self.include_button = QPushButton()
        self.move_button = QPushButton()
        self.reveal_button = QPushButton()
        self.exclude_button.clicked.connect(lambda: self.exclude_items(self.gallery.selected_items(), True))
        self.include_button.clicked.connect(lambda: self.exclude_items(self.gallery.selected_items(), False))
        self.move_button.clicked.connect(self._show_move_menu)
        self.reveal_button.clicked.connect(self._reveal_selected)
        self.exclude_action = QAction(self)
        self.exclude_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.exclude_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.exclude_action.triggered.connect(
            lambda: self.exclude_items(self.gallery.selected_items(), True))
        self.gallery.addAction(self.exclude_action)
        filter_row = QHBoxLayout()
        self.filter_label = QLabel()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_combo)
        filter_row.addWidget(self.shown_label, 1)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        filter_row.addWidget(self.legend)
        action_row = QHBoxLayout()
        for button in (self.exclude_button, self.include_button, self.move_button):
            action_row.addWidget(button)
        action_row.addStretch(1)
        action_row.addWidget(self.reveal_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(filter_row)
        rl.addWidget(self.gallery, 1)
        rl.addLayout(action_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([220, 700])

        # footer: background work
        self.work_label = QLabel()
        self.work_bar = QProgressBar()
        self.work_bar.setMaximumWidth(260)
        self.work_bar.setTextVisible(False)
        self.work_stop = QPushButton()
        self.work_stop.clicked.connect(self.stop_cache_fill)
        footer = QFrame()
        fl = QHBoxLayout(footer)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.work_label, 1)
        fl.addWidget(self.work_bar)
        fl.addWidget(self.work_stop)
        self.footer = footer
        filler.progress.connect(self._on_fill_progress)
        filler.finished.connect(self._on_fill_finished)
        self._fill_state: tuple[str, int, int] = ("idle", 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(top_buttons)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(footer)
        self.retranslate()

    # --- what is shown -------------------------------------------------------------------------
    @property
    def project(self) -> Project | None:
        return self.shell.document.project

    @property
    def dataset(self) -> DatasetSpec | None:
        project = self.project
        return project.dataset if project is not None else None

    def _on_project_event(self, event) -> None:
        from lepton_studio.core import project_events as E

        if isinstance(event, E.DatasetEdited):
            self.dataset_edited()
        elif isinstance(event, E.DatasetReplaced):
            self.show_dataset()
        elif isinstance(event, E.ImageSettingsChanged):
            self._update_summary()
            self.start_cache_fill()  # the cache keeps pictures per size: fill the new one
        elif isinstance(event, E.TrainingChanged):
            self._update_summary()

    def show_dataset(self) -> None:
        """Rebuild every view from the project's dataset (after an edit or another project)."""
        self._subscription.follow(self.project)
        dataset = self.dataset
        if dataset is not self._dataset:
            self.thumbnails.forget()
        self._dataset = dataset
        label = self.class_list.current_label()
        self.class_list.set_dataset(dataset, label)
        label = self.class_list.current_label()
        self.model.set_dataset(dataset, None if label == ALL_CLASSES else label)
        self._update_summary()
        self._update_actions()

    def dataset_edited(self) -> None:
        """A command changed the dataset in place: update counts, keep the selection."""
        dataset = self.dataset
        if dataset is not self._dataset:
            self.show_dataset()
            return
        label = self.class_list.current_label()
        if dataset is not None and label != ALL_CLASSES and label >= len(dataset.class_names):
            label = ALL_CLASSES
        self.class_list.set_dataset(dataset, label)
        label = self.class_list.current_label()
        selected = set(self.gallery.selected_items())
        old_rows = list(self.model.rows)
        self.model.label = None if label == ALL_CLASSES else label
        rows = self.model._select()
        if rows == old_rows and self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0), self.model.index(len(rows) - 1))
        else:
            self.model.set_dataset(dataset, self.model.label)
            self._select_items(selected)
        self._update_summary()
        self._update_actions()

    def _select_items(self, items: set[int]) -> None:
        if not items:
            return
        selection = self.gallery.selectionModel()
        for row, item in enumerate(self.model.rows):
            if item in items:
                selection.select(self.model.index(row), QItemSelectionModel.SelectionFlag.Select)

    def _on_class_chosen(self, label: int) -> None:
        self.model.set_dataset(self.dataset, None if label == ALL_CLASSES else label)
        self._update_actions()

    def _on_filter(self, _index: int) -> None:
        self.model.filter = self.filter_combo.currentData() or ALL
        self.model.refresh()
        self._update_actions()

    def set_filter(self, key: str) -> None:
        self.filter_combo.setCurrentIndex(FILTERS.index(key))

    def _update_summary(self) -> None:
        dataset = self.dataset
        if dataset is None:
            self.summary.setText("")
            return
        locale = QLocale()
        used = sum(class_counts(dataset))
        excluded = sum(1 for item in dataset.items if item.excluded)
        image = dataset.image
        parts = [texts.pictures(used) + " · " + texts.classes(len(dataset.class_names))]
        if excluded:
            parts.append(self.tr("%n excluded", "", excluded))
        parts.append(self.tr("{size} × {size}, {colour}, {fitting}").format(
            size=image.size, colour=texts.color_name(image.color).lower(),
            fitting=texts.resize_name(image.resize).lower()))
        if self.project is not None:
            parts.append(self.tr("variations: {preset}").format(
                preset=texts.preset_name(self.project.training.augment).lower()))
        where = dataset.root or ""
        self.summary.setText(" · ".join(parts) + (f"\n{where}" if where else ""))
        self.summary.setToolTip(where)
        del locale

    def _update_actions(self, *_args) -> None:
        dataset = self.dataset
        items = self.gallery.selected_items()
        has = dataset is not None
        excluded = [i for i in items if has and dataset.items[i].excluded]
        self.exclude_button.setEnabled(len(excluded) < len(items))
        self.include_button.setEnabled(bool(excluded))
        self.move_button.setEnabled(bool(items) and has and len(dataset.class_names) > 1)
        self.reveal_button.setEnabled(len(items) >= 1)
        label = self.class_list.current_label()
        is_class = has and label != ALL_CLASSES
        self.rename_button.setEnabled(is_class)
        self.merge_button.setEnabled(is_class and len(dataset.class_names) > 1)
        self.delete_button.setEnabled(is_class)
        self.add_pictures_button.setEnabled(has)
        self.add_class_button.setEnabled(has)
        self.image_button.setEnabled(has)
        self.rescan_button.setEnabled(has and self.busy_task is None)
        count = self.model.rowCount()
        if items:
            self.shown_label.setText(self.tr("%n selected", "", len(items)) + " / "
                                     + QLocale().toString(count))
        else:
            self.shown_label.setText(texts.pictures(count))

    # --- edits (no dialogs) ----------------------------------------------------------------------
    def push(self, command) -> None:
        self.shell.document.undo_stack.push(command)

    def exclude_items(self, items: list[int], excluded: bool) -> None:
        dataset = self.dataset
        if dataset is None:
            return
        items = [i for i in items if dataset.items[i].excluded != excluded]
        if items:
            self.push(C.exclude_command(self.project, items, excluded))

    def move_items(self, label: int, items: list[int]) -> None:
        dataset = self.dataset
        if dataset is None or not 0 <= label < len(dataset.class_names):
            return
        items = [i for i in items if 0 <= i < len(dataset.items) and dataset.items[i].label != label]
        if items:
            self.push(C.move_command(self.project, items, label))

    def name_problem(self, name: str, ignore: int | None = None) -> str:
        """Why ``name`` cannot be a class name ("" when it can)."""
        name = clean_class_name(name)
        if not name:
            return self.tr("A class needs a name.")
        names = [n for i, n in enumerate(self.dataset.class_names) if i != ignore]
        if name in names:
            return self.tr("There is already a class called “{name}”.").format(name=name)
        return ""

    def rename_class(self, index: int, name: str) -> bool:
        name = clean_class_name(name)
        if self.dataset is None or self.name_problem(name, index) or \
                name == self.dataset.class_names[index]:
            return False
        self.push(C.rename_command(self.project, index, name))
        return True

    def merge_class(self, source: int, target: int) -> bool:
        if self.dataset is None or source == target:
            return False
        new_target = target - 1 if target > source else target
        self.push(C.merge_command(self.project, source, target))
        self.class_list.select_label(new_target)
        return True

    def delete_class(self, index: int) -> bool:
        if self.dataset is None:
            return False
        self.push(C.delete_class_command(self.project, index))
        return True

    def add_class(self, name: str) -> bool:
        name = clean_class_name(name)
        if self.dataset is None or self.name_problem(name):
            return False
        self.push(C.add_class_command(self.project, name))
        self.class_list.select_label(len(self.dataset.class_names) - 1)
        return True

    def add_files(self, class_name: str, paths: list[str],
                  on_done: Callable[[], None] | None = None):
        """Check ``paths`` (folders are searched) and add the usable ones to ``class_name``."""
        dataset = self.dataset
        if dataset is None or self.busy_task is not None:
            return None
        files = [(path, class_name) for path in image_files(paths)]
        if not files:
            self.show_message(self.tr("No pictures were found there."), [])
            return None
        self._set_busy(self.tr("Checking %n new picture(s)…", "", len(files)))

        def done(result) -> None:
            usable, keys, skipped = result
            if usable and self.project is not None and self.project.dataset is dataset:
                self.push(C.add_items_command(self.project, usable, keys))
                self.start_cache_fill()
            if skipped:
                self.show_message(self.tr("%n file(s) could not be added:", "", len(skipped)),
                                  skipped_lines(skipped))
            if on_done:
                on_done()

        self.busy_task = self.shell.tasks.run(
            _check_new_files(dataset.root, dataset.source, files), on_success=done,
            on_event=self._on_busy_event, on_finished=self._clear_busy, name="add pictures",
            owner=self)
        return self.busy_task

    def rescan(self, on_done: Callable[[DiskChanges], None] | None = None):
        """Compare the dataset with the disk, apply the changes, and say what changed."""
        dataset = self.dataset
        if dataset is None or self.busy_task is not None:
            return None
        self._set_busy(self.tr("Checking the folder for changes…"))

        def done(changes: DiskChanges) -> None:
            if self.project is None or self.project.dataset is not dataset:
                return
            if changes.added or changes.missing:
                self.push(C.disk_changes_command(self.project, changes))
                if changes.added:
                    self.start_cache_fill()
            text, details = self.rescan_summary(changes)
            self.show_message(text, details)
            if on_done:
                on_done(changes)

        self.busy_task = self.shell.tasks.run(
            _find_changes(dataset), on_success=done, on_event=self._on_busy_event,
            on_finished=self._clear_busy, name="check for changes", owner=self)
        self._update_actions()
        return self.busy_task

    def rescan_summary(self, changes: DiskChanges) -> tuple[str, list[str]]:
        """One paragraph saying what changed, and the files concerned."""
        if changes.is_empty():
            text = self.tr("Nothing changed: every picture is still there.")
            if not changes.listed:
                text += " " + self.tr("(New files are only found for a folder of class folders.)")
            return text, []
        parts, details = [], []
        if changes.added:
            per_class = ", ".join(f"{name}: {QLocale().toString(n)}"
                                  for name, n in changes.added_per_class().items())
            parts.append(self.tr("%n new picture(s) were added to training", "",
                                 len(changes.added)) + f" ({per_class}).")
            details += [Path(p).name for p, _ in changes.added[:MAX_LISTED]]
        if changes.new_classes:
            parts.append(self.tr("New classes: {names}.").format(
                names=", ".join(f"“{n}”" for n in changes.new_classes)))
        if changes.missing:
            parts.append(self.tr("%n picture(s) no longer exist and were removed from the "
                                 "dataset.", "", len(changes.missing)))
            details += [self.tr("Missing: {path}").format(path=p)
                        for p in changes.missing_paths[:MAX_LISTED]]
        if changes.skipped:
            parts.append(self.tr("%n new file(s) cannot be used.", "", len(changes.skipped)))
            details += skipped_lines(changes.skipped)
        if changes.added or changes.missing:
            parts.append(self.tr("Undo puts the dataset back as it was."))
        return " ".join(parts), details

    # --- background work ---------------------------------------------------------------------
    def start_cache_fill(self) -> None:
        dataset = self.dataset
        if dataset is not None and dataset.items:
            self.filler.start(dataset, self.shell.settings.image_cache_root())

    def stop_cache_fill(self) -> None:
        self.filler.stop()
        self._fill_state = ("stopped", *self._fill_state[1:])
        self._update_footer()

    def _on_fill_progress(self, done: int, total: int) -> None:
        self._fill_state = ("running", done, total)
        self._update_footer()

    def _on_fill_finished(self, stats) -> None:
        if stats is None:
            self._fill_state = ("stopped", *self._fill_state[1:])
        else:
            self._fill_state = ("done", len(stats.failed), stats.requested)
        self._update_footer()

    def _update_footer(self) -> None:
        if self.busy_task is not None:
            return
        state, a, b = self._fill_state
        locale = QLocale()
        self.work_bar.setVisible(state == "running")
        self.work_stop.setVisible(state == "running")
        if state == "running":
            self.work_bar.setRange(0, max(1, b))
            self.work_bar.setValue(a)
            self.work_label.setText(self.tr("Preparing pictures for training: {done} of {total}")
                                    .format(done=locale.toString(a), total=locale.toString(b)))
        elif state == "done" and a:
            self.work_label.setText(self.tr("%n picture(s) could not be prepared; they may have "
                                            "changed. Use “Check for changes”.", "", a))
        elif state == "done":
            self.work_label.setText(self.tr("All pictures are ready for training."))
        elif state == "stopped":
            self.work_label.setText(self.tr("Preparing the pictures was stopped; training "
                                            "finishes it."))
        else:
            self.work_label.setText("")

    def show_busy(self, text: str) -> None:
        """Say what is being done (no progress known) until the next footer update."""
        self._set_busy(text)

    def _set_busy(self, text: str) -> None:
        self.work_label.setText(text)
        self.work_bar.setRange(0, 0)
        self.work_bar.setVisible(True)
        self.work_stop.setVisible(False)

    def _on_busy_event(self, event) -> None:
        from lepton_studio.core.tasks import Progress

        if isinstance(event, Progress) and event.total:
            self.work_bar.setRange(0, event.total)
            self.work_bar.setValue(event.done)

    def _clear_busy(self) -> None:
        self.busy_task = None
        self._update_footer()
        self._update_actions()

    # --- dialogs ---------------------------------------------------------------------------------
    def show_message(self, text: str, details: list[str]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Pictures"))
        box.setText(text)
        if details:
            box.setDetailedText("\n".join(details))
        box.exec()

    def _ask_name(self, title: str, label: str, text: str = "",
                  ignore: int | None = None) -> str | None:
        while True:
            name, ok = QInputDialog.getText(self, title, label, text=text)
            if not ok:
                return None
            problem = self.name_problem(name, ignore)
            if not problem:
                return clean_class_name(name)
            QMessageBox.warning(self, title, problem)
            text = name

    def ask_rename(self) -> None:
        label = self.class_list.current_label()
        if self.dataset is None or label == ALL_CLASSES:
            return
        old = self.dataset.class_names[label]
        name = self._ask_name(self.tr("Rename class"), self.tr("New name of “{name}”:").format(name=old),
                              old, ignore=label)
        if name is not None:
            self.rename_class(label, name)

    def ask_add_class(self) -> None:
        if self.dataset is None:
            return
        name = self._ask_name(self.tr("Add a class"), self.tr("Name of the new class:"))
        if name is not None:
            self.add_class(name)

    def ask_delete(self) -> None:
        label = self.class_list.current_label()
        dataset = self.dataset
        if dataset is None or label == ALL_CLASSES:
            return
        count = sum(1 for item in dataset.items if item.label == label)
        answer = QMessageBox.question(
            self, self.tr("Delete class"),
            self.tr("Delete the class “{name}” and its %n picture(s) from the project?", "",
                    count).format(name=dataset.class_names[label]) + "\n\n"
            + self.tr("The files stay on your disk, and Undo brings the class back."))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_class(label)

    def ask_add_pictures(self) -> None:
        dataset = self.dataset
        if dataset is None:
            return
        label = self.class_list.current_label()
        if label == ALL_CLASSES:
            names = list(dataset.class_names)
            name, ok = QInputDialog.getItem(self, self.tr("Add pictures"),
                                            self.tr("Class of the new pictures (or a new name):"),
                                            names, 0, True)
            name = clean_class_name(name) if ok else ""
            if not name:
                return
        else:
            name = dataset.class_names[label]
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pictures for “{name}”").format(name=name), dataset.root, image_filter())
        if files:
            self.add_files(name, files)

    def ask_image_settings(self, suggested_size: int | None = None):
        """The size, colours and fitting of the pictures, changed without importing again
        (``suggested_size``: the size a problem's advice asks for, chosen already)."""
        from .image_settings_dialog import ImageSettingsDialog

        dataset = self.dataset
        if dataset is None:
            return None
        if self.image_dialog is not None:
            self.image_dialog.close()
        from .image_settings_dialog import sample_paths

        dialog = ImageSettingsDialog(dataset.image, suggested_size, self,
                                     sample_paths(dataset), self.shell.tasks)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.change_image_settings(dialog.chosen()))
        dialog.destroyed.connect(lambda *_args: setattr(self, "image_dialog", None))
        self.image_dialog = dialog
        dialog.open()  # window-modal; the event loop keeps running
        return dialog

    def change_image_settings(self, image) -> bool:
        """One undoable step; the cache re-fills in the background (on the event)."""
        project = self.project
        if project is None or project.dataset is None or project.dataset.image == image:
            return False
        self.push(C.ImageSettingsCommand(project, image))
        return True

    def ask_reimport(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Import again"),
            self.tr("Replace the pictures of this project with a new import? Your changes to "
                    "classes and pictures are replaced too; Undo brings them back."))
        if answer == QMessageBox.StandardButton.Yes:
            self.reimportRequested.emit()

    def _on_files_dropped(self, label: int, paths: list[str]) -> None:
        if self.dataset is not None and 0 <= label < len(self.dataset.class_names):
            self.add_files(self.dataset.class_names[label], paths)

    def _reveal_selected(self) -> None:
        items = self.gallery.selected_items()
        if items:
            reveal.reveal(self.model.path_of(items[0]))

    # --- menus -------------------------------------------------------------------------------------
    def _move_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("Move to class"), parent)
        dataset = self.dataset
        items = self.gallery.selected_items()
        for index, name in enumerate(dataset.class_names if dataset else []):
            action = menu.addAction(name)
            action.triggered.connect(lambda _=False, i=index, chosen=items: self.move_items(i, chosen))
        return menu

    def _show_move_menu(self) -> None:
        self._move_menu(self).exec(self.move_button.mapToGlobal(QPoint(0, self.move_button.height())))

    def _merge_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("Merge into"), parent)
        dataset = self.dataset
        source = self.class_list.current_label()
        for index, name in enumerate(dataset.class_names if dataset else []):
            if index == source:
                continue
            action = menu.addAction(name)
            action.triggered.connect(lambda _=False, s=source, t=index: self.merge_class(s, t))
        return menu

    def _show_merge_menu(self) -> None:
        if self.class_list.current_label() == ALL_CLASSES:
            return
        self._merge_menu(self).exec(self.merge_button.mapToGlobal(QPoint(0, self.merge_button.height())))

    def _gallery_menu(self, pos: QPoint) -> None:
        items = self.gallery.selected_items()
        if not items or self.dataset is None:
            return
        menu = QMenu(self)
        excluded = [i for i in items if self.dataset.items[i].excluded]
        if len(excluded) < len(items):
            menu.addAction(self.exclude_button.text(), lambda: self.exclude_items(items, True))
        if excluded:
            menu.addAction(self.include_button.text(), lambda: self.exclude_items(items, False))
        if len(self.dataset.class_names) > 1:
            menu.addMenu(self._move_menu(menu))
        menu.addSeparator()
        menu.addAction(self.reveal_button.text(), self._reveal_selected)
        menu.addAction(self.tr("Open picture"),
                       lambda: reveal.open_file(self.model.path_of(items[0])))
        menu.exec(self.gallery.viewport().mapToGlobal(pos))

    def _class_menu(self, pos: QPoint) -> None:
        label = self.class_list.label_at(pos)
        if label is None or label == ALL_CLASSES or self.dataset is None:
            return
        self.class_list.select_label(label)
        menu = QMenu(self)
        menu.addAction(self.rename_button.text(), self.ask_rename)
        if len(self.dataset.class_names) > 1:
            menu.addMenu(self._merge_menu(menu))
        menu.addAction(self.delete_button.text(), self.ask_delete)
        menu.addSeparator()
        menu.addAction(self.add_pictures_button.text(), self.ask_add_pictures)
        menu.exec(self.class_list.viewport().mapToGlobal(pos))

    # --- texts ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        from lepton_studio.gui.step_status import step_title

        self.title.setText(step_title("data"))
        self.add_pictures_button.setText(self.tr("Add pictures…"))
        self.add_class_button.setText(self.tr("Add class…"))
        self.rescan_button.setText(self.tr("Check for changes"))
        self.rescan_button.setToolTip(self.tr("Look in the folder again for new or deleted "
                                              "pictures"))
        self.reimport_button.setText(self.tr("Import again…"))
        self.image_button.setText(self.tr("Picture Size…"))
        self.image_button.setToolTip(self.tr("Change the size, colours and fitting of the "
                                             "pictures without importing them again"))
        self.classes_title.setText(self.tr("Classes"))
        self.class_list.set_all_text(self.tr("All classes"))
        self.rename_button.setText(self.tr("Rename…"))
        self.merge_button.setText(self.tr("Merge into…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.filter_label.setText(self.tr("Show:"))
        names = {ALL: self.tr("All pictures"), "train": texts.split_name("train"),
                 "val": texts.split_name("val"), "test": texts.split_name("test"),
                 EXCLUDED: self.tr("Excluded")}
        for i, key in enumerate(FILTERS):
            self.filter_combo.setItemText(i, names[key])
        from .gallery import SPLIT_COLOURS

        self.legend.setText("&nbsp;&nbsp;".join(
            f"<span style='color:{SPLIT_COLOURS[s].name()}'>●</span>&nbsp;{texts.split_name(s)}"
            for s in ("train", "val", "test")))
        self.legend.setToolTip(self.tr("The dot on each picture shows its part of the split"))
        self.exclude_button.setText(self.tr("Exclude"))
        self.exclude_button.setToolTip(self.tr("Leave the selected pictures out of training "
                                               "(Delete key)"))
        self.include_button.setText(self.tr("Include"))
        self.move_button.setText(self.tr("Move to class…"))
        self.reveal_button.setText(self.tr("Show in folder"))
        self.work_stop.setText(self.tr("Stop"))
        self._update_summary()
        self._update_actions()
        self._update_footer()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
