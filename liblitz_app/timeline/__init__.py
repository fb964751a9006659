"""The emotion timeline's domain: committed memories as dated points, and the mood curve over them.

Imports no Qt: the pane in `liblitz_app.ui.timeline` only draws what this package computes.
"""
from .heights import MAX_HEIGHT, point_heights
from .mood import DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS, MIN_WINDOW_DAYS, MoodCurve, mood_curve, rolling_balance
from .points import (
    EMOTION_ORDER, NO_EMOTION, Timeline, TimelinePoints, UndatedMemory, build_timeline, emotion_codes,
)
from .ranges import QuickRange, quick_range
from .thinning import thin, thinning_stride

__all__ = [
    "DEFAULT_WINDOW_DAYS", "EMOTION_ORDER", "MAX_HEIGHT", "MAX_WINDOW_DAYS", "MIN_WINDOW_DAYS", "NO_EMOTION", "MoodCurve",
    "QuickRange", "Timeline", "TimelinePoints", "UndatedMemory", "build_timeline", "emotion_codes",
    "mood_curve", "point_heights", "quick_range", "rolling_balance", "thin", "thinning_stride",
]
