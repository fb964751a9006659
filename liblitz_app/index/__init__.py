"""The vector index over committed memories: Qdrant Edge in a folder by default, a Qdrant server on request.

Nothing here imports Qt: the index has one owner thread, chosen by the caller.
The server adapter is imported on first use: qdrant-client costs ~2 s and ~100 MB at import,
which an Edge-only start (the default) should not pay.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .base import (
    IndexError_,
    IndexFilter,
    IndexHit,
    IndexLocked,
    IndexModelMismatch,
    IndexPayload,
    IndexPoint,
    IndexSearch,
    IndexedModel,
    MemoryIndex,
    model_slug,
)
from .edge import EdgeIndex, index_folder_for

if TYPE_CHECKING:
    from .server import ServerIndex, collection_name_for

_LAZY_FROM_SERVER = ("ServerIndex", "collection_name_for")

__all__ = [
    "EdgeIndex",
    "IndexError_",
    "IndexFilter",
    "IndexHit",
    "IndexLocked",
    "IndexModelMismatch",
    "IndexPayload",
    "IndexPoint",
    "IndexSearch",
    "IndexedModel",
    "MemoryIndex",
    "ServerIndex",
    "collection_name_for",
    "index_folder_for",
    "model_slug",
    "open_index",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY_FROM_SERVER:
        from . import server
        return getattr(server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_index(model: IndexedModel, *, folder: str | os.PathLike[str] | None = None,
               url: str | None = None, api_key: str | None = None,
               collection: str | None = None) -> MemoryIndex:
    """The index for `model`: Qdrant Edge in `folder`, or the Qdrant server at `url`.

    Exactly one of `folder` and `url` is given. Raises IndexModelMismatch when the index there
    was built by another model, IndexLocked when another Liblitz holds the folder, and
    IndexError_ when the server cannot be used.
    """
    if folder is not None and url is None:
        return EdgeIndex.open(folder, model)
    if url is not None and folder is None:
        from .server import ServerIndex
        return ServerIndex.connect(url, model, api_key=api_key, collection=collection)
    raise ValueError("open_index wants exactly one of folder= (Qdrant Edge) or url= (Qdrant server)")
