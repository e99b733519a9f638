"""Canvas scale: a 300-block model — scene build time, frame time while panning, edit latency.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/canvas.py [--blocks 300] [--frames 60]

The model is a chain of residual stages (convolution, batch norm, activation, with Add
shortcuts) laid out by the canvas's auto-arrange, so wires, shape labels and a few
branches are all present. Figures:

* shape inference (``analyse``) alone, and building the scene (items + inference);
* a whole ``CanvasEditor`` (palette, inspector, summary) opening the model;
* panning: the view (1280×800) is scrolled 37 px per frame and the viewport is rendered
  with ``viewport().grab()`` (a full repaint each frame, the worst case: a real pan
  only repaints the strip that scrolls in) — at 100 % zoom and at "fit" (every block
  visible); median and 95th percentile, against a baseline scene of plain
  ``QGraphicsRectItem`` + text items at the same places (the cost of Qt alone);
* one settings change through the undo stack until every block and wire is updated.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_graph(blocks: int):
    """Input, a stem, residual blocks until ``blocks`` blocks, pooling and the output."""
    from lepton_studio.core.graph import Graph
    from lepton_studio.gui.canvas.layout import arrange

    graph = Graph()

    def chain(after: str, block: str, **params) -> str:
        node = graph.add_node(block, params).id
        graph.connect(after, node)
        return node

    last = graph.add_node("input", {"size": 64}).id
    last = chain(chain(chain(last, "conv2d", filters=16, bias=False), "batchnorm"), "activation")
    while len(graph.nodes) + 7 + 2 <= blocks:  # a residual block: 7 blocks
        entry = last
        last = chain(chain(chain(last, "conv2d", filters=16, bias=False), "batchnorm"), "activation")
        last = chain(chain(last, "conv2d", filters=16, bias=False), "batchnorm")
        add = chain(last, "add")
        graph.connect(entry, add, 1)
        last = chain(add, "activation")
    while len(graph.nodes) + 2 < blocks:
        last = chain(last, "dropout", rate=0.1)
    chain(chain(last, "globalavgpool"), "output", classes=10)
    for node_id, position in arrange(graph).items():
        graph.move_node(node_id, position)
    return graph


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def pan_frames(view, app, frames: int, step: int = 37) -> list[float]:
    """Scroll ``frames`` times and render the viewport each time (ms per frame)."""
    hbar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
    times = []
    direction = 1
    for index in range(frames):
        start = time.perf_counter()
        if vbar.value() + step * direction > vbar.maximum() or vbar.value() + step * direction < vbar.minimum():
            direction = -direction
        vbar.setValue(vbar.value() + step * direction)
        hbar.setValue(hbar.value() + (5 if index % 2 else -5))
        view.viewport().grab()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def plain_scene(graph):
    """The Qt-only baseline: a rectangle, three text lines per block, a line per wire."""
    from PySide6.QtCore import QLineF
    from PySide6.QtWidgets import QGraphicsScene

    from lepton_studio.gui.canvas.node_item import HEIGHT, WIDTH

    scene = QGraphicsScene()
    for node in graph.nodes.values():
        x, y = node.position
        scene.addRect(x, y, WIDTH, HEIGHT)
        for line, text in enumerate((node.block, str(node.params)[:30], "123 parameters")):
            item = scene.addSimpleText(text)
            item.setPos(x + 10, y + 6 + 16 * line)
    for edge in graph.edges:
        a, b = graph.node(edge.source).position, graph.node(edge.target).position
        scene.addLine(QLineF(a[0] + WIDTH / 2, a[1] + HEIGHT, b[0] + WIDTH / 2, b[1]))
    return scene


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"median {statistics.median(times):7.2f} ms   p95 {p95:7.2f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--blocks", type=int, default=300)
    parser.add_argument("--frames", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--save", default="", help="save the last frames as PREFIX-*.png")
    args = parser.parse_args(argv)

    from lepton_studio.gui.pyside_workarounds import protect_none

    protect_none()
    from PySide6.QtWidgets import QApplication, QGraphicsView

    from lepton_studio.core.shapes import analyse
    from lepton_studio.gui.canvas import commands as cmd
    from lepton_studio.gui.canvas.editor import CanvasEditor
    from lepton_studio.gui.canvas.scene import CanvasScene

    app = QApplication.instance() or QApplication([])
    graph = build_graph(args.blocks)
    analysis = analyse(graph)
    print(f"model: {len(graph.nodes)} blocks, {len(graph.edges)} wires, "
          f"{analysis.total_params:,} parameters, valid={analysis.valid}")
    print(f"platform: {app.platformName()}, Qt {__import__('PySide6').__version__}")

    print(f"shape inference (analyse)   {summary(timed(lambda: analyse(graph), args.repeat * 4))}")

    def build_scene():
        scene = CanvasScene(graph.copy())
        scene.detach()
    print(f"scene build (items + shapes) {summary(timed(build_scene, args.repeat))}")

    editors = []

    def build_editor():
        editor = CanvasEditor(graph.copy())
        editor.resize(1600, 1000)
        editor.show()
        app.processEvents()
        editors.append(editor)
    print(f"editor opens the model       {summary(timed(build_editor, args.repeat))}")
    for editor in editors[:-1]:
        editor.detach()
        editor.close()
        editor.deleteLater()
    app.processEvents()

    editor = editors[-1]
    view = editor.view
    view.parentWidget().resize(1280, 800)
    editor.splitter.setSizes([0, 1280, 0])
    editor.resize(1280 + 4, 800 + editor.toolbar.height())
    app.processEvents()

    plain_items = plain_scene(graph)  # keep a reference: the view does not own its scene
    baseline = QGraphicsView(plain_items)
    baseline.setRenderHints(view.renderHints())
    baseline.resize(view.viewport().size())
    baseline.show()
    app.processEvents()

    for label, zoom in (("100 %", 1.0), ("fit", None)):
        for target in (view, baseline):
            target.resetTransform()
            if zoom is None:
                rect = editor.scene.content_rect()
                level = min(target.viewport().width() / rect.width(),
                            target.viewport().height() / rect.height())
                target.scale(level, level)
                shown = level
            else:
                shown = 1.0
            target.centerOn(editor.scene.content_rect().center().x(), 0)
        pan_frames(view, app, 5)  # warm caches
        pan_frames(baseline, app, 5)
        ours = pan_frames(view, app, args.frames)
        plain = pan_frames(baseline, app, args.frames)
        if args.save:
            view.viewport().grab().save(f"{args.save}-canvas-{label.replace(' %', '')}.png")
            baseline.viewport().grab().save(f"{args.save}-plain-{label.replace(' %', '')}.png")
        ratio = statistics.median(ours) / statistics.median(plain)
        print(f"pan frame at {label:5s} (zoom {shown:.2f})  canvas {summary(ours)}   "
              f"plain Qt items {summary(plain)}   ratio {ratio:.2f}")

    node_id = next(n for n in graph.nodes if editor.graph.node(n).block == "conv2d")
    values = iter([24, 32] * (args.repeat * 4))

    def edit():
        editor.stack.push(cmd.SetParamCommand(editor.graph, node_id, "filters", next(values)))
        editor.scene.refresh_analysis()
    print(f"one edit, all blocks updated {summary(timed(edit, args.repeat * 4))}")
    editor.detach()
    return 0


if __name__ == "__main__":
    sys.exit(main())
