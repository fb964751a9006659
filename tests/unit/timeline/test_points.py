"""Ledger rows become timeline points: dated ones as arrays, undated ones apart, never dropped."""
from __future__ import annotations

from datetime import date

import numpy as np

from liblitz_app.memory import Emotion
from liblitz_app.timeline import NO_EMOTION, build_timeline, point_heights

ROWS = [
    (1, "2026-03-14", None, "anger", 8, "Ce soir à Lyon"),
    (2, None, None, "joy", 5, "Un jour, je ne sais plus quand"),
    (3, "2026-01-02", "2026-01-09", "joy", None, "Une semaine au ski"),
    (4, "2026-01-02", None, None, 3, "Rien de spécial"),
    (5, "pas une date", None, "fear", 2, "Date illisible"),
]


def test_undated_and_unreadable_dates_are_kept_apart_never_at_the_epoch() -> None:
    timeline = build_timeline(ROWS)
    assert [m.id for m in timeline.undated] == [2, 5]
    assert timeline.undated[0].emotion is Emotion.JOY and timeline.undated[0].intensity == 5
    assert timeline.total == 5
    assert not (timeline.points.days == np.datetime64("1970-01-01")).any()


def test_points_are_sorted_by_day_and_a_range_sits_at_its_start() -> None:
    points = build_timeline(ROWS).points
    assert points.ids.tolist() == [3, 4, 1]
    assert points.day(0) == date(2026, 1, 2)
    assert points.snippets[0] == "Une semaine au ski"
    index = points.index_of(1)
    assert points.day(index) == date(2026, 3, 14) and points.emotion(index) is Emotion.ANGER


def test_missing_intensity_and_emotion_are_handled() -> None:
    points = build_timeline(ROWS).points
    ski, nothing = points.index_of(3), points.index_of(4)
    assert points.intensity(ski) is None and np.isnan(points.intensities[ski])
    assert points.emotions[nothing] == NO_EMOTION and points.emotion(nothing) is None
    assert points.valences.tolist() == [1, 0, -1]


def test_seconds_are_midday_utc_of_the_day() -> None:
    points = build_timeline([(1, "1970-01-02", None, "joy", 1, "x")]).points
    assert points.seconds.tolist() == [86400 + 43200]


def test_no_rows_give_an_empty_timeline() -> None:
    timeline = build_timeline([])
    assert len(timeline.points) == 0 and timeline.undated == () and timeline.total == 0
    assert timeline.points.index_of(1) is None


def test_pleasant_above_unpleasant_below_neither_near_zero() -> None:
    rows = [(1, "2026-01-01", None, "joy", 0, ""), (2, "2026-01-01", None, "sadness", 10, ""),
            (3, "2026-01-01", None, "surprise", 9, ""), (4, "2026-01-01", None, None, None, ""),
            (5, "2026-01-01", None, "trust", None, "")]
    points = build_timeline(rows).points
    heights = dict(zip(points.ids.tolist(), point_heights(points).tolist()))
    assert 0.6 <= heights[1] <= 1.4 and -11.4 <= heights[2] <= -10.6
    assert abs(heights[3]) < 0.6 and abs(heights[4]) < 0.6
    assert 5.6 <= heights[5] <= 6.4  # unrated: mid-height
    assert point_heights(points).tolist() == point_heights(points).tolist()  # stable jitter


def test_fifty_thousand_rows_are_all_placed() -> None:
    # How fast is printed by benchmarks/ui_timeline.py, not asserted here: a loaded machine is no failure.
    rows = [(i, f"20{10 + i % 15}-0{1 + i % 9}-1{i % 9}", None, "joy", i % 11, "mot " * 20) for i in range(50000)]
    timeline = build_timeline(rows)
    assert len(timeline.points) == 50000
    assert sorted(timeline.points.ids.tolist()) == list(range(50000))
