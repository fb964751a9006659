"""The ledger: versions, restore, forget and undo, migrations, durability rules, readers while writing."""
from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

from liblitz_app.memory import Emotion, EventTime, InvalidMemory, MemoryFields, Source, Status, TransitionError
from liblitz_app.store import schema
from liblitz_app.store.ledger import Ledger, LedgerReader, MemoryNotFound, NewMemory
from liblitz_app.store.query import MemoryQuery

ANGRY = MemoryFields(emotion=Emotion.ANGER, intensity=8, place="Lyon", persons=("Marc",),
                     time=EventTime("hier soir", date(2026, 3, 14)))


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    opened = Ledger(tmp_path / "ledger.sqlite3")
    yield opened
    opened.close()


def test_every_edit_is_a_new_version_and_earlier_ones_stay(ledger: Ledger) -> None:
    memory = ledger.add(NewMemory("Une soirée à Lyon, furieux contre Marc", ANGRY, status=Status.COMMITTED))
    ledger.edit(memory.id, MemoryFields(emotion=Emotion.SADNESS, intensity=3))
    history = ledger.history(memory.id)
    assert [v.version for v in history] == [1, 2]
    assert history[0].fields == ANGRY.validated()
    assert history[1].fields.emotion is Emotion.SADNESS
    assert ledger.get(memory.id).version == 2


def test_restore_brings_back_an_old_version_as_a_new_one(ledger: Ledger) -> None:
    memory = ledger.add(NewMemory("Le marché du dimanche", ANGRY, status=Status.COMMITTED))
    ledger.edit(memory.id, MemoryFields(emotion=Emotion.JOY))
    restored = ledger.restore(memory.id, 1)
    assert restored.version == 3
    assert restored.fields == ANGRY.validated()
    assert [v.action for v in ledger.history(memory.id)] == ["create", "edit", "restore"]
    assert ledger.history(memory.id)[2].provenance == {"restored_from": 1}


def test_restore_of_a_missing_version_is_a_clear_error(ledger: Ledger) -> None:
    memory = ledger.add(NewMemory("Un souvenir", status=Status.COMMITTED))
    with pytest.raises(MemoryNotFound, match="pas de version 9"):
        ledger.restore(memory.id, 9)


def test_forget_hides_and_unforget_brings_back(ledger: Ledger) -> None:
    kept = ledger.add(NewMemory("Je garde celui-ci", status=Status.COMMITTED))
    gone = ledger.add(NewMemory("Je l'oublie", status=Status.COMMITTED))
    ledger.forget(gone.id)
    assert [m.id for m in ledger.find(MemoryQuery())] == [kept.id]
    assert [m.id for m in ledger.find(MemoryQuery(forgotten=True))] == [gone.id]
    with pytest.raises(InvalidMemory, match="corbeille"):
        ledger.edit(gone.id, MemoryFields())
    ledger.unforget(gone.id)
    assert {m.id for m in ledger.find(MemoryQuery())} == {kept.id, gone.id}
    assert [j["action"] for j in ledger.journal(gone.id)][:2] == ["unforget", "forget"]


def test_emptying_the_bin_deletes_only_what_is_in_it(ledger: Ledger) -> None:
    kept = ledger.add(NewMemory("Je garde celui-ci", status=Status.COMMITTED))
    ledger.edit(kept.id, MemoryFields(intensity=2))
    gone = ledger.add(NewMemory("Je l'efface", status=Status.COMMITTED))
    ledger.forget(gone.id)
    assert ledger.empty_forgotten() == [gone.id]
    with pytest.raises(MemoryNotFound):
        ledger.get(gone.id)
    assert len(ledger.history(kept.id)) == 2


def test_the_original_text_and_old_versions_cannot_be_altered(ledger: Ledger) -> None:
    memory = ledger.add(NewMemory("Texte d'origine", status=Status.COMMITTED))
    raw = ledger._conn
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        raw.execute("UPDATE memories SET text = 'réécrit' WHERE id = ?", (memory.id,))
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        raw.execute("UPDATE memory_versions SET author = 'model' WHERE memory_id = ?", (memory.id,))
    with pytest.raises(sqlite3.IntegrityError, match="kept"):
        raw.execute("DELETE FROM memory_versions WHERE memory_id = ?", (memory.id,))
    assert ledger.get(memory.id).text == "Texte d'origine"


def test_bad_input_is_refused_and_nothing_is_written(ledger: Ledger) -> None:
    with pytest.raises(InvalidMemory, match="texte"):
        ledger.add(NewMemory("   ", status=Status.COMMITTED))
    with pytest.raises(InvalidMemory, match="intensité"):
        ledger.add(NewMemory("ok", MemoryFields(intensity=11), status=Status.COMMITTED))
    with pytest.raises(InvalidMemory):
        # all or nothing
        ledger.add_many([NewMemory("premier", status=Status.COMMITTED), NewMemory("", status=Status.COMMITTED)])
    assert ledger.count(MemoryQuery(statuses=frozenset(Status))) == 0


def test_status_follows_the_life_of_a_memory(ledger: Ledger) -> None:
    memory = ledger.add(NewMemory("importé", source=Source("import", "export.csv", 3), status=Status.STAGED))
    assert ledger.pending_index_ops() == []  # nothing staged reaches the index
    ledger.set_status(memory.id, Status.RELEASED)
    ledger.set_status(memory.id, Status.IN_REVIEW)
    committed = ledger.set_status(memory.id, Status.COMMITTED, fields=ANGRY, author="user")
    assert committed.status is Status.COMMITTED and committed.fields == ANGRY.validated()
    assert [(e.op, e.version) for e in ledger.pending_index_ops()] == [("upsert", committed.version)]
    with pytest.raises(TransitionError):
        ledger.set_status(memory.id, Status.STAGED)


def test_word_search_ignores_accents_and_case(ledger: Ledger) -> None:
    soiree = ledger.add(NewMemory("Une belle SOIREE au bord du Rhône", status=Status.COMMITTED))
    ledger.add(NewMemory("Le train part à 8h", status=Status.COMMITTED))
    assert [m.id for m in ledger.find(MemoryQuery(words="soirée"))] == [soiree.id]
    assert [m.id for m in ledger.find(MemoryQuery(words="rhone soi"))] == [soiree.id]
    assert ledger.find(MemoryQuery(words='"; DROP TABLE memories; --')) == []


def test_filters_by_emotion_person_place_intensity_and_date(ledger: Ledger) -> None:
    lyon = ledger.add(NewMemory("Lyon", ANGRY, status=Status.COMMITTED))
    ledger.add(NewMemory("Paris", MemoryFields(emotion=Emotion.JOY, intensity=2, persons=("Léa",)),
                         status=Status.COMMITTED))
    query = MemoryQuery(emotions=frozenset({Emotion.ANGER}), person="marc", place="lyon", intensity_min=5,
                        date_from=date(2026, 3, 1), date_to=date(2026, 3, 31))
    assert [m.id for m in ledger.find(query)] == [lyon.id]
    assert ledger.count(MemoryQuery(intensity_max=4)) == 1


def test_person_and_place_filters_fold_accents_and_case_beyond_ascii(ledger: Ledger) -> None:
    fields = MemoryFields(persons=("Élodie", "Marc"), place="Étretat")
    etretat = ledger.add(NewMemory("Une falaise", fields, status=Status.COMMITTED))
    ledger.add(NewMemory("Ailleurs", MemoryFields(persons=("Eloise",), place="Etampes"), status=Status.COMMITTED))
    for person, place in (("élodie", ""), ("ELODIE", ""), ("Elodie", ""), ("", "ÉTRETAT"), ("", "etretat")):
        assert [m.id for m in ledger.find(MemoryQuery(person=person, place=place))] == [etretat.id]
    reader = LedgerReader(ledger.path)  # a read-only connection folds the same way
    try:
        assert reader.count(MemoryQuery(person="ÉLODIE", place="ÉTRETAT")) == 1
    finally:
        reader.close()


def test_a_new_memory_states_its_status() -> None:
    with pytest.raises(TypeError, match="status"):
        NewMemory("écrit sans dire s'il est relu")  # type: ignore[call-arg]


def _v1_database(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, target=1)
    conn.execute("INSERT INTO memories (text, status, created_at, reflection, place, persons) "
                 "VALUES ('Une soirée ancienne', 'committed', '2025-01-01T00:00:00+00:00', '', 'Étretat', "
                 "'[\"Élodie\"]')")
    conn.execute("INSERT INTO memory_versions VALUES (1, 1, '{}', 'user', 'create', '2025-01-01T00:00:00+00:00', '{}')")
    conn.close()


def test_an_older_schema_is_migrated_with_its_memories(tmp_path: Path) -> None:
    _v1_database(tmp_path / "old.sqlite3")
    ledger = Ledger(tmp_path / "old.sqlite3")
    assert ledger.schema_version() == schema.LATEST
    assert [m.text for m in ledger.find(MemoryQuery(words="soiree"))] == ["Une soirée ancienne"]
    assert ledger.count(MemoryQuery(person="ELODIE", place="etretat")) == 1  # folded columns filled in
    assert ledger.pending_index_ops() == []  # the outbox exists and is usable
    ledger.edit(1, MemoryFields(intensity=4))
    assert [v.version for v in ledger.history(1)] == [1, 2]
    ledger.close()


def test_a_newer_schema_is_refused_without_damage(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    with pytest.raises(schema.SchemaTooNew, match="plus récente"):
        Ledger(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST + 1
    conn.close()


def test_readers_see_committed_data_while_a_writer_writes(ledger: Ledger, tmp_path: Path) -> None:
    seen: list[list[int]] = [[], []]
    errors: list[BaseException] = []
    stop = threading.Event()

    def read(counts: list[int]) -> None:
        reader = LedgerReader(ledger.path)
        try:
            while not stop.is_set():
                counts.append(reader.count())
        except BaseException as error:  # noqa: BLE001
            errors.append(error)
        finally:
            reader.close()

    threads = [threading.Thread(target=read, args=(counts,)) for counts in seen]
    for thread in threads:
        thread.start()
    for n in range(200):
        ledger.add(NewMemory(f"souvenir {n}", status=Status.COMMITTED))
    stop.set()
    for thread in threads:
        thread.join()
    assert errors == []
    for counts in seen:  # each reader saw a growing ledger, never a half-written one
        assert counts and counts == sorted(counts)
    assert LedgerReader(ledger.path).count() == 200


def test_the_files_are_private(ledger: Ledger) -> None:
    ledger.add(NewMemory("secret", status=Status.COMMITTED))
    assert ledger.path.stat().st_mode & 0o077 == 0


def test_a_setting_replaced_is_kept_in_the_journal(ledger: Ledger) -> None:
    ledger.set_setting("persona.card", {"name": "Liblitz"})
    ledger.set_setting("persona.card", {"name": "Liblitz", "voice": "douce"})
    ledger.set_setting("persona.card", {"name": "Liblitz", "voice": "douce"})  # unchanged: nothing logged
    entries = [e for e in ledger.journal() if e["action"] == "setting"]
    assert [e["detail"]["before"] for e in entries] == [{"name": "Liblitz"}, None]
    assert ledger.setting("persona.card") == {"name": "Liblitz", "voice": "douce"}


def test_a_query_says_whether_it_leaves_memories_out() -> None:
    assert not MemoryQuery().narrows
    assert not MemoryQuery(sort="intensity", descending=False).narrows  # an order hides nothing
    for narrowing in (MemoryQuery(words="lyon"), MemoryQuery(emotions=frozenset({Emotion.JOY})),
                      MemoryQuery(intensity_min=0), MemoryQuery(person="Marc"), MemoryQuery(place="Lyon"),
                      MemoryQuery(date_to=date(2026, 1, 1)), MemoryQuery(ids=frozenset()), MemoryQuery(forgotten=True)):
        assert narrowing.narrows


def test_a_snapshot_sees_one_state_whatever_commits_meanwhile(ledger: Ledger) -> None:
    memory = ledger.add(NewMemory("Un dimanche au marché", MemoryFields(emotion=Emotion.JOY), status=Status.COMMITTED))
    reader = LedgerReader(ledger.path)
    try:
        with reader.snapshot():
            seen = reader.get(memory.id)
            ledger.edit(memory.id, MemoryFields(emotion=Emotion.SADNESS))  # another connection commits
            versions = reader.history(memory.id)
        assert seen.fields.emotion is Emotion.JOY and len(versions) == 1  # the memory and its versions agree
        assert len(reader.history(memory.id)) == 2  # after it, the edit is seen
    finally:
        reader.close()
