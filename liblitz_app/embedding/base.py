"""Embeddings: a small interface any engine fits (model id, dimension, embed many)."""
from __future__ import annotations

from typing import Protocol, Sequence

import numpy as np

from ..errors import UserError


class EmbeddingUnavailable(UserError, RuntimeError):
    """The embedding model cannot be loaded, with a sentence the user can read."""


class Embedder(Protocol):
    model_id: str
    dim: int

    def load(self) -> None:
        """Pay the loading cost now (on the worker thread that will use the model)."""
        ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalised: vectors of memories as stored."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """(dim,) float32, L2-normalised: a search query (some models embed queries differently)."""
        ...
