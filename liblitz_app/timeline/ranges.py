"""The quick ranges of the timeline: this week, this month, this year, everything."""
from __future__ import annotations

from datetime import date, timedelta
from enum import Enum


class QuickRange(str, Enum):
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    ALL = "all"


def quick_range(kind: QuickRange, today: date) -> tuple[date, date] | None:
    """[first day, day after the last) of the calendar period holding `today`; None for ALL (fit all).

    Weeks start on Monday, as in France.
    """
    if kind is QuickRange.WEEK:
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=7)
    if kind is QuickRange.MONTH:
        first = today.replace(day=1)
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following
    if kind is QuickRange.YEAR:
        return date(today.year, 1, 1), date(today.year + 1, 1, 1)
    return None
