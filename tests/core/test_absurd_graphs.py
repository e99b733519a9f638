"""Absurd graphs are refused before any allocation, and checking stays linear (issue 21, 6).

A Dense layer of 4 G weights must be refused by the memory estimate before torch
allocates anything; a file of 50,000 blocks must be refused at once (the block cap), and
analysis of a long chain or a long loop must touch each wire a bounded number of times.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from lepton_studio.core import compiler, shapes
from lepton_studio.core import problems as P
from lepton_studio.core.graph import MAX_BLOCKS, Graph
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import (
    DatasetSpec,
    ImageSettings,
    Project,
    ProjectFileError,
    RunRecord,
    load_project,
    run_blob_key,
    save_project,
)

from .safety_helpers import cli as shared_cli

CLI_TIMEOUT = 120  # only a hang (or a quadratic check of 50,000 blocks) comes near this
EIGHT_GB = 8 * 10**9


def wide_dense_graph(units: int) -> Graph:
    """1024×1024 RGB -> flatten -> Dense(units) -> 2 classes: 3.1 M × units weights."""
    graph = Graph()
    graph.add_node("input", {"size": 1024, "color": "rgb"}, node_id="in")
    graph.add_node("flatten", node_id="flat")
    graph.add_node("dense", {"units": units}, node_id="dense")
    graph.add_node("output", {"classes": 2}, node_id="out")
    for source, target in (("in", "flat"), ("flat", "dense"), ("dense", "out")):
        graph.connect(source, target)
    return graph


def chain_document(count: int) -> dict:
    """Input -> (count - 3) activations -> flatten -> output, as a graph document."""
    nodes = [{"id": "in", "block": "input", "params": {"size": 8, "color": "gray"}}]
    nodes += [{"id": f"a{i}", "block": "activation"} for i in range(count - 3)]
    nodes += [{"id": "flat", "block": "flatten"}, {"id": "out", "block": "output"}]
    ids = [node["id"] for node in nodes]
    edges = [{"source": a, "target": b} for a, b in zip(ids, ids[1:])]
    return {"version": 1, "nodes": nodes, "edges": edges}


def cli(tmp_path: Path, *args) -> subprocess.CompletedProcess:
    return shared_cli(*args, home=tmp_path / "home", cwd=tmp_path, timeout=CLI_TIMEOUT)


@pytest.fixture
def no_torch_layers(monkeypatch):
    """Any attempt to build a layer fails the test: refusals must come first."""
    import torch

    def boom(*args, **kwargs):
        raise AssertionError("a layer was built before the refusal")

    monkeypatch.setattr(torch.nn.Linear, "__init__", boom)
    monkeypatch.setattr(torch.nn.Flatten, "__init__", boom)


# --- memory: 4 G weights -------------------------------------------------------------------------

def test_a_4g_parameter_dense_is_refused_by_analysis(monkeypatch):
    monkeypatch.setattr(shapes, "physical_memory_bytes", lambda: EIGHT_GB)
    analysis = shapes.analyse(wide_dense_graph(1366))
    assert analysis.total_params > 4 * 10**9
    assert [p.code for p in analysis.errors] == [P.MODEL_TOO_LARGE]


def test_build_model_refuses_it_before_torch_allocates(monkeypatch, no_torch_layers):
    monkeypatch.setattr(shapes, "physical_memory_bytes", lambda: EIGHT_GB)
    with pytest.raises(LeptonError) as err:
        compiler.build_model(wide_dense_graph(1366))
    assert err.value.code == P.MODEL_TOO_LARGE_TO_LOAD
    assert err.value.problem.values["needed_mb"] > 17_000  # 4.3 G weights of 4 bytes


def test_training_refuses_it_before_building(monkeypatch, tmp_path):
    from lepton_studio.core.training import runner

    monkeypatch.setattr(shapes, "physical_memory_bytes", lambda: EIGHT_GB)
    monkeypatch.setattr(compiler, "build_model", lambda *a, **k: pytest.fail("built"))
    project = Project.new("p", wide_dense_graph(1366))
    project.dataset = DatasetSpec(root=str(tmp_path), source="files", class_names=["a", "b"],
                                  image=ImageSettings(size=1024))
    with pytest.raises(LeptonError) as err:
        runner.run_training(project, tmp_path / "cache")
    assert err.value.code == P.MODEL_TOO_LARGE
    assert project.runs == []


def test_a_stored_run_of_4g_weights_is_refused_when_loaded(monkeypatch, no_torch_layers):
    from lepton_studio.core.checkpoints import load_run_model

    monkeypatch.setattr(shapes, "physical_memory_bytes", lambda: EIGHT_GB)
    graph = wide_dense_graph(1366)
    project = Project.new("p", graph)
    project.runs.append(RunRecord(id="run-1", graph=graph.to_dict()))
    project.blobs[run_blob_key("run-1")] = b"never read"
    with pytest.raises(LeptonError) as err:
        load_run_model(project, project.runs[0])
    assert err.value.code == P.MODEL_TOO_LARGE_TO_LOAD


def test_cli_refuses_absurd_models_with_exit_2(tmp_path):
    """206 G weights (824 GB): more than any machine has, so no memory is patched."""
    graph = wide_dense_graph(65_536)
    project = Project.new("p", graph)
    project.dataset = DatasetSpec(root=str(tmp_path), source="files", class_names=["a", "b"],
                                  image=ImageSettings(size=1024))
    project.runs.append(RunRecord(id="run-1", graph=graph.to_dict()))
    project.blobs[run_blob_key("run-1")] = b"never read"
    project.selected_run = "run-1"
    save_project(project, tmp_path / "p.lepton")
    (tmp_path / "x.png").write_bytes(b"")

    trained = cli(tmp_path, "train", "p.lepton", "--device", "cpu")
    assert trained.returncode == 2, trained.stderr
    assert "MB to train, more than this computer can spare" in trained.stderr
    predicted = cli(tmp_path, "predict", "p.lepton", "x.png")
    assert predicted.returncode == 2, predicted.stderr
    assert "so it was not built" in predicted.stderr
    for result in (trained, predicted):
        assert "Internal error" not in result.stderr


# --- size: 50,000 blocks ------------------------------------------------------------------------

def test_a_graph_beyond_the_block_cap_is_refused_on_load_and_on_edit():
    with pytest.raises(LeptonError) as err:
        Graph.from_dict(chain_document(50_000))
    assert err.value.code == P.GRAPH_TOO_LARGE
    assert err.value.problem.values == {"count": 50_000, "maximum": MAX_BLOCKS}

    graph = Graph.from_dict(chain_document(MAX_BLOCKS))  # the cap itself is fine
    with pytest.raises(LeptonError) as err:
        graph.add_node("activation")
    assert err.value.code == P.GRAPH_TOO_LARGE
    assert len(graph) == MAX_BLOCKS


def _write_project(path: Path, graph_doc: dict) -> Path:
    doc = Project.new("p").to_dict() | {"graph": graph_doc}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.json", json.dumps(doc))
    return path


def test_a_project_of_50000_blocks_is_refused_by_load_and_by_the_cli(tmp_path):
    path = _write_project(tmp_path / "huge.lepton", chain_document(50_000))
    assert path.stat().st_size < 5_000_000
    with pytest.raises(ProjectFileError) as err:
        load_project(path)
    assert err.value.code == P.GRAPH_TOO_LARGE
    result = cli(tmp_path, "info", path)
    assert result.returncode == 2, result.stderr
    assert "The model has 50000 blocks; Lepton Studio handles at most 2000." in result.stderr


# --- linear analysis ------------------------------------------------------------------------------

class _CountingDict(dict):
    reads = 0

    def __getitem__(self, key):
        _CountingDict.reads += 1
        return super().__getitem__(key)


@pytest.fixture
def wire_reads(monkeypatch):
    """How often analysis looks up a node's wires (each lookup is one dict read)."""
    original = shapes._Wiring.__init__

    def counting(self, graph):
        original(self, graph)
        self.outgoing, self.incoming = _CountingDict(self.outgoing), _CountingDict(self.incoming)

    monkeypatch.setattr(shapes._Wiring, "__init__", counting)
    _CountingDict.reads = 0
    return _CountingDict


def test_a_chain_of_1500_blocks_is_analysed_in_linear_work(wire_reads):
    graph = Graph.from_dict(chain_document(1_500))
    analysis = shapes.analyse(graph, memory_bytes=None)
    assert analysis.valid and len(analysis.order) == 1_500
    assert wire_reads.reads < 10 * 1_500  # a quadratic pass would read ~2 million times
    assert len(compiler.plan(graph, analysis)) == 1_499


def test_a_loop_of_1500_blocks_is_found_in_linear_work(wire_reads):
    ids = [f"a{i}" for i in range(1_500)]
    doc = {"nodes": [{"id": i, "block": "activation"} for i in ids],
           "edges": [{"source": a, "target": b} for a, b in zip(ids, ids[1:] + ids[:1])]}
    analysis = shapes.analyse(Graph.from_dict(doc), memory_bytes=None)
    assert {p.node_id for p in analysis.problems if p.code == P.CYCLE} == set(ids)
    assert wire_reads.reads < 10 * 1_500  # the former search from every node read 2.25 million


def test_cycle_members_exclude_blocks_merely_behind_a_loop():
    doc = {"nodes": [{"id": i, "block": "activation"} for i in ("a", "b", "c", "d")],
           "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "a"},
                     {"source": "b", "target": "c"}, {"source": "c", "target": "d"}]}
    analysis = shapes.analyse(Graph.from_dict(doc), memory_bytes=None)
    assert {p.node_id for p in analysis.problems if p.code == P.CYCLE} == {"a", "b"}


def test_stored_block_settings_must_have_their_json_type():
    doc = chain_document(5)
    doc["nodes"][1]["params"] = {"slope": "0.1"}  # a string where a number belongs
    with pytest.raises(LeptonError) as err:
        Graph.from_dict(doc)
    assert err.value.code == P.BAD_PARAM
    doc["nodes"][1]["params"] = {"slope": 0.1}
    assert Graph.from_dict(doc).nodes["a0"].params["slope"] == 0.1
    doc["nodes"][1]["position"] = [float("nan"), 0]
    with pytest.raises(LeptonError):
        Graph.from_dict(json.loads(json.dumps(doc)))


def test_saving_and_loading_keeps_the_wire_index(tmp_path):
    graph = Graph.from_dict(chain_document(6))
    with pytest.raises(LeptonError):
        graph.connect("in", "a0")  # already wired
    graph.disconnect(graph.edges[0])
    graph.connect("in", "a0")
    fresh = Graph()
    fresh.load_dict(graph.to_dict())
    with pytest.raises(LeptonError):
        fresh.connect("in", "a0")
