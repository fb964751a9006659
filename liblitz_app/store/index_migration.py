"""Changing the embedding model without downtime: the new model's index is built beside the one in
use, off the store's thread, while search and writes keep going through the old one; the switch is
one ledger transaction, once the new index holds exactly what the ledger holds.

The steps, and the thread each runs on:
    begin(library, data, setting)   the store's thread (the ledger's one writer): the durable record
    build_in(data, migration, …)    a thread of its own: its own ledger reader, embedder and indexes
    switch(library, data, …)        the store's thread: the last catch-up, then the one transaction
    pause / resume / cancel         the store's thread, once the build has stopped
    drop_kept_index                 the store's thread: an index no longer in use leaves the disk

Why the new index is its own progress record: a batch is in Qdrant Edge's write-ahead log once its
upsert returns (tests/unit/index/test_index_edge_kill.py), so after a kill -9 its content says what
was done; a resumed build compares it with
the ledger (as `MemoryLibrary.reconcile` does) and embeds only what is missing or stale. The same
comparison, repeated until it finds nothing, brings in the memories added, edited or forgotten while
the build ran, and the switch runs it once more on the store's thread, where no write can slip in
between it and the switch. Each model has its own folder (or collection): no index ever holds the
vectors of two models.

The shared documents' index (documents/shelf.py: its own shard, `index/<model>/documents`) is built
the same way, in the same passes and progress, switched in the same step and kept or dropped with the
memories' (it lives in their folder), through the `IndexPart` the caller hands in (`parts=`: the store
sits below the documents package and cannot name it). After the switch the shelf opens a complete
index: nothing is left to embed on the store's thread.
"""
from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from ..embedding.base import Embedder
from ..embedding.choose import build_embedder
from ..errors import UserError
from ..index import IndexedModel, IndexError_, MemoryIndex, index_folder_for
from ..index.edge import read_sidecar
from ..paths import DataDir, disk_usage
from .ledger import LedgerReader
from .library import Cancelled, MemoryLibrary, Progress, TaskCancelled, points_for
from .opening import index_for
from .settings import EMBEDDING_KEY, IndexSettings

MIGRATION_KEY = "embedding.migration"
BUILD_BATCH = 16  # small: a pause or a cancel is seen within one batch (well under a second offline)


class MigrationError(UserError):
    """A change of embedding model that cannot be done as asked."""


@dataclass(frozen=True)
class Migration:
    """The ledger's record of a change of embedding model under way (absent when none is)."""

    setting: str  # the embedding setting chosen ("use", "folder:…"): written as the model in use at the switch
    model: IndexedModel  # the model the new index is for
    paused: bool = False
    fresh: bool = True  # its index did not exist before: a cancel removes it (an index kept earlier stays)

    def to_dict(self) -> dict[str, Any]:
        return {"setting": self.setting, "model_id": self.model.model_id, "dim": self.model.dim,
                "paused": self.paused, "fresh": self.fresh}

    @classmethod
    def from_dict(cls, stored: dict[str, Any]) -> Migration:
        return cls(str(stored["setting"]), IndexedModel(str(stored["model_id"]), int(stored["dim"])),
                   bool(stored.get("paused", False)), bool(stored.get("fresh", True)))


@dataclass(frozen=True)
class KeptIndex:
    """An index on disk that is neither in use nor being built: the user may drop it."""

    model: IndexedModel
    folder: Path
    size: int  # bytes


class IndexPart(Protocol):
    """One index a model's change builds beside the memories': the shared documents' (documents/shelf.py).
    Each method runs on the thread that owns `reader` and `index`."""

    def open_index(self, reader: LedgerReader, data: DataDir, model: IndexedModel) -> MemoryIndex:
        """This part's index for `model`: never the memories' shard or collection."""
        ...

    def to_embed(self, reader: LedgerReader, index: MemoryIndex) -> tuple[int, list[int]]:
        """How many points the index must hold, and the ids it lacks or holds stale (the ones it must
        no longer hold are removed here). Reads the ledger only."""
        ...

    def embed(self, reader: LedgerReader, embedder: Embedder, index: MemoryIndex, ids: Sequence[int]) -> None:
        """Embed these items from the ledger into the index (in Edge's write-ahead log once it returns)."""
        ...


class _Memories:
    """The memories' index: the committed memories, each at its current version."""

    def open_index(self, reader: LedgerReader, data: DataDir, model: IndexedModel) -> MemoryIndex:
        return index_for(IndexSettings.read(reader), model, data)

    def to_embed(self, reader: LedgerReader, index: MemoryIndex) -> tuple[int, list[int]]:
        wanted = reader.indexable()
        held = index.versions()
        extra = [i for i in held if i not in wanted]
        if extra:
            index.delete(extra)
        return len(wanted), sorted(i for i, version in wanted.items() if held.get(i) != version)

    def embed(self, reader: LedgerReader, embedder: Embedder, index: MemoryIndex, ids: Sequence[int]) -> None:
        if points := points_for(embedder, reader.get_many(ids)):
            index.upsert(points)


MEMORIES = _Memories()
Planned = Callable[[list[int]], None]  # each pass: how many points each index must hold, the memories' first


def current(ledger: LedgerReader) -> Migration | None:
    stored = ledger.setting(MIGRATION_KEY)
    return Migration.from_dict(stored) if stored else None


# --- on the store's thread ------------------------------------------------------------------------

def begin(library: MemoryLibrary, data: DataDir, setting: str) -> Migration | None:
    """Record that the index for `setting`'s model is to be built (or resume the one recorded for it).
    None when that model is already the one in use: only the setting changes. Cheap: the model is
    named, not loaded."""
    ongoing = current(library.ledger)
    if ongoing is not None and ongoing.setting != setting:
        raise MigrationError("Un changement de modèle vers {model} est déjà en cours : laissez-le finir ou "
                             "annulez-le d'abord.", model=ongoing.model.model_id)
    embedder = build_embedder(setting, data.models)
    model = IndexedModel(embedder.model_id, embedder.dim)
    if model == library.model:
        library.ledger.set_setting(EMBEDDING_KEY, setting)
        return None
    migration = replace(ongoing, paused=False) if ongoing else Migration(setting, model,
                                                                        fresh=not _index_exists(library, data, model))
    library.ledger.set_setting(MIGRATION_KEY, migration.to_dict())
    return migration


def pause(library: MemoryLibrary) -> Migration | None:
    return _mark_paused(library, True)


def resume(library: MemoryLibrary) -> Migration | None:
    return _mark_paused(library, False)


def _mark_paused(library: MemoryLibrary, paused: bool) -> Migration | None:
    migration = current(library.ledger)
    if migration is not None:
        migration = replace(migration, paused=paused)
        library.ledger.set_setting(MIGRATION_KEY, migration.to_dict())
    return migration


def cancel(library: MemoryLibrary, data: DataDir) -> None:
    """Once the build has stopped: the record goes, and the half-built index with it if this change
    made it. The record first: a crash in between leaves a kept index the user can drop, never a
    record pointing at nothing."""
    migration = current(library.ledger)
    if migration is None:
        return
    library.ledger.set_setting(MIGRATION_KEY, None)
    if migration.fresh and not IndexSettings.read(library.ledger).url:
        shutil.rmtree(index_folder_for(data.index_root, migration.model), ignore_errors=True)


def switch(library: MemoryLibrary, data: DataDir, migration: Migration, embedder: Embedder,
           parts: Sequence[IndexPart] = ()) -> int:
    """The built indexes become the ones in use: a last catch-up here, where no write can come between it
    and the switch, then one transaction names the new model and ends the record. The old indexes are
    kept on disk; the parts' new indexes are closed complete (their owners reopen them for the new
    model: the shelf's `shelf_of`). Returns how many memories the new index holds."""
    library.sync_index()  # the old index, kept, is left complete too
    filling = _opened(library.ledger, data, migration.model, parts)
    try:
        fill(library.ledger, embedder, filling)
        with library.ledger._transaction():  # one commit: the setting and the record change together
            library.ledger.set_setting(EMBEDDING_KEY, migration.setting)
            library.ledger.set_setting(MIGRATION_KEY, None)
    except BaseException:
        _close(filling)
        raise
    _close(filling[1:])
    index = filling[0][1]
    library.use_engine(embedder, index)
    return index.count()


def kept_indexes(library: MemoryLibrary, data: DataDir) -> list[KeptIndex]:
    """The index folders of other models (Qdrant Edge), apart from the one being built."""
    building = current(library.ledger)
    busy = {library.model, building.model if building else None}
    kept = []
    for folder in sorted(p for p in data.index_root.iterdir() if p.is_dir()):
        try:
            model = read_sidecar(folder)
        except IndexError_:
            continue  # not an index we can name; `liblitz doctor` reports it
        if model is not None and model not in busy:
            kept.append(KeptIndex(model, folder, disk_usage(folder)))
    return kept


def drop_kept_index(library: MemoryLibrary, data: DataDir, model: IndexedModel) -> None:
    """Remove an old model's index (and its documents' index) from the disk, never the one in use or
    being built."""
    if model not in {k.model for k in kept_indexes(library, data)}:
        raise MigrationError("L'index du modèle {model} est en service ou en construction : il ne peut pas "
                             "être supprimé.", model=model.model_id)
    shutil.rmtree(index_folder_for(data.index_root, model))


def _index_exists(library: MemoryLibrary, data: DataDir, model: IndexedModel) -> bool:
    # On a Qdrant server the collection is never removed by a cancel: say it existed.
    if IndexSettings.read(library.ledger).url:
        return True
    return read_sidecar(index_folder_for(data.index_root, model)) is not None


# --- on the build's own thread --------------------------------------------------------------------

def build_in(data: DataDir, migration: Migration, progress: Progress | None = None,
             cancelled: Cancelled | None = None, embedder: Embedder | None = None,
             batch: int | None = None, parts: Sequence[IndexPart] = (), planned: Planned | None = None,
             ) -> Embedder | None:
    """Build (or go on building) the migration's indexes (the memories', then each part's) from the
    ledger. Returns the loaded embedder once they are complete, None when `cancelled()` stopped it
    (what was done is kept). Opens and closes its own ledger reader and indexes: the store's thread
    is not involved."""
    embedder = embedder or build_embedder(migration.setting, data.models)
    embedder.load()
    if IndexedModel(embedder.model_id, embedder.dim) != migration.model:
        raise MigrationError("Le modèle {setting} n'est plus celui dont la construction a commencé ({model}) : "
                             "annulez ce changement et choisissez-le de nouveau.",
                             setting=migration.setting, model=migration.model.model_id)
    reader = LedgerReader(data.ledger)
    try:
        filling = _opened(reader, data, migration.model, parts)
        try:
            complete = fill(reader, embedder, filling, progress, cancelled, batch or BUILD_BATCH, planned)
            return embedder if complete else None
        finally:
            _close(filling)
    finally:
        reader.close()


Filling = Sequence[tuple[IndexPart, MemoryIndex]]


def _opened(reader: LedgerReader, data: DataDir, model: IndexedModel, parts: Sequence[IndexPart]) -> Filling:
    """The memories' index for `model` first (its folder holds the parts'), then each part's."""
    filling: list[tuple[IndexPart, MemoryIndex]] = []
    try:
        for part in (MEMORIES, *parts):
            filling.append((part, part.open_index(reader, data, model)))
    except BaseException:
        _close(filling)
        raise
    return filling


def _close(filling: Filling) -> None:
    for _part, index in filling:
        index.close()


def fill(reader: LedgerReader, embedder: Embedder, filling: Filling, progress: Progress | None = None,
         cancelled: Cancelled | None = None, batch: int = BUILD_BATCH, planned: Planned | None = None) -> bool:
    """Make each index hold exactly what the ledger says it must, in passes until one finds nothing
    to do (what changed during a pass is caught by the next). One progress for all: points done,
    points the indexes must hold. False when `cancelled()` stopped it."""
    while True:
        plans = [(part, index, *part.to_embed(reader, index)) for part, index in filling]
        total = sum(wanted for _part, _index, wanted, _todo in plans)
        done = total - sum(len(todo) for _part, _index, _wanted, todo in plans)
        if planned:
            planned([wanted for _part, _index, wanted, _todo in plans])
        if not any(todo for _part, _index, _wanted, todo in plans):
            _flush(filling)
            if progress:
                progress(total, total)
            return True
        for part, index, _wanted, todo in plans:
            for start in range(0, len(todo), batch):
                if cancelled and cancelled():
                    _flush(filling)
                    return False
                ids = todo[start:start + batch]
                part.embed(reader, embedder, index, ids)  # in Edge's write-ahead log once it returns
                done += len(ids)
                if progress:
                    progress(done, total)


def _flush(filling: Filling) -> None:
    for _part, index in filling:
        index.flush()


# --- all at once, on one thread (the command line, tests) -----------------------------------------

def migrate_now(library: MemoryLibrary, setting: str, data: DataDir, progress: Progress | None = None,
                cancelled: Cancelled | None = None, parts: Sequence[IndexPart] = ()) -> int:
    """Begin, build and switch in the calling thread (the store's). Cancelled, the change is undone
    and TaskCancelled raised; nothing else changes. Returns how many memories the new index holds."""
    migration = begin(library, data, setting)
    if migration is None:
        return 0
    embedder = build_in(data, migration, progress, cancelled, parts=parts)
    if embedder is None:
        cancel(library, data)
        raise TaskCancelled()
    return switch(library, data, migration, embedder, parts)
