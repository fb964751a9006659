"""Behaviour every MemoryIndex adapter shares: Qdrant Edge, qdrant-client local mode, a real server.

The real-server run needs LIBLITZ_QDRANT_URL (and LIBLITZ_QDRANT_API_KEY if the server wants
one); it uses a throw-away collection per test and deletes it afterwards.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
import pytest
from qdrant_client import QdrantClient

from liblitz_app.index import (
    EdgeIndex,
    IndexError_,
    IndexFilter,
    IndexLocked,
    IndexModelMismatch,
    IndexPayload,
    IndexPoint,
    IndexSearch,
    IndexedModel,
    MemoryIndex,
    ServerIndex,
    collection_name_for,
    index_folder_for,
    open_index,
)
from liblitz_app.index import edge as edge_module
from liblitz_app.index import server as server_module

DIM = 8
MODEL = IndexedModel("test/model-a", DIM)
OTHER_MODEL = IndexedModel("test/model-b", DIM)
SAME_ID_OTHER_DIM = IndexedModel("test/model-a", DIM * 2)
DAY = 86_400.0
JUNE_1 = 1_717_200_000.0  # 2024-06-01 UTC, roughly

SERVER_URL = os.environ.get("LIBLITZ_QDRANT_URL")
SERVER_KEY = os.environ.get("LIBLITZ_QDRANT_API_KEY")
needs_server = pytest.mark.skipif(not SERVER_URL, reason="LIBLITZ_QDRANT_URL is not set")

Opener = Callable[[IndexedModel], MemoryIndex]


def vector_for(memory_id: int, dim: int = DIM) -> np.ndarray:
    rng = np.random.default_rng(memory_id)
    v = rng.normal(size=dim).astype(np.float32)
    return v / np.linalg.norm(v)


def point(memory_id: int, version: int = 1, **payload: object) -> IndexPoint:
    return IndexPoint(memory_id, vector_for(memory_id), IndexPayload(version=version, **payload))  # type: ignore[arg-type]


# A small, varied memory: each filter below selects a known subset of it.
SAMPLE = [
    point(1, emotion="joy", intensity=8, persons=("Marie", "Paul"), place="Lyon",
          event_start=JUNE_1, event_end=JUNE_1 + DAY),
    point(2, emotion="sadness", intensity=3, persons=("Paul",), place="Paris",
          event_start=JUNE_1 + 10 * DAY, event_end=JUNE_1 + 11 * DAY),
    point(3, emotion="fear", intensity=6, persons=(), place="",
          event_start=JUNE_1 + 40 * DAY),
    point(4, emotion="joy", intensity=2, persons=("Léa",), place="Lyon"),
    point(5, emotion=None, intensity=None, status="rejected"),
    point(6, version=3, emotion="anger", intensity=10, persons=("Marie",), place="Paris",
          event_start=JUNE_1 - 5 * DAY),
]


# --- where an index lives: one opener per adapter, reopening the same place -----------------

ADAPTERS = ["edge", "qdrant_local", pytest.param("qdrant_server", marks=needs_server)]


@contextmanager
def index_place(adapter: str, folder: Path) -> Iterator[Opener]:
    """An opener that always reopens the same index; everything it opened is closed after."""
    opened: list[MemoryIndex] = []
    collection = f"liblitz_test_{uuid.uuid4().hex}"

    def open_at_same_place(model: IndexedModel) -> MemoryIndex:
        if adapter == "edge":
            index: MemoryIndex = EdgeIndex.open(folder / "index", model)
        elif adapter == "qdrant_local":
            index = ServerIndex.open_local(str(folder / "qdrant"), model, collection=collection)
        else:
            index = ServerIndex.connect(SERVER_URL or "", model, api_key=SERVER_KEY,
                                        collection=collection)
        opened.append(index)
        return index

    try:
        yield open_at_same_place
    finally:
        for index in opened:
            index.close()
        if adapter == "qdrant_server":
            cleanup = QdrantClient(url=SERVER_URL, api_key=SERVER_KEY, check_compatibility=False)
            cleanup.delete_collection(collection)
            cleanup.close()


@pytest.fixture(params=ADAPTERS)
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opener]:
    with index_place(str(request.param), tmp_path) as open_at_same_place:
        yield open_at_same_place


@pytest.fixture(scope="module", params=ADAPTERS)
def filled_once(request: pytest.FixtureRequest,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[MemoryIndex]:
    """The SAMPLE index shared by read-only tests: creating one per filter case is the slow part."""
    with index_place(str(request.param), tmp_path_factory.mktemp("filters")) as open_at:
        index = open_at(MODEL)
        index.upsert(SAMPLE)
        yield index


@pytest.fixture
def index(opener: Opener) -> MemoryIndex:
    return opener(MODEL)


@pytest.fixture
def filled(index: MemoryIndex) -> MemoryIndex:
    index.upsert(SAMPLE)
    return index


def ids_matching(index: MemoryIndex, where: IndexFilter | None) -> set[int]:
    return {hit.memory_id for hit in index.search(vector_for(1), MODEL, limit=100, where=where)}


# --- writing and reading -----------------------------------------------------------------------

def test_upsert_then_search_finds_the_nearest_first(filled: MemoryIndex) -> None:
    hits = filled.search(vector_for(6), MODEL, limit=3, where=IndexFilter(status=None))
    assert hits[0].memory_id == 6
    assert hits[0].version == 3
    assert hits[0].score == pytest.approx(1.0, abs=1e-4)
    assert len(hits) == 3
    assert filled.count() == len(SAMPLE)
    assert filled.search(vector_for(6), MODEL, limit=0) == []


def test_upsert_replaces_a_memory_with_its_new_version(filled: MemoryIndex) -> None:
    filled.upsert([point(2, version=7, emotion="joy")])
    assert filled.count() == len(SAMPLE)
    assert filled.versions()[2] == 7
    assert 2 in ids_matching(filled, IndexFilter(emotions=frozenset({"joy"})))


def test_empty_upsert_and_delete_do_nothing(index: MemoryIndex) -> None:
    index.upsert([])
    index.delete([])
    assert index.count() == 0


FILTER_CASES = {
    "no filter: committed only": (IndexFilter(), {1, 2, 3, 4, 6}),
    "any status": (IndexFilter(status=None), {1, 2, 3, 4, 5, 6}),
    "status rejected": (IndexFilter(status="rejected"), {5}),
    "emotions, any of": (IndexFilter(emotions=frozenset({"joy", "fear"})), {1, 3, 4}),
    "intensity at least 6": (IndexFilter(intensity_min=6), {1, 3, 6}),
    "intensity between 2 and 6": (IndexFilter(intensity_min=2, intensity_max=6), {2, 3, 4}),
    "intensity at most 3": (IndexFilter(intensity_max=3), {2, 4}),
    "person in the list": (IndexFilter(person="Paul"), {1, 2}),
    "person, case and accents as typed": (IndexFilter(person="  léa "), {4}),
    "person, nobody": (IndexFilter(person="Zoé"), set()),
    "place": (IndexFilter(place="lyon"), {1, 4}),
    "event date range, inclusive": (IndexFilter(date_from=JUNE_1, date_to=JUNE_1 + 10 * DAY),
                                    {1, 2}),
    "event date from, open end": (IndexFilter(date_from=JUNE_1 + DAY), {2, 3}),
    "event date to, open start": (IndexFilter(date_to=JUNE_1), {1, 6}),
    "combined": (IndexFilter(emotions=frozenset({"joy", "anger"}), intensity_min=5,
                             person="marie", date_from=JUNE_1 - 30 * DAY, date_to=JUNE_1), {1, 6}),
}


@pytest.mark.parametrize("where, expected", list(FILTER_CASES.values()), ids=list(FILTER_CASES))
def test_filtered_search(filled_once: MemoryIndex, where: IndexFilter, expected: set[int]) -> None:
    assert ids_matching(filled_once, where) == expected


def test_search_many_answers_each_search_as_search_alone_would(filled_once: MemoryIndex) -> None:
    searches = [IndexSearch(3), IndexSearch(10, IndexFilter(emotions=frozenset({"joy"}))), IndexSearch(0)]
    answers = filled_once.search_many(vector_for(2), MODEL, searches)
    alone = [filled_once.search(vector_for(2), MODEL, limit=s.limit, where=s.where) for s in searches]
    assert [[(h.memory_id, pytest.approx(h.score, abs=1e-5)) for h in hits] for hits in alone] == \
        [[(h.memory_id, h.score) for h in hits] for hits in answers]
    assert [len(hits) for hits in answers] == [3, 2, 0]
    assert filled_once.search_many(vector_for(2), MODEL, []) == []
    with pytest.raises(IndexModelMismatch, match="test/model-b"):
        filled_once.search_many(vector_for(2), OTHER_MODEL, searches)


def test_delete_removes_only_the_named_memories(filled: MemoryIndex) -> None:
    filled.delete([2, 5, 999])  # 999 was never indexed: deleting it is not an error
    assert set(filled.versions()) == {1, 3, 4, 6}
    assert 2 not in ids_matching(filled, IndexFilter(status=None))


def test_versions_pages_through_every_point(index: MemoryIndex,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # A tiny page makes the pagination path run on a small index.
    monkeypatch.setattr(edge_module, "SCROLL_PAGE", 7)
    monkeypatch.setattr(server_module, "SCROLL_PAGE", 7)
    index.upsert([point(i, version=i % 5 + 1) for i in range(1, 51)])
    assert index.versions() == {i: i % 5 + 1 for i in range(1, 51)}


def test_clear_empties_the_index_which_stays_usable(filled: MemoryIndex) -> None:
    filled.clear()
    assert filled.count() == 0
    assert filled.versions() == {}
    filled.upsert([point(9)])
    assert filled.versions() == {9: 1}


def test_everything_survives_a_reopen(opener: Opener) -> None:
    first = opener(MODEL)
    first.upsert(SAMPLE)
    first.delete([4])
    first.flush()
    first.close()
    again = opener(MODEL)
    assert again.versions() == {1: 1, 2: 1, 3: 1, 5: 1, 6: 3}
    assert ids_matching(again, IndexFilter(person="paul")) == {1, 2}


def test_close_is_idempotent_and_a_closed_index_says_so(index: MemoryIndex) -> None:
    index.close()
    index.close()
    with pytest.raises(IndexError_, match="fermé"):
        index.count()


# --- one model per index, never mixed ------------------------------------------------------------

def test_opening_with_another_model_is_refused(opener: Opener) -> None:
    first = opener(MODEL)
    first.upsert(SAMPLE[:2])
    first.close()
    with pytest.raises(IndexModelMismatch) as refused:
        opener(OTHER_MODEL)
    message = str(refused.value)
    assert "test/model-a (8 dimensions)" in message
    assert "test/model-b" in message
    assert "reconstruisez l'index" in message


def test_opening_with_the_same_model_id_but_another_dimension_is_refused(opener: Opener) -> None:
    opener(MODEL).close()
    with pytest.raises(IndexModelMismatch, match="16 dimensions"):
        opener(SAME_ID_OTHER_DIM)


def test_searching_with_another_model_is_refused(filled: MemoryIndex) -> None:
    with pytest.raises(IndexModelMismatch, match="test/model-b"):
        filled.search(vector_for(1), OTHER_MODEL)


def test_a_vector_of_another_dimension_is_refused(filled: MemoryIndex) -> None:
    wrong = IndexPoint(10, vector_for(10, DIM + 1), IndexPayload(version=1))
    with pytest.raises(IndexModelMismatch, match=r"\(9,\)"):
        filled.upsert([point(11), wrong])
    assert 11 not in filled.versions()  # the batch is refused whole
    with pytest.raises(IndexModelMismatch):
        filled.search(vector_for(1, DIM + 1), MODEL)


def test_a_negative_memory_id_is_refused(index: MemoryIndex) -> None:
    with pytest.raises(IndexError_, match="Identifiant"):
        index.upsert([IndexPoint(-1, vector_for(1), IndexPayload(version=1))])


# --- Qdrant Edge specifics -----------------------------------------------------------------------

def test_edge_second_opener_is_locked_out_until_the_first_closes(tmp_path: Path) -> None:
    first = EdgeIndex.open(tmp_path, MODEL)
    with pytest.raises(IndexLocked, match="Liblitz est déjà ouvert sur ce dossier de données"):
        EdgeIndex.open(tmp_path, MODEL)
    first.close()
    EdgeIndex.open(tmp_path, MODEL).close()


def test_edge_records_its_model_in_a_sidecar(tmp_path: Path) -> None:
    EdgeIndex.open(tmp_path, MODEL).close()
    record = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    assert (record["model_id"], record["dim"]) == (MODEL.model_id, MODEL.dim)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.json", edge_module.LOCK_NAME, "shard"]  # no temp file left


def test_a_second_opener_is_refused_before_it_touches_the_files_the_first_one_holds(tmp_path: Path) -> None:
    """A command run while the window is open: refused at once, and the window's index still writes. (Qdrant
    Edge's own lock was found only after the second opener had loaded the segments, and the first one's next
    flush then failed: "tracker journal shorter than expected".)"""
    first = EdgeIndex.open(tmp_path, MODEL)
    try:
        first.upsert([point(1)])
        first.flush()
        with pytest.raises(IndexLocked, match="déjà ouvert"):
            EdgeIndex.open(tmp_path, MODEL)
        first.upsert([point(2)])
        first.flush()
        assert first.count() == 2
    finally:
        first.close()
    again = EdgeIndex.open(tmp_path, MODEL)  # released by close
    try:
        assert again.count() == 2
    finally:
        again.close()


def test_edge_refuses_a_shard_whose_model_is_unknown(tmp_path: Path) -> None:
    EdgeIndex.open(tmp_path, MODEL).close()
    (tmp_path / "index.json").unlink()
    with pytest.raises(IndexModelMismatch, match="ne dit pas quel modèle"):
        EdgeIndex.open(tmp_path, MODEL)


def test_index_folder_for_gives_each_model_its_own_folder(tmp_path: Path) -> None:
    assert index_folder_for(tmp_path, MODEL) != index_folder_for(tmp_path, OTHER_MODEL)
    assert index_folder_for(tmp_path, MODEL).parent == tmp_path


# --- server specifics ------------------------------------------------------------------------------

def test_server_keeps_one_collection_per_model() -> None:
    client = QdrantClient(location=":memory:")
    a = ServerIndex(client, MODEL, owns_client=False)
    b = ServerIndex(client, OTHER_MODEL, owns_client=False)
    a.upsert(SAMPLE[:2])
    assert (a.count(), b.count()) == (2, 0)
    assert a.collection == collection_name_for(MODEL)
    assert a.collection.startswith("liblitz_memories__test_model_a_")
    assert collection_name_for(IndexedModel("Test/Model A", DIM)) != a.collection
    client.close()


def test_server_local_mode_second_opener_is_locked_out(tmp_path: Path) -> None:
    first = ServerIndex.open_local(str(tmp_path), MODEL)
    with pytest.raises(IndexLocked, match="déjà ouvert"):
        ServerIndex.open_local(str(tmp_path), MODEL)
    first.close()


# --- the factory and the domain rule -----------------------------------------------------------------

def test_open_index_opens_edge_in_a_folder(tmp_path: Path) -> None:
    index = open_index(MODEL, folder=tmp_path)
    try:
        assert isinstance(index, EdgeIndex)
    finally:
        index.close()


def test_open_index_wants_exactly_one_place(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        open_index(MODEL)
    with pytest.raises(ValueError):
        open_index(MODEL, folder=tmp_path, url="http://localhost:6333")


def test_open_index_reports_an_unreachable_server_in_french() -> None:
    # Port 9 (discard) on loopback: refused at once, no waiting on a timeout.
    with pytest.raises(IndexError_, match="Impossible d'utiliser le serveur Qdrant"):
        open_index(MODEL, url="http://127.0.0.1:9")


def test_the_index_package_imports_no_qt_and_no_qdrant_client() -> None:
    # Qt: the domain rule. qdrant-client: ~2 s and ~100 MB an Edge-only start need not pay.
    code = ("import sys, liblitz_app.index; "
            "print(sorted({m.split('.')[0] for m in sys.modules} "
            "& {'PySide6', 'PyQt6', 'PyQt5', 'qdrant_client'}))")
    run = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[3],
                         capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
