"""Live plots of a training run: loss, accuracy, per-batch loss and learning rate.

Built for long runs (after pyqtgraph's ``examples/scrollingPlots.py``): every curve is
created once; points are appended to growing numpy buffers; a timer hands the buffers
that changed to ``setData`` a few times a second, never once per event; each plot
downsamples ("peak", automatic) and clips to the visible range. Runs picked in the run
history are drawn over the live curves, dashed, in their own colour.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from html import escape
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

TRAIN_COLOUR = QColor(31, 119, 180)
VALIDATION_COLOUR = QColor(230, 110, 20)
BATCH_COLOUR = QColor(31, 119, 180)
RATE_COLOUR = QColor(44, 160, 44)
OVERLAY_COLOURS = [QColor(148, 103, 189), QColor(214, 39, 40), QColor(140, 86, 75),
                   QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                   QColor(23, 190, 207)]


class SeriesBuffer:
    """x and y values in numpy arrays that double when full; ``dirty`` until drawn."""

    def __init__(self, capacity: int = 256) -> None:
        self._x = np.empty(capacity, dtype=np.float64)
        self._y = np.empty(capacity, dtype=np.float64)
        self.size = 0
        self.dirty = False

    def append(self, x: float, y: float | None) -> None:
        """Add a point; a missing or non-finite value (no validation set, a loss gone
        to NaN) is left out, so the curve simply has no point there."""
        if y is None or not math.isfinite(y):
            return
        if self.size == len(self._x):
            self._x = np.concatenate([self._x, np.empty_like(self._x)])
            self._y = np.concatenate([self._y, np.empty_like(self._y)])
        self._x[self.size] = x
        self._y[self.size] = y
        self.size += 1
        self.dirty = True

    def replace(self, xs: Iterable[float], ys: Iterable[float | None]) -> None:
        self.clear()
        for x, y in zip(xs, ys):
            self.append(x, y)
        self.dirty = True

    def clear(self) -> None:
        self.size = 0
        self.dirty = True

    @property
    def x(self) -> np.ndarray:
        return self._x[:self.size]

    @property
    def y(self) -> np.ndarray:
        return self._y[:self.size]


def _history_values(history: list[dict[str, Any]], key: str, scale: float = 1.0):
    xs = [float(row.get("epoch", index + 1)) for index, row in enumerate(history)]
    ys = [None if row.get(key) is None else float(row[key]) * scale for row in history]
    return xs, ys


class TrainingPlots(QWidget):
    """Four plots in a grid; feed them with ``add_batch`` / ``add_epoch`` or ``show_history``."""

    REFRESH_MS = 250

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loss_plot = self._make_plot()
        self.accuracy_plot = self._make_plot()
        self.batch_plot = self._make_plot()
        self.rate_plot = self._make_plot()
        self.accuracy_plot.setYRange(0, 100, padding=0.02)
        self.accuracy_plot.enableAutoRange(axis="y", enable=False)
        # One legend for all four plots, in a label above them: pyqtgraph's legends
        # cover the curves in small plots.
        self.legend = QLabel()
        self.legend.setObjectName("plotLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        grid.addWidget(self.loss_plot, 0, 0)
        grid.addWidget(self.accuracy_plot, 0, 1)
        grid.addWidget(self.batch_plot, 1, 0)
        grid.addWidget(self.rate_plot, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addLayout(grid, 1)

        self.buffers: dict[str, SeriesBuffer] = {}
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._add_curve("train_loss", self.loss_plot, TRAIN_COLOUR, symbol=True)
        self._add_curve("val_loss", self.loss_plot, VALIDATION_COLOUR, symbol=True)
        self._add_curve("train_accuracy", self.accuracy_plot, TRAIN_COLOUR, symbol=True)
        self._add_curve("val_accuracy", self.accuracy_plot, VALIDATION_COLOUR, symbol=True)
        self._add_curve("batch_loss", self.batch_plot, BATCH_COLOUR, width=1.2)
        self._add_curve("learning_rate", self.rate_plot, RATE_COLOUR, width=1.5)
        self.overlays: dict[str, list[pg.PlotDataItem]] = {}
        self._overlay_names: dict[str, str] = {}
        self._overlay_colours: dict[str, QColor] = {}
        self.live_run_id: str | None = None  # whose per-batch points the buffers hold

        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self.flush)
        self.timer.start()
        self.apply_palette()
        self.retranslate()

    # --- construction ---------------------------------------------------------------------
    @staticmethod
    def _make_plot() -> pg.PlotWidget:
        plot = pg.PlotWidget(axisItems={"left": PlainAxis("left"), "bottom": PlainAxis("bottom")})
        item = plot.getPlotItem()
        item.setDownsampling(mode="peak", auto=True)
        item.setClipToView(True)
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setMenuEnabled(False)  # pyqtgraph's own menus are not translated
        item.hideButtons()
        item.getViewBox().setMouseEnabled(x=True, y=False)
        plot.setMinimumSize(160, 110)
        return plot

    def _add_curve(self, key: str, plot: pg.PlotWidget, colour: QColor, width: float = 2.0,
                   symbol: bool = False) -> None:
        pen = pg.mkPen(colour, width=width)
        options: dict[str, Any] = {"pen": pen, "connect": "finite"}
        if symbol:
            options.update(symbol="o", symbolSize=4, symbolBrush=colour, symbolPen=None)
        self.curves[key] = plot.plot([], [], **options)
        self.buffers[key] = SeriesBuffer()

    # --- feeding ----------------------------------------------------------------------------
    def clear_live(self, run_id: str | None = None) -> None:
        """A new run starts: empty every live curve."""
        self.live_run_id = run_id
        for buffer in self.buffers.values():
            buffer.clear()
        self.flush()

    def add_batch(self, epoch: int, batch: int, batches: int, loss: float,
                  learning_rate: float) -> None:
        position = (epoch - 1) + batch / max(batches, 1)
        self.buffers["batch_loss"].append(position, loss)
        self.buffers["learning_rate"].append(position, learning_rate)

    def add_epoch(self, row: dict[str, Any]) -> None:
        """One epoch's results (``EpochEnded.as_history()`` or a stored history row)."""
        epoch = float(row["epoch"])
        self.buffers["train_loss"].append(epoch, row.get("train_loss"))
        self.buffers["val_loss"].append(epoch, row.get("val_loss"))
        for key in ("train_accuracy", "val_accuracy"):
            value = row.get(key)
            self.buffers[key].append(epoch, None if value is None else value * 100)

    def show_history(self, run_id: str | None, history: list[dict[str, Any]]) -> None:
        """Show a stored run's curves (per epoch). Per-batch points exist only for the
        run trained in this session; another run shows its learning rate per epoch."""
        for key, scale in (("train_loss", 1), ("val_loss", 1), ("train_accuracy", 100),
                           ("val_accuracy", 100)):
            self.buffers[key].replace(*_history_values(history, key, scale))
        if run_id is None or run_id != self.live_run_id:
            self.live_run_id = None
            self.buffers["batch_loss"].clear()
            self.buffers["learning_rate"].replace(*_history_values(history, "learning_rate"))
        self.flush()

    def set_overlays(self, runs: list[tuple[str, str, list[dict[str, Any]]]]) -> None:
        """Draw these runs (id, name, history) dashed over the live curves."""
        wanted = {run_id for run_id, _, _ in runs}
        for run_id in list(self.overlays):
            if run_id not in wanted:
                for plot, curve in zip(self._overlay_plots(), self.overlays.pop(run_id)):
                    plot.removeItem(curve)
                self._overlay_names.pop(run_id, None)
                self._overlay_colours.pop(run_id, None)
        for index, (run_id, name, history) in enumerate(runs):
            self._overlay_names[run_id] = name
            if run_id not in self.overlays:
                used = {c.rgb() for c in self._overlay_colours.values()}
                colour = next((c for c in OVERLAY_COLOURS if c.rgb() not in used),
                              OVERLAY_COLOURS[index % len(OVERLAY_COLOURS)])
                self._overlay_colours[run_id] = colour
                pen = pg.mkPen(colour, width=1.8, style=Qt.PenStyle.DashLine)
                self.overlays[run_id] = [plot.plot([], [], pen=pen, connect="finite")
                                         for plot in self._overlay_plots()]
            loss, accuracy, rate = self.overlays[run_id]
            loss.setData(*_clean(*_history_values(history, "val_loss")))
            accuracy.setData(*_clean(*_history_values(history, "val_accuracy", 100)))
            rate.setData(*_clean(*_history_values(history, "learning_rate")))
        self._rebuild_legend()

    def _overlay_plots(self) -> tuple[pg.PlotWidget, ...]:
        return (self.loss_plot, self.accuracy_plot, self.rate_plot)

    def flush(self) -> None:
        """Hand the buffers that changed to their curves (called by the timer)."""
        for key, buffer in self.buffers.items():
            if buffer.dirty:
                buffer.dirty = False
                self.curves[key].setData(buffer.x, buffer.y)

    def point_count(self, key: str) -> int:
        """How many points a curve shows (after ``flush``); used by tests."""
        x, _ = self.curves[key].getData()
        return 0 if x is None else len(x)

    # --- texts and colours ------------------------------------------------------------------
    def retranslate(self) -> None:
        epoch = self.tr("Epoch")
        titles = [
            (self.loss_plot, self.tr("Loss (lower is better)")),
            (self.accuracy_plot, self.tr("Accuracy in % (higher is better)")),
            (self.batch_plot, self.tr("Loss per batch (smoothed)")),
            (self.rate_plot, self.tr("Learning rate")),
        ]
        colour = self._text_colour()
        for plot, title in titles:
            item = plot.getPlotItem()
            item.setTitle(title, color=colour, size="9pt")
            item.setLabel("bottom", epoch, color=colour)
        self._rebuild_legend()

    def _rebuild_legend(self) -> None:
        """The key to the curves' colours: training, validation, and each compared run."""
        def entry(colour: QColor, text: str, dashed: bool = False) -> str:
            line = "╍╍" if dashed else "━━"
            return (f"<span style='color:{colour.name()}'>{line}</span>&nbsp;"
                    f"{escape(text)}")

        entries = [entry(TRAIN_COLOUR, self.tr("Training")),
                   entry(VALIDATION_COLOUR, self.tr("Validation"))]
        for run_id in self.overlays:
            name = self.tr("{run} (validation)").format(run=self._overlay_names[run_id])
            entries.append(entry(self._overlay_colours[run_id], name, dashed=True))
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(entries))

    def _text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def apply_palette(self) -> None:
        background = self.palette().color(QPalette.ColorRole.Base)
        text = self._text_colour()
        axis_pen = pg.mkPen(text)
        for plot in (self.loss_plot, self.accuracy_plot, self.batch_plot, self.rate_plot):
            plot.setBackground(background)
            item = plot.getPlotItem()
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setPen(axis_pen)
                axis.setTextPen(axis_pen)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind == QEvent.Type.PaletteChange:
            self.apply_palette()
            self.retranslate()
        super().changeEvent(event)


class PlainAxis(pg.AxisItem):
    """Ticks in plain digits with the locale's decimal sign, and no SI prefix in the label:
    pyqtgraph would write "Epoch (x0.001)" under one point and "1e-06" beside a rate."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph name
        from PySide6.QtCore import QLocale

        step = abs(spacing * scale) or 1.0
        places = min(max(0, math.ceil(-math.log10(step))), 12)
        locale = QLocale()
        return [locale.toString(float(v) * scale, "f", places) for v in values]


def _clean(xs: list[float], ys: list[float | None]) -> tuple[np.ndarray, np.ndarray]:
    return (np.asarray(xs, dtype=np.float64),
            np.asarray([np.nan if y is None or not math.isfinite(y) else y for y in ys],
                       dtype=np.float64))
