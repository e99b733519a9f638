"""The background-work API: callbacks on the GUI thread, events, failure, cancel, shutdown."""

import threading
import time

import pytest

from lepton_studio.core.problems import LeptonError
from lepton_studio.core.tasks import Progress
from lepton_studio.gui.workers import TaskManager, running_threads


@pytest.fixture
def tasks(qapp):
    manager = TaskManager()
    yield manager
    manager.shutdown(10)


def test_success_and_events_arrive_on_the_gui_thread(qtbot, tasks):
    seen = {"events": [], "threads": set()}
    worker_threads = []

    def work(token, emit):
        worker_threads.append(threading.current_thread())
        for i in range(3):
            emit(("step", i))
        return 42

    def on_event(event):
        seen["events"].append(event)
        seen["threads"].add(threading.current_thread())

    def on_success(value):
        seen["result"] = value
        seen["threads"].add(threading.current_thread())

    task = tasks.run(work, on_success=on_success, on_event=on_event)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["events"] == [("step", 0), ("step", 1), ("step", 2)]
    assert seen["threads"] == {threading.main_thread()}
    assert worker_threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: not tasks.busy and not running_threads(), timeout=5000)
    assert task.done


def test_progress_is_coalesced_but_the_last_one_arrives(qtbot, tasks):
    events = []

    def work(token, emit):
        for i in range(1, 501):
            emit(Progress("scan", i, 500))
        return None

    done = []
    tasks.run(work, on_event=events.append, on_finished=lambda: done.append(1),
              progress_interval_s=10.0)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert events[-1] == Progress("scan", 500, 500)
    assert len(events) < 10


def test_failure_goes_to_on_failure(qtbot, tasks):
    failures = []
    tasks.run(lambda token, emit: 1 / 0, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ZeroDivisionError)


def test_default_failure_shows_a_problem(qtbot, tasks, monkeypatch):
    shown = []
    monkeypatch.setattr("lepton_studio.gui.errors.show_problem",
                        lambda parent, problem, title=None: shown.append(problem))

    def work(token, emit):
        raise LeptonError("disk_full", path="/x")

    tasks.run(work)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].code == "disk_full"


def test_cancel_calls_on_cancelled(qtbot, tasks):
    outcome = []
    started = threading.Event()

    def work(token, emit):
        started.set()
        while True:
            token.check()
            time.sleep(0.005)

    task = tasks.run(work, on_success=lambda r: outcome.append("success"),
                     on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]


def test_shutdown_stops_running_work(qapp):
    manager = TaskManager()
    started = threading.Event()

    def work(token, emit):
        started.set()
        while not token.cancelled:
            time.sleep(0.005)

    manager.run(work)
    assert started.wait(5)
    assert manager.shutdown(10)
    assert not running_threads()


def test_callbacks_skipped_when_owner_is_gone(qtbot, tasks):
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    called = []
    release = threading.Event()

    def work(token, emit):
        release.wait(5)
        return 1

    task = tasks.run(work, on_success=called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert called == []
