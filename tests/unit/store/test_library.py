"""Committing through the library: ledger first, then embedded and indexed in a real Qdrant Edge store.

Crashes between the two writes are simulated in-process and done for real with `kill -9`.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from liblitz_app.index import IndexedModel, IndexFilter, IndexModelMismatch
from liblitz_app.memory import Emotion, EventTime, MemoryFields, Status
from liblitz_app.paths import DataDir
from liblitz_app.store.ledger import Ledger, NewMemory
from liblitz_app.store.library import MemoryLibrary, TaskCancelled, day_seconds
from liblitz_app.store.opening import open_library, switch_model
from tests.helpers.library import library_in

LYON = NewMemory("Ce soir-là à Lyon, j'étais furieux contre Marc après la réunion.",
                 MemoryFields(emotion=Emotion.ANGER, intensity=8, place="Lyon", persons=("Marc",),
                              time=EventTime("samedi soir", date(2026, 3, 14))), status=Status.COMMITTED)
BEACH = NewMemory("Une journée de soleil à la plage avec Léa, on a ri toute l'après-midi.",
                  MemoryFields(emotion=Emotion.JOY, intensity=6, place="Biarritz", persons=("Léa",),
                               time=EventTime("l'été dernier", date(2025, 7, 20))), status=Status.COMMITTED)
TRAIN = NewMemory("Le train de 8h pour Paris était en retard.", MemoryFields(emotion=Emotion.NEUTRAL, intensity=1),
                  status=Status.COMMITTED)



@pytest.fixture
def library(tmp_path: Path, embedder) -> MemoryLibrary:
    opened = library_in(tmp_path, embedder)
    yield opened
    opened.close()


def test_a_committed_memory_is_found_by_meaning(library: MemoryLibrary) -> None:
    ids = [library.add(m).id for m in (LYON, BEACH, TRAIN)]
    assert library.index.versions() == {i: 1 for i in ids}
    hits = library.search("cette soirée où j'étais en colère", limit=3)
    assert hits[0].memory.id == ids[0]
    assert library.ledger.pending_index_ops() == []


def test_filters_reach_the_index(library: MemoryLibrary) -> None:
    lyon, beach = library.add(LYON), library.add(BEACH)
    march = IndexFilter(emotions=frozenset({"anger"}), intensity_min=5,
                        date_from=day_seconds(date(2026, 3, 1)), date_to=day_seconds(date(2026, 3, 31)))
    assert [h.memory.id for h in library.search("un souvenir", where=march)] == [lyon.id]
    assert [h.memory.id for h in library.search("un souvenir", where=IndexFilter(person="Léa"))] == [beach.id]


def test_edit_restore_and_forget_keep_the_index_in_step(library: MemoryLibrary) -> None:
    memory = library.add(LYON)
    library.edit(memory.id, MemoryFields(emotion=Emotion.SADNESS, intensity=2))
    assert library.index.versions() == {memory.id: 2}
    library.restore(memory.id, 1)
    assert library.index.versions() == {memory.id: 3}
    library.forget(memory.id)
    assert library.index.versions() == {}
    library.unforget(memory.id)
    assert library.index.versions() == {memory.id: 3}


def test_staged_memories_stay_out_of_the_index_until_committed(library: MemoryLibrary) -> None:
    staged = library.ledger.add(NewMemory("importé", status=Status.STAGED))
    library.sync_index()
    assert library.index.count() == 0
    library.ledger.set_status(staged.id, Status.RELEASED)
    library.ledger.set_status(staged.id, Status.IN_REVIEW)
    library.ledger.set_status(staged.id, Status.COMMITTED, fields=MemoryFields(emotion=Emotion.TRUST))
    library.sync_index()
    assert library.index.versions() == {staged.id: 2}  # status moves add no version; approved fields do


def test_rebuild_from_the_ledger_reports_progress_and_can_be_cancelled(
        library: MemoryLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("liblitz_app.store.library.BATCH", 8)
    library.ledger.add_many([NewMemory(f"souvenir numéro {n}", status=Status.COMMITTED) for n in range(20)])
    steps: list[tuple[int, int]] = []
    assert library.rebuild(lambda done, total: steps.append((done, total))) == 20
    assert steps == [(8, 20), (16, 20), (20, 20)]
    assert library.index.count() == 20 and library.ledger.pending_index_ops() == []
    with pytest.raises(TaskCancelled):
        library.rebuild(cancelled=lambda: len(steps) > 4, progress=lambda d, t: steps.append((d, t)))
    assert library.index.count() == 16  # two batches before the cancel; the ledger untouched
    assert library.reconcile().missing == 4  # the next start completes a cancelled rebuild
    assert library.index.count() == 20


def test_a_query_from_another_model_is_refused(library: MemoryLibrary) -> None:
    library.add(LYON)
    other = IndexedModel("another/model", library.embedder.dim)
    with pytest.raises(IndexModelMismatch):
        library.index.search(library.embedder.embed_query("colère"), other)


def test_reconcile_repairs_every_kind_of_interrupted_write(tmp_path: Path, embedder) -> None:
    library = library_in(tmp_path, embedder)
    lyon, beach = library.add(LYON), library.add(BEACH)
    # Crash after the ledger wrote, before the index did: outbox entries are left behind.
    train = library.ledger.add(TRAIN)
    library.ledger.edit(lyon.id, MemoryFields(emotion=Emotion.FEAR))
    # An index older than the ledger (restored from a backup): a point missing.
    library.index.delete([beach.id])
    library.ledger.mark_indexed(library.ledger.pending_index_ops())
    library.close()

    reopened = library_in(tmp_path, embedder)
    report = reopened.reconcile()
    assert report.missing >= 1  # beach (and train, whose outbox entry was cleared above)
    assert reopened.index.versions() == reopened.ledger.indexable() == {lyon.id: 2, beach.id: 1, train.id: 1}
    assert reopened.reconcile().changed is False  # nothing left to repair
    reopened.close()


def test_reconcile_removes_points_the_ledger_no_longer_holds(tmp_path: Path, embedder) -> None:
    library = library_in(tmp_path, embedder)
    memory = library.add(LYON)
    library.ledger.forget(memory.id)
    library.ledger.mark_indexed(library.ledger.pending_index_ops())  # the delete never reached the index
    assert library.index.count() == 1
    report = library.reconcile()
    assert report.extra == 1 and library.index.count() == 0
    library.close()


def test_open_library_reconciles_on_start(tmp_path: Path, embedder) -> None:
    ledger = Ledger(DataDir.open(tmp_path).ledger)
    ledger.add(LYON)  # written while no index was open (e.g. a crash right after)
    ledger.close()
    reports = []
    library = open_library(DataDir.open(tmp_path), reports.append)
    assert reports[0].replayed == 1 and library.index.count() == 1
    library.close()


_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from liblitz_app.memory import Status
    from liblitz_app.paths import DataDir
    from liblitz_app.store.ledger import NewMemory
    from liblitz_app.store.opening import open_library, switch_model
    library = open_library(DataDir.open(Path(sys.argv[1])))
    mode = sys.argv[2]
    if mode == "between-writes":
        memory = library.ledger.add(NewMemory("écrit dans le registre, pas encore dans l'index",
                                              status=Status.COMMITTED))
        print("ledger", memory.id, flush=True)
        sys.stdin.readline()  # killed here, between the ledger write and the index write
    else:
        n = 0
        while True:
            memory = library.add(NewMemory(f"souvenir {n}", status=Status.COMMITTED))
            print("committed", memory.id, flush=True)
            n += 1
""")


def _run_child_until(folder: Path, mode: str, lines: int) -> list[int]:
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(folder), mode], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    acknowledged = [int(child.stdout.readline().split()[1]) for _ in range(lines)]
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    child.stdin.close()
    return acknowledged


@pytest.mark.slow
def test_kill_9_between_ledger_and_index_loses_and_duplicates_nothing(tmp_path: Path, embedder) -> None:
    [memory_id] = _run_child_until(tmp_path, "between-writes", 1)
    library = open_library(DataDir.open(tmp_path))
    assert library.index.versions() == {memory_id: 1}
    library.close()


@pytest.mark.slow
def test_kill_9_during_a_stream_of_commits(tmp_path: Path, embedder) -> None:
    acknowledged = _run_child_until(tmp_path, "stream", 8)
    library = open_library(DataDir.open(tmp_path))
    committed = library.ledger.indexable()
    assert set(acknowledged) <= set(committed)  # every acknowledged commit survived
    assert library.index.versions() == committed  # and the index holds exactly the ledger
    library.close()


def test_switching_model_builds_its_own_index_and_keeps_the_old_one_on_cancel(tmp_path: Path, embedder) -> None:
    data = DataDir.open(tmp_path)
    library = open_library(data)
    for new in (LYON, BEACH, TRAIN):
        library.add(new)
    before = library.model
    with pytest.raises(TaskCancelled):
        switch_model(library, "use", data, cancelled=lambda: True)
    assert library.model == before and library.search("colère", limit=1)  # untouched
    assert library.ledger.setting("embedding.model", "default") == "default"
    steps: list[tuple[int, int]] = []
    assert switch_model(library, "use", data, progress=lambda d, t: steps.append((d, t))) == 3
    assert library.model.model_id.startswith("usem3") and steps[-1] == (3, 3)
    assert library.index.count() == 3
    assert library.search("une dispute, j'étais en rage", limit=1)[0].memory.text == LYON.text
    assert library.ledger.setting("embedding.model") == "use"
    library.close()
    reopened = open_library(data)  # the choice survives a restart
    assert reopened.model.model_id.startswith("usem3")
    reopened.close()


def test_start_up_checks_counts_and_the_full_check_finds_a_stale_copy(tmp_path: Path, embedder) -> None:
    library = library_in(tmp_path, embedder)
    lyon, beach = library.add(LYON), library.add(BEACH)
    library.ledger.forget(beach.id)
    library.ledger.mark_indexed(library.ledger.pending_index_ops())  # the index still holds beach
    assert library.quick_reconcile().extra == 1  # counts differ: compared in full at once
    library.ledger.edit(lyon.id, MemoryFields(emotion=Emotion.FEAR))
    library.ledger.mark_indexed(library.ledger.pending_index_ops())  # an index copied from before the edit
    assert library.quick_reconcile().changed is False  # same counts: left to the full check
    assert library.reconcile().stale == 1
    assert library.index.versions() == {lyon.id: 2}
    library.close()


def test_a_write_by_another_connection_is_noticed_once_and_our_own_writes_are_not(library: MemoryLibrary) -> None:
    assert not library.changed_elsewhere()
    library.add(TRAIN)
    assert not library.changed_elsewhere()  # our own write: the views already know
    other = Ledger(library.ledger.path)  # what an import run from a terminal opens
    try:
        other.add(BEACH)
    finally:
        other.close()
    assert library.changed_elsewhere() and not library.changed_elsewhere()
