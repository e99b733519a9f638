"""The import wizard in the main window: sources, the check, the report, finishing."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QWizard

from lepton_studio.core import problems as P
from lepton_studio.core.project import load_project

SOURCE, SCAN, REPORT, SPLIT, IMAGE, AUGMENT, FINISH = range(7)


def groups(wizard) -> dict[str, list]:
    from lepton_studio.gui.data.report_page import CODE_ROLE

    tree = wizard.report_page.tree
    return {tree.topLevelItem(i).data(0, CODE_ROLE): tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())}


def test_messy_folder_report_lists_problems_and_blocks_until_fixed(data_page, steps, messy_folder):
    wizard = steps.scan_to_report(data_page, "folder", messy_folder)
    found = groups(wizard)
    for code in (P.DATA_CLASS_TOO_FEW, P.DATA_EMPTY, P.DATA_NOT_IMAGE, P.DATA_NO_CLASS,
                 P.DATA_DUPLICATES, P.DATA_LABEL_CONFLICT, P.DATA_TINY_IMAGE):
        assert code in found, code
    too_few = found[P.DATA_CLASS_TOO_FEW].child(0)
    assert "bird" in too_few.text(0)
    assert too_few.text(1) == "Must be fixed"
    assert found[P.DATA_EMPTY].child(0).text(1) == "Left out"
    copies = found[P.DATA_DUPLICATES].child(0)
    assert [copies.child(i).text(1) for i in range(copies.childCount())] == ["Kept", "Excluded"]
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.report_page.blocking.isVisibleTo(wizard)
    bars = {bar.name: bar.count for bar in wizard.report_page.chart.bars}
    assert bars == {"bird": 1, "cat": 11, "dog": 13}  # copies and conflicts not counted

    wizard.report_page.tree.setCurrentItem(too_few)
    wizard.report_page.drop_class_button.click()
    assert "bird" in wizard.state.dropped_classes
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_exclude_and_keep_buttons_change_what_happens(data_page, steps, messy_folder):
    wizard = steps.scan_to_report(data_page, "folder", messy_folder)
    page = wizard.report_page
    tiny_path = str(messy_folder / "dog" / "tiny.png")
    tiny = groups(wizard)[P.DATA_TINY_IMAGE].child(0)
    page.tree.setCurrentItem(tiny)
    assert page.exclude_button.isEnabled() and not page.keep_button.isEnabled()
    page.exclude_button.click()
    assert wizard.state.is_excluded(tiny_path)
    tiny = groups(wizard)[P.DATA_TINY_IMAGE].child(0)
    assert tiny.text(1) == "Excluded"
    page.tree.setCurrentItem(tiny)
    page.keep_button.click()
    assert not wizard.state.is_excluded(tiny_path)
    assert groups(wizard)[P.DATA_TINY_IMAGE].child(0).text(1) == "Kept"


def test_reveal_opens_the_files_folder(data_page, steps, messy_folder, monkeypatch):
    opened = []
    monkeypatch.setattr("lepton_studio.gui.data.reveal.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    wizard = steps.scan_to_report(data_page, "folder", messy_folder)
    page = wizard.report_page
    page.tree.setCurrentItem(groups(wizard)[P.DATA_EMPTY].child(0))
    page.reveal_button.click()
    assert opened == [str(messy_folder / "cat")]


def test_finishing_puts_the_dataset_in_the_project_undoably(window, data_page, steps, messy_folder):
    graph = window.document.project.graph
    wizard = steps.scan_to_report(data_page, "folder", messy_folder)
    wizard.report_page.tree.setCurrentItem(groups(wizard)[P.DATA_CLASS_TOO_FEW].child(0))
    wizard.report_page.drop_class_button.click()
    wizard.next()  # split
    wizard.split_page.val_spin.setValue(20)
    wizard.next()  # image
    wizard.image_page.size_combo.setCurrentIndex(wizard.image_page.size_combo.findData(48))
    wizard.image_page.color_radios["gray"].setChecked(True)
    steps.finish(wizard)
    steps.wait_idle()
    dataset = window.document.project.dataset
    assert dataset is not None and dataset.class_names == ["cat", "dog"]
    assert (dataset.image.size, dataset.image.color) == (48, "gray")
    assert dataset.split_ratios == pytest.approx((0.7, 0.2, 0.1))
    assert window.document.is_modified
    assert data_page.stack.currentWidget() is data_page.browser
    node = graph.input_node()
    assert (node.params["size"], node.params["color"]) == (48, "gray")
    assert graph.output_node().params["classes"] == 2
    window.document.undo_stack.undo()
    assert window.document.project.dataset is None
    assert graph.input_node().params["size"] != 48 or graph.input_node().params["color"] != "gray"
    assert data_page.stack.currentWidget() is data_page.empty
    window.document.undo_stack.redo()
    assert window.document.project.dataset is dataset


def test_cache_fills_in_the_background_after_finishing(window, data_page, steps, clean_folder):
    from lepton_studio.core.data.cache import ImageCache

    dataset = steps.import_folder(data_page, clean_folder(per_class=6))
    image = dataset.image
    cache = ImageCache(window.settings.image_cache_root(), image.size, image.color, image.resize)
    assert all(cache.contains(dataset.resolve(item.path)) for item in dataset.items)
    assert "ready for training" in data_page.browser.work_label.text()


def test_transfer_template_replaces_the_model_when_chosen(window, data_page, steps, clean_folder):
    from lepton_studio.core.templates import TEMPLATES

    if "transfer" not in TEMPLATES:
        pytest.skip("no transfer template in this build")
    before = window.document.project.graph.to_dict()
    wizard = steps.scan_to_report(data_page, "folder", clean_folder(per_class=4))
    while wizard.currentId() != FINISH:
        wizard.next()
    assert wizard.finish_page.advice.isVisibleTo(wizard)
    assert wizard.finish_page.use_transfer.isChecked()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    steps.wait_idle()
    graph = window.document.project.graph
    assert any(node.block.startswith("backbone") for node in graph)
    window.document.undo_stack.undo()
    assert window.document.project.graph.to_dict() == before


def test_excluded_files_stay_excluded_after_save_and_reopen(window, data_page, steps,
                                                            messy_folder, tmp_path):
    wizard = steps.scan_to_report(data_page, "folder", messy_folder)
    page = wizard.report_page
    page.tree.setCurrentItem(groups(wizard)[P.DATA_CLASS_TOO_FEW].child(0))
    page.drop_class_button.click()
    page.tree.setCurrentItem(groups(wizard)[P.DATA_TINY_IMAGE].child(0))
    page.exclude_button.click()
    steps.finish(wizard)
    steps.wait_idle()
    path = tmp_path / "saved" / "pets.lepton"
    path.parent.mkdir()
    assert window.controller._write(path)
    excluded = {item.path for item in load_project(path).dataset.items if item.excluded}
    assert excluded == {"cat/cat_copy.png", "dog/looks_like_cat.png", "cat/cat_001.png",
                        "dog/tiny.png"}
    window.document.set_project(None)
    assert window.controller.open_path(path)
    reopened = {item.path for item in window.document.project.dataset.items if item.excluded}
    assert reopened == excluded


@pytest.mark.parametrize("text, expected", [
    ("{cat},cat\n{dog},dog\n", None),
    ("path,label\n{cat},cat\n{dog},dog\n", None),
    ("label;file\ncat;{cat}\ndog;{dog}\n", None),
    ("\ufeffpath,label\r\n{cat},cat\r\n{dog},dog\r\n\r\nmissing.png,dog\n", P.DATA_MISSING),
    ("{cat},cat\n{dog}\n{dog},dog\n", P.DATA_BAD_ROW),
])
def test_csv_variants(data_page, steps, clean_folder, text, expected):
    folder = clean_folder(per_class=3)
    lines = []
    for line in text.split("\n"):
        if "{cat}" in line or "{dog}" in line:
            for i in range(3):
                lines.append(line.format(cat=f"cat/cat_{i:03d}.png", dog=f"dog/dog_{i:03d}.png"))
        else:
            lines.append(line)
    csv_path = folder / "labels.csv"
    csv_path.write_text("\n".join(dict.fromkeys(lines)), encoding="utf-8")
    wizard = steps.scan_to_report(data_page, "csv", csv_path)
    counts = wizard.state.usable_counts()
    assert counts == {"cat": 3, "dog": 3}
    found = groups(wizard)
    if expected is None:
        assert set(found) == {P.DATA_CLASS_FEW}  # only the note that 3 pictures are few
    else:
        assert expected in found


def test_picked_files_in_buckets(data_page, steps, clean_folder, picture, tmp_path):
    folder = clean_folder(per_class=3)
    wizard = data_page.start_import("files")
    buckets = wizard.source_page.buckets
    assert not wizard.source_page.isComplete()
    first, second = buckets.widgets[0], buckets.widgets[1]
    buckets.rename(first, "cat")
    buckets.rename(second, "dog")
    assert buckets.add_paths("cat", [str(folder / "cat")]) == 3  # a folder: its pictures
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted((folder / "dog").iterdir())]
                 + [QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    second.filesDropped.emit(second, [u.toLocalFile() for u in mime.urls()])
    assert len(wizard.state.buckets["dog"]) == 3
    assert wizard.source_page.isComplete()
    wizard.next()
    steps.qtbot.waitUntil(lambda: wizard.currentId() == REPORT, timeout=20000)
    assert wizard.state.usable_counts() == {"cat": 3, "dog": 3}
    steps.finish(wizard)
    steps.wait_idle()
    dataset = data_page.project.dataset
    assert dataset.source == "files" and dataset.root == ""
    assert all(item.path.startswith("/") or ":" in item.path for item in dataset.items)


def test_cancel_stops_the_scan_and_allows_another(data_page, steps, clean_folder, monkeypatch):
    import threading

    from lepton_studio.gui.data import import_state

    release = threading.Event()
    real_scan = import_state.scan

    def slow_scan(candidates, color=None, on_event=None, token=None):
        def wait_then(event):
            on_event(event)
            while not release.is_set() and not token.cancelled:
                release.wait(0.01)
        return real_scan(candidates, color, wait_then, token)

    monkeypatch.setattr(import_state, "scan", slow_scan)
    wizard = data_page.start_import("folder", str(clean_folder(per_class=3)))
    wizard.next()
    page = wizard.scan_page
    steps.qtbot.waitUntil(lambda: page.stop_button.isVisibleTo(wizard), timeout=5000)
    assert wizard.currentId() == SCAN and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.stop_button.click()
    steps.qtbot.waitUntil(lambda: page.task is None, timeout=5000)
    assert page.phase == page.STOPPED and wizard.state.result is None
    assert page.again_button.isVisibleTo(wizard)
    release.set()
    page.again_button.click()
    steps.qtbot.waitUntil(lambda: wizard.currentId() == REPORT, timeout=20000)


def test_cancelling_the_wizard_leaves_the_project_alone(window, data_page, steps, clean_folder):
    wizard = steps.scan_to_report(data_page, "folder", clean_folder(per_class=3))
    wizard.reject()
    assert data_page.wizard is None
    assert window.document.project.dataset is None
    assert not window.document.is_modified


def test_missing_folder_is_explained(data_page, steps, tmp_path):
    wizard = data_page.start_import("folder", str(tmp_path / "nowhere"))
    assert not wizard.source_page.isComplete()


def test_window_paints_before_torch_is_imported():
    """The Data step and every wizard page up to the variations page leave torch alone."""
    code = textwrap.dedent("""
        import os, sys, tempfile
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["LEPTON_STUDIO_HOME"] = tempfile.mkdtemp()
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from lepton_studio.gui.workers import TaskManager
        from lepton_studio.gui.data.context import WizardContext
        from lepton_studio.gui.data.import_state import ImportState
        from lepton_studio.gui.data.thumbnails import ThumbnailService
        from lepton_studio.gui.data.wizard import ImportWizard
        import lepton_studio.gui.pages.data_page
        tasks = TaskManager()
        wizard = ImportWizard(WizardContext(ImportState(), tasks, ThumbnailService(tasks)))
        wizard.show()
        app.processEvents()
        wizard.grab()
        print("torch" in sys.modules)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_variations_page_shows_augmented_examples(data_page, steps, clean_folder):
    wizard = steps.scan_to_report(data_page, "folder", clean_folder(per_class=4))
    while wizard.currentId() != AUGMENT:
        wizard.next()
    page = wizard.augment_page
    steps.qtbot.waitUntil(lambda: page.examples is not None, timeout=60000)
    originals, columns = page.examples
    assert len(originals) == 3 and len(columns) == 5
    assert any((column != originals).any() for column in columns)  # "light" changes them
    assert page.cells[0][1].pixmap() is not None and not page.cells[0][1].pixmap().isNull()
    page.radios["none"].setChecked(True)
    steps.qtbot.waitUntil(lambda: page._shown_key is not None and page._shown_key[4] == "none",
                          timeout=30000)
    originals, columns = page.examples
    assert all((column == originals).all() for column in columns)
    assert wizard.state.augment == "none"


def test_switching_language_retranslates_the_open_wizard(window, data_page, steps, messy_folder):
    wizard = steps.scan_to_report(data_page, "folder", messy_folder)
    window.languages.set_language("de")
    steps.qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).text() == "Weiter",
                          timeout=5000)
    page = wizard.report_page
    assert page.exclude_button.text() == "Ausschließen"
    assert page.title() == "Was wir gefunden haben"
    assert "Dateien geprüft" in page.summary.text()
    titles = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert any(title.startswith("Leere Dateien") for title in titles)
    window.languages.set_language("en")
    steps.qtbot.waitUntil(lambda: page.exclude_button.text() == "Exclude", timeout=5000)


def test_the_folder_example_is_written_the_way_this_system_writes_paths(data_page, monkeypatch):
    from lepton_studio.gui.data import source_page

    wizard = data_page.start_import("folder", "")
    placeholder = wizard.source_page.folder_edit.placeholderText()
    assert source_page.example_folder() in placeholder
    if not sys.platform.startswith("win"):
        assert "C:\\" not in placeholder and placeholder.count("/") >= 2
    monkeypatch.setattr(source_page.sys, "platform", "win32")
    assert source_page.example_folder() == "C:\\Pictures\\Pets"
    wizard.reject()


def test_a_background_folder_is_kept_beside_the_classes_never_as_one(window, data_page, steps,
                                                                     clean_folder, tmp_path):
    folder = clean_folder(per_class=6)
    background = tmp_path / "hands and tables"
    background.mkdir()
    wizard = data_page.start_import("folder", str(folder))
    wizard.source_page.background_edit.setText(str(background))
    assert "never learns them as a class" in wizard.source_page.background_help.text()
    wizard.next()
    steps.qtbot.waitUntil(lambda: wizard.report_page.isVisible(), timeout=20000)
    steps.finish(wizard)
    steps.wait_idle()
    dataset = window.document.project.dataset
    assert dataset.background_folder == str(background)
    assert "hands and tables" not in dataset.class_names


def test_a_background_folder_that_does_not_exist_is_ignored():
    from lepton_studio.gui.data.import_state import ImportState, background_folder

    assert background_folder(ImportState(background_folder="/no/such/folder")) == ""
    assert background_folder(ImportState()) == ""
