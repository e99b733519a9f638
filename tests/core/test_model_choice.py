"""The rule behind "Let my pictures decide": transfer learning for small classes, if installed."""

from lepton_studio.core import model_choice as M
from lepton_studio.core.project import DatasetItem, DatasetSpec, ImageSettings


def test_small_classes_with_pretrained_weights_get_transfer_learning():
    pick = M.recommend_model([40, 60], pretrained_installed=True)
    assert pick.template_id == "transfer"
    assert pick.reason == M.REASON_SMALL_PRETRAINED
    assert pick.values == {"count": 50}
    assert "about 50 pictures" in pick.reason.format(**pick.values)


def test_small_classes_without_weights_get_the_small_cnn_and_say_why():
    pick = M.recommend_model([40, 60], pretrained_installed=False)
    assert pick.template_id == "small-cnn"
    assert pick.reason == M.REASON_SMALL_NO_WEIGHTS


def test_enough_pictures_get_the_small_cnn_even_with_weights():
    pick = M.recommend_model([100, 300], pretrained_installed=True)
    assert pick.template_id == "small-cnn"
    assert pick.reason == M.REASON_ENOUGH
    assert pick.values == {"count": 200}


def test_the_limit_is_an_average_over_classes_that_have_pictures():
    assert M.average_per_class([0, 99, 101]) == 100
    assert M.recommend_model([0, 99, 101], True).template_id == "small-cnn"
    assert M.recommend_model([0, 98, 101], True).template_id == "transfer"


def test_every_recommended_template_exists():
    from lepton_studio.core.templates import TEMPLATES

    for counts in ([5, 5], [500, 500]):
        for installed in (True, False):
            assert M.recommend_model(counts, installed).template_id in TEMPLATES


def test_dataset_counts_leave_excluded_pictures_out():
    items = [DatasetItem(f"a{i}.png", 0, "train") for i in range(3)]
    items += [DatasetItem("b0.png", 1, "train"), DatasetItem("b1.png", 1, "val", excluded=True)]
    dataset = DatasetSpec("/x", "folder", ["a", "b"], items, ImageSettings(), 0, (0.8, 0.1, 0.1))
    assert M.class_counts(dataset) == [3, 1]
    assert M.recommend_for_dataset(dataset, pretrained_installed=True).template_id == "transfer"
