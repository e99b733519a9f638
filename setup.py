"""Build hook: a wheel (or an install from the sdist) carries the app's resources.

A source checkout finds icons and sample pictures in the top-level ``resources/`` and
compiles the ``.qm`` translations on the fly; an installed package has only itself. So
``build_py`` copies ``resources/`` into ``lepton_studio/resources/`` and compiles
``translations/*.ts`` into ``lepton_studio/resources/translations/*.qm`` with the
``lrelease`` of the PySide6 wheel (a build requirement in pyproject.toml). Editable
installs skip it: they read the source tree. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> str:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("lrelease not found in the PySide6 package")
    return found


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "lepton_studio" / "resources"
        shutil.rmtree(target, ignore_errors=True)  # no stale files from an earlier build
        shutil.copytree(ROOT / "resources", target, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        tool = lrelease()
        (target / "translations").mkdir(parents=True, exist_ok=True)
        for ts in sorted((ROOT / "translations").glob("*.ts")):
            qm = target / "translations" / ts.with_suffix(".qm").name
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


setup(cmdclass={"build_py": BuildPyWithResources})
