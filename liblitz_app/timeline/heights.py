"""Where a point sits vertically: pleasant memories above the line, unpleasant ones below.

Height = valence × (1 + intensity), so intensity 0 still clears the neutral band around 0, and
the mood balance (-1…+1) scaled by `MAX_HEIGHT` reads on the same axis. Memories of neither
valence (surprise, neutral, none) share a thin band around 0. A small jitter, fixed per memory
id so that points do not move between refreshes, keeps same-day points from hiding each other.
"""
from __future__ import annotations

import numpy as np

from .points import TimelinePoints

MAX_HEIGHT = 11.0  # 1 + the top of the 0–10 scale
UNRATED_LEVEL = 5.0  # an unrated memory sits mid-height (its hover says "non notée")
JITTER = 0.35
NEUTRAL_BAND = 0.6


def point_heights(points: TimelinePoints) -> np.ndarray:
    levels = np.where(np.isnan(points.intensities), UNRATED_LEVEL, points.intensities)
    valences = points.valences.astype(np.float64)
    spread = _stable_jitter(points.ids)
    felt = valences * (1.0 + levels) + spread * JITTER
    neither = spread * NEUTRAL_BAND
    return np.where(valences != 0, felt, neither)


def _stable_jitter(ids: np.ndarray) -> np.ndarray:
    """A value in [-1, 1) per id, the same on every run (Knuth's multiplicative hash)."""
    hashed = (ids.astype(np.uint64) * np.uint64(2654435761)) % np.uint64(1 << 16)
    return hashed.astype(np.float64) / (1 << 15) - 1.0
