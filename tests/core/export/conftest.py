"""Small projects for the export tests: generated pictures, weights without training.

A freshly initialised network gives nearly the same probabilities for every picture,
which would make a parity test weak. ``make_project`` rescales the classifier so each
class's score is standardised over the project's pictures: the predicted class then
varies from picture to picture, and a decoding difference moves the probabilities far
more than the 1e-4 tolerance.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lepton_studio.core.checkpoints import state_to_bytes
from lepton_studio.core.export.manifest import MANIFEST, sha256_of
from lepton_studio.core.project import (
    DatasetItem,
    DatasetSpec,
    ImageSettings,
    Project,
    RunRecord,
    run_blob_key,
)
from lepton_studio.core.templates import make_template

CLASSES = ("circle", "square", "triangle")
SPLIT_CYCLE = ("train", "train", "val", "test")


def write_pictures(root: Path, classes=CLASSES, per_class: int = 8, seed: int = 0) -> list[DatasetItem]:
    """Random-texture pictures of varied, odd sizes; items split train/train/val/test."""
    rng = np.random.default_rng(seed)
    items = []
    for label, name in enumerate(classes):
        (root / name).mkdir(parents=True, exist_ok=True)
        for index in range(per_class):
            h, w = int(rng.integers(20, 60)), int(rng.integers(20, 60))
            pixels = rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
            pixels[:, :, label] = np.clip(pixels[:, :, label].astype(int) + 80, 0, 255)
            Image.fromarray(pixels).save(root / name / f"{index:02d}.png")
            items.append(DatasetItem(f"{name}/{index:02d}.png", label,
                                     SPLIT_CYCLE[index % len(SPLIT_CYCLE)]))
    return items


def make_project(root: Path, image: ImageSettings | None = None, template: str = "small-cnn",
                 seed: int = 0, per_class: int = 8, spread: float = 2.0) -> Project:
    """A project with one run whose weights are fresh but rescaled (see module doc)."""
    import torch

    from lepton_studio.core.compiler import build_model
    from lepton_studio.core.data.decode import preprocess_file, to_model_input

    image = image or ImageSettings(32, "rgb", "stretch")
    items = write_pictures(Path(root) / "pictures", per_class=per_class, seed=seed)
    dataset = DatasetSpec(str(Path(root) / "pictures"), "folder", list(CLASSES), items, image)
    graph = make_template(template, image.color, image.size, len(CLASSES))
    torch.manual_seed(seed)
    network = build_model(graph).eval()
    pixels = np.stack([preprocess_file(dataset.resolve(item.path), image.size, image.color,
                                       image.resize) for item in items])
    with torch.no_grad():
        logits = network(torch.from_numpy(to_model_input(pixels)))
        mean, std = logits.mean(0), logits.std(0).clamp_min(1e-6)
        output = network.layers[network.layer_names()[-1]]
        # Standardise each class's score over the pictures, then spread it: the model's
        # choice now varies from picture to picture and is far from saturated.
        output.weight.mul_((spread / std)[:, None])
        output.bias.sub_(mean).mul_(spread / std)
    project = Project.new("Shapes test", graph)
    project.dataset = dataset
    run = RunRecord(id="run-1", name="first", graph=graph.to_dict(), best_val_accuracy=0.5,
                    best_epoch=1)
    project.runs.append(run)
    project.selected_run = run.id
    project.blobs[run_blob_key(run.id, "best")] = state_to_bytes(network.state_dict())
    return project


def rewrite_manifest_entry(folder: Path, name: str) -> None:
    """Make the manifest agree with a file changed on purpose (to reach deeper checks)."""
    path = Path(folder) / MANIFEST
    doc = json.loads(path.read_text("utf-8"))
    doc["files"][name] = {"bytes": (Path(folder) / name).stat().st_size,
                          "sha256": sha256_of(Path(folder) / name)}
    path.write_text(json.dumps(doc), "utf-8")


def special_pictures(folder: Path, seed: int = 1) -> dict[str, Path]:
    """The awkward inputs of real folders: odd sizes, grey, RGBA, EXIF rotation, palette
    with transparency, 16-bit grey, CMYK JPEG."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)

    def texture(h, w, c=3):
        return rng.integers(0, 256, (h, w, c), dtype=np.uint8)

    out = {}
    out["rgb_odd"] = folder / "rgb_odd.png"
    Image.fromarray(texture(37, 61)).save(out["rgb_odd"])
    out["rgb_jpeg_large"] = folder / "rgb_large.jpg"
    Image.fromarray(texture(301, 203)).resize((406, 602)).save(out["rgb_jpeg_large"], quality=90)
    out["gray"] = folder / "gray.png"
    Image.fromarray(texture(45, 29, 1)[:, :, 0], "L").save(out["gray"])
    rgba = texture(40, 52, 4)
    rgba[:20, :, 3] = 0  # a transparent band: must become white, not black
    out["rgba"] = folder / "rgba.png"
    Image.fromarray(rgba, "RGBA").save(out["rgba"])
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise when displayed
    out["exif_rotated"] = folder / "exif_rotated.jpg"
    Image.fromarray(texture(30, 70)).save(out["exif_rotated"], exif=exif, quality=95)
    palette = Image.fromarray(texture(33, 47)).convert("P", palette=Image.Palette.ADAPTIVE)
    out["palette_transparent"] = folder / "palette.png"
    palette.save(out["palette_transparent"], transparency=0)
    deep = (rng.integers(0, 65536, (27, 35))).astype(np.uint16)
    out["gray16"] = folder / "gray16.png"
    Image.fromarray(deep).save(out["gray16"])
    out["cmyk"] = folder / "cmyk.jpg"
    Image.fromarray(texture(24, 40)).convert("CMYK").save(out["cmyk"])
    out["tiny"] = folder / "tiny.bmp"
    Image.fromarray(texture(3, 5)).save(out["tiny"])
    return out


# --- fixtures (tests run with --import-mode=importlib: helpers come through fixtures) ---


@pytest.fixture(scope="session")
def project_factory():
    """``project_factory(root, image=None, template="small-cnn", ...) -> Project``."""
    return make_project


@pytest.fixture(scope="session")
def pictures_factory():
    """``pictures_factory(folder) -> {kind: path}`` of awkward picture files."""
    return special_pictures


@pytest.fixture(scope="session")
def rewrite_manifest():
    """``rewrite_manifest(folder, name)``: make manifest.json agree with a changed file."""
    return rewrite_manifest_entry
