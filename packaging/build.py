"""Build the packaged Lepton Studio for the current OS: ``python packaging/build.py``.

Steps: check the environment (PyInstaller present, PyTorch a CPU build), compile the
translations (.ts -> .qm), draw the icons, run PyInstaller on ``lepton_studio.spec``,
add the Linux desktop entry and icons beside the executable, run ``--self-test`` on
the result, then print (and write to ``packaging/dist/build-report.json``) the build
time and the size of the output folder.

    python packaging/build.py               # one folder: packaging/dist/lepton-studio/
    python packaging/build.py --onefile     # one file:   packaging/dist/onefile/lepton-studio
    python packaging/build.py --clean       # start PyInstaller's cache afresh
    python packaging/build.py --no-self-test

Needs ``pip install -e ".[packaging]"`` (PyInstaller, its hooks, the pretrained weights).
Exit status: 0 built (and self-tested), 1 failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import app_icons  # noqa: E402
import app_metadata as meta  # noqa: E402

SPEC = HERE / "lepton_studio.spec"
BUILD_DIR = HERE / "build"
DIST_DIR = HERE / "dist"
ONEFILE_DIR = DIST_DIR / "onefile"  # apart, so the file does not clash with the folder
ICON_SVG = ROOT / "resources" / "icons" / "lepton-studio.svg"
DESKTOP_TEMPLATE = HERE / "linux" / "lepton-studio.desktop"
MIME_XML = HERE / "linux" / "lepton-studio-mime.xml"
REPORT_NAME = "build-report.json"  # in DIST_DIR, or ONEFILE_DIR for --onefile
SELF_TEST_TIMEOUT_S = 600


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def check_environment(allow_cuda: bool) -> None:
    """PyInstaller installed, PyTorch without CUDA (a CUDA build adds gigabytes)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('PyInstaller is missing: .venv/bin/pip install -e ".[packaging]"') from None
    import torch

    cuda = torch.version.cuda
    if cuda and not allow_cuda:
        raise SystemExit(f"this PyTorch is a CUDA build ({torch.__version__}, CUDA {cuda}); the "
                         "package would be gigabytes. Install the CPU build, or pass --allow-cuda.")
    say(f"Python {sys.version.split()[0]}, PyTorch {torch.__version__}, "
        f"PyInstaller {PyInstaller.__version__}")


def compile_translations() -> None:
    """``.ts`` -> ``lepton_studio/resources/translations/*.qm`` (lrelease from PySide6)."""
    done = subprocess.run([sys.executable, "-m", "lepton_studio.tools.i18n", "build"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"compiling the translations failed:\n{done.stdout}{done.stderr}")
    say(f"translations compiled ({done.stdout.count('built')} catalogues)")


def make_icons() -> dict[str, Path]:
    icons = app_icons.make_icons(ICON_SVG, BUILD_DIR / "icons", ico=sys.platform == "win32",
                                 icns=sys.platform == "darwin")
    say(f"icons drawn: {', '.join(sorted(icons))}")
    return icons


def run_pyinstaller(onefile: bool, clean: bool) -> None:
    args = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
            "--distpath", str(ONEFILE_DIR if onefile else DIST_DIR),
            "--workpath", str(BUILD_DIR / ("pyinstaller-onefile" if onefile else "pyinstaller")),
            "--log-level", "WARN"]
    if clean:
        args.append("--clean")
    args += ["--", "--icons", str(BUILD_DIR / "icons")]
    if onefile:
        args.append("--onefile")
    say("running PyInstaller (takes several minutes)")
    log_file = BUILD_DIR / "pyinstaller.log"
    with open(log_file, "w", encoding="utf-8") as log:
        done = subprocess.run(args, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        tail = log_file.read_text(encoding="utf-8", errors="replace")[-4000:]
        raise SystemExit(f"PyInstaller failed (full log: {log_file}):\n{tail}")


def output_path(onefile: bool) -> Path:
    """The folder (or single file) PyInstaller made."""
    if sys.platform == "darwin" and not onefile:
        return DIST_DIR / f"{meta.APP_NAME}.app"
    suffix = ".exe" if sys.platform == "win32" and onefile else ""
    return ONEFILE_DIR / (meta.EXE_NAME + suffix) if onefile else DIST_DIR / meta.EXE_NAME


def executable(onefile: bool, console: bool = True) -> Path:
    """The program to run: on Windows the console twin answers --self-test."""
    out = output_path(onefile)
    if onefile:
        return out
    if sys.platform == "win32":
        return out / f"{meta.CLI_EXE_NAME if console else meta.EXE_NAME}.exe"
    if sys.platform == "darwin":
        return out / "Contents" / "MacOS" / meta.EXE_NAME
    return out / meta.EXE_NAME


def add_linux_desktop_files(folder: Path, icons_dir: Path) -> None:
    """``share/applications/lepton-studio.desktop``, ``share/icons/hicolor/...`` and the
    ``.lepton`` MIME type beside the executable, plus ``install-desktop-entry.sh`` which
    copies them into ``~/.local/share`` (or the prefix given) with the real path."""
    share = folder / "share"
    shutil.copytree(icons_dir / "hicolor", share / "icons" / "hicolor", dirs_exist_ok=True)
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(DESKTOP_TEMPLATE, share / "applications" / "lepton-studio.desktop")
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy2(MIME_XML, share / "mime" / "packages" / "lepton-studio.xml")
    script = folder / "install-desktop-entry.sh"
    script.write_text(INSTALL_SCRIPT, encoding="utf-8")
    script.chmod(0o755)


INSTALL_SCRIPT = """#!/bin/sh
# Put Lepton Studio in the desktop's application menu (and open .lepton files with it).
# Usage: ./install-desktop-entry.sh [PREFIX]   (default: ~/.local/share)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-${XDG_DATA_HOME:-$HOME/.local/share}}
mkdir -p "$prefix/applications" "$prefix/mime/packages"
cp -r "$here/share/icons" "$prefix/"
sed "s|@EXEC@|$here/lepton-studio|g" "$here/share/applications/lepton-studio.desktop" \\
    > "$prefix/applications/lepton-studio.desktop"
cp "$here/share/mime/packages/lepton-studio.xml" "$prefix/mime/packages/"
command -v update-mime-database >/dev/null && update-mime-database "$prefix/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/icons/hicolor" || true
echo "Lepton Studio added to the application menu ($prefix)."
"""


def folder_size(path: Path) -> tuple[int, int]:
    """Bytes and files under ``path`` (a file counts as itself); links are not followed."""
    if path.is_file():
        return path.stat().st_size, 1
    total = count = 0
    for entry in path.rglob("*"):
        if entry.is_file() and not entry.is_symlink():
            total += entry.stat().st_size
            count += 1
    return total, count


def run_self_test(program: Path) -> tuple[int, str]:
    """Run ``program --self-test`` from a neutral folder; returns (exit code, output)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    done = subprocess.run([str(program), "--self-test"], cwd=DIST_DIR, env=env,
                          capture_output=True, text=True, timeout=SELF_TEST_TIMEOUT_S, check=False)
    return done.returncode, done.stdout + (done.stderr if done.returncode else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--onefile", action="store_true", help="one executable, not a folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-self-test", action="store_true", help="do not run --self-test")
    parser.add_argument("--allow-cuda", action="store_true", help="accept a CUDA PyTorch")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    check_environment(args.allow_cuda)
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    compile_translations()
    make_icons()
    run_pyinstaller(args.onefile, args.clean)
    out = output_path(args.onefile)
    if sys.platform.startswith("linux") and not args.onefile:
        add_linux_desktop_files(out, BUILD_DIR / "icons")
    build_s = time.perf_counter() - started
    size, files = folder_size(out)
    say(f"built {out} in {build_s:.0f} s: {size / 2**20:.0f} MiB in {files} files")

    report = {"version": meta.app_version(), "platform": sys.platform, "onefile": args.onefile,
              "output": str(out), "executable": str(executable(args.onefile)),
              "build_seconds": round(build_s, 1), "size_bytes": size, "files": files}
    status = 0
    if not args.no_self_test:
        say("running --self-test on the build")
        test_started = time.perf_counter()
        code, output = run_self_test(executable(args.onefile))
        print(output, end="" if output.endswith("\n") else "\n", flush=True)
        report |= {"self_test_exit": code, "self_test_seconds":
                   round(time.perf_counter() - test_started, 1)}
        status = 0 if code == 0 else 1
        say("self-test passed" if code == 0 else f"self-test FAILED (exit {code})")
    report_file = (ONEFILE_DIR if args.onefile else DIST_DIR) / REPORT_NAME
    report_file.parent.mkdir(parents=True, exist_ok=True)
    report_file.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
