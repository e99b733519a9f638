"""``lepton-studio --self-test`` from the source tree (the frozen build runs the same code,
see tests/packaging/test_build.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lepton_studio import selftest

ROOT = Path(__file__).resolve().parent.parent


def run_self_test(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    return subprocess.run([sys.executable, "-m", "lepton_studio", "--self-test", *args],
                          capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)


def test_self_test_from_source_passes_every_check_but_translations():
    # The shipped catalogues are checked by tests/gui/test_translations.py; here their
    # check is tested on catalogues made by the test (below), independent of their state.
    done = run_self_test("--skip", "translations", "--threads", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Lepton Studio ") and "(source," in lines[0]
    for name in ("window", "templates", "training", "export"):
        assert any(re.match(rf"PASS {name}\b", line) for line in lines), done.stdout
    pretrained = next(line for line in lines if line.split()[1:2] == ["pretrained"])
    assert pretrained.startswith(("PASS", "SKIP"))
    assert "same class for all" in done.stdout  # onnxruntime agreed with PyTorch
    assert "pages built: data model train evaluate export" in done.stdout
    assert lines[-1].startswith("self-test passed:")


def test_unknown_check_is_refused_with_exit_2():
    done = run_self_test("--only", "nonsense", timeout=60)
    assert done.returncode == 2 and "unknown check" in done.stderr


def test_a_failing_check_gives_exit_1_and_says_why(monkeypatch, capsys):
    def broken(ctx):
        raise RuntimeError("the flux capacitor is missing")

    def skipped(ctx):
        raise selftest.CheckSkipped("nothing to do here")

    monkeypatch.setitem(selftest.CHECKS, "broken", broken)
    monkeypatch.setitem(selftest.CHECKS, "skipped", skipped)
    home = os.environ.get("LEPTON_STUDIO_HOME")
    code = selftest.main(["--only", "skipped,broken"])
    out, err = capsys.readouterr()
    assert code == 1
    assert re.search(r"^SKIP skipped +nothing to do here \(", out, re.MULTILINE)
    assert re.search(r"^FAIL broken +RuntimeError: the flux capacitor is missing \(", out,
                     re.MULTILINE)
    assert out.splitlines()[-1].startswith("self-test FAILED: broken (0 passed, 1 skipped")
    assert "Traceback" in err and "flux capacitor" in err
    assert os.environ.get("LEPTON_STUDIO_HOME") == home  # environment given back


def test_skipped_checks_alone_still_pass(monkeypatch, capsys):
    def skipped(ctx):
        raise selftest.CheckSkipped("n/a")

    monkeypatch.setitem(selftest.CHECKS, "skipped", skipped)
    assert selftest.main(["--only", "skipped"]) == 0
    assert "self-test passed: 0 passed, 1 skipped" in capsys.readouterr().out


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}" sourcelanguage="en">
<context>
    <name>{context}</name>
    <message>
        <source>{source}</source>
        <translation{kind}>{text}</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def make_qm(tmp_path):
    from lepton_studio.gui.translations import compile_ts, lrelease_executable

    if lrelease_executable() is None:
        pytest.skip("PySide6 ships no lrelease here")
    context, source = selftest.translation_probe()

    def make(lang: str, text: str, unfinished: bool = False) -> Path:
        from xml.sax.saxutils import escape

        ts = tmp_path / f"probe_{lang}_{len(text)}_{unfinished}.ts"
        ts.write_text(TS.format(lang=lang, context=context, source=escape(source),
                                text=escape(text), kind=' type="unfinished"' if unfinished else ""),
                      encoding="utf-8")
        qm = ts.with_suffix(".qm")
        assert compile_ts(ts, qm)
        return qm
    return make


def test_translation_check_accepts_a_translated_catalogue(make_qm):
    probe = selftest.translation_probe()
    assert selftest.check_translation("de", make_qm("de", "Ein paar Faltungsschichten."), probe) == "de"


def test_translation_check_refuses_untranslated_or_missing_catalogues(make_qm, tmp_path):
    probe = selftest.translation_probe()
    with pytest.raises(AssertionError, match="leaves the probe untranslated"):
        selftest.check_translation("fr", make_qm("fr", "", unfinished=True), probe)
    with pytest.raises(AssertionError, match="no compiled catalogue"):
        selftest.check_translation("ja", None, probe)
    broken = tmp_path / "broken.qm"
    broken.write_bytes(b"not a catalogue")
    with pytest.raises(AssertionError, match="does not load"):
        selftest.check_translation("es", broken, probe)
    # English only has to load (it holds plural forms only).
    assert selftest.check_translation("en", make_qm("en", "", unfinished=True), probe) == "en"
