"""sources.py: folders, CSV files and picked files become (path, label) candidates."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lepton_studio.core.data import sources
from lepton_studio.core.data.sources import from_csv, from_files, from_folder
from lepton_studio.core.problems import LeptonError


def labels_by_name(candidates) -> dict[str, str]:
    return {p.name: label for p, label in candidates}


def reasons(candidates) -> dict[str, str]:
    return {s.path.name: s.reason for s in candidates.skipped}


def test_folder_classes_nested_hidden_and_junk(tmp_path, write_image):
    root = tmp_path / "data"
    write_image(root / "cats" / "a.jpg")
    write_image(root / "cats" / "sub" / "deeper" / "b.png")
    write_image(root / "dogs" / "c.JPG")
    write_image(root / "dogs" / ".secret.jpg")
    write_image(root / ".hidden" / "x.jpg")
    write_image(root / "loose.jpg")
    (root / "cats" / ".DS_Store").write_bytes(b"junk")
    (root / "cats" / "Thumbs.db").write_bytes(b"junk")
    (root / "cats" / "notes.txt").write_text("hello")
    (root / "README.txt").write_text("about this data set")
    (root / "birds").mkdir()
    (root / "fish" / "empty-sub").mkdir(parents=True)

    found = from_folder(root)
    assert labels_by_name(found) == {"a.jpg": "cats", "b.png": "cats", "c.JPG": "dogs"}
    assert found.classes == ["birds", "cats", "dogs", "fish"]
    assert found.empty_classes == ["birds", "fish"]
    assert reasons(found) == {"notes.txt": "not_image", "loose.jpg": "no_class"}
    assert all(p.is_absolute() or not root.is_absolute() for p, _ in found)
    assert len(found) == 3 and found[0][1] == "cats"
    problem = found.skipped[0].problem()
    assert problem.code.startswith("data_") and "left out" in problem.message()


def test_folder_survives_a_symlink_loop(tmp_path, write_image):
    root = tmp_path / "data"
    write_image(root / "cats" / "a.jpg")
    write_image(root / "dogs" / "b.jpg")
    try:
        os.symlink(root / "cats", root / "cats" / "loop", target_is_directory=True)
        os.symlink(root, root / "dogs" / "up", target_is_directory=True)
    except (OSError, NotImplementedError):
        pytest.skip("symlinks not available")
    found = from_folder(root)
    pairs = sorted((p.name, label) for p, label in found)
    # cats/loop and dogs/up lead back to folders already walked: each file counted once
    assert pairs == [("a.jpg", "cats"), ("b.jpg", "dogs")]
    assert reasons(found) == {"loop": "link_loop", "up": "link_loop"}


def test_unreadable_folder_is_reported_not_fatal(tmp_path, write_image, monkeypatch):
    root = tmp_path / "data"
    write_image(root / "cats" / "a.jpg")
    write_image(root / "cats" / "locked" / "b.jpg")
    real_list_dir = sources._list_dir

    def list_dir(folder):  # as os.scandir does for a folder without read permission
        if folder.name == "locked":
            raise PermissionError(13, "Permission denied", str(folder))
        return real_list_dir(folder)

    monkeypatch.setattr(sources, "_list_dir", list_dir)
    found = from_folder(root)
    assert labels_by_name(found) == {"a.jpg": "cats"}
    assert reasons(found) == {"locked": "unreadable"}
    assert found.skipped[0].problem().code == "data_unreadable"


def test_folder_with_unicode_and_spaces(tmp_path, write_image):
    root = tmp_path / "mes données"
    write_image(root / "chats noirs" / "photo 1 été.jpg")
    write_image(root / "犬" / "写真 2.png")
    found = from_folder(root)
    assert labels_by_name(found) == {"photo 1 été.jpg": "chats noirs", "写真 2.png": "犬"}


def test_missing_folder_raises(tmp_path):
    with pytest.raises(LeptonError) as info:
        from_folder(tmp_path / "nowhere")
    assert info.value.code == "data_folder_missing"


def make_files(folder: Path, write_image, *names: str) -> None:
    for name in names:
        write_image(folder / name)


def test_csv_with_bom_crlf_quotes_header_blank_lines_and_bad_rows(tmp_path, write_image):
    make_files(tmp_path, write_image, "img/a.jpg", "img/b c.png", "img/d.png", "img/e.png")
    text = ("path,label\r\n"
            "img/a.jpg,cat\r\n"
            "\r\n"
            '"img/b c.png" , "dog"\r\n'
            "   img/d.png  ,  cat  \r\n"
            "img/only-a-path.png\r\n"
            "img/e.png,\r\n"
            ",dog\r\n"
            "img/missing.jpg,dog\r\n"
            "img/notes.txt,dog\r\n"
            "\r\n")
    csv_path = tmp_path / "labels.csv"
    csv_path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    found = from_csv(csv_path)
    assert labels_by_name(found) == {"a.jpg": "cat", "b c.png": "dog", "d.png": "cat"}
    assert all(p.parent == tmp_path / "img" for p, _ in found)
    assert found.classes == ["cat", "dog"]
    skipped = {(s.line, s.reason) for s in found.skipped}
    assert skipped == {(6, "bad_row"), (7, "bad_row"), (8, "bad_row"), (9, "missing"),
                       (10, "not_image")}
    bad = next(s for s in found.skipped if s.line == 6).problem()
    assert "6" in bad.message()


def test_csv_without_header_and_unix_newlines(tmp_path, write_image):
    make_files(tmp_path, write_image, "a.jpg", "b.jpg")
    csv_path = tmp_path / "list.csv"
    csv_path.write_text("a.jpg,yes\nb.jpg,no\n", encoding="utf-8")
    found = from_csv(csv_path)
    assert labels_by_name(found) == {"a.jpg": "yes", "b.jpg": "no"}
    assert not found.skipped


def test_csv_label_first_semicolons_and_absolute_paths(tmp_path, write_image):
    other = tmp_path / "elsewhere"
    make_files(other, write_image, "x.png")
    make_files(tmp_path, write_image, "y.png")
    csv_path = tmp_path / "sub" / "list.csv"
    csv_path.parent.mkdir()
    csv_path.write_text(f"class;file\nbig;{other / 'x.png'}\nsmall;../y.png\n", encoding="utf-8")
    found = from_csv(csv_path)
    assert labels_by_name(found) == {"x.png": "big", "y.png": "small"}


def test_csv_label_first_without_header(tmp_path, write_image):
    make_files(tmp_path, write_image, "a.jpg")
    csv_path = tmp_path / "list.csv"
    csv_path.write_text("cat,a.jpg\n", encoding="utf-8")
    assert labels_by_name(from_csv(csv_path)) == {"a.jpg": "cat"}


def test_csv_in_windows_codepage_with_unicode_names(tmp_path, write_image):
    make_files(tmp_path, write_image, "café.jpg")
    csv_path = tmp_path / "list.csv"
    csv_path.write_bytes("café.jpg,boisson\r\n".encode("cp1252"))
    assert labels_by_name(from_csv(csv_path)) == {"café.jpg": "boisson"}


def test_unreadable_csv_raises(tmp_path):
    with pytest.raises(LeptonError) as info:
        from_csv(tmp_path / "none.csv")
    assert info.value.code == "data_csv_unreadable"


def test_from_files(tmp_path, write_image):
    a = write_image(tmp_path / "a.png")
    b = write_image(tmp_path / "b.png")
    note = tmp_path / "note.md"
    note.write_text("x")
    found = from_files([(a, "one"), (str(b), " two "), (note, "one"),
                        (tmp_path / "gone.jpg", "one"), (a, "")])
    assert [(p.name, label) for p, label in found] == [("a.png", "one"), ("b.png", "two")]
    assert sorted(s.reason for s in found.skipped) == ["missing", "no_label", "not_image"]
    assert found.classes == ["one", "two"]
    assert found.to_dict()["kind"] == "files"
