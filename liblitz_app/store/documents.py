"""The ledger's side of shared documents (schema v7): a document, its chunks and their word index.

A document is written whole (its row, every chunk, their words, a journal line) in one transaction,
in state 'reading'; it becomes 'ready' once its chunks are in the documents' index. Removing it
takes its chunks and their words in one transaction too (the journal keeps its name and checksum).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from ..documents.model import Chunk, ChunkText, Document, Kind, Source
from ..memory.terms import terms
from .ledger import Ledger, LedgerReader
from .rows import now_iso

_DOCUMENT_COLUMNS = ("d.id, d.kind, d.name, d.origin, d.sha256, d.pages, d.added_at, d.read_at, "
                     "(SELECT count(*) FROM document_chunks c WHERE c.document_id = d.id) AS chunks")


def add_document(ledger: Ledger, kind: Kind, name: str, origin: str, sha256: str, pages: int | None,
                 chunks: Sequence[ChunkText], read_at: str | None = None, asked: str = "") -> tuple[int, list[int]]:
    """The document (state 'reading') and its chunks; (document id, chunk ids in order). `asked`: the
    address the user gave, when a redirect led elsewhere (`origin`)."""
    at = now_iso()
    with ledger._transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO documents (kind, name, origin, asked, sha256, pages, added_at, read_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (kind.value, name, origin, asked, sha256, pages, at, read_at or at))
        document_id = int(cursor.lastrowid)
        ids = [_add_chunk(conn, document_id, position, chunk, name) for position, chunk in enumerate(chunks)]
        ledger._log(None, "document.add", {"document": document_id, "name": name, "kind": kind.value,
                                           "sha256": sha256, "chunks": len(ids)}, at)
    return document_id, ids


def _add_chunk(conn: sqlite3.Connection, document_id: int, position: int, chunk: ChunkText, name: str) -> int:
    cursor = conn.execute("INSERT INTO document_chunks (document_id, position, page, section, text) "
                          "VALUES (?, ?, ?, ?, ?)", (document_id, position, chunk.page, chunk.section, chunk.text))
    chunk_id = int(cursor.lastrowid)
    conn.execute("INSERT INTO document_words (rowid, text, name) VALUES (?, ?, ?)",
                 (chunk_id, terms(f"{chunk.section} {chunk.text}"), terms(name)))
    return chunk_id


def mark_ready(ledger: Ledger, document_id: int) -> None:
    with ledger._transaction() as conn:
        conn.execute("UPDATE documents SET state = 'ready' WHERE id = ?", (document_id,))


def remove_document(ledger: Ledger, document_id: int) -> list[int]:
    """Its chunks and their words leave the ledger; the ids of the chunks removed (for the index)."""
    with ledger._transaction() as conn:
        row = conn.execute("SELECT name, sha256 FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            return []
        ids = [int(r[0]) for r in conn.execute("SELECT id FROM document_chunks WHERE document_id = ?",
                                                (document_id,))]
        conn.execute("DELETE FROM document_chunks WHERE document_id = ?", (document_id,))
        conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        ledger._log(None, "document.remove", {"document": document_id, "name": row["name"],
                                              "sha256": row["sha256"], "chunks": len(ids)}, now_iso())
    return ids


def documents(reader: LedgerReader) -> list[Document]:
    """Every ready document, the latest first."""
    rows = reader._conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents d WHERE d.state = 'ready' "
                                f"ORDER BY d.added_at DESC, d.id DESC")
    return [_document(r) for r in rows]


def document(reader: LedgerReader, document_id: int) -> Document | None:
    row = reader._conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?",
                               (document_id,)).fetchone()
    return _document(row) if row is not None else None


def ready_with(reader: LedgerReader, sha256: str) -> Document | None:
    """The ready document with these exact bytes, if it was already shared."""
    row = reader._conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents d WHERE d.sha256 = ? "
                               f"AND d.state = 'ready' ORDER BY d.id LIMIT 1", (sha256,)).fetchone()
    return _document(row) if row is not None else None


def documents_at(reader: LedgerReader, addresses: Sequence[str]) -> list[int]:
    """Ready documents read from these addresses (as given, or where a redirect led), newest first."""
    wanted = [a.rstrip("/") for a in addresses]
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    rows = reader._conn.execute(f"SELECT id FROM documents WHERE state = 'ready' AND (rtrim(origin, '/') IN ({marks}) "
                                f"OR rtrim(asked, '/') IN ({marks})) ORDER BY id DESC", [*wanted, *wanted])
    return [int(r[0]) for r in rows]


def any_ready(reader: LedgerReader) -> bool:
    return reader._conn.execute("SELECT 1 FROM documents WHERE state = 'ready' LIMIT 1").fetchone() is not None


def unfinished(reader: LedgerReader) -> list[int]:
    """Documents left 'reading' by an interruption (a crash, a kill) before their chunks were indexed."""
    return [int(r[0]) for r in reader._conn.execute("SELECT id FROM documents WHERE state = 'reading'")]


def chunks_of(reader: LedgerReader, document_id: int) -> list[Chunk]:
    rows = reader._conn.execute("SELECT id, document_id, position, text, page, section FROM document_chunks "
                                "WHERE document_id = ? ORDER BY position", (document_id,))
    return [Chunk(*tuple(r)) for r in rows]


def indexed_chunk_ids(reader: LedgerReader) -> set[int]:
    """The chunks that belong in the index: those of ready documents."""
    return {int(r[0]) for r in reader._conn.execute(
        "SELECT c.id FROM document_chunks c JOIN documents d ON d.id = c.document_id WHERE d.state = 'ready'")}


def chunk_texts(reader: LedgerReader, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(ids)
    if not wanted:
        return {}
    rows = reader._conn.execute(f"SELECT id, text FROM document_chunks WHERE id IN ({','.join('?' * len(wanted))})",
                                wanted)
    return {int(r[0]): r[1] for r in rows}


def cited_chunks(reader: LedgerReader, ids: Iterable[int]) -> dict[int, tuple[Chunk, Source]]:
    """These chunks (of ready documents) with where they come from; missing ids are left out."""
    wanted = list(ids)
    if not wanted:
        return {}
    rows = reader._conn.execute(
        f"SELECT c.id, c.document_id, c.position, c.text, c.page, c.section, d.kind, d.name, d.origin, d.read_at "
        f"FROM document_chunks c JOIN documents d ON d.id = c.document_id "
        f"WHERE d.state = 'ready' AND c.id IN ({','.join('?' * len(wanted))})", wanted)
    return {int(r[0]): (Chunk(*tuple(r)[:6]), Source(r["document_id"], Kind(r["kind"]), r["name"], r["origin"],
                                                     r["read_at"], r["page"], r["section"])) for r in rows}


def word_hits(reader: LedgerReader, expression: str, limit: int) -> list[tuple[int, float]]:
    """(chunk id, BM25 score, higher is better) of chunks of ready documents matching any term."""
    if not expression:
        return []
    sql = ("SELECT w.rowid, -bm25(document_words, 1.0, 0.5) AS score FROM document_words w "
           "JOIN document_chunks c ON c.id = w.rowid JOIN documents d ON d.id = c.document_id "
           "WHERE document_words MATCH ? AND d.state = 'ready' ORDER BY score DESC LIMIT ?")
    return [(int(r[0]), float(r[1])) for r in reader._conn.execute(sql, (expression, limit))]


def _document(row: sqlite3.Row) -> Document:
    return Document(int(row["id"]), Kind(row["kind"]), row["name"], row["origin"], row["sha256"], row["pages"],
                    int(row["chunks"]), row["added_at"], row["read_at"])
