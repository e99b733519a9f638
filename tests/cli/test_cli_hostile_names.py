"""Hostile names through the real command line: nothing raw reaches the terminal, nothing crashes.

A folder named ``\\x1b]0;pwned\\x07`` would retitle an xterm, ``\\x1b[2J`` clears it, U+202E
reverses what follows. Each command is run as a subprocess and its raw bytes inspected.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

RAW = (b"\x1b", b"\x07", b"\x9b", "\u202e".encode(), b"\xc2\x9b")
TITLE, CLEAR = "\x1b]0;pwned\x07", "\x1b[2J"


def cli(*args: object, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, LEPTON_STUDIO_HOME=str(home), PYTHONIOENCODING="utf-8")
    argv = [a if isinstance(a, bytes) else str(a) for a in args]
    return subprocess.run([sys.executable, "-m", "lepton_studio.cli", *argv],
                          capture_output=True, env=env, timeout=600)


def picture(path: Path, seed: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    Image.fromarray(rng.integers(0, 256, (16, 16, 3), dtype=np.uint8)).save(os.fsencode(path))
    return path


def assert_clean(result: subprocess.CompletedProcess) -> str:
    for stream in (result.stdout, result.stderr):
        for raw in RAW:
            assert raw not in stream, (raw, stream[-2000:])
    assert b"Traceback" not in result.stderr and b"Internal error" not in result.stderr
    return result.stdout.decode("utf-8") + result.stderr.decode("utf-8")


@pytest.mark.skipif(os.name == "nt", reason="Windows forbids control characters in file names")
def test_control_characters_in_names_never_reach_the_terminal(tmp_path):
    data = tmp_path / "data"
    for c, label in enumerate((TITLE, CLEAR, "plain\u202eevil")):
        for i in range(5):
            picture(data / label / f"pic{i}\x07\x1b[31m.png", seed=10 * c + i)
    picture(data / TITLE / "broken\x1b[2J.png", 99).write_bytes(b"\x89PNG\r\n\x1a\n cut")
    project = tmp_path / "p.lepton"

    created = cli("new", project, "--data", data, "--split", "60/20/20", home=tmp_path)
    assert created.returncode == 0, created.stderr
    text = assert_clean(created)
    assert "\\x1b]0;pwned\\x07" in text and "\\x1b[2J" in text and "plain\\u202eevil" in text
    assert "broken\\x1b[2J.png" in text  # the damaged file is named, escaped

    info = cli("info", project, home=tmp_path)
    assert info.returncode == 0
    assert "\\x1b]0;pwned\\x07" in assert_clean(info)

    trained = cli("train", project, "--epochs", "1", "--threads", "1", "--device", "cpu",
                  home=tmp_path)
    assert trained.returncode == 0, trained.stderr
    assert_clean(trained)

    evaluated = cli("evaluate", project, home=tmp_path)
    assert evaluated.returncode == 0
    assert "\\x1b[2J" in assert_clean(evaluated)

    target = picture(tmp_path / "new\x1b]0;x\x07.png", 5)
    predicted = cli("predict", project, target, home=tmp_path)
    assert predicted.returncode == 0, predicted.stderr
    text = assert_clean(predicted)
    assert "new\\x1b]0;x\\x07.png:" in text

    as_json = cli("info", project, "--json", home=tmp_path)  # JSON keeps the exact names
    assert set(json.loads(as_json.stdout)["dataset"]["classes"]) == {TITLE, CLEAR, "plain\u202eevil"}


def test_argument_errors_quote_what_was_typed_escaped(tmp_path):
    result = cli("new", tmp_path / "p.lepton", "--data", tmp_path, "--template", CLEAR,
                 home=tmp_path)
    assert result.returncode == 2
    assert "\\x1b[2J" in assert_clean(result)
    missing = cli("new", tmp_path / "p.lepton", "--data", tmp_path / TITLE, home=tmp_path)
    assert missing.returncode == 2 and "\\x1b]0;pwned\\x07" in assert_clean(missing)


@pytest.mark.skipif(os.name == "nt", reason="Windows file names are always text")
def test_names_that_are_not_text_never_crash_new_info_or_train(tmp_path):
    data = os.fsencode(tmp_path / "data")
    for c, label in enumerate((b"cats", b"dogs", b"\xff\xfe-old-stick")):
        for i in range(5):
            picture(Path(os.fsdecode(data + b"/" + label + b"/%d.png" % i)), seed=10 * c + i)
    picture(Path(os.fsdecode(data + b"/cats/\xff\xfe.png")), seed=77)
    project = tmp_path / "p.lepton"

    created = cli("new", project, "--data", data, "--split", "60/20/20", home=tmp_path)
    assert created.returncode == 0, created.stderr
    text = assert_clean(created)
    assert "\\xff\\xfe.png" in text and "not valid text" in text
    assert "Found 10 usable images in 2 classes" in text

    as_json = cli("new", tmp_path / "q.lepton", "--data", data, "--json", home=tmp_path)
    assert as_json.returncode == 0
    report = json.loads(as_json.stdout)  # valid JSON; the exact name survives as an escape
    assert os.fsdecode(data + b"/cats/\xff\xfe.png") in {s["path"] for s in report["skipped"]}

    assert cli("info", project, home=tmp_path).returncode == 0
    trained = cli("train", project, "--epochs", "1", "--threads", "1", "--device", "cpu",
                  home=tmp_path)
    assert trained.returncode == 0, trained.stderr
    assert_clean(trained)

    bad_project = cli("new", os.fsencode(tmp_path) + b"/\xff.lepton", "--data", data, home=tmp_path)
    assert bad_project.returncode == 2
    assert "not valid text" in assert_clean(bad_project)
    bad_root = cli("new", tmp_path / "r.lepton", "--data", data + b"/\xff\xfe-old-stick",
                   home=tmp_path)
    assert bad_root.returncode == 2 and "\\xff\\xfe-old-stick" in assert_clean(bad_root)


def test_a_shift_jis_csv_is_read_and_the_encoding_printed(tmp_path):
    names = ["猫の写真１.png", "犬の写真２.png", "ねこ.png", "いぬ.png", "こねこ.png", "こいぬ.png"]
    rows = [f"pics/{name};{'ねこ' if i % 2 == 0 else 'いぬ'}" for i, name in enumerate(names)]
    for i, name in enumerate(names):
        picture(tmp_path / "pics" / name, seed=i)
    csv_path = tmp_path / "labels.csv"
    csv_path.write_bytes(("\r\n".join(["ファイル;ラベル", *rows]) + "\r\n").encode("shift_jis"))
    created = cli("new", tmp_path / "p.lepton", "--data", csv_path, "--split", "50/25/25",
                  home=tmp_path)
    assert created.returncode == 0, created.stderr
    text = assert_clean(created)
    assert "Found 6 usable images in 2 classes" in text
    assert "read as Shift_JIS, semicolon-separated" in text
