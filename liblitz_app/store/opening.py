"""Opening everything a session needs, in order, from a data folder; runs on the store's thread."""
from __future__ import annotations

from collections.abc import Callable

from ..embedding.base import Embedder
from ..embedding.choose import build_embedder
from ..index import IndexedModel, MemoryIndex, index_folder_for, open_index
from ..paths import DataDir
from .ledger import Ledger, LedgerReader
from .library import Cancelled, MemoryLibrary, Progress, ReconcileReport
from .settings import EmbeddingSettings, IndexSettings


def embedder_for(ledger: LedgerReader, data: DataDir) -> Embedder:
    return build_embedder(EmbeddingSettings.read(ledger).model, data.models)


def index_for(settings: IndexSettings, model: IndexedModel, data: DataDir) -> MemoryIndex:
    if settings.url:
        return open_index(model, url=settings.url, api_key=settings.api_key or None)
    return open_index(model, folder=index_folder_for(data.index_root, model))


def open_library(data: DataDir, on_reconciled: Callable[[ReconcileReport], None] | None = None) -> MemoryLibrary:
    """Ledger (migrated), embedder, index for that embedder, then the start-up reconciliation
    (the full comparison is left to a job after start: `MemoryLibrary.reconcile`)."""
    ledger = Ledger(data.ledger)
    try:
        embedder = embedder_for(ledger, data)
        embedder.load()
        model = IndexedModel(embedder.model_id, embedder.dim)
        index = index_for(IndexSettings.read(ledger), model, data)
    except BaseException:
        ledger.close()
        raise
    library = MemoryLibrary(ledger, index, embedder)
    report = library.quick_reconcile()
    if on_reconciled:
        on_reconciled(report)
    return library


def switch_model(library: MemoryLibrary, setting: str, data: DataDir, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> int:
    """Change the embedding model all at once, in the calling thread: its own index is built beside
    the current one and replaces it only once complete; cancelled, nothing changes (TaskCancelled).
    The window does it in the background instead (ui/model_migration.py)."""
    from .index_migration import migrate_now  # imported here: index_migration builds on this module
    return migrate_now(library, setting, data, progress, cancelled)
