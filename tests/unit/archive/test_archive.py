"""The portable archive: a round trip gives the same companion, a merge adds no duplicates, a bad file
changes nothing, no secret leaves the ledger."""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from liblitz_app.archive import ArchiveRefused, RestoreCancelled, export_archive, read_archive, restore_archive
from liblitz_app.companion.identity import load_people, load_persona
from liblitz_app.documents.model import ChunkText, Kind
from liblitz_app.memory import Status
from liblitz_app.store import archive as store_archive
from liblitz_app.store import documents
from liblitz_app.store.index_migration import MIGRATION_KEY
from liblitz_app.store.ledger import Ledger, LedgerReader, NewMemory
from liblitz_app.store.query import MemoryQuery
from liblitz_app.store.review_records import proposals_for

from .companion import LYON, SECRET, filled_ledger


def _export(ledger: Ledger, path: Path) -> dict[str, str]:
    manifest = export_archive(ledger, path)
    return {name: facts["sha256"] for name, facts in manifest.files.items()}


def _state(ledger: LedgerReader) -> str:
    """A checksum of every row of every table: 'changes nothing' is checked against it."""
    return hashlib.sha256(repr(store_archive.table_checksum_rows(ledger)).encode()).hexdigest()


def _jsonl(path: Path, name: str) -> list[dict]:
    with zipfile.ZipFile(path) as archive:
        return [json.loads(line) for line in archive.read(name).decode().splitlines()]


@pytest.fixture
def source(tmp_path: Path) -> Ledger:
    ledger = filled_ledger(tmp_path / "source")
    yield ledger
    ledger.close()


@pytest.fixture
def empty(tmp_path: Path) -> Ledger:
    (tmp_path / "empty").mkdir()
    ledger = Ledger(tmp_path / "empty" / "ledger.sqlite3")
    yield ledger
    ledger.close()


def test_export_restore_export_gives_the_same_files(source: Ledger, empty: Ledger, tmp_path: Path) -> None:
    first = _export(source, tmp_path / "first.zip")
    report = restore_archive(empty, tmp_path / "first.zip")
    second = _export(empty, tmp_path / "second.zip")
    assert report.fresh and not report.conflicts
    # The one difference: the restored ledger's journal says it was restored (every write is journaled).
    assert {n: s for n, s in first.items() if n != "journal.jsonl"} == \
           {n: s for n, s in second.items() if n != "journal.jsonl"}
    before, after = _jsonl(tmp_path / "first.zip", "journal.jsonl"), _jsonl(tmp_path / "second.zip", "journal.jsonl")
    assert after[:-1] == before and after[-1]["action"] == "archive.restore"


def test_the_restored_companion_is_the_same(source: Ledger, empty: Ledger, tmp_path: Path) -> None:
    export_archive(source, tmp_path / "a.zip")
    restore_archive(empty, tmp_path / "a.zip")
    assert load_persona(empty) == load_persona(source) and load_people(empty) == load_people(source)
    assert _ids(empty) == _ids(source)
    for memory_id in _ids(source):
        assert empty.get(memory_id) == source.get(memory_id)
        assert empty.history(memory_id) == source.history(memory_id)
    rejected = [p for m in _ids(source) for p in proposals_for(source, m) if p.reason]
    assert rejected and [p for m in _ids(empty) for p in proposals_for(empty, m) if p.reason] == rejected
    # Vectors are rebuilt: every committed, living memory waits in the outbox.
    assert {e.memory_id for e in empty.pending_index_ops()} == set(source.indexable())


def _ids(ledger: LedgerReader) -> list[int]:
    """Every memory, whatever its status, the bin's too."""
    every = frozenset(Status)
    return sorted(ledger.ids(MemoryQuery(statuses=every)) + ledger.ids(MemoryQuery(statuses=every, forgotten=True)))


def test_no_secret_in_the_archive(source: Ledger, tmp_path: Path) -> None:
    export_archive(source, tmp_path / "a.zip")
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
    assert SECRET.encode() not in everything
    assert "qdrant.api_key" not in {r["key"] for r in _jsonl(tmp_path / "a.zip", "settings.jsonl")}


def test_a_model_change_under_way_stays_on_this_machine(source: Ledger, tmp_path: Path) -> None:
    source.set_setting(MIGRATION_KEY, {"setting": "use", "paused": False})
    export_archive(source, tmp_path / "a.zip")
    assert MIGRATION_KEY not in {r["key"] for r in _jsonl(tmp_path / "a.zip", "settings.jsonl")}


def test_a_merge_adds_no_duplicate_and_reports_conflicts(source: Ledger, tmp_path: Path) -> None:
    export_archive(source, tmp_path / "a.zip")
    copy = Ledger(tmp_path / "copy.sqlite3")
    try:
        restore_archive(copy, tmp_path / "a.zip")  # the archive's own rows, then changed here
        lyon = next(m for m in copy.get_many(_ids(copy)) if m.text == LYON.text)
        copy.edit(lyon.id, lyon.fields, action="edit")
        copy.set_setting("persona.card", {"name": "Liblitz", "voice": "changée"})
        count, before = len(_ids(copy)), copy.get(lyon.id)
        first = restore_archive(copy, tmp_path / "a.zip")
        again = restore_archive(copy, tmp_path / "a.zip")
        assert not first.added.get("memories") and not again.added.get("memories")
        assert not first.added.get("memory_versions") and not first.added.get("turns")
        assert sorted(c["table"] for c in first.conflicts) == ["memories", "settings"]
        assert len(_ids(copy)) == count and copy.get(lyon.id) == before  # what was here is kept as it was
        assert first.same["memories"] == count
    finally:
        copy.close()


def test_a_merge_carries_new_rows_and_their_references(source: Ledger, tmp_path: Path) -> None:
    export_archive(source, tmp_path / "a.zip")
    (tmp_path / "mine").mkdir()
    mine = Ledger(tmp_path / "mine" / "ledger.sqlite3")
    try:
        own = mine.add(NewMemory("Mon propre souvenir, d'avant la fusion.", status=Status.COMMITTED)).id
        _add_document(mine, "à moi.txt")
        report = restore_archive(mine, tmp_path / "a.zip")
        assert not report.fresh and report.added["memories"] == len(_ids(source))
        lyon = next(m for m in mine.get_many(_ids(mine)) if m.text == LYON.text)
        assert lyon.id != 1 and lyon.version == 2 and len(mine.history(lyon.id)) == 2
        assert mine.get(own).version == 1  # the memory already there is untouched
        cited = mine._conn.execute("SELECT memory_ids FROM turns WHERE role = 'companion'").fetchone()[0]
        assert json.loads(cited) == [lyon.id]  # the ids a turn cited follow their memories
        reply, asked = (mine._conn.execute(f"SELECT id FROM turns WHERE role = '{role}'").fetchone()[0]
                        for role in ("companion", "user"))
        notes = mine._conn.execute("SELECT after_turn, kind FROM conversation_notes ORDER BY id").fetchall()
        assert [tuple(n) for n in notes] == [(0, "search"), (asked, "shared")]  # before any turn stays before
        given = mine._conn.execute("SELECT document_id FROM turn_documents WHERE turn_id = ? ORDER BY position",
                                   (reply,)).fetchall()
        notes_txt = mine._conn.execute("SELECT id FROM documents WHERE name = 'notes.txt'").fetchone()[0]
        assert [g[0] for g in given] == [notes_txt, 0]  # a removed document points at none, not at another
        read = mine._conn.execute("SELECT turn_id, model FROM turn_readings").fetchall()
        assert [tuple(r) for r in read] == [(asked, "gemma3")]
    finally:
        mine.close()


def _add_document(ledger: Ledger, name: str) -> int:
    sha = hashlib.sha256(name.encode()).hexdigest()
    document, _ = documents.add_document(ledger, Kind.TEXT, name, f"/tmp/{name}", sha, None, [ChunkText(name)])
    return document


def test_a_removed_documents_number_is_kept_and_never_reused(source: Ledger, empty: Ledger, tmp_path: Path) -> None:
    export_archive(source, tmp_path / "a.zip")
    restore_archive(empty, tmp_path / "a.zip")
    given = [r[0] for r in empty._conn.execute("SELECT document_id FROM turn_documents ORDER BY position")]
    there = {r[0] for r in empty._conn.execute("SELECT id FROM documents")}
    assert given[0] in there and given[1] not in there  # the same numbers as in the archive
    assert _add_document(empty, "après.txt") not in given  # the removed one's number is not handed out again


def test_a_truncated_archive_is_refused_and_changes_nothing(source: Ledger, tmp_path: Path) -> None:
    export_archive(source, tmp_path / "a.zip")
    data = (tmp_path / "a.zip").read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    target = filled_ledger(tmp_path / "target")
    try:
        before = _state(target)
        with pytest.raises(ArchiveRefused) as refused:
            restore_archive(target, tmp_path / "cut.zip")
        assert "tronqué" in str(refused.value) and _state(target) == before
    finally:
        target.close()


def _tampered(original: Path, to: Path, change) -> None:
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(to, "w") as copy:
        for info in source.infolist():
            copy.writestr(info, change(info.filename, source.read(info.filename)))


def test_a_tampered_archive_is_refused_and_changes_nothing(source: Ledger, empty: Ledger, tmp_path: Path) -> None:
    export_archive(source, tmp_path / "a.zip")
    _tampered(tmp_path / "a.zip", tmp_path / "t.zip",
              lambda name, data: data.replace("furieux".encode(), "content".encode()) if name == "memories.jsonl"
              else data)
    before = _state(empty)
    with pytest.raises(ArchiveRefused) as refused:
        restore_archive(empty, tmp_path / "t.zip")
    assert "memories.jsonl" in str(refused.value) and _state(empty) == before


def test_an_unknown_format_is_refused(source: Ledger, empty: Ledger, tmp_path: Path) -> None:
    export_archive(source, tmp_path / "a.zip")

    def newer(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        return json.dumps({**json.loads(data), "format_version": 99}).encode()
    _tampered(tmp_path / "a.zip", tmp_path / "new.zip", newer)
    before = _state(empty)
    with pytest.raises(ArchiveRefused, match="format"):
        read_archive(tmp_path / "new.zip")
    with pytest.raises(ArchiveRefused):
        restore_archive(empty, tmp_path / "new.zip")
    assert _state(empty) == before


def test_a_cancelled_restore_writes_nothing(source: Ledger, empty: Ledger, tmp_path: Path) -> None:
    export_archive(source, tmp_path / "a.zip")
    before, seen = _state(empty), []
    with pytest.raises(RestoreCancelled):
        restore_archive(empty, tmp_path / "a.zip", lambda done, total: seen.append(done), lambda: bool(seen))
    assert seen and _state(empty) == before


def test_export_reports_progress_and_a_cancel_leaves_no_file(source: Ledger, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    manifest = export_archive(source, tmp_path / "a.zip", lambda d, t: steps.append((d, t)))
    assert steps[-1][0] == steps[-1][1] and manifest.counts["memories"] == 5
    with pytest.raises(Exception, match="annulé"):
        export_archive(source, tmp_path / "b.zip", cancelled=lambda: True)
    assert not (tmp_path / "b.zip").exists() and not (tmp_path / "b.zip.part").exists()


def test_a_row_the_ledger_refuses_rolls_everything_back(empty: Ledger, tmp_path: Path) -> None:
    """Written by another program: checksums fine, but a memory without its text."""
    from liblitz_app.archive.format import MANIFEST, Manifest, add_entry, jsonl_bytes, sha256

    tables = {"settings": [{"key": "persona.card", "value": "{\"name\": \"Autre\"}"}],
              "memories": [{"id": 1, "status": "committed", "created_at": "2026-01-01T00:00:00+00:00"}]}
    manifest = Manifest(created_at="2026-01-01T00:00:00+00:00", app_version="other", ledger_schema=1,
                        embedding_model="default")
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as archive:
        for name, rows in tables.items():
            add_entry(archive, f"{name}.jsonl", jsonl_bytes(rows))
            manifest.files[f"{name}.jsonl"] = {"rows": len(rows), "sha256": sha256(jsonl_bytes(rows))}
        add_entry(archive, MANIFEST, manifest.to_json().encode())
    before = _state(empty)
    with pytest.raises(store_archive.ArchiveRowRejected, match="memories"):
        restore_archive(empty, tmp_path / "other.zip")
    assert _state(empty) == before
