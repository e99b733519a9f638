"""Qt test set-up: offscreen platform, a fresh user home per test, no leftover threads."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

from lepton_studio.gui.pyside_workarounds import protect_none  # noqa: E402

protect_none()  # PySide6 6.12 + CPython 3.11 refcount bug: see pyside_workarounds.py

import time  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def gui_home(tmp_path, monkeypatch):
    """Settings, autosave and logs of each test live in its own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("LEPTON_STUDIO_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp):
    """As in the app: garbage (and the Qt objects in it) is freed on the GUI thread only,
    and each test's garbage before the next test starts its workers."""
    import gc

    from lepton_studio.gui import gc_guard

    gc_guard.install(qapp)
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def no_leftover_threads(qapp):
    """Fail a test that leaves a worker thread running (after a short grace period)."""
    yield
    from lepton_studio.gui.workers import running_threads

    deadline = time.monotonic() + 5.0
    while running_threads() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    leftovers = running_threads()
    assert not leftovers, f"{len(leftovers)} worker thread(s) still running after the test"
    qapp.processEvents()


@pytest.fixture
def settings():
    from lepton_studio.gui.settings import Settings

    s = Settings.open()
    s.language = "en"
    return s


@pytest.fixture
def window(qtbot, settings):
    """The main window in English, without device probe or recovery prompt."""
    from lepton_studio.gui.main_window import MainWindow
    from lepton_studio.gui.translations import LanguageManager

    languages = LanguageManager()
    languages.set_language("en")
    win = MainWindow(settings, languages, probe=False, recover=False)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.tasks.shutdown(10)
    win.document.set_project(None)  # no unsaved-changes prompt while closing
    win.close()
    win.deleteLater()
    if languages.current != "en":
        languages.set_language("en")


@pytest.fixture
def sample_file(tmp_path):
    """The sample project saved to a file (a realistic project to open)."""
    from lepton_studio.core.project import save_project
    from lepton_studio.gui.sample import build_sample_project

    path = tmp_path / "projects" / "Shapes.lepton"
    path.parent.mkdir(parents=True)
    save_project(build_sample_project("Shapes"), path)
    return path
