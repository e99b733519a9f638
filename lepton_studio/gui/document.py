"""The open project's life cycle: new, open, save, save as, close, autosave, recovery.

``Document`` is the state (the ``Project``, its file, the modified flag, the undo stack);
``DocumentController`` does what the user asks with it, including every question and
message box. Nothing is ever lost: a file that cannot be read leaves the open project
untouched, a save that fails leaves the project modified (and autosaved), and a prompt
offers to save before anything replaces unsaved work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from lepton_studio.core.problems import LeptonError
from lepton_studio.gui import errors
from lepton_studio.gui.autosave import AutosaveSession, Recovery, find_recoverable

if TYPE_CHECKING:
    from lepton_studio.core.project import Project
    from lepton_studio.gui.settings import Settings

log = logging.getLogger(__name__)

SUFFIX = ".lepton"


class TrackingUndoStack(QUndoStack):
    """A QUndoStack that knows when it is running a command's redo() or undo().

    Graph and project changes made while ``busy`` belong to the stack (its clean state
    tracks them); changes made at any other time mark the document modified directly.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False

    def _run(self, action, *args) -> None:
        was, self.busy = self.busy, True
        try:
            action(*args)
        finally:
            self.busy = was

    def push(self, command) -> None:
        self._run(super().push, command)

    def undo(self) -> None:
        self._run(super().undo)

    def redo(self) -> None:
        self._run(super().redo)

    def setIndex(self, index: int) -> None:  # noqa: N802 - Qt name
        self._run(super().setIndex, index)


class Document(QObject):
    """The open project (or none) and whether it has unsaved changes."""

    projectChanged = Signal()  # another project, or none, is open now
    modifiedChanged = Signal(bool)
    pathChanged = Signal()
    changed = Signal()  # the open project's content changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.path: Path | None = None
        self.undo_stack = TrackingUndoStack(self)
        self._edited = False  # changes made outside the undo stack
        self._modified = False
        self._unsubscribe = None
        # "Let my pictures decide": the model is chosen when the first pictures arrive
        # (gui/model_advice.py); what was chosen and why stays for the Model step.
        self.model_from_data = False
        self.model_advice = None
        self.undo_stack.cleanChanged.connect(self._update_modified)
        self.undo_stack.indexChanged.connect(self._on_undo_index)

    # --- state ------------------------------------------------------------------------
    @property
    def is_modified(self) -> bool:
        return self._modified

    def display_name(self) -> str:
        if self.project is None:
            return ""
        return self.project.name or (self.path.stem if self.path else "")

    def set_project(self, project: Project | None, path: Path | None = None,
                    modified: bool = False) -> None:
        """Show another project (or none); the undo history starts afresh."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.project = project
        self.path = Path(path) if path else None
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.model_from_data, self.model_advice = False, None
        self._edited = modified
        if project is not None:
            ends = [project.graph.subscribe(self._on_graph_event),
                    project.subscribe(self._on_graph_event)]
            self._unsubscribe = lambda: [end() for end in ends]
        self.projectChanged.emit()
        self.pathChanged.emit()
        self._update_modified()

    def replace_graph(self, graph) -> None:
        """Swap the project's graph (e.g. for a template) and keep listening to it."""
        if self.project is None:
            return
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.project.graph = graph
        ends = [graph.subscribe(self._on_graph_event),
                self.project.subscribe(self._on_graph_event)]
        self._unsubscribe = lambda: [end() for end in ends]
        self.mark_modified()

    def mark_modified(self) -> None:
        """Call after changing the project outside the undo stack."""
        self._edited = True
        self._update_modified()
        self.changed.emit()

    def choose_run(self, run_id: str | None) -> None:
        """Make ``run_id`` the run Evaluate and Export use.

        Looking at another run is not an edit: the choice is kept with the next save, but
        the project is not marked unsaved for it (issue #22)."""
        if self.project is not None:
            self.project.choose_run(run_id)  # RunChosen: views follow, not marked unsaved

    def mark_saved(self, path: Path) -> None:
        self._edited = False
        self.undo_stack.setClean()
        if self.path != path:
            self.path = path
            self.pathChanged.emit()
        self._update_modified()

    # --- internals --------------------------------------------------------------------
    def _on_graph_event(self, event) -> None:
        # Graph and project events alike (core/graph.py, core/project_events.py).
        # Edits made by undo commands are tracked by the stack; any other edit counts here.
        # Looking at another run is not an edit (issue #22): the choice is kept with the
        # next save without marking the project unsaved.
        from lepton_studio.core.project_events import RunChosen

        if not self.undo_stack.busy and not isinstance(event, RunChosen):
            self._edited = True
        self._update_modified()
        self.changed.emit()

    def _on_undo_index(self, _index: int) -> None:
        self.changed.emit()

    def _update_modified(self, *_args) -> None:
        modified = self.project is not None and (self._edited or not self.undo_stack.isClean())
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)


def lepton_paths_from_mime(mime: QMimeData) -> list[Path]:
    """The ``.lepton`` files among dropped URLs."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX)]


class DocumentController(QObject):
    """Carries out the user's file commands, asking and explaining where needed."""

    recentChanged = Signal()
    message = Signal(str)  # a short note for the status bar
    autosaved = Signal()

    def __init__(self, document: Document, settings: Settings, window: QWidget,
                 session: AutosaveSession | None = None) -> None:
        super().__init__(window)
        self.document = document
        self.settings = settings
        self.window = window
        self.session = session or AutosaveSession()
        self._release_hooks: list[Callable[[], bool]] = []
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.apply_autosave_interval()
        document.modifiedChanged.connect(self._on_modified_changed)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QApplication.translate("DocumentController", text, disambiguation, n)

    # --- questions (tests replace these or the QMessageBox / QFileDialog calls) ---------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        name = self.document.display_name()
        return QMessageBox.question(
            self.window, self.tr("Unsaved changes"),
            self.tr("Do you want to save the changes to “{name}”?").format(name=name) + "\n\n"
            + self.tr("Your changes will be lost if you don't save them."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def ask_open_path(self) -> Path | None:
        from lepton_studio.core import paths

        start = str(self.document.path.parent if self.document.path else paths.documents_dir())
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Project"), start,
                                              self._file_filter())
        return Path(name) if name else None

    def ask_save_path(self) -> Path | None:
        from lepton_studio.core import paths

        if self.document.path:
            start = self.document.path
        else:
            start = paths.documents_dir() / (_safe_file_name(self.document.display_name()) + SUFFIX)
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save Project As"),
                                              str(start), self._file_filter())
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)

    def ask_recovery(self, recovery: Recovery) -> str:
        """"recover", "discard" or "later"."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Recover unsaved work"))
        box.setText(self.tr("Lepton Studio did not close properly last time."))
        box.setInformativeText(
            self.tr("Unsaved changes to “{name}” were kept (autosaved {time}). "
                    "Do you want to recover them?").format(
                name=recovery.name, time=_friendly_time(recovery.saved_at)))
        recover = box.addButton(self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Decide Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(recover)
        box.exec()
        clicked = box.clickedButton()
        if clicked is recover:
            return "recover"
        if clicked is discard:
            return "discard"
        return "later"

    def _file_filter(self) -> str:
        return self.tr("Lepton Studio projects (*.lepton)")

    # --- work running on the open project (e.g. training) ------------------------------
    def add_release_hook(self, hook: Callable[[], bool]) -> Callable[[], None]:
        """``hook()`` runs before the open project is closed or replaced, and before the
        window closes: work on the project (a training run) asks the user, stops and
        puts its results into the project, then returns True; False keeps the project
        open. Returns a function that removes the hook."""
        self._release_hooks.append(hook)

        def remove() -> None:
            if hook in self._release_hooks:
                self._release_hooks.remove(hook)
        return remove

    def release_work(self) -> bool:
        """Ask every release hook; True when the project may go."""
        return all(hook() for hook in list(self._release_hooks))

    # --- commands -----------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to replace the open project (saved, discarded or clean)."""
        if not self.release_work():
            return False
        if not self.document.is_modified:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self, name: str, template_id: str | None = None,
                    model_from_data: bool = False) -> bool:
        """A fresh project; ``model_from_data``: its model is picked once pictures are in."""
        from lepton_studio.core.project import Project
        from lepton_studio.core.templates import DEFAULT_TEMPLATE, make_template

        if not self.maybe_save():
            return False
        graph = make_template(template_id or DEFAULT_TEMPLATE)
        self._show(Project.new(name.strip() or self.tr("Untitled"), graph), None)
        self.document.model_from_data = model_from_data
        return True

    def open_sample(self) -> bool:
        from lepton_studio.gui.sample import build_sample_project

        try:
            project = build_sample_project(self.tr("Shapes (sample)"))
        except LeptonError as exc:
            errors.show_problem(self.window, exc.problem)
            return False
        if not self.maybe_save():
            return False
        self._show(project, None)
        return True

    def open_dialog(self) -> bool:
        path = self.ask_open_path()
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path) -> bool:
        """Open a project file; on any failure the open project stays as it was."""
        from lepton_studio.core.project import load_project

        path = Path(path).expanduser().resolve()
        if self.document.project is not None and self.document.path == path:
            return True
        try:
            project = load_project(path)
        except LeptonError as exc:
            errors.show_problem(self.window, exc.problem, self.tr("Cannot open the project"))
            if exc.code == "project_not_found":
                self.settings.remove_recent_file(str(path))
                self.recentChanged.emit()
            return False
        if not self.maybe_save():
            return False
        self._show(project, path)
        self._remember(path)
        self.message.emit(self.tr("Opened {file}").format(file=path.name))
        return True

    def open_dropped(self, mime: QMimeData) -> bool:
        files = lepton_paths_from_mime(mime)
        return self.open_path(files[0]) if files else False

    def save(self) -> bool:
        if self.document.project is None:
            return False
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        if self.document.project is None:
            return False
        path = self.ask_save_path()
        return self._write(path) if path else False

    def close_project(self) -> bool:
        if self.document.project is None:
            return True
        if not self.maybe_save():
            return False
        self.document.set_project(None)
        self.session.discard()
        return True

    def shutdown(self) -> None:
        """The window closes cleanly: nothing unsaved is left, so no copy is kept."""
        self.autosave_timer.stop()
        self.session.close()

    # --- autosave and recovery ------------------------------------------------------------
    def apply_autosave_interval(self) -> None:
        minutes = self.settings.autosave_minutes
        if minutes > 0:
            self.autosave_timer.start(minutes * 60_000)
        else:
            self.autosave_timer.stop()

    def autosave_now(self) -> bool:
        if self.document.project is None or not self.document.is_modified:
            return False
        try:
            self.session.save(self.document.project, self.document.path)
        except (LeptonError, OSError, ValueError, TypeError) as exc:
            log.warning("autosave failed: %s", exc)
            self.message.emit(self.tr("Autosave failed; save the project yourself."))
            return False
        self.autosaved.emit()
        return True

    def offer_recovery(self) -> bool:
        """At start: offer each copy a crashed session left; True when one was restored."""
        recoveries = find_recoverable(self.session.folder)
        restored = False
        for index, recovery in enumerate(recoveries):
            answer = self.ask_recovery(recovery)
            if answer == "discard":
                recovery.discard()
                continue
            if answer == "recover":
                restored = self._restore(recovery)
            for rest in recoveries[index + (1 if restored else 0):]:
                rest.release()
            break
        return restored

    def _restore(self, recovery: Recovery) -> bool:
        try:
            project = recovery.load()
        except LeptonError as exc:
            errors.show_problem(self.window, exc.problem, self.tr("Cannot recover the project"))
            recovery.release()
            return False
        if not self.maybe_save():
            recovery.release()
            return False
        self._show(project, recovery.original_path, modified=True)
        if recovery.original_path is not None:
            from lepton_studio.core.project_sync import remember_file

            # Its file may hold runs we never saw (saved before or after the crash):
            # the next save there takes them in (project_sync.merge_external_runs).
            remember_file(project, recovery.original_path, None, runs=[])
        if self.autosave_now():  # our own copy exists before the old one goes
            recovery.discard()
        else:
            recovery.release()
        self.message.emit(self.tr("Recovered “{name}”. Save it to keep the changes.").format(
            name=project.name))
        return True

    # --- helpers ----------------------------------------------------------------------------
    def _show(self, project: Project, path: Path | None, modified: bool = False) -> None:
        self.session.discard()
        self.document.set_project(project, path, modified)

    def _write(self, path: Path) -> bool:
        from lepton_studio.core.project import save_project

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            kept = save_project(self.document.project, path)
        except LeptonError as exc:
            QApplication.restoreOverrideCursor()
            errors.show_problem(self.window, exc.problem, self.tr("Cannot save the project"))
            return False
        except OSError as exc:
            QApplication.restoreOverrideCursor()
            errors.show_problem(self.window, LeptonError("file_unwritable", path=str(path)),
                                self.tr("Cannot save the project"))
            log.warning("save failed: %s", exc)
            return False
        QApplication.restoreOverrideCursor()
        self.document.mark_saved(path.resolve())
        self.session.discard()
        self._remember(path)
        self.message.emit(self.tr("Saved {file}").format(file=path.name))
        if kept:  # another program had saved runs into the file meanwhile: kept, say so
            self.tell_runs_kept(path, kept)
        return True

    def tell_runs_kept(self, path: Path, kept: list[str]) -> None:
        from lepton_studio.core import problems as P
        from lepton_studio.core.problems import WARNING, Problem

        problem = Problem(P.PROJECT_RUNS_KEPT, values={"count": len(kept), "path": str(path),
                                                     "runs": ", ".join(kept)}, severity=WARNING)
        self.message.emit(errors.problem_sentence(problem))
        self.document.changed.emit()  # the runs list shows them

    def _remember(self, path: Path) -> None:
        self.settings.add_recent_file(path)
        self.recentChanged.emit()

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.session.discard()


def _safe_file_name(name: str) -> str:
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name).strip()
    return cleaned.strip(".") or "project"


def _friendly_time(iso: str) -> str:
    from datetime import datetime

    from PySide6.QtCore import QDateTime, QLocale

    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
