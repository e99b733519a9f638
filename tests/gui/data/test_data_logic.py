"""The Data step's plain logic: dataset edits and their reverts, wizard decisions, findings,
and comparing a dataset with the disk. No widgets."""

from __future__ import annotations

import copy
import os

import pytest

from lepton_studio.core import problems as P
from lepton_studio.core.data import edits
from lepton_studio.core.project import DatasetItem, DatasetSpec
from lepton_studio.gui.data import findings as F
from lepton_studio.gui.data.import_state import ImportState, build_dataset, scan_source
from lepton_studio.gui.data.rescan import apply_changes, find_changes


def small_dataset() -> DatasetSpec:
    items = [DatasetItem(f"a/{i}.png", 0, "train") for i in range(3)]
    items += [DatasetItem(f"b/{i}.png", 1, "val") for i in range(2)]
    items += [DatasetItem(f"c/{i}.png", 2, "test") for i in range(2)]
    return DatasetSpec(root="/data", source="folder", class_names=["a", "b", "c"], items=items)


def snapshot(dataset: DatasetSpec) -> dict:
    return copy.deepcopy(dataset.to_dict())


@pytest.mark.parametrize("edit, check", [
    (lambda d: edits.rename_class(d, 1, "bee"), lambda d: d.class_names == ["a", "bee", "c"]),
    (lambda d: edits.move_items(d, [0, 1], 2), lambda d: [i.label for i in d.items[:3]] == [2, 2, 0]),
    (lambda d: edits.set_excluded(d, [4, 5], True), lambda d: [i.excluded for i in d.items[3:6]] == [False, True, True]),
    (lambda d: edits.merge_classes(d, 0, 2),
     lambda d: d.class_names == ["b", "c"] and [i.label for i in d.items] == [1, 1, 1, 0, 0, 1, 1]),
    (lambda d: edits.merge_classes(d, 2, 0),
     lambda d: d.class_names == ["a", "b"] and [i.label for i in d.items] == [0, 0, 0, 1, 1, 0, 0]),
    (lambda d: edits.delete_class(d, 1),
     lambda d: d.class_names == ["a", "c"] and [i.path for i in d.items if i.label == 1] == ["c/0.png", "c/1.png"]
     and len(d.items) == 5),
    (lambda d: edits.add_class(d, "dog"), lambda d: d.class_names[-1] == "dog" and len(d.items) == 7),
    (lambda d: edits.remove_items(d, [0, 6]), lambda d: [i.path for i in d.items][0] == "a/1.png" and len(d.items) == 5),
])
def test_each_edit_changes_and_its_revert_restores_exactly(edit, check):
    dataset = small_dataset()
    before = snapshot(dataset)
    revert = edit(dataset)
    assert check(dataset)
    assert snapshot(dataset) != before
    revert()
    assert snapshot(dataset) == before


def test_add_items_puts_new_files_in_training_and_skips_known_ones(tmp_path):
    dataset = DatasetSpec(root=str(tmp_path), source="folder", class_names=["a"],
                          items=[DatasetItem("a/0.png", 0, "val", excluded=True)])
    revert = edits.add_items(dataset, [(tmp_path / "a" / "0.png", "a"), (tmp_path / "a" / "1.png", "a"),
                                       (tmp_path / "new" / "x.png", "new")])
    assert dataset.class_names == ["a", "new"]
    assert [(i.path, i.label, i.split, i.excluded) for i in dataset.items] == [
        ("a/0.png", 0, "val", True), ("a/1.png", 0, "train", False), ("new/x.png", 1, "train", False)]
    revert()
    assert dataset.class_names == ["a"] and len(dataset.items) == 1


def test_reverts_undo_a_sequence_in_reverse_order():
    dataset = small_dataset()
    before = snapshot(dataset)
    reverts = [edits.set_excluded(dataset, [0], True), edits.merge_classes(dataset, 0, 1),
               edits.rename_class(dataset, 0, "x"), edits.delete_class(dataset, 1)]
    for revert in reversed(reverts):
        revert()
    assert snapshot(dataset) == before


def test_clean_class_name():
    assert edits.clean_class_name("  big   dog ") == "big dog"
    assert edits.clean_class_name("   ") == ""


# --- wizard state ---------------------------------------------------------------------------

def scanned(folder) -> ImportState:
    state = ImportState(folder=str(folder))
    state.set_result(scan_source(state))
    return state


def test_messy_scan_blocks_on_the_one_picture_class_until_it_is_left_out(messy_folder):
    state = scanned(messy_folder)
    codes = [p.code for p in state.blocking_problems()]
    assert codes == [P.DATA_CLASS_TOO_FEW]
    assert state.blocking_problems()[0].values["label"] == "bird"
    state.dropped_classes.add("bird")
    assert state.blocking_problems() == []
    dataset = build_dataset(state)
    assert dataset.class_names == ["cat", "dog"]


def test_excluding_every_picture_of_a_class_blocks(clean_folder):
    state = scanned(clean_folder(per_class=3))
    cats = [p for p in state.result.paths if f"{os.sep}cat{os.sep}" in p]
    state.set_excluded(cats, True)
    assert [p.code for p in state.blocking_problems()] == [P.DATA_CLASS_TOO_FEW]
    state.set_excluded(cats, False)
    assert state.blocking_problems() == []
    assert state.overrides == {}  # back to the defaults: nothing stored


def test_copies_and_conflicts_are_excluded_by_default_and_can_be_kept(messy_folder):
    state = scanned(messy_folder)
    copy_path = str(messy_folder / "cat" / "cat_copy.png")
    conflict = str(messy_folder / "dog" / "looks_like_cat.png")
    assert state.is_excluded(copy_path) and state.is_excluded(conflict)
    state.set_excluded([copy_path], False)
    state.dropped_classes.add("bird")
    dataset = build_dataset(state)
    by_path = {item.path: item for item in dataset.items}
    assert by_path["cat/cat_copy.png"].excluded is False
    assert by_path["dog/looks_like_cat.png"].excluded is True
    assert by_path["dog/tiny.png"].excluded is False  # tiny pictures are kept


def test_build_dataset_uses_the_chosen_settings_and_split(clean_folder):
    state = scanned(clean_folder(per_class=20))
    state.ratios, state.seed = (0.6, 0.2, 0.2), 7
    state.image.size, state.image.color, state.image.resize = 96, "gray", "pad"
    dataset = build_dataset(state)
    assert (dataset.image.size, dataset.image.color, dataset.image.resize) == (96, "gray", "pad")
    assert dataset.split_seed == 7 and dataset.split_ratios == (0.6, 0.2, 0.2)
    preview = state.split_preview()
    for index, name in enumerate(dataset.class_names):
        got = {s: sum(1 for i in dataset.items if i.label == index and i.split == s)
               for s in ("train", "val", "test")}
        assert got == preview[name] == {"train": 12, "val": 4, "test": 4}


def test_transfer_is_recommended_for_small_classes_only(clean_folder, monkeypatch):
    from lepton_studio.gui.data import import_state

    state = scanned(clean_folder(per_class=5))
    assert state.average_per_class() == 5
    assert state.recommend_transfer()
    monkeypatch.setattr(import_state, "SMALL_CLASS_AVERAGE", 5)
    assert not state.recommend_transfer()


# --- findings --------------------------------------------------------------------------------

def test_findings_group_every_kind_with_outcomes(messy_folder):
    state = scanned(messy_folder)
    groups = {g.code: g for g in F.group_findings(state)}
    assert list(groups)[0] == P.DATA_CLASS_TOO_FEW  # errors first
    for code in (P.DATA_EMPTY, P.DATA_NOT_IMAGE, P.DATA_NO_CLASS, P.DATA_DUPLICATES,
                 P.DATA_LABEL_CONFLICT, P.DATA_TINY_IMAGE, P.DATA_CLASS_EMPTY):
        assert code in groups, code
    assert P.DATA_CORRUPT in groups or P.DATA_UNREADABLE in groups or P.DATA_TRUNCATED in groups
    empty = groups[P.DATA_EMPTY].findings[0]
    assert F.finding_outcome(state, empty) == F.LEFT_OUT
    duplicate = groups[P.DATA_DUPLICATES].findings[0]
    assert F.finding_outcome(state, duplicate) == "mixed"  # first kept, copy excluded
    tiny = groups[P.DATA_TINY_IMAGE].findings[0]
    assert F.finding_outcome(state, tiny) == F.KEPT
    too_few = groups[P.DATA_CLASS_TOO_FEW].findings[0]
    assert F.finding_outcome(state, too_few) == F.BLOCKS
    state.dropped_classes.add("bird")
    groups = {g.code: g for g in F.group_findings(state)}
    assert F.finding_outcome(state, groups[P.DATA_CLASS_TOO_FEW].findings[0]) == F.CLASS_DROPPED


def test_converted_group_lists_pictures_whose_colours_change(tmp_path, clean_folder):
    from PIL import Image

    folder = clean_folder(per_class=3)
    Image.new("RGBA", (30, 20), (0, 0, 255, 80)).save(folder / "cat" / "alpha.png")
    Image.new("L", (30, 20), 90).save(folder / "dog" / "grey.png")
    state = scanned(folder)
    groups = {g.code: g for g in F.group_findings(state)}
    converted = {f.detail for f in groups[F.CONVERTED].findings}
    assert converted == {"RGBA", "L"}
    assert F.needs_conversion("RGB", "gray") and not F.needs_conversion("L", "gray")


# --- disk changes ----------------------------------------------------------------------------

def test_find_changes_reports_new_missing_and_bad_files(clean_folder, picture):
    folder = clean_folder(per_class=4)
    state = scanned(folder)
    dataset = build_dataset(state)
    before = snapshot(dataset)
    (folder / "cat" / "cat_000.png").unlink()
    picture(folder / "dog" / "new_dog.png", 500)
    picture(folder / "fox" / "fox_1.png", 501)
    (folder / "dog" / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\n garbage")
    changes = find_changes(dataset)
    assert changes.missing_paths == [str(folder / "cat" / "cat_000.png")]
    assert sorted(name for _, name in changes.added) == ["dog", "fox"]
    assert changes.new_classes == ["fox"]
    assert [s.path.name for s in changes.skipped] == ["bad.png"]
    revert = apply_changes(dataset, changes)
    paths = {item.path: item for item in dataset.items}
    assert "cat/cat_000.png" not in paths
    assert paths["dog/new_dog.png"].split == "train" and paths["fox/fox_1.png"].split == "train"
    assert dataset.class_names == ["cat", "dog", "fox"]
    revert()
    assert snapshot(dataset) == before


def test_find_changes_on_an_unchanged_folder_is_empty(clean_folder):
    dataset = build_dataset(scanned(clean_folder(per_class=3)))
    changes = find_changes(dataset)
    assert changes.is_empty() and changes.listed


def test_find_changes_for_a_csv_only_checks_missing_files(tmp_path, clean_folder):
    folder = clean_folder(per_class=3)
    rows = [f"{p.relative_to(folder).as_posix()},{p.parent.name}" for p in sorted(folder.rglob("*.png"))]
    (folder / "list.csv").write_text("\n".join(rows), encoding="utf-8")
    state = ImportState(kind="csv", csv_path=str(folder / "list.csv"))
    state.set_result(scan_source(state))
    dataset = build_dataset(state)
    assert dataset.source == "csv" and len(dataset.items) == 6
    (folder / "dog" / "dog_000.png").unlink()
    changes = find_changes(dataset)
    assert not changes.listed and len(changes.missing) == 1 and not changes.added
