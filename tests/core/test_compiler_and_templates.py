"""Compiled templates: names, real shapes, ONNX export and TorchScript tracing."""

import numpy as np
import pytest
import torch

from lepton_studio.core.compiler import build_model
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.shapes import analyse
from lepton_studio.core.templates import SCRATCH_TEMPLATES, TEMPLATES, make_template


@pytest.mark.parametrize("template", SCRATCH_TEMPLATES)
@pytest.mark.parametrize("size", [28, 37, 64, 128, 224])
@pytest.mark.parametrize("classes", [2, 10])
def test_templates_are_valid_for_any_size_and_class_count(template, size, classes):
    graph = make_template(template, "rgb", size, classes)
    analysis = analyse(graph, memory_bytes=None)
    assert analysis.valid, [p.message() for p in analysis.problems]
    assert analysis.problems == []
    assert analysis.nodes[graph.output_node().id].shape == (classes,)


@pytest.mark.parametrize("template", SCRATCH_TEMPLATES)
def test_template_compiles_with_real_shapes_and_readable_names(template):
    graph = make_template(template, "gray", 32, 4)
    analysis = analyse(graph, memory_bytes=None)
    model = build_model(graph, analysis)
    assert model(torch.rand(3, 1, 32, 32)).shape == (3, 4)
    assert sum(p.numel() for p in model.parameters()) == analysis.total_params
    names = model.layer_names()
    assert names[0] in ("conv2d_1", "sepconv2d_1") and names[-1] == "output_1"
    assert all(name in dict(model.named_children())["layers"] for name in names)


def test_building_an_invalid_graph_raises_the_problem():
    graph = make_template("small-cnn", "rgb", 32, 3)
    graph.remove_node(graph.input_node().id)
    with pytest.raises(LeptonError) as err:
        build_model(graph)
    assert err.value.code == "no_input"


def test_torchscript_trace_matches():
    model = build_model(make_template("tiny-resnet", "rgb", 32, 3)).eval()
    x = torch.rand(2, 3, 32, 32)
    traced = torch.jit.trace(model, x)
    torch.testing.assert_close(traced(x), model(x))


def test_onnx_export_runs_in_onnxruntime(tmp_path):
    import onnxruntime as ort

    model = build_model(make_template("mobile", "rgb", 40, 5)).eval()
    x = torch.rand(3, 3, 40, 40)
    path = tmp_path / "m.onnx"
    torch.onnx.export(model, (x,), path, input_names=["image"], output_names=["logits"],
                      dynamic_shapes={"x": {0: torch.export.Dim("batch")}}, dynamo=True)
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    got = session.run(None, {"image": x.numpy()})[0]
    np.testing.assert_allclose(got, model(x).detach().numpy(), atol=1e-4)


def test_every_template_is_tested_somewhere():
    assert set(TEMPLATES) == {*SCRATCH_TEMPLATES, "transfer"}
