"""The mood curve: known small inputs give known balances; the window changes what is averaged."""
from __future__ import annotations

import numpy as np
import pytest

from liblitz_app.timeline import build_timeline, mood_curve, rolling_balance


def test_weighted_balance_in_a_window() -> None:
    days = np.array([0, 0, 1])
    valences = np.array([1, -1, 0])
    weights = np.array([6.0, 2.0, 2.0])
    # Window 7 → half 3.5: the day-1 point counts 1 - 1/3.5 = 5/7. (6 - 2 + 0) / (6 + 2 + 2·5/7) = 0.4242…
    expected = 4 / (8 + 10 / 7)
    assert rolling_balance(days, valences, weights, np.array([0.0]), 7).tolist() == pytest.approx([expected])


def test_a_memory_fades_with_distance_from_the_day() -> None:
    days, valences, weights = np.array([0, 2]), np.array([1, -1]), np.array([1.0, 1.0])
    # At day 1 both are 1 day away: equal pull. At day 0 the joy (k=1) outweighs the sadness (k=1-2/3.5).
    balance = rolling_balance(days, valences, weights, np.array([0.0, 1.0, 2.0]), 7)
    near = 1 - 2 / 3.5
    assert balance.tolist() == pytest.approx([(1 - near) / (1 + near), 0.0, (near - 1) / (1 + near)])


def test_window_excludes_points_outside_and_empty_windows_are_nan() -> None:
    days = np.array([0, 10])
    balance = rolling_balance(days, np.array([1, -1]), np.array([1.0, 1.0]), np.array([0.0, 5.0, 10.0]), 7)
    assert balance[0] == 1.0 and balance[2] == -1.0 and np.isnan(balance[1])


def test_zero_weight_counts_as_nothing_felt() -> None:
    balance = rolling_balance(np.array([0]), np.array([1]), np.array([0.0]), np.array([0.0]), 7)
    assert np.isnan(balance[0])


def _rows() -> list[tuple]:
    return [(1, "2026-01-01", None, "joy", 8, "a"), (2, "2026-01-21", None, "sadness", 8, "b"),
            (3, "2026-01-11", None, None, 10, "no emotion: ignored")]


def test_a_wider_window_blends_distant_memories() -> None:
    points = build_timeline(_rows()).points
    narrow = mood_curve(points, window_days=7)
    wide = mood_curve(points, window_days=60)
    middle = np.searchsorted(narrow.seconds, points.seconds[points.index_of(3)])
    assert narrow.balance[0] == 1.0 and narrow.balance[-1] == -1.0
    assert np.isnan(narrow.balance[middle])  # nothing felt within 3.5 days of 11 January
    assert wide.balance[middle] == 0.0 and wide.window_days == 60
    assert narrow.seconds[0] == points.seconds[0]  # same x as the points


def test_unrated_memories_weigh_as_five_and_the_legend_can_hide_some() -> None:
    rows = [(1, "2026-01-01", None, "joy", None, "a"), (2, "2026-01-01", None, "anger", 10, "b")]
    points = build_timeline(rows).points
    assert mood_curve(points, 7).balance[0] == pytest.approx((5 - 10) / 15)
    only_joy = points.valences > 0
    assert mood_curve(points, 7, shown=only_joy).balance[0] == 1.0


def test_window_is_clamped_and_no_felt_memory_gives_an_empty_curve() -> None:
    points = build_timeline(_rows()).points
    assert mood_curve(points, 1).window_days == 7 and mood_curve(points, 500).window_days == 90
    assert mood_curve(build_timeline([]).points).empty


def test_samples_are_bounded_for_long_spans() -> None:
    rows = [(1, "1950-01-01", None, "joy", 5, "a"), (2, "2026-01-01", None, "fear", 5, "b")]
    curve = mood_curve(build_timeline(rows).points, 30, max_samples=1500)
    assert len(curve.seconds) <= 1500


def test_with_one_emotion_shown_the_curve_sits_among_its_points_not_at_the_top() -> None:
    rows = [(i, f"2026-01-{i:02d}", None, "joy", level, "a") for i, level in enumerate((2, 4, 7, 3, 5), start=1)]
    rows.append((9, "2026-01-03", None, "sadness", 9, "hidden by the filter"))
    points = build_timeline(rows).points
    curve = mood_curve(points, 7, shown=points.valences > 0)
    drawn = curve.heights[np.isfinite(curve.heights)]
    assert drawn.size and drawn.min() >= 3.0 and drawn.max() <= 8.0  # heights 1 + intensity: 3…8
