"""The Variations page asks whether mirrored / turned pictures keep their class, shows the
user's pictures mirrored and turned, and the answer reaches the project (undoably); the
Train step's settings show the choices and what the last run decided."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

AUGMENT = 5
SHOTS = os.environ.get("LEPTON_SHOTS")  # a folder: save what the page looks like


def write_arrows(root: Path, per_class: int = 4, size: int = 48) -> Path:
    for name in ("left", "right"):
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            image = Image.new("RGB", (size, size), (30 + 20 * i, 40, 60))
            draw = ImageDraw.Draw(image)
            y = 14 + 5 * i
            draw.rectangle([12, y - 3, 40, y + 3], fill=(240, 220, 90))
            tip, base = (6, 18) if name == "left" else (42, 30)
            draw.polygon([(tip, y), (base, y - 9), (base, y + 9)], fill=(240, 220, 90))
            image.save(root / name / f"{name}_{i}.png")
    return root


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_wizard_asks_shows_mirrored_pictures_and_stores_the_answer(window, data_page, steps, tmp_path):
    folder = write_arrows(tmp_path / "arrows")
    wizard = steps.scan_to_report(data_page, "folder", folder)
    while wizard.currentId() != AUGMENT:
        wizard.next()
    page = wizard.augment_page
    steps.qtbot.waitUntil(lambda: page.examples is not None, timeout=60000)
    mirror, turn = page.symmetry.questions["mirror"], page.symmetry.questions["turn"]
    assert mirror.choice() == "auto" and turn.choice() == "auto"
    assert "mirrored picture" in mirror.question.text()
    originals = page.examples[0]
    first, mirrored = (cell.pixmap().toImage() for cell in mirror.cells[0])
    assert not first.isNull() and not mirrored.isNull()
    # The preview is the user's own picture and its mirror image.
    w = first.width()
    assert first.pixelColor(4, w // 2) == mirrored.pixelColor(w - 5, w // 2)
    assert len(originals) == 3 and len(turn.cells[0]) == 3
    for size in ((1000, 700), (1200, 780), (1600, 1000)):  # small, first size, large
        window.resize(*size)
        steps.qtbot.wait(50)
        shot(window, f"augment_page_{size[0]}")

    mirror.radios["no"].setChecked(True)
    turn.radios["yes"].setChecked(True)
    assert (wizard.state.mirror, wizard.state.turn) == ("no", "yes")
    steps.qtbot.waitUntil(lambda: page._shown_key is not None and page._shown_key[-1] is True,
                          timeout=30000)  # the examples now include turned copies
    steps.finish(wizard)
    steps.wait_idle()
    training = window.document.project.training
    assert (training.mirror, training.turn) == ("no", "yes")
    window.document.undo_stack.undo()
    assert (training.mirror, training.turn) == ("auto", "auto")
    window.document.undo_stack.redo()
    assert (training.mirror, training.turn) == ("no", "yes")


def test_settings_panel_shows_the_choices_and_the_last_decision(settings, qtbot):
    from lepton_studio.core.project import Project, RunRecord
    from lepton_studio.core.templates import make_template
    from lepton_studio.core.training.symmetry import SAFE, UNSAFE, SymmetryCheck
    from lepton_studio.gui.training.settings_panel import SettingsPanel

    panel = SettingsPanel(settings)
    qtbot.addWidget(panel)
    project = Project.new("p", make_template("small-cnn", "rgb", 32, 2))
    panel.set_project(project)
    panel.set_advanced_visible(True)
    assert panel.mirror.currentData() == "auto" and panel.turn.currentData() == "auto"
    assert panel.mirror.itemText(0) == "Automatic (the app checks)"
    check = SymmetryCheck(mirror=True, turn=False, mirror_reason=SAFE, turn_reason=UNSAFE,
                          epoch=3, plain=0.9, mirrored=0.9, turned=0.2, chance=0.5)
    project.runs.append(RunRecord(id="run-1", settings={"symmetry_check": check.to_dict()}))
    panel.refresh_automatic()
    assert panel.mirror.itemText(0) == "Automatic (last run: used)"
    assert panel.turn.itemText(0) == "Automatic (last run: not used)"
    assert "20%" in panel.turn.toolTip()
    panel.mirror.setCurrentIndex(panel.mirror.findData("no"))
    assert project.training.mirror == "no"
    panel.resize(360, 900)
    panel.show()
    qtbot.wait(50)
    shot(panel, "settings_panel")
    assert np.isfinite(panel.height())
