"""Saving the project while it trains, so a crash or a kill keeps the best model so far,
without freezing the window.

Where: a project that has a file is saved to that file; one that was never saved goes
to the shell's autosave copy, which the next start offers to recover.

How (threads): writing a project means serialising it and writing every run's weights
(tens of megabytes with a pretrained backbone), too slow for the GUI thread. So:

1. GUI thread: a snapshot. ``project.to_dict()`` builds new dicts and lists; the blobs
   are ``bytes`` (immutable), so a shallow copy of the dict is enough. Nothing in the
   snapshot is shared with the live project.
2. Worker (the shell's workers API): ``save_project(snapshot, temp)`` writes a complete
   file beside the target (atomically, fsynced).
3. GUI thread: the temporary file is renamed over the target, unless the user saved
   (or the project changed hands) meanwhile; then it is thrown away, so an older
   snapshot never replaces a newer save. The document is marked saved only when
   nothing changed since the snapshot.

One write at a time; a request made during a write is carried out after it, with the
state at that time.
"""

from __future__ import annotations

import logging
import os
import secrets
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project_sync import file_stamp, remember_file

if TYPE_CHECKING:
    from lepton_studio.core.project import Project
    from lepton_studio.gui.shell import Shell

log = logging.getLogger(__name__)

SAVED_TO_FILE = "file"
SAVED_TO_AUTOSAVE = "autosave"


class ProjectSnapshot:
    """What ``save_project`` reads of a ``Project``, frozen on the GUI thread."""

    def __init__(self, project: Project) -> None:
        self.name = project.name
        self._document = project.to_dict()
        self.blobs = dict(project.blobs)
        self.runs = list(project.runs)  # only counted, for the log line

    def to_dict(self) -> dict[str, Any]:
        return self._document


def _write(snapshot: ProjectSnapshot, temp: Path) -> Path:
    from lepton_studio.core.project import save_project

    save_project(snapshot, temp)  # type: ignore[arg-type] - duck-typed Project
    return temp


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


class ProjectSaver(QObject):
    """Saves the open project in the background; ``saved`` says where, once it is done."""

    saved = Signal(str)  # SAVED_TO_FILE or SAVED_TO_AUTOSAVE

    def __init__(self, shell: Shell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self._in_flight: dict[str, Any] | None = None
        self._pending = False
        self._changes = 0  # document.changed signals seen; tells whether a snapshot is current
        document = shell.document
        document.changed.connect(self._on_changed)
        document.modifiedChanged.connect(self._on_modified_changed)
        document.pathChanged.connect(self._supersede)
        document.projectChanged.connect(self._supersede)
        shell.controller.autosaved.connect(self._on_autosaved)

    @property
    def busy(self) -> bool:
        return self._in_flight is not None or self._pending

    def request(self) -> None:
        """Save the open project as it is now (after the write under way, if any)."""
        if self._in_flight is not None:
            self._pending = True
            return
        self._pending = False
        document = self.shell.document
        project = document.project
        if project is None:
            return
        if document.path is not None:
            where, target = SAVED_TO_FILE, document.path
        else:
            where, target = SAVED_TO_AUTOSAVE, self.shell.controller.session.project_file
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.training.tmp")
        if where == SAVED_TO_FILE:
            self.take_in_external_runs(project, target)
        snapshot = ProjectSnapshot(project)
        self._in_flight = {"where": where, "target": target, "temp": temp, "project": project,
                           "changes": self._changes, "superseded": False,
                           "path": document.path, "runs": snapshot.runs,
                           "root": project.dataset.root if project.dataset else None}
        self.shell.tasks.run(lambda _token, _emit: _write(snapshot, temp),
                             name="_training_save", owner=self,
                             on_success=self._commit, on_failure=self._failed,
                             on_cancelled=self._cancelled)

    def wait_idle(self, timeout_s: float = 60.0) -> bool:
        """Wait (delivering events, not user input) until no write is under way or asked."""
        deadline = time.monotonic() + timeout_s
        while self.busy and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
            time.sleep(0.005)
        return not self.busy

    # --- the end of a write (GUI thread) -------------------------------------------------------
    def _commit(self, temp: Path) -> None:
        job, self._in_flight = self._in_flight, None
        document = self.shell.document
        if job is None or job["superseded"] or document.project is not job["project"] \
                or document.path != job["path"]:
            _remove(temp)
        elif job["where"] == SAVED_TO_FILE and self.take_in_external_runs(job["project"],
                                                                        job["target"]):
            _remove(temp)  # it lacks the runs just taken in: write again
            self._pending = True
        else:
            try:
                if job["where"] == SAVED_TO_FILE:
                    stamp = file_stamp(temp)  # a rename keeps size, mtime and inode
                    os.replace(temp, job["target"])
                    remember_file(job["project"], job["target"], stamp, job["runs"], job["root"])
                    if self._changes == job["changes"]:
                        document.mark_saved(job["target"])
                else:
                    self.shell.controller.session.adopt(temp, job["project"].name, None)
            except OSError as exc:
                log.warning("could not put the training save in place: %s", exc)
                _remove(temp)
            else:
                if job["where"] == SAVED_TO_AUTOSAVE:
                    self.shell.controller.autosaved.emit()
                self.saved.emit(job["where"])
        self._next()

    def take_in_external_runs(self, project: Project, target: Path) -> bool:
        """Take in the runs another program saved into ``target`` since we read or wrote
        it (project_sync.py; a stat, and a read only when it changed), so that our write
        does not drop them; tell the user. True when runs came in."""
        from lepton_studio.core.project_sync import merge_external_runs

        kept = merge_external_runs(project, target)
        if kept:
            self.shell.controller.tell_runs_kept(target, kept)
        return bool(kept)

    def _failed(self, error: BaseException) -> None:
        job, self._in_flight = self._in_flight, None
        if job is not None:
            _remove(job["temp"])
        if isinstance(error, (LeptonError, OSError, ValueError, TypeError)):
            log.warning("saving the project during training failed: %s", error)
        else:
            log.error("saving the project during training failed", exc_info=error)
        self._next()

    def _cancelled(self) -> None:
        self._failed(RuntimeError("cancelled"))

    def _next(self) -> None:
        if self._pending:
            self.request()

    # --- what makes a write out of date ---------------------------------------------------------
    def _on_changed(self) -> None:
        self._changes += 1

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self._supersede()  # the user saved (or discarded) while we were writing

    def _on_autosaved(self) -> None:
        if self._in_flight is not None and self._in_flight["where"] == SAVED_TO_AUTOSAVE:
            self._supersede()

    def _supersede(self, *_args) -> None:
        if self._in_flight is not None:
            self._in_flight["superseded"] = True
