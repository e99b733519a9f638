"""The Data step after an import: classes, gallery, edits with undo, disk changes."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl

from lepton_studio.core.project import load_project
from lepton_studio.gui.data.class_list import ALL_CLASSES
from lepton_studio.gui.data.gallery import ITEM_ROLE, items_mime


def labels_of(dataset) -> dict[str, str]:
    return {item.path: dataset.class_names[item.label] for item in dataset.items}


def test_class_list_shows_counts_and_gallery_follows_the_class(data_page, steps, clean_folder):
    dataset = steps.import_folder(data_page, clean_folder(classes=("cat", "dog", "fox"), per_class=4))
    browser = data_page.browser
    names = [browser.class_list.item(i).text() for i in range(browser.class_list.count())]
    assert names == ["All classes", "cat", "dog", "fox"]
    counts = [browser.class_list.item(i).data(ITEM_ROLE + 1) for i in range(4)]
    assert counts == [12, 4, 4, 4]
    assert browser.model.rowCount() == 12
    browser.class_list.select_label(1)
    assert browser.model.rowCount() == 4
    assert {dataset.items[i].label for i in browser.model.rows} == {1}


def test_rename_merge_delete_with_undo(window, data_page, steps, clean_folder):
    dataset = steps.import_folder(data_page, clean_folder(classes=("cat", "dog", "fox"), per_class=4))
    browser = data_page.browser
    stack = window.document.undo_stack
    original = labels_of(dataset)
    graph = window.document.project.graph

    assert browser.rename_class(0, "  kitten ")
    assert dataset.class_names == ["kitten", "dog", "fox"]
    assert not browser.rename_class(1, "kitten")  # taken
    assert browser.name_problem("") and browser.name_problem("kitten")

    assert browser.merge_class(2, 1)  # fox into dog
    assert dataset.class_names == ["kitten", "dog"]
    assert sum(1 for item in dataset.items if item.label == 1) == 8
    assert graph.output_node().params["classes"] == 2
    assert browser.class_list.current_label() == 1

    assert browser.delete_class(0)
    assert dataset.class_names == ["dog"] and len(dataset.items) == 8
    assert [browser.class_list.item(i).text() for i in range(browser.class_list.count())] == [
        "All classes", "dog"]

    for _ in range(3):
        stack.undo()
    assert dataset.class_names == ["cat", "dog", "fox"]
    assert labels_of(dataset) == original
    assert graph.output_node().params["classes"] == 3
    assert browser.class_list.count() == 4
    stack.redo()
    assert dataset.class_names == ["kitten", "dog", "fox"]


def test_move_and_exclude_pictures_and_save(window, data_page, steps, clean_folder, tmp_path):
    dataset = steps.import_folder(data_page, clean_folder(per_class=4))
    browser = data_page.browser
    cats = [i for i, item in enumerate(dataset.items) if item.label == 0]
    browser.move_items(1, cats[:2])
    assert [dataset.items[i].label for i in cats] == [1, 1, 0, 0]
    browser.exclude_items([cats[2]], True)
    assert dataset.items[cats[2]].excluded
    counts = [browser.class_list.item(i).data(ITEM_ROLE + 1) for i in range(3)]
    assert counts == [7, 1, 6]
    assert window.document.is_modified

    path = tmp_path / "saved.lepton"
    assert window.controller._write(path)
    saved = load_project(path).dataset
    assert saved.items[cats[2]].excluded and saved.items[cats[0]].label == 1

    window.document.undo_stack.undo()
    assert not dataset.items[cats[2]].excluded
    window.document.undo_stack.undo()
    assert [dataset.items[i].label for i in cats] == [0, 0, 0, 0]


def test_dropping_gallery_pictures_on_a_class_moves_them(data_page, steps, clean_folder):
    dataset = steps.import_folder(data_page, clean_folder(per_class=3))
    browser = data_page.browser
    browser.gallery.selectAll()
    chosen = browser.gallery.selected_items()[:2]
    mime = browser.model.mimeData([browser.model.index(browser.model.rows.index(i)) for i in chosen])
    assert browser.class_list.drop(ALL_CLASSES, mime) is False
    assert browser.class_list.drop(1, mime)
    assert all(dataset.items[i].label == 1 for i in chosen)
    assert browser.class_list.drop(0, items_mime(chosen))
    assert all(dataset.items[i].label == 0 for i in chosen)


def test_filter_shows_excluded_pictures(data_page, steps, clean_folder):
    dataset = steps.import_folder(data_page, clean_folder(per_class=5))
    browser = data_page.browser
    browser.exclude_items([0, 1], True)
    browser.set_filter("excluded")
    assert browser.model.rows == [0, 1]
    browser.set_filter("train")
    assert all(dataset.items[i].split == "train" and not dataset.items[i].excluded
               for i in browser.model.rows)
    browser.set_filter("all")
    assert browser.model.rowCount() == 10


def test_add_class_and_add_pictures(window, data_page, steps, clean_folder, picture, tmp_path, messages):
    dataset = steps.import_folder(data_page, clean_folder(per_class=3))
    browser = data_page.browser
    assert browser.add_class("fox")
    assert dataset.class_names == ["cat", "dog", "fox"]
    outside = tmp_path / "elsewhere"
    files = [picture(outside / f"fox_{i}.png", 300 + i) for i in range(2)]
    (outside / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n nope")
    browser.add_files("fox", [str(outside)])
    steps.wait_idle()
    fox = [item for item in dataset.items if item.label == 2]
    assert sorted(item.path for item in fox) == sorted(p.as_posix() for p in files)
    assert all(item.split == "train" for item in fox)
    assert len(messages) == 1 and "could not be added" in messages[0][0]
    window.document.undo_stack.undo()
    assert not [item for item in dataset.items if item.label == 2]


def test_dropping_files_on_a_class_adds_them(data_page, steps, clean_folder, picture, tmp_path):
    dataset = steps.import_folder(data_page, clean_folder(per_class=3))
    browser = data_page.browser
    new = picture(tmp_path / "drop" / "new_cat.png", 700)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(new))])
    assert browser.class_list.drop(0, mime)
    steps.wait_idle()
    assert dataset.items[-1].path == new.as_posix() and dataset.items[-1].label == 0


def test_rescan_summarises_what_changed_and_can_be_undone(window, data_page, steps, clean_folder,
                                                          picture, messages):
    folder = clean_folder(per_class=4)
    dataset = steps.import_folder(data_page, folder)
    browser = data_page.browser
    browser.rescan()
    steps.wait_idle()
    assert messages[-1][0].startswith("Nothing changed")

    (folder / "cat" / "cat_001.png").unlink()
    picture(folder / "dog" / "dog_new.png", 800)
    picture(folder / "fox" / "fox_0.png", 801)
    before = len(dataset.items)
    browser.rescan()
    steps.wait_idle()
    text, details = messages[-1]
    assert text.startswith("2 new picture") and "added to training (dog: 1, fox: 1)" in text
    assert "1 picture" in text and "no longer exist" in text
    assert "fox" in text
    assert any("cat_001.png" in line for line in details)
    assert len(dataset.items) == before + 1
    assert dataset.class_names == ["cat", "dog", "fox"]
    assert {item.path: item.split for item in dataset.items}["fox/fox_0.png"] == "train"
    assert window.document.project.graph.output_node().params["classes"] == 3
    window.document.undo_stack.undo()
    assert len(dataset.items) == before and dataset.class_names == ["cat", "dog"]


def test_thumbnails_are_made_off_the_gui_thread_and_cached_on_disk(qtbot, window, data_page,
                                                                   steps, clean_folder):
    from lepton_studio.gui.data.thumbnails import thumbnail_folder

    steps.import_folder(data_page, clean_folder(per_class=3))
    browser = data_page.browser
    browser.gallery.resize(600, 400)
    window.grab()  # paint: the view asks for the visible thumbnails
    path = browser.model.path_of(browser.model.rows[0])
    qtbot.waitUntil(lambda: data_page.thumbnails.pixmap(path) is not None, timeout=10000)
    steps.wait_idle()
    assert list(thumbnail_folder().rglob("*.jpg"))


def test_undo_of_the_import_shows_the_start_of_the_data_step(window, data_page, steps, clean_folder):
    steps.import_folder(data_page, clean_folder(per_class=3))
    assert data_page.stack.currentWidget() is data_page.browser
    window.document.undo_stack.undo()
    assert data_page.stack.currentWidget() is data_page.empty


def test_import_again_replaces_the_dataset(window, data_page, steps, clean_folder, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    first = steps.import_folder(data_page, clean_folder(per_class=3))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    data_page.browser.ask_reimport()
    wizard = data_page.wizard
    assert wizard is not None and wizard.state.folder == first.root
    wizard.source_page.set_folder(str(clean_folder(classes=("a", "b", "c"), per_class=3)))
    wizard.next()
    steps.qtbot.waitUntil(lambda: wizard.currentId() == 2, timeout=20000)
    steps.finish(wizard)
    steps.wait_idle()
    assert window.document.project.dataset.class_names == ["a", "b", "c"]
    window.document.undo_stack.undo()
    assert window.document.project.dataset is first
