"""The rotating log file in log_dir(): set up once, follows LEPTON_STUDIO_HOME."""

import logging
from logging.handlers import RotatingFileHandler

import pytest

from lepton_studio.core import logs, paths


@pytest.fixture
def fresh_logging(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    logs.shutdown_logging()
    yield tmp_path
    logs.shutdown_logging()


def our_handlers():
    return [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


def test_setup_logging_writes_to_the_log_folder(fresh_logging):
    path = logs.setup_logging()
    assert path == logs.log_path() == fresh_logging.resolve() / "logs" / logs.LOG_FILE_NAME
    logging.getLogger("lepton_studio.test").info("hello from the test")
    logging.getLogger("lepton_studio.test").debug("too detailed")
    for handler in our_handlers():
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "hello from the test" in text
    assert "too detailed" not in text
    assert "Lepton Studio" in text  # the start-up line
    handler = our_handlers()[0]
    assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUP_COUNT


def test_setup_logging_is_idempotent_and_updates_the_level(fresh_logging):
    logs.setup_logging()
    logs.setup_logging(logging.DEBUG)
    assert len(our_handlers()) == 1
    assert logging.getLogger("lepton_studio").level == logging.DEBUG


def test_handler_follows_a_new_home(fresh_logging, tmp_path_factory, monkeypatch):
    first = logs.setup_logging()
    other = tmp_path_factory.mktemp("other-home")
    monkeypatch.setenv(paths.HOME_ENV, str(other))
    second = logs.setup_logging()
    assert second != first and second.parent == other.resolve() / "logs"
    assert len(our_handlers()) == 1
