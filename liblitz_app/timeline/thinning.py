"""Fewer points when too many are in view: the scatter stays fluid at any size of memory."""
from __future__ import annotations

import numpy as np


def thin(candidates: np.ndarray, limit: int) -> np.ndarray:
    """A boolean mask keeping at most about `limit` of the True entries of `candidates`, evenly spread.

    An even stride over points sorted by day keeps the shape of the cloud (dense periods stay dense)
    while bounding the drawing cost; every point comes back when the user zooms in.
    """
    count = int(np.count_nonzero(candidates))
    if count <= limit:
        return candidates
    stride = int(np.ceil(count / limit))
    positions = np.flatnonzero(candidates)
    kept = np.zeros_like(candidates)
    kept[positions[::stride]] = True
    return kept
