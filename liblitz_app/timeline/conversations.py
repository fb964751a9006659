"""The days the user talked with Liblitz, as their own kind of point on the timeline: one per day, at
the height of the day's mood as read in the user's messages, sized by how much was said. No Qt."""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..memory import STYLES, Emotion, parse_emotion
from .heights import MAX_HEIGHT
from .points import SECONDS_PER_DAY

# Row as `store.conversations.user_turn_days` gives it: (day 'YYYY-MM-DD', user turns, the day's emotion).
TalkRow = tuple[str, int, "str | None"]
MIN_SIZE, SIZE_PER_DOUBLING = 9.0, 2.5  # px: 1 message → 9 px, each doubling a little bigger


@dataclass(frozen=True, eq=False)
class ConversationDays:
    days: tuple[date, ...]
    seconds: np.ndarray  # x: midday of each day, Unix seconds
    heights: np.ndarray  # y: half-way up (or down) for the day's mood, 0 when neither
    sizes: np.ndarray  # px
    turns: tuple[int, ...]  # the user's messages that day
    emotions: tuple[Emotion | None, ...]

    def __len__(self) -> int:
        return len(self.days)


def conversation_days(rows: Sequence[TalkRow]) -> ConversationDays:
    days = tuple(date.fromisoformat(day) for day, _n, _e in rows)
    emotions = tuple(parse_emotion(e) for _d, _n, e in rows)
    turns = tuple(int(n) for _d, n, _e in rows)
    seconds = np.array([d.toordinal() - date(1970, 1, 1).toordinal() for d in days], dtype=np.float64)
    seconds = seconds * SECONDS_PER_DAY + SECONDS_PER_DAY / 2
    heights = np.array([STYLES[e].valence * MAX_HEIGHT / 2 if e is not None else 0.0 for e in emotions])
    sizes = np.array([MIN_SIZE + SIZE_PER_DOUBLING * math.log2(max(n, 1)) for n in turns])
    return ConversationDays(days, seconds, heights, sizes, turns, emotions)
