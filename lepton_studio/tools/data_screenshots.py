"""Render the Data step offscreen: every wizard page and the gallery, as PNGs.

    python -m lepton_studio.tools.data_screenshots OUTDIR [--lang zh_CN] [--size 1000x650]

A messy folder (good pictures, a copy, a label conflict, damaged, empty and tiny files, a
one-picture class) is made in a temporary folder and imported through the real window.
Files are named ``OUTDIR/data-<n>-<view>-<lang>-<W>x<H>.png``. Runs under a throw-away
``LEPTON_STUDIO_HOME``. Chinese and Japanese need a CJK font (``fonts-noto-cjk``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def make_messy_folder(root: Path) -> Path:
    import numpy as np
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(3)
    palette = {"猫 cat": (230, 160, 60), "dog": (90, 140, 220), "tulip flower": (220, 70, 120)}
    counts = {"猫 cat": 40, "dog": 24, "tulip flower": 14}
    for name, count in counts.items():
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(count):
            w, h = int(rng.integers(60, 120)), int(rng.integers(50, 100))
            image = Image.new("RGB", (w, h), tuple(int(v) for v in rng.integers(0, 90, 3)))
            draw = ImageDraw.Draw(image)
            r = int(min(w, h) * rng.uniform(0.2, 0.4))
            x, y = int(rng.integers(r, w - r)), int(rng.integers(r, h - r))
            colour = tuple(int(min(255, c + rng.integers(-30, 30))) for c in palette[name])
            if name == "dog":
                draw.rectangle([x - r, y - r, x + r, y + r], fill=colour)
            elif name == "tulip flower":
                draw.polygon([(x, y - r), (x - r, y + r), (x + r, y + r)], fill=colour)
            else:
                draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
            image.save(folder / f"{name.split()[-1]}_{i:03d}.{'jpg' if i % 3 else 'png'}")
    cat = root / "猫 cat"
    shutil.copy(cat / "cat_001.jpg", cat / "cat_001 (copy).jpg")
    shutil.copy(cat / "cat_002.jpg", root / "dog" / "dog_maybe.jpg")
    (cat / "holiday.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    (root / "dog" / "empty.png").write_bytes(b"")
    (root / "dog" / "readme.txt").write_text("notes", encoding="utf-8")
    Image.new("RGB", (9, 7), (200, 200, 40)).save(root / "dog" / "icon.png")
    Image.new("RGBA", (90, 60), (40, 200, 90, 120)).save(root / "tulip flower" / "tulip_alpha.png")
    (root / "bird").mkdir()
    Image.new("RGB", (70, 70), (30, 180, 200)).save(root / "bird" / "bird_000.png")
    Image.new("RGB", (70, 70), (30, 30, 30)).save(root / "loose.png")
    return root


def capture(out_dir: Path, language: str, size: tuple[int, int], data_root: Path) -> list[Path]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWizard

    from lepton_studio.gui.app import build_window, create_application
    from lepton_studio.gui.settings import Settings

    app = create_application(["screenshots"])
    settings = Settings.open()
    settings.language = language
    settings.sync()
    window = build_window(app, probe=False, recover=False)
    window.status.set_device({"device": "cpu", "name": ""})
    window.resize(*size)
    window.show()
    out_dir.mkdir(parents=True, exist_ok=True)
    tag = f"{language}-{size[0]}x{size[1]}"
    saved: list[Path] = []

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(condition, timeout_s: float = 120) -> None:
        end = time.monotonic() + timeout_s
        while not condition() and time.monotonic() < end:
            wait(20)

    def shoot(view: str, settle_ms: int = 300) -> None:
        wait(settle_ms)
        path = out_dir / f"data-{len(saved):02d}-{view}-{tag}.png"
        window.grab().save(str(path))
        saved.append(path)

    window.controller.new_project("Pets", "small-cnn")
    window.go_to("data")
    page = window.pages["data"]
    shoot("empty")
    wizard = page.start_import("folder", str(data_root))
    shoot("source-folder")
    wizard.source_page.set_kind("csv")
    shoot("source-csv")
    wizard.source_page.set_kind("files")
    buckets = wizard.source_page.buckets
    buckets.rename(buckets.widgets[0], "猫 cat")
    buckets.add_paths("猫 cat", [str(p) for p in sorted((data_root / "猫 cat").iterdir())[:5]])
    shoot("source-buckets")
    wizard.source_page.set_kind("folder")
    wizard.next()
    shoot("scan", 30)
    wait_until(lambda: wizard.currentId() == 2)
    wait_until(lambda: not page.thumbnails.busy(), 30)
    shoot("report", 500)
    report = wizard.report_page
    from lepton_studio.core import problems as P
    from lepton_studio.gui.data.report_page import CODE_ROLE

    for i in range(report.tree.topLevelItemCount()):
        top = report.tree.topLevelItem(i)
        if top.data(0, CODE_ROLE) == P.DATA_CLASS_TOO_FEW:
            report.tree.setCurrentItem(top.child(0))
            report.drop_class_button.click()
            break
    shoot("report-fixed")
    for view in ("split", "image", "augment"):
        wizard.next()
        if view == "augment":
            wait_until(lambda: wizard.augment_page.task is None and wizard.augment_page.examples is not None)
        shoot(view, 600)
    wizard.next()
    shoot("finish")
    wizard.finish_page.use_transfer.setChecked(False)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(lambda: not window.tasks.busy)
    wait_until(lambda: not page.thumbnails.busy(), 30)
    shoot("gallery", 600)
    browser = page.browser
    browser.class_list.select_label(0)
    browser.gallery.selectAll()
    wait_until(lambda: not page.thumbnails.busy(), 30)
    shoot("gallery-class-selected", 400)
    window.tasks.shutdown(10)
    window.document.set_project(None)
    window.controller.shutdown()
    window.close()
    QApplication.processEvents()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lepton_studio.tools.data_screenshots",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1000x650")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="lepton-data-shots-") as home:
        os.environ["LEPTON_STUDIO_HOME"] = home
        data = make_messy_folder(Path(home) / "Pets")
        saved = capture(args.outdir, args.lang, (width, height), data)
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
