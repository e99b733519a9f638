"""The window's assembly: step states, navigation, menus, layout restored."""

from PySide6.QtGui import QKeySequence

from lepton_studio.gui.step_status import State


def test_steps_without_a_project_are_not_possible(window):
    for step in ("data", "model", "train", "evaluate", "export"):
        state, reason = window.step_bar.status_of(step)
        assert state == State.BLOCKED
        assert reason
    assert window.step_bar.current_step() == "start"
    assert not window.actions_.save.isEnabled()


def test_sample_project_step_states(window):
    assert window.controller.open_sample()
    states = {step: window.step_bar.status_of(step) for step in
              ("data", "model", "train", "evaluate", "export")}
    assert states["data"][0] == State.DONE
    assert "320" in states["data"][1]
    assert states["model"][0] == State.DONE
    assert states["train"][0] == State.READY
    assert states["evaluate"][0] == State.BLOCKED
    assert window.step_bar.item_for("evaluate").toolTip().endswith(states["evaluate"][1])
    # Opening a project moves on to the first step that is not done.
    assert window.step_bar.current_step() == "train"


def test_model_problem_turns_the_step_to_attention(window):
    window.controller.new_project("Broken")
    graph = window.document.project.graph
    graph.remove_node(graph.output_node().id)
    state, reason = window.step_bar.status_of("model")
    assert state == State.ATTENTION
    assert window.step_bar.status_of("train")[0] == State.BLOCKED


def test_every_step_page_opens_once(window):
    from lepton_studio.gui.pages.base import StepPage

    window.controller.open_sample()
    for step in ("data", "model", "train", "evaluate", "export"):
        window.go_to(step)
        page = window.pages[step]
        assert isinstance(page, StepPage) and page.step_id == step
        assert window.stack.currentWidget() is page
    window.go_to("data")
    assert window.stack.currentWidget() is window.pages["data"]
    assert len(window.pages) == 5


def test_placeholder_page_says_what_is_coming(window):
    from lepton_studio.gui.pages.base import PlaceholderPage

    class Coming(PlaceholderPage):
        step_id = "export"

        def coming(self):
            return ["Something nice"]

        def summary(self):
            return "Summary of " + self.project.name

    window.controller.open_sample()
    page = Coming(window.shell)
    try:
        assert "Something nice" in page.coming_label.text()
        assert page.coming_title.text() == "Coming in a later version"
        assert "Shapes" in page.summary_label.text()
    finally:
        page.deleteLater()


def test_welcome_continue_and_recent(window, sample_file):
    window.controller.open_path(sample_file)
    window.go_to("start")
    assert window.welcome.continue_button.isVisible()
    window.welcome.continue_button.click()
    assert window.step_bar.current_step() == "train"
    assert window.welcome.recent_list.count() == 1
    window.clear_recent()
    assert window.welcome.recent_list.count() == 0
    assert window.settings.recent_files() == []


def test_standard_shortcuts(window):
    a = window.actions_
    assert a.new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert a.open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert a.save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert a.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    for action in (a.save_as, a.close, a.quit, a.redo, a.preferences, a.help):
        assert not action.shortcut().isEmpty()


def test_window_geometry_is_restored(qtbot, settings):
    from lepton_studio.gui.main_window import MainWindow
    from lepton_studio.gui.translations import LanguageManager

    languages = LanguageManager()
    first = MainWindow(settings, languages, probe=False, recover=False)
    first.show()
    first.resize(720, 520)  # the offscreen screen is 800x800
    first.splitter.setSizes([260, 460])
    qtbot.waitUntil(lambda: first.width() == 720, timeout=3000)
    first.close()
    second = MainWindow(settings, languages, probe=False, recover=False)
    try:
        second.show()
        assert (second.width(), second.height()) == (720, 520)
        assert second.splitter.sizes()[0] == first.splitter.sizes()[0]
    finally:
        second.close()
        first.deleteLater()
        second.deleteLater()


def test_device_is_probed_after_first_paint(qtbot, settings, monkeypatch):
    import lepton_studio.gui.main_window as mw
    from lepton_studio.gui.translations import LanguageManager

    monkeypatch.setattr(mw, "probe_device", lambda token, emit: {"device": "cpu", "name": ""})
    win = mw.MainWindow(settings, LanguageManager(), probe=True, recover=False)
    assert "detecting" in win.status.device_label.text()
    with qtbot.waitSignal(win.firstPainted, timeout=5000):
        win.show()
    qtbot.waitUntil(lambda: "CPU" in win.status.device_label.text(), timeout=5000)
    win.close()
    win.deleteLater()


def test_sample_dataset_is_small_and_balanced():
    from lepton_studio.gui.resources import sample_dir
    from lepton_studio.gui.sample import build_sample_project

    folder = sample_dir()
    files = list(folder.rglob("*.png"))
    assert len(files) == 320
    assert sum(f.stat().st_size for f in files) < 1_500_000
    project = build_sample_project("Shapes")
    assert project.dataset.class_names == ["circle", "square", "star", "triangle"]
    splits = {split: len(project.dataset.items_in(split)) for split in ("train", "val", "test")}
    assert splits == {"train": 256, "val": 32, "test": 32}
    assert project.graph.output_node().params["classes"] == 4
