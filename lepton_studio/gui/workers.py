"""One small API for background work (after Anki's ``CollectionOp`` / ``QueryOp``).

    task = tasks.run(
        lambda token, emit: scan_folder(folder, on_event=emit, token=token),
        on_success=self.show_report,      # called on the GUI thread with the result
        on_event=self.show_progress,      # each event the function emitted, GUI thread
        on_failure=None,                  # default: a LeptonError becomes a translated
                                          # dialog, anything else goes to the error hook
        owner=self,                       # callbacks are skipped once this widget is gone
    )
    task.cancel()                         # sets the CancelToken; the function stops itself

The function runs on its own ``QThread``. It receives the task's ``CancelToken`` and an
``emit(event)`` callable and must never touch widgets (make ``QImage``, not ``QPixmap``).
Events of type ``Progress`` are coalesced to ``progress_interval_s`` (the newest one
wins); all other events arrive in order, each one. ``Cancelled`` raised by the function
calls ``on_cancelled`` instead of ``on_failure``. ``TaskManager.shutdown()`` (on quit)
cancels everything and waits; a thread is never terminated.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from lepton_studio.core.problems import LeptonError
from lepton_studio.core.tasks import Cancelled, CancelToken, Progress

log = logging.getLogger(__name__)

WorkFunction = Callable[[CancelToken, Callable[[Any], None]], Any]

# Strong references until each thread has ended, so a QThread is never destroyed while it
# runs, whatever happens to its Task or TaskManager.
_live_threads: set[QThread] = set()


def running_threads() -> list[QThread]:
    """Worker threads still running (tests fail when any is left over)."""
    return [thread for thread in list(_live_threads)
            if shiboken6.isValid(thread) and thread.isRunning()]


def _release_finished_threads() -> None:
    for thread in list(_live_threads):
        if not shiboken6.isValid(thread) or thread.isFinished():
            _live_threads.discard(thread)


class _WorkerThread(QThread):
    event_ready = Signal(object)
    done = Signal(object, object)  # (result, exception or None)

    def __init__(self, fn: WorkFunction, token: CancelToken, interval_s: float) -> None:
        super().__init__()
        self._fn = fn
        self._token = token
        self._interval_s = interval_s
        self._last_progress = 0.0
        self._pending: Progress | None = None
        self._lock = threading.Lock()

    def _emit(self, event: Any) -> None:
        with self._lock:
            if isinstance(event, Progress):
                now = time.monotonic()
                if now - self._last_progress < self._interval_s:
                    self._pending = event
                    return
                self._last_progress = now
                self._pending = None
            else:
                self._flush_locked()
            self.event_ready.emit(event)

    def _flush_locked(self) -> None:
        if self._pending is not None:
            self.event_ready.emit(self._pending)
            self._pending = None

    def run(self) -> None:  # noqa: D401 - QThread entry point
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._fn(self._token, self._emit)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            error = exc
        with self._lock:
            self._flush_locked()
        self.done.emit(result, error)


class Task(QObject):
    """A running (or finished) piece of background work."""

    finished = Signal()

    def __init__(self, manager: TaskManager, fn: WorkFunction, name: str,
                 token: CancelToken, callbacks: dict[str, Callable | None],
                 owner: QObject | None, interval_s: float) -> None:
        super().__init__()  # no Qt parent: Python owns it; nothing is deleted behind our back
        self.name = name
        self.token = token
        self._manager = manager
        self._callbacks = callbacks
        self._owner = owner
        self._discard = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._thread = _WorkerThread(fn, token, interval_s)
        self._thread.event_ready.connect(self._on_event)
        self._thread.done.connect(self._on_done)
        self._thread.finished.connect(self._on_thread_finished)
        _live_threads.add(self._thread)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.token.cancel()

    def is_running(self) -> bool:
        return not self.done

    def wait(self, timeout_s: float) -> bool:
        """Block until the thread ends (used at shutdown); True when it did."""
        if not shiboken6.isValid(self._thread):
            return True
        return self._thread.wait(int(timeout_s * 1000))

    def _alive(self) -> bool:
        if self._discard:
            return False
        return self._owner is None or shiboken6.isValid(self._owner)

    def _call(self, key: str, *args: Any) -> None:
        callback = self._callbacks.get(key)
        if callback is not None and self._alive():
            callback(*args)

    @Slot(object)
    def _on_event(self, event: Any) -> None:
        self._call("on_event", event)

    @Slot(object, object)
    def _on_done(self, result: Any, error: BaseException | None) -> None:
        self.result, self.error, self.done = result, error, True
        try:
            if error is None:
                self._call("on_success", result)
            elif isinstance(error, Cancelled):
                self._call("on_cancelled")
            elif self._callbacks.get("on_failure") is not None:
                self._call("on_failure", error)
            elif self._alive():
                self._manager.report_failure(self.name, error)
        finally:
            self._call("on_finished")

    @Slot()
    def _on_thread_finished(self) -> None:
        self._thread.wait()
        self._manager._forget(self)
        _release_finished_threads()
        self.finished.emit()


class TaskManager(QObject):
    """Starts background tasks, tracks them, and stops them cleanly at quit."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, dialog_parent: Any = None) -> None:
        super().__init__(parent)
        self.dialog_parent = dialog_parent
        self._tasks: list[Task] = []

    def run(self, fn: WorkFunction, *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            on_event: Callable[[Any], None] | None = None,
            on_cancelled: Callable[[], None] | None = None,
            on_finished: Callable[[], None] | None = None,
            name: str = "", token: CancelToken | None = None, owner: QObject | None = None,
            progress_interval_s: float = 0.1) -> Task:
        """Run ``fn(token, emit)`` on a worker thread; callbacks come on the GUI thread."""
        callbacks = {"on_success": on_success, "on_failure": on_failure, "on_event": on_event,
                     "on_cancelled": on_cancelled, "on_finished": on_finished}
        task = Task(self, fn, name or getattr(fn, "__name__", "task"), token or CancelToken(),
                    callbacks, owner, progress_interval_s)
        was_busy = self.busy
        self._tasks.append(task)
        task.start()
        if not was_busy:
            self.busyChanged.emit(True)
        return task

    @property
    def busy(self) -> bool:
        return any(task.is_running() for task in self._tasks)

    def running(self, include_background: bool = True) -> list[Task]:
        return [task for task in self._tasks if task.is_running()
                and (include_background or not task.name.startswith("_"))]

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def shutdown(self, timeout_s: float = 30.0) -> bool:
        """Cancel every task and wait for its thread; True when all have stopped."""
        ok = True
        for task in list(self._tasks):
            task._discard = True
            task.cancel()
        deadline = time.monotonic() + timeout_s
        for task in list(self._tasks):
            if not task.wait(max(0.0, deadline - time.monotonic())):
                log.error("background task %r did not stop within %.0f s", task.name, timeout_s)
                ok = False
            else:
                self._forget(task)
        _release_finished_threads()
        return ok

    def report_failure(self, name: str, error: BaseException) -> None:
        """Default failure handling: a problem dialog, or the unexpected-error hook."""
        from lepton_studio.gui import errors

        if isinstance(error, LeptonError):
            errors.show_problem(self.dialog_parent, error.problem)
        else:
            errors.report_exception(type(error), error, error.__traceback__,
                                    context=f"background task {name}")

    def _forget(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
            if not self.busy:
                self.busyChanged.emit(False)
