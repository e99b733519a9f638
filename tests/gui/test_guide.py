"""The guided first run: three callouts at the first start, skippable, back from Help."""

import pytest


@pytest.fixture
def fresh_window(qtbot, settings):
    """A main window as at a real start (the start-up prompts on, no recovery to offer)."""
    from lepton_studio.gui.main_window import MainWindow
    from lepton_studio.gui.translations import LanguageManager

    languages = LanguageManager()
    languages.set_language("en")

    def make():
        win = MainWindow(settings, languages, probe=False, recover=True)
        win.resize(1024, 700)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win
    made = []
    yield make
    for win in made:
        win.close()
        win.deleteLater()


def pointed_step(window) -> str:
    """The side bar step whose row the callout's pointer is level with."""
    callout = window.guide.callout
    tip = callout.mapTo(window, callout.rect().topLeft()).y() + callout.pointer_y
    bar = window.step_bar
    for step in ("data", "train", "evaluate", "model", "export"):
        rect = bar.visualItemRect(bar.item_for(step))
        top = bar.viewport().mapTo(window, rect.topLeft()).y()
        if top <= tip <= top + rect.height():
            return step
    return ""


def test_first_start_walks_through_three_callouts_and_remembers(qtbot, fresh_window, settings):
    window = fresh_window()
    qtbot.waitUntil(lambda: window.guide.callout.isVisible())
    callout = window.guide.callout
    seen = []
    for _ in range(3):
        seen.append((callout.title.text(), pointed_step(window), callout.counter.text()))
        callout.next_button.click()
    assert seen == [("Add your pictures", "data", "Step 1 of 3"),
                    ("Train", "train", "Step 2 of 3"),
                    ("Try it", "evaluate", "Step 3 of 3")]
    assert not callout.isVisible()
    assert settings.guide_done
    second = fresh_window()
    qtbot.wait(50)
    assert not second.guide.callout.isVisible()


def test_skip_ends_it_and_help_brings_it_back(qtbot, fresh_window, settings):
    window = fresh_window()
    qtbot.waitUntil(lambda: window.guide.callout.isVisible())
    assert window.guide.callout.next_button.text() == "Next"
    window.guide.callout.skip_button.click()
    assert not window.guide.callout.isVisible() and settings.guide_done
    window.actions_.guide.trigger()
    assert window.guide.callout.isVisible()
    assert window.guide.callout.title.text() == "Add your pictures"
    assert window.actions_.guide in window.actions_.help_menu.actions()


def test_callout_stays_beside_its_step_when_the_window_grows(qtbot, fresh_window):
    window = fresh_window()
    qtbot.waitUntil(lambda: window.guide.callout.isVisible())
    window.guide.next()
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.width() == 1440)
    assert pointed_step(window) == "train"
    callout = window.guide.callout
    assert callout.geometry().right() < window.width()
    assert callout.x() >= window.step_bar.mapTo(window, window.step_bar.rect().topRight()).x()


def test_new_project_from_the_first_callout_then_train_once_pictures_are_in(
        qtbot, fresh_window, monkeypatch):
    from lepton_studio.core.project import DatasetItem, DatasetSpec, ImageSettings
    from lepton_studio.gui.data.commands import ImportDatasetCommand
    from lepton_studio.gui.new_project import NewProjectDialog

    monkeypatch.setattr(NewProjectDialog, "exec", lambda self: NewProjectDialog.DialogCode.Accepted)
    window = fresh_window()
    qtbot.waitUntil(lambda: window.guide.callout.isVisible())
    callout = window.guide.callout
    assert callout.action_button.isVisible()
    callout.action_button.click()
    assert window.document.project is not None
    assert not callout.isVisible()  # waits while the user brings the pictures
    items = [DatasetItem(f"{c}/{i}.png", k, "train") for k, c in enumerate("ab") for i in range(3)]
    dataset = DatasetSpec("/nowhere", "folder", ["a", "b"], items, ImageSettings(), 0,
                          (0.8, 0.1, 0.1))
    window.document.undo_stack.push(ImportDatasetCommand(window.document.project, dataset))
    qtbot.waitUntil(lambda: callout.isVisible())
    assert callout.title.text() == "Train" and pointed_step(window) == "train"
    assert not callout.action_button.isVisible()
    window.document.set_project(None)
