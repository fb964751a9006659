"""Putting the word and meaning rankings together: min-max normalised scores (kept: measured better
on the tune part than ranks, see benchmarks/recall.py), or reciprocal ranks for comparison."""
from __future__ import annotations

from collections.abc import Mapping

RRF_K = 60


def normalised(scores: Mapping[int, float]) -> dict[int, float]:
    """Each score mapped onto [0, 1] by the list's own minimum and maximum (one alone is 1)."""
    if not scores:
        return {}
    low, high = min(scores.values()), max(scores.values())
    if high - low < 1e-12:
        return {key: 1.0 for key in scores}
    return {key: (value - low) / (high - low) for key, value in scores.items()}


def reciprocal_ranks(scores: Mapping[int, float], k: int = RRF_K) -> dict[int, float]:
    """1 / (k + rank), rescaled so the first is 1: the same range as `normalised`."""
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    return {key: (k + 1) / (k + rank) for rank, key in enumerate(ranked, start=1)}
