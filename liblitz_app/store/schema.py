"""The ledger's schema and its migrations. `PRAGMA user_version` is the schema version.

Each migration is applied in its own transaction; a database from an older Liblitz is brought
forward on open, and one from a newer Liblitz is refused rather than damaged.
"""
from __future__ import annotations

import sqlite3

from ..errors import UserError

_V1 = """
CREATE TABLE memories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    source_kind TEXT NOT NULL DEFAULT 'manual',
    source_name TEXT NOT NULL DEFAULT '',
    source_row INTEGER,
    source_columns TEXT NOT NULL DEFAULT '{}',
    version INTEGER NOT NULL DEFAULT 1,
    emotion TEXT,
    secondary_emotion TEXT,
    intensity INTEGER,
    place TEXT NOT NULL DEFAULT '',
    persons TEXT NOT NULL DEFAULT '[]',
    time_said TEXT NOT NULL DEFAULT '',
    event_start TEXT,
    event_end TEXT,
    reflection TEXT NOT NULL DEFAULT '',
    forgotten_at TEXT
);
CREATE INDEX memories_status ON memories(status);
CREATE INDEX memories_event ON memories(event_start);
CREATE INDEX memories_created ON memories(created_at);

CREATE TABLE memory_versions (
    memory_id INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    fields TEXT NOT NULL,
    author TEXT NOT NULL,
    action TEXT NOT NULL,
    created_at TEXT NOT NULL,
    provenance TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (memory_id, version)
);

CREATE TABLE journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    memory_id INTEGER,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- The original words are kept forever: no statement may change them.
CREATE TRIGGER memories_text_immutable BEFORE UPDATE OF text ON memories
BEGIN SELECT RAISE(ABORT, 'the text of a memory is immutable'); END;

-- A version, once written, is never altered; it goes only with its memory, when the user empties the bin.
CREATE TRIGGER versions_immutable BEFORE UPDATE ON memory_versions
BEGIN SELECT RAISE(ABORT, 'memory versions are immutable'); END;
CREATE TRIGGER versions_kept BEFORE DELETE ON memory_versions
WHEN EXISTS (SELECT 1 FROM memories WHERE id = OLD.memory_id)
BEGIN SELECT RAISE(ABORT, 'memory versions are kept while their memory exists'); END;
"""

# v2: the index outbox (ledger → index writes that must happen, survive a crash) and word search.
_V2 = """
CREATE TABLE index_outbox (
    memory_id INTEGER PRIMARY KEY,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    version INTEGER NOT NULL
);

CREATE VIRTUAL TABLE memory_words USING fts5(
    text, reflection, place, persons,
    content='memories', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2",
    prefix='2 3'
);
INSERT INTO memory_words(rowid, text, reflection, place, persons)
    SELECT id, text, reflection, place, persons FROM memories;

CREATE TRIGGER memory_words_insert AFTER INSERT ON memories BEGIN
    INSERT INTO memory_words(rowid, text, reflection, place, persons)
    VALUES (new.id, new.text, new.reflection, new.place, new.persons);
END;
CREATE TRIGGER memory_words_delete AFTER DELETE ON memories BEGIN
    INSERT INTO memory_words(memory_words, rowid, text, reflection, place, persons)
    VALUES ('delete', old.id, old.text, old.reflection, old.place, old.persons);
END;
CREATE TRIGGER memory_words_update AFTER UPDATE OF reflection, place, persons ON memories BEGIN
    INSERT INTO memory_words(memory_words, rowid, text, reflection, place, persons)
    VALUES ('delete', old.id, old.text, old.reflection, old.place, old.persons);
    INSERT INTO memory_words(rowid, text, reflection, place, persons)
    VALUES (new.id, new.text, new.reflection, new.place, new.persons);
END;
CREATE INDEX memories_emotion ON memories(emotion);
"""

# v3: imports (batches, their rows' duplicate links, mappings remembered per layout), the companion's
# persona material read from exports, and the order the user chose for the gradual feeder.
_V3 = """
CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    file_format TEXT NOT NULL DEFAULT '{}',
    layout TEXT NOT NULL,
    signature TEXT NOT NULL,
    mapping TEXT NOT NULL DEFAULT '{}',
    imported_at TEXT NOT NULL,
    rows_read INTEGER NOT NULL DEFAULT 0,
    staged INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    persona INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    report TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX import_batches_sha ON import_batches(file_sha256);

CREATE TABLE import_rows (
    memory_id INTEGER PRIMARY KEY REFERENCES memories(id) ON DELETE CASCADE,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id),
    duplicate_of INTEGER REFERENCES memories(id) ON DELETE SET NULL,
    duplicate_kind TEXT,
    similarity REAL
);
CREATE INDEX import_rows_batch ON import_rows(batch_id);

CREATE TABLE layout_mappings (
    signature TEXT PRIMARY KEY,
    columns TEXT NOT NULL,
    mapping TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE persona_material (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('fact', 'chat_reply')),
    text TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'staged',
    batch_id INTEGER REFERENCES import_batches(id),
    source_name TEXT NOT NULL DEFAULT '',
    source_row INTEGER,
    source_columns TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE TRIGGER persona_material_text_immutable BEFORE UPDATE OF text ON persona_material
BEGIN SELECT RAISE(ABORT, 'the text of persona material is immutable'); END;

CREATE TABLE feed_order (
    memory_id INTEGER PRIMARY KEY REFERENCES memories(id) ON DELETE CASCADE,
    position REAL NOT NULL
);
"""

# v4: the review queue. Every proposal is kept (pending, accepted, rejected with why, superseded;
# a failed one too, with its raw output); its content never changes once written, only its state.
# Clarification questions and the user's answers stay with their memory.
_V4 = """
CREATE TABLE proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    memory_id INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    origin TEXT NOT NULL,
    content TEXT NOT NULL,
    flags TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'accepted', 'rejected', 'superseded')),
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    decided_at TEXT,
    queued_at TEXT NOT NULL
);
CREATE INDEX proposals_memory ON proposals(memory_id);
CREATE INDEX proposals_pending ON proposals(state, queued_at);
CREATE TRIGGER proposals_content_immutable BEFORE UPDATE OF memory_id, origin, content, flags, note, created_at
ON proposals BEGIN SELECT RAISE(ABORT, 'a proposal, once written, is never altered'); END;

CREATE TABLE clarifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    memory_id INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    answer TEXT,
    asked_at TEXT NOT NULL,
    answered_at TEXT
);
CREATE INDEX clarifications_memory ON clarifications(memory_id);
"""

# v5: the word index recall ranks with (BM25 over French/English stems, written by Python: see
# store/words.py). Triggers note every memory whose words may have changed, in the same transaction
# as the change; the store rewrites those rows before it next answers (an existing ledger's rows
# are all noted here, so the first open after this migration builds the whole index).
_V5 = """
CREATE VIRTUAL TABLE recall_words USING fts5(text, reflection, persons, place, moment, context);
CREATE TABLE recall_words_pending (memory_id INTEGER PRIMARY KEY);
INSERT INTO recall_words_pending SELECT id FROM memories;
CREATE TRIGGER recall_words_on_insert AFTER INSERT ON memories BEGIN
    INSERT OR IGNORE INTO recall_words_pending VALUES (new.id);
END;
CREATE TRIGGER recall_words_on_update AFTER UPDATE OF reflection, place, persons, event_start, event_end,
    forgotten_at ON memories BEGIN
    INSERT OR IGNORE INTO recall_words_pending VALUES (new.id);
END;
-- Neighbours index each other's words (the `context` column): a new one joins theirs, a forgotten one leaves.
CREATE TRIGGER recall_words_new_neighbour AFTER INSERT ON memories WHEN new.source_row IS NOT NULL BEGIN
    INSERT OR IGNORE INTO recall_words_pending SELECT id FROM memories WHERE source_kind = new.source_kind
        AND source_name = new.source_name AND source_row BETWEEN new.source_row - 1 AND new.source_row + 1;
END;
CREATE TRIGGER recall_words_neighbours AFTER UPDATE OF forgotten_at ON memories
WHEN new.source_row IS NOT NULL BEGIN
    INSERT OR IGNORE INTO recall_words_pending SELECT id FROM memories WHERE source_kind = new.source_kind
        AND source_name = new.source_name AND source_row BETWEEN new.source_row - 1 AND new.source_row + 1;
END;
CREATE TRIGGER recall_words_on_delete AFTER DELETE ON memories BEGIN
    INSERT OR IGNORE INTO recall_words_pending VALUES (old.id);
END;
-- A memory's neighbours: the rows before and after it in the import (or turns in the conversation).
CREATE INDEX memories_source ON memories(source_kind, source_name, source_row);
"""

# v6: conversations with Liblitz. A turn's words are never altered once written (a retry is a new
# turn); the rolling summary of older turns is the one editable part, its earlier text journaled.
# A memory proposed from a conversation keeps the turn it came from, and the committed memory it
# seems to contradict, if any (shown beside it in review).
_V6 = """
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    summary_upto INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversations_updated ON conversations(updated_at);

CREATE TABLE turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    role TEXT NOT NULL CHECK (role IN ('user', 'companion')),
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    partial INTEGER NOT NULL DEFAULT 0,
    emotion TEXT,
    intensity INTEGER,
    memory_ids TEXT NOT NULL DEFAULT '[]',
    model TEXT NOT NULL DEFAULT ''
);
CREATE INDEX turns_conversation ON turns(conversation_id, id);
CREATE TRIGGER turns_immutable BEFORE UPDATE ON turns
BEGIN SELECT RAISE(ABORT, 'a turn, once written, is never altered'); END;
CREATE TRIGGER turns_kept BEFORE DELETE ON turns
BEGIN SELECT RAISE(ABORT, 'turns are kept'); END;

CREATE TABLE turn_proposals (
    memory_id INTEGER PRIMARY KEY REFERENCES memories(id) ON DELETE CASCADE,
    turn_id INTEGER NOT NULL REFERENCES turns(id),
    contradicts INTEGER REFERENCES memories(id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'memory' CHECK (kind IN ('memory', 'persona_note'))
);
CREATE INDEX turn_proposals_turn ON turn_proposals(turn_id);
"""

# v7: shared documents (a file or a fetched page the user gave Liblitz: never memories). Each is cut
# into chunks that keep their page (PDF) or section (a Markdown heading, CSV rows); the chunk id is
# its point id in the documents' own index. `document_words` is the chunks' word index (stems written
# by Python, like recall_words); a chunk leaving takes its words with it. A document stays 'reading'
# until every chunk is in the index: one found 'reading' at start was interrupted and is removed.
_V7 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('pdf', 'text', 'markdown', 'csv', 'docx', 'web')),
    name TEXT NOT NULL,
    origin TEXT NOT NULL,
    asked TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    pages INTEGER,
    state TEXT NOT NULL DEFAULT 'reading' CHECK (state IN ('reading', 'ready')),
    added_at TEXT NOT NULL,
    read_at TEXT NOT NULL
);
CREATE INDEX documents_sha ON documents(sha256);

CREATE TABLE document_chunks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    page INTEGER,
    section TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL
);
CREATE INDEX document_chunks_document ON document_chunks(document_id, position);

CREATE VIRTUAL TABLE document_words USING fts5(text, name);
CREATE TRIGGER document_words_on_delete AFTER DELETE ON document_chunks BEGIN
    DELETE FROM document_words WHERE rowid = old.id;
END;
"""

# v8: person and place filters compare folded values (case and accents, the project's one fold:
# memory/folding.py), written by the ledger beside the originals; SQLite's lower() folds ASCII only.
# (`fold` is the SQL function every ledger connection registers.)
_V8 = """
ALTER TABLE memories ADD COLUMN place_folded TEXT NOT NULL DEFAULT '';
ALTER TABLE memories ADD COLUMN persons_folded TEXT NOT NULL DEFAULT '[]';
UPDATE memories SET place_folded = fold(place),
    persons_folded = (SELECT json_group_array(fold(value)) FROM json_each(memories.persons));
"""

# v9: model check-ups (liblitz_app/checkup): each run of a model through the scenarios, and each
# scenario's verdict with its transcript. A run is kept as it was: never altered (a new run is a new row).
_V9 = """
CREATE TABLE checkup_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    model TEXT NOT NULL,
    digest TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL
);
CREATE INDEX checkup_runs_model ON checkup_runs(model, id);

CREATE TABLE checkup_results (
    run_id INTEGER NOT NULL REFERENCES checkup_runs(id),
    position INTEGER NOT NULL,
    scenario TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL,
    passed INTEGER NOT NULL,
    reasons TEXT NOT NULL DEFAULT '[]',
    transcript TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (run_id, position)
);
CREATE TRIGGER checkup_runs_immutable BEFORE UPDATE ON checkup_runs
BEGIN SELECT RAISE(ABORT, 'a check-up run, once kept, is never altered'); END;
CREATE TRIGGER checkup_results_immutable BEFORE UPDATE ON checkup_results
BEGIN SELECT RAISE(ABORT, 'a check-up result, once kept, is never altered'); END;
"""

# v10: a user turn's emotion as a language model read it, after the offline reader (whose reading stays in
# the turn): kept beside the turn, never altered; the latest one is the turn's. A memory proposed from a
# chat turn indexes the turn before it (store/words.py): its words are noted again once it is linked.
_V10 = """
CREATE TABLE turn_readings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    turn_id INTEGER NOT NULL REFERENCES turns(id),
    emotion TEXT NOT NULL,
    intensity INTEGER,
    source TEXT NOT NULL DEFAULT 'model' CHECK (source IN ('model', 'reader')),
    model TEXT NOT NULL DEFAULT '',
    read_at TEXT NOT NULL
);
CREATE INDEX turn_readings_turn ON turn_readings(turn_id, id);
CREATE TRIGGER turn_readings_immutable BEFORE UPDATE ON turn_readings
BEGIN SELECT RAISE(ABORT, 'a reading, once kept, is never altered'); END;
CREATE TRIGGER recall_words_turn_linked AFTER INSERT ON turn_proposals BEGIN
    INSERT OR IGNORE INTO recall_words_pending VALUES (new.memory_id);
END;
INSERT OR IGNORE INTO recall_words_pending SELECT memory_id FROM turn_proposals;
"""

# v11: what a conversation shows beside its turns (store/conversation_notes.py): a document shared into
# it, a page read or a web search made for a reply, each a note after the turn it followed (not a turn:
# nobody speaks but the user and Liblitz); and the documents' passages each reply was given, with their
# source as cited then (a document removed later still shows where the words came from). Never altered.
_V11 = """
CREATE TABLE conversation_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    after_turn INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL CHECK (kind IN ('shared', 'fetch', 'search')),
    subject TEXT NOT NULL,
    state TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX conversation_notes_conversation ON conversation_notes(conversation_id, id);
CREATE TRIGGER conversation_notes_immutable BEFORE UPDATE ON conversation_notes
BEGIN SELECT RAISE(ABORT, 'a note, once written, is never altered'); END;

CREATE TABLE turn_documents (
    turn_id INTEGER NOT NULL REFERENCES turns(id),
    position INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (turn_id, position)
);
CREATE TRIGGER turn_documents_immutable BEFORE UPDATE ON turn_documents
BEGIN SELECT RAISE(ABORT, 'what a reply was given is never altered'); END;
"""

# v12: the word index holds committed memories only, the only ones recall reads: a memory is noted when it is
# committed or stops being so. An import's staged rows no longer wait to be indexed, and the rows a chat
# export's replies (persona material) are looked up by get an index: after a 100,000-row import the store spent
# hours indexing words nobody could search, scanning every reply for each row, and answered nothing meanwhile.
_V12 = """
CREATE TRIGGER recall_words_on_status AFTER UPDATE OF status ON memories
WHEN (new.status = 'committed') != (old.status = 'committed') BEGIN
    INSERT OR IGNORE INTO recall_words_pending VALUES (new.id);
END;
CREATE INDEX persona_material_row ON persona_material(batch_id, source_row);
DELETE FROM recall_words WHERE rowid IN (SELECT id FROM memories WHERE status != 'committed');
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11, _V12)
LATEST = len(MIGRATIONS)


class SchemaTooNew(UserError, RuntimeError):
    """The ledger was written by a newer Liblitz: it is left untouched."""


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> int:
    """Bring the database to `target`; returns the version it was at before."""
    before = schema_version(conn)
    if before > LATEST:
        raise SchemaTooNew(
            "Ce registre vient d'une version plus récente de Liblitz (schéma {found}, "
            "cette version connaît jusqu'au {latest}). Mettez Liblitz à jour ; rien n'a été modifié.",
            found=before, latest=LATEST)
    for version in range(before + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return before


def _statements(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole (sqlite3.complete_statement)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not pending.strip():
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
