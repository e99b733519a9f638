"""Autosave and crash recovery: a copy left by a dead session is offered and restored."""

import json
import os
import subprocess
import sys
import textwrap

from lepton_studio.core.project import load_project
from lepton_studio.gui.autosave import AutosaveSession, autosave_dir, find_recoverable

CRASHING_SESSION = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from lepton_studio.core.project import Project
    from lepton_studio.core.templates import make_template
    from lepton_studio.gui.autosave import AutosaveSession
    session = AutosaveSession()
    project = Project.new("Crashed work", make_template("small-cnn"))
    session.save(project, sys.argv[1] if len(sys.argv) > 1 else None)
    os._exit(3)  # a crash: no clean-up, the lock file stays behind
""")


def crash_a_session(original=None):
    args = [sys.executable, "-c", CRASHING_SESSION] + ([str(original)] if original else [])
    result = subprocess.run(args, env=dict(os.environ), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 3, result.stderr


def test_autosave_writes_a_copy_and_a_clean_close_removes_it(window):
    window.controller.new_project("Draft")
    assert not window.controller.autosave_now()  # nothing unsaved yet
    window.document.mark_modified()
    assert window.controller.autosave_now()
    session = window.controller.session
    assert load_project(session.project_file).name == "Draft"
    meta = json.loads(session.meta_file.read_text(encoding="utf-8"))
    assert meta["name"] == "Draft"
    assert "autosaved" in window.status.project_label.text()
    window.document.set_project(None)
    window.controller.shutdown()
    assert not session.project_file.exists()
    assert list(autosave_dir().glob("*.lepton")) == []


def test_a_running_session_is_not_offered(qapp):
    from lepton_studio.core.project import Project

    live = AutosaveSession()
    live.save(Project.new("Live"), None)
    try:
        assert find_recoverable() == []
    finally:
        live.close()


def test_crashed_session_is_found(qapp):
    crash_a_session()
    found = find_recoverable()
    assert [r.name for r in found] == ["Crashed work"]
    found[0].release()


def test_recovery_restores_the_project(window, monkeypatch, tmp_path):
    original = tmp_path / "work.lepton"
    crash_a_session(original)
    asked = []
    monkeypatch.setattr(window.controller, "ask_recovery",
                        lambda recovery: asked.append(recovery.name) or "recover")
    assert window.controller.offer_recovery()
    assert asked == ["Crashed work"]
    assert window.document.project.name == "Crashed work"
    assert window.document.is_modified
    assert window.document.path == original
    # The old copy is gone; this session's own copy holds the work now.
    files = sorted(p.name for p in autosave_dir().glob("*.lepton"))
    assert files == [window.controller.session.project_file.name]
    assert find_recoverable() == []


def test_recovery_discard_deletes_the_copy(window, monkeypatch):
    crash_a_session()
    monkeypatch.setattr(window.controller, "ask_recovery", lambda recovery: "discard")
    assert not window.controller.offer_recovery()
    assert window.document.project is None
    assert list(autosave_dir().glob("*.lepton")) == []


def test_recovery_later_keeps_the_copy(window, monkeypatch):
    crash_a_session()
    monkeypatch.setattr(window.controller, "ask_recovery", lambda recovery: "later")
    assert not window.controller.offer_recovery()
    assert window.document.project is None
    assert [r.name for r in find_recoverable()] == ["Crashed work"]


def test_recovery_is_offered_at_start(qtbot, settings, monkeypatch):
    """The real start path: the window paints, then offers the copy."""
    from lepton_studio.gui.document import DocumentController
    from lepton_studio.gui.main_window import MainWindow
    from lepton_studio.gui.translations import LanguageManager

    crash_a_session()
    monkeypatch.setattr(DocumentController, "ask_recovery", lambda self, recovery: "recover")
    languages = LanguageManager()
    languages.set_language("en")
    win = MainWindow(settings, languages, probe=False, recover=True)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.document.project is not None, timeout=10000)
        assert win.document.project.name == "Crashed work"
        assert win.isWindowModified()
    finally:
        win.document.set_project(None)
        win.close()
        win.deleteLater()
