"""The mood curve: a rolling, intensity-weighted balance of pleasant against unpleasant memories.

At each day t the balance is Σ valence·weight / Σ weight over the felt memories whose day lies in
the window centred on t (valence +1 pleasant, -1 unpleasant, 0 neither, from `STYLES`; weight =
intensity, 5 when unrated). It runs from -1 (only unpleasant) to +1 (only pleasant); a memory
without an emotion is left out (nothing is known of it), and a window with nothing felt gives NaN,
drawn as a gap rather than as a misleading zero. The window is centred so that the curve does not
lag half a window behind the points it is drawn over.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

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

    @property
    def empty(self) -> bool:
        return not np.isfinite(self.balance).any()


def rolling_balance(days: np.ndarray, valences: np.ndarray, weights: np.ndarray, at_days: np.ndarray,
                    window_days: float) -> np.ndarray:
    """Weighted mean valence of the points with day in [t - w/2, t + w/2) for each t in `at_days`.

    Cumulative sums over the points sorted by day: O((n + samples) log n), no Python loop.
    """
    order = np.argsort(days, kind="stable")
    sorted_days = np.asarray(days, dtype=np.float64)[order]
    w = np.asarray(weights, dtype=np.float64)[order]
    vw = w * np.asarray(valences, dtype=np.float64)[order]
    total_w = np.concatenate(([0.0], np.cumsum(w)))
    total_vw = np.concatenate(([0.0], np.cumsum(vw)))
    at = np.asarray(at_days, dtype=np.float64)
    lo = np.searchsorted(sorted_days, at - window_days / 2, side="left")
    hi = np.searchsorted(sorted_days, at + window_days / 2, side="left")
    weight_in = total_w[hi] - total_w[lo]
    balance = np.full(at.shape, np.nan)
    felt = weight_in > 0
    balance[felt] = (total_vw[hi] - total_vw[lo])[felt] / weight_in[felt]
    return balance


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
    return MoodCurve(grid * SECONDS_PER_DAY + SECONDS_PER_DAY / 2, balance, window_days)


def _sample_days(first: int, last: int, max_samples: int) -> np.ndarray:
    """Every day when the span is short; evenly spread days (at most `max_samples`) otherwise."""
    step = max(1, int(np.ceil((last - first + 1) / max_samples)))
    return np.arange(first, last + 1, step, dtype=np.float64)
