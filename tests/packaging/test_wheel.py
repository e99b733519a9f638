"""A non-editable wheel carries the icons, the sample pictures and compiled translations.

setup.py's build_py copies ``resources/`` into the package and runs lrelease; this builds
the wheel as a user's ``pip install .`` would and runs the app's finders from it. Slow
(pip sets up an isolated build environment), so ``pytest -m slow`` runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from lepton_studio.gui.translations import LANGUAGES, qm_name

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                           str(out), str(ROOT)], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (built,) = out.glob("lepton_studio-*.whl")
    return built


def test_wheel_lists_resources_and_catalogues(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    res = "lepton_studio/resources/"
    assert f"{res}icons/lepton-studio.svg" in names
    samples = sorted(p.relative_to(ROOT / "resources").as_posix()
                     for p in (ROOT / "resources" / "sample" / "images").rglob("*.png"))
    assert samples and all(res + s in names for s in samples)
    assert {n for n in names if n.endswith(".qm")} == {
        f"{res}translations/{qm_name(code)}" for code in LANGUAGES}


def test_unpacked_wheel_finds_its_files_without_the_source_tree(wheel, tmp_path):
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    script = (
        "import lepton_studio, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from lepton_studio.gui.resources import app_icon, sample_dir, sample_picture_count\n"
        "from lepton_studio.gui.translations import LANGUAGES, LanguageManager, find_qm\n"
        "print(lepton_studio.__file__)\n"
        "print(sample_dir(), sample_picture_count(), app_icon().isNull())\n"
        "print(*(find_qm(code) for code in LANGUAGES))\n"
        "manager = LanguageManager(); manager.set_language('de')\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print(QCoreApplication.translate('Actions', 'Open &Recent') == '&Zuletzt geöffnet')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(unpacked), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    module, finds, catalogues, loaded = done.stdout.strip().splitlines()[-4:]
    assert Path(module).is_relative_to(unpacked)
    folder, count, icon_null = finds.split()
    assert Path(folder) == unpacked / "lepton_studio" / "resources" / "sample" / "images"
    assert int(count) > 0 and icon_null == "False"
    qm_dir = unpacked / "lepton_studio" / "resources" / "translations"
    assert catalogues.split() == [str(qm_dir / qm_name(code)) for code in LANGUAGES]
    assert loaded == "True"
