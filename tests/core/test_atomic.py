"""Atomic writes: the old file survives any failure, no temp file is left behind."""

import errno
import os
import stat

import pytest

from lepton_studio.core import atomic
from lepton_studio.core.atomic import atomic_write_bytes, atomic_writer
from lepton_studio.core.problems import LeptonError


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_new_and_replaces_existing(tmp_path):
    target = tmp_path / "file.bin"
    atomic_write_bytes(target, b"first")
    assert target.read_bytes() == b"first"
    atomic_write_bytes(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    assert leftovers(tmp_path) == []


def test_writer_streams_and_accepts_str_paths(tmp_path):
    target = tmp_path / "streamed.bin"
    with atomic_writer(str(target)) as handle:
        handle.write(b"a" * 10)
        assert not target.exists()  # nothing visible until the end
        handle.write(b"b" * 10)
    assert target.read_bytes() == b"a" * 10 + b"b" * 10


def test_crash_in_the_body_keeps_the_old_file(tmp_path):
    target = tmp_path / "file.bin"
    target.write_bytes(b"old content")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as handle:
            handle.write(b"half of the new")
            raise RuntimeError("crash")
    assert target.read_bytes() == b"old content"
    assert leftovers(tmp_path) == []


def test_failing_replace_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "file.bin"
    target.write_bytes(b"old content")

    def broken_replace(src, dst):
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError) as err:
        atomic_write_bytes(target, b"new content")
    assert err.value.errno == errno.EIO
    assert target.read_bytes() == b"old content"
    assert leftovers(tmp_path) == []


def test_full_disk_while_writing_becomes_disk_full(tmp_path):
    target = tmp_path / "file.bin"
    target.write_bytes(b"old")
    with pytest.raises(LeptonError) as err:
        with atomic_writer(target) as handle:
            handle.write(b"partial")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert err.value.code == "disk_full"
    assert err.value.problem.values["path"] == str(target)
    assert str(target) in err.value.problem.message()
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_full_disk_on_fsync_becomes_disk_full(tmp_path, monkeypatch):
    target = tmp_path / "file.bin"

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(LeptonError) as err:
        atomic_write_bytes(target, b"data")
    assert err.value.code == "disk_full"
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_refused_folder_becomes_file_unwritable(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(LeptonError) as err:
        atomic_write_bytes(tmp_path / "file.bin", b"data")
    assert err.value.code == "file_unwritable"
    assert err.value.problem.values["path"] == str(tmp_path / "file.bin")


def test_other_errors_from_the_body_pass_unchanged(tmp_path):
    with pytest.raises(PermissionError):
        with atomic_writer(tmp_path / "file.bin"):
            raise PermissionError(errno.EACCES, "reading some source failed")
    assert leftovers(tmp_path) == []


def test_keeps_the_mode_of_the_replaced_file(tmp_path):
    target = tmp_path / "file.bin"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    atomic_write_bytes(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_gets_ordinary_permissions(tmp_path):
    plain = tmp_path / "plain.bin"
    plain.write_bytes(b"x")
    target = tmp_path / "atomic.bin"
    atomic_write_bytes(target, b"x")
    assert stat.S_IMODE(target.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)


def test_file_and_folder_are_fsynced(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync

    def spy(fd):
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    atomic_write_bytes(tmp_path / "file.bin", b"data")
    assert False in synced  # the file
    if os.name != "nt":
        assert True in synced  # its folder


def test_windows_retries_a_held_file(tmp_path, monkeypatch):
    target = tmp_path / "file.bin"
    target.write_bytes(b"old")
    real_replace = os.replace
    attempts = []

    def held_twice(src, dst):
        attempts.append(dst)
        if len(attempts) <= 2:
            raise PermissionError(errno.EACCES, "held by antivirus")
        real_replace(src, dst)

    monkeypatch.setattr(atomic, "_IS_WINDOWS", True)
    monkeypatch.setattr(atomic.time, "sleep", lambda s: None)
    monkeypatch.setattr(os, "replace", held_twice)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(attempts) == 3


def test_windows_gives_up_on_a_file_held_for_good(tmp_path, monkeypatch):
    target = tmp_path / "file.bin"
    target.write_bytes(b"old")

    def always_held(src, dst):
        raise PermissionError(errno.EACCES, "held")

    monkeypatch.setattr(atomic, "_IS_WINDOWS", True)
    monkeypatch.setattr(atomic.time, "sleep", lambda s: None)
    monkeypatch.setattr(os, "replace", always_held)
    with pytest.raises(LeptonError) as err:
        atomic_write_bytes(target, b"new")
    assert err.value.code == "file_unwritable"
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []
