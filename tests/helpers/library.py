"""A memory library on real components in a test folder: the ledger, a Qdrant Edge index, the given embedder."""
from __future__ import annotations

from pathlib import Path

from liblitz_app.index import IndexedModel, index_folder_for, open_index
from liblitz_app.paths import DataDir
from liblitz_app.store.ledger import Ledger
from liblitz_app.store.library import MemoryLibrary


def library_in(folder: Path, embedder) -> MemoryLibrary:
    data = DataDir.open(folder)
    model = IndexedModel(embedder.model_id, embedder.dim)
    return MemoryLibrary(Ledger(data.ledger), open_index(model, folder=index_folder_for(data.index_root, model)),
                         embedder)
