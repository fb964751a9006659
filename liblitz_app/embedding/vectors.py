"""Turning an engine's raw output into what `Embedder` promises: float32, L2-normalised rows."""
from __future__ import annotations

import numpy as np


def unit_rows(raw: np.ndarray, dim: int) -> np.ndarray:
    """(n, dim) float32 with unit rows; an empty batch becomes (0, dim), not (0,)."""
    rows = np.asarray(raw, dtype=np.float32).reshape(-1, dim)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    # An all-zero row (empty text on some engines) stays zero instead of becoming NaN.
    np.maximum(norms, np.float32(1e-12), out=norms)
    return np.ascontiguousarray(rows / norms, dtype=np.float32)


def unit_vector(raw: np.ndarray, dim: int) -> np.ndarray:
    """(dim,) float32 of unit length."""
    return unit_rows(raw, dim)[0]
