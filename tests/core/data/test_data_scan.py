"""scan.py: the report a user sees after importing a folder."""

from __future__ import annotations

import json
import shutil
import zlib

import numpy as np
import pytest
from PIL import Image

from lepton_studio.core.data import _parallel
from lepton_studio.core.data import scan as scan_module
from lepton_studio.core.data.decode import DecodeError
from lepton_studio.core.data.scan import decode_failure, scan, suggest_size
from lepton_studio.core.data.sources import from_folder
from lepton_studio.core.tasks import Cancelled, CancelToken, Progress


def fill_class(folder, write_image, count, size=(40, 30), start=0, mode="RGB"):
    for i in range(start, start + count):
        write_image(folder / f"img{i:03d}.png", size, noise=True, seed=i + zlib.crc32(folder.name.encode()),
                    mode=mode)


def test_bad_files_are_classified(tmp_path, write_image, monkeypatch):
    root = tmp_path / "data"
    fill_class(root / "good", write_image, 3)
    bad = root / "bad"
    write_image(bad / "ok.png", (20, 20), noise=True)
    (bad / "text.jpg").write_text("not an image")
    (bad / "empty.png").write_bytes(b"")
    full = write_image(bad / "full.jpg", (60, 50), noise=True, quality=90).read_bytes()
    (bad / "full.jpg").unlink()
    (bad / "cut.jpg").write_bytes(full[: len(full) // 2])
    png = write_image(bad / "whole.png", (60, 50), noise=True).read_bytes()
    (bad / "whole.png").unlink()
    (bad / "cut.png").write_bytes(png[: len(png) // 3])
    write_image(bad / "bomb.png", (120, 120))
    write_image(bad / "icon.png", (16, 16), format="ICO")
    (bad / "readme.txt").write_text("x")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 3000)  # 14 400 px > 2 x 3000

    report = scan(from_folder(root))
    reasons = {s.path.name: s.reason for s in report.skipped}
    assert reasons == {"text.jpg": "not_image", "empty.png": "empty", "cut.jpg": "truncated",
                       "cut.png": "truncated", "bomb.png": "too_large", "icon.png": "unsupported",
                       "readme.txt": "not_image"}
    assert report.class_counts == {"bad": 1, "good": 3}
    assert report.total == 10  # readme.txt is no candidate
    item = next(i for i in report.items if i.path.name == "ok.png")
    assert (item.width, item.height, item.mode, item.format) == (20, 20, "RGB", "PNG")
    assert len(item.hash) == 32
    codes = {p.code for p in report.problems()}
    assert {"data_truncated", "data_empty", "data_too_large", "data_not_image",
            "data_unsupported", "data_class_too_few"} <= codes
    json.dumps(report.to_dict())  # plain data all the way down


def test_counts_small_classes_empty_folders_and_imbalance(tmp_path, write_image):
    root = tmp_path / "data"
    fill_class(root / "many", write_image, 12)
    fill_class(root / "some", write_image, 3)
    fill_class(root / "one", write_image, 1)
    (root / "none").mkdir()
    report = scan(from_folder(root))
    assert report.class_counts == {"many": 12, "none": 0, "one": 1, "some": 3}
    assert report.class_names == ["many", "one", "some"]
    assert report.empty_classes == ["none"]
    assert report.too_few == ["one"]
    assert report.few == ["some"]
    assert report.imbalance_ratio == 12.0
    by_code = {}
    for problem in report.problems():
        by_code.setdefault(problem.code, []).append(problem)
    assert by_code["data_class_too_few"][0].severity == "error"
    assert by_code["data_class_too_few"][0].values["label"] == "one"
    assert by_code["data_class_few"][0].severity == "warning"
    assert by_code["data_class_empty"][0].values["label"] == "none"
    imbalance = by_code["data_imbalance"][0]
    assert imbalance.values == {"ratio": 12.0, "largest": "many", "smallest": "one"}
    assert "12.0" in imbalance.message()


def test_duplicates_and_conflicts(tmp_path, write_image):
    root = tmp_path / "data"
    fill_class(root / "cats", write_image, 2)
    fill_class(root / "dogs", write_image, 2)
    shutil.copy(root / "cats" / "img000.png", root / "cats" / "copy of img000.png")
    shutil.copy(root / "cats" / "img001.png", root / "dogs" / "stray.png")
    report = scan(from_folder(root))
    assert len(report.duplicates) == 1
    group = report.duplicates[0]
    assert group.label == "cats"
    assert sorted(p.name for p in group.paths) == ["copy of img000.png", "img000.png"]
    assert report.redundant_paths() == [group.paths[1]]
    assert len(report.conflicts) == 1
    conflict = report.conflicts[0]
    assert sorted(zip((p.name for p in conflict.paths), conflict.labels, strict=True)) == [
        ("img001.png", "cats"), ("stray.png", "dogs")]
    codes = [p.code for p in report.problems()]
    assert codes.count("data_duplicates") == 1 and codes.count("data_label_conflict") == 1


def test_tiny_images_and_suggested_size(tmp_path, write_image):
    root = tmp_path / "data"
    fill_class(root / "a", write_image, 3, size=(120, 100))
    fill_class(root / "b", write_image, 2, size=(100, 300))
    write_image(root / "b" / "tiny.png", (10, 40), noise=True)
    report = scan(from_folder(root))
    assert [i.path.name for i in report.tiny] == ["tiny.png"]
    assert report.suggested_size == 96  # median short side 100
    tiny = next(p for p in report.problems() if p.code == "data_tiny_image")
    assert tiny.values["width"] == 10 and tiny.values["height"] == 40


def test_suggest_size_rules():
    assert suggest_size([20, 25, 30]) == 32
    assert suggest_size([50, 60, 70]) == 48
    assert suggest_size([64, 64]) == 64
    assert suggest_size([1000, 3000, 4000]) == 128
    assert suggest_size([]) in (32, 48, 64, 96, 128)


def test_suggested_colour(tmp_path, write_image):
    gray_root = tmp_path / "gray"
    fill_class(gray_root / "a", write_image, 2, mode="L")
    y, x = np.mgrid[0:64, 0:64]
    grey_rgb = np.repeat(((x * 4 + y) % 256).astype(np.uint8)[:, :, None], 3, axis=2)
    path = gray_root / "b" / "grey-photo.jpg"
    path.parent.mkdir()
    Image.fromarray(grey_rgb).save(path, quality=85)  # RGB JPEG of grey content
    report = scan(from_folder(gray_root))
    assert report.suggested_color == "gray"

    write_image(gray_root / "b" / "red.png", (30, 30), color=(220, 20, 20))
    assert scan(from_folder(gray_root)).suggested_color == "rgb"
    assert scan(from_folder(gray_root), color="gray").suggested_color == "gray"


def test_unicode_paths_and_plain_pairs(tmp_path, write_image):
    a = write_image(tmp_path / "données été" / "chat 1.png", (20, 20), noise=True, seed=1)
    b = write_image(tmp_path / "データ" / "犬 2.jpg", (20, 20), noise=True, seed=2)
    report = scan([(a, "chat"), (str(b), "犬")])
    assert report.class_counts == {"chat": 1, "犬": 1}
    assert not report.skipped
    assert report.kind == "files"


def test_progress_events_start_and_end(tmp_path, write_image):
    root = tmp_path / "data"
    fill_class(root / "a", write_image, 6)
    events = []
    scan(from_folder(root), on_event=events.append)
    assert all(isinstance(e, Progress) and e.task == "scan" for e in events)
    assert events[0].done == 0 and events[0].total == 6
    assert events[-1].done == 6 and events[-1].total == 6
    assert [e.done for e in events] == sorted(e.done for e in events)


def test_cancel_from_the_event_callback_before_any_work(tmp_path, write_image, monkeypatch):
    root = tmp_path / "data"
    fill_class(root / "a", write_image, 5)
    checked = []
    real_check = scan_module._check
    monkeypatch.setattr(scan_module, "_check", lambda *a: checked.append(a) or real_check(*a))
    token = CancelToken()
    with pytest.raises(Cancelled):
        scan(from_folder(root), on_event=lambda e: token.cancel(), token=token)
    assert checked == []


def test_cancel_midway_stops_submitting(tmp_path, write_image, monkeypatch):
    root = tmp_path / "data"
    fill_class(root / "a", write_image, 60, size=(8, 8))
    monkeypatch.setattr(_parallel, "worker_count", lambda: 2)   # 8 files in flight at most
    monkeypatch.setattr(_parallel, "PROGRESS_INTERVAL_S", 0.0)  # an event per file
    checked = []
    real_check = scan_module._check
    monkeypatch.setattr(scan_module, "_check", lambda *a: checked.append(a) or real_check(*a))
    token = CancelToken()

    def on_event(event):
        if event.done >= 3:
            token.cancel()

    with pytest.raises(Cancelled):
        scan(from_folder(root), on_event=on_event, token=token)
    assert 3 <= len(checked) < 60


def test_decode_failure_is_a_lepton_error():
    error = decode_failure("/x/photo.jpg", DecodeError("truncated", "2 bytes"))
    assert error.code == "data_truncated"
    assert "photo.jpg" in str(error)
