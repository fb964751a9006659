"""The plot: one point per dated memory over a date axis, the mood curve, the selection ring.

Built for tens of thousands of points: one ScatterPlotItem fed numpy arrays (pixel-sized sprites
from pyqtgraph's cache, styles picked from per-emotion tables), and above `VIEW_LIMIT` points in
view a nested thinning, so a pan or zoom frame stays short whatever the size of the memory.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPen
from PySide6.QtWidgets import QWidget

from ...i18n import short_day, tr, tr_n
from ...timeline import MAX_HEIGHT, MoodCurve, TimelinePoints, point_heights, thin, thinning_stride
from ...timeline.conversations import ConversationDays
from .date_axis import LocalisedDateAxis
from .plotting import pg
from .point_style import CURVE_BODY_COLOUR, CURVE_COLOUR, RING_COLOUR, brushes_for, pens_for, sizes_for
from .point_style import TALK_PEN, talk_brush
from .wording import describe_memory, others

DAY = 86400.0
VIEW_LIMIT = 20000  # points drawn at once before thinning
MIN_SPAN = 3 * DAY
Y_EXTENT = MAX_HEIGHT + 1.5
ZOOM_STEP = 1.25
PAN_STEP = 0.1  # of the visible span
HOVER_SLACK_PX = 2.0
TOOLTIP_POINTS = 3


def _cosmetic_pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    pen.setCosmetic(True)  # pixels, whatever the zoom
    return pen


class TimelinePlot(pg.PlotWidget):
    """Signals:
        memory_clicked(int): the user clicked a point (the memory's id).
    """

    memory_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w", axisItems={"bottom": LocalisedDateAxis()})
        self.points = TimelinePoints.empty()
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self._sizes = np.zeros(0)
        self.shown = np.zeros(0, dtype=np.intp)  # indices into `points` of the drawn points, by day
        self._stride = 1
        self._ring_index: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._init_view()
        self._init_items()
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.getViewBox().sigXRangeChanged.connect(self._on_x_range_changed)

    # --- construction -------------------------------------------------------------------------

    def _init_view(self) -> None:
        item = self.getPlotItem()
        item.setMenuEnabled(False)  # its menu is English-only and offers nothing the pane lacks
        item.hideButtons()
        item.showGrid(x=False, y=False)
        self.setMouseEnabled(x=True, y=False)  # time is what one explores; the height scale is fixed
        self.setYRange(-Y_EXTENT, Y_EXTENT, padding=0)
        left = item.getAxis("left")
        # Intensity n sits at ±(1 + n): one "0" on the middle line, then 5 and 10 on both sides.
        left.setTicks([[(0.0, "0")] + [(s * (1 + level), str(level)) for level in (5, 10) for s in (1, -1)]])
        left.setLabel(tr("intensité"), color="#616161")  # which side is which: said in the bands (_init_items)
        for name in ("left", "bottom"):
            item.getAxis(name).setTextPen("#424242")
            item.getAxis(name).setPen("#9e9e9e")

    def _init_items(self) -> None:
        for low, high, colour in ((0, Y_EXTENT, (124, 179, 66, 22)), (-Y_EXTENT, 0, (30, 90, 168, 22))):
            band = pg.LinearRegionItem((low, high), orientation="horizontal", movable=False,
                                       brush=pg.mkBrush(colour), pen=pg.mkPen(None))
            band.setZValue(-20)
            self.addItem(band)
        self.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#bdbdbd", width=1)))
        # The bands' names in their top-left corners, kept there as time scrolls (`_keep_band_names`): on the
        # axis, "désagréable · intensité · agréable" was cut on any window under 800 pixels high.
        self.band_names = [pg.TextItem(tr(name), color="#757575", anchor=anchor)
                           for name, anchor in (("agréable", (0, 0)), ("désagréable", (0, 1)))]
        for text in self.band_names:
            text.setZValue(-10)
            self.addItem(text, ignoreBounds=True)
        self._keep_band_names(self.getViewBox().viewRange()[0][0])
        self.scatter = pg.ScatterPlotItem(pxMode=True, useCache=True, antialias=True, symbol="o")
        self.scatter.sigClicked.connect(self._on_scatter_clicked)
        self.addItem(self.scatter)
        # A wide antialiased stroke costs Qt's raster engine ~100 ms a frame on a long wiggly curve;
        # a plain 3 px body under a 1 px antialiased line looks alike for a few ms.
        self.curve_body = pg.PlotCurveItem(pen=_cosmetic_pen(CURVE_BODY_COLOUR, 3.0), connect="finite",
                                           antialias=False)
        self.curve = pg.PlotCurveItem(pen=_cosmetic_pen(CURVE_COLOUR, 1.0), connect="finite", antialias=True)
        for z, item in enumerate((self.curve_body, self.curve)):
            item.setZValue(5 + z)
            self.addItem(item)
        # The days the user talked with Liblitz: their own kind of point (a diamond), hideable.
        self.talks = pg.ScatterPlotItem(pxMode=True, symbol="d", antialias=True, hoverable=True)
        self.talks.setZValue(4)
        self.addItem(self.talks)
        self.ring = pg.ScatterPlotItem(pxMode=True, symbol="o", brush=pg.mkBrush(None),
                                       pen=pg.mkPen(RING_COLOUR, width=2.5))
        self.ring.setZValue(10)
        self.addItem(self.ring)

    # --- data ---------------------------------------------------------------------------------

    def set_points(self, points: TimelinePoints, shown: np.ndarray) -> None:
        """Draw `points` where the boolean mask `shown` is True (the legend's choice)."""
        self.points = points
        self._x, self._y = points.seconds, point_heights(points)
        self._sizes = sizes_for(points.intensities)
        self.shown = np.flatnonzero(shown)
        index = self.shown
        self.scatter.setData(x=self._x[index], y=self._y[index], size=self._sizes[index],
                             brush=brushes_for(points.emotions[index]), pen=pens_for(points.emotions[index]),
                             data=index)
        self._stride = 1
        self._update_limits()
        self._thin_to_view()
        self._place_ring()

    def set_conversations(self, talks: ConversationDays, shown: bool) -> None:
        """The days of conversations with Liblitz, drawn as diamonds (hidden when `shown` is False)."""
        tips = [tr_n("{day} : {n} message à Liblitz",
                     "{day} : {n} messages à Liblitz", day=short_day(d), n=n)
                for d, n in zip(talks.days, talks.turns)]
        self.talks.setData(x=talks.seconds, y=talks.heights, size=talks.sizes, data=tips,
                           brush=[talk_brush(e) for e in talks.emotions], pen=pg.mkPen(TALK_PEN, width=1.5),
                           tip=lambda x, y, data: data)
        self.talks.setVisible(shown)

    def set_curve(self, curve: MoodCurve) -> None:
        for item in (self.curve_body, self.curve):
            item.setData(curve.seconds, curve.heights, connect="finite")

    def drawn_count(self) -> int:
        """How many points are drawn now (after the legend and any thinning)."""
        return int(np.count_nonzero(self.scatter.data["visible"])) if len(self.shown) else 0

    # --- selection ----------------------------------------------------------------------------

    def mark(self, index: int | None) -> bool:
        """Ring the point at `index` (into `points`) and bring it into view; None clears. False if hidden."""
        self._ring_index = index
        shown = self._place_ring()
        if shown and index is not None:
            self._bring_into_view(float(self._x[index]))
        return shown

    def _place_ring(self) -> bool:
        index = self._ring_index
        if index is None or index >= len(self.points) or not np.isin(index, self.shown):
            self.ring.setData([], [])
            return False
        self.ring.setData([self._x[index]], [self._y[index]], size=[self._sizes[index] + 10])
        return True

    def _bring_into_view(self, x: float) -> None:
        low, high = self.getViewBox().viewRange()[0]
        if not low <= x <= high:
            span = high - low
            self.setXRange(x - span / 2, x + span / 2, padding=0)

    # --- the view -----------------------------------------------------------------------------

    def show_span(self, start: float, end: float) -> None:
        self.setXRange(start, end, padding=0)

    def fit_all(self) -> None:
        if not len(self.shown):
            return
        low, high = float(self._x[self.shown[0]]), float(self._x[self.shown[-1]])
        margin = max((high - low) * 0.03, 15 * DAY)
        self.show_span(low - margin, high + margin)

    def zoom(self, factor: float) -> None:
        """factor < 1 zooms in, around the middle of the view."""
        low, high = self.getViewBox().viewRange()[0]
        middle, half = (low + high) / 2, max((high - low) * factor, MIN_SPAN) / 2
        self.show_span(middle - half, middle + half)

    def pan(self, fraction: float) -> None:
        low, high = self.getViewBox().viewRange()[0]
        step = (high - low) * fraction
        self.show_span(low + step, high + step)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        actions = {
            Qt.Key.Key_Plus: lambda: self.zoom(1 / ZOOM_STEP), Qt.Key.Key_Equal: lambda: self.zoom(1 / ZOOM_STEP),
            Qt.Key.Key_Minus: lambda: self.zoom(ZOOM_STEP), Qt.Key.Key_Left: lambda: self.pan(-PAN_STEP),
            Qt.Key.Key_Right: lambda: self.pan(PAN_STEP), Qt.Key.Key_Home: self.fit_all,
        }
        action = actions.get(Qt.Key(event.key()))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def _update_limits(self) -> None:
        """Keep the user near the memories: a year (or the whole span) of room on either side."""
        if not len(self.points):
            self.getViewBox().setLimits(xMin=None, xMax=None, minXRange=MIN_SPAN)
            return
        low, high = float(self._x[0]), float(self._x[-1])
        room = max(high - low, 365 * DAY)
        self.getViewBox().setLimits(xMin=low - room, xMax=high + room, minXRange=MIN_SPAN)

    # --- thinning -----------------------------------------------------------------------------

    def _on_x_range_changed(self, _view: object, x_range: tuple[float, float]) -> None:
        self._thin_to_view(x_range)
        self._keep_band_names(x_range[0])

    def _keep_band_names(self, left: float) -> None:
        pleasant, unpleasant = self.band_names
        pleasant.setPos(left, Y_EXTENT)
        unpleasant.setPos(left, -Y_EXTENT)

    def _thin_to_view(self, x_range: tuple[float, float] | None = None) -> None:
        low, high = x_range if x_range is not None else self.getViewBox().viewRange()[0]
        drawn_x = self._x[self.shown]
        in_view = int(np.searchsorted(drawn_x, high, "right") - np.searchsorted(drawn_x, low, "left"))
        stride = thinning_stride(in_view, VIEW_LIMIT)
        if stride != self._stride:  # only when the density doubles or halves: panning costs nothing here
            self._stride = stride
            self.scatter.setPointsVisible(thin(len(self.shown), stride))

    # --- pointer ------------------------------------------------------------------------------

    def _on_scatter_clicked(self, _item: object, spots: list, _event: object) -> None:
        if len(spots):
            self.memory_clicked.emit(int(self.points.ids[int(spots[0].data())]))

    def points_near(self, scene_pos: QPointF) -> np.ndarray:
        """Indices (into `points`) of the drawn points under a scene position, nearest first."""
        if not len(self.shown):
            return np.zeros(0, dtype=np.intp)
        view = self.getViewBox()
        at = view.mapSceneToView(scene_pos)
        px, py = view.viewPixelSize()
        index = self.shown[self.scatter.data["visible"]]
        reach = self._sizes[index] / 2 + HOVER_SLACK_PX
        dx, dy = np.abs(self._x[index] - at.x()) / px, np.abs(self._y[index] - at.y()) / py
        near = (dx <= reach) & (dy <= reach)
        order = np.argsort((dx * dx + dy * dy)[near], kind="stable")
        return index[near][order]

    def tooltip_for(self, indices: np.ndarray) -> str:
        texts = [describe_memory(self.points.day(i), self.points.emotion(i), self.points.intensity(i),
                                 self.points.snippets[i]) for i in indices[:TOOLTIP_POINTS]]
        if len(indices) > TOOLTIP_POINTS:
            texts.append(others(len(indices) - TOOLTIP_POINTS))
        return "\n\n".join(texts)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        self.getViewBox().setToolTip(self.tooltip_for(self.points_near(scene_pos)))
