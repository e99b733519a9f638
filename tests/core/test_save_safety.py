"""A save that cannot complete says so (exit 2) and leaves the previous file; logging
on a full disk stays quiet."""

import errno
import logging
import os

import pytest

from lepton_studio.cli import main as cli_main
from lepton_studio.core import logs, paths
from lepton_studio.core import problems as P
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import load_project, save_project

from .safety_helpers import cli, small_project

REAL_OPEN, REAL_WRITE, REAL_FSYNC, REAL_CLOSE = os.open, os.write, os.fsync, os.close


@pytest.fixture
def temp_fds(monkeypatch):
    """The descriptors of the temporary files that atomic writes open (``.tmp``)."""
    fds: set[int] = set()

    def spying_open(path, flags, mode=0o777, **kwargs):
        fd = REAL_OPEN(path, flags, mode, **kwargs)
        if str(path).endswith(".tmp"):
            fds.add(fd)
        return fd
    monkeypatch.setattr(os, "open", spying_open)
    return fds


def _enospc(*_args):
    raise OSError(errno.ENOSPC, "No space left on device")


FAULTS = {
    # os.write raises, as on a full disk
    "write raises": ("write", lambda fd, data: _enospc()),
    # the system accepts nothing, again and again
    "write makes no progress": ("write", lambda fd, data: 0),
    # a short write that claims to be complete: only the size check can see it
    "write lies about its size": ("write", lambda fd, data: REAL_WRITE(fd, bytes(data)[: len(data) // 2])
                                  and len(data)),
    "fsync raises": ("fsync", lambda fd: _enospc()),
    # NFS and quotas report a full disk when the file is closed
    "close raises": ("close", lambda fd: REAL_CLOSE(fd) or _enospc()),
}


def _install(monkeypatch, fds, fault):
    name, fake = FAULTS[fault]
    real = {"write": REAL_WRITE, "fsync": REAL_FSYNC, "close": REAL_CLOSE}[name]
    monkeypatch.setattr(os, name, lambda fd, *rest: (fake if fd in fds else real)(fd, *rest))


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_failed_save_keeps_the_old_file_byte_for_byte(shape_images, tmp_path, monkeypatch,
                                                       temp_fds, fault):
    project = small_project(shape_images(per_class=3, size=16))
    target = tmp_path / "p.lepton"
    save_project(project, target)
    before = target.read_bytes()
    project.name = "changed"
    project.blobs["extra/data.bin"] = os.urandom(200_000)
    _install(monkeypatch, temp_fds, fault)
    with pytest.raises(LeptonError) as failed:
        save_project(project, target)
    expected = P.SAVE_UNVERIFIED if fault == "write lies about its size" else P.DISK_FULL
    assert failed.value.code == expected
    assert str(target) in failed.value.problem.message()
    assert target.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_short_writes_are_continued_until_everything_is_written(shape_images, tmp_path,
                                                               monkeypatch, temp_fds):
    project = small_project(shape_images(per_class=3, size=16))
    project.blobs["extra/data.bin"] = os.urandom(300_000)
    calls = []

    def short(fd, data):
        calls.append(len(data))
        return REAL_WRITE(fd, bytes(data)[: max(1, len(data) // 3)])
    monkeypatch.setattr(os, "write", lambda fd, data: (short if fd in temp_fds else REAL_WRITE)(fd, data))
    save_project(project, tmp_path / "p.lepton")
    monkeypatch.undo()
    assert len(calls) > 3  # each write came back short and was continued
    assert load_project(tmp_path / "p.lepton").blobs["extra/data.bin"] == project.blobs["extra/data.bin"]


@pytest.mark.parametrize("fault", ["write raises", "write lies about its size"])
def test_cli_new_on_a_full_disk_exits_2_and_leaves_no_or_the_old_file(
        shape_images, tmp_path, monkeypatch, temp_fds, capsys, fault):
    images = shape_images(per_class=3, size=16)
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "home"))
    fresh, old = tmp_path / "fresh.lepton", tmp_path / "old.lepton"
    assert cli_main(["new", str(old), "--data", str(images)]) == 0
    before = old.read_bytes()
    capsys.readouterr()
    _install(monkeypatch, temp_fds, fault)
    assert cli_main(["new", str(fresh), "--data", str(images)]) == 2
    assert cli_main(["new", str(old), "--data", str(images), "--force", "--seed", "3"]) == 2
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert err.count("could not be saved") == 2 and "Saved" not in err
    assert "Traceback" not in err
    assert not fresh.exists() and old.read_bytes() == before
    assert _leftovers(tmp_path) == []


# --- logging on a full disk ------------------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_log_disk_never_reaches_the_terminal(shape_images, tmp_path):
    home = tmp_path / "home"
    (home / "logs").mkdir(parents=True)
    os.symlink("/dev/full", home / "logs" / logs.LOG_FILE_NAME)  # every write: ENOSPC
    project = tmp_path / "p.lepton"
    save_project(small_project(shape_images(per_class=3, size=16)), project)
    for args in (("info", project), ("evaluate", project)):
        result = cli(*args, home=home)
        assert "Logging error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2 and "trained" in result.stderr  # evaluate: a plain problem


def test_an_unwritable_log_folder_is_quiet_too(shape_images, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "logs").write_text("a file where the log folder should be")
    project = tmp_path / "p.lepton"
    save_project(small_project(shape_images(per_class=3, size=16)), project)
    result = cli("info", project, home=home)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


class _FullStream:
    def write(self, text):
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self):
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self):
        raise OSError(errno.ENOSPC, "No space left on device")


def test_the_handler_drops_records_silently_and_recovers(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    monkeypatch.setattr(logging, "raiseExceptions", True)  # Python's default: dump errors
    logs.shutdown_logging()
    try:
        path = logs.setup_logging()
        handler = logs._handler
        handler.stream = _FullStream()
        logging.getLogger("lepton_studio.test").warning("lost on a full disk")
        assert handler.dropped == 1
        assert capsys.readouterr().err == ""
        logging.getLogger("lepton_studio.test").warning("written after space was freed")
        handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "written after space was freed" in text and "lost on a full disk" not in text
    finally:
        logs.shutdown_logging()
