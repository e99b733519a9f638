"""Anything opened by path may be a FIFO, a device or a huge sparse file (issue 21, 5).

Each must be refused at once with its own problem: never a hang (the CLI runs in a
subprocess with a timeout, so a hang fails the test), never gigabytes read.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lepton_studio.core import problems as P
from lepton_studio.core import safe_files
from lepton_studio.core.data import decode
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_csv
from lepton_studio.core.export.manifest import MANIFEST, MANIFEST_FORMAT, read_manifest
from lepton_studio.core.export.opening import load_predictor
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import ProjectFileError, load_project

from .safety_helpers import cli as shared_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"),
                                reason="needs FIFOs and /dev/zero (POSIX)")
CLI_TIMEOUT = 120  # generous for a loaded machine; a blocking open never returns at all


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(size)  # no data blocks: costs nothing on disk
    return path


def cli(tmp_path: Path, *args) -> subprocess.CompletedProcess:
    return shared_cli(*args, home=tmp_path / "home", cwd=tmp_path, timeout=CLI_TIMEOUT)


def refused(call, code: str) -> LeptonError:
    with pytest.raises(LeptonError) as err:
        call()
    assert err.value.code == code, err.value
    return err.value


# --- the helper ------------------------------------------------------------------------------

def test_the_helper_refuses_pipes_devices_and_oversized_files(tmp_path):
    pipe = fifo(tmp_path / "pipe")
    assert refused(lambda: safe_files.read_capped(pipe, 100), P.FILE_NOT_REGULAR
                   ).problem.values["kind"] == "a pipe"
    assert refused(lambda: safe_files.read_capped("/dev/zero", 100), P.FILE_NOT_REGULAR
                   ).problem.values["kind"] == "a device"
    big = sparse(tmp_path / "big", 10_001)
    refused(lambda: safe_files.read_capped(big, 10_000), P.FILE_TOO_LARGE)
    assert safe_files.read_capped(big, 10_001) == bytes(10_001)
    with tempfile.TemporaryDirectory(dir="/tmp") as short, socket.socket(socket.AF_UNIX) as server:
        server.bind(f"{short}/sock")  # a short path: AF_UNIX allows about 100 bytes
        assert refused(lambda: safe_files.open_regular(f"{short}/sock"), P.FILE_NOT_REGULAR
                       ).problem.values["kind"] == "a socket"
    with pytest.raises(IsADirectoryError):
        safe_files.check_regular_file(tmp_path)
    with pytest.raises(FileNotFoundError):
        safe_files.check_regular_file(tmp_path / "absent")


# --- projects ----------------------------------------------------------------------------------

@pytest.mark.parametrize("make, code", [
    (lambda d: fifo(d / "x.lepton"), P.FILE_NOT_REGULAR),
    (lambda d: Path("/dev/zero"), P.FILE_NOT_REGULAR),
])
def test_load_project_refuses_pipes_and_devices(tmp_path, make, code):
    path = make(tmp_path)
    with pytest.raises(ProjectFileError) as err:
        load_project(path)
    assert err.value.code == code and err.value.problem.values["path"] == str(path)


def test_load_project_refuses_a_sparse_file_beyond_the_cap(tmp_path, monkeypatch):
    from lepton_studio.core import project

    monkeypatch.setattr(project, "MAX_FILE_BYTES", 1_000_000)
    path = sparse(tmp_path / "huge.lepton", 1_000_001)
    with pytest.raises(ProjectFileError) as err:
        load_project(path)
    assert err.value.code == P.FILE_TOO_LARGE


# --- pictures ------------------------------------------------------------------------------------

def test_the_decoder_refuses_pipes_devices_and_huge_files(tmp_path):
    for path, kind in ((fifo(tmp_path / "x.jpg"), decode.NOT_REGULAR),
                       (Path("/dev/zero"), decode.NOT_REGULAR),
                       (sparse(tmp_path / "huge.png", decode.MAX_FILE_BYTES + 1), decode.FILE_TOO_LARGE)):
        with pytest.raises(decode.DecodeError) as err:
            decode.load_image(path)
        assert err.value.kind == kind


def test_a_scan_reports_pipes_and_huge_files_with_their_reason(tmp_path):
    good = tmp_path / "good.png"
    Image.fromarray(np.zeros((20, 20, 3), np.uint8)).save(good)
    pipe = fifo(tmp_path / "pipe.jpg")
    huge = sparse(tmp_path / "huge.jpg", decode.MAX_FILE_BYTES + 1)
    report = scan([(good, "a"), (pipe, "a"), (huge, "b"), (Path("/dev/zero"), "b")])
    assert [item.path for item in report.items] == [good]
    codes = {Path(p.values["path"]).name: p.code for p in report.problems() if "path" in p.values}
    assert codes["pipe.jpg"] == P.DATA_NOT_REGULAR
    assert codes["zero"] == P.DATA_NOT_REGULAR
    assert codes["huge.jpg"] == P.DATA_FILE_TOO_LARGE


# --- CSV ------------------------------------------------------------------------------------------

def test_a_csv_that_is_a_pipe_or_device_or_too_large_is_refused(tmp_path, monkeypatch):
    from lepton_studio.core.data import sources

    refused(lambda: from_csv(fifo(tmp_path / "x.csv")), P.FILE_NOT_REGULAR)
    refused(lambda: from_csv("/dev/zero"), P.FILE_NOT_REGULAR)
    monkeypatch.setattr(sources, "MAX_CSV_BYTES", 1000)
    refused(lambda: from_csv(sparse(tmp_path / "big.csv", 1001)), P.FILE_TOO_LARGE)


# --- exports ----------------------------------------------------------------------------------------

def _manifest(folder: Path, files: dict) -> None:
    folder.mkdir(exist_ok=True)
    (folder / MANIFEST).write_text(json.dumps({
        "format": MANIFEST_FORMAT, "version": 1, "kind": "onnx", "model_file": "model.onnx",
        "files": {name: {"bytes": 0, "sha256": "0" * 64} for name in files}}))


def test_an_export_whose_files_are_pipes_is_refused_before_hashing(tmp_path):
    folder = tmp_path / "export"
    _manifest(folder, {"model.onnx": None})
    fifo(folder / "model.onnx")
    refused(lambda: read_manifest(folder), P.FILE_NOT_REGULAR)

    other = tmp_path / "export2"
    other.mkdir()
    fifo(other / MANIFEST)
    refused(lambda: read_manifest(other), P.FILE_NOT_REGULAR)


def test_a_model_path_that_is_a_pipe_is_refused(tmp_path):
    refused(lambda: load_predictor(fifo(tmp_path / "x.lepton")), P.FILE_NOT_REGULAR)
    refused(lambda: load_predictor("/dev/zero"), P.FILE_NOT_REGULAR)


# --- the command line, end to end (a hang fails by timeout) ------------------------------------------

def test_cli_info_and_train_refuse_pipes_devices_and_sparse_projects(tmp_path):
    pipe = fifo(tmp_path / "x.lepton")
    huge = sparse(tmp_path / "huge.lepton", 5 * 2**30)  # beyond MAX_FILE_BYTES (4.25 GiB)
    for args, words in ((("info", pipe), "not an ordinary file (a pipe)"),
                        (("train", pipe), "not an ordinary file (a pipe)"),
                        (("info", "/dev/zero"), "not an ordinary file (a device)"),
                        (("info", huge), "too large to open safely"),
                        (("new", tmp_path / "p.lepton", "--data", fifo(tmp_path / "x.csv")),
                         "not an ordinary file (a pipe)")):
        result = cli(tmp_path, *args)
        assert result.returncode == 2, (args, result.stderr)
        assert words in result.stderr, (args, result.stderr)
        assert "Internal error" not in result.stderr


def test_cli_predict_reports_a_pipe_named_as_a_picture(tmp_path):
    from lepton_studio.core.checkpoints import state_to_bytes
    from lepton_studio.core.compiler import build_model
    from lepton_studio.core.project import (
        DatasetSpec,
        ImageSettings,
        Project,
        RunRecord,
        run_blob_key,
        save_project,
    )
    from lepton_studio.core.templates import make_template

    graph = make_template("small-cnn", "rgb", 32, 2)
    project = Project.new("p", graph)
    project.dataset = DatasetSpec(root=str(tmp_path), source="files", class_names=["a", "b"],
                                  image=ImageSettings(size=32))
    project.runs.append(RunRecord(id="run-1", graph=graph.to_dict()))
    project.blobs[run_blob_key("run-1")] = state_to_bytes(build_model(graph).state_dict())
    project.selected_run = "run-1"
    save_project(project, tmp_path / "p.lepton")
    good = tmp_path / "good.png"
    Image.fromarray(np.zeros((32, 32, 3), np.uint8)).save(good)

    result = cli(tmp_path, "predict", tmp_path / "p.lepton", good, fifo(tmp_path / "x.jpg"),
                 "/dev/zero")
    assert result.returncode == 2, result.stderr
    assert "good.png:" in result.stdout
    assert "“x.jpg” is not an ordinary file (a pipe)" in result.stderr
    assert "“zero” is not an ordinary file (a device)" in result.stderr
    assert "Internal error" not in result.stderr


def test_cli_train_names_a_dataset_picture_that_became_a_pipe(tmp_path):
    from lepton_studio.core.project import (
        DatasetItem,
        DatasetSpec,
        ImageSettings,
        Project,
        save_project,
    )
    from lepton_studio.core.templates import make_template

    root = tmp_path / "pictures"
    root.mkdir()
    items = []
    for label in range(2):
        for index in range(4):
            path = root / f"{label}_{index}.png"
            Image.fromarray(np.full((16, 16, 3), label * 200 + index, np.uint8)).save(path)
            items.append(DatasetItem(path.name, label, "train" if index < 3 else "val"))
    fifo(root / "x.jpg")
    items.append(DatasetItem("x.jpg", 0, "train"))
    project = Project.new("p", make_template("small-cnn", "rgb", 16, 2))
    project.dataset = DatasetSpec(root=str(root), source="files", class_names=["a", "b"],
                                  items=items, image=ImageSettings(size=16))
    save_project(project, tmp_path / "p.lepton")

    result = cli(tmp_path, "train", tmp_path / "p.lepton", "--epochs", "1", "--device", "cpu")
    assert result.returncode == 2, result.stderr
    assert "x.jpg: “x.jpg” is not an ordinary file (a pipe)" in result.stderr
    assert "Internal error" not in result.stderr


def test_the_exported_predict_script_refuses_a_manifest_that_is_a_pipe(tmp_path):
    from lepton_studio.core.export.predict_script import render_predict_script

    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "predict.py").write_text(render_predict_script("onnxruntime pillow numpy", "p", "run-1"), encoding="utf-8")
    fifo(folder / MANIFEST)
    result = subprocess.run([sys.executable, str(folder / "predict.py"), str(tmp_path)],
                            capture_output=True, text=True, timeout=CLI_TIMEOUT)
    assert result.returncode == 2, result.stderr
    assert "manifest.json is not a regular file" in result.stderr
