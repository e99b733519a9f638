"""Project life cycle: new, open, save, save as, close, the unsaved prompt, bad files."""

import json
import zipfile

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QMessageBox

from lepton_studio.core.project import load_project

Button = QMessageBox.StandardButton


@pytest.fixture
def answers(monkeypatch):
    """Queue answers for the unsaved-changes question; records every question asked."""
    queue, asked = [], []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return queue, asked


@pytest.fixture
def problems(monkeypatch):
    """Problems shown to the user, instead of modal message boxes."""
    shown = []
    monkeypatch.setattr("lepton_studio.gui.errors.show_problem",
                        lambda parent, problem, title=None: shown.append(problem))
    return shown


def test_new_project_sets_title_and_is_clean(window):
    assert window.controller.new_project("Birds", "small-cnn")
    assert window.document.project.name == "Birds"
    assert "Birds[*]" in window.windowTitle()
    assert not window.isWindowModified()
    assert len(window.document.project.graph) > 0


def test_edit_marks_modified_and_title(window):
    window.controller.new_project("Birds")
    window.document.mark_modified()
    assert window.document.is_modified
    assert window.isWindowModified()
    assert "Unsaved" in window.status.project_label.text()


def test_graph_edit_outside_undo_marks_modified(window):
    window.controller.new_project("Birds")
    graph = window.document.project.graph
    node = next(iter(graph.nodes.values()))
    graph.move_node(node.id, (300.0, 40.0))
    assert window.document.is_modified


def test_undo_stack_tracks_clean_state(window):
    from PySide6.QtGui import QUndoCommand

    window.controller.new_project("Birds")
    graph = window.document.project.graph
    node_id = next(iter(graph.nodes))

    class Move(QUndoCommand):
        def redo(self):
            graph.move_node(node_id, (10.0, 10.0))

        def undo(self):
            graph.move_node(node_id, (0.0, 0.0))

    window.document.undo_stack.push(Move("Move"))
    assert window.document.is_modified
    assert window.actions_.undo.isEnabled()
    assert "Move" in window.actions_.undo.text()
    window.actions_.undo.trigger()
    assert not window.document.is_modified
    assert window.actions_.redo.isEnabled()


def test_save_as_then_save_writes_the_file(window, tmp_path, monkeypatch):
    target = tmp_path / "out" / "birds"
    target.parent.mkdir()
    monkeypatch.setattr(window.controller, "ask_save_path", lambda: target.with_suffix(".lepton"))
    window.controller.new_project("Birds")
    window.document.mark_modified()
    assert window.actions_.save.isEnabled()
    window.actions_.save.trigger()  # no path yet: Save asks where (Save As)
    saved = target.with_suffix(".lepton")
    assert saved.is_file()
    assert not window.document.is_modified
    assert window.document.path == saved.resolve()
    assert load_project(saved).name == "Birds"
    assert str(saved.resolve()) in window.settings.recent_files()
    assert window.welcome.recent_list.count() == 1

    window.document.project.name = "Birds 2"
    window.document.mark_modified()
    assert window.controller.save()
    assert load_project(saved).name == "Birds 2"


def test_open_path_loads_and_remembers(window, sample_file):
    assert window.controller.open_path(sample_file)
    project = window.document.project
    assert project.name == "Shapes"
    assert len(project.dataset.class_names) == 4
    assert window.document.path == sample_file.resolve()
    assert window.settings.recent_files()[0] == str(sample_file.resolve())
    assert "Shapes" in window.windowTitle()


def test_unsaved_prompt_cancel_keeps_project(window, sample_file, answers):
    queue, asked = answers
    window.controller.new_project("Draft")
    window.document.mark_modified()
    queue.append(Button.Cancel)
    assert not window.controller.open_path(sample_file)
    assert window.document.project.name == "Draft"
    assert window.document.is_modified
    assert len(asked) == 1 and "Draft" in asked[0]


def test_unsaved_prompt_discard_replaces_project(window, sample_file, answers):
    queue, _ = answers
    window.controller.new_project("Draft")
    window.document.mark_modified()
    queue.append(Button.Discard)
    assert window.controller.open_path(sample_file)
    assert window.document.project.name == "Shapes"
    assert not window.document.is_modified


def test_unsaved_prompt_save_writes_before_closing(window, tmp_path, answers, monkeypatch):
    queue, _ = answers
    path = tmp_path / "draft.lepton"
    monkeypatch.setattr(window.controller, "ask_save_path", lambda: path)
    window.controller.new_project("Draft")
    window.document.mark_modified()
    queue.append(Button.Save)
    assert window.controller.close_project()
    assert window.document.project is None
    assert load_project(path).name == "Draft"


def test_unsaved_prompt_on_new_project(window, answers):
    queue, asked = answers
    window.controller.new_project("Draft")
    window.document.mark_modified()
    queue.append(Button.Cancel)
    assert not window.controller.new_project("Other")
    assert window.document.project.name == "Draft"
    assert asked


def test_close_window_with_unsaved_changes_asks(window, answers):
    queue, asked = answers
    window.controller.new_project("Draft")
    window.document.mark_modified()
    queue.append(Button.Cancel)
    window.close()
    assert window.isVisible()
    assert asked
    queue.append(Button.Discard)
    window.close()
    assert not window.isVisible()


def test_no_prompt_when_nothing_changed(window, sample_file, answers):
    _, asked = answers
    window.controller.new_project("Clean")
    assert window.controller.open_path(sample_file)
    assert asked == []


def _zip_with(path, doc):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.json", json.dumps(doc))


def test_newer_file_is_refused_clearly_and_nothing_is_lost(window, tmp_path, problems):
    newer = tmp_path / "future.lepton"
    _zip_with(newer, {"format": "lepton-studio-project", "version": 99, "name": "Future"})
    before = newer.read_bytes()
    window.controller.new_project("Mine")
    window.document.mark_modified()
    assert not window.controller.open_path(newer)
    assert [p.code for p in problems] == ["project_newer"]
    assert window.document.project.name == "Mine"
    assert window.document.is_modified
    assert newer.read_bytes() == before


def test_corrupt_file_is_refused_clearly(window, tmp_path, problems):
    broken = tmp_path / "broken.lepton"
    broken.write_bytes(b"this is not a zip file at all")
    assert not window.controller.open_path(broken)
    assert [p.code for p in problems] == ["project_corrupt"]
    assert window.document.project is None
    assert broken.read_bytes() == b"this is not a zip file at all"


def test_problem_message_is_a_sentence(window, tmp_path, problems):
    from lepton_studio.gui.errors import problem_text

    broken = tmp_path / "broken.lepton"
    broken.write_bytes(b"junk")
    window.controller.open_path(broken)
    message, _hint = problem_text(problems[0])
    assert str(broken) in message
    assert "{" not in message


def test_failed_save_keeps_changes(window, tmp_path, problems, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    monkeypatch.setattr(window.controller, "ask_save_path", lambda: blocked / "x.lepton")
    window.controller.new_project("Draft")
    window.document.mark_modified()
    assert not window.controller.save_as()
    assert problems
    assert window.document.is_modified
    assert window.document.path is None


def test_missing_recent_file_is_forgotten(window, tmp_path, problems):
    gone = tmp_path / "gone.lepton"
    window.settings.add_recent_file(gone)
    window.refresh_recent()
    assert not window.controller.open_path(gone)
    assert [p.code for p in problems] == ["project_not_found"]
    assert str(gone.resolve()) not in window.settings.recent_files()


def test_drop_opens_a_lepton_file(window, sample_file, tmp_path):
    from lepton_studio.gui.document import lepton_paths_from_mime

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png")),
                  QUrl.fromLocalFile(str(sample_file))])
    assert lepton_paths_from_mime(mime) == [sample_file]
    assert window.controller.open_dropped(mime)
    assert window.document.project.name == "Shapes"

    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    assert lepton_paths_from_mime(other) == []
