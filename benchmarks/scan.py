"""Import a large folder through the real window and measure how responsive it stays.

    python benchmarks/scan.py [--images 20000] [--classes 20] [--folder DIR]

Makes (or reuses) a folder of small PNG and JPEG pictures, opens the main window
offscreen, and runs the Data step's import wizard on it while a 5 ms timer notes the
longest event-loop stall. Prints, for each phase: the time, pictures per second and the
longest stall. Phases: checking the pictures (scan), adding them to the project and
showing the gallery, preparing the image cache, scrolling the gallery to the end. For
scale, the same scan is then run without any window (``core.data.scan``) and the ratio
is printed. Runs under a throw-away ``LEPTON_STUDIO_HOME`` (empty caches). The pictures are
read from the OS file cache when the folder was just made or reused: a first read from a
slow disk takes longer.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPORT_PAGE = 2
FINISH_PAGE = 6


def make_folder(root: Path, images: int, classes: int, seed: int = 0) -> Path:
    """``images`` pictures in ``classes`` folders: half PNG, half JPEG, 48–96 px."""
    import numpy as np
    from PIL import Image, ImageDraw

    marker = root / ".complete"
    if marker.is_file() and marker.read_text() == f"{images} {classes} {seed}":
        return root
    shutil.rmtree(root, ignore_errors=True)
    names = [f"class_{c:02d}" for c in range(classes)]
    for name in names:
        (root / name).mkdir(parents=True, exist_ok=True)

    def one(index: int) -> None:
        rng = np.random.default_rng(seed * 1_000_003 + index)
        width, height = (int(v) for v in rng.integers(48, 97, 2))
        image = Image.new("RGB", (width, height), tuple(int(v) for v in rng.integers(0, 256, 3)))
        draw = ImageDraw.Draw(image)
        for _ in range(3):
            x0, y0 = int(rng.integers(0, width - 8)), int(rng.integers(0, height - 8))
            draw.ellipse([x0, y0, x0 + int(rng.integers(6, 40)), y0 + int(rng.integers(6, 40))],
                         fill=tuple(int(v) for v in rng.integers(0, 256, 3)))
        name = names[index % classes]
        if index % 2:
            image.save(root / name / f"img_{index:06d}.jpg", quality=90)
        else:
            image.save(root / name / f"img_{index:06d}.png")

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(one, range(images)))
    marker.write_text(f"{images} {classes} {seed}")
    return root


def run(folder: Path, size: tuple[int, int]) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWizard

    from lepton_studio.gui.app import build_window, create_application
    from lepton_studio.gui.data.responsiveness import StallProbe

    app = create_application(["benchmark"])
    # As in the app: torch is imported on a worker right after the first paint (the status
    # bar's device probe), so the wizard's previews later find it loaded.
    window = build_window(app, probe=True, recover=False)
    window.resize(*size)
    window.show()

    def wait_until(condition, timeout_s: float = 3600.0) -> bool:
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: condition() and loop.quit())
        poll.start(10)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        if not condition():
            loop.exec()
        poll.stop()
        return condition()

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    wait_until(lambda: "torch" in sys.modules and not window.tasks.busy, 300)
    window.controller.new_project("Benchmark", "small-cnn")
    window.go_to("data")
    page = window.pages["data"]
    settle()
    probe = StallProbe(5)
    out: dict = {"folder": str(folder)}

    # 1. check the pictures (list + scan + report page)
    wizard = page.start_import("folder", str(folder))
    settle()
    probe.start()
    start = time.perf_counter()
    wizard.next()
    wait_until(lambda: wizard.currentId() == REPORT_PAGE)
    out["scan_s"] = time.perf_counter() - start
    out["scan_stall_ms"] = probe.stop()
    report = wizard.state.report
    out["files"] = report.total
    out["usable"] = len(report.items)
    out["scan_images_per_s"] = report.total / out["scan_s"]

    # 2. the remaining pages (split preview, size preview, augment preview loads torch)
    probe.start()
    start = time.perf_counter()
    while wizard.currentId() != FINISH_PAGE:
        wizard.next()
        settle(50)
    wait_until(lambda: wizard.augment_page.task is None)
    out["pages_s"] = time.perf_counter() - start
    out["pages_stall_ms"] = probe.stop()

    # 3. add to the project: dataset built, gallery shown; then the cache fills
    filler = page.filler
    fill = {"start": None, "end": None}
    filler.progress.connect(lambda done, total: fill["start"] or fill.update(start=time.perf_counter()))
    filler.finished.connect(lambda stats: fill.update(end=time.perf_counter(), stats=stats))
    wizard.finish_page.use_transfer.setChecked(False)
    probe.start()
    start = time.perf_counter()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(lambda: page.project.dataset is not None and page.browser.model.rowCount() > 0)
    out["add_s"] = time.perf_counter() - start
    wait_until(lambda: fill["end"] is not None)
    out["add_and_fill_stall_ms"] = probe.stop()
    stats = fill.get("stats")
    out["fill_s"] = fill["end"] - fill["start"]
    out["fill_decoded"] = stats.decoded if stats else 0
    out["fill_images_per_s"] = out["fill_decoded"] / out["fill_s"] if out["fill_s"] else 0.0

    # 4. scroll the gallery of every picture from top to bottom
    bar = page.browser.gallery.verticalScrollBar()
    wait_until(lambda: bar.maximum() > 0, 30)
    probe.start()
    start = time.perf_counter()
    steps = 60
    for step in range(steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        settle(16)
    wait_until(lambda: not page.thumbnails.busy(), 60)
    out["scroll_s"] = time.perf_counter() - start
    out["scroll_stall_ms"] = probe.stop()
    out["gallery_rows"] = page.browser.model.rowCount()

    window.tasks.shutdown(30)
    window.document.set_project(None)
    window.controller.shutdown()
    window.close()
    return out


def core_scan(folder: Path) -> float:
    from lepton_studio.core.data.scan import scan
    from lepton_studio.core.data.sources import from_folder

    start = time.perf_counter()
    report = scan(from_folder(folder))
    return report.total / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--images", type=int, default=20_000)
    parser.add_argument("--classes", type=int, default=20)
    parser.add_argument("--folder", type=Path, default=None,
                        help="where to make (or reuse) the pictures; default: a temporary folder")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--switch-interval", type=float, default=None,
                        help="sys.setswitchinterval (seconds) to try; Python's default is 0.005")
    args = parser.parse_args(argv)
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    width, height = (int(v) for v in args.size.lower().split("x"))
    temporary = None
    folder = args.folder
    if folder is None:
        temporary = tempfile.mkdtemp(prefix="lepton-scan-bench-")
        folder = Path(temporary) / "pictures"
    start = time.perf_counter()
    make_folder(folder, args.images, args.classes)
    made_s = time.perf_counter() - start
    home = tempfile.mkdtemp(prefix="lepton-scan-home-")
    os.environ["LEPTON_STUDIO_HOME"] = home
    try:
        out = run(folder, (width, height))
        out["core_scan_images_per_s"] = core_scan(folder)
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
    out["cpu_count"] = os.cpu_count()
    out["switch_interval_s"] = sys.getswitchinterval()
    out["made_s"] = made_s
    rows = [
        ("pictures", f"{out['files']:,} files, {out['usable']:,} usable ({made_s:.1f} s to make)"),
        ("scan (wizard)", f"{out['scan_s']:.1f} s, {out['scan_images_per_s']:,.0f} pictures/s, "
                          f"longest stall {out['scan_stall_ms']:.0f} ms"),
        ("scan (core only)", f"{out['core_scan_images_per_s']:,.0f} pictures/s; wizard/core = "
                             f"{out['scan_images_per_s'] / out['core_scan_images_per_s']:.2f}"),
        ("wizard pages", f"{out['pages_s']:.1f} s (split, size and variations previews), "
                         f"longest stall {out['pages_stall_ms']:.0f} ms"),
        ("add to project", f"{out['add_s'] * 1000:.0f} ms until the dataset is in the project "
                           "and the gallery lists it"),
        ("cache fill", f"{out['fill_s']:.1f} s, {out['fill_images_per_s']:,.0f} pictures/s, "
                       f"longest stall (add + fill) {out['add_and_fill_stall_ms']:.0f} ms"),
        ("gallery scroll", f"{out['gallery_rows']:,} rows top to bottom in {out['scroll_s']:.1f} s, "
                           f"longest stall {out['scroll_stall_ms']:.0f} ms"),
    ]
    print(f"Lepton Studio import benchmark ({out['cpu_count']} CPUs, Python {sys.version.split()[0]}, "
          f"GIL switch interval {out['switch_interval_s'] * 1000:g} ms)")
    for name, text in rows:
        print(f"  {name:<18} {text}")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
