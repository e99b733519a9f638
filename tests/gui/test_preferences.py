"""Preferences: stored in the INI file, language switched at run time, cache cleared."""

import pytest
from PySide6.QtWidgets import QMessageBox

from lepton_studio.gui.preferences import PreferencesDialog
from lepton_studio.gui.settings import Settings


@pytest.fixture
def dialog(qtbot, window):
    dlg = PreferencesDialog(window.settings, window.tasks, window)
    dlg.languageChanged.connect(window.languages.set_language)
    dlg.autosaveChanged.connect(lambda _m: window.controller.apply_autosave_interval())
    qtbot.addWidget(dlg)
    yield dlg
    window.tasks.shutdown(10)


def choose(combo, value):
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_preferences_persist_in_the_ini_file(dialog, gui_home):
    choose(dialog.theme_combo, "dark")
    choose(dialog.device_combo, "cpu")
    dialog.threads_spin.setValue(1)
    dialog.autosave_spin.setValue(7)
    reopened = Settings.open()
    reopened.q.sync()
    assert reopened.path.parent == gui_home / "config"
    assert reopened.path.suffix == ".ini"
    assert (reopened.theme, reopened.device) == ("dark", "cpu")
    assert reopened.cpu_threads == 1
    assert reopened.autosave_minutes == 7


def test_autosave_interval_applies_at_once(dialog, window):
    dialog.autosave_spin.setValue(3)
    assert window.controller.autosave_timer.interval() == 3 * 60_000
    assert window.controller.autosave_timer.isActive()
    dialog.autosave_spin.setValue(0)
    assert not window.controller.autosave_timer.isActive()


def test_language_switch_changes_visible_texts(dialog, window):
    assert window.actions_.file_menu.title() == "&File"
    assert window.welcome.title_label.text() == "Welcome to Lepton Studio"
    choose(dialog.language_combo, "de")
    assert window.languages.current == "de"
    assert window.actions_.file_menu.title() == "&Datei"
    assert window.welcome.title_label.text() != "Welcome to Lepton Studio"
    assert window.step_bar.item_for("data").text() == "Daten"
    assert dialog.windowTitle() == "Einstellungen"
    assert Settings.open().language == "de"

    choose(dialog.language_combo, "zh_CN")
    assert window.actions_.file_menu.title().startswith("文件")

    choose(dialog.language_combo, "en")
    assert window.actions_.file_menu.title() == "&File"
    assert window.step_bar.item_for("data").text() == "Data"


def test_language_switch_reaches_pages_and_status_bar(dialog, window):
    from lepton_studio.gui.pages.base import PlaceholderPage

    class Later(PlaceholderPage):
        step_id = "model"

    window.controller.open_sample()
    page = Later(window.shell)
    english = page.coming_title.text()
    status = window.status.project_label.text()
    choose(dialog.language_combo, "fr")
    try:
        assert page.coming_title.text() != english
        assert page.title_label.text() == "Modèle"
        assert window.status.project_label.text() != status
        assert window.step_bar.status_of("data")[1].endswith("4 classes")
    finally:
        choose(dialog.language_combo, "en")
        page.deleteLater()
    assert page.coming_title.text() == english


def test_cache_size_and_clear(qtbot, dialog, window, monkeypatch):
    root = window.settings.image_cache_root() / "s64-rgb-stretch-d1"
    root.mkdir(parents=True)
    (root / "data.u8").write_bytes(b"\0" * 5000)
    (root / "index.json").write_text("{}")
    dialog.refresh_cache_size()
    qtbot.waitUntil(lambda: dialog._cache_bytes is not None and dialog._cache_bytes >= 5000,
                    timeout=5000)
    assert dialog.cache_clear.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog.cache_clear.click()
    qtbot.waitUntil(lambda: not root.exists(), timeout=5000)
    qtbot.waitUntil(lambda: dialog._cache_bytes == 0, timeout=5000)
    assert not dialog.cache_clear.isEnabled()


def test_clear_cache_leaves_other_files_alone(tmp_path):
    from lepton_studio.gui.preferences import clear_image_cache

    keep = tmp_path / "my documents"
    keep.mkdir()
    (keep / "thesis.txt").write_text("precious")
    clear_image_cache(tmp_path)
    assert (keep / "thesis.txt").read_text() == "precious"


def test_theme_applies_a_dark_palette(qapp):
    from lepton_studio.gui.theme import apply_theme, is_dark

    try:
        apply_theme(qapp, "dark")
        assert is_dark(qapp)
        apply_theme(qapp, "light")
        assert not is_dark(qapp)
    finally:
        apply_theme(qapp, "system")
