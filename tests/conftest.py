"""Shared test set-up.

``LEPTON_STUDIO_HOME`` is pointed at a fresh temporary folder at import time (before any
test module imports the app), so no test reads or writes the real user folders
(settings, cache, logs, autosave, projects). The folder is removed after the session.
"""

import os
import shutil
import tempfile

import pytest

_TEST_HOME = tempfile.mkdtemp(prefix="lepton-studio-test-home-")
os.environ["LEPTON_STUDIO_HOME"] = _TEST_HOME


@pytest.fixture(scope="session", autouse=True)
def lepton_studio_home():
    """The per-session LEPTON_STUDIO_HOME folder; removed when the session ends."""
    yield _TEST_HOME
    from lepton_studio.core.logs import shutdown_logging

    shutdown_logging()
    shutil.rmtree(_TEST_HOME, ignore_errors=True)
