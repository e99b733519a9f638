"""Dataset edits made in the Data step undo and redo exactly (issue 20: the project JSON
is identical), and the Data step redraws from the project's events."""

from __future__ import annotations

import copy


def document(project) -> dict:
    doc = copy.deepcopy(project.to_dict())
    doc.pop("app_version")
    return doc


def test_dataset_edits_undo_and_redo_exactly(window, data_page, steps, clean_folder):
    dataset = steps.import_folder(data_page, clean_folder(classes=("cat", "dog", "fox"), per_class=8))
    project, browser = window.document.project, data_page.browser
    stack = window.document.undo_stack
    start = stack.index()
    before = document(project)

    browser.exclude_items([0, 1, 2], True)
    browser.move_items(2, [3, 4])
    assert browser.rename_class(0, "kitten")
    assert browser.add_class("owl")
    assert browser.merge_class(1, 2)
    assert browser.delete_class(0)
    after = document(project)
    assert after != before and stack.index() == start + 6
    assert [browser.class_list.item(i).text() for i in range(browser.class_list.count())] == [
        "All classes", "fox", "owl"]

    while stack.index() > start:
        stack.undo()
    assert document(project) == before
    assert [browser.class_list.item(i).text() for i in range(browser.class_list.count())] == [
        "All classes", "cat", "dog", "fox"]
    assert sum(1 for item in dataset.items if item.excluded) == 0
    while stack.canRedo():
        stack.redo()
    assert document(project) == after
