"""The window's menus and actions, with the platform's standard shortcuts.

Actions are created once; their texts are set in ``retranslate()`` (Qt keeps shortcuts,
so only texts change with the language). The window connects ``triggered`` signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from lepton_studio.gui.step_status import STEPS, step_title

Std = QKeySequence.StandardKey


class Actions(QObject):
    recentChosen = Signal(str)
    stepChosen = Signal(str)

    def __init__(self, window: QMainWindow, undo_group: QUndoGroup) -> None:
        super().__init__(window)
        self.window = window
        self.undo_group = undo_group

        def make(shortcut=None, role=QAction.MenuRole.NoRole) -> QAction:
            action = QAction(window)
            if shortcut is not None:
                action.setShortcuts(QKeySequence.keyBindings(shortcut)
                                    if isinstance(shortcut, QKeySequence.StandardKey)
                                    else [QKeySequence(shortcut)])
            action.setMenuRole(role)
            return action

        self.new = make(Std.New)
        self.open = make(Std.Open)
        self.open_sample = make()
        self.save = make(Std.Save)
        self.save_as = make(Std.SaveAs)
        self.close = make(Std.Close)
        self.export_job = make()
        self.quit = make(Std.Quit, QAction.MenuRole.QuitRole)
        self.undo = make(Std.Undo)
        self.redo = make(Std.Redo)
        self.preferences = make(Std.Preferences, QAction.MenuRole.PreferencesRole)
        self.help = make(Std.HelpContents)
        self.show_logs = make()
        self.guide = make()
        self.about = make(role=QAction.MenuRole.AboutRole)
        self.about_qt = make(role=QAction.MenuRole.AboutQtRole)
        self.clear_recent = make()
        if not self.save_as.shortcuts():
            self.save_as.setShortcut(QKeySequence("Ctrl+Shift+S"))
        if not self.quit.shortcuts():
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        if not self.preferences.shortcuts():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.steps: dict[str, QAction] = {}
        for number, step in enumerate(("start", *STEPS)):
            action = make(f"Ctrl+{number + 1}" if number < 9 else None)
            action.triggered.connect(lambda _checked=False, s=step: self.stepChosen.emit(s))
            self.steps[step] = action

        self.undo.triggered.connect(self._undo)
        self.redo.triggered.connect(self._redo)
        undo_group.canUndoChanged.connect(self._update_undo)
        undo_group.canRedoChanged.connect(self._update_undo)
        undo_group.undoTextChanged.connect(self._update_undo)
        undo_group.redoTextChanged.connect(self._update_undo)
        undo_group.activeStackChanged.connect(self._update_undo)

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(window)
        for action in (self.new, self.open):
            self.file_menu.addAction(action)
        self.recent_menu_action = self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.open_sample)
        self.file_menu.addSeparator()
        for action in (self.save, self.save_as, self.close):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_job)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences)
        self.go_menu = bar.addMenu("")
        for action in self.steps.values():
            self.go_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        for action in (self.guide, self.help, self.show_logs):
            self.help_menu.addAction(action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)
        self.help_menu.addAction(self.about_qt)
        self._recent: list[str] = []
        self.retranslate()

    def set_recent_files(self, files: list[str]) -> None:
        self._recent = list(files)
        self.recent_menu.clear()
        for index, path in enumerate(files):
            name = Path(path).name.replace("&", "&&")
            action = self.recent_menu.addAction(f"&{index + 1} {name}" if index < 9 else name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.recentChosen.emit(p))
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent)
        self.clear_recent.setEnabled(bool(files))
        self.recent_menu_action.setEnabled(bool(files))

    def set_has_project(self, has_project: bool) -> None:
        for action in (self.save, self.save_as, self.close, self.export_job):
            action.setEnabled(has_project)

    def _undo(self) -> None:
        stack = self.undo_group.activeStack()
        if stack is not None:
            stack.undo()  # the Python method: the document sees its own undo

    def _redo(self) -> None:
        stack = self.undo_group.activeStack()
        if stack is not None:
            stack.redo()

    def _update_undo(self, *_args) -> None:
        group = self.undo_group
        self.undo.setEnabled(group.canUndo())
        self.redo.setEnabled(group.canRedo())
        undo_text, redo_text = group.undoText(), group.redoText()
        self.undo.setText(self.tr("&Undo {action}").format(action=undo_text).strip()
                          if undo_text else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo {action}").format(action=redo_text).strip()
                          if redo_text else self.tr("&Redo"))

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.new.setText(self.tr("&New Project…"))
        self.open.setText(self.tr("&Open Project…"))
        self.open_sample.setText(self.tr("Open the &Sample Project"))
        self.save.setText(self.tr("&Save"))
        self.save_as.setText(self.tr("Save &As…"))
        self.close.setText(self.tr("&Close Project"))
        self.export_job.setText(self.tr("Export &Training Job…"))
        self.quit.setText(self.tr("&Quit"))
        self.preferences.setText(self.tr("&Preferences…"))
        self.help.setText(self.tr("Lepton Studio &Help"))
        self.show_logs.setText(self.tr("Show &Log Folder"))
        self.guide.setText(self.tr("Show the &Guided Tour"))
        self.about.setText(self.tr("&About Lepton Studio"))
        self.about_qt.setText(self.tr("About &Qt"))
        self.clear_recent.setText(self.tr("&Clear List"))
        for step, action in self.steps.items():
            action.setText(step_title(step))
        self._update_undo()
