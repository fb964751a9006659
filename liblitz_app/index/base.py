"""The vector index over committed memories: one small interface, two adapters (Qdrant Edge, Qdrant server)."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Protocol, Sequence

import numpy as np

from ..errors import UserError
from ..memory.lifecycle import Status


class IndexError_(UserError, RuntimeError):
    """An index problem, with a sentence the user can read."""


class IndexModelMismatch(IndexError_):
    """The index was built by another embedding model: its vectors must never be mixed."""


class IndexLocked(IndexError_):
    """Another Liblitz already has this index open."""


@dataclass(frozen=True)
class IndexedModel:
    """The embedding model whose vectors an index holds."""

    model_id: str
    dim: int


@dataclass(frozen=True)
class IndexPayload:
    """What the index keeps beside a vector, to filter without asking the ledger."""

    version: int
    emotion: str | None = None
    intensity: int | None = None
    persons: tuple[str, ...] = ()
    place: str = ""
    event_start: float | None = None  # POSIX seconds of the resolved event day, None if unknown
    event_end: float | None = None
    status: str = Status.COMMITTED.value


@dataclass(frozen=True)
class IndexPoint:
    memory_id: int
    vector: np.ndarray
    payload: IndexPayload


@dataclass(frozen=True)
class IndexFilter:
    emotions: frozenset[str] = frozenset()
    intensity_min: int | None = None
    intensity_max: int | None = None
    person: str | None = None
    place: str | None = None
    date_from: float | None = None  # POSIX seconds, inclusive; matches on the event's start
    date_to: float | None = None
    status: str | None = Status.COMMITTED.value


@dataclass(frozen=True)
class IndexSearch:
    """One of several searches for the same vector (`MemoryIndex.search_many`): its own limit and filter."""

    limit: int
    where: IndexFilter | None = None


@dataclass(frozen=True)
class IndexHit:
    memory_id: int
    score: float
    version: int | None  # None from search_many, which reads no payload (recall needs ids and scores only)


class MemoryIndex(Protocol):
    model: IndexedModel

    def upsert(self, points: Sequence[IndexPoint]) -> None:
        """Insert or replace a batch (one engine call where the engine allows).

        Raises IndexModelMismatch for a vector of another dimension: the whole batch is refused.
        """
        ...

    def delete(self, memory_ids: Sequence[int]) -> None:
        """Remove these memories' vectors; ids never indexed are ignored."""
        ...

    def search(self, vector: np.ndarray, model: IndexedModel, limit: int = 10,
               where: IndexFilter | None = None) -> list[IndexHit]:
        """Nearest memories by cosine, best first; `model` must be the index's, or IndexModelMismatch."""
        ...

    def search_many(self, vector: np.ndarray, model: IndexedModel,
                    searches: Sequence[IndexSearch]) -> list[list[IndexHit]]:
        """Several searches for one vector in one engine call, a list of hits per search (without versions)."""
        ...

    def versions(self) -> dict[int, int]:
        """Every indexed memory id with the ledger version its vector was made from."""
        ...

    def count(self) -> int: ...

    def clear(self) -> None:
        """Remove every vector (before a rebuild); the index stays open and keeps its model."""
        ...

    def flush(self) -> None: ...

    def close(self) -> None:
        """Flush and release; a second call does nothing, any other call afterwards raises IndexError_."""
        ...


# --- Shared by the adapters: the index's rules, written once -------------------------------
# Everything below is engine-neutral; each adapter turns it into its own client's classes.

# Payload fields the filters use, with the kind of payload index each one deserves.
KEYWORD_FIELDS: tuple[str, ...] = ("emotion", "persons", "place", "status")
INTEGER_FIELDS: tuple[str, ...] = ("intensity",)
FLOAT_FIELDS: tuple[str, ...] = ("event_start", "event_end")


def normalise_keyword(value: str) -> str:
    """Names and places are compared case-blind: a typed "marie" must find "Marie"."""
    return unicodedata.normalize("NFC", value).strip().casefold()


def payload_to_dict(payload: IndexPayload) -> dict[str, Any]:
    """The JSON payload stored beside a vector; unknown values are left out, not stored as null."""
    stored: dict[str, Any] = {"version": int(payload.version), "status": payload.status,
                              "persons": [normalise_keyword(p) for p in payload.persons if p.strip()]}
    if payload.emotion:
        stored["emotion"] = payload.emotion
    if payload.intensity is not None:
        stored["intensity"] = int(payload.intensity)
    if payload.place.strip():
        stored["place"] = normalise_keyword(payload.place)
    if payload.event_start is not None:
        stored["event_start"] = float(payload.event_start)
    if payload.event_end is not None:
        stored["event_end"] = float(payload.event_end)
    return stored


@dataclass(frozen=True)
class MatchOne:
    """The field (or one element of a list field) equals `value`."""

    key: str
    value: str


@dataclass(frozen=True)
class MatchAnyOf:
    key: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Between:
    """Inclusive range; a missing bound is open."""

    key: str
    gte: float | None = None
    lte: float | None = None


Condition = MatchOne | MatchAnyOf | Between


def filter_conditions(where: IndexFilter | None) -> list[Condition]:
    """The conditions (all must hold) that an IndexFilter stands for; empty means no filter."""
    if where is None:
        return []
    conditions: list[Condition] = []
    if where.emotions:
        conditions.append(MatchAnyOf("emotion", tuple(sorted(where.emotions))))
    if where.intensity_min is not None or where.intensity_max is not None:
        conditions.append(Between("intensity", _as_float(where.intensity_min),
                                  _as_float(where.intensity_max)))
    if where.person:
        conditions.append(MatchOne("persons", normalise_keyword(where.person)))
    if where.place:
        conditions.append(MatchOne("place", normalise_keyword(where.place)))
    if where.date_from is not None or where.date_to is not None:
        conditions.append(Between("event_start", _as_float(where.date_from),
                                  _as_float(where.date_to)))
    if where.status:
        conditions.append(MatchOne("status", where.status))
    return conditions


def each_answered(searches: Sequence[IndexSearch],
                  run: Callable[[list[IndexSearch]], list[list[IndexHit]]]) -> list[list[IndexHit]]:
    """Each search's hits in order, from one `run` of those that ask for any (a limit of 0 asks for none)."""
    asked = [s for s in searches if s.limit >= 1]
    answers = iter(run(asked) if asked else [])
    return [next(answers) if s.limit >= 1 else [] for s in searches]


def _as_float(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def model_slug(model_id: str) -> str:
    """A name-safe form of a model id, with a short hash so two ids never share a slug."""
    readable = re.sub(r"[^a-z0-9]+", "_", model_id.lower()).strip("_")[:48] or "model"
    digest = hashlib.sha1(model_id.encode("utf-8")).hexdigest()[:8]
    return f"{readable}_{digest}"


def describe_model(model: IndexedModel) -> str:
    return f"{model.model_id} ({model.dim} dimensions)"


def built_with_other_model(built: IndexedModel, asked: IndexedModel) -> IndexModelMismatch:
    return IndexModelMismatch(
        "Cet index a été construit avec le modèle {built} ; la demande vient "
        "du modèle {asked}. Les vecteurs de deux modèles ne se mélangent "
        "jamais : reconstruisez l'index avec le nouveau modèle (la mémoire elle-même n'est "
        "pas touchée).", built=describe_model(built), asked=describe_model(asked))


def check_same_model(index_model: IndexedModel, asked: IndexedModel) -> None:
    if asked != index_model:
        raise built_with_other_model(index_model, asked)


def as_vector(vector: np.ndarray, model: IndexedModel) -> np.ndarray:
    """A 1-D float32 copy of `vector`, refused if its dimension is not the index's."""
    flat = np.asarray(vector, dtype=np.float32)
    if flat.ndim != 1 or flat.shape[0] != model.dim:
        raise IndexModelMismatch(
            "Un vecteur de forme {shape} ne peut pas entrer dans cet index, construit "
            "avec le modèle {model}. Il vient sans doute d'un autre modèle : "
            "reconstruisez l'index plutôt que de mélanger.", shape=tuple(flat.shape), model=describe_model(model))
    return flat


def check_memory_id(memory_id: int) -> int:
    """Point ids are the ledger's ids: non-negative integers (the engines store them unsigned)."""
    if isinstance(memory_id, bool) or not isinstance(memory_id, (int, np.integer)) or memory_id < 0:
        raise IndexError_("Identifiant de souvenir invalide pour l'index : {id}.", id=repr(memory_id))
    return int(memory_id)


def index_closed() -> IndexError_:
    return IndexError_("L'index est fermé : rouvrez-le avant de l'utiliser.")
