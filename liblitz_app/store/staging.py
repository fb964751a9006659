"""What an import stages in the ledger (schema v3): import batches, their rows' duplicate links,
mappings remembered per file layout, and the companion's persona material read from exports.

An import is all or nothing: `writing(ledger)` opens its one transaction and hands out a
`StagingWriter`, the only way to write these tables; leaving the block with an exception (a
cancel, a bad file, a dry run) rolls everything back. Values arrive as plain JSON-able data:
what they mean is the intake's business.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .ledger import Ledger, LedgerReader, NewMemory
from .rows import now_iso, to_json


@dataclass(frozen=True)
class PersonaItem:
    id: int
    kind: str  # "fact" | "chat_reply"
    text: str
    columns: dict[str, Any]


class StagingWriter:
    """One import's writes, inside its one transaction (see `writing`)."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._conn = ledger._conn

    def previous_import(self, sha256: str) -> str | None:
        """When a file with this checksum was last imported (ISO time), if ever."""
        row = self._conn.execute("SELECT imported_at FROM import_batches WHERE file_sha256 = ? "
                                 "ORDER BY id DESC LIMIT 1", (sha256,)).fetchone()
        return row[0] if row else None

    def count_memories(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM memories").fetchone()[0])

    def known_memories(self) -> Iterator[tuple[int, str]]:
        """Every memory already in the ledger, whatever its status: a rejected one must not come back blindly."""
        for row in self._conn.execute("SELECT id, text FROM memories ORDER BY id"):
            yield int(row[0]), row[1]

    def known_persona(self) -> Iterator[PersonaItem]:
        for row in self._conn.execute("SELECT id, kind, text, source_columns FROM persona_material ORDER BY id"):
            yield PersonaItem(int(row[0]), row[1], row[2], json.loads(row[3]))

    def open_batch(self, *, file_name: str, sha256: str, file_format: dict[str, Any], layout: str,
                   signature: str, mapping: dict[str, Any]) -> int:
        cursor = self._conn.execute(
            "INSERT INTO import_batches(file_name, file_sha256, file_format, layout, signature, mapping, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (file_name, sha256, to_json(file_format), layout, signature, to_json(mapping), now_iso()))
        return int(cursor.lastrowid)

    def close_batch(self, batch_id: int, *, rows_read: int, staged: int, duplicates: int, persona: int,
                    skipped: int, report: dict[str, Any]) -> None:
        self._conn.execute(
            "UPDATE import_batches SET rows_read = ?, staged = ?, duplicates = ?, persona = ?, skipped = ?, "
            "report = ? WHERE id = ?", (rows_read, staged, duplicates, persona, skipped, to_json(report), batch_id))

    def stage(self, new: NewMemory) -> int:
        """A memory in the ledger (its version and journal line too); returns its id."""
        return self._ledger._insert(new)

    def link_row(self, memory_id: int, batch_id: int, duplicate_of: int | None = None,
                 duplicate_kind: str | None = None, similarity: float | None = None) -> None:
        self._conn.execute("INSERT INTO import_rows(memory_id, batch_id, duplicate_of, duplicate_kind, similarity) "
                           "VALUES (?, ?, ?, ?, ?)", (memory_id, batch_id, duplicate_of, duplicate_kind, similarity))

    def add_persona(self, kind: str, text: str, batch_id: int, source_name: str, source_row: int,
                    columns: dict[str, Any]) -> int:
        cursor = self._conn.execute(
            "INSERT INTO persona_material(kind, text, batch_id, source_name, source_row, source_columns, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (kind, text, batch_id, source_name, source_row, to_json(columns), now_iso()))
        return int(cursor.lastrowid)

    def remember_mapping(self, signature: str, columns: list[str], mapping: dict[str, Any]) -> None:
        self._conn.execute(
            "INSERT INTO layout_mappings(signature, columns, mapping, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(signature) DO UPDATE SET columns = excluded.columns, mapping = excluded.mapping, "
            "updated_at = excluded.updated_at", (signature, to_json(columns), to_json(mapping), now_iso()))


@contextmanager
def writing(ledger: Ledger) -> Iterator[StagingWriter]:
    """One import's transaction: everything written through the writer lands together, or nothing does."""
    with ledger._transaction():
        yield StagingWriter(ledger)


def recalled_mapping(ledger: LedgerReader, signature: str) -> dict[str, Any] | None:
    """The mapping the user last chose for a file layout with this signature, if any."""
    row = ledger._conn.execute("SELECT mapping FROM layout_mappings WHERE signature = ?", (signature,)).fetchone()
    return json.loads(row[0]) if row else None


def persona_material(ledger: LedgerReader, kind: str | None = None) -> list[dict[str, Any]]:
    """Persona material staged from imports (for the persona card editor), oldest first."""
    sql = "SELECT * FROM persona_material" + (" WHERE kind = ?" if kind else "") + " ORDER BY id"
    rows = ledger._conn.execute(sql, (kind,) if kind else ()).fetchall()
    return [{**dict(r), "source_columns": json.loads(r["source_columns"])} for r in rows]

