"""Shared plumbing for every chart: a PlotWidget wrapper with hover read-out and PNG export.

Each concrete chart subclasses :class:`ChartBase`, creates its plot items once in ``__init__``
(keeping the handles) and implements ``set_data(...)`` by calling ``setData`` on those handles.
Charts never query anything; they are given arrays or service DTOs.

Interaction (all charts): mouse wheel / drag zooms and pans (pyqtgraph's ViewBox), a right-click
menu offers "Reset zoom" and "Export PNG…", and hovering shows the nearest data point's values in
a small label in the top-left corner of the plot.
"""
from __future__ import annotations

import gc
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QTextDocumentFragment
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

from dreamseed_desktop.ui.charts.date_axis import LocaleDateAxis
from dreamseed_desktop.ui.fonts import number_font

__all__ = ["ChartBase", "HoverSeries", "PALETTE", "as_float_array", "clear_legend", "color",
           "configure_pyqtgraph", "install_gui_thread_gc", "to_epoch_seconds"]

#: Colour-blind-friendly palette used by every chart in this order: Okabe–Ito, with orange, sky
#: blue, yellow and reddish purple darkened (same hue and saturation, lower lightness) until each
#: stands 3:1 against the white plot background (WCAG 1.4.11; the originals go down to 1.32:1).
#: Data marks are drawn opaque so the ratio holds for what is on screen.
PALETTE: tuple[str, ...] = (
    "#0072B2", "#D55E00", "#009E73", "#C870A1", "#BB8100", "#1C95D9", "#9A900C", "#000000",
)
#: room kept left and right of a chart's title (logical pixels)
TITLE_MARGIN_PX = 12
#: the plot background the palette is measured against
BACKGROUND = "#FFFFFF"

#: a series of up to this many points is read out whole; longer ones are sampled
SUMMARY_POINTS = 30
SUMMARY_SAMPLES = 9

_configured = False
_gc_timer: QTimer | None = None


def install_gui_thread_gc(interval_ms: int = 1000) -> None:
    """Run Python's cyclic garbage collector only from a GUI-thread timer (idempotent).

    An automatic collection can start anywhere — inside a pyqtgraph item's ``paint`` or on a
    worker thread — and free Qt objects there; PySide/pyqtgraph then crash (seen here as a
    segfault in ``QPainter::restore`` / ``QPicture::play`` during a paint). pyqtgraph's
    documented remedy: disable automatic collection and collect on a timer. Called when the
    first chart is created; the main window may call it at start-up too.
    """
    global _gc_timer
    app = QCoreApplication.instance()
    if _gc_timer is not None or app is None:
        return
    thresholds = gc.get_threshold()

    def collect() -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    _gc_timer = QTimer(app)
    _gc_timer.timeout.connect(collect)
    _gc_timer.start(interval_ms)
    gc.disable()


def configure_pyqtgraph() -> None:
    """White background, black foreground, antialiasing, GUI-thread GC (once per process) and
    this area's translation catalog for the current language."""
    global _configured
    if not _configured:
        pg.setConfigOptions(background="w", foreground="k", antialias=True)
        install_gui_thread_gc()
        _configured = True


def clear_legend(legend: pg.LegendItem) -> None:
    """Empty a legend and delete its entries right away.

    ``LegendItem.clear()`` only drops the Python references of its samples and labels; they
    are freed later by the garbage collector, which may run while another item is painting and
    pull an item out of a scene mid-paint (a crash in ``QPainter::restore``). Deleting them here,
    outside any paint, avoids that.
    """
    old = [obj for pair in legend.items for obj in pair]
    legend.clear()
    for obj in old:
        if shiboken6.isValid(obj):
            shiboken6.delete(obj)


def to_epoch_seconds(values: Sequence[object] | np.ndarray | None) -> np.ndarray:
    """Datetimes (aware or naive = local), dates or numbers → float64 POSIX seconds."""
    if values is None:
        return np.zeros(0, dtype=np.float64)
    if isinstance(values, np.ndarray) and values.dtype.kind in "iuf":
        return values.astype(np.float64).ravel()  # already POSIX seconds
    out = np.empty(len(values), dtype=np.float64)
    for i, v in enumerate(values):
        if isinstance(v, datetime):
            out[i] = v.timestamp()
        elif isinstance(v, date):
            out[i] = datetime.combine(v, time(12, 0)).timestamp()
        else:
            out[i] = float(v)
    return out


def as_float_array(values: Sequence[float] | np.ndarray | None) -> np.ndarray:
    """Return ``values`` as a 1-D float64 array (``None`` → empty)."""
    if values is None:
        return np.zeros(0, dtype=np.float64)
    return np.atleast_1d(np.asarray(values, dtype=np.float64)).ravel()


@dataclass
class HoverSeries:
    """One series the hover read-out searches: x/y in data coordinates and a label builder.

    ``plot`` is the PlotItem the series is drawn in (``None`` = the chart's main plot).
    """

    x: np.ndarray
    y: np.ndarray
    describe: Callable[[int], str]
    plot: pg.PlotItem | None = None


#: the layout row of a chart's legend: below every plot (empty rows between take no space)
LEGEND_ROW = 20


class BelowLegend(pg.LegendItem):
    """A legend laid out by the chart's layout below the plots (pyqtgraph's own legend floats over
    the plot and sizes itself with setGeometry, which would fight the layout)."""

    def updateSize(self) -> None:  # noqa: N802 - pyqtgraph API
        self.updateGeometry()
        parent = self.parentLayoutItem()
        if parent is not None:
            parent.updateGeometry()


class ChartBase(QWidget):
    """Base widget of all charts; hovering shows the nearest data point's text top-left."""

    #: pixel radius within which a point counts as hovered
    HOVER_RADIUS_PX = 14.0

    def __init__(self, parent: QWidget | None = None, date_axis: bool = False) -> None:
        configure_pyqtgraph()
        super().__init__(parent)
        self._title = ""
        self._title_room = 0.0
        self.plot_widget = pg.GraphicsLayoutWidget(parent=self)
        self.plot_item: pg.PlotItem = self.add_plot(date_axis=date_axis)
        self.plot_item.titleLabel.geometryChanged.connect(self._title_moved)
        self._hover_series: list[HoverSeries] = []
        self._hover_label = QLabel(self.plot_widget)
        self._hover_label.setObjectName("chartHoverLabel")
        self._hover_label.setStyleSheet(
            "QLabel { background: rgba(255,255,255,225); border: 1px solid #888; padding: 2px 4px; }"
        )
        self._hover_label.move(60, 8)
        self._hover_label.hide()
        self._empty_text = pg.TextItem(anchor=(0.5, 0.5), color="#666666")
        self._empty_text.setZValue(100)
        self.plot_item.addItem(self._empty_text, ignoreBounds=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        # before any data: say so instead of an empty grid (centred whatever the view range becomes)
        self.plot_item.getViewBox().sigRangeChanged.connect(lambda *_: self._place_empty_message())
        self.set_empty_message(QCoreApplication.translate("ChartBase", "No data yet"))
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot_widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._install_actions()
        self.refresh_accessible()

    # ----------------------------------------------------------------- helpers for subclasses
    def add_plot(self, row: int | None = None, link_x: pg.PlotItem | None = None,
                 date_axis: bool = False) -> pg.PlotItem:
        """Add a PlotItem (the first one is ``plot_item``) below the others; optionally x-linked.

        ``date_axis``: the x axis shows dates (x values are POSIX seconds).
        """
        if row is None:
            row = len(self.plots())
        axes = None
        if date_axis:
            date_ticks = LocaleDateAxis(orientation="bottom")
            date_ticks.setStyle(maxTextLevel=1)
            axes = {"bottom": date_ticks}
        plot = self.plot_widget.addPlot(row=row, col=0, axisItems=axes)
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        for axis in ("left", "bottom"):
            plot.getAxis(axis).enableAutoSIPrefix(False)
            # tick numbers in a font whose decimal point cannot pass for a comma ("0.2", not "0,2")
            plot.getAxis(axis).setStyle(tickFont=number_font())
        if link_x is not None:
            plot.setXLink(link_x)
        return plot

    def plots(self) -> list[pg.PlotItem]:
        """All PlotItems of this chart, top to bottom."""
        layout = self.plot_widget.ci
        items = [layout.getItem(r, 0) for r in range(layout.layout.rowCount())]
        return [it for it in items if isinstance(it, pg.PlotItem)]

    def set_title(self, title: str) -> None:
        """Set the plot title (already translated). A title wider than the chart is shortened
        with "…" (at 200 % or in a narrow chart grid it was cut off); the full title stays the
        chart's tooltip and accessible name."""
        self._title = title
        self._fit_title()
        self.refresh_accessible()

    def _fit_title(self) -> None:
        label = self.plot_item.titleLabel
        full = _plain(self._title)
        self.plot_item.setTitle(self._title)
        # the title never widens the plot (its minimum width pushed the plot and its axes out
        # of view): it gets the width the plot has, and is shortened to it
        label.setMinimumWidth(0)
        width = label.geometry().width()
        room = width if width > 1 else self.plot_widget.viewport().width() - 2 * TITLE_MARGIN_PX
        self._title_room = room
        margin = 2 * label.item.document().documentMargin() + TITLE_MARGIN_PX
        drawn = label.item.boundingRect().width()
        if drawn <= room - TITLE_MARGIN_PX:
            self.plot_widget.setToolTip("")
            return
        # the label draws rich text a little wider than the font's metrics say: elide in the
        # metrics' units scaled to what it drew
        font = QFont(label.item.font())
        size = str(label.opts.get("size") or "")
        if size.endswith("pt"):
            font.setPointSizeF(float(size[:-2]))
        metrics = QFontMetricsF(font)
        natural = metrics.horizontalAdvance(full)
        shown = metrics.elidedText(full, Qt.TextElideMode.ElideRight,
                                   max(10.0, room - margin) * natural / max(drawn, 1.0))
        self.plot_item.setTitle(html.escape(shown))
        label.setMinimumWidth(0)
        self.plot_widget.setToolTip(full)

    def _title_moved(self) -> None:
        """The plot's width changed (resize, axis labels, a new layout): fit the title again."""
        if self._title and abs(self.plot_item.titleLabel.geometry().width() - self._title_room) > 0.5:
            self._fit_title()

    def set_titles(self, title: str, x_label: str, y_label: str) -> None:
        """Set the plot title and axis labels (already translated)."""
        self.set_title(title)
        self.plot_item.setLabel("bottom", x_label)
        self.plot_item.setLabel("left", y_label)
        self.refresh_accessible()

    # ----------------------------------------------------------------- screen readers
    def accessible_title(self) -> str:
        """The chart's full title as plain words (its accessible name, even when shortened)."""
        return _plain(self._title or str(self.plot_item.titleLabel.text or ""))

    def accessible_summary(self) -> str:
        """What a screen reader says for the chart: its axes and the numbers it shows (the hover
        read-out of every point; long series are sampled and say how many points they have),
        or the message shown instead of data."""
        lines: list[str] = []
        axes = [(self.tr("Horizontal axis"), self.plot_item.getAxis("bottom")),
                (self.tr("Vertical axis"), self.plot_item.getAxis("left"))]
        for what, axis in axes:
            text = _plain(str(axis.labelText or ""))
            if text:
                lines.append(f"{what}: {text}")
        empty = self.empty_message()
        if empty:
            lines.append(empty)
            return "\n".join(lines)
        for series in self._hover_series:
            n = int(series.x.size)
            if n == 0:
                continue
            if n <= SUMMARY_POINTS:
                picks = list(range(n))
            else:
                picks = sorted({int(round(k * (n - 1) / (SUMMARY_SAMPLES - 1)))
                                for k in range(SUMMARY_SAMPLES)})
                lines.append(self.tr("%n point(s), some of them:", "", n))
            lines += [_plain(series.describe(i)) for i in picks]
        return "\n".join(lines)

    def refresh_accessible(self) -> None:
        """Give the chart and its plot (the Tab stop) their name and description."""
        name, summary = self.accessible_title() or self.tr("Chart"), self.accessible_summary()
        for widget in (self, self.plot_widget, self.plot_widget.viewport()):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(summary)

    def add_legend(self, plot: pg.PlotItem | None = None, offset: tuple[int, int] = (-10, 10),
                   columns: int = 3) -> pg.LegendItem:
        """Add a legend below the plots, entries side by side (``columns`` per row), so it never
        covers data (``plot`` and ``offset`` are kept for callers; the legend is not drawn over a plot)."""
        legend = BelowLegend(colCount=columns, frame=False)
        self.plot_widget.ci.addItem(legend, row=LEGEND_ROW, col=0)
        return legend

    def set_hover_series(self, series: list[HoverSeries]) -> None:
        """Replace the series the hover read-out searches."""
        self._hover_series = series
        if not series:
            self._hover_label.hide()
        self.refresh_accessible()

    def set_empty_message(self, message: str) -> None:
        """Show a centred message (e.g. "No data") or hide it with ``""``."""
        self._empty_text.setText(message)
        self._empty_text.setVisible(bool(message))
        self._place_empty_message()
        self.refresh_accessible()

    def _place_empty_message(self) -> None:
        if self._empty_text.isVisible():
            vr = self.plot_item.getViewBox().viewRange()
            self._empty_text.setPos((vr[0][0] + vr[0][1]) / 2, (vr[1][0] + vr[1][1]) / 2)

    def empty_message(self) -> str:
        """The message currently shown over the plot ("" when data is shown)."""
        return self._empty_text.toPlainText() if self._empty_text.isVisible() else ""

    def reset_zoom(self) -> None:
        """Fit every plot's view to its data again."""
        for plot in self.plots():
            plot.enableAutoRange()
            plot.autoRange()

    def export_png(self, path: str | Path, width: int = 0) -> Path:
        """Save the chart as a PNG (``width`` in pixels, 0 = on-screen size); returns the path."""
        target = Path(path)
        pixmap = self.grab()
        if width and pixmap.width() and pixmap.width() != width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        if not pixmap.save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        return target

    def render_image(self, width: int, height: int, scale: float = 2.0) -> QImage:
        """Render the chart at ``width`` × ``height`` logical pixels into a white image with
        ``scale`` device pixels per logical pixel (for PDFs); works on a hidden widget."""
        self.resize(width, height)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.plot_widget.resize(width, height)
        image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(QColor("white"))
        self._hover_label.hide()
        self.render(image)
        return image

    def hover_text_at(self, x: float, y: float, plot: pg.PlotItem | None = None) -> str:
        """Text for the data point nearest to data coordinates (x, y), '' if none is close."""
        vb = (plot or self.plot_item).getViewBox()
        scene_pt = vb.mapViewToScene(QPointF(x, y))
        return self._nearest_text(scene_pt)

    # ----------------------------------------------------------------- internals
    def _install_actions(self) -> None:
        from PySide6.QtGui import QAction

        reset = QAction(self.tr("Reset zoom"), self)
        reset.triggered.connect(self.reset_zoom)
        export = QAction(self.tr("Export PNG…"), self)
        export.triggered.connect(self._ask_export)
        self.plot_widget.addAction(reset)
        self.plot_widget.addAction(export)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), "chart.png", self.tr("PNG images (*.png)")
        )
        if path:
            self.export_png(path)

    def _nearest_text(self, scene_pt: QPointF) -> str:
        best_text, best_d2 = "", self.HOVER_RADIUS_PX ** 2
        for series in self._hover_series:
            vb = (series.plot or self.plot_item).getViewBox()
            if series.x.size == 0 or not vb.sceneBoundingRect().contains(scene_pt):
                continue
            view_pt = vb.mapSceneToView(scene_pt)
            px = vb.viewPixelSize()  # data units per pixel (x, y)
            sx, sy = (px[0] or 1.0), (px[1] or 1.0)
            dx = (series.x - view_pt.x()) / sx
            dy = (series.y - view_pt.y()) / sy
            d2 = dx * dx + dy * dy
            d2 = np.where(np.isfinite(d2), d2, np.inf)
            i = int(np.argmin(d2))
            if d2[i] < best_d2:
                best_d2, best_text = float(d2[i]), series.describe(i)
        return best_text

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        text = self._nearest_text(scene_pos)
        if text:
            self._hover_label.setText(text)
            self._hover_label.adjustSize()
            self._hover_label.show()
            self._hover_label.raise_()
        else:
            self._hover_label.hide()


def _plain(text: str) -> str:
    """Rich text (pyqtgraph labels accept HTML) as plain words on one line."""
    if "<" in text or "&" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.split())


def color(index: int, alpha: int = 255) -> QColor:
    """Palette colour ``index`` (wraps around) with the given alpha."""
    c = QColor(PALETTE[index % len(PALETTE)])
    c.setAlpha(alpha)
    return c


