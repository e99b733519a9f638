"""User folders: LEPTON_STUDIO_HOME override, platformdirs otherwise, created on demand."""

import os
from pathlib import Path

import platformdirs
import pytest

from lepton_studio.core import paths

FOLDERS = {
    "config_dir": "config",
    "cache_dir": "cache",
    "log_dir": "logs",
    "state_dir": "state",
    "documents_dir": "projects",
}


def test_conftest_keeps_tests_out_of_the_real_user_folders():
    home = Path(os.environ[paths.HOME_ENV])
    for name in FOLDERS:
        folder = getattr(paths, name)()
        assert folder.is_relative_to(home.resolve())


@pytest.mark.parametrize("name,sub", FOLDERS.items())
def test_home_override_puts_each_folder_under_it_and_creates_it(tmp_path, monkeypatch, name, sub):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "portable"))
    folder = getattr(paths, name)()
    assert folder == (tmp_path / "portable" / sub).resolve()
    assert folder.is_dir()


def test_create_false_does_not_make_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    assert paths.cache_dir(create=False) == tmp_path.resolve() / "cache"
    assert not (tmp_path / "cache").exists()


def test_relative_home_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(paths.HOME_ENV, "here")
    assert paths.config_dir() == tmp_path.resolve() / "here" / "config"


def test_without_override_platformdirs_decides(tmp_path, monkeypatch):
    calls = []

    def fake(kind):
        def where(appname=None, appauthor=None, *args, **kwargs):
            calls.append((kind, appname, appauthor))
            return str(tmp_path / kind)
        return where

    for kind in ("config", "cache", "log", "state", "documents"):
        monkeypatch.setattr(platformdirs, f"user_{kind}_dir", fake(kind))
    for value in (None, "", "   "):
        if value is None:
            monkeypatch.delenv(paths.HOME_ENV)
        else:
            monkeypatch.setenv(paths.HOME_ENV, value)
        assert paths.home_override() is None
        assert paths.config_dir() == tmp_path / "config"
        assert paths.cache_dir() == tmp_path / "cache"
        assert paths.log_dir() == tmp_path / "log"
        assert paths.state_dir() == tmp_path / "state"
        assert paths.documents_dir() == tmp_path / "documents" / "Lepton Studio"
        assert (tmp_path / "documents" / "Lepton Studio").is_dir()
    assert ("config", "LeptonStudio", "Lepton") in calls
    assert ("state", "LeptonStudio", "Lepton") in calls
