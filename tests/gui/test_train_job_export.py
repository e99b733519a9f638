"""Train step: "Export Training Job…" writes a job folder on a worker and says what to run."""

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog

from lepton_studio.core import problems as P
from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_folder
from lepton_studio.core.project import ImageSettings, Project, TrainingSettings, load_project
from lepton_studio.core.templates import make_template
from lepton_studio.gui.errors import problem_sentence
from lepton_studio.gui.training import job_export


@pytest.fixture
def make_project(shape_images):
    def make(with_dataset=True):
        folder = shape_images(per_class=6, size=16)
        dataset = dataset_from_scan(scan(from_folder(folder)), image=ImageSettings(size=16))
        graph = make_template("small-cnn", dataset.image.color, 16, len(dataset.class_names))
        project = Project.new("Shapes", graph)
        project.dataset = dataset if with_dataset else None
        project.training = TrainingSettings(epochs=1, batch_size=8, device="cpu")
        return project
    return make


@pytest.fixture
def open_train(window):
    def open_project(project, path=None):
        window.document.set_project(project, path)
        window.go_to("train")
        return window.pages["train"]
    return open_project


@pytest.fixture
def problems_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(job_export, "show_problem", lambda _parent, problem: shown.append(problem))
    return shown


def choose(monkeypatch, folder, copy=True):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_args, **_kw: str(folder)))
    monkeypatch.setattr(job_export, "ask_copy_images", lambda *_args: copy)


def test_export_writes_job_and_shows_summary(qtbot, monkeypatch, tmp_path, make_project,
                                             open_train, problems_shown):
    page = open_train(make_project(), tmp_path / "My Shapes.lepton")
    assert page.export_job_button.isEnabled()
    out = tmp_path / "job"
    out.mkdir()
    choose(monkeypatch, out)
    opened = []
    from lepton_studio.gui import open_folder

    monkeypatch.setattr(open_folder.QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    with qtbot.waitSignal(page.job_exporter.exported, timeout=30_000) as signal:
        page.export_job_button.click()
        assert page.job_exporter.busy and not page.export_job_button.isEnabled()
    summary = signal.args[0]
    assert summary.folder == out.resolve()
    assert (out / "My_Shapes.lepton").is_file() and (out / "run_multi_node.sh").is_file()
    assert summary.images_copied == len(page.project.dataset.items)
    assert len(list((out / "data").rglob("*.png"))) == summary.images_copied
    job = load_project(out / "My_Shapes.lepton")
    assert Path(job.dataset.root) == (out / "data").resolve()
    qtbot.waitUntil(lambda: not page.job_exporter.busy)
    assert page.export_job_button.isEnabled() and page.job_exporter.progress is None

    box = page.job_exporter.summary_box
    assert box.isVisible()
    text = box.text() + box.informativeText()
    for part in (str(out.resolve()), "run_single_gpu.sh", "run_multi_gpu.sh",
                 "run_multi_node.sh", "My_Shapes.lepton", "Train step"):
        assert part in text
    open_button = next(b for b in box.buttons() if b.text() == "Open Folder")
    open_button.click()
    assert opened == [QUrl.fromLocalFile(str(out.resolve()))]
    assert problems_shown == []


def test_server_has_pictures_copies_none(qtbot, monkeypatch, tmp_path, make_project, open_train,
                                        problems_shown):
    page = open_train(make_project())
    out = tmp_path / "job"
    choose(monkeypatch, out, copy=False)
    with qtbot.waitSignal(page.job_exporter.exported, timeout=30_000) as signal:
        assert page.export_job()
    assert signal.args[0].images_copied == 0 and not (out / "data").exists()
    assert "Pictures copied" not in page.job_exporter.summary_box.text()


def test_non_empty_folder_is_refused(qtbot, monkeypatch, tmp_path, make_project, open_train,
                                     problems_shown):
    page = open_train(make_project())
    out = tmp_path / "busy"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    choose(monkeypatch, out)
    assert not page.export_job()
    assert [p.code for p in problems_shown] == [P.JOB_FOLDER_NOT_EMPTY]
    assert str(out) in problem_sentence(problems_shown[0])
    assert "not empty" in problem_sentence(problems_shown[0])
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    assert page.job_exporter.task is None


def test_cancelled_choice_writes_nothing(qtbot, monkeypatch, tmp_path, make_project, open_train,
                                        problems_shown):
    page = open_train(make_project())
    out = tmp_path / "job"
    choose(monkeypatch, out, copy=None)
    assert not page.export_job()
    assert not out.exists() and problems_shown == []


def test_disabled_without_dataset(qtbot, monkeypatch, tmp_path, make_project, open_train,
                                  problems_shown):
    page = open_train(make_project(with_dataset=False))
    assert not page.export_job_button.isEnabled()
    assert problem_sentence(page._blocked) in page.export_job_button.toolTip()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_args, **_kw: asked.append(1) or str(tmp_path)))
    assert not page.export_job()  # e.g. from the File menu: the reason, no folder dialog
    assert asked == [] and [p.code for p in problems_shown] == [P.NO_DATASET]


def test_copy_choice_defaults_to_copying(qtbot):
    dialog = job_export.CopyChoiceDialog("/pictures")
    qtbot.addWidget(dialog)
    assert dialog.copy_images()
    dialog.server_radio.setChecked(True)
    assert not dialog.copy_images()


def test_file_menu_action_goes_to_train_and_exports(qtbot, monkeypatch, tmp_path, window,
                                                    make_project, problems_shown):
    assert not window.actions_.export_job.isEnabled()  # no project yet
    window.document.set_project(make_project(with_dataset=False))
    assert window.actions_.export_job in window.actions_.file_menu.actions()
    window.actions_.export_job.trigger()
    assert window.stack.currentWidget() is window.pages["train"]
    assert [p.code for p in problems_shown] == [P.NO_DATASET]

    window.document.set_project(make_project())
    out = tmp_path / "job"
    choose(monkeypatch, out)
    with qtbot.waitSignal(window.pages["train"].job_exporter.exported, timeout=30_000):
        window.actions_.export_job.trigger()
    assert (out / "Shapes.lepton").is_file()


def test_cancelled_export_leaves_the_folder_empty(qtbot, monkeypatch, tmp_path, make_project,
                                                  open_train, problems_shown):
    from lepton_studio.core.tasks import Cancelled
    from lepton_studio.core.training import job

    def half_written(_project, _name, out_dir, **_kwargs):
        (Path(out_dir) / "data").mkdir(parents=True)
        (Path(out_dir) / "data" / "a.png").write_bytes(b"x")
        raise Cancelled()

    monkeypatch.setattr(job, "write_training_job", half_written)
    page = open_train(make_project())
    out = tmp_path / "job"
    out.mkdir()
    choose(monkeypatch, out)
    assert page.export_job()
    page.job_exporter.progress.cancel()  # the progress dialog's Cancel
    qtbot.waitUntil(lambda: not page.job_exporter.busy, timeout=30_000)
    assert list(out.iterdir()) == [] and problems_shown == []
    assert page.job_exporter.progress is None and page.export_job_button.isEnabled()
    assert "not written" in page.shell.status.currentMessage()
