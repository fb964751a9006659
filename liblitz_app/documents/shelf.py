"""The shelf of shared documents: the ledger's rows (store/documents.py), the app's embedder, and the
documents' OWN index (a second Qdrant Edge shard in `index/<model>/documents`, or its own collection
on a Qdrant server), never mixed with memories. Lives on the store's owner thread, like the
MemoryLibrary it sits beside: `shelf_of(library)` opens it there on first use and follows the
library when its embedding model changes. A change of model in the window builds the new model's
documents index in the background with the memories' (`DOCUMENTS`, read-only on the ledger: see
store/index_migration.py), so that the shelf reopened after the switch has nothing left to embed.

Adding: read → chunk → rows in the ledger ('reading') → embed and index → 'ready'. Cancelled or
interrupted, nothing is kept: a 'reading' document found on open is removed, and `reconcile`
makes the index hold exactly the chunks of ready documents.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..embedding.base import Embedder
from ..index import IndexedModel, IndexPayload, IndexPoint, MemoryIndex, index_folder_for, model_slug, open_index
from ..paths import DataDir
from ..store import documents as rows
from ..store.ledger import Ledger, LedgerReader
from ..store.settings import IndexSettings
from .chunking import chunk_pages
from .errors import AddCancelled
from .model import Chunk, ChunkText, Document, Kind, Page
from .reading import read_file
from .web import WebPage

if TYPE_CHECKING:  # for annotations only: the shelf takes whatever library the store thread holds
    from ..store.library import MemoryLibrary

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

EMBED_BATCH = 16
STEPS = 1000  # progress is reported in thousandths: the first half reading, the second embedding
DOCUMENT_STATUS = "document"  # the payload's status: a documents index holds nothing else
SHELF_FOLDER = "documents"
SERVER_COLLECTION_PREFIX = "liblitz_documents__"


@dataclass(frozen=True)
class Added:
    document: Document
    already: bool = False  # the same bytes were already shared: nothing new was added


class DocumentShelf:
    def __init__(self, ledger: Ledger, embedder: Embedder, index: MemoryIndex) -> None:
        self.ledger, self.embedder, self.index = ledger, embedder, index
        self._background: np.ndarray | None = None

    @property
    def model(self) -> IndexedModel:
        return IndexedModel(self.embedder.model_id, self.embedder.dim)

    # --- adding -------------------------------------------------------------------------------

    def add_file(self, path: Path, progress: Progress | None = None, cancelled: Cancelled | None = None) -> Added:
        progress, cancelled = progress or _quiet, cancelled or _never
        read = read_file(Path(path), lambda done, total: progress(_share(done, total, 0), STEPS), cancelled)
        known = rows.ready_with(self.ledger, read.sha256)
        if known is not None:
            return Added(known, already=True)
        return self._add(read.kind, read.name, str(Path(path).resolve()), read.sha256, read.page_count,
                         chunk_pages(read.pages), None, progress, cancelled)

    def add_page(self, page: WebPage, progress: Progress | None = None, cancelled: Cancelled | None = None) -> Added:
        """A fetched page, kept with its address and the moment it was read."""
        known = rows.ready_with(self.ledger, page.sha256)
        if known is not None and known.origin == page.address:
            return Added(known, already=True)
        asked = page.asked if page.asked != page.address else ""
        pages = page.pages or (Page(page.text),)  # a PDF keeps its pages: a passage is cited by its page
        return self._add(Kind.WEB, page.title, page.address, page.sha256, len(page.pages) or None, chunk_pages(pages),
                         page.read_at, progress or _quiet, cancelled or _never, asked)

    def _add(self, kind: Kind, name: str, origin: str, sha256: str, pages: int | None, chunks: list[ChunkText],
             read_at: str | None, progress: Progress, cancelled: Cancelled, asked: str = "") -> Added:
        document_id, ids = rows.add_document(self.ledger, kind, name, origin, sha256, pages, chunks, read_at, asked)
        try:
            for start in range(0, len(ids), EMBED_BATCH):
                if cancelled():
                    raise AddCancelled()
                batch = ids[start:start + EMBED_BATCH]
                self._index(batch, [c.text for c in chunks[start:start + EMBED_BATCH]])
                progress(_share(start + len(batch), len(ids), STEPS // 2), STEPS)
            self.index.flush()
        except BaseException:
            self.remove(document_id)  # a half-indexed document is worse than none
            raise
        rows.mark_ready(self.ledger, document_id)
        return Added(rows.document(self.ledger, document_id))  # type: ignore[arg-type]

    def _index(self, ids: Sequence[int], texts: Sequence[str]) -> None:
        _index_chunks(self.embedder, self.index, ids, texts)

    # --- reading and removing -----------------------------------------------------------------

    def documents(self) -> list[Document]:
        return rows.documents(self.ledger)

    def chunks(self, document_id: int) -> list[Chunk]:
        return rows.chunks_of(self.ledger, document_id)

    def remove(self, document_id: int) -> int:
        """The document leaves the ledger, the word index and the index; the number of chunks removed.
        Ledger first: a crash before the index is updated leaves extra points that `reconcile` drops."""
        ids = rows.remove_document(self.ledger, document_id)
        if ids:
            self.index.delete(ids)
            self.index.flush()
        return len(ids)

    def reconcile(self, progress: Progress | None = None) -> int:
        """Interrupted additions removed, then the index made to hold exactly the ready chunks; the number
        of corrections."""
        for document_id in rows.unfinished(self.ledger):
            self.remove(document_id)
        held = self.index.count()
        wanted, missing = DOCUMENTS.to_embed(self.ledger, self.index)
        for start in range(0, len(missing), EMBED_BATCH):
            batch = missing[start:start + EMBED_BATCH]
            DOCUMENTS.embed(self.ledger, self.embedder, self.index, batch)
            if progress:
                progress(start + len(batch), len(missing))
        self.index.flush()
        extra = held - (wanted - len(missing))  # what it held beyond the wanted chunks it had
        return extra + len(missing)

    def background(self) -> np.ndarray:
        """Sentences about nothing in particular, embedded once: the meaning side's relevance floor."""
        from ..store.relevance import BACKGROUND

        if self._background is None:
            self._background = self.embedder.embed_passages(BACKGROUND)
        return self._background

    def close(self) -> None:
        self.index.close()


def _index_chunks(embedder: Embedder, index: MemoryIndex, ids: Sequence[int], texts: Sequence[str]) -> None:
    vectors = embedder.embed_passages(list(texts))
    payload = IndexPayload(version=1, status=DOCUMENT_STATUS)  # a chunk never changes: one version
    index.upsert([IndexPoint(i, v, payload) for i, v in zip(ids, vectors)])


class DocumentsIndexPart:
    """The documents' index as a change of embedding model builds it (store/index_migration.IndexPart):
    it reads the ledger only, so it runs on the build's own thread (its own reader) as well as on the
    store's. The chunks of ready documents, nothing else."""

    def open_index(self, reader: LedgerReader, data: DataDir, model: IndexedModel) -> MemoryIndex:
        return documents_index(reader, model)

    def to_embed(self, reader: LedgerReader, index: MemoryIndex) -> tuple[int, list[int]]:
        wanted = rows.indexed_chunk_ids(reader)
        held = set(index.versions())
        extra = sorted(held - wanted)
        if extra:
            index.delete(extra)
        return len(wanted), sorted(wanted - held)

    def embed(self, reader: LedgerReader, embedder: Embedder, index: MemoryIndex, ids: Sequence[int]) -> None:
        texts = rows.chunk_texts(reader, ids)
        present = [i for i in ids if i in texts]  # a document removed since the pass began: nothing to embed
        if present:
            _index_chunks(embedder, index, present, [texts[i] for i in present])


DOCUMENTS = DocumentsIndexPart()


def _share(done: int, total: int, offset: int) -> int:
    return offset + (STEPS // 2) * min(done, total) // max(total, 1)


def _quiet(done: int, total: int) -> None:
    pass


def _never() -> bool:
    return False


# --- one shelf per library, on the store thread ---------------------------------------------------

_shelves: weakref.WeakKeyDictionary[MemoryLibrary, DocumentShelf] = weakref.WeakKeyDictionary()


def shelf_of(library: MemoryLibrary) -> DocumentShelf:
    """The library's shelf, opened on first use (and its index reconciled); reopened for a new model."""
    shelf = _shelves.get(library)
    if shelf is not None and shelf.model == library.model:
        return shelf
    if shelf is not None:
        shelf.close()
    shelf = DocumentShelf(library.ledger, library.embedder, documents_index(library.ledger, library.model))
    shelf.reconcile()
    _shelves[library] = shelf
    return shelf


def close_shelf(library: MemoryLibrary) -> None:
    """Before the library closes (the window's last store job): the shelf's index lets go of its folder."""
    shelf = _shelves.pop(library, None)
    if shelf is not None:
        shelf.close()


def documents_index(ledger: LedgerReader, model: IndexedModel) -> MemoryIndex:
    """The documents' own index for `model`: beside the memories', never the same shard or collection."""
    settings = IndexSettings.read(ledger)
    if settings.url:
        return open_index(model, url=settings.url, api_key=settings.api_key or None,
                          collection=SERVER_COLLECTION_PREFIX + model_slug(model.model_id))
    data = DataDir(ledger.path.parent)  # the ledger sits at the root of its data folder
    return open_index(model, folder=index_folder_for(data.index_root, model) / SHELF_FOLDER)
