"""The intake's own tables in the ledger (schema v3): import batches, their rows' duplicate links,
mappings remembered per layout, and the companion's persona material. Functions take the
connection of an open `Ledger.transaction()`, so they join the caller's transaction."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from ..store.ledger import Ledger
from ..store.rows import now_iso, to_json
from .duplicates import DuplicateMatch
from .layouts import ColumnMapping, signature
from .report import ImportReport
from .sniffing import FileFormat


def recall_mapping(ledger: Ledger, columns: list[str]) -> ColumnMapping | None:
    """The mapping the user last chose for a file with these columns, if any."""
    with ledger.transaction() as conn:
        row = conn.execute("SELECT mapping FROM layout_mappings WHERE signature = ?",
                           (signature(columns),)).fetchone()
    return ColumnMapping.from_dict(json.loads(row[0])) if row else None


def remember_mapping(conn: sqlite3.Connection, columns: list[str], mapping: ColumnMapping) -> None:
    conn.execute(
        "INSERT INTO layout_mappings(signature, columns, mapping, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(signature) DO UPDATE SET columns = excluded.columns, mapping = excluded.mapping, "
        "updated_at = excluded.updated_at",
        (signature(columns), to_json(columns), to_json(mapping.to_dict()), now_iso()))


def previous_import(conn: sqlite3.Connection, sha256: str) -> str | None:
    row = conn.execute("SELECT imported_at FROM import_batches WHERE file_sha256 = ? ORDER BY id DESC LIMIT 1",
                       (sha256,)).fetchone()
    if row is None:
        return None
    return datetime.fromisoformat(row[0]).astimezone().strftime("%d/%m/%Y à %H:%M")


def known_memories(conn: sqlite3.Connection) -> Iterator[tuple[int, str]]:
    """Every memory already in the ledger, whatever its status: a rejected one must not come back blindly."""
    for row in conn.execute("SELECT id, text FROM memories ORDER BY id"):
        yield int(row[0]), row[1]


def known_persona(conn: sqlite3.Connection) -> Iterator[tuple[int, str]]:
    for row in conn.execute("SELECT id, kind, text, source_columns FROM persona_material ORDER BY id"):
        yield int(row[0]), persona_key(row[1], row[2], json.loads(row[3]))


def persona_key(kind: str, text: str, columns: dict[str, Any]) -> str:
    """What makes two persona items the same: the text, and for chat lines also when it was said
    (the companion may well say "Bonjour !" every day)."""
    if kind != "chat_reply":
        return text
    when = next((str(v) for k, v in columns.items() if k.lower() in ("timestamp", "date", "time")), "")
    return f"{text}\x1f{when}"


def open_batch(conn: sqlite3.Connection, file_format: FileFormat, layout: str, columns: list[str],
               mapping: ColumnMapping) -> int:
    cursor = conn.execute(
        "INSERT INTO import_batches(file_name, file_sha256, file_format, layout, signature, mapping, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (file_format.path.name, file_format.sha256, to_json(file_format.to_dict()), layout, signature(columns),
         to_json(mapping.to_dict()), now_iso()))
    return int(cursor.lastrowid)


def close_batch(conn: sqlite3.Connection, batch_id: int, report: ImportReport) -> None:
    conn.execute(
        "UPDATE import_batches SET rows_read = ?, staged = ?, duplicates = ?, persona = ?, skipped = ?, "
        "report = ? WHERE id = ?",
        (report.rows_read, report.staged, report.duplicates, report.persona + report.context, report.skipped,
         to_json(report.to_dict()), batch_id))


def link_row(conn: sqlite3.Connection, memory_id: int, batch_id: int, match: DuplicateMatch | None) -> None:
    conn.execute(
        "INSERT INTO import_rows(memory_id, batch_id, duplicate_of, duplicate_kind, similarity) VALUES (?, ?, ?, ?, ?)",
        (memory_id, batch_id, match.of_memory if match else None, match.kind if match else None,
         match.similarity if match else None))


def add_persona(conn: sqlite3.Connection, kind: str, text: str, batch_id: int, source_name: str,
                source_row: int, columns: dict[str, Any]) -> int:
    cursor = conn.execute(
        "INSERT INTO persona_material(kind, text, batch_id, source_name, source_row, source_columns, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", (kind, text, batch_id, source_name, source_row, to_json(columns), now_iso()))
    return int(cursor.lastrowid)


def persona_material(ledger: Ledger, kind: str | None = None) -> list[dict[str, Any]]:
    """Persona material staged from imports (for the persona card editor), oldest first."""
    sql = "SELECT * FROM persona_material" + (" WHERE kind = ?" if kind else "") + " ORDER BY id"
    with ledger.transaction() as conn:
        rows = conn.execute(sql, (kind,) if kind else ()).fetchall()
    return [{**dict(r), "source_columns": json.loads(r["source_columns"])} for r in rows]


def import_batches(ledger: Ledger) -> list[dict[str, Any]]:
    with ledger.transaction() as conn:
        rows = conn.execute("SELECT id, file_name, file_sha256, layout, imported_at, rows_read, staged, "
                            "duplicates, persona, skipped FROM import_batches ORDER BY id").fetchall()
    return [dict(r) for r in rows]
