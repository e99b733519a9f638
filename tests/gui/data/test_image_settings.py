"""Picture size, colours and fitting change in the Data step without importing again
(issue 22, item 3): one undoable command, the model follows, the cache fills again in
the background, and the pretrained backbone's advice leads there in one click."""

from __future__ import annotations

import copy

from lepton_studio.core import problems as P
from lepton_studio.core.project import ImageSettings


def document(project) -> dict:
    doc = copy.deepcopy(project.to_dict())
    doc.pop("app_version")
    return doc


def test_picture_size_changes_without_importing_again(qtbot, window, data_page, steps,
                                                      clean_folder, tmp_path):
    dataset = steps.import_folder(data_page, clean_folder(classes=("cat", "dog"), per_class=6))
    project, browser = window.document.project, data_page.browser
    stack = window.document.undo_stack
    before, items_before = document(project), copy.deepcopy(dataset.to_dict()["items"])
    fills = []
    browser.filler.progress.connect(lambda done, total: fills.append((done, total)))

    assert browser.image_button.isEnabled() and browser.image_button.text() == "Picture Size…"
    browser.image_button.click()
    dialog = browser.image_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen() == dataset.image  # starts from the current settings
    qtbot.waitUntil(lambda: len(dialog.samples) == 3, timeout=10_000)
    assert {path.split("/")[-2] for path, _ in dialog.samples} == {"cat", "dog"}  # each class
    assert all(label.pixmap().width() > 0 for label in dialog.previews)
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData(96))
    dialog.color_radios["gray"].setChecked(True)
    dialog.resize_radios["pad"].setChecked(True)
    preview = dialog.previews[0].pixmap().toImage()
    assert preview.isGrayscale()  # the preview follows the choice
    dialog.grab().save(str(tmp_path / "image_settings.png"))
    dialog.accept()

    assert project.dataset is dataset  # the same pictures, not a new import
    assert dataset.image == ImageSettings(96, "gray", "pad")
    assert dataset.to_dict()["items"] == items_before
    node = project.graph.input_node()
    assert (node.params["size"], node.params["color"]) == (96, "gray")  # the model follows
    assert "96 × 96" in browser.summary.text()
    assert fills and fills[0] == (0, 12)  # the cache fills again, in the background
    steps.wait_idle()
    assert browser.filler.last_stats is not None and browser.filler.last_stats.requested == 12

    stack.undo()
    assert document(project) == before
    assert "96 × 96" not in browser.summary.text()
    stack.redo()
    assert dataset.image == ImageSettings(96, "gray", "pad")
    steps.wait_idle()


def test_the_backbones_advice_opens_the_size_with_224_chosen(qtbot, window, data_page, steps,
                                                             clean_folder, tmp_path):
    steps.import_folder(data_page, clean_folder(classes=("cat", "dog"), per_class=6),
                        use_transfer=True)
    project = window.document.project
    assert project.dataset.image.size < 224
    window.go_to("model")
    summary = window.pages["model"].editor.summary
    assert any(p.code == P.BACKBONE_SIZE for p in summary.analysis.problems)
    assert summary.fix_button.isVisible()
    assert summary.fix_button.text() == "Set the Picture Size to 224…"
    window.grab().save(str(tmp_path / "model_step_advice.png"))

    editor = window.pages["model"].editor
    backbone = next(n.id for n in project.graph.nodes.values() if n.block.startswith("backbone"))
    editor.reveal_node(backbone)  # the block's own advice carries the same button
    assert editor.inspector.fix_button.isVisible()
    assert editor.inspector.fix_button.text() == summary.fix_button.text()
    window.grab().save(str(tmp_path / "model_step_block_advice.png"))

    summary.fix_button.click()  # one click
    assert window.step_bar.current_step() == "data"
    dialog = window.pages["data"].browser.image_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen().size == 224
    assert "224" in dialog.note.text()
    window.grab().save(str(tmp_path / "data_step_size.png"))
    dialog.grab().save(str(tmp_path / "data_step_size_dialog.png"))
    dialog.accept()
    assert project.dataset.image.size == 224
    assert project.graph.input_node().params["size"] == 224
    window.go_to("model")
    qtbot.waitUntil(lambda: not any(p.code == P.BACKBONE_SIZE
                                    for p in summary.analysis.problems), timeout=5000)
    assert not summary.fix_button.isVisible()
    steps.wait_idle(60_000)
