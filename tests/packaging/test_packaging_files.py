"""The packaging recipe's plain parts, checked on any OS in seconds (the build itself is
the slow test in test_build.py)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def meta():
    return load("app_metadata")


def test_version_comes_from_the_package(meta):
    import lepton_studio

    assert meta.app_version() == lepton_studio.__version__
    assert meta.numeric_version("1.2.3") == (1, 2, 3, 0)
    assert meta.numeric_version("0.4.0rc2+local") == (0, 4, 0, 0)
    assert meta.numeric_version("7") == (7, 0, 0, 0)


def test_windows_version_resource_is_valid_pyinstaller_source(meta):
    text = meta.windows_version_text("2.5.1")
    tree = ast.parse(text)
    call = tree.body[0].value
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"
    assert "filevers=(2, 5, 1, 0)" in text
    assert "StringStruct('ProductVersion', '2.5.1')" in text
    assert "StringStruct('OriginalFilename', 'lepton-studio.exe')" in text


def test_macos_info_plist_settings(meta):
    plist = meta.macos_info_plist("0.3.0")
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleIdentifier"] == meta.BUNDLE_IDENTIFIER
    assert plist["CFBundleShortVersionString"] == "0.3.0"
    exported = plist["UTExportedTypeDeclarations"][0]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["lepton"]
    import plistlib

    assert plistlib.loads(plistlib.dumps(plist))["CFBundleName"] == "Lepton Studio"


def test_desktop_entry_is_complete():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "lepton-studio.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "Lepton Studio"
    assert section["Icon"] == "lepton-studio" and section["Terminal"] == "false"
    assert section["Exec"].startswith("@EXEC@")  # filled in by install-desktop-entry.sh
    assert "application/x-lepton-studio-project" in section["MimeType"]
    assert section["Categories"].endswith(";")
    mime = (PACKAGING / "linux" / "lepton-studio-mime.xml").read_text(encoding="utf-8")
    assert 'type="application/x-lepton-studio-project"' in mime and '"*.lepton"' in mime


def test_icons_are_drawn_from_the_svg(tmp_path):
    icons = load("app_icons")
    made = icons.make_icons(ROOT / "resources" / "icons" / "lepton-studio.svg", tmp_path, ico=True)
    from PIL import Image

    for size in icons.HICOLOR_SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "lepton-studio.png"
        with Image.open(png) as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            if size == 256:
                corner, centre = image.getpixel((0, 0)), image.getpixel((128, 128))
                assert corner[3] == 0 and centre[3] == 255  # transparent corners, drawn middle
    assert (tmp_path / "hicolor" / "scalable" / "apps" / "lepton-studio.svg").is_file()
    with Image.open(made["ico"]) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.ico.sizes())


def test_spec_is_python_and_names_what_export_reads_as_source():
    spec = (PACKAGING / "lepton_studio.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    assert '"decode.py"' in spec and '"_predict_main.py"' in spec and '"confidence.py"' in spec
    assert "upx=False" in spec and "UNWANTED_BINARIES" in spec
    from lepton_studio.core.export import predict_script

    assert predict_script.DECODE_FILE == "decode.py" and predict_script.MAIN_FILE == "_predict_main.py"
    assert predict_script.CONFIDENCE_FILE == "confidence.py"


def test_slow_tests_are_left_out_by_default():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "-m 'not slow'" in config["tool"]["pytest"]["ini_options"]["addopts"]
    extras = config["project"]["optional-dependencies"]
    assert any(req.startswith("pyinstaller") for req in extras["packaging"])
    assert not any(req.startswith("pyinstaller") for req in extras["dev"])
