"""The app icon in every form a platform wants, made from ``resources/icons/lepton-studio.svg``.

* PNGs at the freedesktop hicolor sizes (Linux menus and the window icon),
* ``lepton-studio.ico`` (Windows: several sizes in one file, written by Pillow),
* ``lepton-studio.icns`` (macOS, written by Pillow).

The SVG is the only source kept in git; everything here is build output. Qt's own SVG
renderer draws it (PySide6 ships QtSvg), on the offscreen platform.
"""

from __future__ import annotations

import os
from pathlib import Path

ICON_NAME = "lepton-studio"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: Path, size: int, out: Path) -> Path:
    """Draw ``svg`` into a transparent ``size`` x ``size`` PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - keeps Qt alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
    return out


def hicolor_pngs(svg: Path, out_dir: Path, sizes: tuple[int, ...] = HICOLOR_SIZES) -> dict[int, Path]:
    """``out_dir/hicolor/<n>x<n>/apps/lepton-studio.png`` for each size, plus the SVG
    as ``hicolor/scalable/apps/lepton-studio.svg``."""
    pngs = {size: render_png(svg, size, out_dir / "hicolor" / f"{size}x{size}" / "apps"
                             / f"{ICON_NAME}.png") for size in sizes}
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    return pngs


def write_ico(big_png: Path, out: Path, sizes: tuple[int, ...] = ICO_SIZES) -> Path:
    """A Windows .ico holding every size in ``sizes`` (Pillow scales the big PNG down)."""
    from PIL import Image

    with Image.open(big_png) as image:
        image.convert("RGBA").save(out, format="ICO", sizes=[(s, s) for s in sizes])
    return out


def write_icns(big_png: Path, out: Path) -> Path:
    """A macOS .icns (Pillow makes the sizes from one 1024 px PNG)."""
    from PIL import Image

    with Image.open(big_png) as image:
        image.convert("RGBA").save(out, format="ICNS")
    return out


def make_icons(svg: Path, out_dir: Path, ico: bool = False, icns: bool = False) -> dict[str, Path]:
    """Every icon file the current build needs; returns name -> path."""
    made: dict[str, Path] = {}
    pngs = hicolor_pngs(svg, out_dir)
    made["png"] = pngs[max(pngs)]
    if ico:
        made["ico"] = write_ico(pngs[256], out_dir / f"{ICON_NAME}.ico")
    if icns:
        big = render_png(svg, max(ICNS_SIZES), out_dir / f"{ICON_NAME}-{max(ICNS_SIZES)}.png")
        made["icns"] = write_icns(big, out_dir / f"{ICON_NAME}.icns")
    return made
