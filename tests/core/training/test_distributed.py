"""Data-parallel training with torchrun (two CPU processes with gloo) and training job folders."""

import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from lepton_studio.cli import main as cli_main
from lepton_studio.core import problems as P
from lepton_studio.core.checkpoints import load_run_model
from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_folder
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.project import Project, load_project, save_project
from lepton_studio.core.tasks import CancelToken
from lepton_studio.core.templates import make_template
from lepton_studio.core.training import distributed as D
from lepton_studio.core.training import distributed_job as J
from lepton_studio.core.training.job import write_training_job
from lepton_studio.core.training.runner import load_split_arrays
from lepton_studio.core.training.trainer import _Loop, float_batch, train
from lepton_studio.core.training.trainer import resolve as resolve_settings

from .test_trainer import data as bright_dark_data
from .test_trainer import settings as tiny_settings
from .test_trainer import tiny_graph

TORCHRUN_TIMEOUT_S = 240
EPOCHS = 12


def make_project_file(images: Path, path: Path) -> Path:
    dataset = dataset_from_scan(scan(from_folder(images)))
    project = Project.new(path.stem, make_template("small-cnn", dataset.image.color,
                                                   dataset.image.size, len(dataset.class_names)))
    project.dataset = dataset
    project.training.early_stopping_patience = None  # the run must go all the epochs
    save_project(project, path)
    return path


def run_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("RANK", "WORLD_SIZE", "LOCAL_RANK", "LOCAL_WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")}
    return env | {"LEPTON_STUDIO_HOME": str(home), "OMP_NUM_THREADS": "1",
                  "LEPTON_STUDIO_DIST_TIMEOUT": "120", "LEPTON_STUDIO_DATA_TIMEOUT": "120"}


# --- sharding, launch environment, dataset relocation ----------------------------------------

@pytest.mark.parametrize("count", [1, 2, 5, 7, 10, 16, 33])
@pytest.mark.parametrize("world_size", [1, 2, 3, 4])
def test_shards_match_torch_distributed_sampler(count, world_size):
    from torch.utils.data import DistributedSampler

    order = torch.randperm(count, generator=torch.Generator().manual_seed(count))
    shards = [D.shard_order(order, rank, world_size) for rank in range(world_size)]
    for rank, shard in enumerate(shards):
        sampler = DistributedSampler(range(count), world_size, rank, shuffle=False, drop_last=False)
        assert shard.tolist() == [int(order[i]) for i in sampler]
        assert len(shard) == D.shard_length(count, world_size) == math.ceil(count / world_size)
    assert set(torch.cat(shards).tolist()) == set(range(count))  # every image, every epoch
    assert D.shard_order(list(range(5)), 1, 2) == [1, 3, 0]  # plain lists too, padded from the start


def test_launch_environment_needs_torchrun():
    with pytest.raises(LeptonError) as missing:
        D.launch_environment({"WORLD_SIZE": "2"})
    assert missing.value.code == P.DIST_NOT_LAUNCHED and "RANK" in missing.value.problem.message()
    with pytest.raises(LeptonError) as no_master:
        D.launch_environment({"RANK": "0", "WORLD_SIZE": "2", "LOCAL_RANK": "0"})
    assert "MASTER_ADDR" in no_master.value.problem.message()
    with pytest.raises(LeptonError):
        D.launch_environment({"RANK": "2", "WORLD_SIZE": "2", "LOCAL_RANK": "0"})
    launch = D.launch_environment({"RANK": "1", "WORLD_SIZE": "4", "LOCAL_RANK": "1",
                                   "LOCAL_WORLD_SIZE": "2", "MASTER_ADDR": "h", "MASTER_PORT": "1"})
    assert (launch.rank, launch.world_size, launch.local_rank, launch.local_world_size) == (1, 4, 1, 2)
    single = D.start(D.launch_environment({"RANK": "0", "WORLD_SIZE": "1", "LOCAL_RANK": "0"}), "cpu")
    assert not single.parallel and single.backend == "none" and single.device == "cpu"


def test_cli_distributed_outside_torchrun_says_how_to_start(shape_images, tmp_path, monkeypatch, capsys):
    project = make_project_file(shape_images(per_class=6, size=16), tmp_path / "p.lepton")
    for name in ("RANK", "WORLD_SIZE", "LOCAL_RANK"):
        monkeypatch.delenv(name, raising=False)
    assert cli_main(["train", str(project), "--distributed"]) == 2
    err = capsys.readouterr().err
    assert "torchrun" in err and "Traceback" not in err
    assert load_project(project).runs == []


def test_missing_root_falls_back_to_the_images_beside_the_project(tmp_path):
    project = Project.new("p")
    project.dataset = dataset_from_scan(scan([]))
    project.dataset.root = str(tmp_path / "gone")
    assert J.relocate_dataset(project.dataset, tmp_path / "p.lepton") is None  # no data/ here
    (tmp_path / "data").mkdir()
    assert J.relocate_dataset(project.dataset, tmp_path / "p.lepton") == str(tmp_path / "gone")
    assert project.dataset.root == str(tmp_path / "data")
    saved = []
    persist = J.saver(tmp_path / "p.lepton", str(tmp_path / "gone"),
                      lambda p, path: saved.append(p.dataset.root))
    persist(project)
    assert saved == [str(tmp_path / "gone")] and project.dataset.root == str(tmp_path / "data")


# --- the trainer's data-parallel path, in this process --------------------------------------

def test_one_process_context_trains_exactly_like_no_context():
    plain = train(tiny_graph(), bright_dark_data(), tiny_settings(epochs=3), threads=1)
    context = D.DistributedContext(0, 1, device="cpu")
    hooked = train(tiny_graph(), bright_dark_data(), tiny_settings(epochs=3), threads=1,
                   distributed=context)
    assert hooked.history == [dict(h, duration_s=g["duration_s"], images_per_s=g["images_per_s"])
                              for h, g in zip(plain.history, hooked.history)]


def test_parallel_path_with_one_rank_matches_the_plain_loop():
    """DDP wrapping, shard, all-reduced sums and buffer broadcast over a one-process gloo
    group give the plain loop's numbers: the reductions add up what one process sees."""
    import torch.distributed as dist

    def run(parallel):
        resolved = resolve_settings(tiny_settings(epochs=3), 96, "cpu")
        loop = _Loop(tiny_graph(), bright_dark_data(), resolved, lambda e: None, CancelToken(),
                     None, None, None, parallel)
        loop.run()
        return loop.history, loop._state_copy()

    torch.set_num_threads(1)
    plain_history, plain_state = run(None)
    dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
    try:
        context = D.DistributedContext(0, 1, device="cpu", backend="gloo")
        assert isinstance(D.wrap_model(context, torch.nn.Linear(2, 2)),
                          torch.nn.parallel.DistributedDataParallel)
        history, state = run(context)
    finally:
        dist.destroy_process_group()
    for a, b in zip(plain_history, history, strict=True):
        for key in ("train_loss", "train_accuracy", "val_loss", "val_accuracy"):
            assert a[key] == pytest.approx(b[key], rel=1e-5, abs=1e-7)
    assert plain_state.keys() == state.keys()  # the plain network's names, no "module." prefix
    assert all(torch.allclose(plain_state[k].float(), state[k].float(), atol=1e-5) for k in state)


def test_rank_one_of_two_trains_its_half_silently(monkeypatch):
    """Without a process group (the collectives replaced by local stand-ins): rank 1
    runs half the batches of each epoch, checks half the validation images, and reports
    nothing (only rank 0 emits events and checkpoints)."""
    from lepton_studio.core.training import trainer

    sums = []
    monkeypatch.setattr(trainer, "wrap_model", lambda context, network: network)
    monkeypatch.setattr(trainer, "broadcast_buffers", lambda context, network: None)
    monkeypatch.setattr(trainer, "sum_across",
                        lambda context, values: sums.append([float(v) for v in values]) or sums[-1])
    events, checkpoints = [], []
    context = D.DistributedContext(1, 2, device="cpu", backend="gloo")
    result = train(tiny_graph(), bright_dark_data(count=95, val=33), tiny_settings(epochs=2), events.append,
                   threads=1, on_checkpoint=lambda *a: checkpoints.append(a), distributed=context)
    assert result.status == "finished" and len(result.history) == 2
    assert events == [] and checkpoints == []
    train_sums, val_sums = sums[0], sums[1]  # epoch 1: training, then validation
    assert train_sums[2] == 48  # ceil(95 / 2) images, one of them a repeat
    assert val_sums[2] == 16  # validation images 1, 3, 5, ... of 33


# --- two processes under torchrun -----------------------------------------------------------

def test_two_cpu_processes_train_one_run_like_a_single_process(shape_images, tmp_path):
    images = shape_images(classes=("circle", "square", "triangle"), per_class=40, size=32)
    (tmp_path / "desk").mkdir()
    made = make_project_file(images, tmp_path / "desk" / "shapes.lepton")
    summary = write_training_job(load_project(made), "shapes", tmp_path / "desk" / "job")
    server = tmp_path / "server" / "job"
    shutil.move(str(summary.folder), server)  # the job runs somewhere else
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
         "-m", "lepton_studio.cli", "train", "shapes.lepton", "--distributed",
         "--epochs", str(EPOCHS), "--threads", "1", "--json"],
        cwd=server, env=run_env(home), capture_output=True, text=True, timeout=TORCHRUN_TIMEOUT_S)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Rank 0 on" in result.stderr

    project = load_project(server / "shapes.lepton")
    assert len(project.runs) == 1
    run = project.runs[0]
    assert run.status == "finished" and project.selected_run == run.id
    assert len(run.history) == EPOCHS and [h["epoch"] for h in run.history] == list(range(1, EPOCHS + 1))
    assert run.settings["world_size"] == 2 and run.settings["backend"] == "gloo"
    assert run.best_val_accuracy >= 0.75  # chance is 0.33
    assert project.dataset.root == str(summary.folder / "data")  # written back as it came

    # The checkpoint loads, and the metrics summed over both ranks are those of one
    # process evaluating rank 0's weights on the whole validation split.
    model = load_run_model(project, run)
    J.relocate_dataset(project.dataset, server / "shapes.lepton")
    val_x, val_y = load_split_arrays(project.dataset, home / "cache" / "images", ("val",))["val"]
    with torch.inference_mode():
        logits = model(float_batch(torch.from_numpy(val_x), "cpu"))
        labels = torch.from_numpy(val_y)
        loss = float(torch.nn.functional.cross_entropy(logits, labels))
        accuracy = float((logits.argmax(1) == labels).float().mean())
    best = run.history[run.best_epoch - 1]
    assert best["val_accuracy"] == pytest.approx(accuracy, abs=1e-9)
    assert best["val_loss"] == pytest.approx(loss, rel=1e-4, abs=1e-6)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_single_gpu_script_trains_on_the_cpu_here(shape_images, tmp_path):
    made = make_project_file(shape_images(per_class=8, size=16), tmp_path / "small.lepton")
    job = tmp_path / "job"
    write_training_job(load_project(made), "small", job)
    env = run_env(tmp_path / "home") | {"TORCHRUN": f"{sys.executable} -m torch.distributed.run"}
    result = subprocess.run(["bash", str(job / "run_single_gpu.sh"), "--epochs", "2", "--device", "cpu"],
                            env=env, capture_output=True, text=True, timeout=TORCHRUN_TIMEOUT_S)
    assert result.returncode == 0, result.stderr[-3000:]
    run = load_project(job / "small.lepton").runs[-1]
    assert len(run.history) == 2 and run.settings["world_size"] == 1 and run.device == "cpu"


# --- job folders -----------------------------------------------------------------------------

def test_job_folder_holds_project_images_scripts_and_readme(shape_images, tmp_path, capsys):
    images = shape_images(per_class=5, size=16)
    made = make_project_file(images, tmp_path / "My shapes.lepton")
    (images / "circle" / "circle_000.png").rename(tmp_path / "outside.png")  # a file outside the root
    project = load_project(made)
    item = next(it for it in project.dataset.items if it.path == "circle/circle_000.png")
    item.path = str(tmp_path / "outside.png")
    save_project(project, made)

    job = tmp_path / "job"
    assert cli_main(["job", str(made), "--out", str(job)]) == 0
    assert "data/" in capsys.readouterr().out
    names = {p.name for p in job.iterdir()}
    assert names == {"My_shapes.lepton", "data", "README.md", "run_single_gpu.sh", "run_multi_gpu.sh",
                     "run_multi_node.sh", "run_single_gpu.cmd"}
    copied = load_project(job / "My_shapes.lepton")
    assert copied.dataset.root == str(job / "data")
    assert len(copied.dataset.items) == 10
    for it in copied.dataset.items:
        path = copied.dataset.resolve(it.path)
        assert path.is_file() and job / "data" in path.parents and not Path(it.path).is_absolute()
    assert (job / "data" / "square" / "square_003.png").read_bytes() == \
        (images / "square" / "square_003.png").read_bytes()

    single = (job / "run_single_gpu.sh").read_text()
    multi = (job / "run_multi_gpu.sh").read_text()
    nodes = (job / "run_multi_node.sh").read_text()
    assert "--standalone --nproc_per_node=1" in single and '"My_shapes.lepton" --distributed' in single
    assert "--standalone --nproc_per_node=\"$GPUS\"" in multi and "-m lepton_studio.cli train" in multi
    for flag in ("--nnodes=", "--node_rank=", "--rdzv_backend=c10d", "--rdzv_endpoint=\"$MAIN_HOST:$PORT\""):
        assert flag in nodes
    assert all(os.access(job / n, os.X_OK) for n in names if n.endswith(".sh")) or os.name == "nt"
    assert b"\r\n" in (job / "run_single_gpu.cmd").read_bytes()
    readme = (job / "README.md").read_text()
    assert "pip install lepton-studio" in readme and "Train step" in readme

    shutil.rmtree(job / "data")
    job2 = tmp_path / "job2"
    assert cli_main(["job", str(made), "--out", str(job2), "--no-images"]) == 0
    assert not (job2 / "data").exists()
    assert load_project(job2 / "My_shapes.lepton").dataset.root == str(images)


def test_job_refuses_a_full_folder_and_missing_images(shape_images, tmp_path):
    images = shape_images(per_class=4, size=16)
    project = load_project(make_project_file(images, tmp_path / "p.lepton"))
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x")
    with pytest.raises(LeptonError) as full:
        write_training_job(project, "p", tmp_path / "full")
    assert full.value.code == P.JOB_FOLDER_NOT_EMPTY
    (images / "square" / "square_001.png").unlink()
    with pytest.raises(LeptonError) as missing:
        write_training_job(project, "p", tmp_path / "job")
    assert missing.value.code == P.JOB_IMAGES_MISSING and missing.value.problem.values["count"] == 1
    assert project.dataset.root == str(images)  # the project itself is never changed
    assert not (tmp_path / "job" / "data").exists()  # refused before copying anything
