"""Fewer points when too many are in view: the scatter stays fluid at any size of memory."""
from __future__ import annotations

import numpy as np


def thinning_stride(in_view: int, limit: int) -> int:
    """1 when every point in view fits under `limit`; else the smallest power of two that brings it under.

    Powers of two keep the kept points nested (zooming in only adds points) and change the stride
    only when the density doubles, so panning never reshuffles which points are drawn.
    """
    stride = 1
    while in_view > limit * stride:
        stride *= 2
    return stride


def thin(count: int, stride: int) -> np.ndarray:
    """A mask over `count` points sorted by day keeping every `stride`-th: dense periods stay dense."""
    return np.arange(count) % stride == 0
