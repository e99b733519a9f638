"""Project files: round trip, migration, and refusal of every kind of bad file."""

import errno
import json
import logging
import math
import os
import struct
import zipfile

import numpy as np
import pytest

from lepton_studio.core import project as P
from lepton_studio.core.graph import Graph
from lepton_studio.core.problems import MESSAGES, LeptonError
from lepton_studio.core.project import (
    DatasetItem,
    DatasetSpec,
    ImageSettings,
    Project,
    ProjectFileError,
    RunRecord,
    TrainingSettings,
    load_project,
    run_blob_key,
    save_project,
)


def small_graph() -> Graph:
    graph = Graph()
    ids = [graph.add_node(block).id for block in ("input", "conv2d", "globalavgpool", "output")]
    for source, target in zip(ids, ids[1:], strict=False):
        graph.connect(source, target)
    graph.move_node(ids[1], (120.0, 40.0))
    graph.set_label(ids[1], "first layer")
    return graph


def full_project() -> Project:
    project = Project.new("Cats and dogs", small_graph())
    project.dataset = DatasetSpec(
        root="/data/pets", source="folder", class_names=["cat", "dog"],
        items=[DatasetItem("cat/1.jpg", 0, "train"), DatasetItem("dog/2.png", 1, "val"),
               DatasetItem("dog/3.png", 1, "test", excluded=True),
               DatasetItem("/elsewhere/4.jpg", 0, "train")],
        image=ImageSettings(size=96, color="gray", resize="pad"), split_seed=7,
        split_ratios=(0.7, 0.2, 0.1))
    project.training = TrainingSettings(epochs=12, batch_size=None, learning_rate=3e-3,
                                        optimizer="sgd", early_stopping_patience=None, seed=3)
    history = [{"epoch": 1, "train_loss": 0.9, "val_accuracy": 0.5},
               {"epoch": 2, "train_loss": 0.5, "val_accuracy": 0.75}]
    project.runs = [RunRecord(id="run-1", name="first", created="2024-05-01T10:00:00+00:00",
                              settings=project.training.to_dict(), history=history,
                              best_epoch=2, best_val_accuracy=0.75, duration_s=12.5,
                              device="cpu", status="finished", graph=project.graph.to_dict()),
                    RunRecord(id="run-2", status="stopped")]
    project.selected_run = "run-1"
    project.blobs = {run_blob_key("run-1"): os.urandom(3000),
                     run_blob_key("run-1", "last"): b"\x00" * 100,
                     "thumbnails/strip.png": b"\x89PNG fake"}
    return project


def assert_same(a: Project, b: Project) -> None:
    assert a.name == b.name
    assert a.graph.to_dict() == b.graph.to_dict()
    assert a.dataset == b.dataset
    assert a.training == b.training
    assert a.runs == b.runs
    assert a.selected_run == b.selected_run
    assert a.blobs == b.blobs


def write_zip(path, entries, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def doc_of(project: Project) -> dict:
    return json.loads(json.dumps(project.to_dict()))


def refused(path, code):
    with pytest.raises(ProjectFileError) as err:
        load_project(path)
    assert err.value.code == code
    assert err.value.problem.values["path"] == str(path)
    assert code in MESSAGES
    return err.value


# --- round trip ---------------------------------------------------------------------------

def test_round_trip_keeps_everything(tmp_path):
    project = full_project()
    project.runs[0].history[1]["epoch"] = np.int64(2)  # numpy scalars are stored as numbers
    project.runs[0].history[1]["train_loss"] = np.float32(0.5)
    path = tmp_path / "pets.lepton"
    save_project(project, path)
    loaded = load_project(path)
    project.runs[0].history[1].update(epoch=2, train_loss=0.5)
    assert_same(project, loaded)
    assert isinstance(loaded.runs[0].history[1]["train_loss"], float)
    assert loaded.dataset.split_ratios == (0.7, 0.2, 0.1)


def test_file_layout_is_one_zip_with_json_and_blobs(tmp_path):
    path = tmp_path / "pets.lepton"
    save_project(full_project(), path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        doc = json.loads(archive.read("project.json"))
    assert names[0] == "project.json"
    assert "blobs/runs/run-1/best.safetensors" in names
    assert doc["format"] == "lepton-studio-project" and doc["version"] == P.CURRENT_VERSION
    assert doc["runs"][0]["history"][0]["val_accuracy"] == 0.5


def test_new_project_round_trips_with_defaults(tmp_path):
    project = Project.new("Empty")
    assert project.dataset is None and project.runs == [] and project.blobs == {}
    assert project.training == TrainingSettings()
    save_project(project, tmp_path / "empty.lepton")
    assert_same(project, load_project(tmp_path / "empty.lepton"))


def test_training_defaults_leave_choices_to_the_data():
    settings = TrainingSettings()
    assert (settings.epochs, settings.batch_size, settings.learning_rate) == (None, None, None)
    assert settings.optimizer == "adamw" and settings.schedule == "onecycle"
    assert settings.augment == "light" and settings.early_stopping_patience == 5
    assert settings.label_smoothing == 0.1 and settings.weight_decay == 5e-4
    assert settings.device == "auto" and settings.seed == 0


def test_nan_in_a_history_survives(tmp_path):
    project = Project.new("Diverged")
    project.runs = [RunRecord(id="r", history=[{"epoch": 1, "train_loss": float("nan")}])]
    save_project(project, tmp_path / "p.lepton")
    assert math.isnan(load_project(tmp_path / "p.lepton").runs[0].history[0]["train_loss"])


def test_remove_run_drops_its_blobs_and_selection():
    project = full_project()
    project.remove_run("run-1")
    assert [run.id for run in project.runs] == ["run-2"]
    assert set(project.blobs) == {"thumbnails/strip.png"}
    assert project.selected_run is None and project.run("run-1") is None


def test_dataset_resolves_relative_and_absolute_paths():
    spec = full_project().dataset
    assert spec.resolve("cat/1.jpg").as_posix() == "/data/pets/cat/1.jpg"
    assert spec.resolve("/elsewhere/4.jpg").as_posix() == "/elsewhere/4.jpg"
    assert [item.path for item in spec.items_in("test")] == []
    assert [item.path for item in spec.items_in("test", include_excluded=True)] == ["dog/3.png"]


# --- saving safely -------------------------------------------------------------------------

def test_crash_during_save_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "pets.lepton"
    save_project(Project.new("Old"), path)
    before = path.read_bytes()
    real_writestr = zipfile.ZipFile.writestr
    calls = []

    def crash_on_second_entry(self, info, data, *args, **kwargs):
        calls.append(info)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return real_writestr(self, info, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", crash_on_second_entry)
    with pytest.raises(RuntimeError):
        save_project(full_project(), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pets.lepton"]


def test_failed_replace_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "pets.lepton"
    save_project(Project.new("Old"), path)
    before = path.read_bytes()

    def broken(src, dst):
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        save_project(full_project(), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pets.lepton"]


def test_full_disk_during_save_is_disk_full(tmp_path, monkeypatch):
    path = tmp_path / "pets.lepton"
    save_project(Project.new("Old"), path)
    before = path.read_bytes()

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(LeptonError) as err:
        save_project(full_project(), path)
    assert err.value.code == "disk_full" and err.value.problem.values["path"] == str(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pets.lepton"]


@pytest.mark.parametrize("key", ["../escape", "/abs", "a\\b", "runs//x", "runs/x/"])
def test_save_refuses_bad_blob_keys(tmp_path, key):
    project = Project.new("Bad")
    project.blobs[key] = b"x"
    with pytest.raises(ValueError):
        save_project(project, tmp_path / "bad.lepton")
    assert not (tmp_path / "bad.lepton").exists()


def test_save_refuses_what_load_would_refuse(tmp_path, monkeypatch):
    monkeypatch.setattr(P, "MAX_BLOB_BYTES", 100)
    project = Project.new("Big")
    project.blobs["big.bin"] = b"x" * 101
    with pytest.raises(ProjectFileError) as err:
        save_project(project, tmp_path / "big.lepton")
    assert err.value.code == "project_too_large"


# --- refusals ------------------------------------------------------------------------------

def test_missing_file_is_not_found(tmp_path):
    refused(tmp_path / "nope.lepton", "project_not_found")


def test_permission_denied_is_unreadable(tmp_path, monkeypatch):
    path = tmp_path / "p.lepton"
    save_project(Project.new("P"), path)

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(zipfile, "ZipFile", denied)
    refused(path, "project_unreadable")


def test_a_folder_is_refused(tmp_path):
    assert refused(tmp_path, "project_corrupt")


def test_not_a_zip_is_corrupt(tmp_path):
    path = tmp_path / "p.lepton"
    path.write_bytes(b"this is a text file, not a project\n" * 10)
    assert "zip" in refused(path, "project_corrupt").problem.values["reason"]


def test_truncated_file_is_corrupt(tmp_path):
    path = tmp_path / "p.lepton"
    save_project(full_project(), path)
    path.write_bytes(path.read_bytes()[:-100])
    refused(path, "project_corrupt")


def test_damaged_entry_is_corrupt(tmp_path):
    path = tmp_path / "p.lepton"
    write_zip(path, {"project.json": json.dumps(doc_of(Project.new("P"))),
                     "blobs/w.bin": b"A" * 1000}, zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    offset = data.index(b"A" * 1000)
    data[offset + 500] = ord("B")  # CRC no longer matches
    path.write_bytes(bytes(data))
    assert "damaged" in refused(path, "project_corrupt").problem.values["reason"]


def test_missing_project_json_is_corrupt(tmp_path):
    path = write_zip(tmp_path / "p.lepton", {"blobs/x.bin": b"x"})
    assert "project.json" in refused(path, "project_corrupt").problem.values["reason"]


@pytest.mark.parametrize("text", ["{not json", "[1, 2, 3]", "\xff\xfe".encode("latin-1"), ""])
def test_invalid_json_is_corrupt(tmp_path, text):
    path = write_zip(tmp_path / "p.lepton", {"project.json": text})
    refused(path, "project_corrupt")


@pytest.mark.parametrize("doc", [
    {"format": "something-else", "version": 1},
    {"version": 1, "name": "no format"},
    {"format": "lepton-studio-project"},
    {"format": "lepton-studio-project", "version": "1"},
    {"format": "lepton-studio-project", "version": True},
])
def test_wrong_format_or_version_is_corrupt(tmp_path, doc):
    path = write_zip(tmp_path / "p.lepton", {"project.json": json.dumps(doc)})
    refused(path, "project_corrupt")


@pytest.mark.parametrize("change,reason_part", [
    (lambda d: d["dataset"]["items"][0].update(split="holdout"), "split"),
    (lambda d: d["dataset"]["items"][0].update(label=5), "label"),
    (lambda d: d["dataset"]["items"][0].update(label=True), "label"),
    (lambda d: d["dataset"].update(class_names="cat"), "class_names"),
    (lambda d: d["dataset"].update(image={"size": 0}), "size"),
    (lambda d: d["training"].update(epochs="ten"), "epochs"),
    (lambda d: d["runs"][0].update(history=[1, 2]), "history"),
    (lambda d: d["runs"][0].update(id="../evil"), "id"),
    (lambda d: d["runs"][1].update(id="run-1"), "same id"),
    (lambda d: d.update(runs={}), "runs"),
    (lambda d: d.update(graph={"nodes": 5}), "graph"),
    (lambda d: d.update(graph={"nodes": [], "edges": ["a"]}), "graph"),
])
def test_wrong_values_are_corrupt(tmp_path, change, reason_part):
    doc = doc_of(full_project())
    change(doc)
    path = write_zip(tmp_path / "p.lepton", {"project.json": json.dumps(doc)})
    assert reason_part in refused(path, "project_corrupt").problem.values["reason"]


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "..\\..\\evil.txt",
                                  "blobs/../../evil", "C:/Windows/evil", "blobs//x", "./project.json"])
def test_unsafe_entry_names_are_refused(tmp_path, name):
    path = tmp_path / "p.lepton"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.json", json.dumps(doc_of(Project.new("P"))))
        archive.writestr(zipfile.ZipInfo(name), b"payload")
    err = refused(path, "project_unsafe_entry")
    assert err.problem.values["entry"]


def test_duplicate_entries_are_refused(tmp_path):
    path = tmp_path / "p.lepton"
    with pytest.warns(UserWarning):  # zipfile warns about the duplicate name
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("project.json", json.dumps(doc_of(Project.new("P"))))
            archive.writestr("project.json", json.dumps(doc_of(Project.new("Q"))))
    refused(path, "project_corrupt")


def test_encrypted_entries_are_refused(tmp_path):
    path = write_zip(tmp_path / "p.lepton", {"project.json": json.dumps(doc_of(Project.new("P"))),
                                             "blobs/secret.bin": b"data"})
    data = bytearray(path.read_bytes())
    central = data.rindex(b"PK\x01\x02")  # directory record of blobs/secret.bin
    data[central + 8] |= 0x1  # general purpose flag bit 0: encrypted
    path.write_bytes(bytes(data))
    assert "encrypted" in refused(path, "project_corrupt").problem.values["reason"]


def test_too_many_entries_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(P, "MAX_ENTRIES", 20)
    entries = {"project.json": json.dumps(doc_of(Project.new("P")))}
    entries.update({f"blobs/{i}.bin": b"x" for i in range(20)})
    refused(write_zip(tmp_path / "p.lepton", entries), "project_too_large")
    del entries["blobs/0.bin"]
    assert len(load_project(write_zip(tmp_path / "ok.lepton", entries)).blobs) == 19


def test_declared_size_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    path = write_zip(tmp_path / "p.lepton", {"project.json": json.dumps(doc_of(Project.new("P"))),
                                             "blobs/w.bin": b"x" * 10})
    data = bytearray(path.read_bytes())
    central = data.rindex(b"PK\x01\x02")  # the last entry in the zip directory: blobs/w.bin
    struct.pack_into("<I", data, central + 24, 0xFFFFFF00)  # claims ~4 GiB uncompressed
    path.write_bytes(bytes(data))
    opened = []
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: opened.append(a) or 1 / 0)
    refused(path, "project_too_large")
    assert opened == []  # refused from the directory alone


def test_total_size_is_limited(tmp_path, monkeypatch):
    monkeypatch.setattr(P, "MAX_TOTAL_BYTES", 5000)
    path = write_zip(tmp_path / "p.lepton", {"project.json": json.dumps(doc_of(Project.new("P"))),
                                             "blobs/a.bin": os.urandom(3000),
                                             "blobs/b.bin": os.urandom(3000)})
    refused(path, "project_too_large")


def test_zip_bomb_ratio_is_refused(tmp_path):
    path = write_zip(tmp_path / "p.lepton", {"project.json": json.dumps(doc_of(Project.new("P"))),
                                             "blobs/bomb.bin": b"\0" * (8 * 2**20)})
    assert "compressed" in refused(path, "project_too_large").problem.values["reason"]


def test_bytes_read_are_limited_to_the_declared_size(tmp_path):
    path = write_zip(tmp_path / "p.lepton", {"project.json": json.dumps(doc_of(Project.new("P"))),
                                             "blobs/w.bin": b"y" * 5000})
    data = bytearray(path.read_bytes())
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        header = data.rindex(signature)
        struct.pack_into("<I", data, header + size_offset, 10)  # declares 10 bytes only
    path.write_bytes(bytes(data))
    refused(path, "project_corrupt")


# --- versions ------------------------------------------------------------------------------

def v0_document(graph_dict):
    return {
        "version": 0,
        "name": "Old pets",
        "graph": graph_dict,
        "dataset": {
            "root": "/data/pets", "source": "folder", "class_names": ["cat", "dog"],
            "labels": {"cat/1.jpg": 0, "cat/2.jpg": 0, "dog/3.jpg": 1, "dog/4.jpg": 1},
            "train": ["cat/1.jpg", "dog/3.jpg"], "val": ["cat/2.jpg"], "test": ["dog/4.jpg"],
            "excluded": ["cat/2.jpg"], "image_size": 48, "split_seed": 11,
        },
        "train_settings": {"epochs": 4, "lr": 0.01, "optimizer": "adam"},
        "runs": [{"id": "r0", "name": "old run", "history": [{"epoch": 1, "val_accuracy": 0.6}],
                  "best_epoch": 1, "best_val_accuracy": 0.6, "status": "finished"}],
        "selected_run": "r0",
    }


def test_version_0_file_is_migrated(tmp_path):
    graph = small_graph()
    path = write_zip(tmp_path / "old.lepton", {
        "project.json": json.dumps(v0_document(graph.to_dict())),
        "blobs/runs/r0/best.safetensors": b"weights"})
    project = load_project(path)
    assert project.name == "Old pets"
    assert project.graph.to_dict() == graph.to_dict()
    assert project.dataset.items == [
        DatasetItem("cat/1.jpg", 0, "train"), DatasetItem("dog/3.jpg", 1, "train"),
        DatasetItem("cat/2.jpg", 0, "val", excluded=True), DatasetItem("dog/4.jpg", 1, "test")]
    assert project.dataset.image == ImageSettings(size=48)
    assert project.dataset.split_seed == 11
    assert project.training == TrainingSettings(epochs=4, learning_rate=0.01, optimizer="adam")
    assert project.runs[0].history == [{"epoch": 1, "val_accuracy": 0.6}]
    assert project.runs[0].graph == {} and project.selected_run == "r0"
    assert project.blobs == {"runs/r0/best.safetensors": b"weights"}
    # Saved again, it is a current-version file.
    save_project(project, tmp_path / "new.lepton")
    with zipfile.ZipFile(tmp_path / "new.lepton") as archive:
        assert json.loads(archive.read("project.json"))["version"] == P.CURRENT_VERSION


def test_broken_version_0_file_is_corrupt(tmp_path):
    doc = v0_document(small_graph().to_dict())
    del doc["dataset"]["labels"]["dog/4.jpg"]
    path = write_zip(tmp_path / "old.lepton", {"project.json": json.dumps(doc)})
    assert "version 0" in refused(path, "project_corrupt").problem.values["reason"]


def test_every_older_version_has_a_migration():
    assert sorted(P.MIGRATIONS) == list(range(P.CURRENT_VERSION))


def test_newer_version_is_refused(tmp_path):
    doc = doc_of(Project.new("Future"))
    doc["version"] = P.CURRENT_VERSION + 1
    path = write_zip(tmp_path / "future.lepton", {"project.json": json.dumps(doc)})
    err = refused(path, "project_newer")
    assert err.problem.values["file_version"] == P.CURRENT_VERSION + 1
    assert err.problem.values["our_version"] == P.CURRENT_VERSION
    assert "newer" in err.problem.message()


def test_unknown_keys_in_the_same_version_are_ignored_and_logged(tmp_path, caplog):
    doc = doc_of(full_project())
    doc["future_top_level"] = 1
    doc["training"]["future_setting"] = "x"
    doc["dataset"]["items"][0]["weight"] = 2.0
    doc["dataset"]["items"][1]["weight"] = 3.0
    path = write_zip(tmp_path / "p.lepton", {"project.json": json.dumps(doc),
                                             "notes/readme.txt": b"hi"})
    with caplog.at_level(logging.WARNING, logger="lepton_studio.core.project"):
        project = load_project(path)
    assert project.training.epochs == 12
    text = caplog.text
    assert "future_top_level" in text and "future_setting" in text and "notes/readme.txt" in text
    assert text.count("weight") == 1  # one line for all items, not one per item


def test_selected_run_that_does_not_exist_is_dropped(tmp_path):
    doc = doc_of(full_project())
    doc["selected_run"] = "gone"
    path = write_zip(tmp_path / "p.lepton", {"project.json": json.dumps(doc)})
    assert load_project(path).selected_run is None


def test_unknown_blocks_are_the_graphs_business(tmp_path):
    doc = doc_of(full_project())
    doc["graph"]["nodes"][1]["block"] = "quantum_layer"
    path = write_zip(tmp_path / "p.lepton", {"project.json": json.dumps(doc)})
    err = refused(path, "unknown_block")  # the graph's code, as a ProjectFileError
    assert err.problem.values["block"] == "quantum_layer"


def test_loading_never_unpickles(tmp_path, monkeypatch):
    import pickle

    def forbidden(*args, **kwargs):
        raise AssertionError("unpickling")

    monkeypatch.setattr(pickle, "loads", forbidden)
    monkeypatch.setattr(pickle, "load", forbidden)
    path = tmp_path / "p.lepton"
    save_project(full_project(), path)
    blob = pickle.dumps({"evil": True})
    project = load_project(path)
    project.blobs["x.pkl"] = blob
    save_project(project, path)
    assert load_project(path).blobs["x.pkl"] == blob  # bytes stay bytes
