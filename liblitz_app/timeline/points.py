"""Ledger rows → timeline points: numpy arrays for the dated memories, a plain list for the rest.

A memory whose event has no resolved date is never dropped nor placed at the epoch: it goes to
`Timeline.undated`, which the pane lists apart. A range (start–end) is placed at its start.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..memory import STYLES, Emotion

# Row as `LedgerReader.timeline_rows` returns it: (id, event_start, event_end, emotion, intensity, text start).
TimelineRow = tuple[int, "str | None", "str | None", "str | None", "int | None", str]

EMOTION_ORDER: tuple[Emotion, ...] = tuple(Emotion)
NO_EMOTION = -1  # code of a memory without an emotion; indexes the last slot of per-code tables
SECONDS_PER_DAY = 86400
_CODE_OF: dict[str, int] = {emotion.value: code for code, emotion in enumerate(EMOTION_ORDER)}
# Valence per code, with a trailing 0 so that NO_EMOTION (-1) indexes it.
VALENCE_BY_CODE = np.array([STYLES[e].valence for e in EMOTION_ORDER] + [0], dtype=np.int8)


def emotion_codes(emotions: Sequence[str | None]) -> np.ndarray:
    """Emotion values → int8 codes (index in EMOTION_ORDER); None or an unknown value → NO_EMOTION."""
    return np.fromiter((_CODE_OF.get(e, NO_EMOTION) for e in emotions), dtype=np.int8, count=len(emotions))


def emotion_of(code: int) -> Emotion | None:
    return None if code == NO_EMOTION else EMOTION_ORDER[code]


@dataclass(frozen=True, eq=False)
class TimelinePoints:
    """Dated committed memories, one slot per memory, sorted by day (then id)."""

    ids: np.ndarray  # int64
    days: np.ndarray  # datetime64[D]: the event's (start) day
    emotions: np.ndarray  # int8 code, NO_EMOTION when none
    intensities: np.ndarray  # float64, NaN when not rated
    snippets: tuple[str, ...]  # the text's first words

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def day_numbers(self) -> np.ndarray:
        """Days since 1970-01-01, as int64."""
        return self.days.astype(np.int64)

    @property
    def seconds(self) -> np.ndarray:
        """x positions in Unix seconds (UTC), at midday: a point sits in the middle of its day."""
        return self.day_numbers.astype(np.float64) * SECONDS_PER_DAY + SECONDS_PER_DAY / 2

    @property
    def valences(self) -> np.ndarray:
        return VALENCE_BY_CODE[self.emotions]

    def index_of(self, memory_id: int) -> int | None:
        found = np.flatnonzero(self.ids == memory_id)
        return int(found[0]) if found.size else None

    def day(self, index: int) -> date:
        return self.days[index].astype(object)

    def emotion(self, index: int) -> Emotion | None:
        return emotion_of(int(self.emotions[index]))

    def intensity(self, index: int) -> int | None:
        value = self.intensities[index]
        return None if np.isnan(value) else int(value)

    @classmethod
    def empty(cls) -> TimelinePoints:
        return cls(np.zeros(0, np.int64), np.zeros(0, "datetime64[D]"), np.zeros(0, np.int8),
                   np.zeros(0, np.float64), ())


@dataclass(frozen=True)
class UndatedMemory:
    id: int
    emotion: Emotion | None
    intensity: int | None
    snippet: str


@dataclass(frozen=True, eq=False)
class Timeline:
    points: TimelinePoints
    undated: tuple[UndatedMemory, ...]

    @property
    def total(self) -> int:
        return len(self.points) + len(self.undated)


def build_timeline(rows: Sequence[TimelineRow]) -> Timeline:
    """Vectorised: tens of thousands of rows in a few tens of milliseconds."""
    if not rows:
        return Timeline(TimelinePoints.empty(), ())
    ids, starts, _ends, emotions, intensities, snippets = zip(*rows)
    days = _parse_days(starts)
    dated = ~np.isnat(days)
    id_array = np.array(ids, dtype=np.int64)
    codes = emotion_codes(emotions)
    levels = np.array(intensities, dtype=np.float64)  # None → NaN
    points = _sorted_points(id_array[dated], days[dated], codes[dated], levels[dated],
                            [s for s, keep in zip(snippets, dated) if keep])
    undated = tuple(UndatedMemory(int(i), emotion_of(int(c)), None if np.isnan(v) else int(v), s)
                    for i, c, v, s, keep in zip(id_array, codes, levels, snippets, dated) if not keep)
    return Timeline(points, undated)


def _parse_days(starts: Sequence[str | None]) -> np.ndarray:
    """ISO dates (or datetimes) → datetime64[D]; None or unreadable → NaT (undated)."""
    heads = [s[:10] if s else "NaT" for s in starts]
    try:
        return np.array(heads, dtype="datetime64[D]")
    except ValueError:  # one bad value must not sink the rest: parse one by one
        return np.array([_parse_one(h) for h in heads], dtype="datetime64[D]")


def _parse_one(text: str) -> np.datetime64:
    try:
        return np.datetime64(text, "D")
    except ValueError:
        return np.datetime64("NaT", "D")


def _sorted_points(ids: np.ndarray, days: np.ndarray, codes: np.ndarray, levels: np.ndarray,
                   snippets: list[str]) -> TimelinePoints:
    order = np.lexsort((ids, days))
    return TimelinePoints(ids[order], days[order], codes[order], levels[order],
                          tuple(snippets[i] for i in order))
