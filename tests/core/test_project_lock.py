"""Two trainings of one project never lose a finished run: the training lock, and the
merge of runs another program saved meanwhile."""

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from lepton_studio.core import problems as P
from lepton_studio.core import project_lock as L
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import RunRecord, load_project, run_blob_key, save_project

from .safety_helpers import ROOT, cli, small_project


@pytest.fixture
def project_file(shape_images, tmp_path):
    path = tmp_path / "p.lepton"
    save_project(small_project(shape_images(per_class=6, size=16)), path)
    return path


def write_lock(project_file, **fields):
    info = {"holder": "lepton-studio train", "pid": os.getpid(), "host": socket.gethostname(),
            "since": time.time(), "refreshed": time.time(), "token": "t0"} | fields
    L.lock_path(project_file).write_text(json.dumps(info))


def dead_pid():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# --- the lock ------------------------------------------------------------------------------

def test_a_held_lock_refuses_a_second_training_and_names_the_holder(project_file):
    with L.ProjectLock(project_file, L.HOLDER_CLI) as first:
        info = json.loads(L.lock_path(project_file).read_text())
        assert info["pid"] == os.getpid() and info["holder"] == L.HOLDER_CLI
        assert info["host"] == socket.gethostname() and info["token"] == first.info.token
        with pytest.raises(LeptonError) as refused:
            L.ProjectLock(project_file, L.HOLDER_WINDOW).acquire()
        assert refused.value.code == P.PROJECT_LOCKED
        message = refused.value.problem.message()
        assert message.startswith(f"The project {project_file} is being trained by "
                                  f"lepton-studio train (process {os.getpid()} on ")
        assert " since " in message
    assert not L.lock_path(project_file).exists()  # released


@pytest.mark.parametrize("case", ["dead process here", "not refreshed elsewhere",
                                  "left over by this process", "unreadable and old"])
def test_a_stale_lock_is_taken_over(project_file, case):
    long_ago = time.time() - L.STALE_AFTER_S - 60
    if case == "dead process here":
        write_lock(project_file, pid=dead_pid())
    elif case == "not refreshed elsewhere":
        write_lock(project_file, host="another-computer", since=long_ago, refreshed=long_ago)
    elif case == "left over by this process":
        write_lock(project_file, token="not-held-by-anyone")
    else:
        L.lock_path(project_file).write_text("{half writ")
        os.utime(L.lock_path(project_file), (long_ago, long_ago))
    with L.ProjectLock(project_file, L.HOLDER_CLI) as lock:
        assert json.loads(L.lock_path(project_file).read_text())["token"] == lock.info.token


@pytest.mark.parametrize("case", ["alive elsewhere", "unreadable and fresh"])
def test_a_live_lock_is_respected(project_file, case):
    if case == "alive elsewhere":
        write_lock(project_file, host="another-computer", pid=1)
    else:
        L.lock_path(project_file).write_text("{half writ")
    with pytest.raises(LeptonError) as refused:
        L.ProjectLock(project_file, L.HOLDER_CLI).acquire()
    assert refused.value.code == P.PROJECT_LOCKED
    assert L.lock_path(project_file).exists()  # not ours to remove


def test_refresh_shows_the_holder_is_alive(project_file, monkeypatch):
    with L.ProjectLock(project_file, L.HOLDER_CLI) as lock:
        before = lock.info.refreshed
        monkeypatch.setattr(L.time, "time", lambda: before + 120)
        lock.refresh()
        assert json.loads(L.lock_path(project_file).read_text())["refreshed"] == before + 120


HOLD = """
import sys, time
from lepton_studio.core.project_lock import ProjectLock
lock = ProjectLock(sys.argv[1], "lepton-studio train").acquire()
print("held", flush=True)
time.sleep(600)
"""


def test_cli_train_refuses_while_another_process_trains_then_takes_a_dead_ones_lock(
        project_file, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(project_file)], env=env,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        refused = cli("train", project_file, "--epochs", "1", "--threads", "1", home=tmp_path / "home")
        assert refused.returncode == 2, refused.stderr
        assert f"is being trained by lepton-studio train (process {holder.pid} on" in refused.stderr
        assert "Traceback" not in refused.stderr
        assert load_project(project_file).runs == []
    finally:
        holder.send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
        holder.wait()
    assert L.lock_path(project_file).exists()
    trained = cli("train", project_file, "--epochs", "1", "--threads", "1", home=tmp_path / "home")
    assert trained.returncode == 0, trained.stderr
    assert len(load_project(project_file).runs) == 1
    assert not L.lock_path(project_file).exists()


def test_two_cli_trainings_at_once_lose_no_finished_run(project_file, tmp_path):
    args = ("train", project_file, "--epochs", "2", "--threads", "1")
    full_env = dict(os.environ, LEPTON_STUDIO_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    runs = [subprocess.Popen([sys.executable, "-m", "lepton_studio.cli", *map(str, args)],
                             env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 2]), results
    if codes == [0, 2]:
        assert any("is being trained by" in err for code, err in results if code == 2)
    saved = load_project(project_file)
    assert len(saved.runs) == codes.count(0)  # every "Saved" is in the file
    assert all(run_blob_key(run.id) in saved.blobs for run in saved.runs)


# --- the merge of runs saved meanwhile -----------------------------------------------------

def add_run(project, status="finished", epochs=2, weights=b"weights"):
    from lepton_studio.core.training.runner import new_run_id

    run = RunRecord(id=new_run_id(project), status=status,
                    history=[{"epoch": e + 1} for e in range(epochs)])
    project.runs.append(run)
    project.blobs[run_blob_key(run.id)] = weights + run.created.encode()
    return run


def test_a_window_saving_after_a_terminal_run_keeps_that_run(project_file):
    window = load_project(project_file)  # open, untouched, while a script trains
    script = load_project(project_file)
    theirs = add_run(script)
    save_project(script, project_file)
    window.name = "renamed in the window"
    assert save_project(window, project_file) == [theirs.id]  # the caller tells the user
    saved = load_project(project_file)
    assert saved.name == "renamed in the window"
    assert [r.id for r in saved.runs] == [theirs.id]
    assert saved.blobs[run_blob_key(theirs.id)] == script.blobs[run_blob_key(theirs.id)]
    assert [r.id for r in window.runs] == [theirs.id]  # the window shows it too
    assert save_project(window, project_file) == []  # taken in once


def test_the_same_id_twice_keeps_both_runs_and_settles(project_file):
    first, second = load_project(project_file), load_project(project_file)
    a, b = add_run(first, weights=b"A"), add_run(second, weights=b"B")
    assert a.id == b.id == "run-1" and a.created != b.created
    save_project(second, project_file)
    assert save_project(first, project_file) == ["run-2"]
    saved = load_project(project_file)
    assert {(r.id, r.created) for r in saved.runs} == {("run-1", a.created), ("run-2", b.created)}
    assert saved.blobs[run_blob_key("run-2")] == second.blobs[run_blob_key("run-1")]
    for _ in range(2):  # saving in turn neither loses nor duplicates
        save_project(second, project_file)
        save_project(first, project_file)
    assert sorted(r.created for r in load_project(project_file).runs) == sorted([a.created, b.created])


def test_a_run_removed_here_stays_removed(project_file):
    base = load_project(project_file)
    old = add_run(base)
    save_project(base, project_file)
    window, script = load_project(project_file), load_project(project_file)
    window.remove_run(old.id)
    newer = add_run(script)
    save_project(script, project_file)
    save_project(window, project_file)
    assert [r.id for r in load_project(project_file).runs] == [newer.id]


def test_a_run_finished_elsewhere_replaces_its_interrupted_copy(project_file):
    trainer = load_project(project_file)
    run = add_run(trainer, status="interrupted", epochs=1)
    save_project(trainer, project_file)
    window = load_project(project_file)  # sees the run half-way
    trainer.run(run.id).status, trainer.run(run.id).history = "finished", [{"epoch": 1}, {"epoch": 2}]
    trainer.blobs[run_blob_key(run.id)] = b"final weights"
    save_project(trainer, project_file)
    window.name = "edited"
    save_project(window, project_file)
    saved = load_project(project_file)
    assert saved.run(run.id).status == "finished" and len(saved.run(run.id).history) == 2
    assert saved.blobs[run_blob_key(run.id)] == b"final weights"


def test_save_as_over_another_file_and_copies_do_not_merge(project_file, tmp_path):
    project = load_project(project_file)
    other = load_project(project_file)
    add_run(other)
    save_project(other, tmp_path / "other.lepton")
    save_project(project, tmp_path / "other.lepton")  # "Save as" over it: replaced
    assert load_project(tmp_path / "other.lepton").runs == []
    state = project.file_state
    save_project(project, tmp_path / "autosave.lepton", track=False)
    assert project.file_state is state and state.path == str(tmp_path / "other.lepton")
