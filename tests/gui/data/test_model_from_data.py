"""New Project "Let my pictures decide": the model is chosen after the import, with a reason."""

from PySide6.QtCore import Qt

from lepton_studio.gui.new_project import NewProjectDialog


def blocks(window) -> set[str]:
    return {node.block for node in window.document.project.graph.nodes.values()}


def new_from_data(window, installed: bool) -> None:
    window.model_advisor.pretrained_installed = installed
    assert window.controller.new_project("Pets", None, model_from_data=True)
    window.go_to("data")


def test_the_dialog_lets_the_pictures_decide_unless_asked(qtbot):
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    assert dialog.from_data_radio.isChecked() and dialog.model_from_data()
    assert dialog.template_id() is None
    item = dialog.template_list.item(dialog.template_list.count() - 1)
    rect = dialog.template_list.visualItemRect(item)
    qtbot.mouseClick(dialog.template_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert dialog.choose_radio.isChecked() and not dialog.model_from_data()
    assert dialog.template_id() == "transfer"


def test_small_classes_get_transfer_learning_and_the_reason(window, steps, clean_folder):
    new_from_data(window, installed=True)
    steps.import_folder(window.pages["data"], clean_folder(per_class=12), use_transfer=True)
    assert "backbone_efficientnet_lite0" in blocks(window)
    advice = window.document.model_advice
    assert advice.template_id == "transfer" and not advice.declined
    window.go_to("model")
    banner = window.pages["model"].advice
    assert banner.isVisible()
    assert "Transfer learning" in banner.text.text() and "about 12 pictures" in banner.text.text()
    assert not banner.use_button.isVisible()
    banner.close_button.click()
    assert not banner.isVisible() and window.document.model_advice is None


def test_turned_down_in_the_wizard_is_offered_not_forced(window, steps, clean_folder):
    new_from_data(window, installed=True)
    steps.import_folder(window.pages["data"], clean_folder(per_class=12), use_transfer=False)
    assert "backbone_efficientnet_lite0" not in blocks(window)
    window.go_to("model")
    banner = window.pages["model"].advice
    assert window.document.model_advice.declined
    assert banner.use_button.isVisible() and "Transfer learning" in banner.use_button.text()
    banner.use_button.click()
    assert "backbone_efficientnet_lite0" in blocks(window)
    assert not banner.use_button.isVisible()
    window.document.undo_stack.undo()  # one undo step brings the small CNN back
    assert "backbone_efficientnet_lite0" not in blocks(window)
    assert banner.use_button.isVisible()  # and the banner offers the recommendation again
    assert banner.text.text().startswith("Recommended for your pictures")


def test_without_pretrained_weights_the_small_cnn_is_used_and_said(window, steps, clean_folder):
    new_from_data(window, installed=False)
    steps.import_folder(window.pages["data"], clean_folder(per_class=12), use_transfer=True)
    assert "backbone_efficientnet_lite0" not in blocks(window)
    assert "conv2d" in blocks(window)
    advice = window.document.model_advice
    assert advice.template_id == "small-cnn" and advice.applied
    window.go_to("model")
    assert "not installed" in window.pages["model"].advice.text.text()


def test_a_chosen_template_is_left_alone(window, steps, clean_folder):
    window.model_advisor.pretrained_installed = True
    assert window.controller.new_project("Pets", "mobile")
    window.go_to("data")
    steps.import_folder(window.pages["data"], clean_folder(per_class=12), use_transfer=False)
    assert "sepconv2d" in blocks(window)
    assert window.document.model_advice is None
    window.go_to("model")
    assert not window.pages["model"].advice.isVisible()
