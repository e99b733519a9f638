"""Grad-CAM: shape and range, the layer it picks, and that it finds the deciding patch."""

import numpy as np
import pytest

from lepton_studio.core.explain import colour_map, default_layer, grad_cam, overlay
from lepton_studio.core.graph import Graph
from lepton_studio.core.problems import LeptonError

SIZE = 32
PATCH = 8  # the bright square in the top-left corner that makes a picture class 1


def conv_graph(size=SIZE, channels="rgb", classes=2):
    graph = Graph()
    graph.add_node("input", {"size": size, "color": channels}, node_id="in")
    graph.add_node("conv2d", {"filters": 8}, node_id="c1")
    graph.add_node("activation", node_id="a1")
    graph.add_node("conv2d", {"filters": 8}, node_id="c2")
    graph.add_node("activation", node_id="a2")
    graph.add_node("globalavgpool", node_id="gap")
    graph.add_node("output", {"classes": classes}, node_id="out")
    for a, b in [("in", "c1"), ("c1", "a1"), ("a1", "c2"), ("c2", "a2"), ("a2", "gap"),
                 ("gap", "out")]:
        graph.connect(a, b)
    return graph


def patch_pictures(count, seed):
    """Dim noise; class 1 also has a bright patch in the top-left corner."""
    rng = np.random.default_rng(seed)
    labels = np.arange(count) % 2
    images = rng.integers(0, 90, (count, SIZE, SIZE, 3)).astype(np.uint8)
    images[labels == 1, :PATCH, :PATCH] = rng.integers(200, 256, (int(labels.sum()), PATCH, PATCH, 3))
    return images, labels


@pytest.fixture(scope="module")
def trained_patch_model():
    import torch

    from lepton_studio.core.compiler import build_model
    from lepton_studio.core.data.decode import to_model_input

    torch.manual_seed(0)
    model = build_model(conv_graph())
    images, labels = patch_pictures(64, seed=1)
    x, y = torch.from_numpy(to_model_input(images)), torch.from_numpy(labels)
    optimiser = torch.optim.Adam(model.parameters(), lr=0.01)
    model.train()
    for _ in range(40):
        optimiser.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), y)
        loss.backward()
        optimiser.step()
    model.eval()
    with torch.no_grad():
        accuracy = (model(x).argmax(1) == y).float().mean().item()
    assert accuracy == 1.0, "the tiny model should learn the patch rule"
    return model


def test_heat_map_shape_range_and_dtype():
    from lepton_studio.core.compiler import build_model

    model = build_model(conv_graph())
    image = np.random.default_rng(0).integers(0, 256, (SIZE, SIZE, 3), dtype=np.uint8)
    for cls in (0, 1):
        heat = grad_cam(model, image, cls)
        assert heat.shape == (SIZE, SIZE) and heat.dtype == np.float32
        assert heat.min() >= 0.0 and heat.max() <= 1.0
        assert heat.max() in (0.0, 1.0)  # normalised, or nothing positive at all


def test_default_layer_is_the_last_picture_shaped_one():
    from lepton_studio.core.compiler import build_model
    from lepton_studio.core.templates import make_template

    image = np.zeros((SIZE, SIZE, 3), np.uint8)
    assert default_layer(build_model(conv_graph()), image) == "activation_2"
    small_cnn = build_model(make_template("small-cnn", "rgb", SIZE, 3))
    names = small_cnn.layer_names()
    chosen = default_layer(small_cnn, image)
    assert names.index(chosen) == names.index("globalavgpool_1") - 1


def test_pretrained_backbone_output_is_used_even_when_frozen():
    from lepton_studio.core.compiler import build_model
    from lepton_studio.core.templates import make_template

    model = build_model(make_template("transfer", "rgb", 64, 3), load_pretrained=False).eval()
    image = np.random.default_rng(1).integers(0, 256, (64, 64, 3), dtype=np.uint8)
    assert default_layer(model, image).startswith("backbone_efficientnet_lite0")
    flags = [p.requires_grad for p in model.parameters()]
    heats = [grad_cam(model, image, c) for c in range(3)]
    assert all(h.shape == (64, 64) and h.dtype == np.float32 for h in heats)
    # random head weights: some class has positive evidence somewhere, normalised to 1
    assert max(h.max() for h in heats) == pytest.approx(1.0)
    assert [p.requires_grad for p in model.parameters()] == flags
    assert not model.training


def test_graph_without_convolution_is_refused_clearly():
    from lepton_studio.core.compiler import build_model

    graph = Graph()
    graph.add_node("input", {"size": 16, "color": "gray"}, node_id="in")
    graph.add_node("flatten", node_id="f")
    graph.add_node("dense", {"units": 8}, node_id="d")
    graph.add_node("output", {"classes": 2}, node_id="out")
    for a, b in [("in", "f"), ("f", "d"), ("d", "out")]:
        graph.connect(a, b)
    with pytest.raises(LeptonError) as info:
        grad_cam(build_model(graph), np.zeros((16, 16, 1), np.uint8), 0)
    assert info.value.code == "gradcam_no_convolution"


def test_wrong_picture_size_is_a_clear_error():
    from lepton_studio.core.compiler import build_model

    with pytest.raises(ValueError, match="takes"):
        grad_cam(build_model(conv_graph()), np.zeros((20, 20, 3), np.uint8), 0)


def test_heat_map_highlights_the_deciding_patch(trained_patch_model):
    images, labels = patch_pictures(16, seed=7)
    corner = np.zeros((SIZE, SIZE), bool)
    corner[:PATCH + 2, :PATCH + 2] = True
    for image in images[labels == 1]:
        heat = grad_cam(trained_patch_model, image, 1)
        inside, outside = heat[corner].mean(), heat[~corner].mean()
        assert heat[corner].sum() > heat[~corner].sum()  # most of the mass is there
        assert inside > 3 * outside, (inside, outside)
        peak = np.unravel_index(heat.argmax(), heat.shape)
        assert peak[0] < PATCH + 2 and peak[1] < PATCH + 2


def test_overlay_blends_with_opacity():
    image = np.full((4, 5, 3), 100, np.uint8)
    heat = np.linspace(0, 1, 20, dtype=np.float32).reshape(4, 5)
    assert np.array_equal(overlay(image, heat, 0.0), image)
    assert np.array_equal(overlay(image, heat, 1.0), colour_map(heat))
    half = overlay(image, heat, 0.5)
    assert half.dtype == np.uint8 and half.shape == (4, 5, 3)
    assert not np.array_equal(half, image)
    grey = overlay(np.full((4, 5, 1), 50, np.uint8), heat, 0.0)
    assert grey.shape == (4, 5, 3) and (grey == 50).all()
    with pytest.raises(ValueError):
        overlay(image, heat[:3], 0.5)


def test_colour_map_runs_cold_to_hot():
    low, high = colour_map(np.array([0.0, 1.0]))
    assert low[2] > low[0]  # blue at the bottom
    assert high[0] > high[2]  # red at the top
