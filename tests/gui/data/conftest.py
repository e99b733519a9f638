"""Folders of generated pictures (good and bad) and a Data step ready to import them."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QWizard

SOURCE, SCAN, REPORT, SPLIT, IMAGE, AUGMENT, FINISH = range(7)


def write_picture(path: Path, seed: int, size=(40, 32), mode="RGB") -> Path:
    rng = np.random.default_rng(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    arr = rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)
    image = Image.fromarray(arr)
    if mode != "RGB":
        image = image.convert(mode)
    image.save(path)
    return path


def make_clean_folder(root: Path, classes=("cat", "dog"), per_class=12, start_seed=0) -> Path:
    seed = start_seed
    for name in classes:
        for i in range(per_class):
            write_picture(root / name / f"{name}_{i:03d}.png", seed)
            seed += 1
    return root


@pytest.fixture
def picture():
    """``picture(path, seed, size=(w, h), mode="RGB")`` writes a noise PNG/JPEG."""
    return write_picture


@pytest.fixture
def clean_folder(tmp_path):
    """Factory: ``clean_folder(classes=..., per_class=...)`` -> a folder per class of PNGs."""
    counter = iter(range(1000))

    def make(**kwargs) -> Path:
        return make_clean_folder(tmp_path / f"clean{next(counter)}", **kwargs)
    return make


@pytest.fixture
def messy_folder(tmp_path) -> Path:
    """cat: 12 good, a copy, a broken JPEG, an empty PNG, a text file; dog: 12 good, a copy
    of a cat picture (label conflict), a tiny picture; bird: 1 picture; a picture outside
    any class folder; an empty class folder."""
    root = make_clean_folder(tmp_path / "messy", ("cat", "dog"), 12)
    write_picture(root / "bird" / "bird_000.png", 900)
    shutil.copy(root / "cat" / "cat_000.png", root / "cat" / "cat_copy.png")
    shutil.copy(root / "cat" / "cat_001.png", root / "dog" / "looks_like_cat.png")
    (root / "cat" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 40)
    (root / "cat" / "empty.png").write_bytes(b"")
    (root / "cat" / "notes.txt").write_text("not a picture", encoding="utf-8")
    Image.new("RGB", (8, 8), (10, 200, 10)).save(root / "dog" / "tiny.png")
    write_picture(root / "stray.png", 901)
    (root / "empty_class").mkdir()
    return root


@pytest.fixture
def messages(monkeypatch):
    """Summaries the Data step would show in a message box, recorded instead."""
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr("lepton_studio.gui.data.browser.DataBrowser.show_message",
                        lambda self, text, details: shown.append((text, details)))
    return shown


@pytest.fixture
def data_page(window):
    """A new project's Data step, shown."""
    assert window.controller.new_project("Pets", "small-cnn")
    window.go_to("data")
    return window.pages["data"]


class Steps:
    """Drives the wizard and waits for background work (helpers need qtbot and the window)."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window = qtbot, window

    def scan_to_report(self, page, kind: str = "folder", path: str = "", timeout=20000):
        """Open the wizard on ``path`` and go on until the report page shows."""
        wizard = page.start_import(kind, str(path))
        wizard.next()
        self.qtbot.waitUntil(lambda: wizard.currentId() == REPORT, timeout=timeout)
        return wizard

    def finish(self, wizard, use_transfer: bool = False) -> None:
        """From the report page to "Add to project"."""
        while wizard.currentId() != FINISH:
            wizard.next()
        wizard.finish_page.use_transfer.setChecked(use_transfer)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    def import_folder(self, page, folder, use_transfer: bool = False):
        wizard = self.scan_to_report(page, "folder", folder)
        self.finish(wizard, use_transfer)
        self.wait_idle()
        return page.project.dataset

    def wait_idle(self, timeout=20000) -> None:
        """Until no background task of the window is running."""
        self.qtbot.waitUntil(lambda: not self.window.tasks.busy, timeout=timeout)


@pytest.fixture
def steps(qtbot, window) -> Steps:
    return Steps(qtbot, window)
