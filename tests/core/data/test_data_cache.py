"""cache.py: decode once, gather rows fast, notice changed files."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from lepton_studio.core.data import _parallel, decode
from lepton_studio.core.data.cache import ImageCache
from lepton_studio.core.problems import LeptonError
from lepton_studio.core.tasks import Cancelled, CancelToken


@pytest.fixture
def images(tmp_path, write_image):
    return [write_image(tmp_path / "imgs" / f"photo {i} é.png", (40 + i, 30), noise=True, seed=i)
            for i in range(6)]


@pytest.fixture
def decode_calls(monkeypatch):
    calls = []
    real = decode.preprocess_file

    def counting(path, *args, **kwargs):
        calls.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(decode, "preprocess_file", counting)
    return calls


def test_fill_then_get_matches_the_decoder(tmp_path, images):
    cache = ImageCache(tmp_path / "cache", 16, "rgb", "crop")
    stats = cache.fill(images)
    assert (stats.requested, stats.cached, stats.decoded, stats.failed) == (6, 0, 6, [])
    batch = cache.get([images[3], images[0]])
    assert batch.shape == (2, 16, 16, 3) and batch.dtype == np.uint8
    assert np.array_equal(batch[0], decode.preprocess_file(images[3], 16, "rgb", "crop"))
    assert np.array_equal(batch[1], decode.preprocess_file(images[0], 16, "rgb", "crop"))
    rows = cache.rows(images)
    assert np.array_equal(cache.take(rows[::-1]), cache.get(images[::-1]))
    gray = ImageCache(tmp_path / "cache", 16, "gray", "crop")
    gray.fill(images)
    assert gray.get(images[:1]).shape == (1, 16, 16, 1)


def test_second_fill_decodes_nothing(tmp_path, images, decode_calls):
    cache = ImageCache(tmp_path / "cache", 16)
    cache.fill(images + images[:2])  # repeats are decoded once
    assert len(decode_calls) == 6
    stats = cache.fill(images)
    assert (stats.cached, stats.decoded) == (6, 0)
    reopened = ImageCache(tmp_path / "cache", 16)  # reads the index from disk
    assert reopened.fill(images).decoded == 0
    assert len(decode_calls) == 6
    assert np.array_equal(reopened.get(images), cache.get(images))


def test_changed_file_is_decoded_again(tmp_path, images, write_image, decode_calls):
    cache = ImageCache(tmp_path / "cache", 16)
    cache.fill(images)
    before = cache.get(images[:1])[0].copy()
    write_image(images[0], (50, 50), color=(0, 255, 0))
    st = os.stat(images[0])
    os.utime(images[0], ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert not cache.contains(images[0])
    with pytest.raises(LeptonError) as info:
        cache.get(images[:1])
    assert info.value.code == "data_cache_missing"
    stats = cache.fill(images)
    assert (stats.cached, stats.decoded) == (5, 1)
    after = cache.get(images[:1])[0]
    assert not np.array_equal(before, after) and after[8, 8].tolist() == [0, 255, 0]
    assert len(cache) == 6


def test_missing_from_cache_raises(tmp_path, images):
    cache = ImageCache(tmp_path / "cache", 16)
    cache.fill(images[:2])
    with pytest.raises(LeptonError) as info:
        cache.get([images[2]])
    assert info.value.code == "data_cache_missing"
    assert info.value.problem.values["name"] == images[2].name


def test_bad_files_are_reported_not_fatal(tmp_path, images):
    broken = tmp_path / "imgs" / "broken.jpg"
    broken.write_text("nope")
    gone = tmp_path / "imgs" / "gone.png"
    cache = ImageCache(tmp_path / "cache", 16)
    stats = cache.fill([broken, *images, gone])
    assert stats.decoded == 6
    assert sorted((s.path.name, s.reason) for s in stats.failed) == [
        ("broken.jpg", "not_image"), ("gone.png", "missing")]
    assert cache.get(images).shape[0] == 6


def test_progress_and_cancel_keep_what_was_done(tmp_path, images, decode_calls, monkeypatch):
    monkeypatch.setattr(_parallel, "worker_count", lambda: 1)   # 4 files in flight at most
    monkeypatch.setattr(_parallel, "PROGRESS_INTERVAL_S", 0.0)
    cache = ImageCache(tmp_path / "cache", 16)
    token = CancelToken()
    events = []

    def on_event(event):
        events.append(event)
        if event.done >= 1:
            token.cancel()

    with pytest.raises(Cancelled):
        cache.fill(images, on_event, token)
    assert events[0].task == "cache" and events[0].total == 6
    kept = ImageCache(tmp_path / "cache", 16)  # what was decoded reached the disk
    done_before = len(kept)
    assert 1 <= done_before < 6
    events.clear()
    stats = kept.fill(images, events.append)
    assert stats.decoded == 6 - done_before and stats.cached == done_before
    assert (events[-1].done, events[-1].total) == (6, 6)


def test_size_and_clear_cover_every_setting(tmp_path, images):
    root = tmp_path / "cache"
    small, big = ImageCache(root, 16), ImageCache(root, 32, "gray", "pad")
    small.fill(images)
    big.fill(images)
    assert small.size_bytes() >= 6 * (16 * 16 * 3 + 32 * 32)
    assert small.size_bytes() == big.size_bytes()
    (root / "unrelated").mkdir()
    (root / "unrelated" / "keep.txt").write_text("not ours")
    small.clear()
    assert small.size_bytes() == len("not ours")
    assert (root / "unrelated" / "keep.txt").exists()
    assert len(small) == 0 and not small.contains(images[0])
    assert ImageCache(root, 32, "gray", "pad").fill(images).decoded == 6


def test_damaged_index_starts_over(tmp_path, images):
    cache = ImageCache(tmp_path / "cache", 16)
    cache.fill(images)
    (cache.directory / "index.json").write_text("{not json")
    again = ImageCache(tmp_path / "cache", 16)
    assert again.fill(images).decoded == 6  # the damage is noticed when it next appends
    expected = np.stack([decode.preprocess_file(p, 16) for p in images])
    assert np.array_equal(again.get(images), expected)
    assert np.array_equal(cache.get(images), expected)


def test_instances_of_one_folder_share_their_rows(tmp_path, images, decode_calls):
    first, second = ImageCache(tmp_path / "cache", 16), ImageCache(tmp_path / "cache", 16)
    first.fill(images[:3])
    second.fill(images[3:])
    assert first.fill(images).decoded == 0
    assert np.array_equal(first.get(images), second.get(images))
    assert len(decode_calls) == 6


def test_rows_appended_by_another_process_are_picked_up(tmp_path, images, decode_calls):
    cache = ImageCache(tmp_path / "cache", 16)
    cache.fill(images[:2])
    code = ("import sys\n"
            "from lepton_studio.core.data.cache import ImageCache\n"
            "c = ImageCache(sys.argv[1], 16)\n"
            "assert c.fill(sys.argv[2:]).decoded == 2\n")
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "cache"),
                    *map(str, images[:4])], check=True, timeout=60)
    stats = cache.fill(images)
    assert (stats.cached, stats.decoded) == (4, 2)  # the other process's rows are not redone
    expected = np.stack([decode.preprocess_file(p, 16) for p in images])
    assert np.array_equal(cache.get(images), expected)


def test_bad_settings_are_refused(tmp_path):
    with pytest.raises(ValueError):
        ImageCache(tmp_path, 16, "cmyk")
    with pytest.raises(ValueError):
        ImageCache(tmp_path, 0)
