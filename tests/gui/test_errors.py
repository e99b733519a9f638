"""Unexpected errors go to the log and a friendly dialog; problems become sentences."""

import sys

import pytest

from lepton_studio.core.problems import Problem
from lepton_studio.gui import errors


@pytest.fixture
def dialogs(monkeypatch):
    shown = []

    def fake_exec(self):
        shown.append(self)
        return 0

    monkeypatch.setattr(errors.ErrorDialog, "exec", fake_exec)
    return shown


@pytest.fixture
def hook(qapp):
    saved = sys.excepthook
    errors.install_excepthook()
    yield
    errors.uninstall_excepthook()
    sys.excepthook = saved


def test_uncaught_exception_is_logged_and_shown(qapp, hook, dialogs):
    from lepton_studio.core.logs import log_path, setup_logging

    setup_logging()
    try:
        raise ZeroDivisionError("boom for the test")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    text = log_path().read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom for the test" in text
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert "boom for the test" in dialog.details
    # The dialog itself speaks plainly; the traceback only goes to the clipboard.
    assert "Traceback" not in dialog.message.text() + dialog.explanation.text()
    dialog.copy_details()
    assert "ZeroDivisionError" in qapp.clipboard().text()


def test_exception_in_a_python_thread_reaches_the_dialog(qtbot, hook, dialogs):
    import threading

    def fail():
        raise RuntimeError("thread trouble")

    thread = threading.Thread(target=fail)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=5000)
    assert "thread trouble" in dialogs[0].details


def test_worker_failure_without_handler_goes_to_the_hook(qtbot, hook, dialogs):
    from lepton_studio.gui.workers import TaskManager

    manager = TaskManager()
    manager.run(lambda token, emit: {}["missing"])
    qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=5000)
    assert "KeyError" in dialogs[0].details
    manager.shutdown(5)


def test_problem_text_fills_values_and_translates(qapp):
    from lepton_studio.gui.translations import LanguageManager

    problem = Problem("project_newer", values={"path": "/x/a.lepton", "file_version": 9,
                                               "our_version": 1})
    english, _ = errors.problem_text(problem)
    assert english.startswith("The project file /x/a.lepton")
    assert "9" in english and "{" not in english
    languages = LanguageManager()
    try:
        languages.set_language("de")
        german, _ = errors.problem_text(problem)
        assert german != english
        assert "/x/a.lepton" in german and "9" in german
    finally:
        languages.set_language("en")


def test_unknown_problem_code_still_reads_as_a_sentence(qapp):
    message, hint = errors.problem_text(Problem("no_such_code"))
    assert "no_such_code" in message
    assert hint == ""
