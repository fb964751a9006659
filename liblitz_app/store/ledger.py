"""The ledger: SQLite, the source of truth for memories, their versions and every transition.

One `Ledger` (the writer) lives on the store's owner thread; any other thread that only reads
opens its own `LedgerReader` (WAL lets readers run while the writer writes).
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..memory import (
    InvalidMemory, Memory, MemoryFields, MemoryVersion, Source, Status, check_text, check_transition,
)
from ..memory.folding import fold
from . import schema
from .query import MemoryQuery, order_clause, where_clause
from .rows import MEMORY_COLUMNS, field_columns, memory_from_row, now_iso, to_json, version_from_row


OPTIMIZE_AFTER = 1000  # rows added at once before the planner's statistics are refreshed


class LedgerError(UserError, RuntimeError):
    """A ledger problem, with a sentence the user can read."""


class MemoryNotFound(LedgerError):
    pass


@dataclass(frozen=True)
class OutboxEntry:
    memory_id: int
    op: str  # "upsert" | "delete"
    version: int


@dataclass(frozen=True)
class NewMemory:
    """A memory about to enter the ledger (typed by hand, or an imported row to stage).

    `status` has no default: a caller that forgot it would otherwise commit unreviewed text."""

    text: str
    fields: MemoryFields = MemoryFields()
    source: Source = Source()
    status: Status = field(kw_only=True)
    author: str = "user"


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    else:
        if not path.exists():
            # Created by us with owner-only permissions before SQLite opens it.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    # The project's one fold, for filters SQLite's ASCII-only lower() gets wrong ("Élodie").
    conn.create_function("fold", 1, _fold_text, deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _fold_text(value: Any) -> Any:
    return fold(value) if isinstance(value, str) else value


class LedgerReader:
    """Read-only queries; safe to use from any one thread that opened it."""

    def __init__(self, path: Path, *, _conn: sqlite3.Connection | None = None) -> None:
        self.path = Path(path)
        self._conn = _conn or _connect(self.path, readonly=True)

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def snapshot(self) -> Iterator[LedgerReader]:
        """Reads that all see one state of the ledger, whatever is committed meanwhile (one read transaction):
        a memory and its versions, an archive's tables."""
        self._conn.execute("BEGIN")
        try:
            yield self
        finally:
            self._conn.execute("COMMIT")

    def data_version(self) -> int:
        """SQLite's count of commits made by other connections (another process's import among them):
        unchanged by this connection's own writes."""
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def get(self, memory_id: int) -> Memory:
        row = self._conn.execute(f"SELECT {MEMORY_COLUMNS} FROM memories WHERE id = ?", (memory_id,)).fetchone()
        if row is None:
            raise MemoryNotFound("Le souvenir n°{id} n'existe pas (ou plus).", id=memory_id)
        return memory_from_row(row)

    def history(self, memory_id: int) -> list[MemoryVersion]:
        rows = self._conn.execute(
            "SELECT * FROM memory_versions WHERE memory_id = ? ORDER BY version", (memory_id,)).fetchall()
        return [version_from_row(r) for r in rows]

    def find(self, query: MemoryQuery, offset: int = 0, limit: int = -1) -> list[Memory]:
        where, params = where_clause(query)
        sql = f"SELECT {', '.join('m.' + c.strip() for c in MEMORY_COLUMNS.split(','))} FROM memories m " \
              f"WHERE {where} {order_clause(query)} LIMIT ? OFFSET ?"
        return [memory_from_row(r) for r in self._conn.execute(sql, [*params, limit, offset])]

    def ids(self, query: MemoryQuery) -> list[int]:
        """The ids of every match, in the query's order: the browser's whole listing (~20 ms at 50k)."""
        where, params = where_clause(query)
        return [r[0] for r in self._conn.execute(f"SELECT m.id FROM memories m WHERE {where} {order_clause(query)}",
                                                 params)]

    def get_many(self, memory_ids: Iterable[int]) -> list[Memory]:
        """These memories, in no particular order (one page of the browser); missing ids are left out."""
        wanted = list(memory_ids)
        sql = f"SELECT {MEMORY_COLUMNS} FROM memories WHERE id IN ({','.join('?' * len(wanted))})"
        return [memory_from_row(r) for r in self._conn.execute(sql, wanted)] if wanted else []

    def timeline_rows(self, query: MemoryQuery) -> list[tuple[int, str | None, str | None, str | None, int | None, str]]:
        """(id, event_start, event_end, emotion, intensity, first words) for every match: light enough
        for tens of thousands of timeline points."""
        where, params = where_clause(query)
        sql = f"SELECT m.id, m.event_start, m.event_end, m.emotion, m.intensity, substr(m.text, 1, 90) " \
              f"FROM memories m WHERE {where} ORDER BY m.event_start, m.id"
        return [tuple(r) for r in self._conn.execute(sql, params)]

    def count(self, query: MemoryQuery | None = None) -> int:
        where, params = where_clause(query or MemoryQuery())
        return int(self._conn.execute(f"SELECT count(*) FROM memories m WHERE {where}", params).fetchone()[0])

    def count_by_status(self) -> dict[Status, int]:
        rows = self._conn.execute(
            "SELECT status, count(*) FROM memories WHERE forgotten_at IS NULL GROUP BY status").fetchall()
        return {Status(r[0]): int(r[1]) for r in rows}

    def indexable(self) -> dict[int, int]:
        """{memory id: version} of every memory that belongs in the index (committed, not forgotten)."""
        rows = self._conn.execute(
            "SELECT id, version FROM memories WHERE status = ? AND forgotten_at IS NULL", (Status.COMMITTED.value,))
        return {int(r[0]): int(r[1]) for r in rows}

    def count_indexable(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM memories WHERE status = ? AND forgotten_at IS NULL",
                                      (Status.COMMITTED.value,)).fetchone()[0])

    def journal(self, memory_id: int | None = None, limit: int = 100) -> list[dict[str, Any]]:
        sql = "SELECT * FROM journal " + ("WHERE memory_id = ? " if memory_id is not None else "")
        params: list[Any] = [memory_id] if memory_id is not None else []
        rows = self._conn.execute(sql + "ORDER BY id DESC LIMIT ?", [*params, limit]).fetchall()
        return [{**dict(r), "detail": json.loads(r["detail"])} for r in rows]

    def setting(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def schema_version(self) -> int:
        return schema.schema_version(self._conn)


class Ledger(LedgerReader):
    """The one writer. Every write is one transaction; every change leaves a version or a journal line."""

    def __init__(self, path: Path) -> None:
        conn = _connect(Path(path), readonly=False)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise LedgerError("Le registre ne peut pas passer en mode WAL ({mode}).", mode=mode)
        # FULL: a commit the user saw acknowledged survives a power cut, not only a crash.
        conn.execute("PRAGMA synchronous = FULL")
        schema.migrate(conn)
        # Planner statistics: without them SQLite walks the status index and sorts 50k rows
        # instead of walking the date index (measured: 65 ms → 15 ms per page at 50k).
        conn.execute("PRAGMA optimize = 0x10002")
        super().__init__(Path(path), _conn=conn)
        for suffix in ("", "-wal", "-shm"):
            _make_private(Path(f"{path}{suffix}"))

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (joined when already in one). Private to the store: the domain asks
        the store's modules for whole operations, each atomic, and never holds a connection."""
        if self._conn.in_transaction:  # nested: part of the enclosing transaction
            yield self._conn
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # --- adding -------------------------------------------------------------------------------

    def add(self, new: NewMemory) -> Memory:
        with self._transaction():
            memory_id = self._insert(new)
        return self.get(memory_id)

    def add_many(self, items: Iterable[NewMemory]) -> list[int]:
        """All or nothing: one transaction for the whole batch (an import is never half-written)."""
        with self._transaction():
            ids = [self._insert(item) for item in items]
        if len(ids) >= OPTIMIZE_AFTER:
            self._conn.execute("PRAGMA optimize")
        return ids

    def _insert(self, new: NewMemory) -> int:
        check_text(new.text)
        fields = new.fields.validated()
        at = now_iso()
        columns = {"text": new.text, "status": new.status.value, "created_at": at,
                   "source_kind": new.source.kind, "source_name": new.source.name,
                   "source_row": new.source.row, "source_columns": to_json(new.source.columns),
                   "version": 1, **field_columns(fields)}
        cursor = self._conn.execute(
            f"INSERT INTO memories ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            list(columns.values()))
        memory_id = int(cursor.lastrowid)
        self._write_version(memory_id, 1, fields, new.author, "create", {}, at)
        self._log(memory_id, "create", {"status": new.status.value, "source": new.source.kind}, at)
        if new.status is Status.COMMITTED:
            self._queue_index(memory_id, "upsert", 1)
        return memory_id

    # --- changing -----------------------------------------------------------------------------

    def edit(self, memory_id: int, fields: MemoryFields, *, author: str = "user", action: str = "edit",
             provenance: dict[str, Any] | None = None) -> Memory:
        """A new version with these fields; the earlier ones stay as they were."""
        fields = fields.validated()
        with self._transaction():
            current = self.get(memory_id)
            self._require_alive(current)
            version = current.version + 1
            at = now_iso()
            self._write_version(memory_id, version, fields, author, action, provenance or {}, at)
            self._update(memory_id, {"version": version, **field_columns(fields)})
            self._log(memory_id, action, {"version": version, "author": author}, at)
            if current.status is Status.COMMITTED:
                self._queue_index(memory_id, "upsert", version)
        return self.get(memory_id)

    def restore(self, memory_id: int, version: int, *, author: str = "user") -> Memory:
        """Bring back an earlier version's fields as a new version (nothing is rewound or lost)."""
        old = next((v for v in self.history(memory_id) if v.version == version), None)
        if old is None:
            raise MemoryNotFound("Le souvenir n°{id} n'a pas de version {version}.", id=memory_id, version=version)
        return self.edit(memory_id, old.fields, author=author, action="restore",
                         provenance={"restored_from": version})

    def set_status(self, memory_id: int, status: Status, *, reason: str = "",
                   fields: MemoryFields | None = None, author: str = "user",
                   provenance: dict[str, Any] | None = None) -> Memory:
        """Move a memory along its life; with `fields`, the approved fields become a new version at once."""
        with self._transaction():
            current = self.get(memory_id)
            self._require_alive(current)
            check_transition(current.status, status)
            if fields is not None:
                self.edit(memory_id, fields, author=author, action=status.value, provenance=provenance)
            self._update(memory_id, {"status": status.value})
            self._log(memory_id, "status", {"from": current.status.value, "to": status.value,
                                            "reason": reason}, now_iso())
            if status is Status.COMMITTED:
                self._queue_index(memory_id, "upsert", self.get(memory_id).version)
        return self.get(memory_id)

    def forget(self, memory_id: int) -> Memory:
        """Into the bin: hidden everywhere and out of the index, until undone or the bin is emptied."""
        with self._transaction():
            current = self.get(memory_id)
            self._require_alive(current)
            self._update(memory_id, {"forgotten_at": now_iso()})
            self._log(memory_id, "forget", {}, now_iso())
            self._queue_index(memory_id, "delete", current.version)
        return self.get(memory_id)

    def unforget(self, memory_id: int) -> Memory:
        with self._transaction():
            current = self.get(memory_id)
            if not current.forgotten:
                return current
            self._update(memory_id, {"forgotten_at": None})
            self._log(memory_id, "unforget", {}, now_iso())
            if current.status is Status.COMMITTED:
                self._queue_index(memory_id, "upsert", current.version)
        return self.get(memory_id)

    def empty_forgotten(self) -> list[int]:
        """The only true deletion, and only of what the user put in the bin."""
        with self._transaction():
            ids = [int(r[0]) for r in self._conn.execute("SELECT id FROM memories WHERE forgotten_at IS NOT NULL")]
            for memory_id in ids:
                self._conn.execute("DELETE FROM memories WHERE id = ?", (memory_id,))
                self._log(memory_id, "purge", {}, now_iso())
                self._queue_index(memory_id, "delete", 0)
        return ids

    def set_setting(self, key: str, value: Any, secret: bool = False) -> None:
        """Settings hold the persona card too: the value replaced goes to the journal, never lost.
        A secret (an API key) is the exception: the journal says it changed, never what it was."""
        with self._transaction():
            before = self.setting(key)
            if before == value:
                return
            self._conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, to_json(value)))
            detail = {"key": key, "secret": True} if secret else {"key": key, "before": before}
            self._log(None, "setting", detail, now_iso())

    # --- the index outbox ---------------------------------------------------------------------

    def pending_index_ops(self, limit: int = 1000) -> list[OutboxEntry]:
        rows = self._conn.execute("SELECT memory_id, op, version FROM index_outbox ORDER BY memory_id LIMIT ?",
                                  (limit,)).fetchall()
        return [OutboxEntry(int(r[0]), r[1], int(r[2])) for r in rows]

    def mark_indexed(self, entries: Iterable[OutboxEntry]) -> None:
        """Clear outbox entries the index has acknowledged (only if no newer change came meanwhile)."""
        with self._transaction():
            self._conn.executemany(
                "DELETE FROM index_outbox WHERE memory_id = ? AND op = ? AND version = ?",
                [(e.memory_id, e.op, e.version) for e in entries])

    # --- internals ----------------------------------------------------------------------------

    def _require_alive(self, memory: Memory) -> None:
        if memory.forgotten:
            raise InvalidMemory("Ce souvenir est dans la corbeille : restaurez-le avant de le modifier.")

    def _update(self, memory_id: int, columns: dict[str, Any]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in columns)
        self._conn.execute(f"UPDATE memories SET {assignments} WHERE id = ?", [*columns.values(), memory_id])

    def _write_version(self, memory_id: int, version: int, fields: MemoryFields, author: str, action: str,
                       provenance: dict[str, Any], at: str) -> None:
        self._conn.execute(
            "INSERT INTO memory_versions (memory_id, version, fields, author, action, created_at, provenance) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (memory_id, version, to_json(fields.to_dict()), author, action, at, to_json(provenance)))

    def _log(self, memory_id: int | None, action: str, detail: dict[str, Any], at: str) -> None:
        self._conn.execute("INSERT INTO journal (at, memory_id, action, detail) VALUES (?, ?, ?, ?)",
                           (at, memory_id, action, to_json(detail)))

    def _queue_index(self, memory_id: int, op: str, version: int) -> None:
        self._conn.execute(
            "INSERT INTO index_outbox (memory_id, op, version) VALUES (?, ?, ?) "
            "ON CONFLICT(memory_id) DO UPDATE SET op = excluded.op, version = excluded.version",
            (memory_id, op, version))


def _make_private(path: Path) -> None:
    try:
        if path.exists():
            path.chmod(0o600)
    except OSError:
        pass


__all__ = ["Ledger", "LedgerError", "LedgerReader", "MemoryNotFound", "NewMemory", "OutboxEntry"]
