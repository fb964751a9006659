"""Load an engine once, on whichever thread first needs it, and serialise calls into it.

The app builds an embedder cheaply (from settings, anywhere) and lets its embedding worker
thread pay for the load. Nothing here is tied to one thread: a lock guards the load, and
calls are serialised too, because two engines sharing 2 cores only slow each other down and
not every engine documents that it is re-entrant.
"""
from __future__ import annotations

import threading
from typing import Callable, Generic, TypeVar

from .base import EmbeddingUnavailable

Engine = TypeVar("Engine")


class LazyEngine(Generic[Engine]):
    def __init__(self, load: Callable[[], Engine], model_name: str) -> None:
        self._load = load
        self._model_name = model_name  # named in the sentence if it fails to load
        self._engine: Engine | None = None
        self._lock = threading.RLock()

    @property
    def loaded(self) -> bool:
        return self._engine is not None

    @property
    def lock(self) -> threading.RLock:
        """Held while the engine runs: callers use it around each call."""
        return self._lock

    def get(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = self._load_or_explain()
            return self._engine

    def _load_or_explain(self) -> Engine:
        try:
            return self._load()
        except EmbeddingUnavailable:
            raise
        except Exception as error:  # any engine failure reaches the user as one sentence
            raise EmbeddingUnavailable("Le modèle d'embeddings {model} ne se charge pas ({error}).",
                                       model=self._model_name, error=error) from error
