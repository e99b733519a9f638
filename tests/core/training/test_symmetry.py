"""Mirror-safe augmentation: no flip unless known safe, and the automatic check decides
from the model's accuracy on mirrored / turned validation pictures."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from lepton_studio.core.data.augment import augment_batch  # noqa: E402
from lepton_studio.core.data.dataset_builder import dataset_from_scan  # noqa: E402
from lepton_studio.core.data.scan import scan  # noqa: E402
from lepton_studio.core.data.sources import from_folder  # noqa: E402
from lepton_studio.core.evaluation import evaluate_run  # noqa: E402
from lepton_studio.core.project import (  # noqa: E402
    Project,
    ProjectFileError,
    TrainingSettings,
    load_project,
    save_project,
)
from lepton_studio.core.templates import make_template  # noqa: E402
from lepton_studio.core.training import events as E  # noqa: E402
from lepton_studio.core.training import symmetry as S  # noqa: E402
from lepton_studio.core.training.runner import run_training  # noqa: E402


def write_arrows(root: Path, per_class: int = 80, size: int = 48, seed: int = 0) -> Path:
    """Left- and right-pointing arrows: each class is the other one mirrored."""
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(seed)
    for name in ("left", "right"):
        (root / name).mkdir(parents=True, exist_ok=True)
        for index in range(per_class):
            background = tuple(int(v) for v in rng.integers(0, 110, 3))
            image = Image.new("RGB", (size, size), background)
            draw = ImageDraw.Draw(image)
            colour = tuple(int(v) for v in rng.integers(150, 256, 3))
            length = int(rng.integers(size * 0.45, size * 0.75))
            half = int(rng.integers(size * 0.12, size * 0.2))  # half height of the head
            shaft = max(2, half // 2)
            x0 = int(rng.integers(2, size - length - 2))
            y = int(rng.integers(half + 2, size - half - 2))
            tip, base = (x0, x0 + 2 * half) if name == "left" else (x0 + length, x0 + length - 2 * half)
            tail = x0 + length if name == "left" else x0
            draw.rectangle([min(base, tail), y - shaft // 2, max(base, tail), y + shaft // 2], fill=colour)
            draw.polygon([(tip, y), (base, y - half), (base, y + half)], fill=colour)
            image.save(root / name / f"{name}_{index:03d}.png")
    return root


def project_of(folder: Path, name: str = "p") -> Project:
    dataset = dataset_from_scan(scan(from_folder(folder)))
    project = Project.new(name, make_template("small-cnn", dataset.image.color, dataset.image.size,
                                              len(dataset.class_names)))
    project.dataset = dataset
    return project


# --- augment_batch --------------------------------------------------------------------------

def orientation(batch):
    """Per picture, the median change across the middle of channel 0 (a left-to-right
    ramp) along x and y: (+, ~0) upright, (-, ~0) mirrored, (~0, +/-) turned a quarter.
    The median ignores the edges of a cutout square."""
    middle = batch[:, 0, 8:24, 8:24]
    return ((middle[:, :, 1:] - middle[:, :, :-1]).flatten(1).median(1).values,
            (middle[:, 1:] - middle[:, :-1]).flatten(1).median(1).values)


@pytest.mark.parametrize("preset", ["light", "strong"])
def test_presets_never_mirror_or_turn_when_off(preset):
    """Over many draws of a preset (small rotations, shifts, zooms, light, cutout) a
    picture whose brightness grows left to right still grows left to right in its middle:
    never mirrored, never turned. With mirror on about half are mirrored, with turn on
    every quarter turn appears."""
    size = 32
    ramp = torch.linspace(0, 1, size).view(1, 1, 1, size).expand(512, 1, size, size).contiguous()
    dx, dy = orientation(augment_batch(ramp, preset, torch.Generator().manual_seed(0)))
    assert bool((dx > 0).all()) and bool((dx > dy.abs()).all())
    dx, _ = orientation(augment_batch(ramp, preset, torch.Generator().manual_seed(0), mirror=True))
    assert bool((dx.abs() > 0).all()) and 180 < int((dx < 0).sum()) < 332
    dx, dy = orientation(augment_batch(ramp, preset, torch.Generator().manual_seed(0), turn=True))
    quarter = torch.stack([dx, dy, -dx, -dy], 1).argmax(1)  # 0: upright, 1/3: a quarter, 2: half
    assert set(quarter.tolist()) == {0, 1, 2, 3} and int((quarter == 0).sum()) < 200


def test_none_stays_none_whatever_mirror_and_turn_say():
    x = torch.rand((4, 3, 8, 8))
    assert augment_batch(x, "none", torch.Generator().manual_seed(0), mirror=True, turn=True) is x


# --- the decision ---------------------------------------------------------------------------

def test_decider_switches_on_only_what_keeps_the_class():
    d = S.SymmetryDecider("auto", "auto", "light", epochs=20, validation_count=50)
    assert list(d.epochs) == [5, 6, 7, 8, 9, 10]
    assert not d.wants_check(4) and d.wants_check(5)
    assert not d.decide(5, plain=0.6, mirrored=0.6, turned=0.6, chance=0.5)  # not learned yet
    assert d.wants_check(6)
    assert d.decide(6, plain=0.95, mirrored=0.93, turned=0.40, chance=0.5)
    r = d.record
    assert (r.mirror, r.mirror_reason, r.turn, r.turn_reason) == (True, S.SAFE, False, S.UNSAFE)
    assert not d.wants_check(7)
    assert r.to_dict()["plain"] == 0.95 and S.SymmetryCheck.from_dict(r.to_dict()) == r


def test_decider_gives_up_and_respects_the_users_choice():
    d = S.SymmetryDecider("auto", "yes", "light", epochs=8, validation_count=50)
    assert d.record.turn and d.record.turn_reason == S.CHOSEN and list(d.epochs) == [2, 3, 4]
    assert d.decide(4, plain=0.5, mirrored=0.5, turned=0.5, chance=0.5)  # last chance: give up
    assert not d.record.mirror and d.record.mirror_reason == S.NOT_LEARNED and d.record.turn
    assert S.SymmetryDecider("auto", "auto", "light", 8, 0).record.mirror_reason == S.NO_VALIDATION
    assert S.SymmetryDecider("auto", "auto", "light", 8, 19).record.mirror_reason == S.FEW_VALIDATION
    assert S.SymmetryDecider("yes", "yes", "none", 8, 50).record.mirror is False  # "none" is none
    assert S.SymmetryDecider("auto", "auto", "light", 2, 50).record.turn_reason == S.TOO_SHORT
    assert S.SymmetryDecider("auto", "yes", "light", 8, 50,
                             turn_available=False).record.turn_reason == S.NOT_AVAILABLE


def test_settings_round_trip_through_the_project_file(tmp_path):
    project = Project.new("p", make_template("small-cnn", "rgb", 32, 2))
    assert (project.training.mirror, project.training.turn) == ("auto", "auto")
    project.training.mirror, project.training.turn = "no", "yes"
    save_project(project, tmp_path / "p.lepton")
    loaded = load_project(tmp_path / "p.lepton")
    assert (loaded.training.mirror, loaded.training.turn) == ("no", "yes")
    assert TrainingSettings.from_dict({}).mirror == "auto"  # older files: automatic
    with pytest.raises(ProjectFileError):
        TrainingSettings.from_dict({"mirror": "sometimes"})


# --- through the normal run path ------------------------------------------------------------

def test_left_and_right_arrows_are_learned_with_the_defaults(tmp_path):
    project = project_of(write_arrows(tmp_path / "arrows", per_class=110, size=48))
    events = []
    run = run_training(project, tmp_path / "cache", on_event=events.append, threads=2,
                       settings=TrainingSettings(device="cpu"))
    check = S.symmetry_of_run(run.settings)
    # The automatic check saw mirrored (and turned) arrows point the other way: off.
    assert check.mirror is False and check.mirror_reason == S.UNSAFE
    assert check.turn is False and check.turn_reason == S.UNSAFE
    assert check.mirrored < check.plain - S.MARGIN
    assert [e.check for e in events if isinstance(e, E.SymmetryChecked)] == [run.settings["symmetry_check"]]
    accuracy = evaluate_run(project, tmp_path / "cache").metrics.accuracy
    print(f"arrows test accuracy {accuracy:.3f}; check {check}")
    assert accuracy > 0.95


def test_the_check_switches_mirroring_on_for_symmetric_shapes(shape_images, tmp_path):
    project = project_of(shape_images(per_class=100, size=24))  # circles and squares: 20 to check on
    run = run_training(project, tmp_path / "cache", threads=2,
                       settings=TrainingSettings(epochs=12, device="cpu"))
    check = S.symmetry_of_run(run.settings)
    print(f"shapes check {check}")
    assert check.epoch in S.check_epochs(12)
    assert check.mirror is True and check.mirror_reason == S.SAFE
    assert check.turn is True and check.turn_reason == S.SAFE
    assert check.plain >= check.chance + S.ABOVE_CHANCE * (1 - check.chance)


def test_cli_takes_the_choices_and_says_what_was_decided(shape_images, tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, LEPTON_STUDIO_HOME=str(tmp_path / "home"))

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "lepton_studio.cli", *map(str, args)],
                              capture_output=True, text=True, env=env, timeout=600)

    project = tmp_path / "p.lepton"
    assert cli("new", project, "--data", shape_images(per_class=10, size=16)).returncode == 0
    trained = cli("train", project, "--epochs", "2", "--threads", "1", "--mirror", "yes", "--turn", "no")
    assert trained.returncode == 0, trained.stderr
    assert "Mirrored pictures used for training (as chosen)." in trained.stdout
    assert "Turned pictures not used for training (as chosen)." in trained.stdout
    assert load_project(project).training.mirror == "auto"  # a one-off choice for this run
    info = cli("info", project)
    assert "Mirrored pictures used for training" in info.stdout
    assert cli("train", project, "--mirror", "sometimes").returncode == 2


def feature_data(mirror_swaps_class: bool, count: int = 200, seed: int = 0):
    """Cached-feature-like inputs: class 0 near +1, class 1 near -1. The "mirrored pictures'
    features" are the same rows, or (handed classes) look like the other class's."""
    from lepton_studio.core.training.trainer import TrainingData

    rng = np.random.default_rng(seed)

    def split(n):
        y = rng.integers(0, 2, n)
        x = rng.normal(0, 0.3, (n, 8, 1, 1)).astype(np.float32)
        x += np.where(y == 0, 1.0, -1.0).reshape(-1, 1, 1, 1).astype(np.float32)
        mirrored = -x if mirror_swaps_class else x.copy()
        return x, y, mirrored

    train_x, train_y, train_m = split(count)
    val_x, val_y, val_m = split(count // 4)
    return TrainingData(train_x, train_y, val_x, val_y, features=True,
                        train_x_mirrored=train_m, val_x_mirrored=val_m)


@pytest.mark.parametrize("swaps", [False, True])
def test_cached_features_mirror_only_when_the_check_says_so(swaps):
    from lepton_studio.core.training.trainer import train

    head = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(8, 2))
    result = train(None, feature_data(swaps), TrainingSettings(epochs=8, device="cpu"), model=head,
                   threads=1)
    check = S.SymmetryCheck.from_dict(result.symmetry)
    assert check.mirror is (not swaps)
    assert check.mirror_reason == (S.UNSAFE if swaps else S.SAFE)
    assert check.turn is False and check.turn_reason == S.NOT_AVAILABLE
    assert check.plain > 0.7 and (check.mirrored < 0.2 if swaps else check.mirrored > check.plain - S.MARGIN)


def test_cached_features_with_mirror_yes_train_on_the_mirrored_rows():
    """Forced on where mirroring swaps the classes: half of each batch contradicts the
    other half, so training accuracy stays near chance; proof the mirrored rows are used."""
    from lepton_studio.core.training.trainer import train

    head = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(8, 2))
    result = train(None, feature_data(True), TrainingSettings(epochs=4, device="cpu", mirror="yes"),
                   model=head, threads=1)
    assert result.symmetry["mirror"] is True and result.symmetry["mirror_reason"] == S.CHOSEN
    assert result.history[-1]["train_accuracy"] < 0.7
