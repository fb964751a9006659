"""The memory index on a Qdrant server (URL + API key), for users who outgrow one machine.

One collection per embedding model (`liblitz_memories__<slug>`), cosine distance; the model's
id and dimension live in the collection's metadata, so another model's vectors are refused.
The same code runs against qdrant-client's local mode (`QdrantClient(path=...)` or
`":memory:"`), which is how it is tested where no server runs.

One owner: qdrant-client's local mode keeps a SQLite connection that refuses other threads.
"""
from __future__ import annotations

import warnings
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import numpy as np
from qdrant_client import QdrantClient, models
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

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
    built_with_other_model,
    check_memory_id,
    check_same_model,
    each_answered,
    filter_conditions,
    index_closed,
    model_slug,
    payload_to_dict,
)

COLLECTION_PREFIX = "liblitz_memories__"
# Points per request: keeps one HTTP body well under a server's default request size limit.
UPSERT_CHUNK = 512
SCROLL_PAGE = 1000
METADATA_KEYS = ("liblitz_model_id", "liblitz_dim")

# Errors a server (or the network) can answer with; local mode raises ValueError for a
# missing collection and the like.
_CLIENT_ERRORS = (UnexpectedResponse, ResponseHandlingException, ValueError, OSError)


def collection_name_for(model: IndexedModel) -> str:
    return COLLECTION_PREFIX + model_slug(model.model_id)


class ServerIndex:
    """MemoryIndex over one collection of a Qdrant server (or of qdrant-client's local mode)."""

    def __init__(self, client: QdrantClient, model: IndexedModel, collection: str | None = None,
                 *, owns_client: bool = True) -> None:
        """Open (creating if needed) the model's collection; refuses one built by another model."""
        self.model = model
        self.collection = collection or collection_name_for(model)
        self._client: QdrantClient | None = client
        self._owns_client = owns_client
        try:
            self._ensure_collection()
        except BaseException:
            self.close()
            raise

    @classmethod
    def connect(cls, url: str, model: IndexedModel, api_key: str | None = None,
                collection: str | None = None, timeout: float = 10.0) -> ServerIndex:
        """Connect to a Qdrant server; an unreachable server or a refused key is an IndexError_."""
        # No version check: it runs in a background thread and can only warn; the calls this
        # adapter makes are checked by their own answers (an old server shows as missing metadata).
        client = QdrantClient(url=url, api_key=api_key or None, timeout=int(timeout),
                              check_compatibility=False)
        try:
            return cls(client, model, collection)
        except _CLIENT_ERRORS as exc:
            raise IndexError_(
                "Impossible d'utiliser le serveur Qdrant {url} : {error}. Vérifiez "
                "l'adresse et la clé d'API.", url=url, error=_short(exc)) from exc

    @classmethod
    def open_local(cls, path: str, model: IndexedModel,
                   collection: str | None = None) -> ServerIndex:
        """qdrant-client's local mode (a folder, or ":memory:"): tests and benchmarks."""
        try:
            with _quiet_local_mode():  # reloading >20k points warns, see _quiet_local_mode
                client = (QdrantClient(location=":memory:") if path == ":memory:"
                          else QdrantClient(path=path))
        except RuntimeError as exc:
            if "already accessed" not in str(exc):
                raise
            _close_leaked_lock_file(exc)
            raise IndexLocked(
                "Liblitz est déjà ouvert sur ce dossier de données (l'index {path} est utilisé "
                "par un autre processus). Fermez l'autre Liblitz, puis réessayez.", path=path) from exc
        return cls(client, model, collection)

    # --- writing -----------------------------------------------------------------------------

    def upsert(self, points: Sequence[IndexPoint]) -> None:
        structs = [
            models.PointStruct(id=check_memory_id(p.memory_id),
                               vector=as_vector(p.vector, self.model).tolist(),
                               payload=payload_to_dict(p.payload))
            for p in points
        ]
        client = self._open_client()
        for start in range(0, len(structs), UPSERT_CHUNK):
            with _quiet_local_mode():
                client.upsert(self.collection, structs[start:start + UPSERT_CHUNK], wait=True)

    def delete(self, memory_ids: Sequence[int]) -> None:
        ids = [check_memory_id(i) for i in memory_ids]
        if ids:
            self._open_client().delete(
                self.collection, points_selector=models.PointIdsList(points=ids), wait=True)

    def clear(self) -> None:
        # An empty filter selects every point; the collection (and its metadata) stays.
        self._open_client().delete(
            self.collection, points_selector=models.FilterSelector(filter=models.Filter()),
            wait=True)

    def flush(self) -> None:
        """Nothing to do: the server (or local mode) has persisted every acknowledged write."""
        self._open_client()

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None and self._owns_client:
            client.close()

    # --- reading -----------------------------------------------------------------------------

    def search(self, vector: np.ndarray, model: IndexedModel, limit: int = 10,
               where: IndexFilter | None = None) -> list[IndexHit]:
        check_same_model(self.model, model)
        if limit < 1:
            return []
        response = self._open_client().query_points(
            self.collection,
            query=as_vector(vector, self.model).tolist(),
            query_filter=_server_filter(filter_conditions(where)),
            limit=limit,
            with_payload=["version"],
            with_vectors=False,
        )
        return [IndexHit(memory_id=int(p.id), score=float(p.score),
                         version=int((p.payload or {}).get("version", 0)))
                for p in response.points]

    def search_many(self, vector: np.ndarray, model: IndexedModel,
                    searches: Sequence[IndexSearch]) -> list[list[IndexHit]]:
        check_same_model(self.model, model)
        query = as_vector(vector, self.model).tolist()

        def run(asked: list[IndexSearch]) -> list[list[IndexHit]]:
            responses = self._open_client().query_batch_points(self.collection, requests=[
                models.QueryRequest(query=query, filter=_server_filter(filter_conditions(s.where)), limit=s.limit,
                                    with_payload=False, with_vector=False) for s in asked])
            return [[IndexHit(int(p.id), float(p.score), None) for p in r.points] for r in responses]
        return each_answered(searches, run)

    def versions(self) -> dict[int, int]:
        client = self._open_client()
        found: dict[int, int] = {}
        offset: Any = None
        while True:
            records, offset = client.scroll(self.collection, limit=SCROLL_PAGE, offset=offset,
                                            with_payload=["version"], with_vectors=False)
            found.update((int(r.id), int((r.payload or {}).get("version", 0))) for r in records)
            if offset is None or not records:
                return found

    def count(self) -> int:
        return int(self._open_client().count(self.collection, exact=True).count)

    # --- the collection and its model ----------------------------------------------------------

    def _ensure_collection(self) -> None:
        client = self._open_client()
        if client.collection_exists(self.collection):
            self._check_recorded_model(client)
            return
        client.create_collection(
            self.collection,
            vectors_config=models.VectorParams(size=self.model.dim, distance=models.Distance.COSINE),
            metadata=_model_metadata(self.model),
        )
        self._create_payload_indexes(client)

    def _check_recorded_model(self, client: QdrantClient) -> None:
        info = client.get_collection(self.collection)
        recorded = _recorded_model(info.config.metadata)
        if recorded is not None:
            check_same_model(recorded, self.model)
            return
        if client.count(self.collection, exact=True).count > 0:
            raise IndexModelMismatch(
                "La collection Qdrant « {collection} » ne dit pas quel modèle d'embedding "
                "a fait ses vecteurs (métadonnées absentes : serveur trop ancien, ou collection "
                "créée hors de Liblitz). Choisissez une autre collection ou reconstruisez-la.",
                collection=self.collection)
        # An empty collection without a record (e.g. creation interrupted): claim it.
        _check_vector_size(info, self.model)
        client.update_collection(self.collection, metadata=_model_metadata(self.model))

    def _create_payload_indexes(self, client: QdrantClient) -> None:
        kinds = ([(f, models.PayloadSchemaType.KEYWORD) for f in KEYWORD_FIELDS]
                 + [(f, models.PayloadSchemaType.INTEGER) for f in INTEGER_FIELDS]
                 + [(f, models.PayloadSchemaType.FLOAT) for f in FLOAT_FIELDS])
        for field_name, kind in kinds:
            with _quiet_local_mode():
                client.create_payload_index(self.collection, field_name, field_schema=kind,
                                            wait=True)

    # --- plumbing ----------------------------------------------------------------------------

    def _open_client(self) -> QdrantClient:
        if self._client is None:
            raise index_closed()
        return self._client

    def __enter__(self) -> ServerIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "ouvert" if self._client is not None else "fermé"
        return f"ServerIndex({self.collection!r}, {self.model.model_id!r}, {state})"


def _model_metadata(model: IndexedModel) -> dict[str, Any]:
    return {METADATA_KEYS[0]: model.model_id, METADATA_KEYS[1]: model.dim}


def _recorded_model(metadata: dict[str, Any] | None) -> IndexedModel | None:
    if not metadata or METADATA_KEYS[0] not in metadata:
        return None
    return IndexedModel(model_id=str(metadata[METADATA_KEYS[0]]), dim=int(metadata[METADATA_KEYS[1]]))


def _check_vector_size(info: models.CollectionInfo, model: IndexedModel) -> None:
    vectors = info.config.params.vectors
    size = vectors.size if isinstance(vectors, models.VectorParams) else None
    if size != model.dim:
        raise built_with_other_model(IndexedModel("(inconnu)", size or 0), model)


@contextmanager
def _quiet_local_mode() -> Iterator[None]:
    """Silence local mode's two advisory warnings, and nothing else.

    Local mode ignores payload indexes (harmless: it filters by brute force anyway) and
    advises a real server above 20,000 points: both are expected when testing this adapter
    without a server, and a real server never emits them.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Payload indexes have no effect in the local Qdrant",
                                category=UserWarning)
        warnings.filterwarnings("ignore", message="Local mode is not recommended", category=UserWarning)
        yield


def _server_filter(conditions: list[Condition]) -> models.Filter | None:
    if not conditions:
        return None
    return models.Filter(must=[_server_condition(c) for c in conditions])


def _server_condition(condition: Condition) -> models.FieldCondition:
    if isinstance(condition, MatchOne):
        return models.FieldCondition(key=condition.key, match=models.MatchValue(value=condition.value))
    if isinstance(condition, MatchAnyOf):
        return models.FieldCondition(key=condition.key, match=models.MatchAny(any=list(condition.values)))
    if isinstance(condition, Between):
        return models.FieldCondition(key=condition.key,
                                     range=models.Range(gte=condition.gte, lte=condition.lte))
    raise TypeError(f"unknown condition {condition!r}")


def _close_leaked_lock_file(exc: BaseException) -> None:
    """Close the lock file a refused local-mode client leaves open (qdrant-client 1.20).

    QdrantLocal opens `<path>/.lock`, fails to lock it and raises without closing it; the
    half-built client is only reachable from the traceback, and would otherwise leak the
    handle until garbage collection (a ResourceWarning, an error under our test settings).
    """
    tb = exc.__traceback__
    while tb is not None:
        leaked = getattr(tb.tb_frame.f_locals.get("self"), "_flock_file", None)
        if leaked is not None and not leaked.closed:
            leaked.close()
        tb = tb.tb_next


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
