"""The project as an observable model (issue 20, items 2 and 4): every edit is checked,
announced to subscribers, and reverted exactly (the project JSON is identical after)."""

from __future__ import annotations

import copy

import pytest

from lepton_studio.core import problems as P
from lepton_studio.core import project_edits
from lepton_studio.core import project_events as E
from lepton_studio.core.data import edits
from lepton_studio.core.graph import Graph
from lepton_studio.core.problem_steps import DATA, IMAGE_SETTINGS, MODEL, problem_fix, problem_step
from lepton_studio.core.problems import LeptonError, Problem
from lepton_studio.core.project import (
    DatasetItem,
    DatasetSpec,
    ImageSettings,
    Project,
    RunRecord,
    TrainingSettings,
)
from lepton_studio.core.shapes import analyse
from lepton_studio.core.templates import make_template


def small_project() -> Project:
    items = [DatasetItem(f"a/{i}.png", 0, "train") for i in range(3)]
    items += [DatasetItem(f"b/{i}.png", 1, "val") for i in range(2)]
    dataset = DatasetSpec(root="/data", source="folder", class_names=["a", "b"], items=items,
                          image=ImageSettings(size=32))
    project = Project.new("p", make_template("small-cnn", "rgb", 32, 2))
    project.dataset = dataset
    return project


def document(project: Project) -> dict:
    doc = copy.deepcopy(project.to_dict())
    doc.pop("app_version")
    return doc


EDITS = {
    "exclude": lambda p: project_edits.edit_dataset(p, lambda d: edits.set_excluded(d, [0, 3], True), E.EXCLUDED),
    "move": lambda p: project_edits.edit_dataset(p, lambda d: edits.move_items(d, [1], 1), E.RELABELLED),
    "add class": lambda p: project_edits.edit_dataset(p, lambda d: edits.add_class(d, "c"), E.CLASSES),
    "merge": lambda p: project_edits.edit_dataset(p, lambda d: edits.merge_classes(d, 0, 1), E.CLASSES),
    "add items": lambda p: project_edits.edit_dataset(
        p, lambda d: edits.add_items(d, [("/data/c/1.png", "c"), ("/data/c/2.png", "c")]), E.ITEMS),
    "image": lambda p: project_edits.change_image_settings(p, ImageSettings(96, "gray", "pad")),
    "learning rate": lambda p: project_edits.change_training(p, learning_rate=0.00123),
    "several settings": lambda p: project_edits.change_training(p, epochs=7, optimizer="sgd", seed=3),
    "defaults": lambda p: project_edits.restore_default_training(p),
    "import with template": lambda p: project_edits.import_dataset(
        p, DatasetSpec("/other", "folder", ["x", "y", "z"], [DatasetItem("x/1.png", 0, "train")],
                       ImageSettings(224)), "strong", "transfer", ("no", "yes")),
    "import keeping the model": lambda p: project_edits.import_dataset(
        p, DatasetSpec("/other", "folder", ["x", "y", "z"], [DatasetItem("x/1.png", 0, "train")],
                       ImageSettings(48, "gray")), None, None, None),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_each_edit_is_announced_and_reverted_exactly(name):
    project = small_project()
    project.training = TrainingSettings(epochs=3, learning_rate=0.01, augment="none")
    before = document(project)
    events = []
    project.subscribe(events.append)
    project.graph.subscribe(events.append)
    revert = EDITS[name](project)
    assert document(project) != before
    assert events, "the edit was not announced"
    changed = len(events)
    revert()
    assert document(project) == before
    assert len(events) > changed, "the revert was not announced"


def test_the_model_follows_a_new_image_size_and_class_count():
    project = small_project()
    project_edits.change_image_settings(project, ImageSettings(96, "gray", "crop"))
    node = project.graph.input_node()
    assert (node.params["size"], node.params["color"]) == (96, "gray")
    project_edits.edit_dataset(project, lambda d: edits.add_class(d, "c"), E.CLASSES)
    assert project.graph.output_node().params["classes"] == 3


def test_events_say_what_changed_and_unsubscribe_stops_them():
    project = small_project()
    events = []
    unsubscribe = project.subscribe(events.append)
    project.set_training(learning_rate=0.5, epochs=None)  # epochs already automatic
    assert events == [E.TrainingChanged({"learning_rate": None}, {"learning_rate": 0.5})]
    project.set_image_settings(ImageSettings(48))
    assert events[-1] == E.ImageSettingsChanged(ImageSettings(32).to_dict(), ImageSettings(48).to_dict())
    project.add_run(RunRecord(id="r1"))
    project.choose_run("r1")
    project.run_updated("r1")
    project.remove_run("r1")
    assert events[2:] == [E.RunAdded("r1"), E.RunChosen(None, "r1"), E.RunUpdated("r1"),
                          E.RunChosen("r1", None), E.RunRemoved("r1")]
    unsubscribe()
    project.set_training(seed=9)
    assert len(events) == 7


def test_moving_a_runs_not_sure_threshold_is_announced_and_undoes_exactly():
    from lepton_studio.core.calibration import Calibration

    project = small_project()
    project.add_run(RunRecord(id="old"))  # from before calibration: nothing to move
    project.add_run(RunRecord(id="r1", calibration=Calibration(1.5, 0.6, 0.6).to_dict()))
    before = document(project)
    events = []
    project.subscribe(events.append)
    old = project.set_run_threshold("r1", 0.8)
    assert old == 0.6 and project.run("r1").calibration["threshold"] == 0.8
    assert project.set_run_threshold("r1", 0.8) == 0.8  # no change: no event
    assert events == [E.RunThresholdChanged("r1", 0.6, 0.8)]
    project.set_run_threshold("r1", old)
    assert document(project) == before and events[-1] == E.RunThresholdChanged("r1", 0.8, 0.6)
    for run_id, value in (("old", 0.5), ("r1", 1.5)):
        with pytest.raises(ValueError):
            project.set_run_threshold(run_id, value)
    assert document(project) == before and len(events) == 2


def test_giving_a_run_a_calibration_is_announced_and_undoes_exactly():
    from lepton_studio.core.calibration import Calibration

    project = small_project()
    project.add_run(RunRecord(id="old"))
    before = document(project)
    events = []
    project.subscribe(events.append)
    fitted = Calibration(1.7, 0.5, 0.5, images=20).to_dict()
    assert project.set_run_calibration("old", fitted) is None
    assert project.run("old").calibration == fitted and events == [E.RunCalibrationChanged("old")]
    with pytest.raises(ValueError):
        project.set_run_calibration("old", {**fitted, "temperature": -1.0})
    assert project.run("old").calibration == fitted and len(events) == 1
    project.set_run_calibration("old", None)
    assert document(project) == before and len(events) == 2


def test_an_impossible_setting_is_refused_and_nothing_changes():
    project = small_project()
    events = []
    project.subscribe(events.append)
    before = document(project)
    for changes in ({"learning_rate": 0.0}, {"epochs": 10**9}, {"optimizer": "rmsprop"},
                    {"seed": 1, "batch_size": -1}):
        with pytest.raises(LeptonError) as caught:
            project.set_training(**changes)
        assert caught.value.code in (P.BAD_SETTING, P.BAD_SETTING_CHOICE)
    with pytest.raises(LeptonError) as caught:
        project.set_image_settings(ImageSettings(size=5))
    assert caught.value.code == P.BAD_PARAM
    with pytest.raises(ValueError):
        project.set_image_settings(ImageSettings(size=64, color="sepia"))
    assert document(project) == before and events == []


def test_a_training_copy_shares_nothing_the_gui_edits():
    project = small_project()
    project.add_run(RunRecord(id="r1"))
    copy_ = project.training_copy(TrainingSettings(learning_rate=0.00123))
    copy_.dataset.items[0].excluded = True
    copy_.dataset.image.size = 99
    copy_.dataset.class_names.append("z")
    copy_.graph.add_node("dense")
    assert not project.dataset.items[0].excluded and project.dataset.image.size == 32
    assert project.dataset.class_names == ["a", "b"] and len(copy_.graph) == len(project.graph) + 1
    assert copy_.training.learning_rate == 0.00123 and project.training.learning_rate is None
    assert [r.id for r in copy_.runs] == ["r1"] and copy_.blobs == {} and copy_.selected_run is None


def test_wire_refusals_have_their_own_codes():
    graph = Graph()
    image, conv, dense, out = (graph.add_node(b) for b in ("input", "conv2d", "dense", "output"))
    graph.connect(image.id, conv.id)
    graph.connect(conv.id, dense.id)
    assert graph.wire_problem(conv.id, conv.id).code == P.WIRE_SELF
    assert graph.wire_problem(out.id, conv.id).code == P.WIRE_FROM_OUTPUT
    assert graph.wire_problem(conv.id, image.id).code == P.WIRE_NO_INPUT
    assert graph.wire_problem(image.id, dense.id).code == P.WIRE_INPUT_TAKEN
    assert graph.wire_problem(dense.id, conv.id).code == P.WIRE_INPUT_TAKEN
    moving = graph.edges[1]  # conv -> dense, its source end dragged to another block
    assert graph.wire_problem(image.id, dense.id, 0, moving) is None  # the wire frees its input
    assert graph.wire_problem(dense.id, conv.id, 0, graph.edges[0]).code == P.WIRE_LOOP
    loop = Graph()
    a, b = loop.add_node("conv2d"), loop.add_node("conv2d")
    loop.connect(a.id, b.id)
    assert loop.wire_problem(b.id, a.id).code == P.WIRE_LOOP
    assert graph.wire_problem(dense.id, out.id) is None
    with pytest.raises(LeptonError) as caught:
        graph.connect(image.id, dense.id)
    assert caught.value.code == P.WIRE_INPUT_TAKEN
    for code in (P.WIRE_SELF, P.WIRE_FROM_OUTPUT, P.WIRE_NO_INPUT, P.WIRE_INPUT_TAKEN, P.WIRE_LOOP):
        assert Problem(code).message() != code  # every code has its sentence
        assert problem_step(Problem(code)) == MODEL


def test_the_backbones_size_advice_leads_to_the_data_steps_image_settings():
    graph = make_template("transfer", "rgb", 48, 3)
    warning = next(p for p in analyse(graph).problems if p.code == P.BACKBONE_SIZE)
    fix = problem_fix(warning)
    assert (fix.step, fix.place, fix.values) == (DATA, IMAGE_SETTINGS, {"size": 224})
    assert problem_fix(Problem(P.NO_TRAINING_DATA)).step == DATA
    assert problem_fix(Problem(P.CYCLE)).step == MODEL and not problem_fix(Problem(P.CYCLE)).place
    assert problem_fix(Problem(P.NAN_LOSS)) is None
