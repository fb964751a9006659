"""Where memories are committed: the ledger first (durable, versioned), then embedded and indexed.

The ledger writes an outbox entry in the same transaction as every change that concerns the
index; `sync_index` carries those entries to the index and clears them once acknowledged. A
crash between the two writes leaves the entry in the outbox, so the next start finishes the
work: no memory lost, none duplicated (the point id is the memory id), none stale (the
payload's version is compared with the ledger's).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import TypeVar

import numpy as np

from ..embedding.base import Embedder
from ..errors import UserError
from ..index.base import IndexedModel, IndexFilter, IndexPayload, IndexPoint, MemoryIndex
from ..memory import Memory, MemoryFields, Status
from . import words
from .ledger import Ledger, NewMemory, OutboxEntry
from .relevance import BACKGROUND, relevance_floor

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
T = TypeVar("T")
BATCH = 256


class TaskCancelled(UserError):
    """The user cancelled a long task; what was done is kept and consistent."""

    sentence = "Opération annulée ; ce qui était déjà fait est gardé."


@dataclass(frozen=True)
class ReconcileReport:
    replayed: int  # outbox entries finished after an interruption
    missing: int  # committed memories absent from the index, now indexed
    stale: int  # indexed from an older version, now re-indexed
    extra: int  # in the index but not (or no longer) committed, now removed

    @property
    def changed(self) -> bool:
        return any((self.replayed, self.missing, self.stale, self.extra))


@dataclass(frozen=True)
class LibraryStatus:
    model_id: str
    dim: int
    committed: int
    indexed: int


@dataclass(frozen=True)
class SearchHit:
    memory: Memory
    score: float


def day_seconds(day: date | None) -> float | None:
    return None if day is None else datetime.combine(day, time(), timezone.utc).timestamp()


def payload_for(memory: Memory) -> IndexPayload:
    fields = memory.fields
    return IndexPayload(
        version=memory.version, emotion=fields.emotion.value if fields.emotion else None,
        intensity=fields.intensity, persons=fields.persons, place=fields.place,
        event_start=day_seconds(fields.time.start), event_end=day_seconds(fields.time.end or fields.time.start),
        status=memory.status.value)


def points_for(embedder: Embedder, memories: Iterable[Memory]) -> list[IndexPoint]:
    """The index's points for those of these memories it holds (committed, not in the bin), embedded."""
    held = [m for m in memories if m.status is Status.COMMITTED and not m.forgotten]
    vectors = embedder.embed_passages([m.text for m in held]) if held else []
    return [IndexPoint(m.id, v, payload_for(m)) for m, v in zip(held, vectors)]


class MemoryLibrary:
    """The ledger, the embedder and the index, kept in step. Lives on the store's owner thread."""

    def __init__(self, ledger: Ledger, index: MemoryIndex, embedder: Embedder) -> None:
        self.ledger = ledger
        self.index = index
        self.embedder = embedder
        self._background_vectors: np.ndarray | None = None
        self._seen_version = ledger.data_version()

    def changed_elsewhere(self) -> bool:
        """Whether another process (an import from a terminal) wrote to the ledger since the last call."""
        version = self.ledger.data_version()
        changed, self._seen_version = version != self._seen_version, version
        return changed

    @property
    def model(self) -> IndexedModel:
        return IndexedModel(self.embedder.model_id, self.embedder.dim)

    def use_engine(self, embedder: Embedder, index: MemoryIndex) -> None:
        """From now on, this model and its index (the previous index is closed, its folder kept)."""
        self.index.close()
        self.embedder, self.index = embedder, index
        self._background_vectors = None

    def status(self) -> LibraryStatus:
        return LibraryStatus(self.embedder.model_id, self.embedder.dim, self.ledger.count_indexable(),
                             self.index.count())

    def close(self) -> None:
        self.index.close()
        self.ledger.close()

    # --- changes: ledger first, then the index ------------------------------------------------

    def add(self, new: NewMemory) -> Memory:
        return self._write(lambda: self.ledger.add(new))

    def edit(self, memory_id: int, fields: MemoryFields, author: str = "user") -> Memory:
        return self._write(lambda: self.ledger.edit(memory_id, fields, author=author))

    def restore(self, memory_id: int, version: int) -> Memory:
        return self._write(lambda: self.ledger.restore(memory_id, version))

    def forget(self, memory_id: int) -> Memory:
        return self._write(lambda: self.ledger.forget(memory_id))

    def unforget(self, memory_id: int) -> Memory:
        return self._write(lambda: self.ledger.unforget(memory_id))

    def empty_forgotten(self) -> list[int]:
        return self._write(self.ledger.empty_forgotten)

    def _write(self, change: Callable[[], T]) -> T:
        """The ledger change and the word index's update in one transaction, then the vector index."""
        with self.ledger._transaction() as conn:  # the store's own modules may join it
            result = change()
            words.catch_up(conn)
        self.sync_index()
        return result

    def catch_up_words(self) -> int:
        """Words of memories written elsewhere (an import staging rows, a migrated ledger) are indexed."""
        with self.ledger._transaction() as conn:  # the store's own modules may join it
            return words.catch_up(conn)

    # --- the index, kept in step --------------------------------------------------------------

    def sync_index(self) -> int:
        """Carry every outbox entry to the index; returns how many were applied."""
        applied = 0
        while entries := self.ledger.pending_index_ops(BATCH):
            self._apply(entries)
            applied += len(entries)
        return applied

    def _apply(self, entries: Sequence[OutboxEntry]) -> None:
        deletes = [e.memory_id for e in entries if e.op == "delete"]
        if deletes:
            self.index.delete(deletes)
        upserts = [e.memory_id for e in entries if e.op == "upsert"]
        if upserts:
            self._index_memories(upserts)
        self.index.flush()
        self.ledger.mark_indexed(entries)

    def _index_memories(self, memory_ids: Sequence[int]) -> None:
        if points := points_for(self.embedder, (self.ledger.get(i) for i in memory_ids)):
            self.index.upsert(points)

    def reconcile(self, progress: Progress | None = None) -> ReconcileReport:
        """Make the index match the ledger after whatever happened (crash, copy, older version)."""
        replayed = self.sync_index()
        self.catch_up_words()
        wanted = self.ledger.indexable()
        held = self.index.versions()
        missing = [i for i in wanted if i not in held]
        stale = [i for i, v in wanted.items() if i in held and held[i] != v]
        extra = [i for i in held if i not in wanted]
        if extra:
            self.index.delete(extra)
        self._index_in_batches(missing + stale, progress, None)
        self.index.flush()
        return ReconcileReport(replayed, len(missing), len(stale), len(extra))

    def quick_reconcile(self) -> ReconcileReport:
        """What every start needs: finish interrupted writes (the outbox), and compare the whole
        index with the ledger only if their counts differ. Stale versions with equal counts can only
        come from an index copied from elsewhere; the full `reconcile` after start catches those."""
        replayed = self.sync_index()
        self.catch_up_words()
        if self.index.count() == self.ledger.count_indexable():
            return ReconcileReport(replayed, 0, 0, 0)
        full = self.reconcile()
        return ReconcileReport(replayed + full.replayed, full.missing, full.stale, full.extra)

    def rebuild(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
        """Re-embed every committed memory into an emptied index. Cancelling leaves a partial
        index that the next reconcile completes; the ledger is never touched."""
        self.index.clear()
        while pending := self.ledger.pending_index_ops(BATCH):  # the rebuild covers them all
            self.ledger.mark_indexed(pending)
        ids = sorted(self.ledger.indexable())
        self._index_in_batches(ids, progress, cancelled)
        self.index.flush()
        return len(ids)

    def _index_in_batches(self, ids: Sequence[int], progress: Progress | None, cancelled: Cancelled | None) -> None:
        for start in range(0, len(ids), BATCH):
            if cancelled and cancelled():
                self.index.flush()
                raise TaskCancelled()
            self._index_memories(ids[start:start + BATCH])
            if progress:
                progress(min(start + BATCH, len(ids)), len(ids))

    # --- finding ------------------------------------------------------------------------------

    def search(self, text: str, limit: int = 20, where: IndexFilter | None = None,
               relevant_only: bool = False) -> list[SearchHit]:
        """Memories by meaning, best first; with `relevant_only`, only those closer to the query than
        unrelated sentences are (see relevance.py). The index refuses another model's query."""
        vector = self.embedder.embed_query(text)
        hits = self.index.search(vector, self.model, limit=limit, where=where)
        if relevant_only and hits:
            floor = relevance_floor(vector, self._background())
            hits = [h for h in hits if h.score > floor]
        return [SearchHit(self.ledger.get(h.memory_id), h.score) for h in hits]

    def meaning_floor(self, query_vector: np.ndarray) -> float:
        """The best score a sentence about nothing in particular reaches for this query (relevance.py)."""
        return relevance_floor(query_vector, self._background())

    def _background(self) -> np.ndarray:
        if self._background_vectors is None:
            self._background_vectors = self.embedder.embed_passages(BACKGROUND)
        return self._background_vectors
