"""The mood curve: a rolling, intensity-weighted balance of pleasant against unpleasant memories.

At each day t the balance is Σ valence·weight·k / Σ weight·k over the felt memories whose day d
lies in the window of `window_days` centred on t (valence +1 pleasant, -1 unpleasant, 0 neither,
from `STYLES`; weight = intensity, 5 when unrated; k = 1 - |t - d| / (window / 2), a triangle, so a
memory fades in and out of the window instead of making the curve jump). It runs from -1 (only
unpleasant) to +1 (only pleasant); a memory without an emotion is left out (nothing is known of
it), and a window with nothing felt gives NaN, drawn as a gap rather than as a misleading zero.
The window is centred so that the curve does not lag half a window behind the points under it.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .heights import MAX_HEIGHT
from .points import NO_EMOTION, SECONDS_PER_DAY, TimelinePoints

MIN_WINDOW_DAYS = 7
MAX_WINDOW_DAYS = 90
DEFAULT_WINDOW_DAYS = 30
UNRATED_WEIGHT = 5.0  # the middle of the 0–10 scale: an unrated memory counts, but not as a strong one
MAX_SAMPLES = 1500  # enough for a smooth line at any width, cheap to draw


@dataclass(frozen=True, eq=False)
class MoodCurve:
    seconds: np.ndarray  # x, Unix seconds at midday, like the points
    balance: np.ndarray  # -1…+1, NaN where the window holds nothing felt
    window_days: int
    # The mean height (1 + intensity) of the felt points in each window: the curve is drawn at
    # balance × level, among the points it sums up (a filter to one emotion gives balance ±1 everywhere:
    # drawn at ±MAX_HEIGHT, it would sit flat above points between 2 and 7).
    levels: np.ndarray | None = None

    @property
    def heights(self) -> np.ndarray:
        return self.balance * (MAX_HEIGHT if self.levels is None else self.levels)

    @property
    def empty(self) -> bool:
        return not np.isfinite(self.balance).any()


def rolling_balance(days: np.ndarray, valences: np.ndarray, weights: np.ndarray, at_days: np.ndarray,
                    window_days: float) -> np.ndarray:
    """Triangle-weighted mean valence of the points within `window_days / 2` of each t in `at_days`.

    The triangle splits into two linear halves, each a difference of cumulative sums over the points
    sorted by day (of weight and of weight × day): O((n + samples) log n), no Python loop.
    """
    order = np.argsort(days, kind="stable")
    d = np.asarray(days, dtype=np.float64)[order]
    w = np.asarray(weights, dtype=np.float64)[order]
    vw = w * np.asarray(valences, dtype=np.float64)[order]
    at = np.asarray(at_days, dtype=np.float64)
    half = window_days / 2
    lo = np.searchsorted(d, at - half, side="right")  # the triangle is 0 at its ends
    mid = np.searchsorted(d, at, side="left")
    hi = np.searchsorted(d, at + half, side="left")
    felt = _triangle_sum(d, w, at, half, lo, mid, hi)
    leaning = _triangle_sum(d, vw, at, half, lo, mid, hi)
    balance = np.full(at.shape, np.nan)
    some = felt > 1e-12
    balance[some] = leaning[some] / felt[some]
    return balance


def _triangle_sum(d: np.ndarray, values: np.ndarray, at: np.ndarray, half: float, lo: np.ndarray,
                  mid: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Σ values·(1 - |t - d| / half) over d in (t - half, t + half), for every t at once."""
    total = np.concatenate(([0.0], np.cumsum(values)))
    moment = np.concatenate(([0.0], np.cumsum(values * d)))
    left_sum, left_moment = total[mid] - total[lo], moment[mid] - moment[lo]  # d < t: 1 - (t - d)/half
    right_sum, right_moment = total[hi] - total[mid], moment[hi] - moment[mid]  # d ≥ t: 1 - (d - t)/half
    left = left_sum * (1 - at / half) + left_moment / half
    right = right_sum * (1 + at / half) - right_moment / half
    return left + right


def mood_curve(points: TimelinePoints, window_days: int = DEFAULT_WINDOW_DAYS,
               shown: np.ndarray | None = None, max_samples: int = MAX_SAMPLES) -> MoodCurve:
    """The curve over `points` (only those where `shown` is True, when given: it follows the legend)."""
    window_days = int(min(max(window_days, MIN_WINDOW_DAYS), MAX_WINDOW_DAYS))
    keep = points.emotions != NO_EMOTION
    if shown is not None:
        keep &= shown
    days = points.day_numbers[keep]
    if days.size == 0:
        return MoodCurve(np.zeros(0), np.zeros(0), window_days)
    weights = np.where(np.isnan(points.intensities[keep]), UNRATED_WEIGHT, points.intensities[keep])
    grid = _sample_days(int(days.min()), int(days.max()), max_samples)
    balance = rolling_balance(days, points.valences[keep], weights, grid, window_days)
    felt = points.valences[keep] != 0
    levels = rolling_balance(days[felt], 1.0 + weights[felt], np.ones(int(felt.sum())), grid, window_days)
    return MoodCurve(grid * SECONDS_PER_DAY + SECONDS_PER_DAY / 2, balance, window_days, levels)


def _sample_days(first: int, last: int, max_samples: int) -> np.ndarray:
    """Every day when the span is short; evenly spread days (at most `max_samples`) otherwise."""
    step = max(1, int(np.ceil((last - first + 1) / max_samples)))
    return np.arange(first, last + 1, step, dtype=np.float64)
