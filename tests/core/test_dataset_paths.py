"""A project finds its pictures from any working folder, and after project and pictures
moved together."""

import json
import shutil
import zipfile
from pathlib import Path

from lepton_studio.core.project import load_project, save_project

from .safety_helpers import cli, small_project


def stored_dataset(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("project.json"))["dataset"]


def test_relative_data_is_stored_absolute_and_relative_to_the_project(shape_images, tmp_path):
    work = tmp_path / "work"
    (work / "out").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    shutil.move(str(shape_images(per_class=6, size=16)), work / "pics")
    made = cli("new", "out/p.lepton", "--data", "pics", home=tmp_path / "home", cwd=work)
    assert made.returncode == 0, made.stderr
    project_file = work / "out" / "p.lepton"
    dataset = stored_dataset(project_file)
    assert dataset["root"] == str(work / "pics")
    assert dataset["root_from_project"] == "../pics"
    for command in ("train", "evaluate"):
        args = (command, project_file, "--epochs", "1", "--threads", "1") if command == "train" \
            else (command, project_file)
        result = cli(*args, home=tmp_path / "home", cwd=tmp_path / "elsewhere")
        assert result.returncode == 0, (command, result.stderr)
    assert len(load_project(project_file).runs) == 1


def test_project_and_pictures_moved_together_still_train(shape_images, tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    shutil.move(str(shape_images(per_class=6, size=16)), desk / "pics")
    save_project(small_project(desk / "pics"), desk / "p.lepton")
    moved = tmp_path / "usb" / "desk-copy"
    shutil.move(str(desk), moved)  # the old absolute root is gone
    project = load_project(moved / "p.lepton")
    assert project.dataset.root == str(moved / "pics")
    assert project.dataset.resolve(project.dataset.items[0].path).is_file()
    result = cli("train", moved / "p.lepton", "--epochs", "1", "--threads", "1",
                 home=tmp_path / "home", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert stored_dataset(moved / "p.lepton")["root"] == str(moved / "pics")  # where they are now


def test_the_absolute_root_wins_while_it_exists(shape_images, tmp_path):
    pictures = shape_images(per_class=3, size=16)
    (tmp_path / "a").mkdir()
    save_project(small_project(pictures), tmp_path / "a" / "p.lepton")
    shutil.copy(tmp_path / "a" / "p.lepton", tmp_path / "p.lepton")  # the copy alone moved
    assert load_project(tmp_path / "p.lepton").dataset.root == str(pictures)


def test_an_older_file_with_a_relative_root_looks_beside_the_project(shape_images, tmp_path,
                                                                   monkeypatch):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.move(str(shape_images(per_class=3, size=16)), folder / "pics")
    project = small_project(folder / "pics")
    doc = project.to_dict()
    doc["dataset"]["root"] = "pics"  # what `new --data pics` used to store
    with zipfile.ZipFile(folder / "p.lepton", "w") as archive:
        archive.writestr("project.json", json.dumps(doc))
    monkeypatch.chdir(tmp_path)  # not the project's folder
    assert load_project(folder / "p.lepton").dataset.root == str(folder / "pics")
