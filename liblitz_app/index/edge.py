"""The embedded default: the memory index in a folder, through Qdrant Edge (in-process, no server).

Folder layout:
    <folder>/index.json   which embedding model made the vectors (written before any vector)
    <folder>/shard/       Qdrant Edge's own files (segments, WAL, config)

One owner: open it from one thread and keep it there; a second opener of the same folder, in
this process or another, is refused with IndexLocked (Edge's WAL holds a file lock).
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import qdrant_edge as qe
from filelock import FileLock, Timeout

from .base import (
    FLOAT_FIELDS,
    INTEGER_FIELDS,
    KEYWORD_FIELDS,
    Between,
    Condition,
    IndexError_,
    IndexFilter,
    IndexHit,
    IndexLocked,
    IndexModelMismatch,
    IndexPoint,
    IndexSearch,
    IndexedModel,
    MatchAnyOf,
    MatchOne,
    as_vector,
    check_memory_id,
    check_same_model,
    each_answered,
    filter_conditions,
    index_closed,
    model_slug,
    payload_to_dict,
)

SIDECAR_NAME = "index.json"
SHARD_DIR = "shard"
SIDECAR_FORMAT = 1
ENGINE_NAME = "qdrant-edge"
SCROLL_PAGE = 1000

# Edge raises a bare Exception; this fragment of its message is how a held WAL lock shows.
_LOCKED_MARKER = "WouldBlock"


def index_folder_for(root: Path, model: IndexedModel) -> Path:
    """One folder per embedding model under `root`, so a new model's index is built beside the old."""
    return Path(root) / model_slug(model.model_id)


class EdgeIndex:
    """MemoryIndex over a Qdrant Edge shard, exact (brute-force) cosine search, WAL on."""

    def __init__(self, folder: Path, model: IndexedModel, shard: qe.EdgeShard, lock: FileLock | None = None) -> None:
        # Use EdgeIndex.open(): it checks the model and takes the folder's lock.
        self.folder = folder
        self.model = model
        self._shard: qe.EdgeShard | None = shard
        self._lock = lock

    # --- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: str | os.PathLike[str], model: IndexedModel) -> EdgeIndex:
        """Open (or create) the index in `folder` for `model`; refuses another model's index."""
        root = Path(folder)
        root.mkdir(parents=True, exist_ok=True)
        lock = _take_folder(root)
        try:
            return cls._open_locked(root, model, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(cls, root: Path, model: IndexedModel, lock: FileLock) -> EdgeIndex:
        recorded = read_sidecar(root)
        shard_path = root / SHARD_DIR
        if recorded is None:
            if _shard_exists(shard_path):
                raise IndexModelMismatch(
                    "L'index du dossier {folder} ne dit pas quel modèle d'embedding l'a construit "
                    "(fichier {file} absent). Reconstruisez l'index depuis la mémoire.", folder=root, file=SIDECAR_NAME)
            # Sidecar first: a shard must never exist without the record of its model.
            write_sidecar(root, model)
        else:
            check_same_model(recorded, model)
        shard = _open_shard(shard_path, model)
        return cls(root, model, shard, lock)

    # --- writing -----------------------------------------------------------------------------

    def upsert(self, points: Sequence[IndexPoint]) -> None:
        """Insert or replace `points` in one Edge update: the batch survives a crash whole or not at all."""
        if not points:
            return
        edge_points = [
            qe.Point(check_memory_id(p.memory_id), as_vector(p.vector, self.model),
                     payload_to_dict(p.payload))
            for p in points
        ]
        self._open_shard().update(qe.UpdateOperation.upsert_points(edge_points))

    def delete(self, memory_ids: Sequence[int]) -> None:
        ids = [check_memory_id(i) for i in memory_ids]
        if ids:
            self._open_shard().update(qe.UpdateOperation.delete_points(ids))

    def clear(self) -> None:
        """Empty the index for a rebuild; the folder stays ours (the lock is never let go)."""
        shard = self._open_shard()
        shard.update(qe.UpdateOperation.delete_points_by_filter(qe.Filter()))
        # Deleted points keep their disk space until the optimizer vacuums; on an empty
        # shard that is quick, and a rebuild then starts from a small folder.
        shard.optimize()

    def flush(self) -> None:
        self._open_shard().flush()

    def close(self) -> None:
        """Flush and release the folder; calling it again does nothing."""
        shard, self._shard = self._shard, None
        if shard is not None:
            try:
                shard.flush()
            finally:
                shard.close()  # even if the flush failed: the WAL still has every write
                if self._lock is not None:
                    self._lock.release()

    # --- reading -----------------------------------------------------------------------------

    def search(self, vector: np.ndarray, model: IndexedModel, limit: int = 10,
               where: IndexFilter | None = None) -> list[IndexHit]:
        check_same_model(self.model, model)
        if limit < 1:
            return []
        request = _request(qe.Query.Nearest(as_vector(vector, self.model)), limit, where, ["version"])
        return [_hit(p.id, p.score, p.payload) for p in self._open_shard().query(request)]

    def search_many(self, vector: np.ndarray, model: IndexedModel,
                    searches: Sequence[IndexSearch]) -> list[list[IndexHit]]:
        # One query_batch: one hand-over to Edge's search threads instead of one per search (each costs a
        # wake-up, milliseconds on a busy machine), and no payload read (about a fifth of a search).
        check_same_model(self.model, model)
        query = qe.Query.Nearest(as_vector(vector, self.model))

        def run(asked: list[IndexSearch]) -> list[list[IndexHit]]:
            batch = qe.QueryBatchRequest([_request(query, s.limit, s.where, False) for s in asked])
            return [[IndexHit(int(p.id), float(p.score), None) for p in points]
                    for points in self._open_shard().query_batch(batch)]
        return each_answered(searches, run)

    def versions(self) -> dict[int, int]:
        shard = self._open_shard()
        found: dict[int, int] = {}
        offset: Any = None
        while True:
            records, offset = shard.scroll(qe.ScrollRequest(
                offset=offset, limit=SCROLL_PAGE, with_payload=["version"], with_vector=False))
            found.update((int(r.id), int((r.payload or {}).get("version", 0))) for r in records)
            if offset is None or not records:
                return found

    def count(self) -> int:
        return int(self._open_shard().count(qe.CountRequest(exact=True)))

    # --- plumbing ----------------------------------------------------------------------------

    def _open_shard(self) -> qe.EdgeShard:
        if self._shard is None:
            raise index_closed()
        return self._shard

    def __enter__(self) -> EdgeIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "ouvert" if self._shard is not None else "fermé"
        return f"EdgeIndex({str(self.folder)!r}, {self.model.model_id!r}, {state})"


# --- the sidecar: which model made the vectors ------------------------------------------------

def read_sidecar(folder: Path) -> IndexedModel | None:
    path = folder / SIDECAR_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return IndexedModel(model_id=str(data["model_id"]), dim=int(data["dim"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError) as exc:
        raise IndexError_(
            "Le fichier {path} est illisible ({error}). Reconstruisez l'index depuis la mémoire.", path=path,
            error=exc) from exc


def write_sidecar(folder: Path, model: IndexedModel) -> None:
    """Write index.json atomically: a crash leaves the old file or the new one, never half of one."""
    record = {"format": SIDECAR_FORMAT, "engine": ENGINE_NAME, "model_id": model.model_id,
              "dim": model.dim, "distance": "cosine", "created_at": time.time()}
    fd, tmp_name = tempfile.mkstemp(prefix=".index-", suffix=".json.tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as tmp:
            json.dump(record, tmp, ensure_ascii=False, indent=2)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, folder / SIDECAR_NAME)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    # The rename itself is durable only once the directory entry is; Windows cannot open dirs.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the shard --------------------------------------------------------------------------------

def _shard_exists(shard_path: Path) -> bool:
    return (shard_path / "edge_config.json").exists()


def _open_shard(shard_path: Path, model: IndexedModel) -> qe.EdgeShard:
    try:
        if _shard_exists(shard_path):
            shard = qe.EdgeShard.load(str(shard_path))
        else:
            shard = qe.EdgeShard.create(str(shard_path), _edge_config(model))
        _ensure_field_indexes(shard)
        return shard
    except Exception as exc:  # Edge raises bare Exceptions; the message says which
        raise _translate_open_error(exc, shard_path) from exc


def _edge_config(model: IndexedModel) -> qe.EdgeConfig:
    return qe.EdgeConfig(
        vectors=qe.EdgeVectorParams(size=model.dim, distance=qe.Distance.Cosine),
        # The WAL is what makes an acknowledged upsert survive a kill -9, and what locks the
        # folder against a second opener: never turn it off.
        wal_enabled=True,
    )


def _ensure_field_indexes(shard: qe.EdgeShard) -> None:
    # Creating an existing field index is a no-op, so this also heals a shard whose creation
    # was interrupted before its indexes were made.
    kinds = ([(f, qe.PayloadSchemaType.Keyword) for f in KEYWORD_FIELDS]
             + [(f, qe.PayloadSchemaType.Integer) for f in INTEGER_FIELDS]
             + [(f, qe.PayloadSchemaType.Float) for f in FLOAT_FIELDS])
    for field_name, kind in kinds:
        shard.update(qe.UpdateOperation.create_field_index(field_name, kind))


LOCK_NAME = "liblitz-index.lock"


def _take_folder(root: Path) -> FileLock:
    """The folder's lock, at once or never: Qdrant Edge's own lock (on its WAL) is found only after it has
    loaded the segments, and a second opener doing so damaged the files of the process that held them (its
    next flush failed: "tracker journal shorter than expected"). Released by `close`, or by the process's end."""
    lock = FileLock(root / LOCK_NAME, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise _locked(root) from None
    return lock


def _locked(folder: Path) -> IndexLocked:
    return IndexLocked("Liblitz est déjà ouvert sur ce dossier de données (son index de souvenirs, "
                       "{folder}, est utilisé par une autre fenêtre ou un autre processus). "
                       "Fermez l'autre Liblitz, puis réessayez.", folder=folder)


def _translate_open_error(exc: Exception, shard_path: Path) -> IndexError_:
    message = str(exc)
    if _LOCKED_MARKER in message:
        return _locked(shard_path.parent)
    return IndexError_("Impossible d'ouvrir l'index de souvenirs {folder} : {error}", folder=shard_path.parent,
                       error=message)


# --- filters and hits -------------------------------------------------------------------------

def _edge_filter(conditions: list[Condition]) -> qe.Filter | None:
    if not conditions:
        return None
    return qe.Filter(must=[_edge_condition(c) for c in conditions])


def _edge_condition(condition: Condition) -> qe.FieldCondition:
    if isinstance(condition, MatchOne):
        return qe.FieldCondition(key=condition.key, match=qe.MatchValue(condition.value))
    if isinstance(condition, MatchAnyOf):
        return qe.FieldCondition(key=condition.key, match=qe.MatchAny(list(condition.values)))
    if isinstance(condition, Between):
        return qe.FieldCondition(key=condition.key,
                                 range=qe.RangeFloat(gte=condition.gte, lte=condition.lte))
    raise TypeError(f"unknown condition {condition!r}")


def _request(query: qe.Query, limit: int, where: IndexFilter | None, payload: list[str] | bool) -> qe.QueryRequest:
    return qe.QueryRequest(
        query=query, limit=limit, filter=_edge_filter(filter_conditions(where)), with_payload=payload,
        with_vector=False,
        # Exact search: HNSW is only built by a blocking optimize() and its recall on
        # memories was poor; brute force over tens of thousands of vectors takes ms.
        params=qe.SearchParams(exact=True),
    )


def _hit(point_id: Any, score: float, payload: dict[str, Any] | None) -> IndexHit:
    return IndexHit(memory_id=int(point_id), score=float(score),
                    version=int((payload or {}).get("version", 0)))
