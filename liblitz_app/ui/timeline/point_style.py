"""How a point looks: its emotion's colour, a size by intensity; brushes and pens made once.

pyqtgraph caches each distinct (size, pen, brush) as a pre-rendered sprite only when the very same
QPen/QBrush objects are reused, so per-point styles are picked from tables built once, by code.
"""
from __future__ import annotations

from functools import cache

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from ...memory import STYLES, Emotion
from ...timeline import EMOTION_ORDER, NO_EMOTION

NO_EMOTION_COLOUR = "#9e9e9e"  # grey, drawn hollow: unlike "neutre", nothing was said of the feeling
CURVE_COLOUR = "#263238"  # the mood curve: dark slate, apart from every emotion colour
CURVE_BODY_COLOUR = "#546e7a"  # its body, a shade lighter so the antialiased line softens its edges
RING_COLOUR = "#212121"  # the selected memory
FILL_ALPHA = 200  # overlapping points stay readable
MIN_SIZE = 6.0  # px, intensity 0 (and unrated)
SIZE_PER_LEVEL = 1.2  # px per intensity step: 10 → 18 px


def colour_of(emotion: Emotion | None) -> QColor:
    return QColor(STYLES[emotion].colour if emotion is not None else NO_EMOTION_COLOUR)


@cache
def brush_table() -> np.ndarray:
    """One QBrush per emotion code; the last slot (code -1) is for no emotion."""
    brushes = []
    for emotion in EMOTION_ORDER:
        fill = colour_of(emotion)
        fill.setAlpha(FILL_ALPHA)
        brushes.append(QBrush(fill))
    brushes.append(QBrush(Qt.BrushStyle.NoBrush))
    return np.array(brushes, dtype=object)


@cache
def pen_table() -> np.ndarray:
    """A thin white rim separates touching points; the no-emotion ring is its only outline."""
    rim = QPen(QColor(255, 255, 255, 220))
    rim.setWidthF(1.0)
    rim.setCosmetic(True)
    hollow = QPen(colour_of(None))
    hollow.setWidthF(1.6)
    hollow.setCosmetic(True)
    return np.array([rim] * len(EMOTION_ORDER) + [hollow], dtype=object)


def brushes_for(codes: np.ndarray) -> np.ndarray:
    return brush_table()[codes.astype(np.intp)]


def pens_for(codes: np.ndarray) -> np.ndarray:
    return pen_table()[codes.astype(np.intp)]


def sizes_for(intensities: np.ndarray) -> np.ndarray:
    """Rounded to whole pixels: few distinct sizes, few sprites."""
    levels = np.where(np.isnan(intensities), 0.0, intensities)
    return np.round(MIN_SIZE + SIZE_PER_LEVEL * levels)


@cache
def swatch(emotion: Emotion | None, side: int = 12) -> QIcon:
    """A round colour chip for the legend and the undated list (one per emotion: thousands of rows share it)."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = colour_of(emotion)
    painter.setPen(QPen(colour, 1.6))
    painter.setBrush(QBrush(colour) if emotion is not None else QBrush(Qt.BrushStyle.NoBrush))
    painter.drawEllipse(1, 1, side - 2, side - 2)
    painter.end()
    return QIcon(pixmap)


__all__ = ["CURVE_BODY_COLOUR", "CURVE_COLOUR", "NO_EMOTION", "RING_COLOUR", "brushes_for", "colour_of", "pens_for", "sizes_for", "swatch"]


TALK_PEN = "#37474f"  # the outline of a day of conversations with Liblitz


def talk_brush(emotion: Emotion | None) -> QBrush:
    """A day of conversations: the colour of the day's mood, lighter than a memory's point."""
    fill = colour_of(emotion) if emotion is not None else QColor("#eceff1")
    fill.setAlpha(140)
    return QBrush(fill)
