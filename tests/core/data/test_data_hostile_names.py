"""Messy folders: links counted once, names that are not text, cut-short PNGs, CSV encodings."""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lepton_studio.core.data.dataset_builder import dataset_from_scan
from lepton_studio.core.data.scan import scan
from lepton_studio.core.data.sources import from_csv, from_folder
from lepton_studio.core.project import Project, load_project, save_project
from lepton_studio.core.templates import make_template
from lepton_studio.core.text import visible


def picture(path: Path, seed: int = 0, size: int = 16) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pixels = np.random.default_rng(seed).integers(0, 256, (size, size, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(path)
    return path


def two_classes(root: Path, per_class: int = 10) -> Path:
    for c, name in enumerate(("cats", "dogs")):
        for i in range(per_class):
            picture(root / name / f"{name}{i}.png", seed=100 * c + i)
    return root


def symlink(target: Path, link: Path) -> None:
    try:
        os.symlink(target, link, target_is_directory=target.is_dir())
    except (OSError, NotImplementedError):
        pytest.skip("symlinks not available")


# --- links (issue 21, item 11) ---------------------------------------------------------------

def test_symlink_loops_and_duplicate_links_count_each_picture_once(tmp_path):
    root = two_classes(tmp_path / "data")
    symlink(root / "cats", root / "cats" / "loop")          # a folder inside itself
    symlink(root, root / "dogs" / "up")                      # back to the top: both classes again
    symlink(root / "dogs" / "dogs1.png", root / "dogs" / "again.png")  # a second way to a file
    symlink(root / "cats" / "cats2.png", root / "dogs" / "cat-in-dogs.png")
    os.link(root / "cats" / "cats3.png", root / "cats" / "hard.png")   # a hard link
    symlink(root / "dogs", root / "puppies")                 # a class that is a link to another

    report = scan(from_folder(root))
    assert len(report.items) == 20  # 20 pictures exist; before, the links made this 30+
    assert report.class_counts == {"cats": 10, "dogs": 10, "puppies": 0}
    assert {i.path.name for i in report.items if i.label == "cats"} == {f"cats{i}.png" for i in range(10)}
    reasons = {s.path.name: s.reason for s in report.skipped}
    assert reasons == {"loop": "link_loop", "up": "link_loop", "puppies": "link_loop",
                       "again.png": "linked_twice", "cat-in-dogs.png": "linked_twice",
                       "hard.png": "linked_twice"}
    again = next(s for s in report.skipped if s.path.name == "again.png").problem()
    assert "dogs1.png" in again.message() and "counted once" in again.message()


def test_a_link_to_pictures_outside_the_folder_is_followed(tmp_path):
    root = two_classes(tmp_path / "data", per_class=3)
    for i in range(4):
        picture(tmp_path / "elsewhere" / f"far{i}.png", seed=50 + i)
    symlink(tmp_path / "elsewhere", root / "cats" / "more")
    report = scan(from_folder(root))
    assert report.class_counts == {"cats": 7, "dogs": 3}
    assert not report.skipped


# --- truncated PNG (item 11) -----------------------------------------------------------------

@pytest.mark.parametrize("cut", [2, 12, 40, 3000])
def test_a_cut_short_png_is_reported_unreadable_with_the_reason(tmp_path, cut):
    root = two_classes(tmp_path / "data", per_class=3)
    whole = picture(tmp_path / "whole.png", seed=7, size=64).read_bytes()
    (root / "cats" / "half.png").write_bytes(whole[:-cut])  # a download that stopped early
    report = scan(from_folder(root))
    skipped = {s.path.name: s for s in report.skipped}
    assert "half.png" not in {i.path.name for i in report.items}
    assert skipped["half.png"].reason == "truncated"
    assert "cut short" in skipped["half.png"].problem().message()


def test_a_png_with_a_damaged_byte_is_reported(tmp_path):
    root = two_classes(tmp_path / "data", per_class=3)
    data = bytearray(picture(tmp_path / "whole.png", seed=8, size=64).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (root / "cats" / "flipped.png").write_bytes(bytes(data))
    report = scan(from_folder(root))
    assert {s.path.name: s.reason for s in report.skipped}["flipped.png"] in ("corrupt", "truncated")
    assert report.class_counts == {"cats": 3, "dogs": 3}


# --- names that are not valid text (item 10) -------------------------------------------------

@pytest.mark.skipif(os.name == "nt", reason="Windows file names are always text")
def test_names_that_are_not_text_are_left_out_and_the_project_saves(tmp_path):
    root = two_classes(tmp_path / "data", per_class=4)
    bad_dir = os.fsencode(root) + b"/\xff\xfeclass"
    os.mkdir(bad_dir)
    picture(Path(os.fsdecode(bad_dir + b"/a.png")))
    picture(Path(os.fsdecode(os.fsencode(root / "cats") + b"/photo\xe9.png")), seed=9)
    try:
        report = scan(from_folder(root))
    except UnicodeError:
        pytest.fail("a name that is not text must not crash the scan")
    assert report.class_counts == {"cats": 4, "dogs": 4}
    bad = {s.reason: s for s in report.skipped}
    assert set(bad) == {"bad_name"} and len(report.skipped) == 2
    messages = [s.problem().message() for s in report.skipped]
    assert any("\\xff\\xfeclass" in m for m in messages)
    assert any("photo\\xe9.png" in m for m in messages)
    for message in messages:
        message.encode("utf-8")  # shows as escapes: printable and storable

    dataset = dataset_from_scan(report)
    project = Project.new("names", make_template("small-cnn", "rgb", 32, 2))
    project.dataset = dataset
    save_project(project, tmp_path / "names.lepton")
    assert len(load_project(tmp_path / "names.lepton").dataset.items) == 8


# --- CSV encodings (item 9) ------------------------------------------------------------------

# the same list in what Excel writes on Chinese, Japanese, Taiwanese, Korean and Western PCs
NAMES = {
    "gbk": ["猫的照片一.png", "狗的照片二.png", "小猫.png", "大狗.png"],
    "shift_jis": ["猫の写真１.png", "犬の写真２.png", "ねこ.png", "いぬ.png"],
    "big5": ["貓的照片.png", "狗的照片.png", "小貓.png", "大狗.png"],
    "euc-kr": ["고양이 사진.png", "개 사진.png", "새끼 고양이.png", "큰 개.png"],
    "cp1252": ["chat noir été.png", "chien brûlé.png", "Straße.png", "niño.png"],
}
EXPECTED_NAME = {"gbk": "GB18030", "shift_jis": "Shift_JIS", "big5": "Big5", "euc-kr": "EUC-KR",
                 "cp1252": "Windows-1252", "utf-8-sig": "UTF-8", "utf-16": "UTF-16 LE"}


def csv_case(tmp_path: Path, names: list[str], encoding: str, delimiter: str = ",",
             header: bool = True) -> Path:
    for i, name in enumerate(names):
        picture(tmp_path / "pics" / name, seed=i)
    lines = (["path" + delimiter + "label"] if header else []) + [
        f"pics/{name}{delimiter}{'one' if i % 2 else 'two'}" for i, name in enumerate(names)]
    csv_path = tmp_path / "labels.csv"
    csv_path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return csv_path


@pytest.mark.parametrize("encoding", ["gbk", "shift_jis", "big5", "euc-kr", "cp1252"])
def test_csv_in_a_local_code_page_finds_every_picture(tmp_path, encoding):
    names = NAMES[encoding]
    found = from_csv(csv_case(tmp_path, names, encoding))
    assert sorted(p.name for p, _ in found) == sorted(names), found.skipped
    assert not found.skipped
    assert found.encoding == EXPECTED_NAME[encoding] and found.delimiter == ","


@pytest.mark.parametrize("encoding", ["gbk", "shift_jis"])
def test_excel_unicode_text_utf16_tabs_with_bom(tmp_path, encoding):
    names = NAMES[encoding]
    csv_path = csv_case(tmp_path, names, "utf-16", delimiter="\t")  # Excel: "Unicode text"
    assert csv_path.read_bytes()[:2] == b"\xff\xfe"
    found = from_csv(csv_path)
    assert sorted(p.name for p, _ in found) == sorted(names)
    assert (found.encoding, found.bom, found.delimiter) == ("UTF-16 LE", True, "\t")


def test_utf8_with_bom_and_semicolons(tmp_path):
    names = NAMES["shift_jis"] + NAMES["gbk"]
    found = from_csv(csv_case(tmp_path, names, "utf-8-sig", delimiter=";"))
    assert sorted(p.name for p, _ in found) == sorted(names)
    assert (found.encoding, found.bom, found.delimiter) == ("UTF-8", True, ";")


def test_semicolon_csv_in_shift_jis_without_header(tmp_path):
    names = NAMES["shift_jis"]
    found = from_csv(csv_case(tmp_path, names, "shift_jis", delimiter=";", header=False))
    assert sorted(p.name for p, _ in found) == sorted(names)
    assert (found.encoding, found.delimiter) == ("Shift_JIS", ";")


def test_the_scan_report_says_which_encoding_was_used(tmp_path):
    report = scan(from_csv(csv_case(tmp_path, NAMES["gbk"], "gbk", delimiter="\t")))
    assert len(report.items) == 4
    data = report.to_dict()
    assert (data["csv_encoding"], data["csv_bom"], data["csv_delimiter"]) == ("GB18030", False, "\t")
    folder = scan(from_folder(two_classes(tmp_path / "folder", per_class=2)))
    assert folder.csv_encoding is None


# --- showing names (item 8) ------------------------------------------------------------------

def test_visible_escapes_controls_bidi_and_undecodable_bytes():
    assert visible("\x1b]0;pwned\x07") == "\\x1b]0;pwned\\x07"
    assert visible("\x1b[2J") == "\\x1b[2J"
    assert visible("a\u202eb\u2066c") == "a\\u202eb\\u2066c"
    assert visible("del\x7f c1\x9b") == "del\\x7f c1\\x9b"
    assert visible(os.fsdecode(b"bad\xff.png")) == "bad\\xff.png"
    assert visible("line\nbreak", keep="\n") == "line\nbreak"
    assert visible("line\nbreak") == "line\\x0abreak"
    same = "写真 été ねこ　猫 C:\\photos\\cat.jpg 😀"  # ordinary text (and backslashes) untouched
    assert visible(same) == same


def test_picture_bytes_fixture_is_a_png():
    # guards the helpers above: a truncated-PNG test on a non-PNG would prove nothing
    data = io.BytesIO()
    Image.new("RGB", (4, 4)).save(data, "PNG")
    assert data.getvalue().endswith(b"IEND\xaeB`\x82")


def test_without_files_to_decide_the_locale_code_page_wins(tmp_path, monkeypatch):
    csv_path = tmp_path / "labels.csv"
    csv_path.write_bytes("ねこ.png,猫\r\nいぬ.png,犬\r\n".encode("shift_jis"))  # no pictures yet
    monkeypatch.setattr("locale.getpreferredencoding", lambda do_setlocale=True: "cp932")
    found = from_csv(csv_path)
    assert found.encoding == "Shift_JIS"
    assert sorted(s.path.name for s in found.skipped) == ["いぬ.png", "ねこ.png"]  # named right
